"""Memories: list, iterate, create, create_many, update, delete, search."""

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

__all__ = ["AsyncMemories", "AsyncMemoriesWithRawResponse"]

_OPERATIONS = {
    "list": "listMemories",
    "iterate": "listMemories",
    "create": "createMemory",
    "create_many": "createMemoriesBatch",
    "create_batch": "createMemoriesBatch",
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


def _create(content: str, **fields: Any) -> Call:
    return call("createMemory", body={"content": content, **given(**fields)})


def _update(memory_id: str, **fields: Any) -> Call:
    return call("updateMemory", memory_id, body=given(**fields))


class AsyncMemories(AsyncResource):
    operations = _OPERATIONS

    @cached_property
    def with_raw_response(self) -> AsyncMemoriesWithRawResponse:
        """The same methods, each returning a RawResponse with the status and headers."""
        return AsyncMemoriesWithRawResponse(self)

    async def list(
        self, *, limit: int = 25, offset: int = 0, categories: str | Sequence[str] | None = None
    ) -> builtins.list[DeveloperMemory]:
        """One page. A short page is not the end of the data: use ``iterate`` to read it all."""
        c = _list(limit, offset, categories)
        return cast("builtins.list[DeveloperMemory]", await self._run(c))

    def iterate(
        self,
        *,
        categories: str | Sequence[str] | None = None,
        page_size: int | None = None,
        start_offset: int = 0,
        stop_after_empty_pages: int = 1,
        max_items: int | None = None,
    ) -> AsyncIterator[DeveloperMemory]:
        """Every memory, page by page.

        The offset always advances by ``page_size`` (capped at the server's maximum), never by
        the number of items returned: the server drops locked items after paging, so a short
        page is not the end. Iteration stops after ``stop_after_empty_pages`` consecutive empty
        pages (default 1) or after ``max_items`` items.
        """
        cur = cursor("listMemories", page_size, start_offset, stop_after_empty_pages, max_items)
        return self._iterate(lambda limit, offset: _list(limit, offset, categories), cur)

    async def create(
        self,
        content: str,
        *,
        category: str | NotGiven | None = NOT_GIVEN,
        visibility: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> DeveloperMemory:
        c = _create(content, category=category, visibility=visibility, tags=tags)
        return cast("DeveloperMemory", await self._run(c))

    async def create_batch(
        self, memories: Iterable[Mapping[str, Any] | str]
    ) -> BatchMemoriesResponse:
        """Create a batch of memories in exactly one request.

        At most ``omi_client.limits.batch_size("createMemoriesBatch")`` items (the spec's
        maxItems), each a dict or a content string, all validated before sending. Not retried
        once it may have reached the server (a batch create is not idempotent): on failure, the
        error's ``may_have_been_processed`` says whether any of them may have been created.
        """
        return cast("BatchMemoriesResponse", await self._create_batch(_batch.MEMORIES, memories))

    async def create_many(
        self, memories: Iterable[Mapping[str, Any] | str]
    ) -> _batch.BatchResult[DeveloperMemory]:
        """Create any number of memories, 25 per request; items are dicts or content strings."""
        return await self._create_many(_batch.MEMORIES, memories)

    async def update(
        self,
        memory_id: str,
        *,
        content: str | NotGiven | None = NOT_GIVEN,
        category: str | NotGiven | None = NOT_GIVEN,
        visibility: str | NotGiven | None = NOT_GIVEN,
        tags: Sequence[str] | NotGiven | None = NOT_GIVEN,
    ) -> DeveloperMemory:
        c = _update(memory_id, content=content, category=category, visibility=visibility, tags=tags)
        return cast("DeveloperMemory", await self._run(c))

    async def delete(self, memory_id: str) -> None:
        return cast("None", await self._run(call("deleteMemory", memory_id, returns_nothing=True)))

    async def search(self, query: str, *, limit: int = 10) -> DeveloperMemoryVectorSearchResponse:
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
