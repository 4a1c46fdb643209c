"""Every resource method, sync and async, against the fake Omi server over HTTP."""

from __future__ import annotations

from typing import Any

import omi_client as oc
import pytest
from omi_client import Omi
from sdk_helpers import SEGMENT, Clients


@pytest.fixture
def omi(clients: Clients, omi_fake: Any) -> Any:
    """An Omi, or an AsyncOmi driven through Syncify, talking to a fresh fake."""
    return clients.fake(omi_fake)


def test_memories(omi: Any, omi_fake: Any) -> None:
    m = omi.memories.create("Likes green tea", category="interesting", tags=["drinks"])
    assert m.id and m.content == "Likes green tea" and m.category == "interesting"
    assert [x.id for x in omi.memories.list()] == [m.id]
    updated = omi.memories.update(m.id, content="Likes oolong", tags=["tea"])
    assert updated.content == "Likes oolong" and updated.tags == ["tea"]
    batch = omi.memories.create_batch(["fact a", {"content": "fact b", "tags": ["t"]}])
    assert batch.created_count == 2 and [m.tags for m in batch.memories] == [[], ["t"]]
    for made in batch.memories:
        omi.memories.delete(made.id)
    result = omi.memories.create_many([f"fact {i}" for i in range(60)])
    assert result.ok and len(result.created) == 60 and omi_fake.count("memories") == 61
    assert [c.content for c in result.created] == [f"fact {i}" for i in range(60)]
    assert len(list(omi.memories.iterate(page_size=7))) == 61
    assert len(omi.memories.list(limit=10, offset=55)) == 6
    found = omi.memories.search("oolong")
    assert found.returned_count == len(found.items)
    omi.memories.delete(m.id)
    assert omi_fake.count("memories") == 60
    with pytest.raises(oc.NotFoundError):
        omi.memories.delete(m.id)


def test_conversations(omi: Any, omi_fake: Any) -> None:
    text = "We planned the Q3 budget with Alice. Alice will send the deck on Friday."
    created = omi.conversations.create(text, text_source="message", language="en")
    conv = omi.conversations.get(created.id, include_transcript=True)
    assert conv.id == created.id and conv.structured.title
    assert [c.id for c in omi.conversations.list()] == [created.id]
    assert omi.conversations.update(created.id, title="Budget").structured.title == "Budget"
    omi.conversations.discard(created.id)
    assert omi.conversations.list() == []
    omi.conversations.restore(created.id)
    assert [c.id for c in omi.conversations.iterate(page_size=500)] == [created.id]
    segments = [SEGMENT, {"text": "and a second line", "start": 1.5, "end": 4.0, "is_user": True}]
    seg = omi.conversations.create_from_segments(segments, source="phone", client_session_id="s1")
    again = omi.conversations.create_from_segments(segments, client_session_id="s1")
    assert again.id == seg.id  # same session id: the server deduplicates
    answer = omi.conversations.ask("What about the budget?", limit=3, timezone="UTC")
    assert isinstance(answer.answer, str)
    omi.conversations.delete(created.id)
    with pytest.raises(oc.NotFoundError):
        omi.conversations.get(created.id)


def test_action_items(omi: Any, omi_fake: Any) -> None:
    item = omi.action_items.create("Call mom", due_at="2026-12-01T10:00:00+00:00")
    assert item.description == "Call mom" and not item.completed
    assert omi.action_items.complete(item.id).completed is True
    assert omi.action_items.update(item.id, description="Call dad").description == "Call dad"
    batch = omi.action_items.create_batch(["once", {"description": "twice", "completed": True}])
    assert [(i.description, i.completed) for i in batch.action_items] == [
        ("once", False),
        ("twice", True),
    ]
    for made in batch.action_items:
        omi.action_items.delete(made.id)
    result = omi.action_items.create_many([{"description": f"task {i}"} for i in range(120)])
    assert result.ok and len(result.created) == 120 and omi_fake.count("action_items") == 121
    assert len(list(omi.action_items.iterate(page_size=50))) == 121
    assert [i.id for i in omi.action_items.list(completed=True)] == [item.id]
    omi.action_items.delete(item.id)
    assert omi_fake.count("action_items") == 120


def test_a_null_that_the_server_would_ignore_is_refused(
    omi: Any, omi_fake: Any, clients: Clients
) -> None:
    # The real server ignores a null due_at (it cannot be cleared, whatever the spec says);
    # sending it would look like success and change nothing.
    item = omi.action_items.create("Call mom", due_at="2026-12-01T10:00:00+00:00")
    sent = len(clients.requests)
    with pytest.raises(oc.ValidationError, match="null does not clear"):
        omi.action_items.update(item.id, due_at=None)
    assert len(clients.requests) == sent


def test_goals(omi: Any, omi_fake: Any) -> None:
    goal = omi.goals.create("Run 100 km", goal_type="numeric", target_value=100, current_value=0)
    assert omi.goals.get(goal.id).title == "Run 100 km"
    assert [g.id for g in omi.goals.list()] == [goal.id]
    assert omi.goals.update(goal.id, title="Run 120 km", target_value=120).title == "Run 120 km"
    assert omi.goals.set_progress(goal.id, 12.5).current_value == 12.5
    history = omi.goals.history(goal.id, days=7)
    assert history and history[0].value == 12.5  # newest first
    omi.goals.delete(goal.id)  # the server abandons the goal (docs/fidelity.md GOAL-9)
    assert omi.goals.get(goal.id).status == "abandoned"
    assert omi.goals.list() == []


def test_folders(omi: Any) -> None:
    folders = omi.folders.list()
    assert all(f.id and f.name for f in folders)


def test_keys(omi: Any) -> None:
    before = len(omi.keys.list())
    key = omi.keys.create("ci", scopes=["memories:read"])
    assert key.key.startswith("omi_dev_") and len(omi.keys.list()) == before + 1
    omi.keys.revoke(key.id)
    assert len(omi.keys.list()) == before
    # Revoking is idempotent on the real server (204 whatever the id, shared-layers KEY-7).
    assert omi.keys.revoke(key.id) is None and omi.keys.revoke("no-such-key") is None


def test_wrong_key_and_missing_scope_over_http(clients: Clients, omi_fake: Any) -> None:
    bad = clients.client("omi_dev_" + "f" * 32, base_url=omi_fake.base_url)
    with pytest.raises(oc.AuthenticationError) as info:
        bad.memories.list()
    assert info.value.detail == "Invalid API Key"
    read_scopes = ["conversations:read", "memories:read", "action_items:read", "goals:read"]
    read_only = clients.client(omi_fake.issue_key(scopes=read_scopes), base_url=omi_fake.base_url)
    assert read_only.memories.list() == []
    with pytest.raises(oc.PermissionDeniedError) as denied:
        read_only.memories.create("nope")
    assert "memories:write" in str(denied.value.detail)
    assert omi_fake.count("memories") == 0


def test_one_connection_is_reused_across_calls(omi_fake: Any) -> None:
    with Omi(omi_fake.api_key, base_url=omi_fake.base_url) as omi:
        for i in range(5):
            omi.memories.create(f"m{i}")
            omi.memories.list()
        pool = omi._http._transport._pool  # type: ignore[attr-defined]
        assert len(pool.connections) == 1
        fast = omi.with_options(timeout=3)
        fast.memories.list()
        assert len(pool.connections) == 1  # copies share the pool
