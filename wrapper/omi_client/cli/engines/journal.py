"""The import journal: an append-only, fsync'd JSONL file that makes an import resumable.

Records, one per line:
  {"op": "begin", "v": 2, "kind": ..., "sha256": ..., "records": N}  first line; sha256 is the
      hash of the parsed records (see records.py), which ties the journal to FILE's content
  {"op": "send", "lines": [...], "at": server_time, "settle": seconds}  written *before* a batch
      goes out; `at` is the server's clock (null if unknown), `settle` how long that attempt may
      still be running on the server (its request timeout plus a margin)
  {"op": "done", "ids": {"<line>": "<server id>", ...}}  written after the server confirmed them
  {"op": "complete"}

Batches go out one at a time, so only the most recent "send" can be unsettled: its lines that no
"done" covers are the batch that was in flight at a crash. Those must be reconciled against the
server before anything is resent. A torn last line (kill -9 mid-write) is dropped on open.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .files import fsync_dir, open_private

VERSION = 2


class JournalMismatch(Exception):
    """The journal belongs to a different input file (or kind); resuming would be wrong."""


class JournalCorrupt(JournalMismatch):
    """A complete line that does not parse: damage, not a torn write (see _parse)."""


class JournalBusy(Exception):
    """Another live process holds the journal (two imports of one file at once would race)."""


@dataclass
class Pending:
    """Lines whose create may or may not have reached the server, and when it was first sent."""

    lines: list[int]
    since: float | None


@dataclass
class Send:
    """One attempt at a batch: its lines, the server time it went out, and its settle."""

    lines: list[int]
    at: float | None
    settle: float | None = None


@dataclass
class JournalState:
    header: dict[str, Any]
    done: dict[int, str] = field(default_factory=dict)  # line number -> server id
    sends: list[Send] = field(default_factory=list)
    complete: bool = False

    def first_send(self, lines: list[int]) -> float | None:
        """Server time of the first attempt at any of `lines` (None if any time is unknown)."""
        wanted = set(lines)
        times = [s.at for s in self.sends if wanted.intersection(s.lines)]
        if not times or any(t is None for t in times):
            return None
        return min(t for t in times if t is not None)

    @property
    def pending(self) -> Pending | None:
        """The unsettled part of the last send, if any (see module docstring)."""
        if not self.sends:
            return None
        last_lines = [n for n in self.sends[-1].lines if n not in self.done]
        if not last_lines:
            return None
        # An earlier attempt at the same lines may also have landed late: reconcile from the first.
        return Pending(lines=last_lines, since=self.first_send(last_lines))


def _parse(raw: bytes) -> tuple[list[dict[str, Any]], int]:
    """Records and the byte length of the intact prefix (everything up to the last good line).

    Each record is one write ending in a newline, and the torn tail is cut before anything is
    appended, so only a final line without its newline can be torn. A complete line that does
    not parse is damage: cutting there would forget the "done" records after it, so refuse."""
    records: list[dict[str, Any]] = []
    good = 0
    pos = 0
    while pos < len(raw):
        end = raw.find(b"\n", pos)
        if end < 0:
            break  # torn final line: no newline was written
        try:
            record = json.loads(raw[pos:end])
        except ValueError:
            record = None
        if not isinstance(record, dict) or "op" not in record:
            raise JournalCorrupt(f"line {len(records) + 1} is damaged")
        records.append(record)
        pos = end + 1
        good = pos
    return records, good


def has_begun(path: Path) -> bool:
    """True when `path` holds an intact "begin" record (a run got past writing its header)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return False
    try:
        records, _ = _parse(raw)
    except JournalCorrupt:
        return True  # opening it reports the damage
    return bool(records) and records[0].get("op") == "begin"


def _replay(records: list[dict[str, Any]]) -> JournalState:
    if not records or records[0].get("op") != "begin":
        raise JournalMismatch("not an omi-client import journal")
    state = JournalState(header=records[0])
    for record in records[1:]:
        op = record["op"]
        if op == "send":
            at, settle = record.get("at"), record.get("settle")
            state.sends.append(
                Send(
                    [int(n) for n in record["lines"]],
                    None if at is None else float(at),
                    None if settle is None else float(settle),
                )
            )
        elif op == "done":
            state.done.update({int(n): str(i) for n, i in record["ids"].items()})
        elif op == "complete":
            state.complete = True
    return state


class Journal:
    """Open (or create) the journal at `path` for an input identified by `header`."""

    def __init__(self, path: Path, header: dict[str, Any]) -> None:
        self.path = path
        self._lock = _lock(path)
        header = {"op": "begin", "v": VERSION, **header}
        if path.exists():
            raw = path.read_bytes()
            try:
                records, good = _parse(raw)
            except JournalCorrupt as exc:
                self.close()
                raise JournalCorrupt(
                    f"{path}: {exc}; it cannot be resumed safely (records after that line would "
                    "be sent again). Repair or move it; --restart sends every line again"
                ) from exc
            if good < len(raw):
                with path.open("r+b") as fh:  # drop the torn tail so appends stay line-aligned
                    fh.truncate(good)
                    fh.flush()
                    os.fsync(fh.fileno())
            if not records:
                self.state = JournalState(header=header)
                self._append(header)
                return
            self.state = _replay(records)
            if self.state.header.get("v") != header.get("v"):
                self.close()
                raise JournalMismatch(
                    f"{path} was written by another version of omi-client (journal format "
                    f"{self.state.header.get('v')}); finish that import with that version, or "
                    "move the journal away and use --restart (which sends every line again)"
                )
            for key in ("kind", "sha256"):
                if self.state.header.get(key) != header.get(key):
                    created = len(self.state.done)
                    self.close()
                    raise JournalMismatch(
                        f"{path} was written for a different input ({key} differs; the file "
                        f"changed?). {created} records of that import were already created: "
                        "--restart would send every line again, duplicating them unless you "
                        "first remove those lines. --journal picks another journal path"
                    )
        else:
            self.state = JournalState(header=header)
            self._append(header)
            fsync_dir(path.parent)

    def close(self) -> None:
        """Release the lock (also happens when the process ends, however it ends)."""
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def record_send(self, lines: list[int], at: float | None, settle: float | None = None) -> None:
        self._append({"op": "send", "lines": lines, "at": at, "settle": settle})
        self.state.sends.append(Send(list(lines), at, settle))

    def record_done(self, ids: dict[int, str]) -> None:
        if not ids:
            return
        self._append({"op": "done", "ids": {str(n): i for n, i in ids.items()}})
        self.state.done.update(ids)

    def record_complete(self) -> None:
        self._append({"op": "complete"})
        self.state.complete = True

    def _append(self, record: dict[str, Any]) -> None:
        data = (json.dumps(record, separators=(",", ":")) + "\n").encode()
        with open_private(self.path, "ab") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())


def discard(path: Path) -> None:
    """Delete the journal at `path` (--restart), but never one a running import holds."""
    lock = _lock(path)
    try:
        path.unlink(missing_ok=True)
    finally:
        if lock is not None:
            lock.close()


def _lock(path: Path) -> Any:
    """Hold an exclusive lock on PATH.lock while the journal is open (kill -9 releases it too)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        return None
    handle = open_private(path.with_name(path.name + ".lock"), "a+b")
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        handle.close()
        raise JournalBusy(f"{path} is in use by another running import") from exc
    return handle
