"""The fake's newest-first view stays correct as documents are created, updated and deleted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
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
    import random

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
