"""iterate() stops where each list really ends: never at a short page of a list that drops
locked items after paging (action items, conversations), and at the first short page of one
that does not (memories). Every test runs with Omi and AsyncOmi."""

from __future__ import annotations

from typing import Any

import httpx
import omi_client as oc
import pytest
from omi_client.limits import PAGE_CAPS, SHORT_PAGES_MAY_CONTINUE, TRANSCRIPT_PAGE_CAP
from sdk_helpers import Clients, ok

T = "2026-01-02T03:04:05+00:00"
ITEM = {
    "content": "c", "description": "d", "completed": False, "created_at": T, "started_at": T,
    "finished_at": T, "structured": {"title": "t", "overview": "o", "category": "other"},
}  # fmt: skip


def pages(*sizes: int):  # type: ignore[no-untyped-def]
    """A server whose page at offset k*limit has sizes[k] items (locked items dropped)."""
    seen: list[tuple[int, int]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        limit, offset = int(request.url.params["limit"]), int(request.url.params["offset"])
        seen.append((limit, offset))
        k = offset // limit
        n = sizes[k] if k < len(sizes) else 0
        return ok([{"id": f"i{offset + i}", **ITEM} for i in range(n)])

    return handler, seen


@pytest.mark.parametrize("resource", ["action_items", "conversations"])
def test_where_locked_items_drop_after_paging_short_pages_are_not_the_end(
    clients: Clients, resource: str
) -> None:
    handler, seen = pages(10, 3, 10, 0, 5, 0, 0)
    items = list(getattr(clients.scripted(handler), resource).iterate(page_size=10))
    # One empty page may be a page of locked items: two in a row end it (by default).
    assert [i.id for i in items][-1] == "i44" and len(items) == 28
    assert [o for _, o in seen] == [0, 10, 20, 30, 40, 50, 60]


def test_a_short_memory_page_is_the_last_one(clients: Clients) -> None:
    # Locked memories are listed (truncated), never dropped: a short page means no more data,
    # so no request is spent on an empty page.
    handler, seen = pages(10, 10, 4, 10)
    assert len(list(clients.scripted(handler).memories.iterate(page_size=10))) == 24
    assert [o for _, o in seen] == [0, 10, 20]
    handler, seen = pages(10, 10)
    assert len(list(clients.scripted(handler).memories.iterate(page_size=10))) == 20
    assert [o for _, o in seen] == [0, 10, 20]  # a full last page needs the empty one to end


def test_the_list_table_names_exactly_the_lists_that_drop_after_paging() -> None:
    assert frozenset({"listActionItems", "listConversations"}) == SHORT_PAGES_MAY_CONTINUE


def test_the_empty_page_rule_is_configurable(clients: Clients) -> None:
    handler, seen = pages(5, 0, 5, 0, 0)
    omi = clients.scripted(handler)
    assert len(list(omi.action_items.iterate(page_size=5, stop_after_empty_pages=1))) == 5
    assert [o for _, o in seen] == [0, 5]
    seen.clear()
    assert len(list(omi.action_items.iterate(page_size=5, stop_after_empty_pages=3))) == 10
    assert [o for _, o in seen] == [0, 5, 10, 15, 20, 25]


def test_page_size_is_capped_at_what_the_server_honours(clients: Clients) -> None:
    handler, seen = pages(0)
    omi = clients.scripted(handler)
    list(omi.conversations.iterate(page_size=500, stop_after_empty_pages=1))
    list(omi.conversations.iterate(page_size=500, include_transcript=True,
                                   stop_after_empty_pages=1))  # fmt: skip
    list(omi.memories.iterate(page_size=5000))
    list(omi.action_items.iterate(stop_after_empty_pages=1))
    assert [limit for limit, _ in seen] == [
        PAGE_CAPS["listConversations"],
        TRANSCRIPT_PAGE_CAP,
        PAGE_CAPS["listMemories"],
        PAGE_CAPS["listActionItems"],
    ]
    assert TRANSCRIPT_PAGE_CAP == 25 and PAGE_CAPS["listConversations"] == 100


def test_max_items_and_start_offset(clients: Clients) -> None:
    handler, seen = pages(10, 10, 10, 10)
    ids = [m.id for m in clients.scripted(handler).memories.iterate(page_size=10, max_items=15)]
    assert len(ids) == 15 and len(seen) == 2
    handler, seen = pages(10, 10, 10, 0)
    ids = [m.id for m in clients.scripted(handler).memories.iterate(page_size=10, start_offset=20)]
    assert ids[0] == "i20" and len(ids) == 10


@pytest.mark.parametrize(
    "kwargs", [{"page_size": 0}, {"stop_after_empty_pages": 0}, {"start_offset": -1},
               {"max_items": -1}]
)  # fmt: skip
def test_bad_iteration_settings_are_validation_errors(
    clients: Clients, kwargs: dict[str, Any]
) -> None:
    handler, seen = pages(0)
    with pytest.raises(oc.ValidationError):
        clients.scripted(handler).action_items.iterate(**kwargs)
    assert seen == []
