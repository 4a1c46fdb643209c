"""The one request pipeline: validate -> build -> send (with retries) -> parse -> map errors.

Everything here is I/O-free. A :class:`Attempts` object holds one logical call: it hands out the
request to send and, given what came back (a response or a transport error), says whether to
return a value, wait and resend, or raise. Omi and AsyncOmi differ only in how they send and sleep.
"""

from __future__ import annotations

import importlib
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from typing import Any

import httpx

from . import _errors
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ConfigurationError,
    OmiError,
)
from ._operations import Operation
from ._prepare import Call, prepare
from ._raw import RawResponse
from ._retry import (
    RetryPolicy,
    never_reached_server,
    should_retry_exception,
    should_retry_status,
)

log = logging.getLogger("omi_client")

_VERSION = "0.1.0"
_REDACTED = "[redacted]"


class Secret:
    """A string that never shows itself in repr/str (so tracebacks and logs stay clean)."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __reduce__(self) -> Any:
        raise TypeError("omi_client.Secret cannot be pickled")


@dataclass(frozen=True, slots=True)
class Options:
    """Per-client settings; ``with_options`` makes a copy with some of them changed."""

    base_url: str
    api_key: Secret | None
    timeout: httpx.Timeout
    retry: RetryPolicy
    firebase_token: Secret | None = None
    # Not in repr: callers put gateway/proxy credentials here too.
    default_headers: tuple[tuple[str, str], ...] = field(default=(), repr=False)


_MODULES: dict[str, Any] = {}


def _generated(op: Operation) -> Any:
    """The generated module of an operation, imported on first use. The pipeline uses only its
    public seams, ``build_request_kwargs`` and ``parse``."""
    module = _MODULES.get(op.module)
    if module is None:
        module = _MODULES[op.module] = importlib.import_module(
            f"omi_client._generated.api.{op.module}"
        )
    return module


@lru_cache(maxsize=512)
def _url(url: str) -> httpx.URL:
    return httpx.URL(url)


def _static_headers(options: Options, op: Operation) -> dict[str, str]:
    headers = {"Accept": "application/json", "User-Agent": f"omi-client-python/{_VERSION}"}
    headers.update(options.default_headers)
    secret = options.firebase_token if op.auth == "firebase" else options.api_key
    if secret is None:
        what = "firebase_token" if op.auth == "firebase" else "api_key"
        hint = "" if op.auth == "firebase" else " or set OMI_API_KEY"
        raise ConfigurationError(f"no {what}: pass {what}=...{hint}")
    headers["Authorization"] = f"Bearer {secret.reveal()}"
    return headers


def build_request(
    http: httpx.Client | httpx.AsyncClient, options: Options, call: Call
) -> httpx.Request:
    """Validate a call (``_prepare``) and build its request with the generated
    ``build_request_kwargs``."""
    op = call.op
    prepared = prepare(call)
    kwargs: dict[str, Any] = dict(prepared.query)
    if prepared.body is not None:
        kwargs["json_body"] = prepared.body
    built = _generated(op).build_request_kwargs(*call.path, **kwargs)
    headers = _static_headers(options, op)
    headers.update(built.get("headers", ()))
    return http.build_request(
        built["method"].upper(),
        _url(options.base_url + built["url"]),
        params=built.get("params") or None,
        json=built.get("json"),
        headers=headers,
        timeout=options.timeout,
    )


def parse_success(op: Operation, response: httpx.Response) -> Any:
    """Parse a 2xx body with the operation's generated ``parse`` (validated against the spec;
    unknown fields and enum values are kept; an undocumented 2xx reads as the documented one)."""
    from ._generated.errors import ResponseParseError

    try:
        return _generated(op).parse(response.status_code, response.content, _json_loads())
    except ResponseParseError as exc:
        raise APIResponseValidationError(
            f"could not parse the {op.operation_id} response: {exc}", response=response
        ) from None


@cache
def _json_loads() -> Callable[[bytes], Any]:
    """orjson's decoder when installed (``pip install omi-client[speedups]``: list pages parse
    ~1.5x faster), else the standard library's. What orjson refuses (NaN, a lone surrogate
    escape, nesting past 1024) goes to json.loads, so both accept the same bodies and give the
    same values, except an integer beyond 64 bits, which orjson reads as a float (no Omi field
    comes near). ``parse`` reports what neither can decode."""
    import json

    try:
        import orjson
    except ImportError:
        return json.loads

    def loads(content: bytes) -> Any:
        try:
            return orjson.loads(content)
        except orjson.JSONDecodeError:
            return json.loads(content)

    return loads


_CREDENTIAL_WORDS = ("auth", "cookie", "key", "token", "secret", "password", "signature")


def redacted_headers(headers: httpx.Headers) -> dict[str, str]:
    """Headers for a log line: anything named like a credential is replaced."""
    return {
        k: (_REDACTED if any(w in k.lower() for w in _CREDENTIAL_WORDS) else v)
        for k, v in headers.items()
    }


class Wait:
    """Sleep this long, then send ``Attempts.request`` again."""

    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class Done:
    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


_SPENT = httpx.ByteStream(b"")


def _release(response: httpx.Response) -> None:
    """Unbind a read response from its stream, so its body is freed as soon as it is dropped.

    httpx's stream keeps its response (to set ``elapsed`` on close): a reference cycle, so a
    dropped response and its whole body wait for the cyclic garbage collector, and the ones that
    survive a collection while their page is parsed wait for a full one. Iterating 100,000
    memories peaked 3 MB above 10,000 that way (bench/walk_memory.py); now both peak alike. The
    body is read and the stream closed by now, so nothing reads the stream again.
    """
    if response.is_closed:
        response.stream = _SPENT


class Attempts:
    """The retry state machine for one logical call."""

    def __init__(
        self, call: Call, request: httpx.Request, retry: RetryPolicy, *, raw: bool = False
    ) -> None:
        self.call = call
        self.request = request
        self.retry = retry
        self.raw = raw  # succeed with a RawResponse (with_raw_response) instead of the value
        self.retries = 0
        self.maybe_processed = False  # an earlier attempt may have reached the handler
        self.started = time.monotonic()
        self._sent_at = 0.0

    def sending(self) -> None:
        self._sent_at = time.monotonic()
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "request %s %s attempt=%d headers=%s",
                self.request.method,
                self.request.url,
                self.retries + 1,
                redacted_headers(self.request.headers),
            )

    def on_error(self, exc: httpx.RequestError) -> Wait:
        """A transport error: retry (returns Wait) or raise the typed error."""
        try:
            return self._on_error(exc)
        except OmiError:
            self._scrub()
            raise

    def on_response(self, response: httpx.Response) -> Wait | Done:
        """A response: return the parsed value, retry (returns Wait) or raise the typed error."""
        try:
            step = self._on_response(response)
        except OmiError:
            self._scrub()
            raise
        _release(response)
        return step

    def _scrub(self) -> None:
        # The raised error (and its __cause__, and error.response) keeps this request, and errors
        # outlive the call: pickled, queued, kept in BatchResult. Drop the credential from it.
        if "authorization" in self.request.headers:
            self.request.headers["Authorization"] = f"Bearer {_REDACTED}"

    def _on_error(self, exc: httpx.RequestError) -> Wait:
        replayable = self.call.op.replayable
        processed = not never_reached_server(exc)
        self.maybe_processed = self.maybe_processed or processed
        if self.retries < self.retry.max_retries and should_retry_exception(
            exc, replayable=replayable
        ):
            return self._wait(f"{type(exc).__name__}", None)
        kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        hint = ""
        if not replayable and self.maybe_processed:
            hint = " (not retried: the server may have processed it)"
        raise kind(
            f"{self.call.op.operation_id}: {type(exc).__name__}: {exc}{hint}",
            request=self.request,
            may_have_been_processed=self.maybe_processed,
        ) from exc

    def _on_response(self, response: httpx.Response) -> Wait | Done:
        status = response.status_code
        op = self.call.op
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "response %s %s -> %d in %.3fs",
                self.request.method,
                self.request.url,
                status,
                time.monotonic() - self._sent_at,
            )
        if 200 <= status < 300:
            if self.raw:
                return self._raw_done(response, partial(self._value, response))
            return Done(self._value(response))
        if status == 404 and op.gone_is_done and self.maybe_processed:
            log.info("%s: 404 after an unanswered attempt; it was already deleted", op.operation_id)
            return self._raw_done(response, lambda: None) if self.raw else Done(None)
        error = _errors.status_error(response)
        processed = bool(error.may_have_been_processed)
        if self.maybe_processed:
            error._may_have_been_processed = True  # an earlier attempt may have been processed
        self.maybe_processed = self.maybe_processed or processed
        if self.retries < self.retry.max_retries and should_retry_status(
            status,
            may_have_been_processed=processed,
            replayable=op.replayable,
            retry_conflict=op.retry_conflict,
        ):
            retry_after = _errors.parse_retry_after(response.headers.get("retry-after"))
            if retry_after is not None and retry_after > self.retry.max_retry_after:
                raise error  # e.g. an hour-long rate-limit window: do not sleep through it
            return self._wait(f"HTTP {status}", retry_after)
        raise error

    def _value(self, response: httpx.Response) -> Any:
        value = parse_success(self.call.op, response)
        return None if self.call.returns_nothing else value

    def _raw_done(self, response: httpx.Response, parse: Callable[[], Any]) -> Done:
        self._scrub()  # the caller keeps response.request: it must not carry the key
        return Done(RawResponse(response, parse))

    def _wait(self, reason: str, retry_after: float | None) -> Wait:
        # Retry-After is a floor (the server knows best); backoff still spreads clients out.
        delay = max(self.retry.backoff(self.retries), retry_after or 0.0)
        self.retries += 1
        log.info(
            "%s %s: %s; retry %d/%d in %.2fs",
            self.request.method,
            self.request.url.path,
            reason,
            self.retries,
            self.retry.max_retries,
            delay,
        )
        return Wait(delay)


_logging_configured = False


def configure_logging_from_env() -> None:
    """``OMI_LOG=debug|info`` turns on SDK logging to stderr (Authorization is always redacted)."""
    global _logging_configured
    if _logging_configured:
        return
    _logging_configured = True
    level = os.environ.get("OMI_LOG", "").strip().upper()
    if level not in ("DEBUG", "INFO", "WARNING"):
        return
    log.setLevel(level)
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s omi_client %(levelname)s %(message)s"))
        log.addHandler(handler)
