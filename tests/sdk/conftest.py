"""Fixtures for the SDK tests; helpers live in sdk_helpers.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _no_omi_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("OMI_API_KEY", "OMI_BASE_URL", "OMI_LOG", "OMI_FIREBASE_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    yield
