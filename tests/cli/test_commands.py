"""The resource commands against the fake server over HTTP: output, pagination, exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from omi_client.cli.exit_codes import ExitCode


def test_help_imports_neither_the_sdk_nor_rich() -> None:
    probe = (
        "import sys\n"
        "from omi_client.cli import main\n"
        "code = main(['--help'])\n"
        "mods = ('rich', 'httpx', 'omi_client._client', 'omi_client._generated')\n"
        "heavy = [m for m in mods if m in sys.modules]\n"
        "print(code, heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert "Usage: omi-client" in out and "Exit codes" in out
    assert out.strip().endswith("0 []")


def test_memory_create_list_update_delete(cli: Any, omi_fake: Any) -> None:
    created = cli("--json", "memories", "create", "I like green tea", "--tag", "drinks")
    assert created.code == 0, created.err
    memory = created.json()
    assert memory["content"] == "I like green tea" and memory["tags"] == ["drinks"]

    table = cli("memories", "list")
    assert table.code == 0 and "I like green tea" in table.out and "1 item" in table.out

    updated = cli("--json", "memories", "update", memory["id"], "--content", "I love green tea")
    assert updated.code == 0 and updated.json()["content"] == "I love green tea"

    assert cli("memories", "delete", memory["id"]).code == 0
    assert omi_fake.count("memories") == 0
    missing = cli("memories", "delete", memory["id"])
    assert missing.code == ExitCode.NOT_FOUND and "error:" in missing.err


def test_every_resource_deletes_by_id_and_reports_it(cli: Any, omi_fake: Any) -> None:
    from omi_client import Omi

    with Omi(api_key=omi_fake.api_key, base_url=omi_fake.base_url) as omi:
        ids = {
            "memories": omi.memories.create("to delete").id,
            "action-items": omi.action_items.create("to delete").id,
            "goals": omi.goals.create("to delete", target_value=3).id,
            "conversations": omi.conversations.create("to delete " * 5).id,
        }
    for group, item_id in ids.items():
        deleted = cli("--json", group, "delete", item_id)
        assert deleted.code == 0, deleted.err
        assert deleted.json() == {"deleted": item_id}
        if group == "goals":  # the server abandons a deleted goal; deleting it again is fine
            [goal] = omi_fake.items("goals")
            assert goal["status"] == "abandoned" and cli(group, "delete", item_id).code == 0
            continue
        assert omi_fake.count(group.replace("-", "_")) == 0
        assert cli(group, "delete", item_id).code == ExitCode.NOT_FOUND


def test_list_all_follows_every_page(cli: Any, omi_fake: Any) -> None:
    from omi_client import Omi

    with Omi(api_key=omi_fake.api_key, base_url=omi_fake.base_url) as client:
        client.memories.create_many([f"memory {i}" for i in range(30)]).raise_for_failures()
    page = cli("--json", "memories", "list", "--limit", "7", "--offset", "7")
    assert page.code == 0 and len(page.json()) == 7
    everything = cli("--json", "memories", "list", "--all", "--limit", "7")
    contents = [m["content"] for m in everything.json()]
    assert sorted(contents) == sorted(f"memory {i}" for i in range(30))
    gets = [p for m, p, _ in omi_fake.request_log if m == "GET" and p.endswith("/memories")]
    assert len(gets) >= 5  # 30 items in pages of 7, plus the empty page that ends it


def test_action_items_goals_folders_conversations(cli: Any, omi_fake: Any) -> None:
    item = cli("--json", "action-items", "create", "Call the plumber").json()
    assert cli("action-items", "complete", item["id"]).code == 0
    done = cli("--json", "action-items", "list", "--completed").json()
    assert [i["id"] for i in done] == [item["id"]]
    assert cli("--json", "action-items", "list", "--open").json() == []

    goal = cli("--json", "goals", "create", "Read 12 books", "--target", "12", "--type", "numeric")
    assert goal.code == 0, goal.err
    goal_id = goal.json()["id"]
    assert cli("--json", "goals", "progress", goal_id, "3").json()["current_value"] == 3
    assert "Read 12 books" in cli("goals", "list").out

    assert cli("--json", "folders", "list").code == 0

    conv = cli("--json", "conversations", "create", "We planned the trip to Lisbon in May.")
    assert conv.code == 0, conv.err
    listed = cli("--json", "conversations", "list", "--transcript").json()
    assert len(listed) == omi_fake.count("conversations") == 1


def test_exit_codes(cli: Any, omi_fake: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli("memories", "list", "--limit", "zero").code == ExitCode.USAGE
    assert cli("no-such-command").code == ExitCode.USAGE
    too_long = cli("memories", "create", "x" * 501)
    assert too_long.code == ExitCode.INVALID_INPUT and "content" in too_long.err
    assert not [r for r in omi_fake.request_log if r[0] == "POST"]  # rejected before sending

    omi_fake.inject(status=500, times=10, method="GET", path="/v1/dev/user/memories")
    assert cli("memories", "list").code == ExitCode.SERVER

    omi_fake.reset()
    omi_fake.inject(status=429, times=10, path="/v1/dev/user/memories")
    assert cli("memories", "list").code == ExitCode.RATE_LIMITED

    monkeypatch.setenv("OMI_API_KEY", "omi_dev_" + "0" * 32)
    assert cli("memories", "list").code == ExitCode.AUTH
    monkeypatch.setenv("OMI_API_KEY", omi_fake.issue_key(scopes=[]))
    forbidden = cli("memories", "create", "not allowed")
    assert forbidden.code == ExitCode.AUTH and "403" in forbidden.err
    monkeypatch.delenv("OMI_API_KEY")
    assert cli("memories", "list").code == ExitCode.AUTH


def test_keys_use_the_firebase_token(cli: Any, omi_fake: Any) -> None:
    token = omi_fake.firebase_token
    created = cli(
        "--json", "--firebase-token", token, "keys", "create", "ci", "--scope", "memories:read"
    )
    assert created.code == 0, created.err
    listed = cli("--json", "--firebase-token", token, "keys", "list").json()
    assert "ci" in [k["name"] for k in listed]


def test_conversation_from_segments_is_idempotent_with_a_session_id(
    cli: Any, omi_fake: Any, tmp_path: Path
) -> None:
    segments = tmp_path / "segments.jsonl"
    segments.write_text(
        '{"text": "Shall we plant tomatoes?", "speaker": "SPEAKER_00", "start": 0, "end": 2}\n'
        '{"text": "Yes, and basil too.", "speaker": "SPEAKER_01", "start": 2, "end": 4}\n'
    )
    first = cli("--json", "conversations", "from-segments", str(segments), "--session-id", "s-1")
    assert first.code == 0, first.err
    again = cli("--json", "conversations", "from-segments", str(segments), "--session-id", "s-1")
    assert again.json()["id"] == first.json()["id"] and omi_fake.count("conversations") == 1
    shown = cli("conversations", "get", first.json()["id"], "--transcript")
    assert "basil" in shown.out
    bad = tmp_path / "bad.json"
    bad.write_text("[{")
    assert cli("conversations", "from-segments", str(bad)).code == ExitCode.INVALID_INPUT


def test_a_locked_item_has_its_own_exit_code(cli: Any, omi_fake: Any) -> None:
    """402 is a documented server answer, not an 'unexpected' failure (exit 1)."""
    locked = omi_fake.seed.memory("old", locked=True)
    result = cli("memories", "update", locked["id"], "--content", "new")
    assert result.code == ExitCode.LOCKED and int(ExitCode.LOCKED) == 8
    assert "paid plan" in result.err  # the server's own words (docs/fidelity.md LOCK-2)
