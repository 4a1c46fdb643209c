"""Fixtures for the SDK tests; helpers live in sdk_helpers.py.

The HTTP tests use `omi_fake` from omi-client's own pytest plugin: if it is missing they error
(fixture not found) rather than skip, so a broken plugin cannot pass silently.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _no_omi_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("OMI_API_KEY", "OMI_BASE_URL", "OMI_LOG", "OMI_FIREBASE_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    yield
