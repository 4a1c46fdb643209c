"""List orders (docs/fidelity.md, "Ordering"). Only the relative order of the test's own
records is asserted, so other data on a real account does not matter."""

from __future__ import annotations

from datetime import timedelta

import pytest
from checks import ACTION_ITEMS, GOALS, MEMORIES, mine, ok
from fake_powers import FakePowers
from suite import Omi

rule = pytest.mark.rule


@rule("MEM-3a")
def test_memories_of_one_category_newest_first(omi: Omi) -> None:
    ids = [omi.memory(f"Visited city {n}", category="system")["id"] for n in range(3)]
    listed = ok(omi.api.get(MEMORIES, params={"limit": 1000, "categories": "system"}))
    assert mine(listed, ids) == ids[::-1]


@rule("AI-2")
def test_action_items_incomplete_first_by_due_date(omi: Omi) -> None:
    now = omi.now().replace(microsecond=0)
    undated = omi.action_item("Undated")
    soon = omi.action_item("Due tomorrow", due_at=(now + timedelta(days=1)).isoformat())
    done = omi.action_item("Done", completed=True, due_at=(now + timedelta(hours=6)).isoformat())
    later = omi.action_item("Due next week", due_at=(now + timedelta(days=7)).isoformat())
    undated_new = omi.action_item("Undated, newer")
    ids = [r["id"] for r in (undated, soon, done, later, undated_new)]
    listed = ok(omi.api.get(ACTION_ITEMS, params={"limit": 1000}))
    expected = [soon["id"], later["id"], undated_new["id"], undated["id"], done["id"]]
    assert mine(listed, ids) == expected


@rule("GOAL-3a")
def test_goals_list_oldest_first(omi: Omi) -> None:
    ids = [omi.goal(f"Goal {n}")["id"] for n in range(3)]
    assert mine(ok(omi.api.get(GOALS, params={"limit": 1000})), ids) == ids


@rule("GOAL-4")
def test_goals_with_inactive_newest_first_ignoring_limit(omi: Omi) -> None:
    ids = [omi.goal(f"Habit {n}")["id"] for n in range(3)]
    assert ok(omi.api.delete(f"{GOALS}/{ids[1]}")) == {"success": True}
    listed = ok(omi.api.get(GOALS, params={"include_inactive": "true", "limit": 1}))
    assert mine(listed, ids) == ids[::-1]
    abandoned = next(g for g in listed if g["id"] == ids[1])
    assert abandoned["status"] == "abandoned"


@rule("GOAL-8b")
def test_goal_history_newest_first_days_counts_entries(omi: Omi, fake: FakePowers) -> None:
    goal = omi.goal("Meditate", goal_type="numeric", target_value=30, current_value=0)
    progress = f"{GOALS}/{goal['id']}/progress"
    for value in (1, 2, 3):
        ok(omi.api.patch(progress, params={"current_value": value}))
        fake.advance(days=3)  # three days apart: a date window of 2 days would hold none
    history = ok(omi.api.get(f"{GOALS}/{goal['id']}/history"))
    assert [e["value"] for e in history] == [3, 2, 1]
    dates = [e["date"] for e in history]
    assert dates == sorted(dates, reverse=True)
    two = ok(omi.api.get(f"{GOALS}/{goal['id']}/history", params={"days": 2}))
    assert [e["value"] for e in two] == [3, 2]
