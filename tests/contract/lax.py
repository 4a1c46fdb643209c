"""The overlay entries that state pydantic's lax mode (docs/fidelity.md VAL-1, VAL-2).

FastAPI validates request bodies and query parameters with pydantic in lax mode, which accepts
more than the JSON Schema it publishes: "yes" or 1 for a boolean, true or "5" for a number,
1700000000 or "2030-01-01" for a date-time. Left alone, schemathesis would call those "schema-
violating requests accepted". Every request-side scalar is widened here to what pydantic takes,
so its negative phase sends only what the real server rejects.
"""

from __future__ import annotations

import copy
from typing import Any

_BOOL_WORDS = ("0", "1", "on", "off", "t", "f", "true", "false", "y", "n", "yes", "no")
# pydantic's str -> bool: these words in any letter case, nothing around them.
BOOL_TEXT = (
    "^(?:"
    + "|".join("".join(f"[{c}{c.upper()}]" if c.isalpha() else c for c in w) for w in _BOOL_WORDS)
    + ")$"
)
INT_TEXT = "^[+-]?[0-9]+(?:_[0-9]+)*(?:\\.0+)?$"
FLOAT_TEXT = "^[+-]?[0-9]+(?:_[0-9]+)*(?:\\.[0-9]+)?$"
DATE_TEXT = "^[1-9][0-9]{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])$"
UNIX_TEXT = "^[0-9]{1,14}$"
# The numbers pydantic reads as a date-time: seconds, or (beyond 2e10) milliseconds, from year 1
# to the end of 9999.
UNIX_MIN, UNIX_MAX = -62135596800000, 253402300799999


def _bounds_allow(schema: dict[str, Any], value: float) -> bool:
    low, high = schema.get("minimum"), schema.get("maximum")
    return (low is None or value >= low) and (high is None or value <= high)


def lax(schema: Any, query: bool = False) -> Any:
    """``schema`` widened to every value pydantic's lax mode accepts for it. In a query string
    every value is text, so a JSON true there arrives as "true", which no number takes."""
    if not isinstance(schema, dict):
        return schema
    out = {
        k: lax(v, query) if k in ("items", "additionalProperties") else v for k, v in schema.items()
    }
    if "properties" in schema:
        out["properties"] = {k: lax(v, query) for k, v in schema["properties"].items()}
    if "anyOf" in schema:
        out["anyOf"] = [lax(b, query) for b in schema["anyOf"]]
    kind = schema.get("type")
    bounded = "minimum" in schema or "maximum" in schema
    extra: list[dict[str, Any]] = []
    if kind == "boolean":
        extra = [{"enum": [0, 1]}, {"type": "string", "pattern": BOOL_TEXT}]
    elif kind in ("integer", "number"):
        extra = [{"const": b} for b in (True, False) if not query and _bounds_allow(schema, int(b))]
        if not bounded:
            pattern = INT_TEXT if kind == "integer" else FLOAT_TEXT
            extra.append({"type": "string", "pattern": pattern})
    elif kind == "string" and schema.get("format") == "date-time":
        extra = [
            {"type": "number", "minimum": UNIX_MIN, "maximum": UNIX_MAX},
            {"type": "string", "pattern": UNIX_TEXT},
            {"type": "string", "pattern": DATE_TEXT},
        ]
    if not extra:
        return out
    return {"anyOf": [out, *extra]}


def _refs(node: Any, found: set[str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref", "")
        if ref.startswith("#/components/schemas/"):
            found.add(ref.rsplit("/", 1)[1])
        for value in node.values():
            _refs(value, found)
    elif isinstance(node, list):
        for value in node:
            _refs(value, found)


def _closure(spec: dict[str, Any], roots: set[str]) -> set[str]:
    schemas = spec["components"]["schemas"]
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        more: set[str] = set()
        _refs(schemas[name], more)
        todo.extend(more - seen)
    return seen


def lax_ops(spec: dict[str, Any], pointer: Any) -> list[dict[str, Any]]:
    """RFC 6902 operations widening every request body schema and query parameter."""
    body_roots: set[str] = set()
    response_roots: set[str] = set()
    ops: list[dict[str, Any]] = []
    reason = (
        "FastAPI validates requests with pydantic's lax mode: it also takes these spellings "
        "(VAL-1, VAL-2)."
    )
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict):
                continue
            _refs(op.get("requestBody", {}), body_roots)
            _refs(op.get("responses", {}), response_roots)
            for i, param in enumerate(op.get("parameters", [])):
                widened = lax(param.get("schema", {}), query=True)
                if param.get("in") == "query" and widened != param.get("schema"):
                    target = pointer("paths", path, method, "parameters", str(i), "schema")
                    ops.append(
                        {"reason": reason, "op": "replace", "path": target, "value": widened}
                    )
    response_side = _closure(spec, response_roots)
    for name in sorted(_closure(spec, body_roots)):
        schema = spec["components"]["schemas"][name]
        widened = lax(copy.deepcopy(schema))
        if widened != schema:
            # Widening a schema responses use too would weaken the response checks.
            assert name not in response_side, f"{name} is a request and a response schema"
            target = pointer("components", "schemas", name)
            ops.append({"reason": reason, "op": "replace", "path": target, "value": widened})
    return ops
