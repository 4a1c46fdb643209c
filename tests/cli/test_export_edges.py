"""export at the edges: more goals than a page, records deleted while it runs, private files."""

from __future__ import annotations

import json
import os
import random
import stat
from pathlib import Path
from typing import Any

import pytest
from omi_client.cli.exit_codes import ExitCode
from omi_client.limits import RATE_POLICIES

UNLIMITED = {name: 1_000_000 for name in RATE_POLICIES}  # every policy, whatever its name


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_more_goals_than_a_page_are_all_exported_or_the_export_says_it_may_be_short(
    omi_fake_factory: Any, tmp_path: Path, cli_for: Any
) -> None:
    """Goals cannot be paged. The real server returns every goal with include_inactive (and
    ignores the limit); a server that caps the list instead must not yield a silently short
    export with exit 0 (it used to write 100 of 150)."""
    from omi_client import Omi
    from omi_client.limits import PAGE_CAPS

    server = omi_fake_factory(rate_limits=UNLIMITED)
    total = PAGE_CAPS["listGoals"] + 50
    with Omi(api_key=server.api_key, base_url=server.base_url) as client:
        for i in range(total):
            client.goals.create(f"goal {i}")
    result = cli_for(server)("--json", "export", str(tmp_path / "out"), "--only", "goals")
    exported = _lines(tmp_path / "out" / "goals.jsonl")
    if len(exported) == total:  # a server that lists them all (the real one, GOAL-4)
        assert result.code == 0, result.err
    else:
        assert result.code == ExitCode.SERVER
        assert "goals" in result.err and "cap" in result.err
        assert result.json()["incomplete"]["goals"]
    assert len({g["id"] for g in exported}) == len(exported)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_records_deleted_during_an_export_do_not_hide_the_others(
    omi_fake_factory: Any, tmp_path: Path, seed: int
) -> None:
    """Between page requests, records are deleted (most of them from pages already read,
    which shifts the rest onto those pages). Every record that was never deleted is exported."""
    from omi_client import Omi
    from omi_client.cli.engines.exporter import run_export
    from omi_client.cli.engines.sources import export_sources

    rng = random.Random(seed)
    server = omi_fake_factory(rate_limits=UNLIMITED)
    with Omi(api_key=server.api_key, base_url=server.base_url) as client:
        client.memories.create_many([f"memory {i}" for i in range(200)]).raise_for_failures()
        (source,) = export_sources(client, ["memories"], transcripts=False)
        source.page_size = 10
        fetch = source.fetch
        deleted: set[str] = set()

        def fetch_then_delete(limit: int, offset: int) -> list[dict[str, Any]]:
            page = fetch(limit, offset)
            alive = [str(m.id) for m in client.memories.list(limit=1000)]
            for victim in rng.sample(alive, min(len(alive) // 2, rng.randint(0, 15))):
                client.memories.delete(victim)
                deleted.add(victim)
            return page

        source.fetch = fetch_then_delete  # type: ignore[method-assign]

        class Quiet:
            def page(self, *args: Any) -> None: ...
            def waiting(self, *args: Any) -> None: ...
            def finished(self, *args: Any) -> None: ...

        def no_wait(seconds: float) -> None:
            raise AssertionError(f"unlimited: no rate-limit wait expected ({seconds} s)")

        run_export(tmp_path, [source], Quiet(), sleep=no_wait)
    exported = [m["id"] for m in _lines(tmp_path / "memories.jsonl")]
    survivors = {m["id"] for m in server.items("memories")}
    assert len(exported) == len(set(exported))  # each once
    assert survivors <= set(exported), f"{len(survivors - set(exported))} live records skipped"
    assert deleted and len(survivors) < 200


def test_export_and_import_files_are_private(
    cli: Any, omi_fake: Any, tmp_path: Path, state_dir: Path
) -> None:
    """They hold personal data: 0600 whatever the umask (files) and 0700 for new directories."""
    from omi_client import Omi

    with Omi(api_key=omi_fake.api_key, base_url=omi_fake.base_url) as client:
        client.memories.create("Takes the 7:40 train")
    old = os.umask(0o022)
    try:
        out = tmp_path / "backup"
        assert cli("export", str(out), "--only", "memories").code == 0
        source = tmp_path / "notes.jsonl"
        source.write_text('{"content": "a note"}\n')
        assert cli("import", "memories", str(source)).code == 0
    finally:
        os.umask(old)
    private = [
        out / "memories.jsonl",
        out / ".omi-export-state.json",
        tmp_path / "notes.jsonl.journal",
        tmp_path / "notes.jsonl.journal.lock",
        *(state_dir / "imports").iterdir(),
    ]
    for path in private:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(out.stat().st_mode) == 0o700


def test_a_locked_memory_preview_is_marked_in_the_export() -> None:
    """The real server lists a locked memory as its first 70 characters plus "..." with no
    marker field (MEM-5); the export marks that shape so import can refuse to re-create it."""
    from omi_client.cli.engines.sources import mark_locked_preview

    preview = {"id": "m1", "content": "x" * 70 + "..."}
    assert mark_locked_preview(dict(preview))["locked_preview"] is True
    for content in ("x" * 70, "x" * 71 + "...", "short..."):
        assert "locked_preview" not in mark_locked_preview({"id": "m2", "content": content})
