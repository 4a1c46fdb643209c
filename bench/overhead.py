"""Item 2: per-call client overhead with the network taken out.

Every client gets the same in-process httpx transport that returns canned responses (a memory for
a create, 100 memories for a list), so what is timed is the client itself: validation, request
building, sending through httpx, parsing. Three ways to make the same two calls:

- `Omi`                  : omi_client.Omi(http_client=httpx.Client(transport=canned)), once per
                           JSON decoder it can use (stdlib json; orjson with the speedups extra)
- generated client       : omi_client._generated.api.memories.create_memory.sync / .list_...
- raw httpx + json       : httpx.Client.post/get + response.json() (dicts, no models)

Every contender must return the same data (the models' to_dict() equals the raw dicts) before
anything is timed.

    .venv/bin/python bench/overhead.py
"""

from __future__ import annotations

import functools
import json
from typing import Any

import httpx
from _decoder import available, decoder
from _timing import interleave, median, rounds, table, timed, verdict

BASE = "http://127.0.0.1:9"
KEY = "omi_dev_" + "0" * 32


def memory(i: int) -> dict[str, object]:
    return {
        "id": f"mem-{i:06d}",
        "content": f"Memory number {i}: likes green tea in the morning",
        "category": "interesting",
        "visibility": "private",
        "tags": ["drinks", "morning"],
        "created_at": "2026-11-25T10:00:00+00:00",
        "updated_at": "2026-11-25T10:00:00+00:00",
        "manually_added": True,
        "edited": False,
        "reviewed": False,
        "user_review": None,
        "scoring": None,
    }


ONE = json.dumps(memory(0)).encode()
PAGE = json.dumps([memory(i) for i in range(100)]).encode()
JSON_HEADERS = [("content-type", "application/json")]


def canned(request: httpx.Request) -> httpx.Response:
    body = ONE if request.method == "POST" else PAGE
    return httpx.Response(200, content=body, headers=JSON_HEADERS)


def http() -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(canned), timeout=30.0)


def main() -> None:
    from omi_client import Omi
    from omi_client._generated.api.memories import create_memory, list_memories
    from omi_client._generated.client import AuthenticatedClient
    from omi_client._generated.models import CreateMemoryRequest, MemoryCategory

    omi = Omi(KEY, base_url=BASE, http_client=http())
    gen = AuthenticatedClient(base_url=BASE, token=KEY)
    gen.set_httpx_client(
        httpx.Client(
            base_url=BASE,
            transport=httpx.MockTransport(canned),
            headers={"Authorization": f"Bearer {KEY}"},
            timeout=30.0,
        )
    )
    raw = http()
    auth = {"Authorization": f"Bearer {KEY}"}

    def omi_create() -> object:
        return omi.memories.create("Likes green tea", category="interesting", tags=["drinks"])

    def gen_create() -> object:
        body = CreateMemoryRequest(
            content="Likes green tea", category=MemoryCategory.INTERESTING, tags=["drinks"]
        )
        return create_memory.sync(client=gen, body=body)

    def raw_create() -> object:
        body = {"content": "Likes green tea", "category": "interesting", "tags": ["drinks"]}
        r = raw.post(f"{BASE}/v1/dev/user/memories", json=body, headers=auth)
        r.raise_for_status()
        return r.json()

    def omi_list() -> object:
        return omi.memories.list(limit=100, offset=0)

    def gen_list() -> object:
        return list_memories.sync(client=gen, limit=100, offset=0)

    def raw_list() -> object:
        r = raw.get(
            f"{BASE}/v1/dev/user/memories", params={"limit": 100, "offset": 0}, headers=auth
        )
        r.raise_for_status()
        return r.json()

    # Sanity: every contender returns the same data, with each decoder.
    for name in available():
        with decoder(name):
            assert omi_create().to_dict() == raw_create()  # type: ignore[attr-defined]
            assert [m.to_dict() for m in omi_list()] == raw_list()  # type: ignore[attr-defined]
    assert gen_create().to_dict() == raw_create()  # type: ignore[attr-defined]
    assert [m.to_dict() for m in gen_list()] == raw_list()  # type: ignore[union-attr]

    n_rounds = rounds(15, quick=3)
    per_round = {"create": 500, "list": 100}

    def loop(fn: object, n: int, json_decoder: str | None = None) -> float:
        def body() -> None:
            for _ in range(n):
                fn()  # type: ignore[operator]

        if json_decoder is None:
            return timed(body) / n
        with decoder(json_decoder):
            return timed(body) / n

    for what, fns in (
        ("create one memory", (omi_create, gen_create, raw_create)),
        ("list 100 memories", (omi_list, gen_list, raw_list)),
    ):
        n = per_round["create" if what.startswith("create") else "list"]
        cases = {f"Omi, {name}": functools.partial(loop, fns[0], n, name) for name in available()}
        cases |= {
            "generated client": functools.partial(loop, fns[1], n),
            "raw httpx + json": functools.partial(loop, fns[2], n),
        }
        results = interleave(cases, n_rounds)
        table(
            f"Per-call overhead, {what} (in-process canned transport, {n} calls per round)",
            results,
            baselines=["generated client", "raw httpx + json"],
            unit="µs/call",
            scale=1e6,
        )
        m = {k: median(v) for k, v in results.items()}
        for name in available():
            ours = m[f"Omi, {name}"]
            verdict(
                f"{what}: Omi ({name}) <= 1.1x generated client", ours / m["generated client"], 1.1
            )
            verdict(
                f"{what}: Omi ({name}) <= 1.5x raw httpx + json", ours / m["raw httpx + json"], 1.5
            )
            if what.startswith("list"):
                verdict(
                    f"{what}: Omi ({name}) <= 1.2x raw httpx + json (stretch)",
                    ours / m["raw httpx + json"],
                    1.2,
                )
    async_tables(n_rounds, per_round)


def async_tables(n_rounds: int, per_round: dict[str, int]) -> None:
    """The same two calls through AsyncOmi, the generated asyncio functions and httpx.AsyncClient
    (no target in the issue; reported so the async path is not a blind spot)."""
    import asyncio

    from omi_client import AsyncOmi
    from omi_client._generated.api.memories import create_memory, list_memories
    from omi_client._generated.client import AuthenticatedClient
    from omi_client._generated.models import CreateMemoryRequest, MemoryCategory

    loop = asyncio.new_event_loop()
    mock = httpx.MockTransport(canned)
    omi = AsyncOmi(KEY, base_url=BASE, http_client=httpx.AsyncClient(transport=mock))
    gen = AuthenticatedClient(base_url=BASE, token=KEY)
    gen.set_async_httpx_client(
        httpx.AsyncClient(base_url=BASE, transport=mock, headers={"Authorization": f"Bearer {KEY}"})
    )
    raw = httpx.AsyncClient(transport=mock)
    auth = {"Authorization": f"Bearer {KEY}"}
    body = {"content": "Likes green tea", "category": "interesting", "tags": ["drinks"]}

    async def omi_create() -> object:
        return await omi.memories.create("Likes green tea", category="interesting", tags=["drinks"])

    async def gen_create() -> object:
        model = CreateMemoryRequest(
            content="Likes green tea", category=MemoryCategory.INTERESTING, tags=["drinks"]
        )
        return await create_memory.asyncio(client=gen, body=model)

    async def raw_create() -> object:
        r = await raw.post(f"{BASE}/v1/dev/user/memories", json=body, headers=auth)
        r.raise_for_status()
        return r.json()

    async def omi_list() -> object:
        return await omi.memories.list(limit=100, offset=0)

    async def gen_list() -> object:
        return await list_memories.asyncio(client=gen, limit=100, offset=0)

    async def raw_list() -> object:
        params = {"limit": 100, "offset": 0}
        r = await raw.get(f"{BASE}/v1/dev/user/memories", params=params, headers=auth)
        r.raise_for_status()
        return r.json()

    def timed_loop(fn: Any, n: int, json_decoder: str | None = None) -> float:
        async def body() -> None:
            for _ in range(n):
                await fn()

        if json_decoder is None:
            return timed(lambda: loop.run_until_complete(body())) / n
        with decoder(json_decoder):
            return timed(lambda: loop.run_until_complete(body())) / n

    for what, fns in (
        ("create one memory", (omi_create, gen_create, raw_create)),
        ("list 100 memories", (omi_list, gen_list, raw_list)),
    ):
        n = per_round["create" if what.startswith("create") else "list"]
        cases = {
            f"AsyncOmi, {name}": functools.partial(timed_loop, fns[0], n, name)
            for name in available()
        }
        cases |= {
            "generated client (asyncio)": functools.partial(timed_loop, fns[1], n),
            "raw httpx.AsyncClient + json": functools.partial(timed_loop, fns[2], n),
        }
        results = interleave(cases, n_rounds)
        table(
            f"Per-call overhead, async, {what} (in-process canned transport, {n} calls per round)",
            results,
            baselines=["generated client (asyncio)", "raw httpx.AsyncClient + json"],
            unit="µs/call",
            scale=1e6,
        )
    loop.close()


if __name__ == "__main__":
    main()
