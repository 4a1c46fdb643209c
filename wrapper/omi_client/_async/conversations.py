"""Conversations: list, iterate, get, create, create_from_segments, update, discard, restore,
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
from ..limits import PAGE_CAPS, TRANSCRIPT_PAGE_CAP
from ._base import AsyncResource

if TYPE_CHECKING:
    from .._generated.models import (
        ConversationCreateResponse,
        DeveloperAskResponse,
        DeveloperConversation,
    )
    from ..literals import ConversationCategoryValue, ConversationSourceValue, TextSourceValue

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


def _list_query(limit: int, offset: int, filters: Mapping[str, Any]) -> Call:
    query = {"limit": limit, "offset": offset, **filters}
    cats = query.get("categories")
    if cats is not None and not isinstance(cats, str):
        query["categories"] = ",".join(str(c) for c in cats)
    return call("listConversations", query=query)


def _filters(
    start_date: DateTimeLike | None,
    end_date: DateTimeLike | None,
    categories: str | Sequence[ConversationCategoryValue] | None,
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
    """The user's conversations (``/v1/dev/user/conversations``) and questions about them.

    Hourly budgets per key: 60 list reads (folders count too), 60 single reads, 25 more for
    reads with transcripts, 25 writes, 25 questions (``ask``).
    """

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
        categories: str | Sequence[ConversationCategoryValue] | None = None,
        include_transcript: bool = False,
        folder_id: str | None = None,
        starred: bool | None = None,
    ) -> builtins.list[DeveloperConversation]:
        """One page of conversations, newest first (spec: "Get Conversations",
        ``GET /v1/dev/user/conversations``).

        Newest means by ``created_at``, which the server sets to the ``started_at`` given at
        creation. Discarded and still-processing conversations are left out. Locked ones are
        dropped *after* the page is taken, so a page can be short while more follow:
        ``iterate`` handles that.

        Args:
            limit: page size; the server clamps it to 1..100, or 1..25 with transcripts.
            offset: items to skip (a negative offset counts as 0).
            start_date, end_date: only conversations created in this range (inclusive).
            categories: only these categories: a list, or one comma-separated string.
            include_transcript: include ``transcript_segments`` (costs from a smaller budget).
            folder_id: only this folder's conversations.
            starred: only starred (True) or unstarred (False) ones.

        Retried after any transient failure (it is a read).

        Raises:
            ValidationError: a bad argument, e.g. an unknown category (nothing was sent).
            AuthenticationError: the key is missing, malformed or unknown.
            PermissionDeniedError: the key lacks ``conversations:read``.
            RateLimitError: the hourly read budget is spent (``retry_after`` says when).
            APIError: anything else (connection, server error, unreadable response).
        """
        f = _filters(start_date, end_date, categories, include_transcript, folder_id, starred)
        c = _list_query(limit, offset, f)
        return cast("builtins.list[DeveloperConversation]", await self._run(c))

    def iterate(
        self,
        *,
        start_date: DateTimeLike | None = None,
        end_date: DateTimeLike | None = None,
        categories: str | Sequence[ConversationCategoryValue] | None = None,
        include_transcript: bool = False,
        folder_id: str | None = None,
        starred: bool | None = None,
        page_size: int | None = None,
        start_offset: int = 0,
        stop_after_empty_pages: int = 2,
        max_items: int | None = None,
    ) -> AsyncIterator[DeveloperConversation]:
        """Every matching conversation, page by page.

        The offset advances by the page size asked for, never by the items that came back:
        locked conversations are dropped after paging, so a short or even empty page is not
        the end. Iteration ends after ``stop_after_empty_pages`` empty pages in a row (default
        2, one extra request at the end; a longer run of wholly locked pages would end it early).

        Args:
            start_date, end_date, categories, include_transcript, folder_id, starred: filters,
                as for ``list``.
            page_size: items per request (default and maximum 100, or 25 with transcripts:
                the server's caps).
            start_offset: where to start.
            stop_after_empty_pages: consecutive empty pages that end the iteration.
            max_items: stop after this many items.

        Each page is retried like ``list``; an error ends the iteration.

        Raises:
            ValidationError: a bad argument (raised before the first request).
            APIError: as for ``list``, when a page fails.
        """
        f = _filters(start_date, end_date, categories, include_transcript, folder_id, starred)
        cap = TRANSCRIPT_PAGE_CAP if include_transcript else PAGE_CAPS["listConversations"]
        cur = cursor("listConversations", page_size, start_offset, stop_after_empty_pages,
                     max_items, cap)  # fmt: skip
        return self._iterate(lambda limit, offset: _list_query(limit, offset, f), cur)

    async def get(
        self, conversation_id: str, *, include_transcript: bool = False
    ) -> DeveloperConversation:
        """One conversation (spec: "Get Conversation Endpoint",
        ``GET /v1/dev/user/conversations/{id}``).

        A discarded conversation is still returned; a locked one answers 404, as if it did
        not exist.

        Args:
            conversation_id: the conversation's id.
            include_transcript: include ``transcript_segments`` (costs from a smaller budget).

        Retried after any transient failure (it is a read).

        Raises:
            NotFoundError: no conversation has this id, or it is locked.
            ValidationError, AuthenticationError, PermissionDeniedError, RateLimitError,
            APIError: as for ``list``.
        """
        c = call(
            "getConversation", conversation_id, query={"include_transcript": include_transcript}
        )
        return cast("DeveloperConversation", await self._run(c))

    async def create(
        self,
        text: str,
        *,
        text_source: TextSourceValue | NotGiven = NOT_GIVEN,
        text_source_spec: str | NotGiven | None = NOT_GIVEN,
        started_at: DateTimeLike | NotGiven | None = NOT_GIVEN,
        finished_at: DateTimeLike | NotGiven | None = NOT_GIVEN,
        language: str | NotGiven | None = NOT_GIVEN,
        geolocation: JSONDict | NotGiven | None = NOT_GIVEN,
    ) -> ConversationCreateResponse:
        """Create a conversation from text (spec: "Create Conversation",
        ``POST /v1/dev/user/conversations``).

        The server processes it before answering (title, overview, category; action items
        only for ``audio_transcript``) and dates it at ``started_at``.

        Args:
            text: 1-100000 characters, not blank (the server strips it).
            text_source: ``audio_transcript``, ``message`` or ``other_text`` (the default).
            text_source_spec: free-form detail about the source, e.g. "email".
            started_at: when it started (default now); ``created_at`` takes this value.
            finished_at: when it ended (default ``started_at`` + 5 min; not before it).
            language: a language code (default "en").
            geolocation: ``{"latitude": ..., "longitude": ...}`` and optional address fields.

        Not replayed once it may have reached the server (a create is not idempotent): only
        a connect error, 429 or the API's own 503 is retried. ``create_from_segments`` is
        replay-safe.

        Raises:
            ValidationError: a bad argument (nothing was sent).
            AuthenticationError, PermissionDeniedError: unknown key, or no
                ``conversations:write``.
            RateLimitError: the hourly write budget is spent.
            APIError: anything else; ``may_have_been_processed`` says whether it may exist.
        """
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
        source: ConversationSourceValue | NotGiven | None = NOT_GIVEN,
        language: str | NotGiven | None = NOT_GIVEN,
        started_at: DateTimeLike | NotGiven | None = NOT_GIVEN,
        finished_at: DateTimeLike | NotGiven | None = NOT_GIVEN,
        geolocation: JSONDict | NotGiven | None = NOT_GIVEN,
        client_device_id: str | NotGiven | None = NOT_GIVEN,
        client_platform: str | NotGiven | None = NOT_GIVEN,
    ) -> ConversationCreateResponse:
        """Create a conversation from diarized transcript segments (spec: "Create Conversation
        From Segments", ``POST /v1/dev/user/conversations/from-segments``).

        Safe to retry: the server keys the conversation on ``client_session_id``, and a replay
        returns the same conversation (``status`` "processing" while the first request still
        runs). The SDK makes one session id per call unless you give one; to retry yourself
        after an error, pass your own and reuse it.

        Args:
            transcript_segments: 1-500 dicts with ``text`` (not blank), ``start`` (seconds,
                not negative), ``end`` (after ``start``), and optionally ``speaker``,
                ``speaker_id``, ``is_user``, ``person_id``.
            client_session_id: your idempotency key (1-200 characters).
            source: where the transcript comes from (default ``phone``).
            language: a language code (default "en").
            started_at: when it started (default now); ``created_at`` takes this value.
            finished_at: when it ended (default ``started_at`` + the last segment's ``end``;
                it must be after ``started_at``).
            geolocation: as for ``create``.
            client_device_id, client_platform: free-form client details.

        Retried after any transient failure, and while the server answers 409 (the same
        session still being created).

        Raises:
            ValidationError: a bad argument (nothing was sent).
            ConflictError: the same session was still being created after every retry.
            AuthenticationError, PermissionDeniedError, RateLimitError, APIError: as for
                ``create``.
        """
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
        title: str | NotGiven = NOT_GIVEN,
        discarded: bool | NotGiven = NOT_GIVEN,
    ) -> DeveloperConversation:
        """Rename, discard or restore a conversation (spec: "Update Conversation Endpoint",
        ``PATCH /v1/dev/user/conversations/{id}``).

        Give at least one field. None is refused: the server ignores a null.

        Args:
            conversation_id: the conversation's id.
            title: the new title (1-500 characters); it overrides generated titles for good.
            discarded: True hides it from lists (it stays readable by id), False restores it.

        Retried after any transient failure (setting the same fields twice is harmless).

        Raises:
            ValidationError: a bad argument or no field given (nothing was sent).
            NotFoundError: no conversation has this id.
            LockedError: the conversation is locked (the user's plan does not cover it).
            AuthenticationError, PermissionDeniedError, RateLimitError, APIError: as for
                ``create``.
        """
        body = given(title=title, discarded=discarded)
        c = call("updateConversation", conversation_id, body=body)
        return cast("DeveloperConversation", await self._run(c))

    async def discard(self, conversation_id: str) -> DeveloperConversation:
        """Hide a conversation from lists (``update`` with ``discarded=True``; spec: "Update
        Conversation Endpoint"). It stays readable with ``get``; ``restore`` undoes it.

        Args:
            conversation_id: the conversation's id.

        Retried and raising as ``update``.

        Raises:
            NotFoundError, LockedError, ValidationError, AuthenticationError,
            PermissionDeniedError, RateLimitError, APIError: as for ``update``.
        """
        return await self.update(conversation_id, discarded=True)

    async def restore(self, conversation_id: str) -> DeveloperConversation:
        """Undo ``discard`` (``update`` with ``discarded=False``; spec: "Update Conversation
        Endpoint").

        Args:
            conversation_id: the conversation's id.

        Retried and raising as ``update``.

        Raises:
            NotFoundError, LockedError, ValidationError, AuthenticationError,
            PermissionDeniedError, RateLimitError, APIError: as for ``update``.
        """
        return await self.update(conversation_id, discarded=False)

    async def delete(self, conversation_id: str) -> None:
        """Delete a conversation for good (spec: "Delete Conversation Endpoint",
        ``DELETE /v1/dev/user/conversations/{id}``).

        The action items and memories made from it are kept.

        Args:
            conversation_id: the conversation's id.

        Retried after any transient failure; a 404 after an attempt that may have deleted it
        counts as done.

        Raises:
            NotFoundError: no conversation has this id (e.g. already deleted).
            LockedError: the conversation is locked.
            ValidationError, AuthenticationError, PermissionDeniedError, RateLimitError,
            APIError: as for ``update``.
        """
        c = call("deleteConversation", conversation_id, returns_nothing=True)
        return cast("None", await self._run(c))

    async def ask(
        self,
        question: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        timezone: str | NotGiven = NOT_GIVEN,
    ) -> DeveloperAskResponse:
        """Answer a question from the user's conversations, with sources (spec: "Ask
        Conversations", ``POST /v1/dev/user/ask``).

        The server searches conversation titles and overviews (not transcripts), then writes
        an answer citing them; ``sources`` are newest first and can be fewer than ``limit``.
        With nothing relevant, the answer says so and ``sources`` is empty.

        Args:
            question: 1-1000 characters, not blank.
            limit: 1-10 conversations to draw on (default 5).
            timezone: an IANA time zone for dates in the answer (default "UTC").

        Retried after any transient failure (asking again changes nothing stored).

        Raises:
            ValidationError: a bad argument (nothing was sent).
            AuthenticationError: the key is missing, malformed or unknown.
            PermissionDeniedError: the key lacks ``conversations:read``.
            RateLimitError: the hourly budget for questions (25 per key) is spent.
            APIError: anything else (connection, server error, unreadable response).
        """
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
