"""Where the fake keeps its documents: in memory, optionally written through to SQLite.

Reads always come from memory (fast, one code path); with a data file every write is also upserted
into SQLite so state survives a restart. Documents are plain JSON dicts grouped by kind and user,
kept in creation order.
"""

from __future__ import annotations

import json
import random
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

Doc = dict[str, Any]

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
        # Newest-first views per (kind, uid), kept up to date on create so a list request does not
        # sort the whole collection (30k memories: 9 ms per request before).
        self._newest: dict[tuple[str, str], list[Doc]] = {}
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

    def newest_first(self, kind: str, uid: str) -> list[Doc]:
        """The user's documents of one kind, newest ``created_at`` first (shared: do not mutate)."""
        with self.lock:
            view = self._newest.get((kind, uid))
            if view is None:
                # Reversed first, so equal timestamps keep the later-created document in front
                # (the order front inserts give); sorted() is stable.
                docs = self.all(kind, uid)[::-1]
                view = sorted(docs, key=lambda d: d["created_at"], reverse=True)
                self._newest[(kind, uid)] = view
            return view

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
            is_new = doc["id"] not in docs
            docs[doc["id"]] = doc
            view = self._newest.get((kind, uid))
            if view is not None:
                if is_new and (not view or doc["created_at"] >= view[0]["created_at"]):
                    view.insert(0, doc)
                else:
                    del self._newest[(kind, uid)]
            if self._db is not None:
                self._db.execute(
                    "INSERT INTO docs (kind, uid, id, body) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (kind, uid, id) DO UPDATE SET body = excluded.body",
                    (kind, uid, doc["id"], json.dumps(doc, separators=(",", ":"))),
                )
        return doc

    def delete(self, kind: str, uid: str, doc_id: str) -> bool:
        with self.lock:
            found = self._docs.get(kind, {}).get(uid, {}).pop(doc_id, None) is not None
            self._newest.pop((kind, uid), None)
            if found and self._db is not None:
                self._db.execute(
                    "DELETE FROM docs WHERE kind = ? AND uid = ? AND id = ?", (kind, uid, doc_id)
                )
            return found

    def clear(self, keep: tuple[str, ...] = ()) -> None:
        """Forget every document except those of the kinds in ``keep``."""
        with self.lock:
            for kind in [k for k in self._docs if k not in keep]:
                del self._docs[kind]
            self._newest = {k: v for k, v in self._newest.items() if k[0] in keep}
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
