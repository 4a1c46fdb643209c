"""Rules the real server enforces beyond what the spec says, checked before sending.

A request that breaks one would be refused by the server anyway (or, worse, half applied), so
``_prepare`` refuses it first with a :class:`~omi_client.ValidationError` naming the field. Each
rule cites the server code it follows (``backend/routers/developer.py@01c6c33`` unless noted; ids
refer to notes/fidelity/resources.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from ._errors import ValidationError
from ._spec import load_spec

__all__ = ["check"]

Rule = Callable[[dict[str, Any], dict[str, Any] | None], None]

# Strings the handler strips and then refuses when empty, with a string-detail 422 (400 for ask).
# "[]" marks every item of a list. MEM-6, MEM-11 (a blank item fails the whole batch), AI-6, AI-7,
# CONV-9, CONV-10, CONV-15, GOAL-1; key names: api_key_management.py@2667c332 (KEY-4).
NOT_BLANK: dict[str, tuple[str, ...]] = {
    "createMemory": ("content",),
    "createMemoriesBatch": ("memories[].content",),
    "createActionItem": ("description",),
    "createActionItemsBatch": ("action_items[].description",),
    "createConversation": ("text",),
    "createConversationFromSegments": ("transcript_segments[].text",),
    "ask": ("question",),
    "createGoal": ("title",),
    "createApiKey": ("name",),
}

# Fields where an explicit null does not do what it seems. Memory, action-item and conversation
# updates ignore a null ("None counts as not provided": MEM-12, AI-9 (so a due date cannot be
# cleared), CONV-7); a goal update answers 422 to a null title, desired_outcome,
# success_criteria, target_value or current_value (GOAL-6).
NOT_NULL: dict[str, tuple[str, ...]] = {
    "updateMemory": ("content", "visibility", "tags", "category"),
    "updateActionItem": ("description", "completed", "due_at"),
    "updateConversation": ("title", "discarded"),
    "updateGoal": ("title", "desired_outcome", "success_criteria", "target_value", "current_value"),
}

# A memory update with another visibility writes the content, then answers 422 (MEM-13).
VISIBILITIES = ("public", "private")

# Category filters are comma-separated enum values; an unknown one is a 400 (MEM-2, CONV-3).
CATEGORY_FILTERS = {"listMemories": "MemoryCategory", "listConversations": "CategoryEnum"}


def check(operation_id: str, query: dict[str, Any], body: dict[str, Any] | None) -> None:
    """Raise ValidationError when the request breaks a server rule the spec does not state."""
    for path in NOT_BLANK.get(operation_id, ()):
        for where, value in _values(body, path):
            if isinstance(value, str) and not value.strip():
                raise ValidationError(where, "must not be blank (the server strips it)")
    for name in NOT_NULL.get(operation_id, ()):
        if body is not None and name in body and body[name] is None:
            raise ValidationError(name, _NULL_WHY[operation_id])
    if operation_id == "updateMemory" and body is not None:
        visibility = body.get("visibility")
        if visibility is not None and visibility not in VISIBILITIES:
            raise ValidationError("visibility", f"{visibility!r} is not one of 'public', 'private'")
    schema = CATEGORY_FILTERS.get(operation_id)
    if schema is not None and isinstance(query.get("categories"), str):
        allowed = _enum(schema)
        for part in query["categories"].split(","):
            if part.strip() and part.strip() not in allowed:
                raise ValidationError("categories", f"{part.strip()!r} is not a {schema} value")
    if operation_id == "createConversationFromSegments" and body is not None:
        _check_segments(body.get("transcript_segments"))
        _check_derived_finish(body)
    if operation_id in ("createConversation", "createConversationFromSegments") and body:
        _check_times(body, strictly_after=operation_id == "createConversationFromSegments")


_NULL_WHY = {
    "updateMemory": "null does not clear it (the server ignores null): leave it out",
    "updateActionItem": "null does not clear it (the server ignores null): leave it out",
    "updateConversation": "null does not clear it (the server ignores null): leave it out",
    "updateGoal": "must not be null (the server refuses it)",
}


def _values(body: Any, path: str) -> Iterator[tuple[str, Any]]:
    """(where, value) for a field path like ``memories[].content`` in the body."""
    head, _, rest = path.partition(".")
    if not isinstance(body, dict):
        return
    if head.endswith("[]"):
        items = body.get(head[:-2])
        if isinstance(items, list):
            for i, item in enumerate(items):
                for where, value in _values(item, rest):
                    yield f"{head[:-2]}[{i}].{where}", value
    elif rest:
        for where, value in _values(body.get(head), rest):
            yield f"{head}.{where}", value
    elif head in body:
        yield head, body[head]


def _check_segments(segments: Any) -> None:
    # Per segment, in order: end after start, then start not negative (CONV-10).
    for i, seg in enumerate(segments if isinstance(segments, list) else ()):
        start, end = seg.get("start"), seg.get("end")
        if _is_number(start) and _is_number(end) and end <= start:
            raise ValidationError(f"transcript_segments[{i}].end", "must be after start")
        if _is_number(start) and start < 0:
            raise ValidationError(f"transcript_segments[{i}].start", "must not be negative")


def _check_derived_finish(body: dict[str, Any]) -> None:
    # Without finished_at the server ends the conversation at started_at + the last segment's
    # end, in whole microseconds; an end under half a microsecond ends it when it starts (SEG-3).
    segments = body.get("transcript_segments")
    if body.get("finished_at") is not None or not isinstance(segments, list) or not segments:
        return
    end: Any = segments[-1].get("end") if isinstance(segments[-1], dict) else None
    if _is_number(end) and dt.timedelta(seconds=min(float(end), 365 * 86400)) <= dt.timedelta(0):
        where = f"transcript_segments[{len(segments) - 1}].end"
        raise ValidationError(where, "must be at least a microsecond (it sets finished_at)")


def _check_times(body: dict[str, Any], *, strictly_after: bool) -> None:
    # finished_at before started_at is a 422; equal passes for text, not for segments (CONV-9/10).
    started, finished = _instant(body.get("started_at")), _instant(body.get("finished_at"))
    if started is None or finished is None:
        return
    if finished < started or (strictly_after and finished == started):
        raise ValidationError("finished_at", "must be after started_at")


def _instant(value: Any) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        when = dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


@cache
def _enum(schema: str) -> frozenset[str]:
    return frozenset(load_spec()["components"]["schemas"][schema]["enum"])
