"""Action items: validation beyond the spec, PATCH semantics, deletes (docs/fidelity.md)."""

from __future__ import annotations

from datetime import timedelta, timezone

import pytest
from checks import ACTION_ITEMS, instant, list_detail, mine, ok, string_detail
from suite import Omi

rule = pytest.mark.rule


def _listed(omi: Omi, **params: object) -> list[dict[str, object]]:
    return list(ok(omi.api.get(ACTION_ITEMS, params={"limit": 1000, **params})))


@rule("AI-3")
def test_filters_apply_before_paging(omi: Omi) -> None:
    open_item = omi.action_item("Water the plants")
    done = omi.action_item("Renew the passport", completed=True)
    ids = [open_item["id"], done["id"]]
    assert mine(_listed(omi, completed="true"), ids) == [done["id"]]
    assert mine(_listed(omi, completed="false"), ids) == [open_item["id"]]
    window = {"start_date": open_item["created_at"], "end_date": done["created_at"]}
    assert sorted(mine(_listed(omi, **window), ids)) == sorted(ids)  # inclusive at both ends
    assert mine(_listed(omi, conversation_id="no-such-conversation"), ids) == []


@rule("AI-6a")
def test_a_blank_description_is_a_422_string(omi: Omi) -> None:
    response = omi.attempt("action_item", ACTION_ITEMS, {"description": " \n "})
    assert string_detail(response, 422) == "description cannot be empty"


@rule("AI-6b")
def test_the_description_is_stored_stripped(omi: Omi) -> None:
    body = {"description": f"  {omi.tag('Call the plumber')}  "}
    assert omi.create("action_item", ACTION_ITEMS, body)["description"] == omi.tag(
        "Call the plumber"
    )


@rule("AI-6c")
def test_completed_on_create_sets_completed_at(omi: Omi) -> None:
    done = omi.action_item("File the taxes", completed=True)
    assert done["completed"] is True and done["completed_at"] is not None
    todo = omi.action_item("Book a dentist")
    assert todo["completed"] is False and todo["completed_at"] is None
    assert todo["conversation_id"] is None


@rule("AI-6d")
def test_due_at_comes_back_in_utc(omi: Omi) -> None:
    plus_two = timezone(timedelta(hours=2))
    due = (omi.now() + timedelta(days=3)).astimezone(plus_two).replace(microsecond=0)
    created = omi.action_item("Send the invoice", due_at=due.isoformat())
    returned = instant(created["due_at"])
    assert returned == due and returned.utcoffset() == timedelta(0)


@rule("AI-7a")
def test_a_batch_with_a_blank_description_creates_nothing(omi: Omi) -> None:
    good = omi.tag("Buy stamps")
    body = {"action_items": [{"description": good}, {"description": "   "}]}
    response = omi.attempt("action_item", f"{ACTION_ITEMS}/batch", body)
    assert string_detail(response, 422) == "All action items must have non-empty descriptions"
    assert [i for i in _listed(omi) if i["description"] == good] == []


@rule("AI-7b")
def test_batches_keep_order_and_empty_is_fine(omi: Omi) -> None:
    empty = ok(omi.api.post(f"{ACTION_ITEMS}/batch", json={"action_items": []}))
    assert empty == {"action_items": [], "created_count": 0}
    names = [omi.tag(f"step {n}") for n in (3, 1, 2)]
    body = {"action_items": [{"description": n} for n in names]}
    created = ok(omi.attempt("action_item", f"{ACTION_ITEMS}/batch", body))
    assert [i["description"] for i in created["action_items"]] == names
    assert created["created_count"] == 3
    too_many = {"action_items": [{"description": omi.tag(str(n))} for n in range(51)]}
    errors = list_detail(omi.attempt("action_item", f"{ACTION_ITEMS}/batch", too_many))
    assert errors[0]["loc"] == ["body", "action_items"]


@rule("AI-8a")
def test_patching_an_unknown_item_is_404_even_when_empty(omi: Omi) -> None:
    response = omi.api.patch(f"{ACTION_ITEMS}/does-not-exist", json={})
    assert string_detail(response, 404) == "Action item not found"


@rule("AI-8b")
def test_an_empty_patch_is_a_422_string(omi: Omi) -> None:
    item = omi.action_item("Clean the gutters")
    response = omi.api.patch(f"{ACTION_ITEMS}/{item['id']}", json={})
    assert string_detail(response, 422) == "At least one field must be provided"


@rule("AI-9")
def test_a_null_due_at_does_not_clear_it(omi: Omi) -> None:
    due = (omi.now() + timedelta(days=2)).replace(microsecond=0)
    item = omi.action_item("Return the library books", due_at=due.isoformat())
    path = f"{ACTION_ITEMS}/{item['id']}"
    alone = omi.api.patch(path, json={"due_at": None})
    assert string_detail(alone, 422) == "At least one field must be provided"
    with_other = ok(omi.api.patch(path, json={"due_at": None, "completed": True}))
    assert with_other["due_at"] is not None and instant(with_other["due_at"]) == due


@rule("AI-10a")
def test_completing_again_moves_completed_at(omi: Omi) -> None:
    item = omi.action_item("Pay the rent", completed=True)
    again = ok(omi.api.patch(f"{ACTION_ITEMS}/{item['id']}", json={"completed": True}))
    assert instant(again["completed_at"]) > instant(item["completed_at"])


@rule("AI-10b")
def test_a_patched_description_is_stripped(omi: Omi) -> None:
    item = omi.action_item("Order a cake")
    body = {"description": f"\t{omi.tag('Order a lemon cake')}  "}
    updated = ok(omi.api.patch(f"{ACTION_ITEMS}/{item['id']}", json=body))
    assert updated["description"] == omi.tag("Order a lemon cake")


@rule("AI-10c")
def test_uncompleting_clears_completed_at(omi: Omi) -> None:
    item = omi.action_item("Fix the bike", completed=True)
    undone = ok(omi.api.patch(f"{ACTION_ITEMS}/{item['id']}", json={"completed": False}))
    assert undone["completed"] is False and undone["completed_at"] is None
    assert instant(undone["updated_at"]) > instant(item["updated_at"])


@rule("AI-11")
def test_delete_is_hard_and_a_second_delete_is_404(omi: Omi) -> None:
    item = omi.action_item("Cancel the gym")
    path = f"{ACTION_ITEMS}/{item['id']}"
    assert ok(omi.api.delete(path)) == {"success": True}
    omi.deleted("action_item", item["id"])
    assert mine(_listed(omi), [item["id"]]) == []
    assert string_detail(omi.api.delete(path), 404) == "Action item not found"
