"""Could a failed call have been carried out by the server? The one rule.

Retries (what may be replayed), ``create_many`` (``failed`` versus ``uncertain``) and
:attr:`omi_client.OmiError.may_have_been_processed` (which the CLI reads) all ask this module, so
they cannot disagree.

``False`` (certainly not processed):
  * nothing was sent: client-side validation or configuration errors;
  * the connection was never made: connect error or timeout, pool timeout, or a request httpx
    refused to write (``LocalProtocolError``, ``UnsupportedProtocol``);
  * a 4xx answer: the server refused the request. On the real server 401/403/429 come from its
    dependencies before the handler runs, and the handlers raise 400/402/404/409/422 before they
    write (``backend/routers/developer.py@01c6c33``; notes/fidelity/shared-layers.md §4-§5). The
    one handler that writes before a 422, a legacy memory update whose ``visibility`` is not
    public/private (resources.md MEM-13), never sees such a request from this SDK: the
    visibility is refused before sending;
  * a 503 whose body is the API's own JSON error (``{"detail": ...}``). The real server sends 503
    only from the fences in front of its handlers: the rate limiter failing closed
    (``utils/other/endpoints.py@03620d12 _enforce_rate_limit(fail_closed=True)``, "Rate limiter
    unavailable") and the account-deletion state check (``enforce_account_deletion_http_access``),
    both inside the route's dependencies, which FastAPI resolves before calling the handler
    (shared-layers.md RL-13, AUTH-8, ORD-4).

``True`` (may have been processed; check before resending anything that is not idempotent):
  * the request went out and no answer came back: read/write timeout, dropped connection,
    protocol error mid-response;
  * any other 5xx: a 500 is raised inside the handler; 502/504 come from a proxy that forwarded
    the request (the real server's own 504 is its TimeoutMiddleware cutting a running handler);
  * a 503 *without* the API's JSON body: a proxy, load balancer or CDN answered (Cloud Run, for
    one, answers 503 when the connection to an instance fails mid-request), and it may have
    forwarded the request first;
  * a 2xx whose body could not be read (the server did it; we cannot say what it returned).

``None``: the SDK cannot tell (an error it did not raise from a request, e.g. the base
:class:`OmiError`). Treat it like ``True`` when deciding whether to resend.

One real-server exception, harmless for every decision: key revoke answers 503 "API key
revocation temporarily unavailable" after deleting the key (shared-layers.md KEY-7). Revoke is
idempotent, so it is replayed whatever this rule says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

__all__ = ["after_status", "after_transport_error", "is_transient_transport_error"]


def after_status(status: int, *, api_error_body: bool) -> bool:
    """For a non-2xx answer: may the server have carried the request out?

    ``api_error_body``: the body is the API's JSON error object (``{"detail": ...}``).
    """
    if status == 503:
        return not api_error_body
    return status >= 500


def after_transport_error(exc: BaseException) -> bool:
    """For a request that got no answer: may it have reached the server's handler?"""
    import httpx

    never_sent = (
        httpx.ConnectError,
        httpx.ConnectTimeout,
        httpx.PoolTimeout,
        httpx.LocalProtocolError,
        httpx.UnsupportedProtocol,
    )
    return not isinstance(exc, never_sent)


def is_transient_transport_error(exc: httpx.RequestError) -> bool:
    """Worth trying again (the same request may well succeed next time)."""
    import httpx

    return isinstance(exc, httpx.TimeoutException | httpx.NetworkError | httpx.RemoteProtocolError)
