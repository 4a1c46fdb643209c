"""Client-side checks read from the vendored spec, so they match what the server enforces.

A small JSON-Schema subset (type, anyOf, $ref, enum, required, lengths, item counts, bounds,
date-time) is enough for the Omi spec; jsonschema itself stays out of the SDK's import path.
Inputs are first turned into JSON-shaped values (datetimes, enums, models, dicts), which is what
lets callers pass plain Python values.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Mapping
from functools import cache
from typing import Any

from ._errors import ValidationError
from ._spec import load_spec

__all__ = ["jsonable", "operation_rules", "validate"]


def jsonable(value: Any, where: str = "value") -> Any:
    """Turn plain Python inputs into JSON values: aware ISO datetimes, enum values, dicts, lists.

    A naive datetime is read as local time (``datetime.astimezone()``), since the API wants an
    offset on every timestamp.
    """
    if value is None or isinstance(value, bool | int | float | str):
        return value.value if isinstance(value, enum.Enum) else value
    if isinstance(value, enum.Enum):
        return jsonable(value.value, where)
    if isinstance(value, _dt.datetime):
        return (value if value.tzinfo is not None else value.astimezone()).isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return jsonable(to_dict(), where)
    if isinstance(value, Mapping):
        return {str(k): jsonable(v, f"{where}.{k}") for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v, f"{where}[{i}]") for i, v in enumerate(value)]
    raise ValidationError(where, f"unsupported value of type {type(value).__name__}")


def _resolve(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in schema:
        node: Any = load_spec()
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    return schema


_TYPES: dict[str, Any] = {
    "string": lambda v: isinstance(v, str),
    # JSON Schema (and the server) count 3.0 as an integer.
    "integer": lambda v: (
        (isinstance(v, int) and not isinstance(v, bool))
        or (isinstance(v, float) and v.is_integer())
    ),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
    "null": lambda v: v is None,
}


def _type_ok(value: Any, schema: Mapping[str, Any]) -> bool:
    kind = schema.get("type")
    if kind is None:
        return True
    kinds = kind if isinstance(kind, list) else [kind]
    return any(_TYPES[k](value) for k in kinds if k in _TYPES)


def _is_datetime(value: str) -> bool:
    try:
        _dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return False
    return True


def validate(value: Any, schema: Mapping[str, Any], where: str) -> None:
    """Raise :class:`ValidationError` naming ``where`` when ``value`` breaks ``schema``."""
    schema = _resolve(schema)
    branches = schema.get("anyOf") or schema.get("oneOf")
    if branches:
        resolved = [_resolve(b) for b in branches]
        matching = [b for b in resolved if _type_ok(value, b)]
        if not matching:
            names = sorted({str(b.get("type", "value")) for b in resolved})
            raise ValidationError(where, f"expected {' or '.join(names)}, got {_kind(value)}")
        first_error: ValidationError | None = None
        for branch in matching:
            try:
                validate(value, branch, where)
                return
            except ValidationError as exc:
                first_error = first_error or exc
        assert first_error is not None
        raise first_error
    if not _type_ok(value, schema):
        raise ValidationError(where, f"expected {schema['type']}, got {_kind(value)}")
    if "enum" in schema and value not in schema["enum"]:
        allowed = ", ".join(repr(v) for v in schema["enum"][:40])
        raise ValidationError(where, f"{value!r} is not one of {allowed}")
    if isinstance(value, str):
        _check_string(value, schema, where)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            raise ValidationError(where, f"must be >= {schema['minimum']:g} (got {value})")
        if "maximum" in schema and value > schema["maximum"]:
            raise ValidationError(where, f"must be <= {schema['maximum']:g} (got {value})")
    elif isinstance(value, list):
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            raise ValidationError(
                where, f"at most {schema['maxItems']} items allowed (got {len(value)})"
            )
        if "minItems" in schema and len(value) < schema["minItems"]:
            raise ValidationError(where, f"at least {schema['minItems']} items required")
        items = schema.get("items")
        if isinstance(items, Mapping):
            for i, item in enumerate(value):
                validate(item, items, f"{where}[{i}]")
    elif isinstance(value, dict):
        for name in schema.get("required", ()):
            if name not in value:
                raise ValidationError(_join(where, name), "is required")
        properties = schema.get("properties", {})
        for name, item in value.items():
            if name in properties:
                validate(item, properties[name], _join(where, name))


def _check_string(value: str, schema: Mapping[str, Any], where: str) -> None:
    if "minLength" in schema and len(value) < schema["minLength"]:
        n = schema["minLength"]
        raise ValidationError(where, f"must be at least {n} character{'s' * (n != 1)}")
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        raise ValidationError(
            where, f"must be at most {schema['maxLength']} characters (got {len(value)})"
        )
    if schema.get("format") == "date-time" and not _is_datetime(value):
        raise ValidationError(where, f"{value!r} is not an ISO 8601 date-time")


def _join(where: str, name: str) -> str:
    return name if not where else f"{where}.{name}"


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


@cache
def operation_rules(method: str, path: str) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """(parameter name -> {schema, required}, request-body schema) for one spec operation."""
    op = load_spec()["paths"][path][method.lower()]
    params = {
        p["name"]: {"schema": p.get("schema", {}), "required": bool(p.get("required"))}
        for p in op.get("parameters", ())
    }
    content = op.get("requestBody", {}).get("content", {}).get("application/json")
    return params, (content or {}).get("schema")
