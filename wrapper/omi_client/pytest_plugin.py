"""pytest fixtures for code that talks to Omi: a real fake server on a free 127.0.0.1 port.

Registered automatically (entry point `pytest11`) when omi-client is installed; the server itself
is imported only when a test asks for it, so installs without the `mock` extra are unaffected.

    def test_sync(omi_fake):
        client = Omi(api_key=omi_fake.api_key, base_url=omi_fake.base_url)
        ...
        assert omi_fake.count("memories") == 1
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from omi_client.testing import FakeOmiServer


@pytest.fixture
def omi_fake_factory() -> Iterator[Callable[..., FakeOmiServer]]:
    """Start fake servers with options (see FakeOmi); all are stopped after the test."""
    from omi_client.testing import FakeOmiServer

    started: list[FakeOmiServer] = []

    def start(**options: Any) -> FakeOmiServer:
        server = FakeOmiServer(**options).start()
        started.append(server)
        return server

    yield start
    for server in reversed(started):
        server.stop()


@pytest.fixture
def omi_fake(omi_fake_factory: Callable[..., FakeOmiServer]) -> FakeOmiServer:
    """A fresh fake Omi per test: real rate limits, a ready full-scope key and Firebase token."""
    return omi_fake_factory(seed=0)


@pytest.fixture
def omi_server(omi_fake: FakeOmiServer) -> FakeOmiServer:
    """The same server as `omi_fake`, for tests that only need one running."""
    return omi_fake
