"""limit/offset iteration that stops where the data really ends, and nowhere earlier.

The page size is capped at what the server honours (it clamps a larger limit silently, which
would make the iterator skip items), and the offset always advances by the page size asked for,
never by the number of items that came back: for action items and conversations the server drops
locked items *after* taking the page, so a page can be short, or even empty, while more items
follow (``limits.SHORT_PAGES_MAY_CONTINUE``). Those lists end only after
``stop_after_empty_pages`` consecutive empty pages. Every other list (memories) ends at its first
short page, which saves the request for the empty one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from ._errors import ValidationError
from ._operations import OPERATIONS
from .limits import SHORT_PAGES_MAY_CONTINUE

__all__ = ["Cursor", "cursor"]

T = TypeVar("T")


class Cursor:
    """Which page to fetch next; shared by the sync and async iterators."""

    def __init__(
        self,
        *,
        page_size: int,
        start_offset: int = 0,
        stop_after_empty_pages: int = 1,
        max_items: int | None = None,
        max_page_size: int | None = None,
        short_page_is_last: bool = False,
    ) -> None:
        if page_size < 1:
            raise ValidationError("page_size", "must be >= 1")
        if stop_after_empty_pages < 1:
            raise ValidationError("stop_after_empty_pages", "must be >= 1")
        if start_offset < 0:
            raise ValidationError("start_offset", "must be >= 0")
        if max_items is not None and max_items < 0:
            raise ValidationError("max_items", "must be >= 0")
        if max_page_size is not None:
            page_size = min(page_size, max_page_size)
        self.page_size = page_size
        self.offset = start_offset
        self.stop_after_empty_pages = stop_after_empty_pages
        self.remaining = max_items
        self.short_page_is_last = short_page_is_last
        self.empty_run = 0
        self.ended = False

    def next_page(self) -> tuple[int, int] | None:
        """(limit, offset) of the next request, or None when iteration is over."""
        if self.ended or self.empty_run >= self.stop_after_empty_pages:
            return None
        if self.remaining is not None and self.remaining <= 0:
            return None
        return self.page_size, self.offset

    def took(self, page: Sequence[T]) -> Sequence[T]:
        """Record a fetched page; returns the items to yield (trimmed to ``max_items``)."""
        self.offset += self.page_size
        self.empty_run = 0 if page else self.empty_run + 1
        self.ended = self.short_page_is_last and len(page) < self.page_size
        if self.remaining is not None:
            page = page[: self.remaining]
            self.remaining -= len(page)
        return page


def cursor(
    operation_id: str,
    page_size: int | None,
    start_offset: int,
    stop_after_empty_pages: int,
    max_items: int | None,
    max_page_size: int | None = None,
) -> Cursor:
    """A Cursor for one list operation: page size capped at the server's (``limits``), and the
    stop rule that list needs."""
    cap = max_page_size or OPERATIONS[operation_id].max_page_size
    return Cursor(
        page_size=page_size if page_size is not None else (cap or 100),
        start_offset=start_offset,
        stop_after_empty_pages=stop_after_empty_pages,
        max_items=max_items,
        max_page_size=cap,
        short_page_is_last=operation_id not in SHORT_PAGES_MAY_CONTINUE,
    )
