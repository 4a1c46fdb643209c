"""Unit tests of the import journal and the exactly-once import loop.

The server here is an in-memory stand-in so that a crash can be placed at every step of the
protocol (before the request, after the server committed but before the journal heard back);
the same guarantees are checked over HTTP against the fake server in test_import.py.
"""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from omi_client.cli.engines.importer import Importer, Outcome, Record
from omi_client.cli.engines.journal import Journal, JournalMismatch

HEADER = {"kind": "memories", "sha256": "abc", "records": 3}


class Crash(BaseException):
    """Stands in for kill -9: nothing after it runs, nothing catches it."""


class RateLimited(Exception):
    def __init__(self, retry_after: float) -> None:
        self.retry_after = retry_after


class Dropped(Exception):
    """The connection died; the write may or may not have happened."""


class MemoryServer:
    """Stores (id, key, created_at); create_batch follows a script of faults."""

    kind = "memories"
    idempotent = False

    def __init__(self, batch_size: int = 2) -> None:
        self.batch_size = batch_size
        self.items: list[tuple[str, str, float]] = []
        self.ids = itertools.count(1)
        self.now = 1000.0
        # Each entry: None (ok), "crash_before", "crash_after", "drop_after", "drop_before",
        # ("429", seconds), consumed one per create_batch call.
        self.script: list[Any] = []
        # Answers to listing: a 429's Retry-After, or "drop" (a failed read).
        self.list_script: list[Any] = []
        self.calls = 0

    def preload(self, key: str, created_at: float) -> str:
        item_id = f"pre{next(self.ids)}"
        self.items.append((item_id, key, created_at))
        return item_id

    def create_batch(self, bodies: list[dict[str, Any]]) -> list[str]:
        self.calls += 1
        step = self.script.pop(0) if self.script else None
        if step == "crash_before":
            raise Crash
        if isinstance(step, tuple):
            raise RateLimited(step[1])
        if step == "drop_before":
            raise Dropped
        new = [(f"m{next(self.ids)}", b["content"], self.now) for b in bodies]
        self.items.extend(new)
        if step == "crash_after":
            raise Crash
        if step == "drop_after":
            raise Dropped
        return [i for i, _, _ in new]

    def created_since(self, since: float | None) -> list[tuple[str, str]]:
        if self.list_script:
            step = self.list_script.pop(0)
            if step == "drop":
                raise Dropped
            raise RateLimited(step)
        return [(i, k) for i, k, at in self.items if since is None or at >= since]

    def classify(self, exc: BaseException) -> tuple[Outcome, float | None]:
        if isinstance(exc, RateLimited):
            return "rate_limited", exc.retry_after
        if isinstance(exc, Dropped):
            return "uncertain", None
        return "fatal", None


def _records(contents: list[str]) -> list[Record]:
    return [Record(n, {"content": c}, c) for n, c in enumerate(contents, start=1)]


def _importer(
    server: MemoryServer, path: Path, records: list[Record], header: Any = HEADER, **kw: Any
) -> Importer:
    sleeps: list[float] = []
    return Importer(
        server, Journal(path, dict(header)), records, sleep=sleeps.append,
        clock=lambda: server.now, **kw,
    )  # fmt: skip


def _held(server: MemoryServer) -> Counter[str]:
    return Counter(k for i, k, _ in server.items if not i.startswith("pre"))


def test_torn_last_line_is_dropped_and_appends_stay_aligned(tmp_path: Path) -> None:
    path = tmp_path / "j"
    journal = Journal(path, dict(HEADER))
    journal.record_send([1, 2], 5.0)
    journal.record_done({1: "a"})
    with path.open("ab") as fh:
        fh.write(b'{"op":"done","ids":{"2":')  # kill -9 in the middle of a write
    journal.close()
    again = Journal(path, dict(HEADER))
    assert again.state.done == {1: "a"}
    assert again.state.pending is not None and again.state.pending.lines == [2]
    again.record_done({2: "b"})
    again.close()
    third = Journal(path, dict(HEADER))
    assert third.state.done == {1: "a", 2: "b"}
    assert third.state.pending is None
    assert path.read_bytes().endswith(b"\n")


def test_journal_refuses_a_different_input(tmp_path: Path) -> None:
    path = tmp_path / "j"
    Journal(path, dict(HEADER)).close()
    with pytest.raises(JournalMismatch, match="sha256"):
        Journal(path, {**HEADER, "sha256": "other"})


def test_pending_covers_only_the_last_unsettled_send(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j", dict(HEADER))
    journal.record_send([1, 2], 10.0)
    journal.record_done({1: "a", 2: "b"})
    assert journal.state.pending is None
    journal.record_send([3, 4], 20.0)
    journal.record_send([3, 4], 30.0)  # resent after a 429: reconcile from the first attempt
    pending = journal.state.pending
    assert pending is not None and pending.lines == [3, 4] and pending.since == 20.0


CONTENTS = ["a", "b", "a", "c", "d", "e", "b"]  # duplicates on purpose: matching is a multiset


@pytest.mark.parametrize("crash_at", range(4))
@pytest.mark.parametrize("when", ["crash_before", "crash_after"])
def test_crash_at_any_batch_then_resume_creates_each_record_once(
    tmp_path: Path, crash_at: int, when: str
) -> None:
    server = MemoryServer()
    server.script = [None] * crash_at + [when]
    records = _records(CONTENTS)
    with pytest.raises(Crash):
        _importer(server, tmp_path / "j", records).run()
    summary = _importer(server, tmp_path / "j", records).run()
    assert _held(server) == Counter(CONTENTS)
    batch_sizes = [2, 2, 2, 1]  # 7 records in batches of 2
    assert summary.reconciled == (batch_sizes[crash_at] if when == "crash_after" else 0)
    journal = Journal(tmp_path / "j", dict(HEADER))
    assert journal.state.complete
    assert sorted(journal.state.done) == list(range(1, len(CONTENTS) + 1))
    assert len(set(journal.state.done.values())) == len(CONTENTS)


def test_dropped_connection_after_commit_is_reconciled_not_resent(tmp_path: Path) -> None:
    server = MemoryServer()
    server.script = [None, "drop_after", "drop_before"]
    summary = _importer(server, tmp_path / "j", _records(CONTENTS)).run()
    assert _held(server) == Counter(CONTENTS)
    assert summary.reconciled == 2 and summary.failed_batches == 0


def test_rate_limit_is_waited_out_without_failing_a_batch(tmp_path: Path) -> None:
    server = MemoryServer()
    server.script = [None, ("429", 7.0), ("429", 7.0), None]
    sleeps: list[float] = []
    importer = Importer(
        server, Journal(tmp_path / "j", dict(HEADER)), _records(CONTENTS),
        sleep=sleeps.append, clock=lambda: server.now,
    )  # fmt: skip
    summary = importer.run()
    assert _held(server) == Counter(CONTENTS)
    assert sleeps == [7.0, 7.0]
    assert summary.rate_limit_waits == 2 and summary.failed_batches == 0


def test_crash_during_rate_limit_wait_resends_once(tmp_path: Path) -> None:
    server = MemoryServer()
    server.script = [("429", 5.0), "crash_before"]
    records = _records(CONTENTS)
    with pytest.raises(Crash):
        _importer(server, tmp_path / "j", records).run()
    _importer(server, tmp_path / "j", records).run()
    assert _held(server) == Counter(CONTENTS)


def test_items_that_existed_before_the_import_are_not_claimed(tmp_path: Path) -> None:
    server = MemoryServer()
    baseline = [server.preload("a", server.now - 1), server.preload("b", server.now - 1)]
    server.script = ["crash_before"]
    records = _records(CONTENTS)
    header = {**HEADER, "baseline_ids": baseline}
    with pytest.raises(Crash):
        _importer(server, tmp_path / "j", records, header=header).run()
    _importer(server, tmp_path / "j", records, header=header).run()
    assert _held(server) == Counter(CONTENTS)  # "a" and "b" were still created by the import


def test_persistent_uncertain_failures_abort_resumably(tmp_path: Path) -> None:
    from omi_client.cli.engines.importer import ImportAborted

    server = MemoryServer()
    server.script = ["drop_before"] * 3
    records = _records(CONTENTS)
    with pytest.raises(ImportAborted):
        _importer(server, tmp_path / "j", records, max_uncertain_attempts=3).run()
    _importer(server, tmp_path / "j", records).run()
    assert _held(server) == Counter(CONTENTS)


def test_completed_journal_sends_nothing(tmp_path: Path) -> None:
    server = MemoryServer()
    records = _records(CONTENTS)
    _importer(server, tmp_path / "j", records).run()
    calls = server.calls
    summary = _importer(server, tmp_path / "j", records).run()
    assert server.calls == calls and summary.already_done == len(CONTENTS)


def test_a_second_live_importer_cannot_open_the_same_journal(tmp_path: Path) -> None:
    from omi_client.cli.engines.journal import JournalBusy

    first = Journal(tmp_path / "j", dict(HEADER))
    with pytest.raises(JournalBusy):
        Journal(tmp_path / "j", dict(HEADER))
    first.close()
    Journal(tmp_path / "j", dict(HEADER))  # free again once the holder is done


def test_a_rate_limited_reconciliation_list_is_waited_out(tmp_path: Path) -> None:
    server = MemoryServer()
    server.script = [None, "drop_after"]
    server.list_script = [9.0]
    sleeps: list[float] = []
    importer = Importer(
        server, Journal(tmp_path / "j", dict(HEADER)), _records(CONTENTS),
        sleep=sleeps.append, clock=lambda: server.now,
    )  # fmt: skip
    summary = importer.run()
    assert 9.0 in sleeps and summary.reconciled == 2
    assert _held(server) == Counter(CONTENTS)


def test_an_edited_input_is_refused_with_what_restart_would_duplicate(tmp_path: Path) -> None:
    """The hint must not steer the user into re-sending records that already exist."""
    path = tmp_path / "j"
    journal = Journal(path, dict(HEADER))
    journal.record_send([1, 2], 1.0)
    journal.record_done({1: "m1", 2: "m2"})
    journal.close()
    with pytest.raises(JournalMismatch) as caught:
        Journal(path, {**HEADER, "sha256": "edited"})
    message = str(caught.value)
    assert "2 records" in message and "again" in message


def test_resume_right_after_a_crash_waits_for_the_batch_in_flight_to_settle(
    tmp_path: Path,
) -> None:
    """kill -9 at 1000 s, resumed at 1010 s: the killed request may still land, so the rerun
    lists the server only once the attempt is `settle` (60 s) old, i.e. after sleeping 50 s.
    The settle is the one the killed run sent the batch with (its timeout), recorded in the
    journal, not the resuming run's (5 s here, as with a shorter --timeout)."""
    server = MemoryServer()
    server.script = ["crash_before"]
    records = _records(CONTENTS)
    with pytest.raises(Crash):
        _importer(server, tmp_path / "j", records, settle=60.0).run()
    server.now += 10
    order: list[str] = []
    listing = server.created_since

    def created_since(since: float) -> list[tuple[str, str]]:
        order.append("list")
        return listing(since)

    server.created_since = created_since  # type: ignore[method-assign]
    Importer(
        server, Journal(tmp_path / "j", dict(HEADER)), records, settle=5.0,
        sleep=lambda s: order.append(f"sleep {s:g}"), clock=lambda: server.now,
    ).run()  # fmt: skip
    assert order[:2] == ["sleep 50", "list"]
    assert _held(server) == Counter(CONTENTS)


def test_a_failing_reconciliation_list_is_retried_not_fatal(tmp_path: Path) -> None:
    """Listing is a read: a few dropped connections or 5xx in a row must not end a long import."""
    server = MemoryServer()
    server.script = [None, "drop_after"]
    server.list_script = ["drop", "drop", "drop", "drop"]
    importer = Importer(
        server, Journal(tmp_path / "j", dict(HEADER)), _records(CONTENTS),
        sleep=lambda s: None, clock=lambda: server.now,
    )  # fmt: skip
    summary = importer.run()
    assert summary.reconciled == 2 and summary.failed_batches == 0
    assert _held(server) == Counter(CONTENTS)


def test_a_damaged_line_in_the_middle_is_refused_not_cut_away(tmp_path: Path) -> None:
    """Only the last line can be torn (appends go after the tail is repaired). A bad complete
    line is damage; cutting the file there would forget later "done" records and resend them."""
    path = tmp_path / "j"
    journal = Journal(path, dict(HEADER))
    journal.record_send([1], 5.0)
    journal.record_done({1: "a"})
    journal.record_send([2], 6.0)
    journal.record_done({2: "b"})
    journal.close()
    lines = path.read_bytes().split(b"\n")
    lines[2] = b"#" * len(lines[2])  # the first "done" record, damaged in place
    damaged = b"\n".join(lines)
    path.write_bytes(damaged)
    with pytest.raises(JournalMismatch, match="line 3"):
        Journal(path, dict(HEADER))
    assert path.read_bytes() == damaged  # nothing was cut away
