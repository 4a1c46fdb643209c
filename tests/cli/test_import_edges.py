"""import at the edges: pipes and FIFOs, lines that cannot be sent, a client clock that is off,
the same records again, and 5xx answers mid-import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from omi_client.cli.exit_codes import ExitCode

BATCH_PATH = "/v1/dev/user/memories/batch"
RUN = "import sys; from omi_client.cli import main; sys.exit(main(sys.argv[1:]))"


def _jsonl(contents: list[str]) -> str:
    return "".join(json.dumps({"content": c}) + "\n" for c in contents)


def _held(server: Any) -> Counter[str]:
    return Counter(m["content"] for m in server.items("memories"))


def _posts(server: Any) -> int:
    return sum(1 for m, _, _ in server.request_log if m == "POST")


def _env(server: Any) -> dict[str, str]:
    return dict(os.environ, OMI_BASE_URL=server.base_url, OMI_API_KEY=server.api_key)


def test_input_from_process_substitution_is_read_once_and_resumable(omi_fake: Any) -> None:
    """`<(...)` is a pipe named /dev/fd/63: it can be read only once and has no directory of
    its own for FILE.journal. It used to hash as empty (reporting 'already imported', sending
    nothing) or crash creating /dev/fd/63.journal.lock."""
    contents = [f"piped {i}" for i in range(30)]
    payload = _jsonl(contents).replace("'", "'\\''")
    command = f"{sys.executable} -c '{RUN}' --json import memories <(printf '%s' '{payload}')"
    first = subprocess.run(["bash", "-c", command], env=_env(omi_fake), capture_output=True,
                           text=True, timeout=60)  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["created"] == 30
    assert _held(omi_fake) == Counter(contents)
    again = subprocess.run(["bash", "-c", command], env=_env(omi_fake), capture_output=True,
                           text=True, timeout=60)  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert "already imported" in again.stderr
    assert _held(omi_fake) == Counter(contents)  # nothing sent twice


def test_input_from_stdin_and_from_a_named_fifo(
    cli: Any, omi_fake: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    piped = subprocess.run(
        [sys.executable, "-c", RUN, "import", "memories", "-"],
        input=_jsonl(["from stdin"]), env=_env(omi_fake), capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert piped.returncode == 0, piped.stderr
    fifo = tmp_path / "fifo.jsonl"
    os.mkfifo(fifo)

    def writer() -> None:
        with fifo.open("w") as fh:
            fh.write(_jsonl(["from a fifo", "and another"]))

    thread = threading.Thread(target=writer)
    thread.start()
    result = cli("--json", "import", "memories", str(fifo))  # read once: no second open to hang
    thread.join(timeout=10)
    assert result.code == 0, result.err
    assert _held(omi_fake) == Counter(["from stdin", "from a fifo", "and another"])


def test_lines_that_cannot_be_sent_are_reported_before_anything_is_sent(
    cli: Any, omi_fake: Any, tmp_path: Path
) -> None:
    """A lone surrogate, a number out of range and deep nesting used to pass --dry-run, then
    crash the run with a traceback after the first batches were created."""
    lines = [json.dumps({"content": f"fine {i}"}) for i in range(30)]
    lines.append('{"content": "broken \\ud800 text"}')  # line 31: a lone surrogate
    lines.append('{"content": "deep", "x": ' + "[" * 100_000 + "]" * 100_000 + "}")  # line 32
    lines.append('{"content": ["not", "a", "string"]}')  # line 33
    source = tmp_path / "bad.jsonl"
    source.write_text("\n".join(lines) + "\n")
    for args in (["--dry-run"], []):
        result = cli("import", "memories", str(source), *args)
        assert result.code == ExitCode.INVALID_INPUT, result.err
        reported = [line for line in result.err.splitlines() if line.startswith(f"{source}:")]
        assert [line.split(":")[1] for line in reported] == ["31", "32", "33"]
        assert "surrogate" in reported[0] and "nested too deeply" in reported[1]
        assert "Traceback" not in result.err and "nothing was sent" in result.err
    assert omi_fake.request_log == []
    goals = tmp_path / "goals.jsonl"
    goals.write_text('{"title": "ok"}\n{"title": "huge", "target_value": 1e999}\n')
    result = cli("import", "goals", str(goals))
    assert result.code == ExitCode.INVALID_INPUT
    assert f"{goals}:2: target_value" in result.err and "finite" in result.err
    assert omi_fake.request_log == []


def test_reconciliation_uses_the_servers_clock_not_the_clients(
    cli: Any, omi_fake: Any, tmp_path: Path
) -> None:
    """The server's clock is 10 minutes behind the importer's (a machine running fast). The first
    batch is stored but its answer is lost; reconciliation must still find it, by the server's
    time (its `Date` header) against the created_at it stamps. Comparing with the client's clock
    missed the batch and created it twice, and so did a `Date` that did not follow the server's
    clock."""
    contents = [f"skewed {i}" for i in range(40)]
    source = tmp_path / "skewed.jsonl"
    source.write_text(_jsonl(contents))
    omi_fake.clock.advance(minutes=-10)
    omi_fake.inject(drop="after", times=1, method="POST", path=BATCH_PATH)
    result = cli("--json", "import", "memories", str(source), "--settle", "0.2")
    assert result.code == 0, result.err
    assert result.json()["reconciled"] == 25
    assert _held(omi_fake) == Counter(contents)
    assert [s for m, p, s in omi_fake.request_log if p == BATCH_PATH] == [0, 200]


def test_the_same_records_again_are_refused_whatever_the_path_or_journal(
    cli: Any, omi_fake: Any, tmp_path: Path
) -> None:
    contents = [f"once {i}" for i in range(5)]
    original = tmp_path / "notes.jsonl"
    original.write_text(_jsonl(contents))
    assert cli("import", "memories", str(original)).code == 0
    copy = tmp_path / "elsewhere" / "copy.jsonl"
    copy.parent.mkdir()
    copy.write_bytes(b"\xef\xbb\xbf" + _jsonl(contents).replace("\n", "\r\n").encode())
    posts = _posts(omi_fake)
    for args in (
        [str(copy)],  # a copy (other bytes, same records)
        [str(original), "--journal", str(tmp_path / "other.journal")],  # another journal
    ):
        refused = cli("import", "memories", *args)
        assert refused.code == ExitCode.USAGE, refused.err
        assert "already imported" in refused.err and "--restart" in refused.err
        assert str(original) + ".journal" in refused.err  # where the first import is
    assert _posts(omi_fake) == posts
    again = cli("import", "memories", str(copy), "--restart")  # asked for: a second copy
    assert again.code == 0, again.err
    # ...which the server does not keep: a memory's id is a hash of its content (MEM-7).
    assert _held(omi_fake) == Counter(contents)


def test_a_5xx_mid_import_is_settled_by_the_shared_rule_not_an_abort(
    cli: Any, omi_fake: Any, tmp_path: Path
) -> None:
    """A 500 may have been processed: reconcile, then resend what is missing. The API's own
    503 certainly was not: resend without listing. Neither ends the import (exit 6 before)."""
    contents = [f"five hundred {i}" for i in range(75)]  # 3 batches
    source = tmp_path / "flaky.jsonl"
    source.write_text(_jsonl(contents))
    omi_fake.inject(status=500, times=1, method="POST", path=BATCH_PATH)
    result = cli("--json", "import", "memories", str(source), "--settle", "0")
    assert result.code == 0, result.err
    assert _held(omi_fake) == Counter(contents)
    assert _reconciliations(omi_fake.request_log) >= 1  # the 500 was settled by listing

    omi_fake.reset()
    source = tmp_path / "unavailable.jsonl"
    source.write_text(_jsonl([f"five oh three {i}" for i in range(75)]))
    # 3 = the first attempt and the SDK's two retries of a 503 (it is never processed).
    omi_fake.inject(status=503, times=3, method="POST", path=BATCH_PATH)
    result = cli("--json", "import", "memories", str(source), "--settle", "0")
    assert result.code == 0, result.err
    assert _held(omi_fake) == Counter(f"five oh three {i}" for i in range(75))
    statuses = [s for m, p, s in omi_fake.request_log if p == BATCH_PATH]
    assert statuses.count(503) == 3 and statuses.count(200) == 3
    assert _reconciliations(omi_fake.request_log) == 0  # resent without listing


def _reconciliations(log: list[tuple[str, str, int]]) -> int:
    """Listings after the first batch went out (before it: the import's baseline)."""
    first = next(i for i, (m, p, _) in enumerate(log) if p == BATCH_PATH)
    return sum(1 for m, _, _ in log[first:] if m == "GET")
