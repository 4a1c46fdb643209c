"""Bulk import that creates every record exactly once, even across crashes and rate limits.

The loop, per batch: journal "send" (fsync) -> create -> journal "done" with the server ids.
- 429: nothing was written; wait out Retry-After (the hourly window) and resend the same batch.
- connection error, timeout, 5xx: the batch may or may not have landed, so it is *reconciled*:
  items created on the server since the batch was sent are matched to the batch by content
  (a multiset match, skipping ids the journal already owns or that existed before the import), the
  matches are journaled as done, and only the rest is resent.
- a crash anywhere: the next run finds the unsettled "send" in the journal and reconciles it first.
Reconciling waits until the latest attempt is `settle` seconds old: a request the client gave up on
(timeout, kill -9) may still be running on the server, and listing before it commits would find
nothing and resend a batch that is about to land.
The server side is abstracted as a :class:`Target` so this logic does not depend on the SDK.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from ._journal import Journal

Outcome = Literal["rate_limited", "uncertain", "fatal"]


@dataclass(frozen=True)
class Record:
    line: int  # 1-based line number in the input file
    body: dict[str, Any]  # the create request body
    key: str  # what reconciliation matches on (memory content, action item description)


def match_key(text: str) -> str:
    """Content compared with whitespace collapsed, in case the server trims what it stores."""
    return " ".join(text.split())


class Target(Protocol):
    """Where records go: one resource of the Omi API."""

    kind: str
    batch_size: int

    def create_batch(self, bodies: list[dict[str, Any]]) -> list[str]:
        """Create all bodies in one request; return the new ids in input order."""
        ...

    def created_since(self, since: float) -> list[tuple[str, str]]:
        """(id, key) of every item created at or after unix time `since` (or of unknown age)."""
        ...

    def classify(self, exc: BaseException) -> tuple[Outcome, float | None]:
        """How a failed create should be handled, and the server's Retry-After if it sent one."""
        ...


class Events(Protocol):
    """What the importer reports while it runs (progress bars, log lines)."""

    def created(self, count: int) -> None: ...
    def waiting(self, seconds: float, reason: str, limit: int | None = None) -> None: ...
    def reconciled(self, found: int, missing: int) -> None: ...


class QuietEvents:
    def created(self, count: int) -> None:
        pass

    def waiting(self, seconds: float, reason: str, limit: int | None = None) -> None:
        pass

    def reconciled(self, found: int, missing: int) -> None:
        pass


@dataclass
class ImportSummary:
    total: int
    already_done: int  # created by earlier runs of this journal
    created: int  # created by this run (including ones found by reconciliation)
    reconciled: int  # how many in-flight records were found already on the server
    rate_limit_waits: int
    failed_batches: int


class ImportAborted(Exception):
    """A batch kept failing in a way that may have written data; the journal stays resumable."""

    def __init__(self, message: str, cause: BaseException | None = None) -> None:
        super().__init__(message)
        self.cause = cause


LIST_RETRIES = 6  # transient failures of one reconciliation listing before giving up


def list_recent(
    target: Target,
    since: float,
    sleep: Callable[[float], None],
    on_wait: Callable[[float, int | None], None] | None = None,
) -> list[tuple[str, str]]:
    """`target.created_since`, waiting out rate limits (listing counts against them too) and
    retrying transient failures: it is a read, and a long import should not die of one."""
    failures = 0
    while True:
        try:
            return target.created_since(since)
        except Exception as exc:
            outcome, retry_after = target.classify(exc)
            if outcome == "uncertain" and failures < LIST_RETRIES:
                failures += 1
                sleep(min(30.0, 2.0**failures))
                continue
            if outcome != "rate_limited":
                raise
            delay = retry_after if retry_after is not None else 60.0
            if on_wait is not None:
                on_wait(delay, getattr(exc, "limit", None))
            sleep(delay)


CLOCK_SKEW = 300.0  # seconds of client/server clock disagreement tolerated when reconciling


class Importer:
    def __init__(
        self,
        target: Target,
        journal: Journal,
        records: Sequence[Record],
        *,
        events: Events | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
        max_uncertain_attempts: int = 6,
        clock_skew: float = CLOCK_SKEW,
        settle: float = 0.0,
    ) -> None:
        self.target = target
        self.journal = journal
        self.records = list(records)
        self.events: Events = events or QuietEvents()
        self.sleep = sleep
        self.clock = clock
        self.max_uncertain_attempts = max_uncertain_attempts
        self.clock_skew = clock_skew
        self.settle = settle
        self._by_line = {r.line: r for r in self.records}
        self.summary = ImportSummary(len(self.records), 0, 0, 0, 0, 0)

    def run(self) -> ImportSummary:
        state = self.journal.state
        self.summary.already_done = sum(1 for r in self.records if r.line in state.done)
        if state.complete:
            return self.summary
        pending = state.pending
        if pending is not None:
            self._reconcile(pending.lines, pending.since)
        todo = [r for r in self.records if r.line not in state.done]
        size = self.target.batch_size
        for start in range(0, len(todo), size):
            self._send(todo[start : start + size])
        self.journal.record_complete()
        return self.summary

    def _send(self, batch: list[Record]) -> None:
        uncertain = 0
        waits = 0
        while batch:
            lines = [r.line for r in batch]
            self.journal.record_send(lines, self.clock())
            try:
                ids = self.target.create_batch([r.body for r in batch])
            except Exception as exc:
                outcome, retry_after = self.target.classify(exc)
                if outcome == "rate_limited":
                    waits += 1
                    self.summary.rate_limit_waits += 1
                    delay = retry_after if retry_after is not None else min(60.0, 2.0**waits)
                    limit = getattr(exc, "limit", None)  # X-RateLimit-Limit, when sent
                    self.events.waiting(delay, "rate limited", limit)
                    self.sleep(delay)
                    continue
                if outcome == "fatal":
                    self.summary.failed_batches += 1
                    raise
                uncertain += 1
                self.events.waiting(0.0, f"{type(exc).__name__}; reconciling")
                since = min(at for ls, at in self.journal.state.sends if set(ls) & set(lines))
                self._reconcile(lines, since)
                batch = [r for r in batch if r.line not in self.journal.state.done]
                if batch and uncertain >= self.max_uncertain_attempts:
                    self.summary.failed_batches += 1
                    raise ImportAborted(
                        f"batch of {len(batch)} failed {uncertain} times; rerun to resume", exc
                    ) from exc
                if batch:
                    self.sleep(min(30.0, 0.5 * 2.0**uncertain))
                continue
            if len(ids) != len(batch):
                # The server answered but not with one id per item: settle it by reconciliation.
                uncertain += 1
                self._reconcile(lines, self.journal.state.sends[-1][1])
                batch = [r for r in batch if r.line not in self.journal.state.done]
                if batch and uncertain >= self.max_uncertain_attempts:
                    self.summary.failed_batches += 1
                    raise ImportAborted(f"server kept answering {len(ids)} ids for {len(lines)}")
                continue
            self.journal.record_done(dict(zip(lines, ids, strict=True)))
            self.summary.created += len(ids)
            self.events.created(len(ids))
            return

    def recent(self, since: float) -> list[tuple[str, str]]:
        def on_wait(delay: float, limit: int | None) -> None:
            self.summary.rate_limit_waits += 1
            self.events.waiting(delay, "rate limited (listing)", limit)

        return list_recent(self.target, since, self.sleep, on_wait)

    def _reconcile(self, lines: list[int], since: float) -> None:
        """Journal as done every line of `lines` whose item the server already holds."""
        wanted = set(lines)
        attempts = [at for sent, at in self.journal.state.sends if wanted.intersection(sent)]
        wait = max(attempts, default=0.0) + self.settle - self.clock()
        if wait > 0:
            self.events.waiting(wait, "letting the batch in flight settle")
            self.sleep(wait)
        owned = set(self.journal.state.done.values())
        owned.update(str(i) for i in self.journal.state.header.get("baseline_ids", ()))
        candidates: dict[str, list[str]] = defaultdict(list)
        for item_id, key in self.recent(since - self.clock_skew):
            if item_id not in owned:
                candidates[match_key(key)].append(item_id)
        found: dict[int, str] = {}
        for line in lines:
            record = self._by_line.get(line)
            if record is None:
                continue
            pool = candidates.get(match_key(record.key))
            if pool:
                found[line] = pool.pop()
        self.journal.record_done(found)
        self.summary.reconciled += len(found)
        self.summary.created += len(found)
        self.events.reconciled(len(found), len(lines) - len(found))
        if found:
            self.events.created(len(found))
