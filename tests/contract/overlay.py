"""What the real server enforces beyond the vendored spec, as an overlay for the contract suite.

The fake follows the real server, which is stricter than spec/openapi.json in a few places. Left
as they are, schemathesis would (rightly) report those as "valid data rejected" or "undocumented
status". Each RFC 6902 operation below tells schemathesis the real rule instead, with its reason,
so every check stays on. The overlay is for testing only; the vendored spec is never edited.
"""

from __future__ import annotations

import copy
import re
from typing import Any

import jsonpatch
from lax import lax_ops
from omi_client.testing import SCOPES

# What Python's str.strip() removes (str.isspace), spelled out: JSON Schema's \\s differs.
PY_WHITESPACE = (
    "\\t\\n\\u000b\\f\\r\\u001c-\\u001f \\u0085\\u00a0\\u1680\\u2000-\\u200a"
    "\\u2028\\u2029\\u202f\\u205f\\u3000"
)
KEY_ROUTES = (
    ("/v1/dev/keys", "get"),
    ("/v1/dev/keys", "post"),
    ("/v1/dev/keys/{key_id}", "delete"),
)
CLEARED_BY_NULL = re.compile(r"\*\*(\w+)\*\*:[^\n]*null to (?:remove|clear)")
EXAMPLES = {
    ("/v1/dev/user/memories", "post"): {
        "content": "Prefers window seats on long flights",
        "tags": ["travel"],
    },
    ("/v1/dev/user/memories/batch", "post"): {"memories": [{"content": "Plays chess on Sundays"}]},
    ("/v1/dev/user/action-items", "post"): {"description": "Send the rollout plan to Maria"},
    ("/v1/dev/user/action-items/batch", "post"): {
        "action_items": [{"description": "Book the demo room"}]
    },
    ("/v1/dev/user/conversations", "post"): {
        "text": "Project meeting with the client. I need to send the deck by Friday."
    },
    ("/v1/dev/user/conversations/from-segments", "post"): {
        "transcript_segments": [
            {"text": "Let's plan the trip to Lisbon.", "start": 0.0, "end": 2.5}
        ],
        "client_session_id": "example-session-1",
    },
    ("/v1/dev/user/goals", "post"): {
        "title": "Run 100 km this month",
        "goal_type": "numeric",
        "target_value": 100,
    },
    ("/v1/dev/user/ask", "post"): {"question": "What did I promise the client?"},
    ("/v1/dev/keys", "post"): {"name": "ci", "scopes": ["memories:read"]},
}


def _pointer(*parts: str) -> str:
    return "/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def _error_response(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}},
    }


def _category_list(values: list[str]) -> dict[str, Any]:
    one = "(?:" + "|".join(re.escape(v) for v in values) + ")"
    return {"type": "string", "pattern": f"^ *(?:{one} *)?(?:, *(?:{one} *)?)*$"}


def overlay(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The overlay as RFC 6902 operations, each with a `reason`."""
    schemas = spec["components"]["schemas"]
    ops: list[dict[str, Any]] = lax_ops(spec, _pointer)
    for path, enum_name in (
        ("/v1/dev/user/memories", "MemoryCategory"),
        ("/v1/dev/user/conversations", "CategoryEnum"),
    ):
        params = spec["paths"][path]["get"]["parameters"]
        index = next(i for i, p in enumerate(params) if p["name"] == "categories")
        ops.append(
            {
                "reason": f"The server answers 400 to a categories list with a name outside "
                f"{enum_name} "
                "(the spec says any string); null cannot be sent in a query string.",
                "op": "replace",
                "path": _pointer("paths", path, "get", "parameters", str(index), "schema"),
                "value": _category_list(schemas[enum_name]["enum"]),
            }
        )
        ops.append(
            {
                "reason": "...and that 400 is a documented answer there.",
                "op": "add",
                "path": _pointer("paths", path, "get", "responses", "400"),
                "value": {
                    "description": "Invalid category list",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                        }
                    },
                },
            }
        )
    ops.append(
        {
            "reason": "Key scopes must be known scope names (400 otherwise, SCOPE-4); the spec: "
            "any string.",
            "op": "add",
            "path": _pointer(
                "components",
                "schemas",
                "DevApiKeyCreate",
                "properties",
                "scopes",
                "anyOf",
                "0",
                "items",
                "enum",
            ),
            "value": list(SCOPES),
        }
    )
    ops.append(
        {
            "reason": "A key name must not be blank after Python's str.strip() (422 'Key name "
            "cannot be empty', KEY-4); the spec: any string.",
            "op": "add",
            "path": _pointer("components", "schemas", "DevApiKeyCreate", "properties", "name"),
            "value": {"title": "Name", "type": "string", "pattern": f"[^{PY_WHITESPACE}]"},
        }
    )
    ops.append(
        {
            "reason": "An unknown scope is a 400 with a string detail (SCOPE-4).",
            "op": "add",
            "path": _pointer("paths", "/v1/dev/keys", "post", "responses", "400"),
            "value": _error_response("Invalid scopes"),
        }
    )
    ops.append(
        {
            "reason": "A blank key name is a 422 with a string detail (KEY-4), besides "
            "FastAPI's list-shaped 422.",
            "op": "replace",
            "path": _pointer(
                "paths",
                "/v1/dev/keys",
                "post",
                "responses",
                "422",
                "content",
                "application/json",
                "schema",
            ),
            "value": {
                "anyOf": [
                    {"$ref": "#/components/schemas/HTTPValidationError"},
                    {"$ref": "#/components/schemas/ErrorResponse"},
                ]
            },
        }
    )
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if "requestBody" in op and (path, method) != ("/v1/dev/keys", "post"):
                ops.append(
                    {
                        "reason": "FastAPI answers 400 'There was an error parsing the body' "
                        "when a body is not JSON it can read at all (not UTF-8, ...) (ORD-3).",
                        "op": "add",
                        "path": _pointer("paths", path, method, "responses", "400"),
                        "value": _error_response("Unreadable body"),
                    }
                )
    for path, method in KEY_ROUTES:
        ops.append(
            {
                "reason": "FastAPI 0.121's HTTPBearer answers a missing or non-Bearer "
                "Authorization header with 403 (KEY-1, KEY-2).",
                "op": "add",
                "path": _pointer("paths", path, method, "responses", "403"),
                "value": _error_response("Not authenticated"),
            }
        )
    for item in spec["paths"].values():
        patch = item.get("patch", {})
        ref = patch.get("requestBody", {}).get("content", {}).get("application/json", {})
        name = ref.get("schema", {}).get("$ref", "").rsplit("/", 1)[-1]
        if not name:
            continue
        clearable = set(CLEARED_BY_NULL.findall(patch.get("description", "")))
        branches = [
            {"required": [p]}
            if p in clearable
            else {"required": [p], "properties": {p: {"not": {"type": "null"}}}}
            for p in schemas[name]["properties"]
        ]
        ops.append(
            {
                "reason": "A PATCH must change something: a non-null field, or a null where the "
                "description says null removes (422 otherwise).",
                "op": "add",
                "path": _pointer("components", "schemas", name, "anyOf"),
                "value": branches,
            }
        )
    for (path, method), example in EXAMPLES.items():
        ops.append(
            {
                "reason": "The upstream spec has no examples; these feed the examples phase.",
                "op": "add",
                "path": _pointer(
                    "paths", path, method, "requestBody", "content", "application/json", "example"
                ),
                "value": example,
            }
        )
    return ops


def overlaid(spec: dict[str, Any]) -> dict[str, Any]:
    ops = overlay(spec)
    plain = [{k: v for k, v in op.items() if k != "reason"} for op in ops]
    return jsonpatch.apply_patch(copy.deepcopy(spec), plain)  # type: ignore[no-any-return]
