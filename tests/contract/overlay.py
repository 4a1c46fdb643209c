"""What the real server enforces beyond the vendored spec, as an overlay for the contract suite.

The fake follows the real server, which is stricter than spec/openapi.json in places. Left as they
are, schemathesis would (rightly) report those as "valid data rejected" or "undocumented status".
Each RFC 6902 operation below tells schemathesis the real rule instead, so every check stays on.

Every rule entry names the rows of docs/fidelity.md it states, and its reason is taken from those
rows: the table is the one source, and tests/contract/test_overlay.py checks that each named row
exists and that the fake already does what it says. The overlay is for testing only; the vendored
spec is never edited.
"""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path
from typing import Any

import jsonpatch
from lax import lax_ops
from omi_client.testing import SCOPES

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "conformance"))

from fidelity_table import by_id


def _space_class() -> str:
    """Every character str.strip() removes, as explicit ranges: regex engines (and hypothesis,
    which generates from patterns) disagree on what \\s covers, e.g. U+001C..U+001F."""
    spaces = [c for c in range(0x110000) if chr(c).isspace()]
    ranges: list[tuple[int, int]] = []
    for c in spaces:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1] = (ranges[-1][0], c)
        else:
            ranges.append((c, c))
    return "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


SPACE = _space_class()
NOT_BLANK = f"[^{SPACE}]"  # something is left after str.strip()
# Operations whose handler answers some 422s with a string detail (not the spec's list).
STRING_422 = {
    "/v1/dev/keys": ("post", ["KEY-4"]),
    "/v1/dev/user/memories": ("post", ["MEM-6a"]),
    "/v1/dev/user/memories/batch": ("post", ["MEM-11a"]),
    "/v1/dev/user/memories/{memory_id}": ("patch", ["MEM-12", "MEM-13b"]),
    "/v1/dev/user/action-items": ("post", ["AI-6a"]),
    "/v1/dev/user/action-items/batch": ("post", ["AI-7a"]),
    "/v1/dev/user/action-items/{action_item_id}": ("patch", ["AI-8b"]),
    "/v1/dev/user/conversations": ("post", ["CONV-9a", "CONV-9b"]),
    "/v1/dev/user/conversations/from-segments": ("post", ["SEG-1", "SEG-3"]),
    "/v1/dev/user/conversations/{conversation_id}": ("patch", ["CONV-7b"]),
    "/v1/dev/user/goals": ("post", ["GOAL-1b"]),
    "/v1/dev/user/goals/{goal_id}": ("patch", ["GOAL-6a"]),
}
# Rules between two fields, which a JSON Schema cannot state: schema-valid bodies these operations
# refuse with a 422 (schemathesis.toml allows that status for positive data there, and
# test_overlay checks the two agree).
# Operations that still answer for a deleted resource: a deleted goal is abandoned, not removed,
# so it and its history stay readable (schemathesis.toml turns use_after_free off there).
STILL_THERE_AFTER_DELETE = {"^/v1/dev/user/goals": ["GOAL-5", "GOAL-8c", "GOAL-9"]}
CROSS_FIELD_422 = {
    "createConversation": ["CONV-9b"],
    "createConversationFromSegments": ["SEG-1", "SEG-3"],
}
KEY_ROUTES = (
    ("/v1/dev/keys", "get"),
    ("/v1/dev/keys", "post"),
    ("/v1/dev/keys/{key_id}", "delete"),
)
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
        "current_value": 0,
    },
    ("/v1/dev/user/ask", "post"): {"question": "What did I promise the client?"},
    ("/v1/dev/keys", "post"): {"name": "ci", "scopes": ["memories:read"]},
}
# PATCH bodies: the fields that count as "given" only when not null (the rest: given when set).
PATCH_NON_NULL = {
    "UpdateMemoryRequest": (["MEM-12"], ("content", "visibility", "tags", "category")),
    "UpdateActionItemRequest": (["AI-8b", "AI-9"], ("description", "completed", "due_at")),
    "UpdateConversationRequest": (["CONV-7b"], ("title", "discarded")),
}


def _pointer(*parts: str) -> str:
    return "/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def _schema(*parts: str) -> str:
    return _pointer("components", "schemas", *parts)


def _error_response(description: str) -> dict[str, Any]:
    error = {"$ref": "#/components/schemas/ErrorResponse"}
    return {"description": description, "content": {"application/json": {"schema": error}}}


def _category_list(values: list[str]) -> dict[str, Any]:
    """A comma-separated list of enum names, parts stripped and empty parts allowed."""
    one = "(?:" + "|".join(re.escape(v) for v in values) + ")"
    space = f"[{SPACE}]*"
    item = f"{space}(?:{one}{space})?"
    return {"type": "string", "pattern": f"^{item}(?:,{item})*$"}


def reason_of(rows: list[str]) -> str:
    """The real behaviour of the named rows, from docs/fidelity.md."""
    table = by_id()
    return " | ".join(f"{r}: {table[r].real}" for r in rows)


def _rule(rows: list[str], op: str, path: str, value: Any) -> dict[str, Any]:
    return {"rows": rows, "reason": reason_of(rows), "op": op, "path": path, "value": value}


def overlay(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The overlay as RFC 6902 operations, each with the table rows it states and a reason."""
    schemas = spec["components"]["schemas"]
    lax_rows = ["VAL-1", "VAL-2"]
    ops: list[dict[str, Any]] = [
        {**op, "rows": lax_rows, "reason": reason_of(lax_rows)} for op in lax_ops(spec, _pointer)
    ]
    for path, enum_name, row in (
        ("/v1/dev/user/memories", "MemoryCategory", "MEM-2"),
        ("/v1/dev/user/conversations", "CategoryEnum", "CONV-3a"),
    ):
        params = spec["paths"][path]["get"]["parameters"]
        index = next(i for i, p in enumerate(params) if p["name"] == "categories")
        where = _pointer("paths", path, "get", "parameters", str(index), "schema")
        ops.append(_rule([row], "replace", where, _category_list(schemas[enum_name]["enum"])))
        answer = _error_response("Invalid category")
        ops.append(_rule([row], "add", _pointer("paths", path, "get", "responses", "400"), answer))
    scopes = _schema("DevApiKeyCreate", "properties", "scopes", "anyOf", "0", "items", "enum")
    ops.append(_rule(["SCOPE-4"], "add", scopes, list(SCOPES)))
    invalid = _error_response("Invalid scopes")
    ops.append(
        _rule(
            ["SCOPE-4"],
            "add",
            _pointer("paths", "/v1/dev/keys", "post", "responses", "400"),
            invalid,
        )
    )
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if "requestBody" in op and (path, method) != ("/v1/dev/keys", "post"):
                where = _pointer("paths", path, method, "responses", "400")
                ops.append(_rule(["ORD-3"], "add", where, _error_response("Unreadable body")))
    name = {"title": "Name", "type": "string", "pattern": NOT_BLANK}
    ops.append(_rule(["KEY-4"], "add", _schema("DevApiKeyCreate", "properties", "name"), name))
    for path, method in KEY_ROUTES:
        where = _pointer("paths", path, method, "responses", "403")
        ops.append(_rule(["KEY-1", "KEY-2"], "add", where, _error_response("Not authenticated")))
    for schema, field, rows in (
        ("CreateMemoryRequest", "content", ["MEM-6a", "MEM-11a"]),
        ("CreateActionItemRequest", "description", ["AI-6a", "AI-7a"]),
        ("CreateConversationRequest", "text", ["CONV-9a"]),
        ("CreateConversationTranscriptSegment", "text", ["SEG-1"]),
        ("DeveloperAskRequest", "question", ["ASK-1"]),
        ("CreateGoalRequest", "title", ["GOAL-1b"]),
    ):
        where = _schema(schema, "properties", field, "pattern")
        ops.append(_rule(rows, "add", where, NOT_BLANK))
    start = _schema("CreateConversationTranscriptSegment", "properties", "start", "minimum")
    ops.append(_rule(["SEG-1"], "add", start, 0))
    session = _schema(
        "CreateConversationFromTranscriptRequest", "properties", "client_session_id", "anyOf", "0"
    )
    ops.append(_rule(["SEG-5a"], "add", f"{session}/pattern", NOT_BLANK))
    blank_question = _pointer("paths", "/v1/dev/user/ask", "post", "responses", "400")
    ops.append(_rule(["ASK-1"], "add", blank_question, _error_response("Blank question")))
    visibility = {"anyOf": [{"enum": ["public", "private"]}, {"type": "null"}]}
    ops.append(
        _rule(
            ["MEM-13b"],
            "replace",
            _schema("UpdateMemoryRequest", "properties", "visibility"),
            visibility,
        )
    )
    ops.extend(_patch_rules(spec))
    either = {
        "anyOf": [
            {"$ref": f"#/components/schemas/{n}"} for n in ("HTTPValidationError", "ErrorResponse")
        ]
    }
    for path, (method, rows) in STRING_422.items():
        where = _pointer(
            "paths", path, method, "responses", "422", "content", "application/json", "schema"
        )
        ops.append(_rule(rows, "replace", where, either))
    for (path, method), example in EXAMPLES.items():
        ops.append(
            {
                "rows": [],
                "reason": "The upstream spec has no examples; these feed the examples phase.",
                "op": "add",
                "path": _pointer(
                    "paths", path, method, "requestBody", "content", "application/json", "example"
                ),
                "value": example,
            }
        )
    return ops


def _patch_rules(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """A PATCH must change something; which fields count is per resource (for memories, action
    items and conversations a null counts as not given; for goals any given field counts)."""
    schemas = spec["components"]["schemas"]
    ops = []
    for item in spec["paths"].values():
        patch = item.get("patch", {})
        ref = patch.get("requestBody", {}).get("content", {}).get("application/json", {})
        name = ref.get("schema", {}).get("$ref", "").rsplit("/", 1)[-1]
        if not name or name not in PATCH_NON_NULL:
            continue
        rows, fields = PATCH_NON_NULL[name]
        branches = [{"required": [p], "properties": {p: {"not": {"type": "null"}}}} for p in fields]
        ops.append(_rule(rows, "add", _schema(name, "anyOf"), branches))
    # Goals: any field given counts (exclude_unset), but some may not be null or blank.
    goal = "UpdateGoalRequest"
    given = [{"required": [p]} for p in schemas[goal]["properties"]]
    ops.append(_rule(["GOAL-6a"], "add", _schema(goal, "anyOf"), given))
    for field, rows in (
        ("title", ["GOAL-6b"]),
        ("desired_outcome", ["GOAL-6b"]),
        ("success_criteria", ["GOAL-6c"]),
        ("target_value", ["GOAL-6d"]),
        ("current_value", ["GOAL-6d"]),
    ):
        # Drop the null branch (index 1, before and after the lax widening of VAL-1, which keeps
        # the branches in place) and, for text, require something besides spaces.
        branches = _schema(goal, "properties", field, "anyOf")
        assert schemas[goal]["properties"][field]["anyOf"][1] == {"type": "null"}
        ops.append(_rule(rows, "remove", f"{branches}/1", None))
        if field in ("title", "desired_outcome"):
            ops.append(_rule(rows, "add", f"{branches}/0/pattern", NOT_BLANK))
    return ops


def overlaid(spec: dict[str, Any], *, lax: bool = True) -> dict[str, Any]:
    """The spec with the overlay applied; ``lax=False`` leaves out the widening to what pydantic's
    lax mode accepts (VAL-1, VAL-2): what a strict client such as the SDK may send."""
    ops = [op for op in overlay(spec) if lax or op["rows"] != ["VAL-1", "VAL-2"]]
    plain = [{k: v for k, v in op.items() if k not in ("reason", "rows")} for op in ops]
    return jsonpatch.apply_patch(copy.deepcopy(spec), plain)  # type: ignore[no-any-return]
