"""Per-key rate limits in fixed one-hour windows, as the real server counts them.

`time_scale` is real seconds per server second: at 1/3600 an hour window lasts one real second, so
tests can exhaust and recover from a limit quickly. Retry-After is scaled the same way (real
seconds, rounded up).
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from omi_client.limits import RATE_POLICIES

from ._clock import Clock, SystemClock
from ._errors import HTTPError

WINDOW = 3600.0
DEFAULT_LIMITS: dict[str, int] = {name: p.limit for name, p in RATE_POLICIES.items()}


def policy_for(method: str, path: str, query: Mapping[str, object]) -> str | None:
    """Which limit a request counts against (None: not limited, e.g. key management)."""
    parts = path.split("/")
    resource = parts[4] if len(parts) > 4 and parts[1:4] == ["v1", "dev", "user"] else ""
    if resource == "memories":
        return "memories_batch" if path.endswith("/batch") else "memories"
    if resource in ("conversations", "folders", "ask"):
        if method == "GET" or resource == "ask":
            return (
                "conversations_read_transcript"
                if query.get("include_transcript")
                else "conversations_read"
            )
        return "conversations_write"
    if resource == "action-items":
        return "action_items"
    if resource == "goals":
        return "goals"
    return None


class RateLimiter:
    """Counts hits per (key, policy) in the current fixed window."""

    def __init__(
        self,
        limits: Mapping[str, int] | None = None,
        time_scale: float = 1.0,
        clock: Clock | None = None,
    ) -> None:
        self.limits = {**DEFAULT_LIMITS, **(limits or {})}
        self.time_scale = time_scale
        self.clock = clock or SystemClock()
        self._counts: dict[tuple[str, str], tuple[int, int]] = {}

    def hit(self, key_id: str, policy: str | None) -> None:
        """Count one request; raise the real server's 429 when over the limit."""
        limit = self.limits.get(policy) if policy else None
        if limit is None:
            return
        scaled = self.clock.time() / self.time_scale
        window = int(scaled // WINDOW)
        slot = (key_id, policy or "")
        seen_window, count = self._counts.get(slot, (window, 0))
        if seen_window != window:
            count = 0
        count += 1
        self._counts[slot] = (window, count)
        if count > limit:
            wait = ((window + 1) * WINDOW - scaled) * self.time_scale
            raise too_many_requests(limit, max(1, math.ceil(wait)))

    def reset(self) -> None:
        self._counts.clear()


def too_many_requests(limit: int, retry_after: int) -> HTTPError:
    return HTTPError(
        429,
        f"Rate limit exceeded. Try again in {retry_after}s.",
        {
            "Retry-After": str(retry_after),
            "X-RateLimit-Limit": str(limit),
            "X-RateLimit-Remaining": "0",
        },
    )
