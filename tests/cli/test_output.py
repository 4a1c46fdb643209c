"""What people and scripts see: tables at 80 columns and when piped, --wide, get views, --json
anywhere, and errors as JSON under --json (same exit codes)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from omi_client.cli.exit_codes import ExitCode

LONG = "Prefers window seats on long flights and always books the exit row if it is free " * 2


def _seed(server: Any) -> list[str]:
    from omi_client import Omi

    with Omi(api_key=server.api_key, base_url=server.base_url) as client:
        created = client.memories.create_many(
            [{"content": f"{i} {LONG}", "tags": ["travel", "habits"]} for i in range(3)]
        )
        created.raise_for_failures()
        return [str(m.id) for m in created.created]


def test_a_table_at_80_columns_keeps_each_id_whole_on_its_records_line(
    cli: Any, omi_fake: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _seed(omi_fake)
    monkeypatch.setenv("COLUMNS", "80")  # stdout is captured: this is the piped case too
    result = cli("memories", "list")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert all(len(line) <= 80 for line in lines)
    for memory_id in ids:
        (row,) = [line for line in lines if memory_id in line]  # whole, on exactly one line
        assert row.startswith(memory_id)
        assert "…" in row  # the content is cut to fit, not folded onto more lines
    assert len([line for line in lines if re.match(r"^[0-9a-f]{8}-", line)]) == 3
    assert "--wide" in result.out  # says which columns it left out


def test_wide_shows_every_column_in_full(
    cli: Any, omi_fake: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _seed(omi_fake)
    monkeypatch.setenv("COLUMNS", "80")
    result = cli("memories", "list", "--wide")
    assert result.code == 0, result.err
    for memory_id in ids:
        (row,) = [line for line in result.out.splitlines() if memory_id in line]
        assert LONG.strip() in row and "travel, habits" in row and "…" not in row


def test_timestamps_in_tables_have_no_microseconds(cli: Any, omi_fake: Any) -> None:
    _seed(omi_fake)
    result = cli("memories", "list", "--wide")
    raw = cli("--json", "memories", "list").json()[0]["created_at"]
    assert re.search(r"\.\d{3,6}", raw)  # the API sends microseconds ...
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ", result.out)  # ... tables do not
    assert not re.search(r"\d\d:\d\d:\d\d\.\d", result.out)


def test_a_get_view_shows_nested_objects_as_sections(cli: Any, omi_fake: Any) -> None:
    from omi_client import Omi

    with Omi(api_key=omi_fake.api_key, base_url=omi_fake.base_url) as client:
        created = client.conversations.create_from_segments(
            [
                {"text": "Shall we plant tomatoes this spring?", "speaker": "SPEAKER_00",
                 "start": 0.0, "end": 2.0},
                {"text": "Yes, and basil along the fence.", "speaker": "SPEAKER_01",
                 "start": 2.0, "end": 4.0},
            ]
        )  # fmt: skip
    result = cli("conversations", "get", str(created.id), "--transcript")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert "{" not in result.out  # no JSON dumped into a cell
    assert "structured" in [line.strip() for line in lines]  # a section heading
    heading = [line.strip() for line in lines].index("structured")
    section = []
    for line in lines[heading + 1 :]:
        if not line.startswith("  "):
            break
        section.append(line.split()[0])
    assert {"title", "overview", "category"} <= set(section), section  # its fields, indented
    spoken = [line for line in lines if re.search(r"\d\.\ds\] .+: Yes, and basil", line)]
    assert len(spoken) == 1  # the transcript: one "[start] speaker: text" line per segment


def test_json_after_the_subcommand(cli: Any, omi_fake: Any) -> None:
    _seed(omi_fake)
    before = cli("--json", "memories", "list", "--limit", "2")
    after = cli("memories", "list", "--limit", "2", "--json")
    assert after.code == 0, after.err
    assert after.json() == before.json() and len(after.json()) == 2


def test_errors_under_json_are_json_on_stderr_with_the_same_exit_codes(
    cli: Any, omi_fake: Any
) -> None:
    plain = cli("memories", "delete", "no-such-memory")
    as_json = cli("memories", "delete", "no-such-memory", "--json")
    assert plain.code == as_json.code == ExitCode.NOT_FOUND
    assert plain.err.startswith("error:") and as_json.out == ""
    error = json.loads(as_json.err)["error"]
    assert error["code"] == 4 and error["name"] == "NOT_FOUND" and error["status"] == 404
    usage = cli("--json", "memories", "list", "--limit", "zero")
    assert usage.code == ExitCode.USAGE
    assert json.loads(usage.err)["error"]["code"] == 2
    invalid = cli("memories", "create", "x" * 501, "--json")
    assert invalid.code == ExitCode.INVALID_INPUT
    assert "content" in json.loads(invalid.err)["error"]["message"]


def test_keys_create_needs_an_explicit_scope_choice(cli: Any, omi_fake: Any) -> None:
    """A key meant for writing must never be made read-only silently."""
    token = omi_fake.firebase_token
    refused = cli("--firebase-token", token, "keys", "create", "ci")
    assert refused.code == ExitCode.USAGE and "--read-only" in refused.err
    assert not [r for r in omi_fake.request_log if r[0] == "POST"]  # nothing was created
    read_only = cli("--json", "--firebase-token", token, "keys", "create", "ro", "--read-only")
    assert read_only.code == 0, read_only.err
    writer = cli(
        "--json", "--firebase-token", token, "keys", "create", "w", "--scope", "memories:write"
    )
    assert writer.json()["scopes"] == ["memories:write"]
    shown = cli("--firebase-token", token, "keys", "create", "shown", "--read-only")
    assert "scopes" in shown.out  # the table says what the key may do
