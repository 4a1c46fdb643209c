"""Client-side checks read from the vendored spec, so they match what the server enforces.

A small JSON-Schema subset (type, anyOf, $ref, enum, required, lengths, item counts, bounds,
date-time) is enough for the Omi spec; jsonschema itself stays out of the SDK's import path.
Inputs are first turned into JSON-shaped values (datetimes, enums, models, dicts), which is what
lets callers pass plain Python values.
"""

from __future__ import annotations

import datetime as _dt
import enum
import math
import sys
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

from ._errors import ValidationError
from ._spec import load_spec

__all__ = ["check_text", "jsonable", "operation_rules", "validate"]


class FromServer(str):
    """An enum value the server sent that the spec does not list (kept by the generated enum's
    ``_missing_``). Enum checks let it through, so data read from Omi can be written back;
    a plain string is still checked against the spec's list."""

    __slots__ = ()


def jsonable(value: Any, where: str = "value") -> Any:
    """Turn plain Python inputs into JSON values: aware ISO datetimes, enum values, dicts, lists.

    A naive datetime is read as local time (``datetime.astimezone()``), since the API wants an
    offset on every timestamp.
    """
    if isinstance(value, enum.Enum):
        raw = value.value
        if isinstance(raw, str) and type(value).__members__.get(value.name) is not value:
            return FromServer(raw)  # a value the spec does not list, parsed from a response
        return jsonable(raw, where)
    if isinstance(value, str):
        return check_text(value, where)
    if isinstance(value, float) and not math.isfinite(value):
        raise ValidationError(where, f"must be a finite number (got {value})")
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > _FLOAT_MAX:
        # Valid JSON, but the server reads numbers as floats (or 64-bit ints): it would fail
        # or store infinity.
        raise ValidationError(where, "is beyond the range of a JSON number (a float)")
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, _dt.datetime):
        return (value if value.tzinfo is not None else value.astimezone()).isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return jsonable(to_dict(), where)
    if isinstance(value, Mapping):
        return {
            check_text(str(k), where): jsonable(v, _join(where, str(k))) for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return [jsonable(v, f"{where}[{i}]") for i, v in enumerate(value)]
    raise ValidationError(where, f"unsupported value of type {type(value).__name__}")


_FLOAT_MAX = sys.float_info.max


def check_text(value: str, where: str) -> str:
    """A string that can travel as UTF-8; a lone surrogate (e.g. from a broken decode) cannot."""
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ValidationError(
                where,
                f"contains a lone surrogate {value[exc.start]!r} at index {exc.start} "
                "(not valid Unicode, so it cannot be sent)",
            ) from None
    return value


@cache
def _ref(ref: str) -> Mapping[str, Any]:
    node: Any = load_spec()
    for part in ref.lstrip("#/").split("/"):
        node = node[part]
    return _resolve(node)


def _resolve(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    ref = schema.get("$ref")
    return schema if ref is None else _ref(ref)


Check = Callable[[Any, str], None]
Predicate = Callable[[Any], bool]

_TYPES: dict[str, Predicate] = {
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


def _type_predicate(schema: Mapping[str, Any]) -> Predicate | None:
    kind = schema.get("type")
    if kind is None:
        return None
    preds = [_TYPES[k] for k in (kind if isinstance(kind, list) else [kind]) if k in _TYPES]
    if len(preds) == 1:
        return preds[0]
    return lambda v: any(p(v) for p in preds)


def _is_datetime(value: str) -> bool:
    try:
        _dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return False
    return True


# Compiled checks, keyed by $ref or by the identity of a (long-lived) schema dict from the spec.
_COMPILED: dict[object, tuple[Mapping[str, Any], Check]] = {}


def _compiled(schema: Mapping[str, Any]) -> Check:
    ref = schema.get("$ref")
    key: object = ref if ref is not None and len(schema) == 1 else id(schema)
    hit = _COMPILED.get(key)
    if hit is None:
        hit = _COMPILED[key] = (schema, _compile(_resolve(schema)))
    return hit[1]


def validate(value: Any, schema: Mapping[str, Any], where: str) -> None:
    """Raise :class:`ValidationError` naming ``where`` when ``value`` breaks ``schema``."""
    _compiled(schema)(value, where)


def _compile(schema: Mapping[str, Any]) -> Check:
    """Turn one schema node into a check function (constants looked up once, not per call)."""
    branches = schema.get("anyOf") or schema.get("oneOf")
    if branches:
        return _compile_any_of([_resolve(b) for b in branches])
    kind = schema.get("type")
    is_type = _type_predicate(schema)
    enum = schema.get("enum")
    min_len, max_len = schema.get("minLength"), schema.get("maxLength")
    is_dt = schema.get("format") == "date-time"
    minimum, maximum = schema.get("minimum"), schema.get("maximum")
    min_items, max_items = schema.get("minItems"), schema.get("maxItems")
    items = schema.get("items") if isinstance(schema.get("items"), Mapping) else None
    required = tuple(schema.get("required", ()))
    properties: Mapping[str, Any] = schema.get("properties", {})

    def check(value: Any, where: str) -> None:
        if is_type is not None and not is_type(value):
            raise ValidationError(where, f"expected {kind}, got {_kind(value)}")
        if enum is not None and value not in enum and not isinstance(value, FromServer):
            allowed = ", ".join(repr(v) for v in enum[:40])
            raise ValidationError(where, f"{value!r} is not one of {allowed}")
        if isinstance(value, str):
            if min_len is not None and len(value) < min_len:
                plural = "s" * (min_len != 1)
                raise ValidationError(where, f"must be at least {min_len} character{plural}")
            if max_len is not None and len(value) > max_len:
                raise ValidationError(
                    where, f"must be at most {max_len} characters (got {len(value)})"
                )
            if is_dt and not _is_datetime(value):
                raise ValidationError(where, f"{value!r} is not an ISO 8601 date-time")
        elif isinstance(value, dict):
            for name in required:
                if name not in value:
                    raise ValidationError(_join(where, name), "is required")
            for name, item in value.items():
                sub = properties.get(name)
                if sub is not None:
                    _compiled(sub)(item, _join(where, name))
        elif isinstance(value, list):
            if max_items is not None and len(value) > max_items:
                raise ValidationError(
                    where, f"at most {max_items} items allowed (got {len(value)})"
                )
            if min_items is not None and len(value) < min_items:
                raise ValidationError(where, f"at least {min_items} items required")
            if items is not None:
                item_check = _compiled(items)
                for i, item in enumerate(value):
                    item_check(item, f"{where}[{i}]")
        elif isinstance(value, int | float) and not isinstance(value, bool):
            if minimum is not None and value < minimum:
                raise ValidationError(where, f"must be >= {minimum:g} (got {value})")
            if maximum is not None and value > maximum:
                raise ValidationError(where, f"must be <= {maximum:g} (got {value})")

    return check


def _compile_any_of(branches: list[Mapping[str, Any]]) -> Check:
    typed = [(_type_predicate(b), b) for b in branches]
    names = " or ".join(sorted({str(b.get("type", "value")) for b in branches}))

    def check(value: Any, where: str) -> None:
        first_error: ValidationError | None = None
        for is_type, branch in typed:
            if is_type is None or is_type(value):
                try:
                    _compiled(branch)(value, where)
                    return
                except ValidationError as exc:
                    first_error = first_error or exc
        if first_error is None:
            raise ValidationError(where, f"expected {names}, got {_kind(value)}")
        raise first_error

    return check


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
