"""One Prism per test session for the contract suite; skipped only where Node.js is absent."""

from __future__ import annotations

import sys
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from prism_server import Prism, missing_node, running_prism


@pytest.fixture(scope="session")
def prism() -> Iterator[Prism]:
    reason = missing_node()
    if reason:
        pytest.skip(reason)
    with running_prism() as server:
        yield server


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    """Any failure in a test that used Prism says how to replay Prism's random data."""
    try:
        return (yield)
    except Exception as exc:
        server = getattr(item, "funcargs", {}).get("prism")
        if isinstance(server, Prism):
            exc.add_note(f"Prism data was random: replay with OMI_PRISM_SEED={server.seed}")
        raise
