"""What is safe to replay, and how long to wait before doing it.

Safe by design: a request that certainly did not reach the handler (connect failure, 429, 503)
is retried for every operation. A request that may have been processed (read timeout, dropped
connection, 500/502/504) is replayed only when replaying cannot duplicate anything: reads,
updates and deletes, ``ask``, and from-segments creates (the wrapper fixes their
``client_session_id`` once per logical call, so the server deduplicates).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import httpx

__all__ = ["RetryPolicy"]

# Statuses the server sends before doing any work: always safe to replay.
ALWAYS_RETRY_STATUSES = frozenset({429, 503})
# Statuses after which the write may have happened: replay only idempotent operations.
MAYBE_PROCESSED_STATUSES = frozenset({500, 502, 504})


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
    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def should_retry_exception(exc: httpx.RequestError, *, replayable: bool) -> bool:
    if never_reached_server(exc):
        return True
    return replayable and isinstance(
        exc, httpx.TimeoutException | httpx.NetworkError | httpx.RemoteProtocolError
    )


def should_retry_status(status: int, *, replayable: bool, retry_conflict: bool = False) -> bool:
    if status in ALWAYS_RETRY_STATUSES:
        return True
    if status == 409:
        return retry_conflict
    return replayable and status in MAYBE_PROCESSED_STATUSES
