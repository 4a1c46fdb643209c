"""A response's body is freed as soon as the SDK is done with it, not at the next full garbage
collection (httpx's stream and response refer to each other): otherwise dead page bodies pile up
while iterating, 3 MB more at 100,000 memories than at 10,000 (bench/walk_memory.py)."""

from __future__ import annotations

import asyncio
import gc
import weakref
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from omi_client import AsyncOmi, Omi


@pytest.fixture
def collector_off() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _listed(mode: str, server: Any, seen: list[weakref.ref[httpx.Response]]) -> int:
    """List a page through Omi or AsyncOmi, keeping only weak references to the responses."""
    if mode == "sync":
        with httpx.Client(event_hooks={"response": [lambda r: seen.append(weakref.ref(r))]}) as h:
            omi = Omi(server.api_key, base_url=server.base_url, http_client=h)
            return len(omi.memories.list(limit=50))

    async def hook(response: httpx.Response) -> None:
        seen.append(weakref.ref(response))

    async def run() -> int:
        async with httpx.AsyncClient(event_hooks={"response": [hook]}) as h:
            omi = AsyncOmi(server.api_key, base_url=server.base_url, http_client=h)
            return len(await omi.memories.list(limit=50))

    return asyncio.run(run())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_listed_page_frees_its_response_without_the_cyclic_collector(
    mode: str, omi_fake: Any, collector_off: None
) -> None:
    omi_fake.seed.memories(f"memory {i}" for i in range(50))
    seen: list[weakref.ref[httpx.Response]] = []
    assert _listed(mode, omi_fake, seen) == 50
    assert len(seen) == 1
    assert seen[0]() is None, "the response (and its body) is only freed by a gc.collect()"
