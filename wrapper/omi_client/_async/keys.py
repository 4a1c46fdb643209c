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
    from ..literals import ApiKeyScope

__all__ = ["AsyncKeys", "AsyncKeysWithRawResponse"]

_OPERATIONS = {"list": "listApiKeys", "create": "createApiKey", "revoke": "revokeApiKey"}


def _create_body(name: str, scopes: Sequence[str] | None) -> dict[str, object]:
    return {"name": name, "scopes": None if scopes is None else list(scopes)}


class AsyncKeys(AsyncResource):
    """The user's developer API keys (``/v1/dev/keys``). These operations authenticate with
    the client's ``firebase_token`` (a Firebase ID token), not with a developer key, and have
    no rate limit."""

    operations = _OPERATIONS

    @cached_property
    def with_raw_response(self) -> AsyncKeysWithRawResponse:
        """The same methods, each returning a RawResponse with the status and headers."""
        return AsyncKeysWithRawResponse(self)

    async def list(self) -> builtins.list[DevApiKey]:
        """Every key of the user, newest first (spec: "Get Keys", ``GET /v1/dev/keys``).

        The secret itself is never listed, only its ``key_prefix``.

        Retried after any transient failure (it is a read).

        Raises:
            ConfigurationError: the client has no ``firebase_token`` (nothing was sent).
            AuthenticationError: the token is invalid or expired.
            PermissionDeniedError: the Authorization header was refused.
            APIError: anything else (connection, server error, unreadable response).
        """
        return cast("builtins.list[DevApiKey]", await self._run(call("listApiKeys")))

    async def create(
        self, name: str, *, scopes: Sequence[ApiKeyScope | str] | None = None
    ) -> DevApiKeyCreated:
        """Create a key (spec: "Create Key", ``POST /v1/dev/keys``). Its secret, ``key``, is
        in this response only: store it now.

        Args:
            name: a label for the key, not blank (the server strips it; it must not contain
                a key itself).
            scopes: what the key may do (see ``omi_client.literals.ApiKeyScope``; a scope newer
                than this SDK is passed on). None gives the read-only scopes (the response
                lists them); an empty list gives a key that can do nothing.

        Retried only when the attempt certainly did not reach the server (a connect error or
        the API's own 503): a replay would make a second key.

        Raises:
            ValidationError: a bad argument (nothing was sent).
            ConfigurationError: the client has no ``firebase_token`` (nothing was sent).
            BadRequestError: a scope the server does not know.
            AuthenticationError, PermissionDeniedError, APIError: as for ``list``.
        """
        c = call("createApiKey", body=_create_body(name, scopes))
        return cast("DevApiKeyCreated", await self._run(c))

    async def revoke(self, key_id: str) -> None:
        """Revoke a key at once (spec: "Delete Key", ``DELETE /v1/dev/keys/{id}``).

        The server answers 204 whatever the id: revoking an unknown, someone else's or an
        already revoked key succeeds and changes nothing.

        Args:
            key_id: the key's ``id`` (not its secret).

        Retried after any transient failure, including the server's 503 when it could not
        confirm the revocation yet.

        Raises:
            ValidationError, ConfigurationError, AuthenticationError, PermissionDeniedError,
            APIError: as for ``create``.
        """
        c = call("revokeApiKey", key_id, returns_nothing=True)
        return cast("None", await self._run(c))


class AsyncKeysWithRawResponse:
    """``keys.with_raw_response``: each method makes the same call and returns a
    :class:`~omi_client.RawResponse` (status, headers, ``parse()``)."""

    def __init__(self, keys: AsyncKeys) -> None:
        raw = keys._raw_twin()
        self.list = async_to_raw(raw.list)
        self.create = async_to_raw(raw.create)
        self.revoke = async_to_raw(raw.revoke)
