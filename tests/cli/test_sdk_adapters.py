"""Unit tests of the import target's listing rule (parsing edge cases; no server needed)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from omi_client.cli.engines.targets import BatchTarget

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


class Memories:
    def __init__(self, items: list[Any]) -> None:
        self.items = items
        self.calls = 0

    def list(self, *, limit: int, offset: int) -> list[Any]:
        self.calls += 1
        return self.items[offset : offset + limit]


def _memory(i: int, seconds: float) -> Any:
    return SimpleNamespace(
        id=f"m{i}", content=f"c{i}", created_at=T0 + dt.timedelta(seconds=seconds)
    )


def _target(items: list[Any]) -> BatchTarget:
    target = BatchTarget(SimpleNamespace(memories=Memories(items)), "memories")  # type: ignore[arg-type]
    target.page_size = 3
    return target


def test_newest_first_listing_stops_at_the_first_page_of_older_items() -> None:
    items = [_memory(i, 100 - i) for i in range(9)]  # newest first
    target = _target(items)
    assert [i for i, _ in target.created_since(T0.timestamp() + 98)] == ["m0", "m1", "m2"]
    assert target.resource.calls == 2


def test_a_listing_that_is_not_newest_first_is_read_to_the_end() -> None:
    """If the server ever orders oldest first, the first page is all 'older' items; stopping there
    would miss the batch in flight and resend it (a duplicate)."""
    items = [_memory(i, i) for i in range(9)]  # oldest first
    target = _target(items)
    found = [i for i, _ in target.created_since(T0.timestamp() + 7)]
    assert found == ["m7", "m8"]
