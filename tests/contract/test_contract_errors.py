"""Every error response the spec documents, as Prism invents it, becomes the SDK's typed error.

Prism answers with a documented status when asked (`Prefer: code=404`), with a body drawn from
that response's schema, so each operation's 401/403/404/422 is exercised through the real
pipeline. A failure means a documented status the SDK cannot map or whose body it cannot read.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from omi_client import (
    AuthenticationError,
    NotFoundError,
    Omi,
    PermissionDeniedError,
    UnprocessableEntityError,
)
from omi_client.resources import SYNC_RESOURCES
from prism_server import Prism, violations
from sdk_calls import CALLS, SdkCall
from test_contract_sdk import DEV_KEY, FIREBASE_TOKEN

ROOT = Path(__file__).resolve().parents[2]
EXPECTED: dict[str, type[Exception]] = {
    "401": AuthenticationError,
    "403": PermissionDeniedError,
    "404": NotFoundError,
    "422": UnprocessableEntityError,
}


def _documented_errors() -> list[tuple[SdkCall, str]]:
    sys.path.insert(0, str(ROOT / "tools"))
    from generate import patched_spec

    statuses = {
        op["operationId"]: sorted(code for code in op["responses"] if not code.startswith("2"))
        for item in patched_spec()["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    first: dict[str, SdkCall] = {}  # one call per operation is enough for its error paths
    for call in CALLS:
        first.setdefault(SYNC_RESOURCES[call.resource].operations[call.method], call)
    return [(call, code) for op, call in first.items() for code in statuses[op]]


CASES = _documented_errors()


def test_every_documented_error_status_has_an_expected_sdk_error() -> None:
    unmapped = sorted({code for _, code in CASES} - EXPECTED.keys())
    assert not unmapped, (
        f"the spec now documents statuses {unmapped}: add the SDK error each should raise to "
        "EXPECTED in tests/contract/test_contract_errors.py (and map it in omi_client._errors)"
    )


@pytest.mark.parametrize(("call", "code"), CASES, ids=[f"{c.id}-{s}" for c, s in CASES])
def test_documented_error_becomes_a_typed_error(prism: Prism, call: SdkCall, code: str) -> None:
    exchanges: list[httpx.Response] = []
    http = httpx.Client(event_hooks={"response": [exchanges.append]}, timeout=30)
    with http, Omi(DEV_KEY, base_url=prism.url, firebase_token=FIREBASE_TOKEN, http_client=http,
                   max_retries=0, default_headers={"Prefer": f"code={code}"}) as omi:  # fmt: skip
        method = getattr(getattr(omi, call.resource), call.method)
        with pytest.raises(EXPECTED[code]) as caught:
            result: Any = method(*call.args, **call.kwargs)
            if call.method == "iterate":
                list(result)
            elif call.method == "create_many":  # a batch reports errors per item
                result.raise_for_failures()
    [response] = exchanges
    assert violations(response.headers) == [], response.headers
    assert response.status_code == int(code), f"Prism did not honour Prefer (seed {prism.seed})"
    error = caught.value
    assert getattr(error, "status_code", None) == int(code)
    assert getattr(error, "detail", None) == response.json().get("detail"), (
        f"{call.id} {code}: the error's detail is not the body's (seed {prism.seed})"
    )
