"""Bulk import that creates every record exactly once, even across crashes and rate limits.

The loop, per batch: journal "send" (fsync) -> create -> journal "done" with the server ids.
- 429: nothing was written; wait out Retry-After (the hourly window) and resend the same batch.
- certainly not processed (the SDK's `may_have_been_processed` is False: a connect failure, the
  API's own 503): resend after a backoff.
- anything else that may have landed (timeout, dropped connection, a 5xx): the batch is
  *reconciled*: items created on the server since the batch was sent are matched to the batch by
  content (a multiset match, skipping ids the journal already owns or that existed before the
  import), the matches are journaled as done, and only the rest is resent. An idempotent target
  (conversations, keyed by a client session id) is simply resent: the server deduplicates.
- a crash anywhere: the next run finds the unsettled "send" in the journal and reconciles it first.
Reconciling waits until the latest attempt is `settle` seconds old (the settle of the run that
sent it, recorded in the journal): a request the client gave up on (timeout, kill -9) may still be
running on the server, and listing before it commits would find nothing and resend a batch that is
about to land. "When" is always the SERVER's time (`clock`), compared with the `created_at` it
stamps, never the client's wall clock; None means not known yet, and then nothing is filtered by
time (every page is read).
The server side is abstracted as a :class:`Target` so this logic does not depend on the SDK.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from .journal import Journal

Outcome = Literal["rate_limited", "resend", "uncertain", "fatal"]


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
    idempotent: bool  # resending a batch cannot create anything twice

    def create_batch(self, bodies: list[dict[str, Any]]) -> list[str]:
        """Create all bodies in one request; return the new ids in input order."""
        ...

    def created_since(self, since: float | None) -> list[tuple[str, str]]:
        """(id, key) of every item created at or after server time `since` (or of unknown age);
        every item when `since` is None."""
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
    since: float | None,
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
            if outcome in ("uncertain", "resend") and failures < LIST_RETRIES:
                failures += 1
                sleep(min(30.0, 2.0**failures))
                continue
            if outcome != "rate_limited":
                raise
            delay = retry_after if retry_after is not None else 60.0
            if on_wait is not None:
                on_wait(delay, getattr(exc, "limit", None))
            sleep(delay)


# Slack when comparing the server's created_at with the server time a batch was sent at: the
# `Date` header has one-second resolution (see server_clock). Both are the server's clock.
MARGIN = 5.0


class Importer:
    def __init__(
        self,
        target: Target,
        journal: Journal,
        records: Sequence[Record],
        *,
        sleep: Callable[[float], None],
        clock: Callable[[], float | None],
        events: Events | None = None,
        max_uncertain_attempts: int = 6,
        margin: float = MARGIN,
        settle: float = 0.0,
    ) -> None:
        self.target = target
        self.journal = journal
        self.records = list(records)
        self.events: Events = events or QuietEvents()
        self.sleep = sleep
        self.clock = clock
        self.max_uncertain_attempts = max_uncertain_attempts
        self.margin = margin
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
            if self.target.idempotent:
                pass  # resent below with the rest: the server returns what it already made
            else:
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
            self.journal.record_send(lines, self.clock(), self.settle)
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
                if outcome == "uncertain" and not self.target.idempotent:
                    self.events.waiting(0.0, f"{type(exc).__name__}; reconciling")
                    self._reconcile(lines, self.journal.state.first_send(lines))
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
                self._reconcile(lines, self.journal.state.first_send(lines))
                batch = [r for r in batch if r.line not in self.journal.state.done]
                if batch and uncertain >= self.max_uncertain_attempts:
                    self.summary.failed_batches += 1
                    raise ImportAborted(f"server kept answering {len(ids)} ids for {len(lines)}")
                continue
            self.journal.record_done(dict(zip(lines, ids, strict=True)))
            self.summary.created += len(ids)
            self.events.created(len(ids))
            return

    def recent(self, since: float | None) -> list[tuple[str, str]]:
        def on_wait(delay: float, limit: int | None) -> None:
            self.summary.rate_limit_waits += 1
            self.events.waiting(delay, "rate limited (listing)", limit)

        return list_recent(self.target, since, self.sleep, on_wait)

    def _settle_wait(self, lines: list[int]) -> float:
        """Seconds until the latest attempt at `lines` is as old as the settle it was sent with."""
        wanted = set(lines)
        attempts = [s for s in self.journal.state.sends if wanted.intersection(s.lines)]
        if not attempts:
            return 0.0
        latest = attempts[-1]  # sends are journaled in order
        settle = latest.settle if latest.settle is not None else self.settle
        now = self.clock()
        if latest.at is None or now is None:
            return settle  # no common clock to measure the age with: assume it was just sent
        return latest.at + settle - now

    def _reconcile(self, lines: list[int], since: float | None) -> None:
        """Journal as done every line of `lines` whose item the server already holds."""
        wait = self._settle_wait(lines)
        if wait > 0:
            self.events.waiting(wait, "letting the batch in flight settle")
            self.sleep(wait)
        owned = set(self.journal.state.done.values())
        owned.update(str(i) for i in self.journal.state.header.get("baseline_ids", ()))
        candidates: dict[str, list[str]] = defaultdict(list)
        for item_id, key in self.recent(None if since is None else since - self.margin):
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
