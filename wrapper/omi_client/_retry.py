"""What is safe to replay, and how long to wait before doing it.

A failed attempt is retried when its failure is transient (a connection or timeout error, 429,
500, 502, 503, 504) and replaying it cannot duplicate anything: either the attempt certainly was
not processed (``omi_client._outcome``: connect errors, 429, the API's own 503), or the operation
is idempotent (reads, updates, deletes, ``ask``, and from-segments creates, whose
``client_session_id`` the wrapper fixes once per logical call so the server deduplicates).
A 409 is retried only where it means "the same idempotent request is still in flight".
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import httpx

from ._outcome import after_transport_error, is_transient_transport_error

__all__ = ["RetryPolicy"]

# Statuses worth asking again; whether it is *safe* to is the _outcome rule's call.
TRANSIENT_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Backoff knobs. ``max_retries`` counts retries, not attempts (0 disables retrying).

    Waits grow as ``initial_backoff * 2**n`` up to ``max_backoff``, with jitter in the upper half
    (so concurrent clients spread out). A ``Retry-After`` header is honoured when it is at most
    ``max_retry_after`` seconds; a longer one (Omi's rate limits use one-hour windows) is not slept
    through: the :class:`~omi_client.RateLimitError` is raised at once, carrying ``retry_after``.
    """

    max_retries: int = 2
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    max_retry_after: float = 60.0

    def backoff(self, retry_number: int, rng: random.Random | None = None) -> float:
        """Seconds to wait before retry ``retry_number`` (0-based), jittered."""
        ceiling = min(self.max_backoff, self.initial_backoff * (2.0**retry_number))
        draw = float(rng.random() if rng is not None else random.random())
        return ceiling / 2 + draw * ceiling / 2


def never_reached_server(exc: httpx.RequestError) -> bool:
    """True when the request certainly was not processed (no bytes reached a handler)."""
    return not after_transport_error(exc)


def should_retry_exception(exc: httpx.RequestError, *, replayable: bool) -> bool:
    if not is_transient_transport_error(exc):
        return False
    return replayable or never_reached_server(exc)


def should_retry_status(
    status: int, *, may_have_been_processed: bool, replayable: bool, retry_conflict: bool = False
) -> bool:
    if status == 409:
        return retry_conflict
    return status in TRANSIENT_STATUSES and (replayable or not may_have_been_processed)
