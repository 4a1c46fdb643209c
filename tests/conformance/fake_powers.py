"""What only the fake can do for a conformance test: seed data a client cannot create (locked
items, old records), move its clock, mint keys and fresh accounts, slow its processing down.

Tests that need these take the `fake` fixture and are skipped, with that reason, against any
other server. This module is the one place that knows how the fake exposes those powers.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from functools import cached_property
from typing import Any

from harness import Api, Budget
from omi_client.testing import Clock, FakeOmiServer, ManualClock


class SteppingClock(Clock):
    """The fake's clock: starts at noon UTC of a fixed day and moves 1 ms per reading, so every
    timestamp is distinct and ordered, and nothing depends on the wall clock or the hour."""

    def __init__(self, start: datetime | None = None, step: timedelta = timedelta(milliseconds=1)):
        super().__init__()
        self._start = start or datetime(2030, 6, 15, 12, 0, tzinfo=UTC)
        self._now = self._start
        self._step = step

    def now(self) -> datetime:
        with self._lock:
            self._now += self._step
            return self._now

    def peek(self) -> datetime:
        with self._lock:
            return self._now

    def reset(self) -> None:
        with self._lock:
            self._now = self._start
        self._moved()

    def _shift(self, delta: timedelta) -> None:
        with self._lock:
            self._now += delta

    def _real_seconds(self, clock_seconds: float) -> float | None:
        return None  # it only moves when read or advanced


class FakePowers:
    def __init__(self, server: FakeOmiServer, clock: SteppingClock) -> None:
        self.server = server
        self.clock = clock
        self._fresh = 0

    @property
    def uid(self) -> str:
        return self.server.uid

    def now(self) -> datetime:
        return self.clock.peek()

    def advance(self, **delta: float) -> None:
        """Move the fake's clock forward (timestamps, days of goal history)."""
        self.clock.advance(**delta)

    def memory(self, content: str, *, locked: bool = False, **fields: Any) -> dict[str, Any]:
        """Seed a memory in the suite's account (see `account()` for an empty one)."""
        return self.account(self.uid).memory(content, locked=locked, **fields)

    def conversation(self, text: str, *, locked: bool = False) -> dict[str, Any]:
        return self.account(self.uid).conversation(text, locked=locked)

    def key(self, scopes: list[str] | None = None, *, fresh_account: bool = False) -> str:
        """A developer key: for the suite's account, or for a new empty one."""
        uid = self.uid
        if fresh_account:
            self._fresh += 1
            uid = f"fresh-{self._fresh}"
        return self.server.app.create_key(uid, scopes=scopes, name="conformance")

    def account(self, uid: str | None = None) -> FakeAccount:
        """An account to seed: a new empty one unless `uid` is given."""
        if uid is None:
            self._fresh += 1
            uid = f"fresh-{self._fresh}"
        return FakeAccount(self, uid)

    @contextmanager
    def held_twin(self) -> Iterator[tuple[FakeOmiServer, ManualClock]]:
        """Another fake, on a clock that stands still, whose from-segments creates stay in
        flight until that clock moves a minute on (to observe a concurrent retry)."""
        clock = ManualClock()
        twin = FakeOmiServer(processing_delay=60, clock=clock, rate_limits=False).start()
        try:
            yield twin, clock
        finally:
            twin.stop()

    @staticmethod
    def wait_in_flight(twin: FakeOmiServer, timeout: float = 5.0) -> None:
        """Return once the twin holds a from-segments create in flight (it offers no event to
        wait on, so this polls its state)."""
        conversations = twin.app.semantics.conversations
        ready = threading.Event()
        for _ in range(int(timeout / 0.001)):
            if conversations.in_flight():
                return
            ready.wait(0.001)
        raise AssertionError("no create went in flight")


class FakeAccount:
    """One user of the fake: seed what a client cannot create (the fake's public seeding API),
    and a key and client to read it back."""

    def __init__(self, powers: FakePowers, uid: str) -> None:
        self.powers = powers
        self.uid = uid
        self.seed = powers.server.seed.user(uid)

    @cached_property
    def key(self) -> str:
        return self.powers.server.app.create_key(self.uid, name="conformance")

    @cached_property
    def api(self) -> Api:
        """This account's own client (and its own rate budget)."""
        return Api(self.powers.server.base_url, self.key, Budget(), timeout=10)

    def close(self) -> None:
        if "api" in self.__dict__:
            self.api.close()

    def memory(self, content: str, **options: Any) -> dict[str, Any]:
        return dict(self.seed.memory(content, **options))

    def action_item(self, description: str, **options: Any) -> dict[str, Any]:
        return dict(self.seed.action_item(description, **options))

    def conversation(self, text: str, **options: Any) -> dict[str, Any]:
        return dict(self.seed.conversation(text, **options))

    def goal(self, title: str, **options: Any) -> dict[str, Any]:
        return dict(self.seed.goal(title, **options))
