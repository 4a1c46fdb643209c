"""The fake's newest-first view stays correct as documents are created, updated and deleted."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest
from omi_client.testing._store import Store


def _doc(doc_id: str, created_at: str) -> dict[str, str]:
    return {"id": doc_id, "created_at": created_at}


def _ids(store: Store) -> list[str]:
    return [d["id"] for d in store.newest_first("memory", "u")]


def test_newest_first_view_follows_creates_updates_and_deletes() -> None:
    store = Store()
    store.put("memory", "u", _doc("a", "2026-01-01"))
    store.put("memory", "u", _doc("b", "2026-01-03"))
    assert _ids(store) == ["b", "a"]
    store.put("memory", "u", _doc("c", "2026-01-04"))  # newest: goes on the front of the view
    assert _ids(store) == ["c", "b", "a"]
    store.put("memory", "u", _doc("d", "2026-01-02"))  # older than the front: view rebuilt
    assert _ids(store) == ["c", "b", "d", "a"]
    store.put("memory", "u", _doc("c", "2025-12-31"))  # an update that moves it
    assert _ids(store) == ["b", "d", "a", "c"]
    assert store.delete("memory", "u", "d")
    assert _ids(store) == ["b", "a", "c"]
    assert store.newest_first("memory", "other") == []


def test_same_timestamp_documents_list_newest_created_first_however_the_view_is_built() -> None:
    # Two creates in the same microsecond: the later one is the newer, whether the view was
    # built before the creates (front inserts) or after them (a sort).
    built_late = Store()
    for doc_id in "abc":
        built_late.put("memory", "u", _doc(doc_id, "2026-01-01"))
    assert _ids(built_late) == ["c", "b", "a"]
    built_early = Store()
    assert _ids(built_early) == []
    for doc_id in "abc":
        built_early.put("memory", "u", _doc(doc_id, "2026-01-01"))
    assert _ids(built_early) == ["c", "b", "a"]


def test_clear_keeps_only_the_kinds_asked_for_in_memory_and_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "fake.db"
    store = Store(path)
    store.put("memory", "u", _doc("m", "2026-01-01"))
    store.put("key", "u", _doc("k", "2026-01-01"))
    assert _ids(store) == ["m"]
    store.clear(keep=("key",))
    assert _ids(store) == [] and [d["id"] for d in store.all("key", "u")] == ["k"]
    store.close()
    reopened = Store(path)
    assert reopened.all("memory", "u") == [] and len(reopened.all("key", "u")) == 1


def test_server_reset_wipes_data_but_keys_stay_valid(omi_fake: Any) -> None:
    auth = {"Authorization": f"Bearer {omi_fake.api_key}"}
    mem = omi_fake.base_url + "/v1/dev/user/memories"
    assert httpx.post(mem, json={"content": "before"}, headers=auth).status_code == 200
    omi_fake.reset(data=False)
    assert omi_fake.count("memories") == 1
    omi_fake.reset()
    assert omi_fake.count("memories") == 0
    assert httpx.get(mem, headers=auth).json() == []


def test_the_view_matches_a_plain_sort_through_random_creates_updates_and_deletes() -> None:
    rng = random.Random(7)
    store = Store()
    model: dict[str, tuple[str, int]] = {}  # id -> (created_at, creation number)
    store.newest_first("memory", "u")  # build the view first, so every change updates it
    for step in range(2000):
        doc_id = f"d{rng.randrange(300)}"
        if doc_id in model and rng.random() < 0.3:
            assert store.delete("memory", "u", doc_id)
            del model[doc_id]
            continue
        created_at = f"2026-01-{rng.randrange(1, 29):02d}"
        if doc_id in model and rng.random() < 0.5:
            created_at = model[doc_id][0]
        if doc_id in model and model[doc_id][0] != created_at:
            del model[doc_id]  # moved in time: the newest among its equals
        # (an update that keeps its time keeps its place)
        model.setdefault(doc_id, (created_at, step))
        store.put("memory", "u", _doc(doc_id, created_at))
    expected = sorted(model, key=lambda i: model[i], reverse=True)
    view = store.newest_first("memory", "u")
    assert list(view) == [store.get("memory", "u", i) for i in expected]
    assert [d["id"] for d in view[5:25]] == expected[5:25] and view[-1]["id"] == expected[-1]
    assert len(view) == len(expected) and view == [store.get("memory", "u", i) for i in expected]


def test_a_batch_writes_every_document_to_disk(tmp_path: Path) -> None:
    store = Store(tmp_path / "fake.db")
    with store.batch():
        for i in range(100):
            store.put("memory", "u", _doc(f"m{i}", "2026-01-01"))
    store.close()
    assert len(Store(tmp_path / "fake.db").all("memory", "u")) == 100


def _rebuilt(store: Store) -> list[str]:
    """The newest-first order as a view built from scratch gives it (ties: creation order)."""
    docs = sorted(store.all("memory", "u"), key=lambda d: d["created_at"])
    return [d["id"] for d in reversed(docs)]


def test_the_kept_order_follows_any_sequence_of_writes() -> None:
    # Creates in and out of order (also more than are merged one by one), updates in place, by a
    # new object, with and without a new created_at, deletes; few distinct timestamps, so ties.
    # Expected: newest created_at first; among equal ones the last placed (created or re-dated).
    rng = random.Random(7)
    store = Store()
    placed: dict[str, tuple[str, int]] = {}  # id -> (created_at, when it was placed)
    for step in range(3000):
        op = rng.random()
        stamp = f"2026-01-{rng.randint(1, 9):02d}"
        if op < 0.45 or not placed:
            doc_id, created = f"m{step}", stamp if rng.random() < 0.5 else "2026-02"
            store.put("memory", "u", _doc(doc_id, created))
            placed[doc_id] = (created, step)
        elif op < 0.6:
            doc = store.get("memory", "u", rng.choice(list(placed)))
            assert doc is not None
            doc["content"] = str(step)  # changed in place, then written back
            store.put("memory", "u", doc)
        elif op < 0.75:
            old = store.get("memory", "u", rng.choice(list(placed)))
            assert old is not None
            moved = stamp if rng.random() < 0.3 else old["created_at"]
            store.put("memory", "u", {**old, "created_at": moved})
            if moved != old["created_at"]:
                placed[old["id"]] = (moved, step)
        elif op < 0.8:
            doc = store.get("memory", "u", rng.choice(list(placed)))
            assert doc is not None
            doc["created_at"] = stamp  # re-dated in place
            store.put("memory", "u", doc)
            if placed[doc["id"]][0] != stamp:
                placed[doc["id"]] = (stamp, step)
        else:
            doc_id = rng.choice(list(placed))
            del placed[doc_id]
            assert store.delete("memory", "u", doc_id)
        if rng.random() < 0.2 or step % 97 == 0:
            assert _ids(store) == sorted(placed, key=placed.__getitem__, reverse=True)
    assert _ids(store) == sorted(placed, key=placed.__getitem__, reverse=True)
    fresh = Store()
    for doc in store.all("memory", "u"):
        fresh.put("memory", "u", doc)
    assert _ids(fresh) == _rebuilt(store)


def test_a_late_burst_of_old_documents_is_listed_in_order() -> None:
    store = Store()
    store.put("memory", "u", _doc("new", "2026-12-31"))
    assert _ids(store) == ["new"]
    for i in range(200):  # older than the newest: more than are merged one at a time
        store.put("memory", "u", _doc(f"old{i}", f"2026-01-01T00:00:{i % 60:02d}"))
    assert _ids(store) == _rebuilt(store)
    assert _ids(store)[0] == "new" and len(_ids(store)) == 201


def test_newest_first_slices_and_indexes_like_the_list_it_stands_for() -> None:
    store = Store()
    for i in range(7):
        store.put("memory", "u", _doc(f"m{i}", f"2026-01-0{i + 1}"))
    view = store.newest_first("memory", "u")
    plain = list(view)
    assert [d["id"] for d in plain] == [f"m{i}" for i in reversed(range(7))]
    for start in (None, -9, -3, 0, 2, 6, 7, 9):
        for stop in (None, -9, -2, 0, 3, 7, 10):
            for step in (None, 1, 2, -1, -3):
                assert view[start:stop:step] == plain[start:stop:step]
    assert [view[i] for i in range(-7, 7)] == [plain[i] for i in range(-7, 7)]
    with pytest.raises(IndexError):
        view[7]
    with pytest.raises(IndexError):
        view[-8]
    assert list(reversed(view)) == plain[::-1] and len(view) == 7 and view == plain


def test_batched_writes_are_kept_across_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "fake.db"
    store = Store(path)
    with store.batch():
        for i in range(25_000):  # more than one load batch
            store.put("memory", "u", _doc(f"m{i}", f"2026-01-01T{i // 3600:02d}:{i % 3600:04d}"))
        store.put("memory", "other", _doc("x", "2026-01-01"))
    store.delete("memory", "u", "m3")
    store.close()
    reopened = Store(path)
    assert _ids(reopened) == _rebuilt(reopened) and len(_ids(reopened)) == 24_999
    assert [d["id"] for d in reopened.all("memory", "u")][:4] == ["m0", "m1", "m2", "m4"]
    assert [d["id"] for d in reopened.all("memory", "other")] == ["x"]
    reopened.close()


def test_an_exception_inside_a_batch_still_commits_what_was_written(tmp_path: Path) -> None:
    path = tmp_path / "fake.db"
    store = Store(path)
    with pytest.raises(RuntimeError), store.batch():
        store.put("memory", "u", _doc("a", "2026-01-01"))
        raise RuntimeError("seeding failed half way")
    store.close()
    assert [d["id"] for d in Store(path).all("memory", "u")] == ["a"]


def test_a_reopened_store_lists_updates_and_deletes_documents_it_has_not_read_yet(
    tmp_path: Path,
) -> None:
    path = tmp_path / "fake.db"
    store = Store(path)
    with store.batch():
        for i in range(30):
            store.put("memory", "u", {**_doc(f"m{i:02d}", f"2026-01-{i // 2 + 1:02d}"), "n": i})
    store.close()
    lazy = Store(path)
    assert [d["n"] for d in lazy.newest_first("memory", "u")[:3]] == [29, 28, 27]
    lazy.put("memory", "u", {**_doc("m05", "2026-01-03"), "n": 105})  # never read: replaced
    lazy.put("memory", "u", {**_doc("m06", "2026-03-01"), "n": 106})  # never read: re-dated
    assert lazy.delete("memory", "u", "m07")  # never read: deleted
    doc = lazy.get("memory", "u", "m08")
    assert doc is not None and doc["n"] == 8
    assert lazy.newest_first("memory", "u")[0]["n"] == 106
    expected = _ids(lazy)
    assert expected == _rebuilt(lazy) and "m07" not in expected and len(expected) == 29
    assert [d["n"] for d in lazy.all("memory", "u")][5:8] == [105, 106, 8]
    lazy.close()
    again = Store(path)
    assert _ids(again) == expected and again.get("memory", "u", "m05") == {
        **_doc("m05", "2026-01-03"),
        "n": 105,
    }
    again.close()


def test_a_data_file_from_before_the_created_column_is_upgraded_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.executescript(
        "CREATE TABLE docs (kind TEXT NOT NULL, uid TEXT NOT NULL, id TEXT NOT NULL, "
        "body TEXT NOT NULL, PRIMARY KEY (kind, uid, id));"
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    )
    for doc_id, created in (("a", "2026-01-02"), ("b", "2026-01-01"), ("c", "2026-01-03")):
        body = json.dumps(_doc(doc_id, created))
        db.execute("INSERT INTO docs VALUES ('memory', 'u', ?, ?)", (doc_id, body))
    db.execute("INSERT INTO docs VALUES ('goal_history', 'u', 'h', '{\"id\": \"h\"}')")
    db.commit()
    db.close()
    store = Store(path)
    assert _ids(store) == ["c", "a", "b"]
    assert store.all("goal_history", "u") == [{"id": "h"}]
    store.close()
