"""`omi-client export` against the fake server: completeness, transcripts, resume, rate limits."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from omi_client.cli.exit_codes import ExitCode

RESOURCES = ["memories", "conversations", "action_items", "goals", "folders"]


def _seed(server: Any, memories: int = 40, conversations: int = 20) -> None:
    from omi_client import Omi

    with Omi(api_key=server.api_key, base_url=server.base_url) as client:
        client.memories.create_many([f"memory {i}" for i in range(memories)]).raise_for_failures()
        client.action_items.create_many([f"task {i}" for i in range(7)]).raise_for_failures()
        client.goals.create("Run a marathon")
        for i in range(conversations):
            client.conversations.create_from_segments(
                transcript_segments=[
                    {"text": f"Conversation {i} about the garden.", "speaker": "SPEAKER_00",
                     "start": 0.0, "end": 2.0},
                    {"text": "We should plant tomatoes.", "speaker": "SPEAKER_01",
                     "start": 2.0, "end": 4.0},
                ]
            )  # fmt: skip


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_export_writes_every_resource_with_transcripts(
    cli: Any, omi_fake: Any, tmp_path: Path
) -> None:
    _seed(omi_fake)
    out = tmp_path / "backup"
    result = cli("--json", "export", str(out))
    assert result.code == 0, result.err
    for name in RESOURCES:
        items = _lines(out / f"{name}.jsonl")
        assert len(items) == omi_fake.count(name), name
        assert len({i["id"] for i in items}) == len(items)
    assert result.json()["counts"]["memories"] == 40
    conversations = _lines(out / "conversations.jsonl")
    assert all(len(c["transcript_segments"]) == 2 for c in conversations)
    # Transcripts force pages of 25 (the server's limit): one page, then two empty ones (one
    # empty page may be all locked items; see the locked-page test), then the last page with
    # data is read again to confirm nothing moved under the export (see the deletion tests).
    transcript_pages = [
        p for m, p, _ in omi_fake.request_log if m == "GET" and p.endswith("/conversations")
    ]
    assert len(transcript_pages) == 4


def test_interrupted_export_resumes_without_refetching_or_duplicating(
    cli: Any, omi_fake: Any, tmp_path: Path
) -> None:
    _seed(omi_fake, conversations=3)
    out = tmp_path / "backup"
    # 3 = the first attempt and the SDK's 2 retries of a read, so no fault is left over.
    omi_fake.inject(status=500, times=3, method="GET", path="/v1/dev/user/action-items")
    failed = cli("export", str(out))
    assert failed.code == ExitCode.SERVER
    state = json.loads((out / ".omi-export-state.json").read_text())
    assert state["resources"]["memories"]["done"] and not state["complete"]

    before = Counter(p for m, p, _ in omi_fake.request_log if m == "GET")
    resumed = cli("export", str(out))
    assert resumed.code == 0, resumed.err
    after = Counter(p for m, p, _ in omi_fake.request_log if m == "GET")
    assert after["/v1/dev/user/memories"] == before["/v1/dev/user/memories"]  # not fetched again
    for name in RESOURCES:
        items = _lines(out / f"{name}.jsonl")
        assert len(items) == len({i["id"] for i in items}) == omi_fake.count(name), name


def test_export_waits_out_the_transcript_rate_limit(
    cli_for: Any, omi_fake_factory: Any, tmp_path: Path
) -> None:
    from omi_client.testing import ManualClock

    limits = {"dev:conversation_transcript_read": 1, "dev:conversations": 1000}
    server = omi_fake_factory(rate_limits=limits, clock=ManualClock())
    _seed(server, memories=3, conversations=30)
    cli = cli_for(server)  # its waits move the fake's clock: an hour's wait takes no time
    assert cli("export", str(tmp_path / "out"), "--only", "conversations").code == 0
    statuses = [s for m, p, s in server.request_log if m == "GET" and p.endswith("/conversations")]
    # Every page with transcripts is charged; one per window: each refused page is waited out
    # for the server's Retry-After (the clock stands still between requests: a whole hour).
    # 25, then 6 (one overlapping the first page), two empty pages, the end confirmed.
    assert statuses == [200, 429, 200, 429, 200, 429, 200, 429, 200]
    assert cli.waits == [3600.0] * 4
    assert len(_lines(tmp_path / "out" / "conversations.jsonl")) == 30


def test_an_export_file_imports_back_as_is(
    cli: Any, cli_for: Any, omi_fake: Any, omi_fake_factory: Any, tmp_path: Path
) -> None:
    from omi_client import Omi

    with Omi(api_key=omi_fake.api_key, base_url=omi_fake.base_url) as client:
        client.memories.create("Speaks Portuguese", category="skills", tags=["languages"])
        client.memories.create_many([f"memory {i}" for i in range(30)]).raise_for_failures()
    assert cli("export", str(tmp_path / "out"), "--only", "memories").code == 0
    exported = _lines(tmp_path / "out" / "memories.jsonl")

    def key(m: dict[str, Any]) -> tuple[str, str, tuple[str, ...]]:
        return m["content"], m["category"], tuple(m["tags"])

    other = omi_fake_factory()  # restore into another account
    restored = cli_for(other)("import", "memories", str(tmp_path / "out" / "memories.jsonl"))
    assert restored.code == 0, restored.err
    assert sorted(map(key, other.items("memories"))) == sorted(map(key, exported))


def test_export_killed_with_sigkill_resumes_to_a_complete_copy(
    omi_fake: Any, tmp_path: Path
) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    _seed(omi_fake, memories=40, conversations=20)
    out = tmp_path / "backup"
    env = dict(os.environ, OMI_BASE_URL=omi_fake.base_url, OMI_API_KEY=omi_fake.api_key)
    code = "import sys; from omi_client.cli import main; sys.exit(main(sys.argv[1:]))"
    # Pages of 1000 memories, then conversations in pages of 25: hold those to kill mid-export.
    omi_fake.inject(latency=2.0, times=1, method="GET", path="/v1/dev/user/conversations")
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "export", str(out)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    state = out / ".omi-export-state.json"
    deadline = time.monotonic() + 20
    while not (state.exists() and json.loads(state.read_text())["resources"]["memories"]["done"]):
        assert time.monotonic() < deadline
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=10) == -signal.SIGKILL
    memory_reads = [r for r in omi_fake.request_log if r[1] == "/v1/dev/user/memories"]
    resumed = subprocess.run(
        [sys.executable, "-c", code, "--json", "export", str(out)],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert resumed.returncode == 0, resumed.stderr
    assert [r for r in omi_fake.request_log if r[1] == "/v1/dev/user/memories"] == memory_reads
    for name in RESOURCES:
        items = _lines(out / f"{name}.jsonl")
        assert len(items) == len({i["id"] for i in items}) == omi_fake.count(name), name


def test_export_never_wipes_files_it_did_not_just_write(
    cli: Any, omi_fake: Any, tmp_path: Path
) -> None:
    """A fresh export into a directory that already holds a memories.jsonl (the user's own
    import file, or the last good backup) refuses instead of truncating it before it has a
    replacement; --overwrite says the old files may go."""
    _seed(omi_fake, memories=3, conversations=1)
    out = tmp_path / "data"
    out.mkdir()
    mine = out / "memories.jsonl"
    mine.write_text('{"content": "my only copy"}\n')
    refused = cli("export", str(out))
    assert refused.code == ExitCode.USAGE
    assert "--overwrite" in refused.err
    assert mine.read_text() == '{"content": "my only copy"}\n'

    assert cli("export", str(out), "--overwrite").code == 0
    backup = _lines(mine)
    assert len(backup) == 3
    again = cli("export", str(out))  # a finished backup is not discarded silently either
    assert again.code == ExitCode.USAGE
    assert _lines(mine) == backup
    assert cli("export", str(out), "--overwrite").code == 0


def test_a_full_page_of_locked_items_does_not_end_the_export(
    cli: Any, omi_fake: Any, tmp_path: Path
) -> None:
    """The server drops locked action items after paging (locked memories it lists, as a
    preview: docs/fidelity.md LOCK-1, LOCK-4), so a page can come back empty with more data
    behind it: 1000 locked (newest) action items hide the 7 readable ones on the next page."""
    _seed(omi_fake, memories=0, conversations=0)
    for i in range(1000):
        omi_fake.seed.action_item(f"locked {i}", locked=True)
    result = cli("--json", "export", str(tmp_path / "out"), "--only", "action_items")
    assert result.code == 0, result.err
    exported = _lines(tmp_path / "out" / "action_items.jsonl")
    assert sorted(a["description"] for a in exported) == [f"task {i}" for i in range(7)]


def test_resuming_with_other_options_does_not_mix_them_in_one_file(
    cli: Any, omi_fake: Any, tmp_path: Path
) -> None:
    """Conversations without transcripts, then the rest with them, would be a silently mixed
    backup: a resume must use the options the export started with."""
    _seed(omi_fake, memories=3, conversations=3)
    out = tmp_path / "backup"
    omi_fake.inject(status=500, times=3, method="GET", path="/v1/dev/user/action-items")
    assert cli("export", str(out), "--no-transcripts").code == ExitCode.SERVER
    resumed = cli("export", str(out))
    assert resumed.code == ExitCode.USAGE
    assert "--no-transcripts" in resumed.err
    assert cli("export", str(out), "--no-transcripts").code == 0
    assert all("transcript_segments" not in c or not c["transcript_segments"]
               for c in _lines(out / "conversations.jsonl"))  # fmt: skip
