"""Omi and AsyncOmi: configuration, one connection pool each, and the send loop.

Both share the pipeline (``_pipeline``); they differ only in how a request is sent and how a
retry waits. The API key lives in a :class:`~omi_client._pipeline.Secret` and is attached per
request, so neither the client, its httpx client, nor any repr or log line shows it.
"""

from __future__ import annotations

import os
import time
from typing import Any, Self

import httpx

from ._errors import ConfigurationError
from ._pipeline import (
    Attempts,
    Done,
    Options,
    Secret,
    Wait,
    build_request,
    configure_logging_from_env,
)
from ._prepare import Call
from ._retry import RetryPolicy
from ._types import NOT_GIVEN, NotGiven
from .resources.action_items import ActionItems, AsyncActionItems
from .resources.conversations import AsyncConversations, Conversations
from .resources.folders import AsyncFolders, Folders
from .resources.goals import AsyncGoals, Goals
from .resources.keys import AsyncKeys, Keys
from .resources.memories import AsyncMemories, Memories

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "AsyncOmi", "Omi"]

DEFAULT_BASE_URL = "https://api.omi.me"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2

TimeoutLike = float | httpx.Timeout | None


def _is_loopback(host: str) -> bool:
    import ipaddress

    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _credential(name: str, value: str | None) -> Secret | None:
    """Wrap a key or token, refusing one that cannot travel in a header: httpx/h11 would reject
    it at send time with an error that quotes the whole header, key included."""
    value = value.strip() if value else None
    if not value:
        return None
    if not value.isascii() or not value.isprintable() or any(c.isspace() for c in value):
        raise ConfigurationError(f"{name} contains whitespace, control or non-ASCII characters")
    return Secret(value)


def _resolve_options(
    api_key: str | None,
    base_url: str | None,
    timeout: TimeoutLike | NotGiven,
    max_retries: int | NotGiven,
    retry_policy: RetryPolicy | None,
    firebase_token: str | None,
    allow_insecure_http: bool,
    default_headers: dict[str, str] | None,
) -> Options:
    key = _credential("api_key", api_key if api_key is not None else os.environ.get("OMI_API_KEY"))
    token = _credential(
        "firebase_token",
        firebase_token if firebase_token is not None else os.environ.get("OMI_FIREBASE_TOKEN"),
    )
    url = (base_url or os.environ.get("OMI_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
    parsed = httpx.URL(url)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"base_url must be an http(s) URL, got {url!r}")
    if parsed.scheme == "http" and not _is_loopback(parsed.host) and not allow_insecure_http:
        raise ConfigurationError(
            f"refusing to send credentials over plain http to {parsed.host}; use https, "
            "or pass allow_insecure_http=True if you really mean it"
        )
    policy = retry_policy or RetryPolicy()
    if not isinstance(max_retries, NotGiven):
        policy = _with_retries(policy, max_retries)
    return Options(
        base_url=url,
        api_key=key,
        timeout=_timeout(DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout),
        retry=policy,
        firebase_token=token,
        default_headers=_headers(default_headers),
    )


def _headers(headers: dict[str, str] | None) -> tuple[tuple[str, str], ...]:
    if any(name.lower() == "authorization" for name in headers or {}):
        # It would go out next to (or instead of) the key's header, depending on case.
        raise ConfigurationError("default_headers cannot set Authorization: pass api_key= instead")
    return tuple((headers or {}).items())


def _with_retries(policy: RetryPolicy, max_retries: int) -> RetryPolicy:
    if max_retries < 0:
        raise ConfigurationError("max_retries must be >= 0")
    from dataclasses import replace

    return replace(policy, max_retries=max_retries)


def _timeout(value: TimeoutLike) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _describe(options: Options) -> str:
    t = options.timeout
    return (
        f"base_url={options.base_url!r}, api_key={'<set>' if options.api_key else None}, "
        f"timeout={t.read}, max_retries={options.retry.max_retries}"
    )


async def _sleep(seconds: float) -> None:
    import asyncio  # deferred: asyncio costs more to import than the rest of the SDK

    await asyncio.sleep(seconds)


class _Base:
    _options: Options

    @property
    def base_url(self) -> str:
        return self._options.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._options.timeout

    @property
    def max_retries(self) -> int:
        return self._options.retry.max_retries

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._options.retry

    def _changed(
        self,
        timeout: TimeoutLike | NotGiven,
        max_retries: int | NotGiven,
        retry_policy: RetryPolicy | None,
    ) -> Options:
        from dataclasses import replace

        options = self._options
        if retry_policy is not None:
            options = replace(options, retry=retry_policy)
        if not isinstance(max_retries, NotGiven):
            options = replace(options, retry=_with_retries(options.retry, max_retries))
        if not isinstance(timeout, NotGiven):
            options = replace(options, timeout=_timeout(timeout))
        return options

    def __repr__(self) -> str:
        return f"{type(self).__name__}({_describe(self._options)})"


class Omi(_Base):
    """Synchronous Omi Developer API client.

    ``api_key`` defaults to ``$OMI_API_KEY``, ``base_url`` to ``$OMI_BASE_URL`` or
    https://api.omi.me. One connection pool per client; close it (or use ``with``) when done.
    ``firebase_token`` (or ``$OMI_FIREBASE_TOKEN``) is only needed for ``keys``.
    """

    memories: Memories
    conversations: Conversations
    action_items: ActionItems
    goals: Goals
    folders: Folders
    keys: Keys

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        http_client: httpx.Client | None = None,
        retry_policy: RetryPolicy | None = None,
        firebase_token: str | None = None,
        allow_insecure_http: bool = False,
        default_headers: dict[str, str] | None = None,
    ) -> None:
        configure_logging_from_env()
        options = _resolve_options(
            api_key, base_url, timeout, max_retries, retry_policy, firebase_token,
            allow_insecure_http, default_headers,
        )  # fmt: skip
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ConfigurationError(f"Omi needs an httpx.Client, got {type(http_client).__name__}")
        owns = http_client is None
        http = http_client or httpx.Client(timeout=options.timeout, follow_redirects=False)
        self._setup(options, http, owns)

    def _setup(self, options: Options, http: httpx.Client, owns: bool) -> None:
        self._options = options
        self._http = http
        self._owns_http = owns
        self.memories = Memories(self)
        self.conversations = Conversations(self)
        self.action_items = ActionItems(self)
        self.goals = Goals(self)
        self.folders = Folders(self)
        self.keys = Keys(self)

    def with_options(
        self,
        *,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_policy: RetryPolicy | None = None,
    ) -> Omi:
        """A copy with other settings that shares this client's connection pool."""
        clone = object.__new__(type(self))
        clone._setup(self._changed(timeout, max_retries, retry_policy), self._http, False)
        return clone

    def _run(self, call: Call) -> Any:
        request = build_request(self._http, self._options, call)
        attempts = Attempts(call, request, self._options.retry)
        while True:
            attempts.sending()
            step: Wait | Done
            try:
                response = self._http.send(request)
            except httpx.RequestError as exc:
                step = attempts.on_error(exc)
            else:
                step = attempts.on_response(response)
            if isinstance(step, Done):
                return step.value
            time.sleep(step.seconds)

    def close(self) -> None:
        """Close the connection pool (a no-op for an injected ``http_client`` or a copy)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncOmi(_Base):
    """Asynchronous twin of :class:`Omi`: the same resources, with ``await``."""

    memories: AsyncMemories
    conversations: AsyncConversations
    action_items: AsyncActionItems
    goals: AsyncGoals
    folders: AsyncFolders
    keys: AsyncKeys

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
        options = _resolve_options(
            api_key, base_url, timeout, max_retries, retry_policy, firebase_token,
            allow_insecure_http, default_headers,
        )  # fmt: skip
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError(
                f"AsyncOmi needs an httpx.AsyncClient, got {type(http_client).__name__}"
            )
        owns = http_client is None
        http = http_client or httpx.AsyncClient(timeout=options.timeout, follow_redirects=False)
        self._setup(options, http, owns)

    def _setup(self, options: Options, http: httpx.AsyncClient, owns: bool) -> None:
        self._options = options
        self._http = http
        self._owns_http = owns
        self.memories = AsyncMemories(self)
        self.conversations = AsyncConversations(self)
        self.action_items = AsyncActionItems(self)
        self.goals = AsyncGoals(self)
        self.folders = AsyncFolders(self)
        self.keys = AsyncKeys(self)

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

    async def _run(self, call: Call) -> Any:
        request = build_request(self._http, self._options, call)
        attempts = Attempts(call, request, self._options.retry)
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
