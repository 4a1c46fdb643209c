"""Developer API keys: list, create, revoke. These take a Firebase ID token, not a dev key:
pass ``firebase_token=`` to the client or set ``OMI_FIREBASE_TOKEN``."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, cast

from .._prepare import call
from .._raw import async_to_raw
from ._base import AsyncResource

if TYPE_CHECKING:
    from .._generated.models import DevApiKey, DevApiKeyCreated

__all__ = ["AsyncKeys", "AsyncKeysWithRawResponse"]

_OPERATIONS = {"list": "listApiKeys", "create": "createApiKey", "revoke": "revokeApiKey"}


def _create_body(name: str, scopes: Sequence[str] | None) -> dict[str, object]:
    return {"name": name, "scopes": None if scopes is None else list(scopes)}


class AsyncKeys(AsyncResource):
    operations = _OPERATIONS

    @cached_property
    def with_raw_response(self) -> AsyncKeysWithRawResponse:
        """The same methods, each returning a RawResponse with the status and headers."""
        return AsyncKeysWithRawResponse(self)

    async def list(self) -> builtins.list[DevApiKey]:
        return cast("builtins.list[DevApiKey]", await self._run(call("listApiKeys")))

    async def create(self, name: str, *, scopes: Sequence[str] | None = None) -> DevApiKeyCreated:
        """A new key; ``scopes=None`` gives a read-only key. The key text is shown only once."""
        c = call("createApiKey", body=_create_body(name, scopes))
        return cast("DevApiKeyCreated", await self._run(c))

    async def revoke(self, key_id: str) -> None:
        return cast("None", await self._run(call("revokeApiKey", key_id, returns_nothing=True)))


class AsyncKeysWithRawResponse:
    """``keys.with_raw_response``: each method makes the same call and returns a
    :class:`~omi_client.RawResponse` (status, headers, ``parse()``)."""

    def __init__(self, keys: AsyncKeys) -> None:
        raw = keys._raw_twin()
        self.list = async_to_raw(raw.list)
        self.create = async_to_raw(raw.create)
        self.revoke = async_to_raw(raw.revoke)
