"""Folders: read-only, the real system set, order (docs/fidelity.md)."""

from __future__ import annotations

from typing import Any

import pytest
from checks import CONVERSATIONS, FOLDERS, ok
from fake_powers import FakePowers
from harness import Api, Budget
from suite import Omi

rule = pytest.mark.rule
SYSTEM_FOLDERS = [
    "Personal",
    "Work",
    "Health",
    "Education",
    "Finance",
    "Travel",
    "Social",
    "Technology",
    "Entertainment",
    "Other",
]


def _folders(api: Api) -> list[dict[str, Any]]:
    return list(ok(api.get(FOLDERS)))


@rule("FOLD-1")
def test_a_new_account_has_no_folders(omi: Omi, fake: FakePowers) -> None:
    fresh = Api(omi.target.base_url, fake.key(fresh_account=True), Budget())
    try:
        assert _folders(fresh) == []
        assert _folders(fresh) == []  # reading did not create any
    finally:
        fresh.close()


@rule("FOLD-2")
def test_system_folders_are_the_real_set(omi: Omi) -> None:
    if omi.target.powers:
        omi.target.powers.conversation("We talked about the trip to Lisbon and the hotel.")
    system = [f for f in _folders(omi.api) if f["is_system"]]
    if not system:
        pytest.skip("this account has no system folders yet (never opened the app)")
    assert [f["name"] for f in system] == SYSTEM_FOLDERS
    assert [f["name"] for f in system if f["is_default"]] == ["Other"]


@rule("FOLD-3", "FOLD-3b")
def test_folders_come_in_order_with_their_fields(omi: Omi) -> None:
    if omi.target.powers:
        omi.target.powers.conversation("We talked about the budget for the new office.")
    folders = _folders(omi.api)
    orders = [f["order"] for f in folders]
    assert orders == sorted(orders)
    fields = {
        "id",
        "name",
        "description",
        "color",
        "icon",
        "created_at",
        "updated_at",
        "order",
        "is_default",
        "is_system",
        "conversation_count",
    }
    assert all(set(f) == fields for f in folders), folders


@rule("CONV-14")
def test_a_conversation_folder_is_one_of_the_listed_folders(omi: Omi) -> None:
    if omi.target.powers:
        omi.target.powers.conversation("We talked about the garden and the new tomato plants.")
    folder_ids = {f["id"] for f in _folders(omi.api)}
    conversations = ok(omi.api.get(CONVERSATIONS, params={"limit": 25}))
    assert all(c["folder_id"] is None or c["folder_id"] in folder_ids for c in conversations)
