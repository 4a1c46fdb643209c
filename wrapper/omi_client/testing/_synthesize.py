"""The reply of an operation nobody taught the fake: a minimal value its schema accepts."""

from __future__ import annotations

from typing import Any

from ._validation import Json, SchemaValidator


def synthesize(validator: SchemaValidator, schema: dict[str, Any] | None, depth: int = 0) -> Json:
    """A minimal value matching `schema`: the reply of an operation nobody taught the fake."""
    if schema is None or depth > 8:
        return None
    schema = validator.resolve(schema)
    inner, nullable = validator.non_null(schema)
    if nullable:
        return None
    schema = inner
    if "default" in schema:
        return schema["default"]
    if "enum" in schema:
        return schema["enum"][0]
    if "anyOf" in schema:
        return synthesize(validator, schema["anyOf"][0], depth + 1)
    kind = schema.get("type")
    if kind == "array":
        return []
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        return {
            name: synthesize(validator, props.get(name, {}), depth + 1)
            for name in schema.get("required", [])
        }
    if kind == "string":
        if schema.get("format") == "date-time":
            return "1970-01-01T00:00:00+00:00"
        return "x" * int(schema.get("minLength", 0))
    if kind in ("integer", "number"):
        return schema.get("minimum", 0)
    if kind == "boolean":
        return False
    return None
