"""Per-key rate limits, counted as the real server counts them (docs/fidelity.md RL-*).

The policy table (names, limits, which operation charges which) is omi_client.limits, shared with
the SDK and the CLI. A window is fixed and starts at the first request counted against a (key,
policy): the real server INCRs a Redis key and sets its EXPIRE when the count is 1
(backend/database/redis_db.py `_RATE_LIMIT_LUA`); over the limit it answers 429 with Retry-After
= the key's TTL in whole seconds, rounded as Redis rounds it, so it can be 0
(backend/utils/other/endpoints.py `_enforce_rate_limit`).

Time comes from the fake's clock. ``time_scale`` is real seconds per server second: at 1/3600 a
one-hour window lasts one second of clock time and Retry-After is given in those (rounded up),
for clients that really wait, such as a demo against ``omi-client mock``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from omi_client.limits import (
    DEFAULT_RATE_LIMIT_BOOST,
    OPERATION_POLICIES,
    RATE_POLICIES,
    effective_limit,
)

from ._clock import Clock, SystemClock
from ._errors import HTTPError

DEFAULT_LIMITS: dict[str, int] = {name: p.limit for name, p in RATE_POLICIES.items()}


def policy_of(operation_id: str) -> str | None:
    """The policy an operation's route dependency charges (None: not limited)."""
    return OPERATION_POLICIES.get(operation_id)


class RateLimiter:
    """Counts requests per (key, policy) in windows that start at the first counted request."""

    def __init__(
        self,
        limits: Mapping[str, int] | None = None,
        time_scale: float = 1.0,
        clock: Clock | None = None,
        boost: float = DEFAULT_RATE_LIMIT_BOOST,
    ) -> None:
        unknown = sorted(set(limits or {}) - set(RATE_POLICIES))
        if unknown:
            raise ValueError(
                f"unknown rate-limit policy {unknown[0]!r}; one of {', '.join(RATE_POLICIES)}"
            )
        self.limits = {**DEFAULT_LIMITS, **(limits or {})}
        self.boost = boost
        self.time_scale = time_scale
        self.clock = clock or SystemClock()
        self._windows: dict[tuple[str, str], list[float]] = {}  # -> [start, count]

    def limit(self, policy: str) -> int:
        """The enforced limit: the base limit times the boost (what X-RateLimit-Limit says)."""
        return effective_limit(policy, self.boost, self.limits[policy])

    def hit(self, key_id: str, policy: str) -> None:
        """Count one request; raise the real server's 429 when over the limit."""
        limit = self.limit(policy)
        length = RATE_POLICIES[policy].window_seconds * self.time_scale
        now = self.clock.time()
        window = self._windows.get((key_id, policy))
        if window is None or now >= window[0] + length:
            window = self._windows[(key_id, policy)] = [now, 0]
        window[1] += 1
        if window[1] > limit:
            ttl = math.floor((window[0] + length - now) / self.time_scale + 0.5)  # Redis TTL
            raise too_many_requests(limit, math.ceil(max(0, ttl) * self.time_scale))

    def reset(self) -> None:
        self._windows.clear()


def too_many_requests(limit: int, retry_after: int) -> HTTPError:
    return HTTPError(
        429,
        f"Rate limit exceeded. Try again in {retry_after}s.",
        {
            "X-RateLimit-Limit": str(limit),
            "X-RateLimit-Remaining": "0",
            "Retry-After": str(retry_after),
        },
    )
