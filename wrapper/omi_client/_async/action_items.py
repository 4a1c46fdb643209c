"""Action items: list, iterate, create, create_batch, create_many, update, complete, delete."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from .. import _batch
from .._pagination import cursor
from .._prepare import Call, call
from .._raw import async_to_raw
from .._types import NOT_GIVEN, DateTimeLike, NotGiven, given
from ._base import AsyncResource

if TYPE_CHECKING:
    from .._generated.models import BatchActionItemsResponse, DeveloperActionItem

__all__ = ["AsyncActionItems", "AsyncActionItemsWithRawResponse"]

_OPERATIONS = {
    "list": "listActionItems",
    "iterate": "listActionItems",
    "create": "createActionItem",
    "create_batch": "createActionItemsBatch",
    "create_many": "createActionItemsBatch",
    "update": "updateActionItem",
    "complete": "updateActionItem",
    "delete": "deleteActionItem",
}


def _list(limit: int, offset: int, filters: Mapping[str, Any]) -> Call:
    return call("listActionItems", query={"limit": limit, "offset": offset, **filters})


def _filters(
    conversation_id: str | None,
    completed: bool | None,
    start_date: DateTimeLike | None,
    end_date: DateTimeLike | None,
) -> dict[str, Any]:
    return {"conversation_id": conversation_id, "completed": completed,
            "start_date": start_date, "end_date": end_date}  # fmt: skip


class AsyncActionItems(AsyncResource):
    """The user's action items (``/v1/dev/user/action-items``): to-dos, with a due date or not.

    Reads and writes have separate hourly budgets per key (120 each); batch creates count as
    writes.
    """

    operations = _OPERATIONS

    @cached_property
    def with_raw_response(self) -> AsyncActionItemsWithRawResponse:
        """The same methods, each returning a RawResponse with the status and headers."""
        return AsyncActionItemsWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int = 100,
        offset: int = 0,
        conversation_id: str | None = None,
        completed: bool | None = None,
        start_date: DateTimeLike | None = None,
        end_date: DateTimeLike | None = None,
    ) -> builtins.list[DeveloperActionItem]:
        """One page of action items (spec: "Get Action Items", ``GET /v1/dev/user/action-items``).

        Open items come first (due date ascending, then undated ones newest first), completed
        ones after. Locked items are dropped *after* the page is taken, so a page can be short
        while more follow: ``iterate`` handles that. The server lists at most the first 2000
        items of a filter (``omi_client.limits.ACTION_ITEMS_LIST_CEILING``).

        Args:
            limit: page size; the server clamps it to 1..1000 (0 or less gives 1 item).
            offset: items to skip (a negative offset counts as 0).
            conversation_id: only items from this conversation.
            completed: only completed (True) or open (False) items.
            start_date: only items created at or after this time (a datetime or ISO string).
            end_date: only items created at or before this time.

        Retried after any transient failure (it is a read).

        Raises:
            ValidationError: a bad argument (nothing was sent).
            AuthenticationError: the key is missing, malformed or unknown.
            PermissionDeniedError: the key lacks ``action_items:read``.
            RateLimitError: the hourly read budget is spent (``retry_after`` says when).
            APIError: anything else (connection, server error, unreadable response).
        """
        f = _filters(conversation_id, completed, start_date, end_date)
        return cast("builtins.list[DeveloperActionItem]", await self._run(_list(limit, offset, f)))

    def iterate(
        self,
        *,
        conversation_id: str | None = None,
        completed: bool | None = None,
        start_date: DateTimeLike | None = None,
        end_date: DateTimeLike | None = None,
        page_size: int | None = None,
        start_offset: int = 0,
        stop_after_empty_pages: int = 2,
        max_items: int | None = None,
    ) -> AsyncIterator[DeveloperActionItem]:
        """Every matching action item, page by page.

        The offset advances by the page size asked for, never by the items that came back:
        locked items are dropped after paging, so a short or even empty page is not the end.
        Iteration ends after ``stop_after_empty_pages`` empty pages in a row (default 2, one
        extra request at the end; a longer run of wholly locked pages would end it early).

        Args:
            conversation_id, completed, start_date, end_date: filters, as for ``list``.
            page_size: items per request (default and maximum 1000, the server's cap).
            start_offset: where to start.
            stop_after_empty_pages: consecutive empty pages that end the iteration.
            max_items: stop after this many items.

        Each page is retried like ``list``; an error ends the iteration.

        Raises:
            ValidationError: a bad argument (raised before the first request).
            APIError: as for ``list``, when a page fails.
        """
        f = _filters(conversation_id, completed, start_date, end_date)
        cur = cursor("listActionItems", page_size, start_offset, stop_after_empty_pages, max_items)
        return self._iterate(lambda limit, offset: _list(limit, offset, f), cur)

    async def create(
        self,
        description: str,
        *,
        completed: bool | NotGiven = NOT_GIVEN,
        due_at: DateTimeLike | NotGiven | None = NOT_GIVEN,
    ) -> DeveloperActionItem:
        """Create an action item (spec: "Create Action Item", ``POST /v1/dev/user/action-items``).

        Args:
            description: 1-500 characters, not blank (the server strips it).
            completed: create it already completed (default False).
            due_at: when it is due (a datetime, naive ones read as local time, or ISO string);
                the server stores it in UTC.

        Not replayed once it may have reached the server (a create is not idempotent): only
        a connect error, 429 or the API's own 503 is retried.

        Raises:
            ValidationError: a bad argument (nothing was sent).
            AuthenticationError, PermissionDeniedError: unknown key, or no ``action_items:write``.
            RateLimitError: the hourly write budget is spent.
            APIError: anything else; ``may_have_been_processed`` says whether it may exist.
        """
        body = {"description": description, **given(completed=completed, due_at=due_at)}
        return cast("DeveloperActionItem", await self._run(call("createActionItem", body=body)))

    async def create_batch(
        self, action_items: Iterable[Mapping[str, Any] | str]
    ) -> BatchActionItemsResponse:
        """Create a batch of action items in exactly one request (spec: "Create Action Items
        Batch", ``POST /v1/dev/user/action-items/batch``).

        Args:
            action_items: at most ``omi_client.limits.batch_size("createActionItemsBatch")``
                (50, the spec's maxItems) items, each a dict of ``create``'s fields or a
                description string. All are validated before sending; the server refuses the
                whole batch if one description is blank, so the SDK does too.

        Retried only when the attempt certainly did not reach the server (see ``create``).

        Raises:
            ValidationError: a bad item, naming it (``action_items[3].description``).
            AuthenticationError, PermissionDeniedError: unknown key, or no ``action_items:write``.
            RateLimitError: the hourly write budget is spent.
            APIError: anything else; ``may_have_been_processed`` says whether any may exist.
        """
        response = await self._create_batch(_batch.ACTION_ITEMS, action_items)
        return cast("BatchActionItemsResponse", response)

    async def create_many(
        self, action_items: Iterable[Mapping[str, Any] | str]
    ) -> _batch.BatchResult[DeveloperActionItem]:
        """Create any number of action items, ``create_batch`` by ``create_batch`` (50 each).

        Every item is validated before the first request. Each ends in exactly one bucket of
        the result: ``created``, ``failed`` (certainly not created) or ``uncertain`` (its batch
        may have been processed: check with ``list`` before resending). A 422 naming items fails
        just those and resends the rest; a 401, 403 or 429 stops the run (the rest are failed,
        ``attempted=False``). Nothing raised mid-run is lost: it is reported per item.

        Args:
            action_items: dicts of ``create``'s fields or description strings.

        Raises:
            ValidationError: a bad item, naming it; nothing was sent.
        """
        return await self._create_many(_batch.ACTION_ITEMS, action_items)

    async def update(
        self,
        action_item_id: str,
        *,
        description: str | NotGiven = NOT_GIVEN,
        completed: bool | NotGiven = NOT_GIVEN,
        due_at: DateTimeLike | NotGiven = NOT_GIVEN,
    ) -> DeveloperActionItem:
        """Change an action item (spec: "Update Action Item",
        ``PATCH /v1/dev/user/action-items/{id}``).

        Give at least one field. None is refused: the server ignores a null, so (whatever the
        spec says) a due date cannot be removed, only moved.

        Args:
            action_item_id: the item's id.
            description: new description (1-500 characters).
            completed: True completes it (the server sets ``completed_at`` to now, again if
                it already was), False reopens it.
            due_at: the new due date.

        Retried after any transient failure (setting the same fields twice is harmless).

        Raises:
            ValidationError: a bad argument or no field given (nothing was sent).
            NotFoundError: no action item has this id.
            LockedError: the item is locked (the user's plan does not cover it).
            AuthenticationError, PermissionDeniedError, RateLimitError, APIError: as for create.
        """
        body = given(description=description, completed=completed, due_at=due_at)
        c = call("updateActionItem", action_item_id, body=body)
        return cast("DeveloperActionItem", await self._run(c))

    async def complete(self, action_item_id: str, completed: bool = True) -> DeveloperActionItem:
        """Mark an action item completed (or open again with ``completed=False``): ``update``
        with ``completed`` only (spec: "Update Action Item").

        Args:
            action_item_id: the item's id.
            completed: True to complete, False to reopen.

        Retried and raising as ``update``.

        Raises:
            NotFoundError: no action item has this id.
            LockedError: the item is locked.
            ValidationError, AuthenticationError, PermissionDeniedError, RateLimitError,
            APIError: as for ``update``.
        """
        return await self.update(action_item_id, completed=completed)

    async def delete(self, action_item_id: str) -> None:
        """Delete an action item for good (spec: "Delete Action Item",
        ``DELETE /v1/dev/user/action-items/{id}``).

        Args:
            action_item_id: the item's id.

        Retried after any transient failure; a 404 after an attempt that may have deleted it
        counts as done.

        Raises:
            NotFoundError: no action item has this id (e.g. already deleted).
            LockedError: the item is locked.
            ValidationError, AuthenticationError, PermissionDeniedError, RateLimitError,
            APIError: as for ``update``.
        """
        c = call("deleteActionItem", action_item_id, returns_nothing=True)
        return cast("None", await self._run(c))


class AsyncActionItemsWithRawResponse:
    """``action_items.with_raw_response``: each method makes the same call and returns a
    :class:`~omi_client.RawResponse` (status, headers, ``parse()``)."""

    def __init__(self, action_items: AsyncActionItems) -> None:
        raw = action_items._raw_twin()
        self.list = async_to_raw(raw.list)
        self.create = async_to_raw(raw.create)
        self.create_batch = async_to_raw(raw.create_batch)
        self.update = async_to_raw(raw.update)
        self.complete = async_to_raw(raw.complete)
        self.delete = async_to_raw(raw.delete)
