"""Fixtures for the SDK tests; helpers live in sdk_helpers.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _no_omi_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("OMI_API_KEY", "OMI_BASE_URL", "OMI_LOG", "OMI_FIREBASE_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    yield


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip HTTP tests (loudly) while the fake server's pytest plugin is not installed."""
    for item in items:
        info = getattr(item, "_fixtureinfo", None)
        if info is None:
            continue
        wanted = {"omi_fake", "omi_server"} & set(info.names_closure)
        if wanted and not all(info.name2fixturedefs.get(name) for name in wanted):
            item.add_marker(
                pytest.mark.skip(reason="omi_client.testing pytest plugin (omi_fake) not available")
            )
