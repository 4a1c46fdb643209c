"""The fake routes and validates from the spec it is given: a spec change needs no code here."""

from __future__ import annotations

import copy
from typing import Any

import httpx
from fake_helpers import json_of
from omi_client._spec import load_spec


def _changed_spec() -> dict[str, Any]:
    spec = copy.deepcopy(load_spec())
    spec["components"]["schemas"]["CreateMemoryRequest"]["properties"]["content"]["maxLength"] = 10
    spec["paths"]["/v1/dev/user/people"] = {
        "get": {
            "operationId": "listPeople",
            "tags": ["People"],
            "security": [{"developerApiKey": []}],
            "parameters": [{"name": "limit", "in": "query", "required": False,
                            "schema": {"type": "integer", "default": 10, "maximum": 50}}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
                "type": "object", "required": ["people", "total"],
                "properties": {"people": {"type": "array", "items": {"type": "string"}},
                               "total": {"type": "integer"}}}}}}},
        }
    }  # fmt: skip
    return spec


def test_a_new_operation_and_a_tightened_constraint_come_from_the_spec(
    omi_fake_factory: Any,
) -> None:
    server = omi_fake_factory(spec=_changed_spec(), rate_limits=False)
    with httpx.Client(
        base_url=server.base_url, headers={"Authorization": f"Bearer {server.api_key}"}
    ) as http:
        assert json_of(http.get("/v1/dev/user/people")) == {"people": [], "total": 0}
        [too_big] = json_of(http.get("/v1/dev/user/people", params={"limit": 51}), 422)["detail"]
        assert too_big["type"] == "less_than_equal" and too_big["loc"] == ["query", "limit"]
        assert json_of(http.post("/v1/dev/user/people"), 405) == {"detail": "Method Not Allowed"}
        [too_long] = json_of(http.post("/v1/dev/user/memories", json={"content": "x" * 11}), 422)[
            "detail"
        ]
        assert too_long["msg"] == "String should have at most 10 characters"
    assert httpx.get(server.base_url + "/v1/dev/user/people").status_code == 401
