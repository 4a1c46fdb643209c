"""The ids an export has already written, kept out of memory.

The exporter needs every id it wrote (to drop the overlap and re-read records, and to anchor a
page), so a set of them grew with the export: ~12 MB per 100,000 records, where the rest of
the export holds about one page (bench/walk_memory.py). SQLite keeps them in a private temporary
database instead (deleted when closed), behind a page cache of fixed size: memory stays flat
however many records are exported.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

_CHUNK = 500  # ids per statement, well under SQLite's limit on bound parameters


class SeenIds:
    """A set of ids on disk: ``add_new`` and ``any_of`` work a page of ids at a time."""

    def __init__(self) -> None:
        # "" is SQLite's private temporary database: on disk once its cache is full, and
        # removed when the connection closes.
        self._db = sqlite3.connect("", isolation_level=None)
        self._db.execute("PRAGMA journal_mode=OFF")  # scratch data: nothing to roll back to
        self._db.execute("CREATE TABLE seen (id TEXT PRIMARY KEY) WITHOUT ROWID")

    def _known(self, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT id FROM seen WHERE id IN ({marks})"
            found.update(row[0] for row in self._db.execute(query, tuple(chunk)))
        return found

    def any_of(self, ids: Sequence[str]) -> bool:
        """Whether any of `ids` was seen."""
        return bool(self._known(ids))

    def add_new(self, ids: Sequence[str]) -> list[bool]:
        """Record `ids`; for each, whether it is new (not seen before, nor earlier in `ids`)."""
        known = self._known(ids)
        fresh = []
        for doc_id in ids:
            fresh.append(doc_id not in known)
            known.add(doc_id)
        new = [(doc_id,) for doc_id, is_new in zip(ids, fresh, strict=True) if is_new]
        if new:
            self._db.execute("BEGIN")
            self._db.executemany("INSERT INTO seen (id) VALUES (?)", new)
            self._db.execute("COMMIT")
        return fresh

    def close(self) -> None:
        self._db.close()
