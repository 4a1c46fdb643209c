"""Auto-pagination advances by the requested limit and never trusts a short page."""

from __future__ import annotations

import httpx
import omi_client as oc
import pytest
from sdk_helpers import Clients, ok


def pages(*sizes: int):  # type: ignore[no-untyped-def]
    """A server whose page at offset k*limit has sizes[k] items (locked items dropped)."""
    seen: list[tuple[int, int]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        limit, offset = int(request.url.params["limit"]), int(request.url.params["offset"])
        seen.append((limit, offset))
        k = offset // limit
        n = sizes[k] if k < len(sizes) else 0
        item = {"content": "c", "description": "d", "completed": False}
        return ok([{"id": f"m{offset + i}", **item} for i in range(n)])

    return handler, seen


def test_short_pages_are_not_the_end(clients: Clients) -> None:
    handler, seen = pages(10, 3, 10, 0)
    ids = [m.id for m in clients.scripted(handler).memories.iterate(page_size=10)]
    assert len(ids) == 23
    assert seen == [(10, 0), (10, 10), (10, 20), (10, 30)]


def test_one_empty_page_ends_by_default_and_the_rule_is_configurable(clients: Clients) -> None:
    handler, seen = pages(5, 0, 5, 0, 0)
    assert len(list(clients.scripted(handler).memories.iterate(page_size=5))) == 5
    handler, seen = pages(5, 0, 5, 0, 0)
    omi = clients.scripted(handler)
    assert len(list(omi.memories.iterate(page_size=5, stop_after_empty_pages=2))) == 10
    assert [o for _, o in seen] == [0, 5, 10, 15, 20]


def test_page_size_is_capped_at_what_the_server_honours(clients: Clients) -> None:
    handler, seen = pages(0)
    omi = clients.scripted(handler)
    list(omi.conversations.iterate(page_size=500))
    list(omi.conversations.iterate(page_size=500, include_transcript=True))
    list(omi.memories.iterate(page_size=5000))
    list(omi.action_items.iterate())
    assert [limit for limit, _ in seen] == [100, 25, 1000, 1000]


def test_max_items_and_start_offset(clients: Clients) -> None:
    handler, seen = pages(10, 10, 10, 10)
    ids = [m.id for m in clients.scripted(handler).memories.iterate(page_size=10, max_items=15)]
    assert len(ids) == 15 and len(seen) == 2
    handler, seen = pages(10, 10, 10, 0)
    ids = [m.id for m in clients.scripted(handler).memories.iterate(page_size=10, start_offset=20)]
    assert ids[0] == "m20" and len(ids) == 10


def test_bad_iteration_settings_are_validation_errors(clients: Clients) -> None:
    handler, _ = pages(0)
    with pytest.raises(oc.ValidationError):
        clients.scripted(handler).memories.iterate(page_size=0)
    with pytest.raises(oc.ValidationError):
        clients.scripted(handler).memories.iterate(stop_after_empty_pages=0)
