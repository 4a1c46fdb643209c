"""`limit` and `offset` clamps at both ends (docs/fidelity.md, "Paging and clamps").

The low end is portable (create two records, ask for none); the high end needs more records
than a test should create on a real account, so it is seeded on the fake and only bounded
elsewhere.
"""

from __future__ import annotations

import pytest
from checks import ACTION_ITEMS, CONVERSATIONS, GOALS, MEMORIES, ok
from fake_powers import FakeAccount
from harness import Api
from suite import Omi

rule = pytest.mark.rule


def _count(api: Api, path: str, **params: object) -> int:
    return len(ok(api.get(path, params=params)))


def _ids(api: Api, path: str, **params: object) -> list[str]:
    return [r["id"] for r in ok(api.get(path, params=params))]


@rule("MEM-1a")
def test_memories_limit_below_1_gives_1_item(omi: Omi) -> None:
    omi.memory("Likes figs")
    omi.memory("Likes dates")
    assert _count(omi.api, MEMORIES, limit=0) == 1
    assert _count(omi.api, MEMORIES, limit=-5) == 1
    assert _ids(omi.api, MEMORIES, limit=2, offset=-3) == _ids(omi.api, MEMORIES, limit=2)
    assert _count(omi.api, MEMORIES, limit=5000) <= 1000


@rule("MEM-1b")
def test_memories_page_cap_is_1000(account: FakeAccount) -> None:
    for n in range(1001):
        account.memory(f"fact {n}")
    assert _count(account.api, MEMORIES, limit=5000) == 1000
    assert _count(account.api, MEMORIES) == 25


@rule("AI-1a")
def test_action_items_limit_below_1_gives_1_item(omi: Omi) -> None:
    omi.action_item("Buy figs")
    omi.action_item("Buy dates")
    assert _count(omi.api, ACTION_ITEMS, limit=0) == 1
    assert _count(omi.api, ACTION_ITEMS, limit=-1) == 1
    assert _ids(omi.api, ACTION_ITEMS, limit=2, offset=-3) == _ids(omi.api, ACTION_ITEMS, limit=2)
    assert _count(omi.api, ACTION_ITEMS, limit=5000) <= 1000


@rule("AI-1b")
def test_action_items_past_2000_are_not_listed(account: FakeAccount) -> None:
    for n in range(2005):
        account.action_item(f"task {n}")
    assert _count(account.api, ACTION_ITEMS, limit=100, offset=1990) == 10
    assert _count(account.api, ACTION_ITEMS, limit=1000, offset=1000) == 1000
    assert _count(account.api, ACTION_ITEMS) == 100


@rule("CONV-1a")
def test_conversations_limit_below_1_gives_1_item(omi: Omi) -> None:
    if omi.target.powers:
        for text in ("We cooked pasta together.", "We fixed the old bike."):
            omi.target.powers.conversation(text)
    two = _count(omi.api, CONVERSATIONS, limit=2)
    assert _count(omi.api, CONVERSATIONS, limit=0) == min(1, two)
    assert _count(omi.api, CONVERSATIONS, limit=-4) == min(1, two)
    assert _count(omi.api, CONVERSATIONS, limit=500) <= 100
    assert _count(omi.api, CONVERSATIONS, limit=500, include_transcript="true") <= 25


@rule("CONV-1b")
def test_conversation_page_caps_are_100_and_25_with_transcripts(account: FakeAccount) -> None:
    for n in range(105):
        account.conversation(f"Conversation number {n} about the garden and the roses.")
    assert _count(account.api, CONVERSATIONS, limit=500) == 100
    assert _count(account.api, CONVERSATIONS, limit=500, include_transcript="true") == 25
    assert _count(account.api, CONVERSATIONS) == 25


@rule("GOAL-3b")
def test_goals_limit_below_1_gives_1_goal(omi: Omi) -> None:
    omi.goal("Visit Rome")
    omi.goal("Visit Kyoto")
    assert _count(omi.api, GOALS, limit=0) == 1
    assert _count(omi.api, GOALS, limit=-2) == 1


@rule("GOAL-3c")
def test_goals_page_cap_is_1000(account: FakeAccount) -> None:
    for n in range(105):
        account.goal(f"goal {n}")
    assert _count(account.api, GOALS, limit=5000) == 105
    assert _count(account.api, GOALS) == 10
