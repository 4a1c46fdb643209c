"""Seeding: put records straight into a fake, as the API would have stored them.

For states a test cannot reach through the API (a locked memory, a conversation from last year,
a goal with a week of history) and for bulk data. Built on the same constructors the handlers
use, so a seeded record has exactly the shape of one created over HTTP:

    fake.seed.memory("Likes tea", locked=True, created_at=datetime(2024, 1, 1, tzinfo=UTC))
    fake.seed.conversation(transcript=[{"text": "Hi", "start": 0, "end": 1}])
    fake.seed.goal("Run 100 km", goal_type="numeric", history=[(date(2025, 1, 1), 12)])

Each method returns the record as the API shows it (for a locked record: as it would show it
unlocked). ``seed.user("someone-else")`` seeds another account.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from ._store import Doc
from ._validation import parse_datetime
from .semantics import Semantics
from .semantics.conversations import MAX_DURATION

Timestamp = datetime | str


def stored_time(value: Timestamp) -> str:
    """A timestamp as the fake stores it: UTC, microseconds (so stored values sort as strings)."""
    parsed = parse_datetime(value) if isinstance(value, str) else value
    if parsed is None or parsed.tzinfo is None:
        raise ValueError(f"a timestamp needs a time zone (e.g. tzinfo=UTC), not {value!r}")
    return parsed.astimezone(UTC).isoformat(timespec="microseconds")


def _times(created_at: Timestamp | None) -> dict[str, str]:
    if created_at is None:
        return {}
    stamp = stored_time(created_at)
    return {"created_at": stamp, "updated_at": stamp}


class Seed:
    """Seeding for one user of one fake (``FakeOmi.seed``, ``FakeOmiServer.seed``)."""

    def __init__(self, semantics: Semantics, uid: str) -> None:
        self._semantics = semantics
        self.uid = uid

    def user(self, uid: str) -> Seed:
        """The same seeding for another user."""
        return Seed(self._semantics, uid)

    def memory(
        self,
        content: str = "A memory",
        *,
        category: str | None = None,
        visibility: str = "private",
        tags: Sequence[str] = (),
        locked: bool = False,
        created_at: Timestamp | None = None,
    ) -> Doc:
        """A memory (category: derived from the content unless given)."""
        memories = self._semantics.memories
        body = {"content": content, "category": category, "visibility": visibility, "tags": tags}
        extra = {"locked": True} if locked else {}
        return memories.view(memories.new(self.uid, body, **extra, **_times(created_at)))

    def memories(self, contents: Iterable[str], **options: Any) -> list[Doc]:
        """One memory per content, each with ``options`` (see :meth:`memory`), oldest first;
        with a data file, written in one transaction."""
        with self._semantics.env.store.batch():
            return [self.memory(content, **options) for content in contents]

    def action_item(
        self,
        description: str = "An action item",
        *,
        completed: bool = False,
        due_at: Timestamp | None = None,
        conversation_id: str | None = None,
        locked: bool = False,
        created_at: Timestamp | None = None,
    ) -> Doc:
        items = self._semantics.action_items
        body = {
            "description": description,
            "completed": completed,
            "due_at": stored_time(due_at) if due_at is not None else None,
        }
        extra: dict[str, Any] = {"locked": True} if locked else {}
        extra.update(_times(created_at))
        if completed and created_at is not None:
            extra["completed_at"] = extra["created_at"]
        return items.view(items.new(self.uid, body, conversation_id, **extra))

    def conversation(
        self,
        text: str | None = None,
        *,
        transcript: Sequence[Mapping[str, Any]] | None = None,
        started_at: Timestamp | None = None,
        finished_at: Timestamp | None = None,
        language: str | None = "en",
        source: str = "omi",
        geolocation: Mapping[str, Any] | None = None,
        starred: bool = False,
        locked: bool = False,
        created_at: Timestamp | None = None,
    ) -> Doc:
        """A processed conversation, from text or from transcript segments (the from-segments
        request's shape: text, start, end and optionally speaker, speaker_id, is_user)."""
        conversations = self._semantics.conversations
        segments = [conversations.segment(dict(s)) for s in transcript or ()]
        if text is None:
            text = " ".join(s["text"] for s in segments if s["text"])
        span = max((s["end"] for s in segments), default=0) - min(
            (s["start"] for s in segments), default=0
        )
        duration = timedelta(seconds=min(max(span, 0.0), MAX_DURATION.total_seconds()))
        extra: dict[str, Any] = {"starred": starred, **_times(created_at)}
        extra.pop("updated_at", None)
        if locked:
            extra["locked"] = True
        doc = conversations.new(
            self.uid,
            text,
            segments,
            started_at=stored_time(started_at) if started_at is not None else None,
            finished_at=stored_time(finished_at) if finished_at is not None else None,
            default_duration=duration if segments else timedelta(minutes=5),
            language=language,
            source=source,
            geolocation=dict(geolocation) if geolocation else None,
            **extra,
        )
        return conversations.view(self.uid, doc, include_transcript=True)

    def goal(
        self,
        title: str = "A goal",
        *,
        goal_type: str = "scale",
        target_value: float | None = None,
        current_value: float | None = None,
        min_value: float | None = None,
        max_value: float | None = None,
        unit: str | None = None,
        desired_outcome: str | None = None,
        is_active: bool = True,
        history: Iterable[tuple[date | datetime | str, float]] = (),
        locked: bool = False,
        created_at: Timestamp | None = None,
    ) -> Doc:
        """A goal, with optional history entries ``(day, value)`` (one per day)."""
        goals = self._semantics.goals
        body = {
            "title": title,
            "goal_type": goal_type,
            "target_value": target_value,
            "current_value": current_value,
            "min_value": min_value,
            "max_value": max_value,
            "unit": unit,
            "desired_outcome": desired_outcome,
        }
        extra: dict[str, Any] = {"is_active": is_active, **_times(created_at)}
        if locked:
            extra["locked"] = True
        doc = goals.new(self.uid, body, **extra)
        for day, value in history:
            goals.add_history(self.uid, doc["id"], value, _instant(day))
        return goals.view(doc)


def _instant(day: date | datetime | str) -> datetime:
    if isinstance(day, str):
        parsed = parse_datetime(day)
        day = parsed if parsed is not None else date.fromisoformat(day)
    if isinstance(day, datetime):
        if day.tzinfo is None:
            raise ValueError(f"a timestamp needs a time zone (e.g. tzinfo=UTC), not {day!r}")
        return day.astimezone(UTC)
    return datetime.combine(day, time(12), tzinfo=UTC)
