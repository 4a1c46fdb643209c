"""Goals: defaults, metric, PATCH nulls, progress and history, delete as abandon (docs/fidelity.md).

The real server has no hard delete for goals: the cleanup after each test abandons them.
"""

from __future__ import annotations

import re

import pytest
from checks import GOALS, list_detail, ok, string_detail
from suite import Omi

rule = pytest.mark.rule


def _history(omi: Omi, goal_id: str, **params: object) -> list[dict[str, object]]:
    return list(ok(omi.api.get(f"{GOALS}/{goal_id}/history", params=params)))


def _messages(errors: list[dict[str, object]]) -> list[str]:
    return [str(e["msg"]) for e in errors]


@rule("GOAL-1a")
def test_a_new_goal_has_the_real_defaults(omi: Omi) -> None:
    goal = omi.goal("Read more", success_criteria=["12 books"])
    assert goal["status"] == "background" and goal["focus_rank"] is None
    assert goal["source"] == "user" and goal["is_active"] is True
    assert goal["desired_outcome"] == goal["title"] == omi.tag("Read more")
    assert goal["success_criteria"] == ["12 books"] and goal["goal_id"] == goal["id"]


@rule("GOAL-1b")
def test_a_blank_title_is_a_422_string(omi: Omi) -> None:
    response = omi.attempt("goal", GOALS, {"title": "   "})
    assert string_detail(response, 422) == "title cannot be empty"
    stripped = omi.create("goal", GOALS, {"title": f"  {omi.tag('Learn to swim')} "})
    assert stripped["title"] == omi.tag("Learn to swim")


@rule("GOAL-1c", "GOAL-6f")
def test_create_and_patch_write_no_history(omi: Omi) -> None:
    goal = omi.goal("Walk daily", goal_type="numeric", target_value=10, current_value=0)
    assert _history(omi, goal["id"]) == []
    patched = ok(omi.api.patch(f"{GOALS}/{goal['id']}", json={"current_value": 4}))
    assert patched["current_value"] == 4
    assert _history(omi, goal["id"]) == []


@rule("GOAL-1d")
def test_goal_ids_look_like_goal_and_12_hex(omi: Omi) -> None:
    goal = omi.goal("Drink water")
    assert re.fullmatch(r"goal_[0-9a-f]{12}", goal["id"]), goal["id"]


@rule("GOAL-2a")
def test_metric_is_null_without_a_type_and_built_from_type_target_current(omi: Omi) -> None:
    plain = omi.goal("Be kind")
    assert plain["metric"] is None
    aliases = ("goal_type", "target_value", "current_value", "min_value", "max_value", "unit")
    assert tuple(plain[k] for k in aliases) == ("scale", 0, 0, 0, 10, None)
    numeric = omi.goal("Run 100 km", goal_type="numeric", target_value=100, current_value=5)
    assert numeric["metric"] == {
        "type": "numeric",
        "current": 5,
        "target": 100,
        "min": 0,
        "max": 100,
        "unit": None,
    }
    small = omi.goal("Sleep 8 h", goal_type="numeric", target_value=8, current_value=6)
    assert small["metric"]["max"] == 10  # max(target, 10)


@rule("GOAL-2b")
def test_a_partial_metric_is_recorded(omi: Omi) -> None:
    response = omi.attempt("goal", GOALS, {"title": omi.tag("Half a metric"), "target_value": 5})
    assert response.status_code in (200, 500), response.text
    omi.observe("GOAL-2b", f"target_value without goal_type answered {response.status_code}")


@rule("GOAL-6a")
def test_an_empty_patch_is_a_422_string_before_the_lookup(omi: Omi) -> None:
    response = omi.api.patch(f"{GOALS}/goal_000000000000", json={})
    assert string_detail(response, 422) == "At least one field must be provided"


@rule("GOAL-6b")
def test_null_or_blank_goal_text_is_a_422_list(omi: Omi) -> None:
    goal = omi.goal("Cook at home")
    path = f"{GOALS}/{goal['id']}"
    for body in ({"title": None}, {"desired_outcome": None}, {"title": "   "}):
        errors = list_detail(omi.api.patch(path, json=body))
        assert _messages(errors) == ["Value error, required goal text cannot be null or blank"]
    trimmed = ok(omi.api.patch(path, json={"desired_outcome": "  Eat better  "}))
    assert trimmed["desired_outcome"] == "Eat better"


@rule("GOAL-6c")
def test_null_success_criteria_is_a_422_list(omi: Omi) -> None:
    goal = omi.goal("Save money")
    errors = list_detail(omi.api.patch(f"{GOALS}/{goal['id']}", json={"success_criteria": None}))
    assert _messages(errors) == [
        "Value error, success_criteria cannot be null; use an empty list to clear it"
    ]


@rule("GOAL-6d")
def test_null_metric_values_are_a_422_list(omi: Omi) -> None:
    goal = omi.goal("Climb", goal_type="numeric", target_value=20, current_value=1)
    for field in ("target_value", "current_value"):
        errors = list_detail(omi.api.patch(f"{GOALS}/{goal['id']}", json={field: None}))
        assert _messages(errors) == ["Value error, metric value cannot be null"]


@rule("GOAL-6e")
def test_null_clears_the_optional_fields(omi: Omi) -> None:
    goal = omi.goal(
        "Paint",
        goal_type="numeric",
        target_value=30,
        current_value=2,
        min_value=1,
        max_value=40,
        unit="paintings",
        why_it_matters="joy",
    )
    body = {"why_it_matters": None, "unit": None, "min_value": None, "max_value": None}
    cleared = ok(omi.api.patch(f"{GOALS}/{goal['id']}", json=body))
    assert cleared["why_it_matters"] is None and cleared["unit"] is None
    assert cleared["min_value"] == 0 and cleared["max_value"] == 30


@rule("GOAL-7a")
def test_progress_twice_in_a_day_is_one_entry_with_the_last_value(omi: Omi) -> None:
    goal = omi.goal("Push-ups", goal_type="numeric", target_value=50, current_value=0)
    path = f"{GOALS}/{goal['id']}/progress"
    ok(omi.api.patch(path, params={"current_value": 3}))
    last = ok(omi.api.patch(path, params={"current_value": 70}))  # not clamped to the target
    assert last["current_value"] == 70
    (entry,) = _history(omi, goal["id"])
    assert entry["value"] == 70
    missing = omi.api.patch(f"{GOALS}/goal_000000000000/progress", params={"current_value": 1})
    assert string_detail(missing, 404) == "Goal not found"


@rule("GOAL-7b")
def test_progress_on_a_goal_without_metric_makes_it_numeric(omi: Omi) -> None:
    goal = omi.goal("Stretch")
    updated = ok(omi.api.patch(f"{GOALS}/{goal['id']}/progress", params={"current_value": 2}))
    assert updated["goal_type"] == "numeric" and updated["current_value"] == 2


@rule("GOAL-8a")
def test_history_of_an_unknown_goal_is_an_empty_list(omi: Omi) -> None:
    assert _history(omi, "goal_000000000000") == []


@rule("GOAL-5", "GOAL-8c", "GOAL-9")
def test_delete_abandons_and_a_second_delete_is_200(omi: Omi) -> None:
    goal = omi.goal("Learn Greek", goal_type="numeric", target_value=5, current_value=0)
    ok(omi.api.patch(f"{GOALS}/{goal['id']}/progress", params={"current_value": 1}))
    path = f"{GOALS}/{goal['id']}"
    assert ok(omi.api.delete(path)) == {"success": True}
    assert ok(omi.api.delete(path)) == {"success": True}
    abandoned = ok(omi.api.get(path))
    assert abandoned["status"] == "abandoned" and abandoned["is_active"] is False
    assert [e["value"] for e in _history(omi, goal["id"])] == [1]
    active = ok(omi.api.get(GOALS, params={"limit": 1000}))
    assert goal["id"] not in {g["id"] for g in active}
    assert string_detail(omi.api.get(f"{GOALS}/goal_000000000000"), 404) == "Goal not found"
