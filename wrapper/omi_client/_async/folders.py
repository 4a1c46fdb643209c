"""Folders: list (read-only in the Developer API)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, cast

from .._prepare import call
from ._base import AsyncResource

if TYPE_CHECKING:
    from .._generated.models import DeveloperFolder

__all__ = ["AsyncFolders"]

_OPERATIONS = {"list": "listFolders"}


class AsyncFolders(AsyncResource):
    operations = _OPERATIONS

    async def list(self) -> builtins.list[DeveloperFolder]:
        return cast("builtins.list[DeveloperFolder]", await self._run(call("listFolders")))
