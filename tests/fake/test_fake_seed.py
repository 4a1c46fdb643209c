"""The seeding API: records put straight into the store look exactly like ones made over HTTP."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import httpx
import pytest
from fake_helpers import json_of
from omi_client.testing import FakeOmiServer

MEM = "/v1/dev/user/memories"
CONV = "/v1/dev/user/conversations"
LAST_YEAR = datetime(2024, 3, 1, 10, 0, tzinfo=UTC)


def test_a_seeded_memory_has_the_shape_of_a_created_one(
    server: FakeOmiServer, http: httpx.Client
) -> None:
    seeded = server.seed.memory("Likes tea", tags=["drinks"], created_at=LAST_YEAR)
    created = json_of(http.post(MEM, json={"content": "Likes coffee"}))
    assert seeded.keys() == created.keys()
    assert seeded["tags"] == ["drinks"]
    assert datetime.fromisoformat(seeded["created_at"]) == LAST_YEAR
    listed = json_of(http.get(MEM))
    assert [m["id"] for m in listed] == [created["id"], seeded["id"]]  # backdated: listed last
    assert listed[1] == seeded


def test_locked_records_are_locked_over_http(server: FakeOmiServer, http: httpx.Client) -> None:
    memory = server.seed.memory("old", locked=True)
    item = server.seed.action_item("old task", locked=True)
    assert http.patch(f"{MEM}/{memory['id']}", json={"content": "new"}).status_code == 402
    assert http.delete(f"/v1/dev/user/action-items/{item['id']}").status_code == 402


def test_a_seeded_conversation_from_a_transcript(server: FakeOmiServer, http: httpx.Client) -> None:
    seeded = server.seed.conversation(
        transcript=[
            {"text": "We need to book the flight to Lisbon.", "start": 0, "end": 4},
            {"text": "And the hotel.", "start": 4, "end": 6, "is_user": True},
        ],
        started_at=LAST_YEAR,
        starred=True,
    )
    got = json_of(http.get(f"{CONV}/{seeded['id']}", params={"include_transcript": "true"}))
    assert got == seeded
    assert [s["text"] for s in got["transcript_segments"]] == [
        "We need to book the flight to Lisbon.",
        "And the hotel.",
    ]
    assert datetime.fromisoformat(got["finished_at"]) == LAST_YEAR + timedelta(seconds=6)
    starred = json_of(http.get(CONV, params={"starred": "true"}))
    assert [c["id"] for c in starred] == [seeded["id"]]


def test_a_seeded_goal_with_history(server: FakeOmiServer, http: httpx.Client) -> None:
    today = server.clock.now().date()
    goal = server.seed.goal(
        "Run 100 km",
        goal_type="numeric",
        target_value=100,
        current_value=40,
        history=[(today - timedelta(days=2), 12), (today - timedelta(days=1), 27)],
    )
    assert json_of(http.get(f"/v1/dev/user/goals/{goal['id']}")) == goal
    history = json_of(http.get(f"/v1/dev/user/goals/{goal['id']}/history"))
    # Newest first, and creating a goal writes no entry (docs/fidelity.md GOAL-1c, GOAL-8b).
    assert [h["value"] for h in history] == [27, 12]


def test_seeding_another_user_and_timestamp_checks(
    server: FakeOmiServer, http: httpx.Client
) -> None:
    server.seed.user("someone-else").memory("not yours")
    assert json_of(http.get(MEM)) == []
    assert server.app.count("memories", "someone-else") == 1
    with pytest.raises(ValueError, match="time zone"):
        server.seed.memory("naive", created_at=datetime(2024, 1, 1))
    with pytest.raises(ValueError, match="time zone"):
        server.seed.goal("naive", history=[(datetime(2024, 1, 1), 1)])
    assert server.seed.goal("dated", history=[(date(2024, 1, 1), 1)])["title"] == "dated"
