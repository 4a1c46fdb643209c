"""Resumable export: one JSONL file per resource, and a state file that says what is committed.

Each page is appended to RESOURCE.jsonl and fsync'd, then the state file is replaced atomically
with the new offset and the file's committed byte length. On resume every file is first cut back
to its committed length (dropping a page that was written but not recorded), the ids already in it
are loaded, and paging continues from the recorded offset. A finished export run again starts
afresh. Every file is created 0600: it holds personal data.

Complete under concurrent change. Offset paging over a list that loses records mid-export shifts
later records onto pages already read, where they would be skipped. So pages overlap (each starts
`overlap` records before the previous one ended) and ids are de-duplicated; a page that shares no
id with what was already read (more records vanished than the overlap absorbs) makes the exporter
step back and re-read the page before it, further back while those moved too, until a re-read
page is unchanged or shares ids with what was read. The end of a resource is confirmed the same
way. Guarantee: every record that exists from the start to the end of the export is written,
once; records created or deleted meanwhile may or may not be. Assumed: the server's order of the
records that stay does not change during the export (newest first, as the API lists them).

The API has no totals and drops locked items after paging, so a page can be empty with data
behind it: a resource ends only after `empty_pages` consecutive empty pages (default 2).
A fresh export never truncates a non-empty file already in DIRECTORY (the user's own data, or the
last good backup) unless told to overwrite: the old copy would be gone before the new one exists.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from .files import fsync_dir, make_private_dir, open_private, write_private
from .seen import SeenIds

STATE_NAME = ".omi-export-state.json"
STATE_VERSION = 1


class Source(Protocol):
    """One resource to export."""

    name: str  # also the file stem: memories -> memories.jsonl
    page_size: int  # 0 = the endpoint is not paged (one call returns everything)

    def fetch(self, limit: int, offset: int) -> list[dict[str, Any]]: ...

    def incomplete(self, items: list[dict[str, Any]]) -> str | None:
        """For an unpaged source: why `items` may not be everything (None: it is)."""
        ...

    def retry_after(self, exc: BaseException) -> float | None:
        """Seconds to wait if `exc` is a rate-limit error worth waiting out, else None."""
        ...


class ExportEvents(Protocol):
    def page(self, name: str, written: int, total_written: int) -> None: ...
    def waiting(self, name: str, seconds: float) -> None: ...
    def finished(self, name: str, total_written: int) -> None: ...


@dataclass
class ResourceState:
    offset: int = 0
    bytes: int = 0
    count: int = 0
    done: bool = False
    empty_run: int = 0  # consecutive empty pages just seen
    warning: str | None = None  # why this resource may be incomplete


def _load_options(directory: Path) -> dict[str, Any] | None:
    """The options an unfinished export in `directory` started with, or None."""
    try:
        raw = json.loads((directory / STATE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(raw, dict) or raw.get("complete"):
        return None
    options = raw.get("options", {})
    return options if isinstance(options, dict) else None


def _load_state(directory: Path, names: list[str]) -> dict[str, ResourceState] | None:
    """The unfinished export of exactly `names` in `directory`, or None."""
    path = directory / STATE_NAME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(raw, dict) or raw.get("v") != STATE_VERSION:
        return None
    stored = raw.get("resources", {})
    if raw.get("complete") or set(stored) != set(names):
        return None  # a finished (or differently scoped) export: start over
    known = set(ResourceState.__dataclass_fields__)
    return {
        name: ResourceState(**{k: v for k, v in stored[name].items() if k in known})
        for name in names
    }


def _save_state(
    directory: Path,
    state: dict[str, ResourceState],
    complete: bool,
    options: dict[str, Any] | None = None,
) -> None:
    path = directory / STATE_NAME
    tmp = path.with_name(path.name + ".tmp")
    doc = {
        "v": STATE_VERSION,
        "complete": complete,
        "options": options or {},
        "resources": {name: vars(s) for name, s in state.items()},
    }
    with open_private(tmp, "w") as fh:
        json.dump(doc, fh, indent=1, sort_keys=True)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    fsync_dir(directory)


def _committed_ids(path: Path, committed: int, seen: SeenIds) -> None:
    """Cut `path` back to its committed length and add the ids it holds to `seen`."""
    if not path.exists():
        if committed:
            raise ExportCorrupt(f"{path} is missing but the export state says it has data")
        write_private(path, b"")
        return
    size = path.stat().st_size
    if size < committed:
        raise ExportCorrupt(f"{path} is shorter than the export state records")
    if size > committed:
        with path.open("r+b") as fh:
            fh.truncate(committed)
            fh.flush()
            os.fsync(fh.fileno())
    with path.open("rb") as fh:
        ids: list[str] = []
        for line in fh:
            item = json.loads(line)
            if isinstance(item, dict) and "id" in item:
                ids.append(str(item["id"]))
            if len(ids) >= 1000:
                seen.add_new(ids)
                ids = []
        seen.add_new(ids)


class ExportCorrupt(Exception):
    """The directory does not match its state file; export into a fresh directory instead."""


class ExportWouldOverwrite(Exception):
    """A fresh export would truncate files that already hold data."""


class ExportUnstable(Exception):
    """The list kept shifting while the exporter re-read it (records deleted without pause)."""


class ExportOptionsDiffer(Exception):
    """An unfinished export started with other options; resuming would mix them in one file."""

    def __init__(self, started_with: dict[str, Any]) -> None:
        super().__init__(f"the unfinished export started with {started_with}")
        self.started_with = started_with


def overlap(page_size: int) -> int:
    """Records each page re-reads from the previous one (at least 1, to anchor it)."""
    return min(max(1, page_size // 20), page_size - 1)


MAX_REREADS = 200  # step-backs without progress before giving up on a list that never holds still


class _Pager:
    """Anchored, overlapping offset paging of one source (see the module docstring).

    A read page is "unchanged" (same ids as the last read at that offset), "anchored" (offset 0,
    or it shares an id with what was already read) or "adrift" (neither: the list moved by more
    than the overlap, or the overlap is all locked items the server leaves out).
    """

    def __init__(
        self,
        source: Source,
        st: ResourceState,
        seen: SeenIds,
        fetch: Callable[[int], list[dict[str, Any]]],
        write: Callable[[list[dict[str, Any]]], int],
    ) -> None:
        if source.page_size < 2:
            raise ValueError("overlapping pages need a page size of at least 2")
        self.st = st
        self.name = source.name
        self.seen = seen
        self.fetch = fetch
        self.write = write
        self.step = source.page_size - overlap(source.page_size)
        # offset -> fingerprint of the ids last read there (not the ids: memory stays flat)
        self.history: dict[int, bytes] = {}
        self.rereads = 0

    def _read(self, offset: int) -> tuple[str, bool]:
        page = self.fetch(offset)
        ids = [str(item.get("id")) for item in page]
        fingerprint = hashlib.blake2b(json.dumps(ids).encode(), digest_size=16).digest()
        if self.history.get(offset) == fingerprint:
            verdict = "unchanged"
        elif offset == 0 or self.seen.any_of(ids):
            verdict = "anchored"
        else:
            verdict = "adrift"
        self.history[offset] = fingerprint
        self.write(page)
        return verdict, bool(ids)

    def _settle_back(self, frontier: int) -> int:
        """`frontier` was adrift: re-read backwards until a page is unchanged or anchored.
        Returns the offset to read next."""
        back = frontier
        while True:
            self.rereads += 1
            if self.rereads > MAX_REREADS:
                raise ExportUnstable(
                    f"{self.name}: the list kept shifting while it was re-read {MAX_REREADS} "
                    "times; run the export again when nothing is deleting records"
                )
            back = max(0, back - self.step)
            verdict, _ = self._read(back)
            if verdict == "unchanged" and back + self.step == frontier:
                return frontier + self.step  # nothing moved: the gap was locked items
            if verdict != "adrift":
                return back + self.step

    def next_page(self, empty_pages: int) -> None:
        """Read the page at the frontier and move the frontier on (or finish)."""
        st = self.st
        verdict, has_items = self._read(st.offset)
        if has_items:
            st.empty_run = 0
            if verdict == "adrift":
                st.offset = self._settle_back(st.offset)
            else:
                self.rereads = 0
                st.offset += self.step
            return
        st.empty_run += 1
        if st.empty_run < empty_pages:
            st.offset += self.step
            return
        # The end, unless the last page with data moved since it was read: confirm it.
        last = st.offset - st.empty_run * self.step
        if last < 0:
            st.done = True
            return
        verdict, _ = self._read(last)
        st.empty_run = 0
        if verdict == "unchanged":
            st.done = True
        elif verdict == "anchored":
            st.offset = last + self.step
        else:
            st.offset = self._settle_back(last)


def run_export(
    directory: Path,
    sources: Sequence[Source],
    events: ExportEvents,
    *,
    sleep: Callable[[float], None],
    max_rate_limit_waits: int = 1000,
    overwrite: bool = False,
    empty_pages: int = 2,
    options: dict[str, Any] | None = None,
) -> dict[str, ResourceState]:
    """Export every source into `directory`; returns each resource's final state (its count,
    and a warning when the server's answer cannot be shown to be complete)."""
    make_private_dir(directory)
    names = [s.name for s in sources]
    options = options or {}
    resumable = _load_state(directory, names)
    if resumable is not None and _load_options(directory) != options:
        if not overwrite:
            raise ExportOptionsDiffer(_load_options(directory) or {})
        resumable = None
    state = resumable or {name: ResourceState() for name in names}
    if resumable is None:
        occupied = [
            f"{name}.jsonl"
            for name in names
            if (directory / f"{name}.jsonl").exists()
            and (directory / f"{name}.jsonl").stat().st_size > 0
        ]
        if occupied and not overwrite:
            raise ExportWouldOverwrite(
                f"{directory} already holds {', '.join(occupied)} (not an unfinished export to "
                "resume); choose an empty directory, or pass --overwrite to replace them"
            )
    if all(s.offset == 0 and not s.done for s in state.values()):
        for name in names:  # a fresh export: start from empty files
            state[name] = ResourceState()
            write_private(directory / f"{name}.jsonl", b"")
    _save_state(directory, state, False, options)
    for source in sources:
        st = state[source.name]
        path = directory / f"{source.name}.jsonl"
        seen = SeenIds()
        try:
            _committed_ids(path, st.bytes, seen)
            waits = 0

            def fetch(offset: int, source: Source = source) -> list[dict[str, Any]]:
                nonlocal waits
                while True:
                    try:
                        return source.fetch(source.page_size, offset)
                    except Exception as exc:
                        delay = source.retry_after(exc)
                        if delay is None or waits >= max_rate_limit_waits:
                            raise
                        waits += 1
                        events.waiting(source.name, delay)
                        sleep(delay)

            def write(
                page: list[dict[str, Any]], path: Path = path, seen: SeenIds = seen,
                st: ResourceState = st,
            ) -> int:  # fmt: skip
                new = seen.add_new([str(item.get("id")) for item in page])
                fresh = [item for item, is_new in zip(page, new, strict=True) if is_new]
                if fresh:
                    data = "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in fresh)
                    with open_private(path, "ab") as fh:
                        fh.write(data.encode())
                        fh.flush()
                        os.fsync(fh.fileno())
                        st.bytes = fh.tell()
                    st.count += len(fresh)
                return len(fresh)

            if source.page_size == 0 and not st.done:
                items = fetch(0)
                write(items)
                st.warning = source.incomplete(items)
                st.done = True
                _save_state(directory, state, False, options)
                events.page(source.name, st.count, st.count)
            if not st.done:
                pager = _Pager(source, st, seen, fetch, write)
            while not st.done:
                pager.next_page(empty_pages)
                _save_state(directory, state, False, options)
                events.page(source.name, 0, st.count)
            events.finished(source.name, st.count)
        finally:
            seen.close()
    _save_state(directory, state, True, options)
    return state
