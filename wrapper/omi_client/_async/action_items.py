"""Action items: list, iterate, create, create_many, update, complete, delete."""

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
    "create_many": "createActionItemsBatch",
    "create_batch": "createActionItemsBatch",
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
        """One page. A short page is not the end of the data: use ``iterate`` to read it all."""
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
        stop_after_empty_pages: int = 1,
        max_items: int | None = None,
    ) -> AsyncIterator[DeveloperActionItem]:
        """Every matching action item, page by page.

        The offset always advances by ``page_size`` (capped at the server's maximum), never by
        the number of items returned: the server drops locked items after paging, so a short
        page is not the end. Iteration stops after ``stop_after_empty_pages`` consecutive empty
        pages (default 1) or after ``max_items`` items.
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
        body = {"description": description, **given(completed=completed, due_at=due_at)}
        return cast("DeveloperActionItem", await self._run(call("createActionItem", body=body)))

    async def create_batch(
        self, action_items: Iterable[Mapping[str, Any] | str]
    ) -> BatchActionItemsResponse:
        """Create a batch of action items in exactly one request.

        At most ``omi_client.limits.batch_size("createActionItemsBatch")`` items (the spec's
        maxItems), each a dict or a description string, all validated before sending. Not retried
        once it may have reached the server (a batch create is not idempotent): on failure, the
        error's ``may_have_been_processed`` says whether any of them may have been created.
        """
        return cast(
            "BatchActionItemsResponse", await self._create_batch(_batch.ACTION_ITEMS, action_items)
        )

    async def create_many(
        self, action_items: Iterable[Mapping[str, Any] | str]
    ) -> _batch.BatchResult[DeveloperActionItem]:
        """Create any number of action items, 50 per request; items are dicts or descriptions."""
        return await self._create_many(_batch.ACTION_ITEMS, action_items)

    async def update(
        self,
        action_item_id: str,
        *,
        description: str | NotGiven | None = NOT_GIVEN,
        completed: bool | NotGiven | None = NOT_GIVEN,
        due_at: DateTimeLike | NotGiven | None = NOT_GIVEN,
    ) -> DeveloperActionItem:
        """Change fields; ``due_at=None`` removes the due date."""
        body = given(description=description, completed=completed, due_at=due_at)
        c = call("updateActionItem", action_item_id, body=body)
        return cast("DeveloperActionItem", await self._run(c))

    async def complete(self, action_item_id: str, completed: bool = True) -> DeveloperActionItem:
        return await self.update(action_item_id, completed=completed)

    async def delete(self, action_item_id: str) -> None:
        return cast(
            "None", await self._run(call("deleteActionItem", action_item_id, returns_nothing=True))
        )


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
