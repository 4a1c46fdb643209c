"""`omi-client import` against the fake server: validation, exactly-once, crashes, rate limits."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

from omi_client.cli.exit_codes import ExitCode

BATCH_PATH = "/v1/dev/user/memories/batch"


def _write(path: Path, contents: list[str]) -> Path:
    path.write_text("".join(json.dumps({"content": c}) + "\n" for c in contents))
    return path


def _held(server: Any) -> Counter[str]:
    return Counter(m["content"] for m in server.items("memories"))


def _posts(server: Any) -> int:
    return sum(1 for m, p, _ in server.request_log if m == "POST")


def test_bad_lines_are_reported_with_line_numbers_and_nothing_is_sent(
    cli: Any, omi_fake: Any, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"content": "fine"}\n'
        "\n"
        '{"content": ""}\n'
        "not json\n"
        '{"content": "x", "category": "nonsense"}\n'
        '"a plain string is fine"\n' + json.dumps({"content": "y" * 501}) + "\n"
    )
    result = cli("import", "memories", str(bad))
    assert result.code == ExitCode.INVALID_INPUT
    lines = [line for line in result.err.splitlines() if line.startswith(str(bad))]
    assert [line.split(":")[1] for line in lines] == ["3", "4", "5", "7"]
    assert "content" in lines[0] and "category" in lines[2] and "500" in lines[3]
    assert "nothing was sent" in result.err
    assert omi_fake.request_log == []
    assert not (tmp_path / "bad.jsonl.journal").exists()


def test_a_byte_order_mark_and_crlf_line_ends_are_accepted(
    cli: Any, omi_fake: Any, tmp_path: Path
) -> None:
    source = tmp_path / "windows.jsonl"
    source.write_bytes(b'\xef\xbb\xbf{"content": "first"}\r\n"second"\r\n')
    result = cli("import", "memories", str(source))
    assert result.code == 0, result.err
    assert _held(omi_fake) == Counter(["first", "second"])


def test_import_creates_each_record_once_and_a_rerun_sends_nothing(
    cli: Any, omi_fake: Any, tmp_path: Path
) -> None:
    # A duplicate line is the same memory: the server's id is a hash of the content (MEM-7).
    contents = [f"note {i}" for i in range(60)] + ["note 1"]
    source = _write(tmp_path / "notes.jsonl", contents)
    result = cli("--json", "import", "memories", str(source))
    assert result.code == 0, result.err
    summary = result.json()
    assert summary["created"] == 61 and summary["failed_batches"] == 0
    assert _held(omi_fake) == Counter(set(contents))
    posts = _posts(omi_fake)
    assert posts == 3  # 61 records in batches of 25
    again = cli("import", "memories", str(source))
    assert again.code == 0 and "already imported" in again.out
    assert _posts(omi_fake) == posts


def test_a_dropped_response_after_the_write_is_reconciled_not_duplicated(
    cli: Any, omi_fake: Any, tmp_path: Path
) -> None:
    contents = [f"item {i}" for i in range(30)]
    source = _write(tmp_path / "items.jsonl", contents)
    omi_fake.inject(drop="after", times=1, method="POST", path=BATCH_PATH)
    result = cli("--json", "import", "memories", str(source), "--settle", "0.2")
    assert result.code == 0, result.err
    assert result.json()["reconciled"] == 25
    assert _held(omi_fake) == Counter(contents)


def test_action_items_import(cli: Any, omi_fake: Any, tmp_path: Path) -> None:
    source = tmp_path / "todo.jsonl"
    source.write_text("".join(json.dumps({"description": f"task {i}"}) + "\n" for i in range(70)))
    result = cli("import", "action-items", str(source))
    assert result.code == 0, result.err
    held = Counter(a["description"] for a in omi_fake.items("action_items"))
    assert held == Counter(f"task {i}" for i in range(70))


def test_import_under_a_tight_rate_limit_waits_out_each_window_and_loses_no_batch(
    cli_for: Any, omi_fake_factory: Any, tmp_path: Path
) -> None:
    from omi_client.testing import ManualClock

    contents = [f"limited {i}" for i in range(100)]  # 4 batches, 1 allowed per window
    source = _write(tmp_path / "limited.jsonl", contents)
    server = omi_fake_factory(rate_limits={"dev:memories_batch": 1}, clock=ManualClock())
    start = server.clock.now()
    cli = cli_for(server)  # its waits move the fake's clock: an hour's wait takes no time
    result = cli("--json", "import", "memories", str(source))
    assert result.code == 0, result.err
    summary = result.json()
    assert summary["failed_batches"] == 0 and summary["rate_limit_waits"] == 3
    # One batch per window; the next is refused (nothing written), waited out and resent.
    assert [s for _, p, s in server.request_log if p == BATCH_PATH] == [
        200, 429, 200, 429, 200, 429, 200,
    ]  # fmt: skip
    # Each wait is the server's Retry-After: the window started at the batch before, and the
    # clock stands still between requests, so the whole hour. Nothing else was waited.
    assert cli.waits == [3600.0] * 3
    assert server.clock.now() - start == timedelta(hours=3)
    assert _held(server) == Counter(set(contents))  # one memory per content (MEM-7)


def _import_process(source: Path, server: Any) -> subprocess.Popen[str]:
    env = dict(os.environ, OMI_BASE_URL=server.base_url, OMI_API_KEY=server.api_key)
    code = "import sys; from omi_client.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.Popen(
        # --settle 1: these servers hold a batch at most 1 s (the default would wait 60 s).
        [sys.executable, "-c", code, "--json", "import", "memories", str(source), "--settle", "1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _journal_ops(path: Path) -> list[str]:
    if not path.exists():
        return []
    ops = []
    for line in path.read_text().splitlines():
        try:
            ops.append(json.loads(line)["op"])
        except (ValueError, KeyError):
            break
    return ops


def _wait_for(predicate: Any, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def test_sigkill_after_the_server_committed_then_resume_creates_each_record_once(
    omi_fake: Any, tmp_path: Path
) -> None:
    """The hardest moment: the batch is stored, the journal has not heard. kill -9 there."""
    contents = [f"crash {i}" for i in range(80)]  # 4 batches
    source = _write(tmp_path / "crash.jsonl", contents)
    journal = tmp_path / "crash.jsonl.journal"
    # The first batch is held 1 s, then stored, then its connection is dropped unanswered.
    omi_fake.inject(latency=1.0, drop="after", times=1, method="POST", path=BATCH_PATH)
    proc = _import_process(source, omi_fake)
    try:
        _wait_for(lambda: _journal_ops(journal)[-1:] == ["send"])
        # The importer will reconcile with a list request: hold that one so we can kill it there.
        omi_fake.inject(latency=3.0, times=1, method="GET", path="/v1/dev/user/memories")
        _wait_for(lambda: omi_fake.count("memories") == 25)
        time.sleep(0.3)
        assert _journal_ops(journal)[-1] == "send"  # stored on the server, unknown to the journal
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    resumed = _import_process(source, omi_fake)
    out, err = resumed.communicate(timeout=60)
    assert resumed.returncode == 0, err
    summary = json.loads(out)
    assert summary["reconciled"] == 25 and summary["created"] == 80
    assert _held(omi_fake) == Counter(contents)


def test_repeated_sigkills_at_random_moments_still_create_each_record_once(
    tmp_path: Path,
) -> None:
    import random

    from omi_client.testing import FakeOmiServer

    rng = random.Random(5)
    contents = [f"kill {i % 40}" for i in range(200)]  # duplicates too: 8 batches
    source = _write(tmp_path / "kill.jsonl", contents)
    journal = tmp_path / "kill.jsonl.journal"
    # Its own server: resent batches must not run into the real 15-per-hour batch limit here.
    with FakeOmiServer(
        rate_limits={"dev:memories_batch": 10_000, "dev:memories": 10_000}
    ) as server:
        server.inject(latency=0.3, times=10_000, method="POST", path=BATCH_PATH)
        kills = in_flight = 0
        for _ in range(30):
            seen = len(_journal_ops(journal))
            proc = _import_process(source, server)
            try:
                # Once this run has written to the journal, kill it at a random moment.
                _wait_for(
                    lambda p=proc, n=seen: len(_journal_ops(journal)) > n or p.poll() is not None
                )
                time.sleep(rng.uniform(0.0, 0.5))
            finally:
                proc.send_signal(signal.SIGKILL)
                proc.wait(timeout=10)
            if proc.returncode == -signal.SIGKILL:
                kills += 1
                in_flight += _journal_ops(journal)[-1:] == ["send"]
            if "complete" in _journal_ops(journal):
                break
        final = _import_process(source, server)
        _, err = final.communicate(timeout=60)
        assert final.returncode == 0, err
        print(f"SIGKILLs: {kills}, with a batch in flight: {in_flight}")
        assert kills >= 3 and in_flight >= 1
        assert _held(server) == Counter(set(contents))  # one memory per content (MEM-7)


def test_ctrl_c_stops_cleanly_and_the_rerun_finishes_the_job(omi_fake: Any, tmp_path: Path) -> None:
    contents = [f"interrupt {i}" for i in range(100)]  # 4 batches
    source = _write(tmp_path / "ctrl_c.jsonl", contents)
    journal = tmp_path / "ctrl_c.jsonl.journal"
    omi_fake.inject(latency=0.4, times=4, method="POST", path=BATCH_PATH)
    proc = _import_process(source, omi_fake)
    _wait_for(lambda: _journal_ops(journal).count("done") >= 1)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130 and "re-run the same command to resume" in err
    assert 25 <= omi_fake.count("memories") < 100
    resumed = _import_process(source, omi_fake)
    out, err = resumed.communicate(timeout=60)
    assert resumed.returncode == 0, err
    assert json.loads(out)["already_done"] >= 25
    assert _held(omi_fake) == Counter(contents)


def test_restart_does_not_delete_the_journal_of_a_running_import(
    cli: Any, omi_fake: Any, tmp_path: Path
) -> None:
    """Deleting a live journal would leave the running import appending to a headerless file,
    which no later run can resume, so the next --restart would create everything again."""
    from omi_client.cli.engines.journal import Journal

    source = _write(tmp_path / "notes.jsonl", ["a", "b"])
    journal_path = tmp_path / "notes.jsonl.journal"
    running = Journal(journal_path, {"kind": "memories", "sha256": "x", "records": 2})
    try:
        before = journal_path.read_bytes()
        result = cli("import", "memories", str(source), "--restart")
        assert result.code == ExitCode.USAGE
        assert "in use" in result.err
        assert journal_path.read_bytes() == before
        assert _posts(omi_fake) == 0
    finally:
        running.close()


def test_a_timed_out_batch_still_processing_on_the_server_is_not_sent_twice(
    cli_for: Any, omi_fake: Any, tmp_path: Path
) -> None:
    """The client gives up after 0.5 s; the server stores the batch at 1.5 s. Reconciling at
    once would find nothing and resend, and then both copies would exist: reconciliation must
    wait until the request in flight has settled (--settle). Real time: the server really holds
    the request, so the client's timeout fires."""
    contents = [f"slow {i}" for i in range(10)]
    source = _write(tmp_path / "slow.jsonl", contents)
    omi_fake.inject(latency=1.5, times=1, method="POST", path=BATCH_PATH)
    cli = cli_for(omi_fake, real_time=True)
    result = cli("--timeout", "0.5", "--json", "import", "memories", str(source), "--settle", "2.5")
    assert result.code == 0, result.err
    assert result.json()["reconciled"] == 10
    assert _held(omi_fake) == Counter(contents)
    assert 0 < cli.waits[0] <= 2.0  # until the batch, sent >= 0.5 s before, is 2.5 s old
