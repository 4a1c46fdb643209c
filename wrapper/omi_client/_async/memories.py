"""Memories: list, iterate, create, create_batch, create_many, update, delete, search."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from .. import _batch
from .._pagination import cursor
from .._prepare import Call, call
from .._raw import async_to_raw
from .._types import NOT_GIVEN, NotGiven, given
from ._base import AsyncResource

if TYPE_CHECKING:
    from .._generated.models import (
        BatchMemoriesResponse,
        DeveloperMemory,
        DeveloperMemoryVectorSearchResponse,
    )
    from ..literals import MemoryCategoryValue, MemoryVisibility

__all__ = ["AsyncMemories", "AsyncMemoriesWithRawResponse"]

_OPERATIONS = {
    "list": "listMemories",
    "iterate": "listMemories",
    "create": "createMemory",
    "create_batch": "createMemoriesBatch",
    "create_many": "createMemoriesBatch",
    "update": "updateMemory",
    "delete": "deleteMemory",
    "search": "searchMemoriesVector",
}


def _categories(categories: str | Sequence[str] | None) -> str | None:
    if categories is None or isinstance(categories, str):
        return categories
    return ",".join(str(c) for c in categories)


def _list(limit: int, offset: int, categories: str | Sequence[str] | None) -> Call:
    query = {"limit": limit, "offset": offset, "categories": _categories(categories)}
    return call("listMemories", query=query)


class AsyncMemories(AsyncResource):
    """The user's memories (``/v1/dev/user/memories``): facts the user or an app recorded.

    Memory reads and writes have separate hourly budgets per key (120 each), batch creates
    their own (15). There is no get-by-id: find a memory with ``list``, ``iterate`` or ``search``.
    """

    operations = _OPERATIONS

    @cached_property
    def with_raw_response(self) -> AsyncMemoriesWithRawResponse:
        """The same methods, each returning a RawResponse with the status and headers."""
        return AsyncMemoriesWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int = 25,
        offset: int = 0,
        categories: str | Sequence[MemoryCategoryValue] | None = None,
    ) -> builtins.list[DeveloperMemory]:
        """One page of memories (spec: "Get Memories", ``GET /v1/dev/user/memories``).

        The server orders them by its own score (category and origin), newest first within
        one. A locked memory is listed with its content cut to 70 characters plus "...".
        ``iterate`` reads every page.

        Args:
            limit: page size; the server clamps it to 1..1000 (0 or less gives 1 item).
            offset: items to skip (a negative offset counts as 0).
            categories: only these categories: a list, or one comma-separated string.

        Retried after any transient failure (it is a read).

        Raises:
            ValidationError: a bad argument, e.g. an unknown category (nothing was sent).
            AuthenticationError: the key is missing, malformed or unknown.
            PermissionDeniedError: the key lacks ``memories:read``.
            RateLimitError: the hourly read budget is spent (``retry_after`` says when).
            APIError: anything else (connection, server error, unreadable response).
        """
        c = _list(limit, offset, categories)
        return cast("builtins.list[DeveloperMemory]", await self._run(c))

    def iterate(
        self,
        *,
        categories: str | Sequence[MemoryCategoryValue] | None = None,
        page_size: int | None = None,
        start_offset: int = 0,
        max_items: int | None = None,
    ) -> AsyncIterator[DeveloperMemory]:
        """Every memory, page by page (``list`` until the data ends).

        A short page is the last one: the server keeps locked memories in their place (with a
        70-character preview) and fills every page, so nothing hides behind it.

        Args:
            categories: only these categories (as for ``list``).
            page_size: items per request (default and maximum 1000, the server's cap).
            start_offset: where to start.
            max_items: stop after this many items.

        Each page is retried like ``list``; an error ends the iteration (items already
        yielded stay yielded; resume with ``start_offset``).

        Raises:
            ValidationError: a bad argument (raised before the first request).
            APIError: as for ``list``, when a page fails.
        """
        cur = cursor("listMemories", page_size, start_offset, 1, max_items)
        return self._iterate(lambda limit, offset: _list(limit, offset, categories), cur)

    async def create(
        self,
        content: str,
        *,
        category: MemoryCategoryValue | NotGiven | None = NOT_GIVEN,
        visibility: MemoryVisibility | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> DeveloperMemory:
        """Create a memory (spec: "Create Memory", ``POST /v1/dev/user/memories``).

        The server derives the id from the content, so creating the same content again
        replaces the earlier memory rather than adding a second one.

        Args:
            content: 1-500 characters, not blank (the server strips it).
            category: left out or None, the server picks one (``system`` or ``interesting``).
            visibility: ``private`` (the server's default) or ``public``.
            tags: labels to attach.

        Not replayed once it may have reached the server (a create is not idempotent): only
        a connect error, 429 or the API's own 503 is retried.

        Raises:
            ValidationError: a bad argument (nothing was sent).
            AuthenticationError, PermissionDeniedError: unknown key, or no ``memories:write``.
            RateLimitError: the hourly write budget is spent.
            APIError: anything else; ``may_have_been_processed`` says whether it may exist.
        """
        body = {"content": content, **given(category=category, visibility=visibility, tags=tags)}
        return cast("DeveloperMemory", await self._run(call("createMemory", body=body)))

    async def create_batch(
        self, memories: Iterable[Mapping[str, Any] | str]
    ) -> BatchMemoriesResponse:
        """Create a batch of memories in exactly one request (spec: "Create Memories Batch",
        ``POST /v1/dev/user/memories/batch``).

        Args:
            memories: at most ``omi_client.limits.batch_size("createMemoriesBatch")`` (25, the
                spec's maxItems) items, each a dict of ``create``'s fields or a content string.
                All are validated before sending; the server refuses the whole batch if one
                content is blank, so the SDK does too.

        Retried only when the attempt certainly did not reach the server (see ``create``).

        Raises:
            ValidationError: a bad item, naming it (``memories[3].content``); nothing was sent.
            AuthenticationError, PermissionDeniedError: unknown key, or no ``memories:write``.
            RateLimitError: the batch budget (15 per hour per key) is spent.
            APIError: anything else; ``may_have_been_processed`` says whether any may exist.
        """
        response = await self._create_batch(_batch.MEMORIES, memories)
        return cast("BatchMemoriesResponse", response)

    async def create_many(
        self, memories: Iterable[Mapping[str, Any] | str]
    ) -> _batch.BatchResult[DeveloperMemory]:
        """Create any number of memories, ``create_batch`` by ``create_batch`` (25 each).

        Every item is validated before the first request. Each ends in exactly one bucket of
        the result: ``created``, ``failed`` (certainly not created) or ``uncertain`` (its batch
        may have been processed: check with ``list`` before resending). A 422 naming items fails
        just those and resends the rest; a 401, 403 or 429 stops the run (the rest are failed,
        ``attempted=False``). Nothing raised mid-run is lost: it is reported per item.

        Args:
            memories: dicts of ``create``'s fields or content strings.

        Raises:
            ValidationError: a bad item, naming it; nothing was sent.
        """
        return await self._create_many(_batch.MEMORIES, memories)

    async def update(
        self,
        memory_id: str,
        *,
        content: str | NotGiven = NOT_GIVEN,
        category: MemoryCategoryValue | NotGiven = NOT_GIVEN,
        visibility: MemoryVisibility | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> DeveloperMemory:
        """Change a memory (spec: "Update Memory", ``PATCH /v1/dev/user/memories/{id}``).

        Give at least one field. None is refused: the server ignores a null (it clears
        nothing). Visibility must be ``public`` or ``private``: the server would write the
        content and then refuse another value.

        Args:
            memory_id: the memory's id.
            content: new content (1-500 characters).
            category: new category.
            visibility: ``public`` or ``private``.
            tags: the new tags (replacing the old ones).

        Retried after any transient failure (setting the same fields twice is harmless).

        Raises:
            ValidationError: a bad argument or no field given (nothing was sent).
            NotFoundError: no memory has this id.
            LockedError: the memory is locked (the user's plan does not cover it).
            AuthenticationError, PermissionDeniedError, RateLimitError, APIError: as for create.
        """
        fields = given(content=content, category=category, visibility=visibility, tags=tags)
        c = call("updateMemory", memory_id, body=fields)
        return cast("DeveloperMemory", await self._run(c))

    async def delete(self, memory_id: str) -> None:
        """Delete a memory for good (spec: "Delete Memory", ``DELETE /v1/dev/user/memories/{id}``).

        Args:
            memory_id: the memory's id.

        Retried after any transient failure; a 404 after an attempt that may have deleted it
        counts as done.

        Raises:
            NotFoundError: no memory has this id (e.g. already deleted).
            LockedError: the memory is locked.
            ValidationError, AuthenticationError, PermissionDeniedError, RateLimitError,
            APIError: as for ``update``.
        """
        c = call("deleteMemory", memory_id, returns_nothing=True)
        return cast("None", await self._run(c))

    async def search(self, query: str, *, limit: int = 10) -> DeveloperMemoryVectorSearchResponse:
        """Memories nearest in meaning to ``query`` (spec: "Search Memories Vector",
        ``GET /v1/dev/user/memories/vector/search``).

        The server returns up to ``limit`` nearest memories, even for an unrelated query;
        locked ones come with a 70-character preview.

        Args:
            query: the text to search for (at least 1 character).
            limit: 1-100 results.

        Retried after any transient failure (it is a read).

        Raises:
            ValidationError: a bad argument (nothing was sent).
            PermissionDeniedError: no ``memories:read``, or the account's memory access for
                developers is not enabled.
            AuthenticationError, RateLimitError, APIError: as for ``list``.
        """
        c = call("searchMemoriesVector", query={"query": query, "limit": limit})
        return cast("DeveloperMemoryVectorSearchResponse", await self._run(c))


class AsyncMemoriesWithRawResponse:
    """``memories.with_raw_response``: each method makes the same call and returns a
    :class:`~omi_client.RawResponse` (status, headers, ``parse()``)."""

    def __init__(self, memories: AsyncMemories) -> None:
        raw = memories._raw_twin()
        self.list = async_to_raw(raw.list)
        self.create = async_to_raw(raw.create)
        self.create_batch = async_to_raw(raw.create_batch)
        self.update = async_to_raw(raw.update)
        self.delete = async_to_raw(raw.delete)
        self.search = async_to_raw(raw.search)
