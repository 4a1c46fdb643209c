"""What `import` does with each resource: which request a line becomes, what identifies a record,
and what an exported record carries that cannot be re-created (reported, never dropped silently).

A line is either a create request body or a record as `export` wrote it; fields the create
request does not take (ids, timestamps, server-computed fields) are left out.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .sources import LOCKED_MARK
from .validation import check_request, request_fields

Notes = list[str]


@dataclass(frozen=True)
class Kind:
    name: str  # journal and file name: memories, action_items, goals, conversations
    label: str  # for people: "action items"
    schema: str  # the create request's schema in the spec (see _OPERATION for its checks)
    key_field: str  # what reconciliation matches on
    policy: str  # omi_client.limits.RATE_POLICIES name of the create
    convert: Callable[[Any, Notes], dict[str, Any] | str]

    def key(self, body: dict[str, Any]) -> str:
        return str(body.get(self.key_field, ""))


def _object(value: Any, key_field: str) -> dict[str, Any]:
    if isinstance(value, str):
        return {key_field: value}
    if not isinstance(value, dict):
        raise ValueError(f"expected a JSON object or string, got {value!r:.40}")
    return value


_OPERATION = {
    "CreateMemoryRequest": "createMemory",  # one item of createMemoriesBatch
    "CreateActionItemRequest": "createActionItem",  # one item of createActionItemsBatch
    "CreateGoalRequest": "createGoal",
    "CreateConversationFromTranscriptRequest": "createConversationFromSegments",
}


def _request(schema: str, value: dict[str, Any]) -> dict[str, Any]:
    """Keep what the create request takes; null means "server default" and is left out."""
    allowed = request_fields(schema)
    body = {k: v for k, v in value.items() if k in allowed and v is not None}
    check_request(_OPERATION[schema], body)
    return body


def _note(notes: Notes, text: str) -> None:
    notes.append(text)


def memory(value: Any, notes: Notes) -> dict[str, Any] | str:
    record = _object(value, "content")
    if record.get(LOCKED_MARK) is True:
        return (
            "a locked memory's 70-character preview (the API does not return the full text); "
            f'delete "{LOCKED_MARK}" from the line to import the preview as it is'
        )
    return _request("CreateMemoryRequest", record)


def action_item(value: Any, notes: Notes) -> dict[str, Any] | str:
    record = _object(value, "description")
    if record.get("conversation_id"):
        _note(notes, "conversation_id: the link to a conversation cannot be set by the API")
    if record.get("completed_at"):
        _note(notes, "completed_at: set by the server to the time of import")
    return _request("CreateActionItemRequest", record)


_GOAL_FIELDS = ("goal_type", "target_value", "current_value", "min_value", "max_value", "unit")


def goal(value: Any, notes: Notes) -> dict[str, Any] | str:
    record = _object(value, "title")
    if record.get("status") == "abandoned" or record.get("is_active") is False:
        return "an abandoned (deleted) goal: the API can only create active goals"
    record = dict(record)
    metric = record.get("metric")
    if "metric" in record and not metric:
        # No metric: the exported goal_type/target/... are the server's placeholders, and
        # sending them would give the new goal a metric the old one did not have.
        for name in _GOAL_FIELDS:
            record.pop(name, None)
    elif isinstance(metric, dict):
        record.update(
            goal_type=metric.get("type"),
            target_value=metric.get("target"),
            current_value=metric.get("current"),
            min_value=metric.get("min"),
            max_value=metric.get("max"),
            unit=metric.get("unit"),
        )
    if record.get("status") not in (None, "background", "active"):
        _note(notes, f"status {record['status']!r}: new goals start as the server decides")
    if record.get("focus_rank") is not None:
        _note(notes, "focus_rank: cannot be set by the API")
    if "id" in record:
        _note(notes, "progress history: the API has no way to write past entries")
    return _request("CreateGoalRequest", record)


SESSION_PREFIX = "omi-export-"  # client_session_id = prefix + the exported conversation id
_SEGMENT_FIELDS = ("text", "start", "end", "speaker_id", "is_user", "person_id", "speaker")


def conversation(value: Any, notes: Notes) -> dict[str, Any] | str:
    record = _object(value, "text")
    segments = record.get("transcript_segments")
    if not segments:
        return (
            "no transcript segments (exported with --no-transcripts, or none stored): a "
            "conversation can only be re-created from its segments"
        )
    body: dict[str, Any] = {
        k: record[k]
        for k in ("started_at", "finished_at", "language", "geolocation")
        if record.get(k) is not None
    }
    if record.get("client_session_id"):
        body["client_session_id"] = record["client_session_id"]
    elif record.get("id"):
        # The same exported conversation always gets the same session id, so the server
        # answers a repeated create with the conversation it already made.
        body["client_session_id"] = f"{SESSION_PREFIX}{record['id']}"
    else:  # a hand-written line: the same transcript is the same conversation
        digest = hashlib.sha256(json.dumps(segments, sort_keys=True).encode()).hexdigest()
        body["client_session_id"] = f"omi-import-{digest[:40]}"
    source = record.get("source")
    if source is not None:
        body["source"] = source
    converted = []
    for segment in segments:
        if not isinstance(segment, dict):
            raise ValueError("transcript_segments: expected objects")
        item = {k: segment[k] for k in _SEGMENT_FIELDS if segment.get(k) is not None}
        if "speaker" not in item and isinstance(segment.get("speaker_id"), int):
            item["speaker"] = f"SPEAKER_{segment['speaker_id']:02d}"
        converted.append(item)
    body["transcript_segments"] = converted
    if any(isinstance(s, dict) and s.get("speaker_name") for s in segments):
        _note(notes, "speaker names: the server assigns them again")
    if record.get("structured"):
        _note(notes, "title, overview and category: the server generates them again")
    if record.get("folder_id"):
        _note(notes, "folder: the server files the conversation again")
    try:
        return _request("CreateConversationFromTranscriptRequest", body)
    except ValueError as exc:
        if source is not None and "source" in str(exc):
            _note(notes, f"source {source!r}: not accepted on create, left to the server")
            body.pop("source")
            return _request("CreateConversationFromTranscriptRequest", body)
        raise


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind(
            "memories", "memories", "CreateMemoryRequest", "content", "dev:memories_batch", memory
        ),
        Kind(
            "action_items",
            "action items",
            "CreateActionItemRequest",
            "description",
            "dev:action_items_write",
            action_item,
        ),
        Kind("goals", "goals", "CreateGoalRequest", "title", "dev:goals_write", goal),
        Kind(
            "conversations",
            "conversations",
            "CreateConversationFromTranscriptRequest",
            "client_session_id",
            "dev:conversations",
            conversation,
        ),
    )
}
