"""Today's SDK against "next upstream" specs: additive changes must not break it, and the
guards must name what a breaking change or a new operation leaves to do.

Two independent servers play the new spec: the fake (stateful, routes and validates from the
spec it is given) and Prism (invents responses from the new schemas, e.g. the new field).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from omi_client import Omi, UnprocessableEntityError
from omi_client.testing import FakeOmiServer
from prism_server import missing_node, running_prism, violations
from sdk_calls import CALLS
from spec_variants import ROOT, VARIANTS, Variant, dump, load_current
from test_contract_sdk import DEV_KEY, FIREBASE_TOKEN, check_exchanges, check_result

ADDITIVE = [v for v in VARIANTS if not v.breaking]
BY_NAME = {v.name: v for v in VARIANTS}


def _write(variant: Variant, tmp_path: Path) -> Path:
    path = tmp_path / f"{variant.name}.json"
    path.write_text(dump(variant.apply(load_current())), "utf-8")
    return path


def _workflow(omi: Omi) -> None:
    """A day of ordinary SDK use, touching every resource."""
    memory = omi.memories.create("Likes green tea", category="interesting", tags=["tea"])
    assert memory.id in {m.id for m in omi.memories.iterate()}
    assert omi.memories.update(memory.id, content="Likes oolong").content == "Likes oolong"
    omi.memories.search("tea")
    batch = omi.memories.create_many(["one", {"content": "two", "category": "work"}])
    assert batch.ok and len(batch.created) == 2
    omi.memories.delete(memory.id)

    item = omi.action_items.create("Buy tea")
    assert omi.action_items.complete(item.id).completed is True
    assert item.id in {i.id for i in omi.action_items.list()}
    omi.action_items.delete(item.id)

    segments = [{"text": "hello", "start": 0.0, "end": 1.0}]
    created = omi.conversations.create_from_segments(segments, client_session_id="rehearsal-1")
    assert omi.conversations.get(created.id, include_transcript=True).id == created.id
    list(omi.conversations.iterate(max_items=5))
    omi.conversations.delete(created.id)

    goal = omi.goals.create("Read more", goal_type="numeric", target_value=10, current_value=1)
    omi.goals.set_progress(goal.id, 5)
    assert omi.goals.get(goal.id).id == goal.id
    omi.goals.history(goal.id)
    omi.goals.delete(goal.id)
    omi.folders.list()
    omi.keys.list()


@pytest.fixture(params=ADDITIVE, ids=lambda v: v.name)
def fake_next(request: pytest.FixtureRequest) -> Iterator[FakeOmiServer]:
    variant: Variant = request.param
    with FakeOmiServer(spec=variant.apply(load_current()), rate_limits=False) as server:
        yield server


def test_additive_change_keeps_the_sdk_working_against_the_fake(fake_next: FakeOmiServer) -> None:
    with Omi(fake_next.dev_key, base_url=fake_next.base_url,
             firebase_token=fake_next.firebase_token) as omi:  # fmt: skip
        _workflow(omi)


def test_a_new_enum_value_from_the_server_parses_and_round_trips() -> None:
    spec = BY_NAME["enum-value-added"].apply(load_current())
    with FakeOmiServer(spec=spec, rate_limits=False) as server:
        # Another client, already on the new spec, stores a memory in the new category.
        auth = {"Authorization": f"Bearer {server.dev_key}"}
        made = httpx.post(f"{server.base_url}/v1/dev/user/memories", headers=auth,
                          json={"content": "Dreamt of flying", "category": "dreams"})  # fmt: skip
        assert made.status_code == 200, made.text
        with Omi(server.dev_key, base_url=server.base_url) as omi:
            [memory] = omi.memories.list()
            assert memory.category == "dreams"
            assert memory.to_dict()["category"] == "dreams"
            # Today's SDK can still change and delete it.
            assert omi.memories.update(memory.id, content="Flew").category == "dreams"
            omi.memories.delete(memory.id)


needs_node = pytest.mark.skipif(missing_node() is not None, reason=str(missing_node()))


@needs_node
@pytest.mark.parametrize("variant", ADDITIVE, ids=lambda v: v.name)
def test_additive_change_keeps_every_sdk_call_valid_against_prism(
    variant: Variant, tmp_path: Path
) -> None:
    """Prism serves the new spec: requests stay valid, invented responses (new field, new enum
    value, new operation's neighbours) still parse into today's models."""
    with running_prism(_write(variant, tmp_path)) as prism:
        exchanges: list[httpx.Response] = []
        http = httpx.Client(event_hooks={"response": [exchanges.append]}, timeout=30)
        with http, Omi(DEV_KEY, base_url=prism.url, firebase_token=FIREBASE_TOKEN,
                       http_client=http, max_retries=0) as omi:  # fmt: skip
            seen = b""
            for call in CALLS:
                exchanges.clear()
                result: Any = getattr(getattr(omi, call.resource), call.method)(
                    *call.args, **call.kwargs
                )
                if call.method == "iterate":
                    result = list(result)
                check_exchanges(call, prism, exchanges)
                check_result(call, result)
                seen += b"".join(r.content for r in exchanges)
    if variant.name == "optional-response-field-added":
        assert b'"sentiment"' in seen, (
            "Prism never sent the new field: the rehearsal proved nothing"
        )


@needs_node
def test_a_new_required_input_is_caught_by_the_contract_check(tmp_path: Path) -> None:
    """The breaking side: today's create sends no `source`, and the contract check says so."""
    with running_prism(_write(BY_NAME["required-input-added"], tmp_path)) as prism:
        exchanges: list[httpx.Response] = []
        http = httpx.Client(event_hooks={"response": [exchanges.append]}, timeout=30)
        with http, Omi(DEV_KEY, base_url=prism.url, http_client=http, max_retries=0) as omi:
            call = next(c for c in CALLS if c.id == "memories.create")
            with pytest.raises(UnprocessableEntityError):  # Prism answers it with a 422
                omi.memories.create(*call.args)
            messages = [v["message"] for r in exchanges for v in violations(r.headers)]
            assert any("source" in m for m in messages), messages
            with pytest.raises(AssertionError, match="What to do: fix how wrapper/omi_client"):
                check_exchanges(call, prism, exchanges)


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_coverage_guards_name_an_operation_the_wrapper_does_not_expose(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import generate  # tools/generate.py: patched_spec() reads its SPEC

    monkeypatch.setattr(generate, "SPEC", _write(BY_NAME["operation-added"], tmp_path))
    sdk_coverage = _load(ROOT / "tests" / "sdk" / "test_coverage.py", "rehearsal_sdk_coverage")
    with pytest.raises(AssertionError, match="getMemory"):
        sdk_coverage.test_every_spec_operation_is_exposed_by_a_resource_method()

    import test_contract_sdk

    with pytest.raises(AssertionError, match=r"getMemory.*What to do: declare each"):
        test_contract_sdk.test_every_spec_operation_is_reached_by_a_contract_call()
    # And with today's spec both guards pass.
    monkeypatch.undo()
    sdk_coverage.test_every_spec_operation_is_exposed_by_a_resource_method()
    test_contract_sdk.test_every_spec_operation_is_reached_by_a_contract_call()
