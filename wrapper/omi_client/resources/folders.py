"""Folders: list (read-only in the Developer API)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, cast

from ._base import AsyncResource, SyncResource, call

if TYPE_CHECKING:
    from .._generated.models import DeveloperFolder

__all__ = ["AsyncFolders", "Folders"]

_OPERATIONS = {"list": "listFolders"}


class Folders(SyncResource):
    operations = _OPERATIONS

    def list(self) -> builtins.list[DeveloperFolder]:
        return cast("builtins.list[DeveloperFolder]", self._run(call("listFolders")))


class AsyncFolders(AsyncResource):
    operations = _OPERATIONS

    async def list(self) -> builtins.list[DeveloperFolder]:
        return cast("builtins.list[DeveloperFolder]", await self._run(call("listFolders")))
