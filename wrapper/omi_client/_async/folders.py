"""Folders: list (read-only in the Developer API)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, cast

from .._prepare import call
from .._raw import async_to_raw
from ._base import AsyncResource

if TYPE_CHECKING:
    from .._generated.models import DeveloperFolder

__all__ = ["AsyncFolders", "AsyncFoldersWithRawResponse"]

_OPERATIONS = {"list": "listFolders"}


class AsyncFolders(AsyncResource):
    """The user's conversation folders (``/v1/dev/user/folders``), read-only."""

    operations = _OPERATIONS

    @cached_property
    def with_raw_response(self) -> AsyncFoldersWithRawResponse:
        """The same methods, each returning a RawResponse with the status and headers."""
        return AsyncFoldersWithRawResponse(self)

    async def list(self) -> builtins.list[DeveloperFolder]:
        """Every folder, in the user's order (spec: "Get User Folders",
        ``GET /v1/dev/user/folders``).

        Empty for a user who has none yet: listing never creates the default folders (the app
        or a processed conversation does). ``conversation_count`` is stored by the server and
        can lag behind. Counts against the conversation read budget (60 per hour per key).

        Retried after any transient failure (it is a read).

        Raises:
            AuthenticationError: the key is missing, malformed or unknown.
            PermissionDeniedError: the key lacks ``conversations:read``.
            RateLimitError: the hourly budget is spent (``retry_after`` says when).
            APIError: anything else (connection, server error, unreadable response).
        """
        return cast("builtins.list[DeveloperFolder]", await self._run(call("listFolders")))


class AsyncFoldersWithRawResponse:
    """``folders.with_raw_response``: each method makes the same call and returns a
    :class:`~omi_client.RawResponse` (status, headers, ``parse()``)."""

    def __init__(self, folders: AsyncFolders) -> None:
        raw = folders._raw_twin()
        self.list = async_to_raw(raw.list)
