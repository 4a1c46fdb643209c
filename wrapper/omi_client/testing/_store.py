"""Where the fake keeps its documents: in memory, optionally written through to SQLite.

Reads always come from memory (fast, one code path); with a data file every write is also upserted
into SQLite so state survives a restart. Documents are plain JSON dicts grouped by kind and user,
kept in creation order.
"""

from __future__ import annotations

import contextlib
import json
import random
import sqlite3
import threading
import uuid
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, overload

Doc = dict[str, Any]


class _View:
    """One user's documents of one kind in ``created_at`` order, oldest first; equal times keep
    the order they were created in. Adding the newest is O(1), any other change O(log n) plus a
    memmove, so a million documents (even with one timestamp, as on a stopped clock) stay cheap
    to grow, change and list."""

    __slots__ = ("_next", "at", "docs", "keys")

    def __init__(self, docs: list[Doc]) -> None:
        self.docs = sorted(docs, key=lambda d: d["created_at"])  # stable: creation order kept
        # (created_at, arrival number): unique, so a document is found by bisection alone.
        self.keys = [(d["created_at"], n) for n, d in enumerate(self.docs)]
        self.at = {d["id"]: key for d, key in zip(self.docs, self.keys, strict=True)}
        self._next = len(self.docs)

    def add(self, doc: Doc) -> None:
        key = (doc["created_at"], self._next)
        self._next += 1
        i = bisect_right(self.keys, key)
        self.keys.insert(i, key)
        self.docs.insert(i, doc)
        self.at[doc["id"]] = key

    def remove(self, doc: Doc) -> None:
        i = bisect_left(self.keys, self.at.pop(doc["id"]))
        del self.keys[i]
        del self.docs[i]

    def replace(self, old: Doc, new: Doc) -> None:
        """``new`` takes ``old``'s place (same id), moving only if its created_at changed."""
        key = self.at[old["id"]]
        if key[0] == new["created_at"]:
            self.docs[bisect_left(self.keys, key)] = new
        else:
            self.remove(old)
            self.add(new)


class NewestFirst(Sequence[Doc]):
    """A read-only newest-first window on a view (slicing and iterating cost what they return)."""

    __slots__ = ("_docs",)

    def __init__(self, docs: list[Doc]) -> None:
        self._docs = docs

    def __len__(self) -> int:
        return len(self._docs)

    @overload
    def __getitem__(self, index: int) -> Doc: ...
    @overload
    def __getitem__(self, index: slice) -> list[Doc]: ...
    def __getitem__(self, index: int | slice) -> Doc | list[Doc]:
        if isinstance(index, slice):
            return [self._docs[-1 - i] for i in range(*index.indices(len(self._docs)))]
        if not -len(self._docs) <= index < len(self._docs):
            raise IndexError(index)
        return self._docs[-1 - index if index >= 0 else -len(self._docs) - 1 - index]

    def __iter__(self) -> Iterator[Doc]:
        return reversed(self._docs)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
    kind TEXT NOT NULL, uid TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL,
    PRIMARY KEY (kind, uid, id)
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class Store:
    """Documents by kind -> user -> id. Thread-safe: tests may seed it from outside the server."""

    def __init__(self, path: str | Path | None = None, seed: int | None = None) -> None:
        self.lock = threading.RLock()
        self._docs: dict[str, dict[str, dict[str, Doc]]] = {}
        # A created_at-ordered view per (kind, uid), built on the first list and kept up to date
        # after that, so a list request does not sort the collection.
        self._views: dict[tuple[str, str], _View] = {}
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
        for kind, uid, body in db.execute("SELECT kind, uid, body FROM docs ORDER BY rowid"):
            doc = json.loads(body)
            self._docs.setdefault(kind, {}).setdefault(uid, {})[doc["id"]] = doc
        self._meta = dict(db.execute("SELECT key, value FROM meta"))
        self._db = db

    def close(self) -> None:
        with self.lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def new_id(self) -> str:
        with self.lock:
            return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))

    def token(self, nbytes: int) -> str:
        with self.lock:
            return self._rng.getrandbits(nbytes * 8).to_bytes(nbytes, "big").hex()

    def all(self, kind: str, uid: str) -> list[Doc]:
        """The user's documents of one kind, oldest first (a copy of the list, not the docs)."""
        return list(self._docs.get(kind, {}).get(uid, {}).values())

    def newest_first(self, kind: str, uid: str) -> Sequence[Doc]:
        """The user's documents of one kind, newest ``created_at`` first; among equal times the
        later created first. A live, read-only sequence (slice it; do not keep it)."""
        with self.lock:
            view = self._views.get((kind, uid))
            if view is None:
                view = self._views[(kind, uid)] = _View(self.all(kind, uid))
            return NewestFirst(view.docs)

    def get(self, kind: str, uid: str, doc_id: str) -> Doc | None:
        return self._docs.get(kind, {}).get(uid, {}).get(doc_id)

    def each(self, kind: str) -> Iterator[tuple[str, Doc]]:
        """Every (uid, doc) of one kind, across users."""
        for uid, docs in list(self._docs.get(kind, {}).items()):
            for doc in list(docs.values()):
                yield uid, doc

    def put(self, kind: str, uid: str, doc: Doc) -> Doc:
        with self.lock:
            docs = self._docs.setdefault(kind, {}).setdefault(uid, {})
            old = docs.get(doc["id"])
            docs[doc["id"]] = doc
            view = self._views.get((kind, uid))
            if view is not None:
                if old is None:
                    view.add(doc)
                else:
                    view.replace(old, doc)
            if self._db is not None:
                self._db.execute(
                    "INSERT INTO docs (kind, uid, id, body) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (kind, uid, id) DO UPDATE SET body = excluded.body",
                    (kind, uid, doc["id"], json.dumps(doc, separators=(",", ":"))),
                )
        return doc

    def delete(self, kind: str, uid: str, doc_id: str) -> bool:
        with self.lock:
            doc = self._docs.get(kind, {}).get(uid, {}).pop(doc_id, None)
            view = self._views.get((kind, uid))
            if doc is not None and view is not None:
                view.remove(doc)
            if doc is not None and self._db is not None:
                self._db.execute(
                    "DELETE FROM docs WHERE kind = ? AND uid = ? AND id = ?", (kind, uid, doc_id)
                )
            return doc is not None

    @contextlib.contextmanager
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

    def clear(self, keep: tuple[str, ...] = ()) -> None:
        """Forget every document except those of the kinds in ``keep``."""
        with self.lock:
            for kind in [k for k in self._docs if k not in keep]:
                del self._docs[kind]
            self._views = {k: v for k, v in self._views.items() if k[0] in keep}
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
