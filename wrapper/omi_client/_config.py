"""Client settings shared by Omi and AsyncOmi: defaults, environment variables, checks.

Everything here is I/O-free; the two clients (``_async/client.py`` and the ``_sync`` copy generated
from it) only add sending. The API key lives in a :class:`~omi_client._pipeline.Secret` and is
attached per request, so neither a client, its httpx client, nor any repr or log line shows it.
"""

from __future__ import annotations

import os

import httpx

from ._errors import ConfigurationError
from ._pipeline import Options, Secret
from ._retry import RetryPolicy
from ._types import NotGiven

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ClientBase",
    "TimeoutLike",
    "resolve_options",
]

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


INSECURE_HTTP_ENV = "OMI_ALLOW_INSECURE_HTTP"


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


def _check_base_url(url: str, allow_insecure_http: bool) -> None:
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        raise ConfigurationError("base_url is not a valid URL") from None
    if parsed.userinfo:
        # It would show in reprs and debug logs, and httpx would send it as Basic auth in place
        # of the API key. Not echoed: it holds a password.
        raise ConfigurationError(
            "base_url must not contain credentials (user:password@); pass the key as api_key="
        )
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"base_url must be an http(s) URL, got {url!r}")
    if parsed.query or parsed.fragment:
        raise ConfigurationError(f"base_url must not have a query or fragment, got {url!r}")
    if parsed.scheme == "http" and not _is_loopback(parsed.host) and not allow_insecure_http:
        raise ConfigurationError(
            f"refusing to send credentials over plain http to {parsed.host}; use https, or "
            f"pass allow_insecure_http=True (or set {INSECURE_HTTP_ENV}=1) for a test server"
        )


def resolve_options(
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
    if key is None and token is None:
        # A client needs a developer key, or a Firebase token when it only manages keys.
        raise ConfigurationError(
            "no credentials: pass api_key= (or set OMI_API_KEY); a client that only manages "
            "API keys takes firebase_token= (or OMI_FIREBASE_TOKEN) instead"
        )
    url = (base_url or os.environ.get("OMI_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
    _check_base_url(url, allow_insecure_http or _env_flag(INSECURE_HTTP_ENV))
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
    for name, value in (headers or {}).items():
        if not all(isinstance(x, str) and x.isascii() and x.isprintable() for x in (name, value)):
            # httpx would fail at send time, quoting the value (often a proxy credential).
            raise ConfigurationError(
                f"default_headers[{name!r}]: names and values must be printable ASCII strings"
            )
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


class ClientBase:
    """Settings both clients expose; the I/O lives in Omi/AsyncOmi."""

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
