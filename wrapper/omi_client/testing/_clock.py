"""The fake's one source of time: rate-limit windows, stored timestamps, processing delays.

Nothing else in the fake reads the wall clock, so a test that moves the clock moves all of them:

    fake = FakeOmi(clock=ManualClock())       # stands still until told
    fake.clock.advance(hours=1)               # the rate-limit window is over
    fake.clock.set(datetime(2030, 1, 1, tzinfo=UTC))

The default, :class:`SystemClock`, follows real time; ``advance``/``set`` shift it, and time keeps
flowing from there. Both are thread-safe: a test thread may move the clock while the server's
thread reads it, and a request waiting on ``sleep`` (a from-segments processing delay) wakes up
when the clock passes its deadline.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import formatdate

__all__ = ["Clock", "ManualClock", "SystemClock"]


def _aware(when: datetime) -> datetime:
    if when.tzinfo is None:
        raise ValueError("give the clock an aware datetime (e.g. tzinfo=UTC)")
    return when.astimezone(UTC)


class Clock:
    """What the fake asks of a clock. Subclasses say what ``now`` is and how it moves."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = set()

    def now(self) -> datetime:
        """The current instant (aware, UTC)."""
        raise NotImplementedError

    def time(self) -> float:
        """The current instant as POSIX seconds (what rate-limit windows count in)."""
        return self.now().timestamp()

    def iso(self) -> str:
        """The current instant as the fake stores timestamps: UTC with microseconds."""
        return self.now().isoformat(timespec="microseconds")

    def http_date(self) -> str:
        """The current instant as an HTTP ``Date`` header (RFC 9110 IMF-fixdate, whole seconds)."""
        return formatdate(self.time(), usegmt=True)

    def advance(
        self, *, seconds: float = 0, minutes: float = 0, hours: float = 0, days: float = 0
    ) -> None:
        """Move the clock forward (a negative amount moves it back)."""
        self._shift(timedelta(seconds=seconds, minutes=minutes, hours=hours, days=days))
        self._moved()

    def set(self, when: datetime) -> None:
        """Jump to ``when`` (an aware datetime)."""
        self._shift(_aware(when) - self.now())
        self._moved()

    def reset(self) -> None:
        """Back to how the clock started (FakeOmi.reset calls this)."""
        raise NotImplementedError

    async def sleep(self, seconds: float) -> None:
        """Wait until this clock has moved ``seconds`` on."""
        deadline = self.time() + seconds
        loop = asyncio.get_running_loop()
        while (left := deadline - self.time()) > 0:
            waiter: asyncio.Future[None] = loop.create_future()
            entry = (loop, waiter)
            with self._lock:
                self._waiters.add(entry)
            try:
                await asyncio.wait({waiter}, timeout=self._real_seconds(left))
            finally:
                with self._lock:
                    self._waiters.discard(entry)

    def _shift(self, delta: timedelta) -> None:
        raise NotImplementedError

    def _real_seconds(self, clock_seconds: float) -> float | None:
        """How long to wait in real time for the clock to move on by itself (None: it won't)."""
        raise NotImplementedError

    def _moved(self) -> None:
        with self._lock:
            waiters = list(self._waiters)
        for loop, waiter in waiters:
            with contextlib.suppress(RuntimeError):  # that loop is already closed
                loop.call_soon_threadsafe(_wake, waiter)


def _wake(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_result(None)


class SystemClock(Clock):
    """Real time, shifted by whatever ``advance`` and ``set`` added (the default)."""

    def __init__(self) -> None:
        super().__init__()
        self._offset = timedelta(0)

    def now(self) -> datetime:
        return datetime.now(UTC) + self._offset

    def time(self) -> float:
        return time.time() + self._offset.total_seconds()

    def reset(self) -> None:
        self._offset = timedelta(0)
        self._moved()

    def _shift(self, delta: timedelta) -> None:
        with self._lock:
            self._offset += delta

    def _real_seconds(self, clock_seconds: float) -> float | None:
        return clock_seconds

    def __repr__(self) -> str:
        return f"SystemClock(offset={self._offset})"


class ManualClock(Clock):
    """A clock that stands still until ``advance`` or ``set`` moves it: tests see exact times.

    It starts at ``start``, or at the real time it was made (whole seconds), so records created
    on it still look recent to code that compares them with the real date.
    """

    def __init__(self, start: datetime | None = None) -> None:
        super().__init__()
        self.start = _aware(start) if start else datetime.now(UTC).replace(microsecond=0)
        self._now = self.start

    def now(self) -> datetime:
        return self._now

    def reset(self) -> None:
        with self._lock:
            self._now = self.start
        self._moved()

    def _shift(self, delta: timedelta) -> None:
        with self._lock:
            self._now += delta

    def _real_seconds(self, clock_seconds: float) -> float | None:
        return None

    def __repr__(self) -> str:
        return f"ManualClock({self._now.isoformat()})"
