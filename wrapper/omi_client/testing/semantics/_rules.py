"""Rules the real server's routes each apply the same way: limit/offset clamps, category filters,
the paid-plan 402 and blank-string checks. Each resource module calls them where (and in the
order) its real route does; docs/fidelity.md cites the route for each use."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .._errors import HTTPError
from .._store import Doc


def window(items: Sequence[Doc], limit: int, offset: int, cap: int) -> list[Doc]:
    """``offset = max(0, offset)``, ``limit = max(1, min(limit, cap))``: a limit of 0 or less
    still returns one item (backend/routers/developer.py@01c6c33c, every list route)."""
    offset = max(0, offset)
    return list(items[offset : offset + max(1, min(limit, cap))])


def unlocked(items: list[Doc]) -> list[Doc]:
    """Locked items dropped after paging, so a page can be short while more follow."""
    return [doc for doc in items if not doc.get("locked")]


def categories(raw: str | None, valid: list[str], enum_name: str) -> set[str] | None:
    """The categories a comma-separated filter names (None: no filter). Parts are stripped and
    empty ones skipped; the first unknown one is a 400 worded as Python's enum error:
    ``Invalid category 'foo' is not a valid MemoryCategory``."""
    if not raw:
        return None
    wanted = [part.strip() for part in raw.split(",") if part.strip()]
    for name in wanted:
        if name not in valid:
            raise HTTPError(400, f"Invalid category '{name}' is not a valid {enum_name}")
    return set(wanted) or None


def paid_plan(label: str) -> HTTPError:
    """The 402 of a locked item: ``A paid plan is required to access this memory.``"""
    return HTTPError(402, f"A paid plan is required to access this {label}.")


def blank(value: Any) -> bool:
    """True for a string that is empty after ``strip()`` (the routes' own blank checks)."""
    return isinstance(value, str) and not value.strip()


def refuse(detail: str) -> HTTPError:
    """A handler-raised 422: a string detail, unlike the framework's list."""
    return HTTPError(422, detail)
