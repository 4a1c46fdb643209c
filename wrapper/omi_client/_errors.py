"""One exception tree for everything the SDK raises.

Every error carries ``status_code``, ``detail`` and ``response`` (None where there is no HTTP
response), so callers can catch :class:`OmiError` and still inspect what happened. No error text
ever includes the API key: messages are built from the status and the server's ``detail`` only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._outcome import after_status

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "FieldError",
    "InternalServerError",
    "LockedError",
    "NotFoundError",
    "OmiError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "ValidationError",
]


class OmiError(Exception):
    """Base of every error the SDK raises."""

    status_code: int | None = None
    detail: Any = None
    response: httpx.Response | None = None
    _may_have_been_processed: bool | None = None

    @property
    def may_have_been_processed(self) -> bool | None:
        """Could the server have carried out (part of) the failed call?

        ``False``: certainly not: nothing was sent, the connection was never made, the server
        refused it (any 4xx), or the API's own 503 (its rate limiter or account fences, which
        answer before the operation runs). Resending cannot duplicate anything.
        ``True``: it may have: the request went out and no answer came back (timeout, dropped
        connection), a 5xx other than the API's own 503 (including a 503 page from a proxy or
        CDN), or a 2xx whose body could not be read. Check (e.g. ``list``) before resending a
        create. ``None``: the SDK cannot tell; treat it like ``True``.

        It covers the whole call: if an earlier attempt may have been processed, so may the call,
        whatever the last attempt's answer. ``create_many`` files an item as ``uncertain``
        exactly when this is not ``False``. The rule, with the real server's code it rests on,
        is in ``omi_client._outcome``.
        """
        return self._may_have_been_processed


class ValidationError(OmiError, ValueError):
    """Raised before any request is sent when an argument breaks a rule the spec states."""

    _may_have_been_processed = False

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        self.detail = f"{field}: {message}"
        super().__init__(self.detail)


class ConfigurationError(OmiError, ValueError):
    """The client cannot be used as configured (base URL, credentials, options); nothing was
    sent. Raised by the constructor where possible."""

    _may_have_been_processed = False


class APIError(OmiError):
    """A failure talking to the API (no response, an error status, or an unparseable body)."""

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
        detail: Any = None,
        may_have_been_processed: bool | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request = request if request is not None or response is None else response.request
        self.response = response
        self.detail = message if detail is None else detail
        self.status_code = None if response is None else response.status_code
        if may_have_been_processed is not None:
            self._may_have_been_processed = may_have_been_processed


class APIConnectionError(APIError):
    """No usable response: the connection failed or was closed mid-request."""


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool)."""


class APIResponseValidationError(APIError):
    """A 2xx response whose body the generated models could not parse (the server did act)."""

    _may_have_been_processed = True


@dataclass(frozen=True, slots=True)
class FieldError:
    """One entry of a FastAPI 422 body: where (``loc``), what (``msg``), and the error ``type``."""

    loc: tuple[str | int, ...]
    msg: str
    type: str

    @property
    def field(self) -> str:
        """Dotted field path without the leading ``body``/``query``/``path`` location."""
        parts = list(self.loc)
        if parts and parts[0] in ("body", "query", "path", "header"):
            parts = parts[1:]
        out = ""
        for part in parts:
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
        return out


class APIStatusError(APIError):
    """The server answered with a non-2xx status. Subclasses exist for the statuses Omi uses."""

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        detail: Any,
        api_error_body: bool = True,
    ) -> None:
        processed = after_status(response.status_code, api_error_body=api_error_body)
        super().__init__(
            message, response=response, detail=detail, may_have_been_processed=processed
        )
        self.status_code = response.status_code


class BadRequestError(APIStatusError):
    """400, e.g. a malformed category list."""


class AuthenticationError(APIStatusError):
    """401: missing, malformed or unknown API key."""


class PaymentRequiredError(APIStatusError):
    """402: the item is locked (the user's plan does not cover it)."""


LockedError = PaymentRequiredError


class PermissionDeniedError(APIStatusError):
    """403: the key lacks the scope this operation needs."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409, e.g. a from-segments create with the same session id is still in flight."""


class UnprocessableEntityError(APIStatusError):
    """422: the server rejected the input; ``errors`` lists each offending field."""

    def __init__(
        self, message: str, *, response: httpx.Response, detail: Any, api_error_body: bool = True
    ) -> None:
        super().__init__(message, response=response, detail=detail, api_error_body=api_error_body)
        self.errors: list[FieldError] = []
        if isinstance(detail, list):
            for item in detail:
                if isinstance(item, dict):
                    loc = tuple(x for x in _loc(item) if isinstance(x, str | int))
                    self.errors.append(
                        FieldError(loc, str(item.get("msg", "")), str(item.get("type", "")))
                    )


class RateLimitError(APIStatusError):
    """429. ``retry_after`` is seconds to wait (None if the server did not say)."""

    def __init__(
        self, message: str, *, response: httpx.Response, detail: Any, api_error_body: bool = True
    ) -> None:
        super().__init__(message, response=response, detail=detail, api_error_body=api_error_body)
        self.retry_after = parse_retry_after(response.headers.get("retry-after"))
        self.limit = _int_or_none(response.headers.get("x-ratelimit-limit"))
        self.remaining = _int_or_none(response.headers.get("x-ratelimit-remaining"))


class InternalServerError(APIStatusError):
    """Any 5xx."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _loc(item: dict[str, Any]) -> tuple[Any, ...]:
    """A 422 entry's ``loc`` as a tuple, whatever shape a proxy or newer server sent."""
    loc = item.get("loc")
    if isinstance(loc, list | tuple):
        return tuple(loc)
    return (loc,) if isinstance(loc, str) else ()


def _int_or_none(value: str | None) -> int | None:
    try:
        return None if value is None else int(value)
    except ValueError:
        return None


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        from datetime import UTC, datetime
        from email.utils import parsedate_to_datetime

        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - datetime.now(UTC)).total_seconds()
    return max(0.0, seconds) if seconds == seconds else None  # NaN guard


def response_detail(response: httpx.Response) -> Any:
    """The ``detail`` of an error body, or the body text when it is not FastAPI-shaped."""
    try:
        body = json.loads(response.content) if response.content else None
    except (ValueError, RecursionError):  # RecursionError: nesting deeper than json can decode
        body = None
    if isinstance(body, dict) and "detail" in body and not _deeper_than(body["detail"], 32):
        return body["detail"]
    text = response.content.decode("utf-8", "replace").strip()
    return text[:500] if text else response.reason_phrase or None


def _is_api_error_body(response: httpx.Response) -> bool:
    """The body is the API's own JSON error object (``{"detail": ...}``), not a proxy's page."""
    try:
        body = json.loads(response.content) if response.content else None
    except (ValueError, RecursionError):
        return False
    return isinstance(body, dict) and "detail" in body


def _deeper_than(value: Any, limit: int) -> bool:
    """Whether JSON ``value`` nests more than ``limit`` levels (walked without recursion). Such
    a detail would break repr, pickling and logging of the error later: the text is kept instead."""
    level: list[Any] = [value]
    for _ in range(limit + 1):
        level = [
            child
            for item in level
            if isinstance(item, list | dict)
            for child in (item.values() if isinstance(item, dict) else item)
        ]
        if not level:
            return False
    return True


def _summary(detail: Any) -> str:
    try:
        return _summarise(detail)
    except RecursionError:  # a detail nested deep enough to break str()/json.dumps
        return "(detail too deeply nested to show)"


def _summarise(detail: Any) -> str:
    if isinstance(detail, str):
        return detail
    if isinstance(detail, list):
        parts = []
        for item in detail[:5]:
            if isinstance(item, dict) and "msg" in item:
                loc = ".".join(str(x) for x in _loc(item))
                parts.append(f"{loc}: {item['msg']}" if loc else str(item["msg"]))
            else:
                parts.append(str(item))
        return "; ".join(parts)
    return "" if detail is None else json.dumps(detail, default=str)[:500]


def status_error(response: httpx.Response) -> APIStatusError:
    """Map any non-2xx response, including non-IANA codes like 520, to a typed error."""
    status = response.status_code
    detail = response_detail(response)
    # Only a 503's meaning depends on who sent it (see _outcome): parse twice only then.
    api_error_body = status != 503 or _is_api_error_body(response)
    cls = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    summary = _summary(detail)
    message = f"HTTP {status}" + (f": {summary}" if summary else "")
    return cls(message, response=response, detail=detail, api_error_body=api_error_body)
