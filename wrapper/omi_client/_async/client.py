"""AsyncOmi, the asynchronous client: settings, one connection pool, and the send loop.

The pipeline (validate, build, retry decisions, parse, errors) is shared and I/O-free; this class
only sends requests and waits between retries.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any, Self

import httpx

from .._config import ClientBase, TimeoutLike, resolve_options
from .._errors import ConfigurationError
from .._pipeline import Attempts, Done, Options, Wait, build_request, configure_logging_from_env
from .._prepare import Call
from .._retry import RetryPolicy
from .._tls import context_for
from .._types import NOT_GIVEN, NotGiven
from .action_items import AsyncActionItems
from .conversations import AsyncConversations
from .folders import AsyncFolders
from .goals import AsyncGoals
from .keys import AsyncKeys
from .memories import AsyncMemories

__all__ = ["AsyncOmi"]


async def _sleep(seconds: float) -> None:
    """Wait before a retry. The asyncio package is imported here, on the first retry, because
    importing it costs more than the rest of the SDK."""
    import asyncio

    await asyncio.sleep(seconds)


class AsyncOmi(ClientBase):
    """Client of the Omi Developer API. Its resources group the API's operations:

    ``memories``, ``conversations``, ``action_items``, ``goals``, ``folders`` and ``keys``.
    Every method validates its arguments against the spec before sending, retries what is safe
    to retry, and raises a typed :class:`~omi_client.OmiError`;
    ``with_raw_response`` on each resource gives status and headers too.

    A client needs a credential: ``api_key`` for the ``/v1/dev/user`` operations, or only
    ``firebase_token`` for a client that just manages keys (its other operations then raise
    ConfigurationError before sending). Neither is a ConfigurationError here.

    Args:
        api_key: a developer key (``omi_dev_...``); default ``$OMI_API_KEY``.
        base_url: default ``$OMI_BASE_URL``, else https://api.omi.me; no credentials, query
            or fragment in it. Plain http is refused except to loopback, unless
            ``allow_insecure_http=True`` or ``OMI_ALLOW_INSECURE_HTTP=1``.
        timeout: seconds or an ``httpx.Timeout`` (default 30 s, 5 s to connect).
        max_retries: retries after a transient failure (default 2; 0 disables them).
        http_client: your own httpx client (not closed by this one).
        retry_policy: backoff settings (see :class:`~omi_client.RetryPolicy`).
        firebase_token: a Firebase ID token for ``keys``; default ``$OMI_FIREBASE_TOKEN``.
        allow_insecure_http: allow plain http to a non-loopback host (a test server).
        default_headers: extra headers for every request (not ``Authorization``).

    Raises:
        ConfigurationError: a setting that cannot work (see each argument).

    One connection pool per client: close it (``async with`` or ``close()``) when done.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        http_client: httpx.AsyncClient | None = None,
        retry_policy: RetryPolicy | None = None,
        firebase_token: str | None = None,
        allow_insecure_http: bool = False,
        default_headers: dict[str, str] | None = None,
    ) -> None:
        configure_logging_from_env()
        options = resolve_options(
            api_key, base_url, timeout, max_retries, retry_policy, firebase_token,
            allow_insecure_http, default_headers,
        )  # fmt: skip
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            name = type(http_client).__name__
            raise ConfigurationError(f"AsyncOmi needs an httpx.AsyncClient, got {name}")
        owns = http_client is None
        http = http_client or httpx.AsyncClient(
            timeout=options.timeout, follow_redirects=False, verify=context_for(options.base_url)
        )
        self._setup(options, http, owns)

    def _setup(self, options: Options, http: httpx.AsyncClient, owns: bool) -> None:
        self._options = options
        self._http = http
        self._owns_http = owns

    @cached_property
    def memories(self) -> AsyncMemories:
        """Memories: list, iterate, create, create_batch, create_many, update, delete, search."""
        return AsyncMemories(self)

    @cached_property
    def conversations(self) -> AsyncConversations:
        """Conversations: list, iterate, get, create, create_from_segments, update, discard,
        restore, delete, ask."""
        return AsyncConversations(self)

    @cached_property
    def action_items(self) -> AsyncActionItems:
        """Action items: list, iterate, create, create_batch, create_many, update, complete,
        delete."""
        return AsyncActionItems(self)

    @cached_property
    def goals(self) -> AsyncGoals:
        """Goals: list, get, create, update, set_progress, history, delete."""
        return AsyncGoals(self)

    @cached_property
    def folders(self) -> AsyncFolders:
        """Folders: list."""
        return AsyncFolders(self)

    @cached_property
    def keys(self) -> AsyncKeys:
        """Developer API keys: list, create, revoke (needs ``firebase_token``)."""
        return AsyncKeys(self)

    def with_options(
        self,
        *,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_policy: RetryPolicy | None = None,
    ) -> AsyncOmi:
        """A copy with other settings that shares this client's connection pool."""
        clone = object.__new__(type(self))
        clone._setup(self._changed(timeout, max_retries, retry_policy), self._http, False)
        return clone

    async def _run(self, call: Call, *, raw: bool = False) -> Any:
        request = build_request(self._http, self._options, call)
        attempts = Attempts(call, request, self._options.retry, raw=raw)
        while True:
            attempts.sending()
            step: Wait | Done
            try:
                response = await self._http.send(request)
            except httpx.RequestError as exc:
                step = attempts.on_error(exc)
            else:
                step = attempts.on_response(response)
            if isinstance(step, Done):
                return step.value
            await _sleep(step.seconds)

    async def close(self) -> None:
        """Close the connection pool (a no-op for an injected ``http_client`` or a copy)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
