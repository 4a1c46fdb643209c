"""Raw responses: ``omi.memories.with_raw_response.list(...)`` returns the HTTP response too.

The call runs exactly as the plain method (same validation, retries, typed errors); only the
success value differs: a :class:`RawResponse` whose :meth:`~RawResponse.parse` gives what the
plain method returns.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, cast

if TYPE_CHECKING:
    import httpx

__all__ = ["RawResponse", "async_to_raw", "to_raw"]

P = ParamSpec("P")
R = TypeVar("R")

_UNPARSED: Any = object()


class RawResponse(Generic[R]):
    """The HTTP response of one successful call, and its parsed value on demand.

    ``status_code`` and ``headers`` are the final response's (after any retries);
    ``http_response`` is the ``httpx.Response`` itself (its body already read).
    """

    __slots__ = ("_parse", "_parsed", "http_response")

    def __init__(self, http_response: httpx.Response, parse: Callable[[], R]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: R = _UNPARSED

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """All response headers, e.g. ``X-RateLimit-Limit``/``-Remaining`` where sent."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The server's request id (``X-Request-Id``), if it sent one."""
        value: str | None = self.http_response.headers.get("x-request-id")
        return value

    def parse(self) -> R:
        """What the plain method returns (parsed once, then cached).

        Raises:
            APIResponseValidationError: the body does not match the spec.
        """
        if self._parsed is _UNPARSED:
            self._parsed = self._parse()
        return self._parsed

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse {request.method} {request.url.path} {self.status_code}>"


def to_raw(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """Type a raw-mode resource's method as returning :class:`RawResponse` (it does)."""
    return cast("Callable[P, RawResponse[R]]", method)


def async_to_raw(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
    """Type a raw-mode async resource's method as returning :class:`RawResponse` (it does)."""
    return cast("Callable[P, Awaitable[RawResponse[R]]]", method)
