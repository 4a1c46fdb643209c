"""Every public SDK resource method, called with valid inputs: the contract suite's workload.

Where a method takes optional inputs, one call passes all of them, since that is where a
request builder goes wrong (date and boolean query encoding, nullable fields, nested bodies).
A method missing here fails test_every_wrapper_method_has_a_contract_call.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

WHEN = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
SEGMENTS = [
    {"text": "hello there", "start": 0.0, "end": 1.5, "is_user": True, "speaker": "SPEAKER_00"},
    {"text": "general kenobi", "start": 1.5, "end": 3.0, "speaker_id": 1, "person_id": None},
]
PLACE = {"latitude": 52.52, "longitude": 13.405, "address": "Berlin", "location_type": "city"}


@dataclass(frozen=True)
class SdkCall:
    resource: str
    method: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    label: str = ""

    @property
    def id(self) -> str:
        return f"{self.resource}.{self.method}" + (f"[{self.label}]" if self.label else "")


def _c(resource: str, method: str, *args: Any, label: str = "", **kwargs: Any) -> SdkCall:
    return SdkCall(resource, method, args, kwargs, label)


CALLS: tuple[SdkCall, ...] = (
    # memories
    _c("memories", "list"),
    _c("memories", "list", label="filters", limit=5, offset=10, categories=["work", "skills"]),
    _c("memories", "iterate", max_items=3, page_size=2, categories="work"),
    _c("memories", "create", "Likes green tea"),
    _c("memories", "create", "Runs on Sundays", label="all", category="hobbies",
       visibility="public", tags=["sport", "weekend"]),
    _c("memories", "create_many", ["plain string memory", {"content": "dict memory",
       "category": "work", "tags": ["a"]}]),
    _c("memories", "create_batch", ["plain string memory", {"content": "dict memory",
       "category": "work", "tags": ["a"]}]),
    _c("memories", "update", "mem-1", content="New text", category="work", tags=["x"],
       visibility="private"),
    _c("memories", "delete", "mem-1"),
    _c("memories", "search", "tea", limit=5),
    # conversations
    _c("conversations", "list"),
    _c("conversations", "list", label="filters", limit=10, offset=5, start_date=WHEN,
       end_date="2026-02-01T00:00:00Z", categories=["work", "health"], include_transcript=True,
       folder_id="folder-1", starred=True),
    _c("conversations", "iterate", max_items=3, page_size=2, starred=False),
    _c("conversations", "get", "conv-1"),
    _c("conversations", "get", "conv-1", label="transcript", include_transcript=True),
    _c("conversations", "create", "A long chat about tea."),
    _c("conversations", "create", "A chat in Berlin.", label="all", text_source="message",
       text_source_spec="email", started_at=WHEN, finished_at=WHEN + dt.timedelta(minutes=5),
       language="en", geolocation=PLACE),
    _c("conversations", "create_from_segments", SEGMENTS),
    _c("conversations", "create_from_segments", SEGMENTS, label="all",
       client_session_id="session-123", source="phone", language="en", started_at=WHEN,
       finished_at=WHEN + dt.timedelta(seconds=3), geolocation=PLACE,
       client_device_id="device-1", client_platform="ios"),
    _c("conversations", "update", "conv-1", title="Renamed", discarded=False),
    _c("conversations", "discard", "conv-1"),
    _c("conversations", "restore", "conv-1"),
    _c("conversations", "delete", "conv-1"),
    _c("conversations", "ask", "What do I like to drink?"),
    _c("conversations", "ask", "What did I do?", label="all", limit=3, timezone="Europe/Berlin"),
    # action items
    _c("action_items", "list"),
    _c("action_items", "list", label="filters", limit=20, offset=3, conversation_id="conv-1",
       completed=False, start_date=WHEN, end_date=WHEN + dt.timedelta(days=7)),
    _c("action_items", "iterate", max_items=3, page_size=2, completed=True),
    _c("action_items", "create", "Buy tea"),
    _c("action_items", "create", "Call mum", label="all", completed=False, due_at=WHEN),
    _c("action_items", "create_many", ["Water plants", {"description": "Pay rent",
       "due_at": "2026-03-01T09:00:00Z"}]),
    _c("action_items", "create_batch", ["Water plants", {"description": "Pay rent",
       "due_at": "2026-03-01T09:00:00Z"}]),
    _c("action_items", "update", "item-1", description="Buy green tea", completed=True,
       due_at=WHEN),
    _c("action_items", "complete", "item-1"),
    _c("action_items", "delete", "item-1"),
    # goals
    _c("goals", "list"),
    _c("goals", "list", label="inactive", limit=5, include_inactive=True),
    _c("goals", "get", "goal-1"),
    _c("goals", "create", "Read more"),
    _c("goals", "create", "Run 100 km", label="all", goal_type="numeric", target_value=100,
       current_value=12.5, min_value=0, max_value=200, unit="km", desired_outcome="fitter",
       why_it_matters="health", success_criteria=["run weekly"], horizon_at=WHEN),
    _c("goals", "update", "goal-1", title="Run 120 km", target_value=120),
    _c("goals", "set_progress", "goal-1", 42.5),
    _c("goals", "history", "goal-1", days=7),
    _c("goals", "delete", "goal-1"),
    # folders and keys
    _c("folders", "list"),
    _c("keys", "list"),
    _c("keys", "create", "ci"),
    _c("keys", "create", "ci", label="scopes", scopes=["memories:read", "goals:write"]),
    _c("keys", "revoke", "key-1"),
)  # fmt: skip
