"""Locked items per resource and route (docs/fidelity.md, "Locked and discarded items").

A client cannot lock anything (a lock is the account's plan), so these run on the fake only,
each in a new account seeded through the fake's powers.
"""

from __future__ import annotations

import pytest
from checks import ACTION_ITEMS, ASK, CONVERSATIONS, MEMORIES, VECTOR, ok, string_detail
from fake_powers import FakeAccount

rule = pytest.mark.rule
LONG = "Keeps the spare house key under the blue flower pot next to the garden shed by the gate"


@rule("LOCK-1")
def test_locked_memories_are_listed_with_a_70_char_preview(account: FakeAccount) -> None:
    account.memory("Oldest fact", category="system")
    long = account.memory(LONG, locked=True, category="system")
    short = account.memory("Short locked fact", locked=True, category="system")
    account.memory("Newest fact", category="system")
    listed = ok(account.api.get(MEMORIES, params={"limit": 2}))
    assert [m["content"] for m in listed] == ["Newest fact", "Short locked fact"]
    rest = {m["id"]: m for m in ok(account.api.get(MEMORIES, params={"limit": 10}))}
    assert len(LONG) > 70 and rest[long["id"]]["content"] == LONG[:70] + "..."
    assert rest[short["id"]]["content"] == "Short locked fact"
    assert "locked" not in rest[long["id"]] and "is_locked" not in rest[long["id"]]


@rule("LOCK-2")
def test_locked_memory_writes_are_402_after_the_empty_check(account: FakeAccount) -> None:
    locked = account.memory(LONG, locked=True)
    path = f"{MEMORIES}/{locked['id']}"
    empty = account.api.patch(path, json={})
    assert string_detail(empty, 422).startswith("At least one field")
    wanted = "A paid plan is required to access this memory."
    assert string_detail(account.api.patch(path, json={"tags": ["x"]}), 402) == wanted
    assert string_detail(account.api.delete(path), 402) == wanted


@rule("LOCK-3")
def test_locked_memories_are_found_by_vector_search_truncated(account: FakeAccount) -> None:
    locked = account.memory(LONG, locked=True)
    found = ok(account.api.get(VECTOR, params={"query": "spare house key flower pot"}))
    items = {i["id"]: i for i in found["items"]}
    assert items[locked["id"]]["content"] == LONG[:70] + "..."


@rule("LOCK-4")
def test_locked_action_items_are_dropped_after_paging(account: FakeAccount) -> None:
    for n in range(5):
        account.action_item(f"task {n}", locked=n == 3)
    first = ok(account.api.get(ACTION_ITEMS, params={"limit": 2}))
    assert [i["description"] for i in first] == ["task 4"]  # a short page...
    rest = ok(account.api.get(ACTION_ITEMS, params={"limit": 2, "offset": 2}))
    assert [i["description"] for i in rest] == ["task 2", "task 1"]  # ...and more after it


@rule("LOCK-5")
def test_locked_action_item_writes_are_402_before_the_empty_check(account: FakeAccount) -> None:
    locked = account.action_item("Locked task", locked=True)
    path = f"{ACTION_ITEMS}/{locked['id']}"
    wanted = "A paid plan is required to access this action item."
    assert string_detail(account.api.patch(path, json={}), 402) == wanted
    assert string_detail(account.api.patch(path, json={"completed": True}), 402) == wanted
    assert string_detail(account.api.delete(path), 402) == wanted


@rule("LOCK-6")
def test_locked_conversations_are_dropped_after_paging(account: FakeAccount) -> None:
    for n in range(5):
        account.conversation(f"Conversation {n} about the garden roses.", locked=n == 3)
    first = ok(account.api.get(CONVERSATIONS, params={"limit": 2}))
    assert len(first) == 1  # a short page...
    rest = ok(account.api.get(CONVERSATIONS, params={"limit": 2, "offset": 2}))
    assert len(rest) == 2  # ...and more after it


@rule("LOCK-7")
def test_a_locked_conversation_reads_as_not_found(account: FakeAccount) -> None:
    locked = account.conversation("A locked talk about the roses.", locked=True)
    response = account.api.get(f"{CONVERSATIONS}/{locked['id']}")
    assert string_detail(response, 404) == "Conversation not found"


@rule("LOCK-8")
def test_locked_conversation_writes_are_402_before_the_empty_check(account: FakeAccount) -> None:
    locked = account.conversation("A locked talk about the roses.", locked=True)
    path = f"{CONVERSATIONS}/{locked['id']}"
    wanted = "A paid plan is required to access this conversation."
    assert string_detail(account.api.patch(path, json={}), 402) == wanted
    assert string_detail(account.api.patch(path, json={"title": "x"}), 402) == wanted
    assert string_detail(account.api.delete(path), 402) == wanted


@rule("LOCK-9")
def test_ask_skips_locked_and_discarded_conversations(account: FakeAccount) -> None:
    account.conversation("The zeppelin museum trip was locked away.", locked=True)
    dropped = account.conversation("The zeppelin ride we cancelled.")
    ok(account.api.patch(f"{CONVERSATIONS}/{dropped['id']}", json={"discarded": True}))
    kept = account.conversation("The zeppelin exhibition was wonderful.")
    answer = ok(account.api.post(ASK, json={"question": "zeppelin"}))
    assert [s["id"] for s in answer["sources"]] == [kept["id"]]
