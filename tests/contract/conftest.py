"""One Prism per test session for the contract suite; skipped only where Node.js is absent."""

from __future__ import annotations

import sys
from collections.abc import Iterator
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
