"""The fake's newest-first view stays correct as documents are created, updated and deleted."""

from __future__ import annotations

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
