"""Item 3: end to end over loopback against the fake Omi server (its own process).

2,000 creates and paging through 10,000 memories, sync and async (creates 16 concurrent; paging
reads pages one after another, as an iterator does), `Omi`/`AsyncOmi` against raw httpx + json
doing the same requests (same page size of 1000, same stop rule: the first empty page). Paging
runs the SDK once per JSON decoder it can use (stdlib json; orjson with the speedups extra).

    .venv/bin/python bench/e2e.py
"""

from __future__ import annotations

import asyncio
import functools
import os
import time
from collections.abc import Callable

import httpx
from _decoder import available, decoder
from _servers import FakeProcess
from _timing import QUICK, interleave, median, rounds, table

N_CREATES = int(os.environ.get("BENCH_CREATES", 400 if QUICK else 2000))
N_MEMORIES = int(os.environ.get("BENCH_MEMORIES", 2000 if QUICK else 10_000))
PAGE = 1000
CONCURRENCY = 16
MEMORIES = "/v1/dev/user/memories"


def preload(fake: FakeProcess, n: int) -> None:
    headers = {"Authorization": f"Bearer {fake.api_key}"}
    with httpx.Client(base_url=fake.base_url, headers=headers, timeout=30) as http:
        for start in range(0, n, 25):
            body = {"memories": [{"content": f"preloaded {i}"} for i in range(start, start + 25)]}
            http.post(f"{MEMORIES}/batch", json=body).raise_for_status()


def sync_run(fake: FakeProcess, kind: str, which: str) -> float:
    from omi_client import Omi

    headers = {"Authorization": f"Bearer {fake.api_key}"}
    with (
        Omi(fake.api_key, base_url=fake.base_url) as omi,
        httpx.Client(base_url=fake.base_url, headers=headers, timeout=30) as raw,
    ):
        omi.memories.list(limit=1)  # open the connection outside the timing
        raw.get(MEMORIES, params={"limit": 1})
        if kind == "create":

            def wrapper() -> None:
                for i in range(N_CREATES):
                    omi.memories.create(f"note {i}", category="interesting")

            def rawf() -> None:
                for i in range(N_CREATES):
                    body = {"content": f"note {i}", "category": "interesting"}
                    r = raw.post(MEMORIES, json=body)
                    r.raise_for_status()
                    r.json()

        else:

            def wrapper() -> None:
                n = sum(1 for _ in omi.memories.iterate(page_size=PAGE))
                assert n == N_MEMORIES, n

            def rawf() -> None:
                offset, n = 0, 0
                while True:
                    r = raw.get(MEMORIES, params={"limit": PAGE, "offset": offset})
                    r.raise_for_status()
                    page = r.json()
                    if not page:
                        break
                    n += len(page)
                    offset += PAGE
                assert n == N_MEMORIES, n

        t = time.perf_counter()
        (wrapper if which == "wrapper" else rawf)()
        return time.perf_counter() - t


async def async_run(fake: FakeProcess, kind: str, which: str) -> float:
    from omi_client import AsyncOmi

    headers = {"Authorization": f"Bearer {fake.api_key}"}
    async with (
        AsyncOmi(fake.api_key, base_url=fake.base_url) as omi,
        httpx.AsyncClient(base_url=fake.base_url, headers=headers, timeout=30) as raw,
    ):
        gate = asyncio.Semaphore(CONCURRENCY)

        async def one_wrapper(i: int) -> None:
            async with gate:
                await omi.memories.create(f"note {i}", category="interesting")

        async def one_raw(i: int) -> None:
            async with gate:
                body = {"content": f"note {i}", "category": "interesting"}
                r = await raw.post(MEMORIES, json=body)
                r.raise_for_status()
                r.json()

        async def page_wrapper() -> None:
            n = 0
            async for _ in omi.memories.iterate(page_size=PAGE):
                n += 1
            assert n == N_MEMORIES, n

        async def page_raw() -> None:
            offset, n = 0, 0
            while True:
                r = await raw.get(MEMORIES, params={"limit": PAGE, "offset": offset})
                r.raise_for_status()
                page = r.json()
                if not page:
                    break
                n += len(page)
                offset += PAGE
            assert n == N_MEMORIES, n

        # Open the connections outside the timing.
        await asyncio.gather(*(omi.memories.list(limit=1) for _ in range(CONCURRENCY)))
        await asyncio.gather(*(raw.get(MEMORIES, params={"limit": 1}) for _ in range(CONCURRENCY)))
        t = time.perf_counter()
        if kind == "create":
            one = one_wrapper if which == "wrapper" else one_raw
            await asyncio.gather(*(one(i) for i in range(N_CREATES)))
        else:
            await (page_wrapper() if which == "wrapper" else page_raw())
        return time.perf_counter() - t


def run_async(fake: FakeProcess, kind: str, which: str) -> float:
    return asyncio.run(async_run(fake, kind, which))


def with_decoder(name: str, run: Callable[..., float], *args: str | FakeProcess) -> float:
    with decoder(name):
        return run(*args)


def page_cases(fake: FakeProcess) -> tuple[dict[str, Callable[[], float]], dict[str, str]]:
    cases: dict[str, Callable[[], float]] = {}
    paired: dict[str, str] = {}
    for name in available():
        cases[f"Omi (sync), {name}"] = functools.partial(
            with_decoder, name, sync_run, fake, "page", "wrapper"
        )
        paired[f"Omi (sync), {name}"] = "raw httpx.Client"
    cases["raw httpx.Client"] = functools.partial(sync_run, fake, "page", "raw")
    for name in available():
        cases[f"AsyncOmi, {name}"] = functools.partial(
            with_decoder, name, run_async, fake, "page", "wrapper"
        )
        paired[f"AsyncOmi, {name}"] = "raw httpx.AsyncClient"
    cases["raw httpx.AsyncClient"] = functools.partial(run_async, fake, "page", "raw")
    return cases, paired


def main() -> None:
    global N_CREATES
    for kind in ("page", "create"):
        n_rounds = rounds(15 if kind == "page" else 5, quick=2)
        with FakeProcess() as fake:
            if kind == "page":
                preload(fake, N_MEMORIES)
                label, n_items = f"page through {N_MEMORIES:,} memories (limit {PAGE})", N_MEMORIES
            else:
                N_CREATES = fake.scaled(N_CREATES)
                label, n_items = f"{N_CREATES:,} creates", N_CREATES
            if kind == "page":
                cases, paired = page_cases(fake)
            else:
                cases = {
                    "Omi (sync)": functools.partial(sync_run, fake, kind, "wrapper"),
                    "raw httpx.Client": functools.partial(sync_run, fake, kind, "raw"),
                    "AsyncOmi": functools.partial(run_async, fake, kind, "wrapper"),
                    "raw httpx.AsyncClient": functools.partial(run_async, fake, kind, "raw"),
                }
                paired = {"Omi (sync)": "raw httpx.Client", "AsyncOmi": "raw httpx.AsyncClient"}
            results = interleave(cases, n_rounds, warmup=False)
        conc = f", async {CONCURRENCY} concurrent" if kind == "create" else ""
        table(
            f"End to end over loopback, {label}{conc}",
            results,
            paired=paired,
            unit="s",
            scale=1.0,
            per=float(n_items),
            per_label="items/s",
        )
        m = {k: median(v) for k, v in results.items()}
        print(
            "- wrapper/raw: "
            + ", ".join(f"{row} {m[row] / m[base]:.2f}x" for row, base in paired.items())
        )


if __name__ == "__main__":
    main()
