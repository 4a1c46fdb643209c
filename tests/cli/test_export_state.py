"""Unit tests of the export state file: a crash between writing a page and recording it.

The stand-in source is a list; the same resume is exercised over HTTP in test_export.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from omi_client.cli.engines import exporter as _exporter
from omi_client.cli.engines.exporter import STATE_NAME, run_export
from omi_client.cli.engines.seen import SeenIds


class Crash(BaseException):
    pass


class ListSource:
    def __init__(self, name: str, items: list[dict[str, Any]], page_size: int) -> None:
        self.name = name
        self.items = items
        self.page_size = page_size
        self.calls = 0

    def fetch(self, limit: int, offset: int) -> list[dict[str, Any]]:
        self.calls += 1
        return self.items[offset : offset + limit] if limit else list(self.items)

    def retry_after(self, exc: BaseException) -> float | None:
        return None

    def incomplete(self, items: list[dict[str, Any]]) -> str | None:
        return None


class Quiet:
    def page(self, name: str, written: int, total_written: int) -> None:
        pass

    def waiting(self, name: str, seconds: float) -> None:
        pass

    def finished(self, name: str, total_written: int) -> None:
        pass


def _no_wait(seconds: float) -> None:
    raise AssertionError(f"these sources never ask to wait (asked for {seconds} s)")


def _ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text().splitlines()]


ITEMS = [{"id": f"m{i}", "content": f"memory {i}"} for i in range(10)]


@pytest.mark.parametrize("crash_on_save", [2, 3, 4])
def test_page_written_but_not_recorded_is_dropped_on_resume(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, crash_on_save: int
) -> None:
    real_save = _exporter._save_state
    saves = 0

    def flaky_save(*args: Any, **kwargs: Any) -> None:
        nonlocal saves
        saves += 1
        if saves == crash_on_save:
            raise Crash  # the page is already appended to memories.jsonl
        real_save(*args, **kwargs)

    monkeypatch.setattr(_exporter, "_save_state", flaky_save)
    with pytest.raises(Crash):
        run_export(tmp_path, [ListSource("memories", ITEMS, 3)], Quiet(), sleep=_no_wait)
    monkeypatch.setattr(_exporter, "_save_state", real_save)
    counts = run_export(
        tmp_path,
        [ListSource("memories", ITEMS, 3), ListSource("goals", [], 0)][:1],
        Quiet(),
        sleep=_no_wait,
    )
    assert _ids(tmp_path / "memories.jsonl") == [item["id"] for item in ITEMS]
    assert {name: st.count for name, st in counts.items()} == {"memories": 10}
    assert json.loads((tmp_path / STATE_NAME).read_text())["complete"] is True


def test_resume_skips_finished_resources_and_a_finished_export_starts_afresh(
    tmp_path: Path,
) -> None:
    memories = ListSource("memories", ITEMS, 4)
    goals = ListSource("goals", [{"id": "g1"}], 0)

    class CrashOnGoals(ListSource):
        def fetch(self, limit: int, offset: int) -> list[dict[str, Any]]:
            raise Crash

    with pytest.raises(Crash):
        run_export(tmp_path, [memories, CrashOnGoals("goals", [], 0)], Quiet(), sleep=_no_wait)
    calls = memories.calls
    run_export(tmp_path, [memories, goals], Quiet(), sleep=_no_wait)
    assert memories.calls == calls  # memories were complete: not fetched again
    assert _ids(tmp_path / "goals.jsonl") == ["g1"]
    run_export(
        tmp_path,
        [ListSource("memories", ITEMS[:2], 4), goals],
        Quiet(),
        sleep=_no_wait,
        overwrite=True,
    )
    assert _ids(tmp_path / "memories.jsonl") == ["m0", "m1"]  # a new export, not an append


def test_items_that_shift_between_pages_are_written_once(tmp_path: Path) -> None:
    class Shifting(ListSource):
        def fetch(self, limit: int, offset: int) -> list[dict[str, Any]]:
            page = super().fetch(limit, offset)
            if self.calls == 1:
                self.items.insert(0, {"id": "new"})  # pushes m2 onto the next page again
            return page

    run_export(tmp_path, [Shifting("memories", list(ITEMS), 3)], Quiet(), sleep=_no_wait)
    # m2 comes back on the second page and is not written twice ("new" landed before the
    # offset; offset paging cannot see it, which is the API's limit, not the exporter's).
    assert _ids(tmp_path / "memories.jsonl") == [item["id"] for item in ITEMS]


def test_a_resume_after_thousands_of_records_writes_each_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The ids already written are read back in batches (kept on disk, not in memory): more than
    # one batch of them, and the next pages overlap what they hold.
    items = [{"id": f"m{i}", "content": f"memory {i}"} for i in range(2500)]
    real_save = _exporter._save_state
    saves = 0

    def crash_after_2000(*args: Any, **kwargs: Any) -> None:
        nonlocal saves
        saves += 1
        real_save(*args, **kwargs)
        if saves == 1 + 2000 // 95:  # the fresh state, then one save per 95-record step
            raise Crash

    monkeypatch.setattr(_exporter, "_save_state", crash_after_2000)
    with pytest.raises(Crash):
        run_export(tmp_path, [ListSource("memories", items, 100)], Quiet(), sleep=_no_wait)
    assert 1900 <= len(_ids(tmp_path / "memories.jsonl")) < 2500
    monkeypatch.setattr(_exporter, "_save_state", real_save)
    run_export(tmp_path, [ListSource("memories", items, 100)], Quiet(), sleep=_no_wait)
    assert _ids(tmp_path / "memories.jsonl") == [item["id"] for item in items]


def test_seen_ids_tell_new_ids_from_known_ones_within_a_batch_too() -> None:
    seen = SeenIds()
    assert seen.add_new(["a", "b", "a"]) == [True, True, False]
    assert seen.add_new(["c", "b"]) == [True, False]
    assert seen.any_of(["x", "c"]) and not seen.any_of(["x", "y"]) and not seen.any_of([])
    many = [f"id{i}" for i in range(1200)]  # more ids than one statement binds
    assert seen.add_new(many) == [True] * 1200
    assert seen.add_new([*many[::-1], "new"]) == [False] * 1200 + [True]
    seen.close()
