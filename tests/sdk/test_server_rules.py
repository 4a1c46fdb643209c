"""Rules the real server enforces beyond the spec are checked before sending (each would be a
server error, or a half-applied update). Every case runs with Omi and AsyncOmi, and
validate_request refuses the same request."""

from __future__ import annotations

from typing import Any

import omi_client as oc
import pytest
from sdk_helpers import MEMORY, Clients, Script, ok

SEG = {"text": "hi", "start": 0.0, "end": 1.0}

# (call, field named, words in the message) - the server rule each follows is in _server_rules
CASES = [
    (lambda o: o.memories.create("   "), "content", "blank"),
    (lambda o: o.memories.create_many(["ok", " \t "]), "memories[1].content", "blank"),
    (lambda o: o.memories.create_batch(["ok", {"content": "\n"}]), "memories[1].content", "blank"),
    (lambda o: o.action_items.create(" "), "description", "blank"),
    (lambda o: o.action_items.create_many(["a", "b", " "]), "action_items[2].description", "blank"),
    (lambda o: o.conversations.create("  "), "text", "blank"),
    (lambda o: o.conversations.ask("   "), "question", "blank"),
    (lambda o: o.goals.create(" "), "title", "blank"),
    (lambda o: o.keys.create("  "), "name", "blank"),
    (lambda o: o.conversations.create_from_segments([SEG, {**SEG, "text": " "}]),
     "transcript_segments[1].text", "blank"),
    (lambda o: o.conversations.create_from_segments([{**SEG, "end": 0.0}]),
     "transcript_segments[0].end", "after start"),
    (lambda o: o.conversations.create_from_segments([{**SEG, "start": -2.0, "end": -1.0}]),
     "transcript_segments[0].start", "negative"),
    (lambda o: o.conversations.create_from_segments(
        [SEG], started_at="2026-01-01T10:00:00Z", finished_at="2026-01-01T10:00:00+00:00"),
     "finished_at", "after started_at"),
    (lambda o: o.conversations.create_from_segments([{**SEG, "start": 0.0, "end": 1e-7}]),
     "transcript_segments[0].end", "at least a microsecond"),
    (lambda o: o.conversations.create(
        "text", started_at="2026-01-01T10:00:00Z", finished_at="2026-01-01T09:59:00Z"),
     "finished_at", "after started_at"),
    (lambda o: o.memories.update("m1", content="new", visibility="friends"),
     "visibility", "'public', 'private'"),
    (lambda o: o.memories.update("m1", category=None), "category", "null does not clear"),
    (lambda o: o.action_items.update("a1", due_at=None), "due_at", "null does not clear"),
    (lambda o: o.conversations.update("c1", title=None), "title", "null does not clear"),
    (lambda o: o.goals.update("g1", title=None), "title", "must not be null"),
    (lambda o: o.goals.update("g1", success_criteria=None), "success_criteria", "not be null"),
    (lambda o: o.memories.list(categories=["work", "vibes"]), "categories", "'vibes'"),
    (lambda o: o.memories.list(categories="work, nope"), "categories", "'nope'"),
    (lambda o: o.conversations.list(categories=["travel", "work", "cooking"]), "categories",
     "'cooking'"),
]  # fmt: skip


@pytest.mark.parametrize(("call", "field", "words"), CASES)
def test_a_request_the_server_would_refuse_is_refused_before_sending(
    clients: Clients, call: Any, field: str, words: str
) -> None:
    script = Script(ok(MEMORY))
    omi = clients.scripted(script, firebase_token="firebase-token")
    with pytest.raises(oc.ValidationError) as info:
        call(omi)
    assert info.value.field == field and words in str(info.value)
    assert script.requests == []


def test_what_the_server_accepts_still_goes_out(clients: Clients, omi_fake: Any) -> None:
    omi = clients.fake(omi_fake)
    omi.conversations.create(
        "hello there", started_at="2026-01-01T10:00:00Z", finished_at="2026-01-01T10:00:00Z"
    )  # fmt: skip  (equal is fine)
    omi.memories.list(categories="work, system,")  # spaces and empty parts are skipped
    goal = omi.goals.create("Run", goal_type="numeric", target_value=5, current_value=0)
    omi.goals.update(goal.id, title="Run more", unit=None)  # unit: null clears it
    assert [r.method for r in clients.requests] == ["POST", "GET", "POST", "PATCH"]


def test_validate_request_applies_the_same_rules() -> None:
    with pytest.raises(oc.ValidationError) as info:
        oc.validate_request(
            "createMemoriesBatch", body={"memories": [{"content": "a"}, {"content": "  "}]}
        )
    assert info.value.field == "memories[1].content"
    with pytest.raises(oc.ValidationError):
        oc.validate_request("updateMemory", path=["m1"], body={"visibility": "friends"})
    oc.validate_request("updateGoal", path=["g1"], body={"why_it_matters": None})
