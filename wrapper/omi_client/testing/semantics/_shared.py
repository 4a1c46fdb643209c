"""Helpers several resources use: paging, date handling, views."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from .._store import Doc
from .._validation import parse_datetime


def pick(doc: Doc, fields: Iterable[str]) -> Doc:
    """A view of a stored document: exactly ``fields``, None for the ones it lacks."""
    return {k: doc.get(k) for k in fields}


def iso(dt: datetime) -> str:
    return dt.isoformat()


def shift(dt: datetime, delta: timedelta) -> datetime:
    """dt + delta, pinned to the calendar's ends instead of overflowing."""
    try:
        return dt + delta
    except OverflowError:
        return (datetime.max if delta > timedelta(0) else datetime.min).replace(
            tzinfo=dt.tzinfo or UTC
        )


def utc_key(value: datetime) -> str:
    """A datetime as the lexicographically comparable string created_at values are stored as."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    except OverflowError:
        return "0000" if value.year < 2 else "9999-12-31T23:59:59.999999+00:00"


def normalize(value: str | None) -> str | None:
    """A date-time input as the server stores it (None stays None)."""
    parsed = parse_datetime(value) if value else None
    return parsed.isoformat() if parsed else None


_Docs = TypeVar("_Docs", bound=Sequence[Doc])


def in_range(docs: _Docs, start: str | None, end: str | None) -> _Docs | list[Doc]:
    """The documents created within [start, end] (either bound optional; none: ``docs``)."""
    if not start and not end:
        return docs
    low = utc_key(parsed) if start and (parsed := parse_datetime(start)) else ""
    high = utc_key(parsed) if end and (parsed := parse_datetime(end)) else "9999"
    return [d for d in docs if low <= utc_key(datetime.fromisoformat(d["created_at"])) <= high]


def api_datetime(stored: str | None) -> str | None:
    """A stored timestamp as the real API writes it (pydantic v2): UTC with a `Z`, microseconds
    only when there are any (`2025-01-06T09:00:00Z`, `2025-01-06T09:00:00.400000Z`)."""
    if stored is None:
        return None
    value = datetime.fromisoformat(stored)
    if value.utcoffset() != timedelta(0):
        return value.isoformat()
    return value.replace(tzinfo=None).isoformat() + "Z"
