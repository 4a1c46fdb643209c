"""omi_client.validate_request runs exactly the checks the client runs before sending."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any
from urllib.parse import unquote

import omi_client as oc
import pytest
from omi_client import validate_request
from sdk_helpers import MEMORY, Clients, Script, ok

# (client call, the same request as validate_request arguments, the field both must name)
BAD: list[tuple[Any, tuple[str, dict[str, Any]], str]] = [
    (lambda o: o.memories.create(""), ("createMemory", {"body": {"content": ""}}), "content"),
    (
        lambda o: o.memories.create("x", category="nope"),
        ("createMemory", {"body": {"content": "x", "category": "nope"}}),
        "category",
    ),
    (
        lambda o: o.memories.create_many(["ok", {"content": "x" * 501}]),
        (
            "createMemoriesBatch",
            {"body": {"memories": [{"content": "ok"}, {"content": "x" * 501}]}},
        ),
        "memories[1].content",
    ),
    (
        lambda o: o.goals.history("g1", days=366),
        ("listGoalHistory", {"path": ["g1"], "query": {"days": 366}}),
        "days",
    ),
    (lambda o: o.goals.get("g1/history"), ("getGoal", {"path": ["g1/history"]}), "goal_id"),
    (
        lambda o: o.memories.update("m1"),
        ("updateMemory", {"path": ["m1"], "body": {}}),
        "body",
    ),
    (
        lambda o: o.action_items.create("\ud800"),
        ("createActionItem", {"body": {"description": "\ud800"}}),
        "description",
    ),
    (
        lambda o: o.goals.create("t", target_value=10**400),
        ("createGoal", {"body": {"title": "t", "target_value": 10**400}}),
        "target_value",
    ),
]


@pytest.mark.parametrize(("call", "request_args", "field"), BAD)
def test_it_refuses_what_the_client_refuses_naming_the_same_field(
    clients: Clients, call: Any, request_args: tuple[str, dict[str, Any]], field: str
) -> None:
    operation_id, kwargs = request_args
    with pytest.raises(oc.ValidationError) as direct:
        validate_request(operation_id, **kwargs)
    script = Script(ok(MEMORY))
    with pytest.raises(oc.ValidationError) as sent:
        call(clients.scripted(script))
    assert direct.value.field == sent.value.field == field
    assert str(direct.value) == str(sent.value)
    assert script.requests == []


def test_a_valid_call_returns_exactly_what_the_client_sends(
    clients: Clients, omi_fake: Any
) -> None:
    omi = clients.fake(omi_fake)
    goal = omi.goals.create("Run", goal_type="numeric", target_value=10, current_value=0)
    clients.requests.clear()
    omi.goals.history(goal.id, days=7)
    omi.memories.create("tea", category="interesting", tags=("a",))
    omi.memories.list(categories=["work", "system"], limit=3)
    expected = [
        validate_request("listGoalHistory", path=[goal.id], query={"days": 7}),
        validate_request(
            "createMemory", body={"content": "tea", "category": "interesting", "tags": ("a",)}
        ),
        validate_request(
            "listMemories", query={"categories": "work,system", "limit": 3, "offset": 0}
        ),
    ]
    for prepared, request in zip(expected, clients.requests, strict=True):
        assert prepared.method == request.method
        assert prepared.path == request.url.raw_path.decode().split("?")[0]
        assert {k: str(v).lower() if isinstance(v, bool) else str(v)
                for k, v in prepared.query.items()} == dict(request.url.params)  # fmt: skip
        assert prepared.body == (json.loads(request.content) if request.content else None)


def test_path_arguments_are_percent_encoded_as_sent() -> None:
    prepared = validate_request("getGoal", path=["a b?c#d%"])
    assert prepared.path == "/v1/dev/user/goals/a%20b%3Fc%23d%25"
    assert unquote(prepared.path.rsplit("/", 1)[1]) == "a b?c#d%"


def test_unknown_operations_are_named() -> None:
    with pytest.raises(oc.ValidationError) as info:
        validate_request("listPets")
    assert info.value.field == "operation_id" and "listPets" in str(info.value)


def test_it_needs_no_client_and_loads_no_http_library() -> None:
    code = (
        "import sys, omi_client; "
        "omi_client.validate_request('createMemory', body={'content': 'x'}); "
        "print(any(m.startswith('httpx') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
