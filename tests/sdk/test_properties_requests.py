"""Property: request bodies schemathesis generates from the spec go through the wrapper's
natural keyword arguments, pass its client-side validation, and the fake server accepts them."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, assume, given, settings
from omi_client import Omi
from omi_client._operations import OPERATIONS
from omi_client._spec import load_spec

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "contract"))

from overlay import overlaid


def _closed(node: Any) -> Any:
    """Copy of a schema tree with additionalProperties: false on every object (kwargs are named)."""
    if isinstance(node, dict):
        out = {k: _closed(v) for k, v in node.items()}
        if out.get("type") == "object" and "properties" in out:
            out["additionalProperties"] = False
        return out
    if isinstance(node, list):
        return [_closed(v) for v in node]
    return node


def _strategy(operation_id: str) -> Any:
    # The spec plus the rules the real server enforces beyond it (tests/contract/overlay.py,
    # stated from docs/fidelity.md): "valid" means what the server accepts.
    spec = _closed(overlaid(load_spec()))
    op = OPERATIONS[operation_id]
    schema = spec["paths"][op.path][op.method.lower()]["requestBody"]["content"]
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "probe", "version": "1"},
        "paths": {
            "/probe": {
                "post": {
                    "requestBody": {"required": True, "content": schema},
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
        "components": spec["components"],
    }
    return schemathesis.openapi.from_dict(doc)["/probe"]["POST"].as_strategy()


def _after(body: dict[str, Any], *, equal: bool) -> bool:
    start = body.get("started_at")
    end = body.get("finished_at")
    if end is None:
        return True
    if start is None:
        return False  # compared with the server's "now": not a rule the body alone decides
    a, b = datetime.fromisoformat(start), datetime.fromisoformat(end)
    if (a.tzinfo is None) != (b.tzinfo is None):
        return False
    return b > a or (equal and b == a)


# docs/fidelity.md CONV-9b (finished_at before started_at), SEG-1 (a segment ending before it
# starts), SEG-3 (finished_at not after started_at; when absent it is started_at + the last end).
CROSS_FIELD: dict[str, Callable[[dict[str, Any]], bool]] = {
    "createConversation": lambda b: _after(b, equal=True),
    "createConversationFromSegments": lambda b: (
        _after(b, equal=False)
        and all(s["end"] > s["start"] for s in b["transcript_segments"])
        and (b.get("finished_at") is not None or b["transcript_segments"][-1]["end"] > 0)
    ),
}
SCOPES = [f"{r}:{m}" for r in ("conversations", "memories", "action_items", "goals")
          for m in ("read", "write")]  # fmt: skip
Seed = Callable[[Omi], str]
# operationId -> (how to call the wrapper with a generated body, optional seeding of a target)
SCENARIOS: dict[str, Callable[[Omi, dict[str, Any], str], Any]] = {
    "createMemory": lambda o, b, _: o.memories.create(**b),
    "createMemoriesBatch": lambda o, b, _: o.memories.create_many(b["memories"]),
    "updateMemory": lambda o, b, t: o.memories.update(t, **b),
    "createConversation": lambda o, b, _: o.conversations.create(**b),
    "createConversationFromSegments": lambda o, b, _: o.conversations.create_from_segments(**b),
    "updateConversation": lambda o, b, t: o.conversations.update(t, **b),
    "ask": lambda o, b, _: o.conversations.ask(**b),
    "createActionItem": lambda o, b, _: o.action_items.create(**b),
    "createActionItemsBatch": lambda o, b, _: o.action_items.create_many(b["action_items"]),
    "updateActionItem": lambda o, b, t: o.action_items.update(t, **b),
    "createGoal": lambda o, b, _: o.goals.create(**b),
    "updateGoal": lambda o, b, t: o.goals.update(t, **b),
    "createApiKey": lambda o, b, _: o.keys.create(**b),
}
TARGETS: dict[str, Seed] = {
    "updateMemory": lambda o: o.memories.create("seed").id,
    "updateConversation": lambda o: o.conversations.create("seed conversation text").id,
    "updateActionItem": lambda o: o.action_items.create("seed").id,
    "updateGoal": lambda o: o.goals.create("seed").id,
}


def test_every_operation_with_a_body_has_a_scenario() -> None:
    assert set(SCENARIOS) == {k for k, op in OPERATIONS.items() if op.body_model}


@pytest.mark.parametrize("operation_id", sorted(SCENARIOS))
def test_generated_valid_bodies_are_sent_and_accepted(operation_id: str, omi_fake: Any) -> None:
    omi = Omi(omi_fake.api_key, base_url=omi_fake.base_url, firebase_token=omi_fake.firebase_token)

    @given(_strategy(operation_id))
    @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
    def check(case: Any) -> None:
        body = dict(case.body)
        # Server rules the spec does not state: an update must change something (non-null),
        # key scopes must be known ones and a key needs a name.
        if operation_id.startswith("update"):
            assume(any(v is not None for v in body.values()))
        # Rules between two fields, which no schema (nor the overlay) can state.
        assume(CROSS_FIELD.get(operation_id, lambda _: True)(body))
        if "scopes" in body and body["scopes"] is not None:
            body["scopes"] = [s for s in body["scopes"] if s in SCOPES]
        if operation_id == "createApiKey":  # a blank key name is a 422 (docs/fidelity.md KEY-4)
            assume(str(body.get("name", "")).strip())
        omi_fake.reset()  # fresh rate-limit windows for every example
        target = TARGETS[operation_id](omi) if operation_id in TARGETS else ""
        result = SCENARIOS[operation_id](omi, body, target)
        if operation_id.endswith("Batch"):
            assert result.ok, (result.failed + result.uncertain)[0].error

    with omi:
        check()
