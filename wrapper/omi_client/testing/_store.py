"""Where the fake keeps its documents: in memory, optionally written through to SQLite.

Reads come from memory (one code path); with a data file every write is also upserted into
SQLite so state survives a restart. A restart reads only each document's kind, user, id and
``created_at`` (enough to list them in order) and loads a document's body the first time it is
read, so a million-record file is serving in seconds instead of parsing every body first
(bench/fake_scale.py). Documents are plain JSON dicts grouped by kind and user, kept in creation
order.
"""

from __future__ import annotations

import json
import random
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any, cast

from ._order import NewestFirst, Order

Doc = dict[str, Any]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
    kind TEXT NOT NULL, uid TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, created TEXT,
    PRIMARY KEY (kind, uid, id)
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
_UPSERT = (
    "INSERT INTO docs (kind, uid, id, body, created) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (kind, uid, id) DO UPDATE SET body = excluded.body, created = excluded.created"
)
_ON_DISK: Any = None  # a document not read from the data file yet (documents are never None)
_KIND_UID, _ID, _CREATED = itemgetter(0, 1), itemgetter(2), itemgetter(3)
_BATCH = 500  # ids per SELECT when loading bodies


class Store:
    """Documents by kind -> user -> id. Thread-safe: tests may seed it from outside the server."""

    def __init__(self, path: str | Path | None = None, seed: int | None = None) -> None:
        self.lock = threading.RLock()
        self._docs: dict[str, dict[str, dict[str, Doc]]] = {}
        self._orders: dict[tuple[str, str], Order] = {}
        self._meta: dict[str, str] = {}
        self._db: sqlite3.Connection | None = None
        if path is not None:
            self._open(Path(path))
        count = sum(len(user) for kind in self._docs.values() for user in kind.values())
        self._rng = random.Random(f"{seed}:{count}") if seed is not None else random.SystemRandom()

    def _open(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(_SCHEMA)
        _add_created_column(db)
        # Only kind, user, id and created_at: no body is read or parsed until it is asked for.
        # Whole runs of rows at a time (C-level groupby/map, no Python code per row).
        groups: dict[tuple[str, str], tuple[list[str], list[str | None]]] = {}
        rows = db.execute("SELECT kind, uid, id, created FROM docs ORDER BY rowid")
        while chunk := rows.fetchmany(_BATCH * 100):
            for key, run in groupby(chunk, key=_KIND_UID):
                ids, stamps = groups.setdefault(key, ([], []))
                run_rows = list(run)
                ids += map(_ID, run_rows)
                stamps += map(_CREATED, run_rows)
        for (kind, uid), (ids, stamps) in groups.items():
            self._docs.setdefault(kind, {})[uid] = dict.fromkeys(ids, _ON_DISK)
            if None not in stamps:  # kinds without created_at are never listed in order
                self._orders[(kind, uid)] = Order.sorted(ids, cast("list[str]", stamps))
        self._meta = dict(db.execute("SELECT key, value FROM meta"))
        self._db = db

    def _load(self, kind: str, uid: str, ids: Sequence[str]) -> None:
        """Read the bodies of documents still on disk into memory."""
        docs = self._docs[kind][uid]
        assert self._db is not None
        for start in range(0, len(ids), _BATCH):
            chunk = list(ids[start : start + _BATCH])
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT id, body FROM docs WHERE kind = ? AND uid = ? AND id IN ({marks})",
                (kind, uid, *chunk),
            ).fetchall()
            if rows:
                # One json.loads for the batch: its documents share their key strings.
                bodies = json.loads("[" + ",".join(body for _, body in rows) + "]")
                for (doc_id, _), doc in zip(rows, bodies, strict=True):
                    if docs.get(doc_id, 0) is _ON_DISK:
                        docs[doc_id] = doc

    def _resolved(self, kind: str, uid: str, ids: list[str]) -> list[Doc]:
        """The documents of `ids` (in that order), loading any still on disk."""
        docs = self._docs.get(kind, {}).get(uid, {})
        found = [docs.get(doc_id) for doc_id in ids]
        if _ON_DISK in found:
            with self.lock:
                self._load(kind, uid, [i for i, doc in zip(ids, found, strict=True) if doc is None])
                found = [docs.get(doc_id) for doc_id in ids]
        return [doc for doc in found if doc is not None]  # a concurrent delete: left out

    def _group(self, kind: str, uid: str) -> dict[str, Doc]:
        """The user's documents of one kind, all in memory."""
        docs = self._docs.get(kind, {}).get(uid, {})
        if _ON_DISK in docs.values():
            with self.lock:
                self._load(kind, uid, [i for i, doc in docs.items() if doc is _ON_DISK])
        return docs

    def close(self) -> None:
        with self.lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many writes as one SQLite transaction (seeding a million records: one commit, not a
        million). Other threads wait until it ends."""
        with self.lock:
            if self._db is None or self._db.in_transaction:
                yield
                return
            self._db.execute("BEGIN")
            try:
                yield
            finally:  # what reached memory reaches the disk, even when the batch stops early
                self._db.execute("COMMIT")

    def new_id(self) -> str:
        """A random (seeded: reproducible) UUID4, formatted as uuid.UUID formats it."""
        with self.lock:
            value = self._rng.getrandbits(128)
        value = (value & ~(0xF000 << 64) & ~(0xC000 << 48)) | (4 << 76) | (0x8000 << 48)
        h = f"{value:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def token(self, nbytes: int) -> str:
        with self.lock:
            return self._rng.getrandbits(nbytes * 8).to_bytes(nbytes, "big").hex()

    def all(self, kind: str, uid: str) -> list[Doc]:
        """The user's documents of one kind, oldest first (a copy of the list, not the docs)."""
        return list(self._group(kind, uid).values())

    def newest_first(self, kind: str, uid: str) -> Sequence[Doc]:
        """The user's documents of one kind, newest ``created_at`` first (later-created first
        among equal ones). A view, read as it is sliced or iterated: do not keep it across writes.
        """
        with self.lock:
            order = self._orders.get((kind, uid))
            if order is None:
                docs = self.all(kind, uid)
                order = Order.sorted([d["id"] for d in docs], [d["created_at"] for d in docs])
                self._orders[(kind, uid)] = order
            ids = order.merged().ids
        return NewestFirst(ids, lambda part: self._resolved(kind, uid, part))

    def get(self, kind: str, uid: str, doc_id: str) -> Doc | None:
        docs = self._docs.get(kind, {}).get(uid, {})
        doc = docs.get(doc_id)
        if doc is None and doc_id in docs:
            with self.lock:
                self._load(kind, uid, [doc_id])
                doc = docs.get(doc_id)
        return doc

    def each(self, kind: str) -> Iterator[tuple[str, Doc]]:
        """Every (uid, doc) of one kind, across users."""
        for uid in list(self._docs.get(kind, {})):
            for doc in list(self._group(kind, uid).values()):
                yield uid, doc

    def put(self, kind: str, uid: str, doc: Doc) -> Doc:
        with self.lock:
            docs = self._docs.setdefault(kind, {}).setdefault(uid, {})
            known = doc["id"] in docs
            old = docs.get(doc["id"])
            docs[doc["id"]] = doc
            order = self._orders.get((kind, uid))
            if order is not None:
                if not known:
                    order.add(doc["id"], doc["created_at"])
                else:
                    before = old["created_at"] if old is not None and old is not doc else None
                    order.update(doc["id"], before, doc["created_at"])
            if self._db is not None:
                body = json.dumps(doc, separators=(",", ":"))
                self._db.execute(_UPSERT, (kind, uid, doc["id"], body, doc.get("created_at")))
        return doc

    def delete(self, kind: str, uid: str, doc_id: str) -> bool:
        with self.lock:
            docs = self._docs.get(kind, {}).get(uid, {})
            if doc_id not in docs:
                return False
            doc = docs.pop(doc_id)
            order = self._orders.get((kind, uid))
            if order is not None:
                order.remove(doc_id, doc["created_at"] if doc is not None else None)
            if self._db is not None:
                self._db.execute(
                    "DELETE FROM docs WHERE kind = ? AND uid = ? AND id = ?", (kind, uid, doc_id)
                )
            return True

    def clear(self, keep: tuple[str, ...] = ()) -> None:
        """Forget every document except those of the kinds in ``keep``."""
        with self.lock:
            for kind in [k for k in self._docs if k not in keep]:
                del self._docs[kind]
            self._orders = {k: v for k, v in self._orders.items() if k[0] in keep}
            if self._db is not None:
                marks = ", ".join("?" for _ in keep) or "''"
                self._db.execute(f"DELETE FROM docs WHERE kind NOT IN ({marks})", keep)

    def meta(self, key: str) -> str | None:
        return self._meta.get(key)

    def set_meta(self, key: str, value: str) -> None:
        with self.lock:
            self._meta[key] = value
            if self._db is not None:
                self._db.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )


def _add_created_column(db: sqlite3.Connection) -> None:
    """A data file from before the ``created`` column gets it, filled from the bodies (once)."""
    columns = [row[1] for row in db.execute("PRAGMA table_info(docs)")]
    if "created" in columns:
        return
    db.execute("BEGIN")
    db.execute("ALTER TABLE docs ADD COLUMN created TEXT")
    rows = db.execute("SELECT rowid, body FROM docs").fetchall()
    db.executemany(
        "UPDATE docs SET created = ? WHERE rowid = ?",
        [(json.loads(body).get("created_at"), rowid) for rowid, body in rows],
    )
    db.execute("COMMIT")
