"""Conversations: list, iterate, get, create, create_from_segments, update, discard/restore,
delete, ask."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import AsyncIterator, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from .._pagination import cursor
from .._prepare import Call, call
from .._raw import async_to_raw
from .._types import NOT_GIVEN, DateTimeLike, JSONDict, NotGiven, given
from ._base import AsyncResource

if TYPE_CHECKING:
    from .._generated.models import (
        ConversationCreateResponse,
        DeveloperAskResponse,
        DeveloperConversation,
    )

__all__ = ["AsyncConversations", "AsyncConversationsWithRawResponse"]

_OPERATIONS = {
    "list": "listConversations",
    "iterate": "listConversations",
    "get": "getConversation",
    "create": "createConversation",
    "create_from_segments": "createConversationFromSegments",
    "update": "updateConversation",
    "discard": "updateConversation",
    "restore": "updateConversation",
    "delete": "deleteConversation",
    "ask": "ask",
}

# The server clamps conversation pages to 100, or 25 when transcripts are included.
_MAX_PAGE = 100
_MAX_PAGE_WITH_TRANSCRIPT = 25


def _list_query(limit: int, offset: int, filters: Mapping[str, Any]) -> Call:
    query = {"limit": limit, "offset": offset, **filters}
    cats = query.get("categories")
    if cats is not None and not isinstance(cats, str):
        query["categories"] = ",".join(str(c) for c in cats)
    return call("listConversations", query=query)


def _filters(
    start_date: DateTimeLike | None,
    end_date: DateTimeLike | None,
    categories: str | Sequence[str] | None,
    include_transcript: bool,
    folder_id: str | None,
    starred: bool | None,
) -> dict[str, Any]:
    return {
        "start_date": start_date,
        "end_date": end_date,
        "categories": categories,
        "include_transcript": include_transcript,
        "folder_id": folder_id,
        "starred": starred,
    }


def _segments_call(
    transcript_segments: Sequence[JSONDict], client_session_id: str | None, fields: dict[str, Any]
) -> Call:
    # One session id per logical call: retries after a timeout or 5xx are deduplicated server-side.
    session = client_session_id or f"omi-client-{uuid.uuid4().hex}"
    body = {
        "transcript_segments": list(transcript_segments),
        "client_session_id": session,
        **given(**fields),
    }
    return call("createConversationFromSegments", body=body)


class AsyncConversations(AsyncResource):
    operations = _OPERATIONS

    @cached_property
    def with_raw_response(self) -> AsyncConversationsWithRawResponse:
        """The same methods, each returning a RawResponse with the status and headers."""
        return AsyncConversationsWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int = 25,
        offset: int = 0,
        start_date: DateTimeLike | None = None,
        end_date: DateTimeLike | None = None,
        categories: str | Sequence[str] | None = None,
        include_transcript: bool = False,
        folder_id: str | None = None,
        starred: bool | None = None,
    ) -> builtins.list[DeveloperConversation]:
        """One page. A short page is not the end of the data: use ``iterate`` to read it all."""
        f = _filters(start_date, end_date, categories, include_transcript, folder_id, starred)
        c = _list_query(limit, offset, f)
        return cast("builtins.list[DeveloperConversation]", await self._run(c))

    def iterate(
        self,
        *,
        start_date: DateTimeLike | None = None,
        end_date: DateTimeLike | None = None,
        categories: str | Sequence[str] | None = None,
        include_transcript: bool = False,
        folder_id: str | None = None,
        starred: bool | None = None,
        page_size: int | None = None,
        start_offset: int = 0,
        stop_after_empty_pages: int = 1,
        max_items: int | None = None,
    ) -> AsyncIterator[DeveloperConversation]:
        """Every matching conversation, page by page.

        The offset always advances by ``page_size`` (capped at the server's maximum), never by
        the number of items returned: the server drops locked items after paging, so a short
        page is not the end. Iteration stops after ``stop_after_empty_pages`` consecutive empty
        pages (default 1) or after ``max_items`` items.
        """
        f = _filters(start_date, end_date, categories, include_transcript, folder_id, starred)
        cap = _MAX_PAGE_WITH_TRANSCRIPT if include_transcript else _MAX_PAGE
        cur = cursor("listConversations", page_size, start_offset, stop_after_empty_pages,
                     max_items, cap)  # fmt: skip
        return self._iterate(lambda limit, offset: _list_query(limit, offset, f), cur)

    async def get(
        self, conversation_id: str, *, include_transcript: bool = False
    ) -> DeveloperConversation:
        c = call(
            "getConversation", conversation_id, query={"include_transcript": include_transcript}
        )
        return cast("DeveloperConversation", await self._run(c))

    async def create(
        self,
        text: str,
        *,
        text_source: str | NotGiven = NOT_GIVEN,
        text_source_spec: str | NotGiven | None = NOT_GIVEN,
        started_at: DateTimeLike | NotGiven | None = NOT_GIVEN,
        finished_at: DateTimeLike | NotGiven | None = NOT_GIVEN,
        language: str | NotGiven | None = NOT_GIVEN,
        geolocation: JSONDict | NotGiven | None = NOT_GIVEN,
    ) -> ConversationCreateResponse:
        """Create from text. Not retried after a timeout or 5xx (it could create a duplicate)."""
        body = {"text": text, **given(text_source=text_source, text_source_spec=text_source_spec,
                started_at=started_at, finished_at=finished_at, language=language,
                geolocation=geolocation)}  # fmt: skip
        c = call("createConversation", body=body)
        return cast("ConversationCreateResponse", await self._run(c))

    async def create_from_segments(
        self,
        transcript_segments: Sequence[JSONDict],
        *,
        client_session_id: str | None = None,
        source: str | NotGiven | None = NOT_GIVEN,
        language: str | NotGiven | None = NOT_GIVEN,
        started_at: DateTimeLike | NotGiven | None = NOT_GIVEN,
        finished_at: DateTimeLike | NotGiven | None = NOT_GIVEN,
        geolocation: JSONDict | NotGiven | None = NOT_GIVEN,
        client_device_id: str | NotGiven | None = NOT_GIVEN,
        client_platform: str | NotGiven | None = NOT_GIVEN,
    ) -> ConversationCreateResponse:
        """Create from diarized segments; retry-safe (see the sync ``create_from_segments``)."""
        fields = dict(
            source=source,
            language=language,
            started_at=started_at,
            finished_at=finished_at,
            geolocation=geolocation,
            client_device_id=client_device_id,
            client_platform=client_platform,
        )
        c = _segments_call(transcript_segments, client_session_id, fields)
        return cast("ConversationCreateResponse", await self._run(c))

    async def update(
        self,
        conversation_id: str,
        *,
        title: str | NotGiven | None = NOT_GIVEN,
        discarded: bool | NotGiven | None = NOT_GIVEN,
    ) -> DeveloperConversation:
        body = given(title=title, discarded=discarded)
        c = call("updateConversation", conversation_id, body=body)
        return cast("DeveloperConversation", await self._run(c))

    async def discard(self, conversation_id: str) -> DeveloperConversation:
        return await self.update(conversation_id, discarded=True)

    async def restore(self, conversation_id: str) -> DeveloperConversation:
        return await self.update(conversation_id, discarded=False)

    async def delete(self, conversation_id: str) -> None:
        return cast(
            "None",
            await self._run(call("deleteConversation", conversation_id, returns_nothing=True)),
        )

    async def ask(
        self,
        question: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        timezone: str | NotGiven = NOT_GIVEN,
    ) -> DeveloperAskResponse:
        """Answer a question grounded in the user's conversations (with cited sources)."""
        body = {"question": question, **given(limit=limit, timezone=timezone)}
        return cast("DeveloperAskResponse", await self._run(call("ask", body=body)))


class AsyncConversationsWithRawResponse:
    """``conversations.with_raw_response``: each method makes the same call and returns a
    :class:`~omi_client.RawResponse` (status, headers, ``parse()``)."""

    def __init__(self, conversations: AsyncConversations) -> None:
        raw = conversations._raw_twin()
        self.list = async_to_raw(raw.list)
        self.get = async_to_raw(raw.get)
        self.create = async_to_raw(raw.create)
        self.create_from_segments = async_to_raw(raw.create_from_segments)
        self.update = async_to_raw(raw.update)
        self.discard = async_to_raw(raw.discard)
        self.restore = async_to_raw(raw.restore)
        self.delete = async_to_raw(raw.delete)
        self.ask = async_to_raw(raw.ask)
