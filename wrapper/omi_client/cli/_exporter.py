"""Resumable export: one JSONL file per resource, and a state file that says what is committed.

Each page is appended to RESOURCE.jsonl and fsync'd, then the state file is replaced atomically
with the new offset and the file's committed byte length. On resume every file is first cut back
to its committed length (dropping a page that was written but not recorded), the ids already in it
are loaded, and paging continues from the recorded offset; an id seen twice (offset paging over
data that changes underneath) is written once. A finished export run again starts afresh.
The API has no totals and drops locked items after paging, so paging advances by the requested
limit, and a resource ends only after `empty_pages` consecutive empty pages (default 2): one empty
page may be a full page of locked items with readable ones behind it. Each probe is one request.
A fresh export never truncates a non-empty file already in DIRECTORY (the user's own data, or the
last good backup) unless told to overwrite: the old copy would be gone before the new one exists.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

STATE_NAME = ".omi-export-state.json"
STATE_VERSION = 1


class Source(Protocol):
    """One resource to export."""

    name: str  # also the file stem: memories -> memories.jsonl
    page_size: int  # 0 = the endpoint is not paged (one call returns everything)

    def fetch(self, limit: int, offset: int) -> list[dict[str, Any]]: ...

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
    return {name: ResourceState(**stored[name]) for name in names}


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
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(doc, fh, indent=1, sort_keys=True)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(directory)


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _committed_ids(path: Path, committed: int) -> set[str]:
    """Cut `path` back to its committed length and return the ids it holds."""
    if not path.exists():
        if committed:
            raise ExportCorrupt(f"{path} is missing but the export state says it has data")
        path.touch()
        return set()
    size = path.stat().st_size
    if size < committed:
        raise ExportCorrupt(f"{path} is shorter than the export state records")
    if size > committed:
        with path.open("r+b") as fh:
            fh.truncate(committed)
            fh.flush()
            os.fsync(fh.fileno())
    ids: set[str] = set()
    with path.open("rb") as fh:
        for line in fh:
            item = json.loads(line)
            if isinstance(item, dict) and "id" in item:
                ids.add(str(item["id"]))
    return ids


class ExportCorrupt(Exception):
    """The directory does not match its state file; export into a fresh directory instead."""


class ExportWouldOverwrite(Exception):
    """A fresh export would truncate files that already hold data."""


class ExportOptionsDiffer(Exception):
    """An unfinished export started with other options; resuming would mix them in one file."""

    def __init__(self, started_with: dict[str, Any]) -> None:
        super().__init__(f"the unfinished export started with {started_with}")
        self.started_with = started_with


def run_export(
    directory: Path,
    sources: Sequence[Source],
    events: ExportEvents,
    *,
    sleep: Callable[[float], None] = time.sleep,
    max_rate_limit_waits: int = 1000,
    overwrite: bool = False,
    empty_pages: int = 2,
    options: dict[str, Any] | None = None,
) -> dict[str, int]:
    """Export every source into `directory`; returns the number of items per resource."""
    directory.mkdir(parents=True, exist_ok=True)
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
            (directory / f"{name}.jsonl").write_bytes(b"")
    _save_state(directory, state, False, options)
    for source in sources:
        st = state[source.name]
        path = directory / f"{source.name}.jsonl"
        seen = _committed_ids(path, st.bytes)
        waits = 0
        while not st.done:
            limit = source.page_size
            try:
                page = source.fetch(limit, st.offset)
            except Exception as exc:
                delay = source.retry_after(exc)
                if delay is None or waits >= max_rate_limit_waits:
                    raise
                waits += 1
                events.waiting(source.name, delay)
                sleep(delay)
                continue
            fresh = [item for item in page if str(item.get("id")) not in seen]
            if fresh:
                data = "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in fresh)
                with path.open("ab") as fh:
                    fh.write(data.encode())
                    fh.flush()
                    os.fsync(fh.fileno())
                    st.bytes = fh.tell()
                seen.update(str(item.get("id")) for item in fresh)
                st.count += len(fresh)
            st.empty_run = 0 if page else st.empty_run + 1
            if limit == 0 or st.empty_run >= empty_pages:
                st.done = True
            else:
                st.offset += limit
            _save_state(directory, state, False, options)
            events.page(source.name, len(fresh), st.count)
        events.finished(source.name, st.count)
    _save_state(directory, state, True, options)
    return {name: s.count for name, s in state.items()}
