"""Fidelity tests of the fake Omi server: real HTTP on loopback, exact statuses, bodies, headers."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest
from omi_client.testing import FakeOmiServer


@pytest.fixture
def server(omi_fake_factory: Callable[..., FakeOmiServer]) -> FakeOmiServer:
    """A fresh fake with rate limits off (the limits have tests of their own)."""
    return omi_fake_factory(rate_limits=False, seed=3)


@pytest.fixture
def http(server: FakeOmiServer) -> Iterator[httpx.Client]:
    """A client authenticated with the server's full-scope developer key."""
    headers = {"Authorization": f"Bearer {server.api_key}"}
    with httpx.Client(base_url=server.base_url, headers=headers, timeout=10) as client:
        yield client
