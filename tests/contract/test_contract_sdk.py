"""The SDK against Prism: every request it sends obeys the spec, every invented response parses.

A failure here means the client and spec/openapi.json disagree. Fix the request builder or model
use in wrapper/omi_client; if the spec itself is wrong, add an entry to spec/patch.json. Replay a
dynamic-data failure with the OMI_PRISM_SEED printed in the message.
"""

from __future__ import annotations

import inspect
import json
import re
import sys
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from omi_client import APIResponseValidationError, AsyncOmi, BatchResult, Omi
from omi_client._operations import OPERATIONS
from omi_client.resources import SYNC_RESOURCES
from prism_server import Prism, violations
from sdk_calls import CALLS, SdkCall

ROOT = Path(__file__).resolve().parents[2]
DEV_KEY = "omi_dev_0123456789abcdef0123456789abcdef"
FIREBASE_TOKEN = "firebase-id-token-for-contract-tests"


def operation_of(request: httpx.Request) -> str | None:
    """Which declared operation a request was for, by method and path template."""
    for op in OPERATIONS.values():
        pattern = re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(op.path))
        if op.method == request.method and re.fullmatch(pattern, request.url.path):
            return op.operation_id
    return None


def check_exchanges(call: SdkCall, prism: Prism, exchanges: list[httpx.Response]) -> None:
    want = SYNC_RESOURCES[call.resource].operations[call.method]
    assert exchanges, f"{call.id} sent no request"
    for response in exchanges:
        request = response.request
        sent = request.content.decode("utf-8", "replace") or "(no body)"
        where = f"{request.method} {request.url}"
        found = violations(response.headers)
        assert not found, (
            f"{call.id}: Prism says {where} violates spec/openapi.json:\n"
            + "\n".join(f"  - {v.get('location')}: {v.get('message')}" for v in found)
            + f"\n  body sent: {sent[:500]}\n"
            "  What to do: fix how wrapper/omi_client builds this request (or, if the spec is "
            f"wrong, add a spec/patch.json entry). Replay: OMI_PRISM_SEED={prism.seed}"
        )
        assert response.is_success, f"{call.id}: {where} -> {response.status_code}"
        assert operation_of(request) == want, f"{call.id} sent {where}, expected {want}"


def check_result(call: SdkCall, result: Any) -> None:
    """The value is what the method's annotation promises, built from Prism's invented body."""
    import omi_client._generated.models as models

    method = getattr(SYNC_RESOURCES[call.resource], call.method)
    annotation = str(inspect.signature(method).return_annotation)
    if annotation == "None":
        assert result is None
        return
    model = getattr(models, re.findall(r"\w+", annotation)[-1])
    if isinstance(result, BatchResult):
        # Prism's batch answer is random, so items may be "not included" (uncertain); what
        # must never happen is a response that does not parse.
        problems = [f.error for f in result.failed + result.uncertain]
        unreadable = [
            e
            for e in problems
            if isinstance(e, APIResponseValidationError)
            and "did not include this item" not in str(e)
        ]
        assert not unreadable, problems
        assert not result.failed, f"{call.id}: {result.failed}"
        items = result.created
    elif isinstance(result, list):
        items = result
    else:
        items = [result]
    for item in items:
        assert isinstance(item, model), f"{call.id}: got {type(item).__name__}, want {model}"
        json.dumps(item.to_dict(), default=str)  # the parsed model serialises back


def check_fidelity(call: SdkCall, result: Any, response: httpx.Response) -> None:
    """Parsing lost or changed nothing: the model dumps back to the body Prism sent (unknown
    fields included), up to how a date-time is spelled."""
    sent = response.json()
    if isinstance(result, list):
        dumped: Any = [item.to_dict() for item in result]
    else:
        dumped = result.to_dict()
    mismatch = _first_difference(sent, dumped, "$")
    assert mismatch is None, f"{call.id}: parsed model differs from the response at {mismatch}"


def _first_difference(sent: Any, dumped: Any, where: str) -> str | None:
    if isinstance(sent, dict) and isinstance(dumped, dict):
        if sent.keys() != dumped.keys():
            return f"{where}: keys {sorted(sent.keys() ^ dumped.keys())} lost or added"
        for key in sent:
            found = _first_difference(sent[key], dumped[key], f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(sent, list) and isinstance(dumped, list) and len(sent) == len(dumped):
        for i, (a, b) in enumerate(zip(sent, dumped, strict=True)):
            found = _first_difference(a, b, f"{where}[{i}]")
            if found:
                return found
        return None
    if (sent == dumped and type(sent) is type(dumped)) or _same_instant(sent, dumped):
        return None
    if isinstance(sent, int | float) and isinstance(dumped, int | float) and sent == dumped:
        return None
    return f"{where}: sent {sent!r}, model has {dumped!r}"


def _same_instant(a: Any, b: Any) -> bool:
    if not (isinstance(a, str) and isinstance(b, str)):
        return False
    try:
        return datetime.fromisoformat(a) == datetime.fromisoformat(b)
    except ValueError:
        return False


@pytest.fixture
def sync_omi(prism: Prism) -> Iterator[tuple[Omi, list[httpx.Response]]]:
    exchanges: list[httpx.Response] = []
    http = httpx.Client(event_hooks={"response": [exchanges.append]}, timeout=30)
    omi = Omi(DEV_KEY, base_url=prism.url, firebase_token=FIREBASE_TOKEN, http_client=http,
              max_retries=0)  # fmt: skip
    with http, omi:
        yield omi, exchanges


@pytest.fixture
async def async_omi(prism: Prism) -> AsyncIterator[tuple[AsyncOmi, list[httpx.Response]]]:
    exchanges: list[httpx.Response] = []

    async def record(response: httpx.Response) -> None:
        exchanges.append(response)

    http = httpx.AsyncClient(event_hooks={"response": [record]}, timeout=30)
    omi = AsyncOmi(DEV_KEY, base_url=prism.url, firebase_token=FIREBASE_TOKEN, http_client=http,
                   max_retries=0)  # fmt: skip
    async with http, omi:
        yield omi, exchanges


@pytest.mark.parametrize("call", CALLS, ids=lambda c: c.id)
def test_sync_call_obeys_the_spec_and_parses(
    call: SdkCall, prism: Prism, sync_omi: tuple[Omi, list[httpx.Response]]
) -> None:
    omi, exchanges = sync_omi
    result = getattr(getattr(omi, call.resource), call.method)(*call.args, **call.kwargs)
    if call.method == "iterate":
        result = list(result)
    check_exchanges(call, prism, exchanges)
    check_result(call, result)
    if result is not None and call.method not in ("iterate", "create_many"):
        check_fidelity(call, result, exchanges[-1])


@pytest.mark.parametrize("call", CALLS, ids=lambda c: c.id)
async def test_async_call_obeys_the_spec_and_parses(
    call: SdkCall, prism: Prism, async_omi: tuple[AsyncOmi, list[httpx.Response]]
) -> None:
    omi, exchanges = async_omi
    method = getattr(getattr(omi, call.resource), call.method)
    if call.method == "iterate":
        result: Any = [item async for item in method(*call.args, **call.kwargs)]
    else:
        result = await method(*call.args, **call.kwargs)
    check_exchanges(call, prism, exchanges)
    check_result(call, result)
    if result is not None and call.method not in ("iterate", "create_many"):
        check_fidelity(call, result, exchanges[-1])


def test_fidelity_check_tells_a_faithful_parse_from_a_lossy_one() -> None:
    sent = {"id": "m", "at": "2026-01-02T03:04:05.0Z", "n": 1, "extra": [{"k": "v"}]}
    same = {"id": "m", "at": "2026-01-02T03:04:05+00:00", "n": 1.0, "extra": [{"k": "v"}]}
    assert _first_difference(sent, same, "$") is None
    lost = {k: v for k, v in same.items() if k != "extra"}
    assert _first_difference(sent, lost, "$") == "$: keys ['extra'] lost or added"
    assert _first_difference(sent, {**same, "n": "1"}, "$") == "$.n: sent 1, model has '1'"
    changed = {**same, "extra": [{"k": "w"}]}
    assert _first_difference(sent, changed, "$") == "$.extra[0].k: sent 'v', model has 'w'"


def test_every_wrapper_method_has_a_contract_call() -> None:
    declared = {(r, m) for r, cls in SYNC_RESOURCES.items() for m in cls.operations}
    missing = sorted(declared - {(c.resource, c.method) for c in CALLS})
    assert not missing, (
        f"resource methods the contract suite never calls: {missing}. "
        "What to do: add a call with valid inputs to tests/contract/sdk_calls.py"
    )


def test_every_spec_operation_is_reached_by_a_contract_call() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    from generate import patched_spec

    spec_ops = {
        op["operationId"]: f"{method.upper()} {path}"
        for path, item in patched_spec()["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }
    reached = {SYNC_RESOURCES[c.resource].operations[c.method] for c in CALLS}
    missing = {op: label for op, label in spec_ops.items() if op not in reached}
    assert not missing, (
        f"spec operations with no wrapper method, so no contract coverage: {missing}. "
        "What to do: declare each in wrapper/omi_client/_operations.py, expose it from a "
        "resource (sync and async), and add a call to tests/contract/sdk_calls.py"
    )
