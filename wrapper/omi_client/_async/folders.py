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
    operations = _OPERATIONS

    @cached_property
    def with_raw_response(self) -> AsyncFoldersWithRawResponse:
        """The same methods, each returning a RawResponse with the status and headers."""
        return AsyncFoldersWithRawResponse(self)

    async def list(self) -> builtins.list[DeveloperFolder]:
        return cast("builtins.list[DeveloperFolder]", await self._run(call("listFolders")))


class AsyncFoldersWithRawResponse:
    """``folders.with_raw_response``: each method makes the same call and returns a
    :class:`~omi_client.RawResponse` (status, headers, ``parse()``)."""

    def __init__(self, folders: AsyncFolders) -> None:
        raw = folders._raw_twin()
        self.list = async_to_raw(raw.list)
