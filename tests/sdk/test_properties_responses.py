"""Property: any response body valid per the spec (plus unknown fields) parses via the wrapper.

Bodies come from schemathesis: each operation's 200 response schema is exposed as the request
body of a probe operation, whose generated bodies are then served to the wrapper.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from omi_client import Omi
from omi_client._operations import OPERATIONS
from omi_client._spec import load_spec
from sdk_helpers import CALLS, KEY, invoke


def _response_schema(operation_id: str) -> dict[str, Any] | None:
    op = OPERATIONS[operation_id]
    responses = load_spec()["paths"][op.path][op.method.lower()]["responses"]
    content = responses.get("200", {}).get("content", {}).get("application/json")
    return None if content is None else content.get("schema")


WITH_BODY = sorted(o for o in OPERATIONS if _response_schema(o) is not None)


def _probe_strategy(operation_id: str) -> Any:
    spec = load_spec()
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "probe", "version": "1"},
        "paths": {
            "/probe": {
                "post": {
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": _response_schema(operation_id)}},
                    },
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
        "components": copy.deepcopy(spec["components"]),
    }
    return schemathesis.openapi.from_dict(doc)["/probe"]["POST"].as_strategy()


def test_every_operation_with_a_json_response_is_probed() -> None:
    assert len(WITH_BODY) >= 25 and set(WITH_BODY) <= set(CALLS)


@pytest.mark.parametrize("operation_id", WITH_BODY)
def test_generated_valid_responses_parse(operation_id: str) -> None:
    served: dict[str, Any] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=json.dumps(served["body"]).encode())

    http = httpx.Client(transport=httpx.MockTransport(handler))
    omi = Omi(KEY, http_client=http, firebase_token="tok", max_retries=0)

    @given(_probe_strategy(operation_id))
    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
    def check(case: Any) -> None:
        served["body"] = case.body
        result = invoke(omi, operation_id)
        if operation_id in ("createMemoriesBatch", "createActionItemsBatch"):
            # create_many files every item somewhere, whatever the server answered.
            assert len(result.created) + len(result.uncertain) + len(result.failed) == 1
        elif isinstance(case.body, list):
            assert isinstance(result, list) and len(result) == len(case.body)
            for item, raw in zip(result, case.body, strict=True):
                assert set(raw) <= set(item.to_dict())
        elif result is not None:
            assert set(case.body) <= set(result.to_dict())

    check()
