"""Fixtures for the SDK tests; helpers live in sdk_helpers.py.

The HTTP tests use `omi_fake` from omi-client's own pytest plugin: if it is missing they error
(fixture not found) rather than skip, so a broken plugin cannot pass silently.

`clients` runs a test twice, once with Omi and once with AsyncOmi (driven through Syncify), so
every behaviour it checks is checked for both: see sdk_helpers.Clients.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sdk_helpers import Clients


@pytest.fixture(autouse=True)
def _no_omi_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in (
        "OMI_API_KEY",
        "OMI_BASE_URL",
        "OMI_LOG",
        "OMI_FIREBASE_TOKEN",
        "OMI_ALLOW_INSECURE_HTTP",
    ):
        monkeypatch.delenv(name, raising=False)
    yield


@pytest.fixture(params=["sync", "async"])
def clients(request: pytest.FixtureRequest) -> Iterator[Clients]:
    """Makes Omi (sync run) or AsyncOmi (async run) clients; closes them after the test."""
    made = Clients(request.param)
    yield made
    made.close()
