"""`omi-client mock` as users run it, driven by the client generated from the spec: a full
create / list / update / delete round trip for every resource, then a restart on the same
--data file that keeps state and the printed key."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from omi_client._generated import AuthenticatedClient
from omi_client._generated.api.action_items import (
    create_action_item,
    create_action_items_batch,
    delete_action_item,
    list_action_items,
    update_action_item,
)
from omi_client._generated.api.api_keys import create_api_key, list_api_keys, revoke_api_key
from omi_client._generated.api.conversations import (
    ask,
    create_conversation,
    create_conversation_from_segments,
    delete_conversation,
    get_conversation,
    list_conversations,
    update_conversation,
)
from omi_client._generated.api.folders import list_folders
from omi_client._generated.api.goals import (
    create_goal,
    delete_goal,
    get_goal,
    list_goal_history,
    list_goals,
    update_goal,
    update_goal_progress,
)
from omi_client._generated.api.memories import (
    create_memories_batch,
    create_memory,
    delete_memory,
    list_memories,
    search_memories_vector,
    update_memory,
)
from omi_client._generated.models import (
    BatchActionItemsRequest,
    BatchMemoriesRequest,
    CreateActionItemRequest,
    CreateConversationFromTranscriptRequest,
    CreateConversationRequest,
    CreateConversationTranscriptSegment,
    CreateGoalRequest,
    CreateMemoryRequest,
    DevApiKeyCreate,
    DeveloperAskRequest,
    UpdateActionItemRequest,
    UpdateConversationRequest,
    UpdateGoalRequest,
    UpdateMemoryRequest,
)


class Mock:
    """One `omi-client mock` process and what it printed."""

    def __init__(self, data: Path, port: int, *extra: str) -> None:
        cli = Path(sys.executable).parent / "omi-client"
        self.proc = subprocess.Popen(
            [str(cli), "mock", "--port", str(port), "--data", str(data), *extra],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "NO_COLOR": "1"},
        )
        assert self.proc.stdout is not None
        printed = {}
        while "state:" not in (line := self.proc.stdout.readline()):
            assert line, "omi-client mock exited before it was ready"
            match = re.match(r"export (OMI_\w+)=(\S+)", line)
            if match:
                printed[match.group(1)] = match.group(2)
        self.base_url, self.key, self.token = (
            printed["OMI_BASE_URL"],
            printed["OMI_API_KEY"],
            printed["OMI_FIREBASE_TOKEN"],
        )
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                self.proc.poll()
                assert self.proc.returncode is None, "omi-client mock exited"
                import time

                time.sleep(0.05)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def mock(tmp_path: Path) -> Iterator[tuple[Mock, Path]]:
    data = tmp_path / "omi.sqlite"
    server = Mock(data, _free_port(), "--no-rate-limits")
    yield server, data
    server.stop()


def test_generated_client_round_trips_every_resource(mock: tuple[Mock, Path]) -> None:
    server, data = mock
    assert server.base_url.startswith("http://127.0.0.1:") and re.fullmatch(
        r"omi_dev_[0-9a-f]{32}", server.key
    )
    client = AuthenticatedClient(
        base_url=server.base_url, token=server.key, timeout=httpx.Timeout(10)
    )

    memory = create_memory.sync(client=client, body=CreateMemoryRequest(content="Likes green tea"))
    batch = create_memories_batch.sync(
        client=client,
        body=BatchMemoriesRequest(memories=[CreateMemoryRequest(content="Reads sci-fi")]),
    )
    assert batch.created_count == 1
    assert {m.id for m in list_memories.sync(client=client)} == {memory.id, batch.memories[0].id}
    assert (
        update_memory.sync(
            memory.id, client=client, body=UpdateMemoryRequest(content="Likes oolong")
        ).content
        == "Likes oolong"
    )
    assert search_memories_vector.sync(client=client, query="oolong").items[0].id == memory.id
    assert delete_memory.sync(memory.id, client=client).success is True
    assert [m.id for m in list_memories.sync(client=client)] == [batch.memories[0].id]

    item = create_action_item.sync(
        client=client, body=CreateActionItemRequest(description="Water the plants")
    )
    create_action_items_batch.sync(
        client=client,
        body=BatchActionItemsRequest(
            action_items=[CreateActionItemRequest(description="Buy soil")]
        ),
    )
    assert (
        update_action_item.sync(
            item.id, client=client, body=UpdateActionItemRequest(completed=True)
        ).completed
        is True
    )
    assert [i.id for i in list_action_items.sync(client=client, completed=True)] == [item.id]
    assert delete_action_item.sync(item.id, client=client).success is True
    assert len(list_action_items.sync(client=client)) == 1

    made = create_conversation.sync(
        client=client,
        body=CreateConversationRequest(text="Met the client about the launch plan today."),
    )
    segment = CreateConversationTranscriptSegment(
        text="We should plant tomatoes in the garden.", start=0.0, end=2.0
    )
    spoken = create_conversation_from_segments.sync(
        client=client,
        body=CreateConversationFromTranscriptRequest(
            transcript_segments=[segment], client_session_id="round-trip"
        ),
    )
    assert {c.id for c in list_conversations.sync(client=client)} == {made.id, spoken.id}
    renamed = update_conversation.sync(
        made.id, client=client, body=UpdateConversationRequest(title="Launch plan")
    )
    assert (
        renamed.structured.title == "Launch plan"
        and get_conversation.sync(made.id, client=client).id == made.id
    )
    assert (
        ask.sync(client=client, body=DeveloperAskRequest(question="What about tomatoes?"))
        .sources[0]
        .id
        == spoken.id
    )
    assert list_folders.sync(client=client)[0].name == "Personal"  # the real system set
    assert delete_conversation.sync(made.id, client=client).success is True
    assert get_conversation.sync_detailed(made.id, client=client).status_code == 404

    goal = create_goal.sync(
        client=client, body=CreateGoalRequest(title="Read 12 books", target_value=12)
    )
    assert (
        update_goal.sync(
            goal.id, client=client, body=UpdateGoalRequest(title="Read 20 books")
        ).title
        == "Read 20 books"
    )
    assert update_goal_progress.sync(goal.id, client=client, current_value=3).current_value == 3
    assert list_goal_history.sync(goal.id, client=client, days=7)[-1].value == 3
    assert [g.id for g in list_goals.sync(client=client)] == [goal.id] and get_goal.sync(
        goal.id, client=client
    ).id == goal.id
    assert delete_goal.sync(goal.id, client=client).success is True
    assert list_goals.sync(client=client) == []

    keys = AuthenticatedClient(base_url=server.base_url, token=server.token)
    created = create_api_key.sync(
        client=keys, body=DevApiKeyCreate(name="ci", scopes=["memories:read"])
    )
    assert created.id in {k.id for k in list_api_keys.sync(client=keys)}
    assert revoke_api_key.sync_detailed(created.id, client=keys).status_code == 204
    assert created.id not in {k.id for k in list_api_keys.sync(client=keys)}

    # Restart on the same data file: same ready key, same token secret, same data, same idempotency.
    server.stop()
    again = Mock(data, _free_port(), "--no-rate-limits")
    try:
        assert again.key == server.key
        client = AuthenticatedClient(base_url=again.base_url, token=again.key)
        assert [m.id for m in list_memories.sync(client=client)] == [batch.memories[0].id]
        assert {c.id for c in list_conversations.sync(client=client)} == {spoken.id}
        retried = create_conversation_from_segments.sync(
            client=client,
            body=CreateConversationFromTranscriptRequest(
                transcript_segments=[segment], client_session_id="round-trip"
            ),
        )
        assert retried.id == spoken.id
        assert (
            list_api_keys.sync_detailed(
                client=AuthenticatedClient(base_url=again.base_url, token=server.token)
            ).status_code
            == 200
        )
    finally:
        again.stop()


def test_demo_data_and_in_memory_default(tmp_path: Path) -> None:
    port = _free_port()
    cli = Path(sys.executable).parent / "omi-client"
    proc = subprocess.Popen(
        [str(cli), "mock", "--port", str(port), "--demo"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(5)]
        assert lines[0].strip() == f"# Fake Omi listening on http://127.0.0.1:{port}"
        assert "state: in memory; rate limits: on" in lines[4]
        key = next(line.split("=", 1)[1].strip() for line in lines if "OMI_API_KEY=" in line)
        for _ in range(100):
            try:
                response = httpx.get(
                    f"http://127.0.0.1:{port}/v1/dev/user/memories",
                    headers={"Authorization": f"Bearer {key}"},
                )
                break
            except httpx.ConnectError:
                import time

                time.sleep(0.05)
        assert len(response.json()) == 6  # six demo memories: a locked one is listed too
        goals = httpx.get(
            f"http://127.0.0.1:{port}/v1/dev/user/goals", headers={"Authorization": f"Bearer {key}"}
        ).json()
        history = httpx.get(
            f"http://127.0.0.1:{port}/v1/dev/user/goals/{goals[0]['id']}/history",
            headers={"Authorization": f"Bearer {key}"},
        ).json()
        assert [h["value"] for h in history] == [55, 41, 27, 12]  # newest first (GOAL-8b)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_cli_fault_flags_are_reproducible_by_seed(tmp_path: Path) -> None:
    rates = ("--error-500-rate", "0.2", "--error-503-rate", "0.1", "--burst-429-rate", "0.05")

    def statuses(seed: str) -> list[int]:
        args = ["--no-rate-limits", "--fault-seed", seed, *rates]
        server = Mock(
            tmp_path / f"run-{seed}-{len(list(tmp_path.iterdir()))}.sqlite", _free_port(), *args
        )
        try:
            headers = {"Authorization": f"Bearer {server.key}"}
            with httpx.Client(base_url=server.base_url, headers=headers) as http:
                return [http.get("/v1/dev/user/goals").status_code for _ in range(60)]
        finally:
            server.stop()

    first = statuses("5")
    assert statuses("5") == first and {200, 429, 500, 503} <= set(first)
    assert statuses("6") != first
