"""The server's time, learned from the `Date` header of its responses.

Reconciliation compares the `created_at` the server stamped on what it stored with the moment a
batch was sent; both must be read off the same clock, the server's. The client's wall clock may
be minutes off (a laptop without NTP, a VM after suspend), so it is used only to measure how much
time has passed since the last `Date` header. Until the first response arrives the server time
is unknown (None), and callers must not filter by time.
"""

from __future__ import annotations

from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import Any


class ServerClock:
    def __init__(self, elapsed: Callable[[], float]) -> None:
        """`elapsed`: a monotonic clock measuring the time between `Date` headers."""
        self._elapsed = elapsed
        self._anchor: tuple[float, float] | None = None  # (server unix time, elapsed() then)

    def observe(self, server_time: float) -> None:
        """A moment the server vouched for; later ones win (the header is rounded down)."""
        now = self._elapsed()
        current = self.now()
        if current is None or server_time > current:
            self._anchor = (server_time, now)

    def observe_response(self, response: Any) -> None:
        """httpx response hook: read `Date`."""
        header = response.headers.get("date")
        if not header:
            return
        try:
            when = parsedate_to_datetime(header)
        except (TypeError, ValueError):
            return
        if when.tzinfo is not None:
            self.observe(when.timestamp())

    def now(self) -> float | None:
        """The server's unix time now, or None before any `Date` header was seen."""
        if self._anchor is None:
            return None
        server_time, at = self._anchor
        return server_time + (self._elapsed() - at)
