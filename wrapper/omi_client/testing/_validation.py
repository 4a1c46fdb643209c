"""Request validation from the spec's schemas, shaped like FastAPI's (pydantic v2) 422 entries:
``type``, ``loc``, ``msg``, ``input`` and sometimes ``ctx``. Bodies are checked strictly against the
schema (no lax coercion): that is what the spec promises and what the contract suite holds us to.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

Json = Any
ErrorList = list[dict[str, Any]]

_SUPPORTED = frozenset(
    {
        "type",
        "properties",
        "required",
        "items",
        "maxItems",
        "minItems",
        "minLength",
        "maxLength",
        "enum",
        "minimum",
        "maximum",
        "anyOf",
        "$ref",
        "default",
        "format",
        "title",
        "description",
        "examples",
        "example",
        "additionalProperties",
        "const",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "pattern",
        "readOnly",
        "writeOnly",
        "deprecated",
    }
)
_BOOL_TRUE = frozenset({"1", "on", "t", "true", "y", "yes"})
_BOOL_FALSE = frozenset({"0", "off", "f", "false", "n", "no"})
# pydantic's lax str -> int: ASCII digits, "_" between digits, an all-zero fraction allowed.
_INT_RE = re.compile(r"[+-]?[0-9]+(?:_[0-9]+)*(?:\.0+)?")
_RFC3339 = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})"
)


def parse_datetime(value: str) -> datetime | None:
    """An RFC 3339 date-time (what `format: date-time` means), or None."""
    if not _RFC3339.fullmatch(value):
        return None
    try:
        return datetime.fromisoformat(value.replace("z", "Z").replace("t", "T"))
    except ValueError:
        return None


def _error(kind: str, loc: list[str | int], msg: str, value: Json, **ctx: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {"type": kind, "loc": loc, "msg": msg, "input": value}
    if ctx:
        entry["ctx"] = ctx
    return entry


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _fmt_number(n: Any) -> str:
    return str(int(n)) if isinstance(n, float) and n.is_integer() else str(n)


class SchemaValidator:
    """Validates JSON values against the spec's schemas and fills defaults, pydantic-style."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self._spec = spec
        self._fallback: dict[int, Draft202012Validator] = {}

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            node: Any = self._spec
            for part in schema["$ref"].lstrip("#/").split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            schema = node
        return schema

    def non_null(self, schema: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        """The schema without a `null` branch, and whether null was allowed."""
        schema = self.resolve(schema)
        branches = schema.get("anyOf")
        if branches:
            rest = [b for b in branches if self.resolve(b).get("type") != "null"]
            if len(rest) < len(branches):
                inner = self.resolve(rest[0]) if len(rest) == 1 else {"anyOf": rest}
                return inner, True
        return schema, schema.get("type") == "null"

    def validate(
        self, schema: dict[str, Any], value: Json, loc: list[str | int]
    ) -> tuple[Json, ErrorList]:
        """(value with defaults filled in, errors)."""
        errors: ErrorList = []
        out = self._check(schema, value, loc, errors)
        return out, errors

    def _check(
        self, schema: dict[str, Any], value: Json, loc: list[str | int], errors: ErrorList
    ) -> Json:
        schema = self.resolve(schema)
        inner, nullable = self.non_null(schema)
        if value is None and nullable:
            return None
        if inner is not schema:
            return self._check(inner, value, loc, errors)
        if "anyOf" in schema:
            return self._any_of(schema["anyOf"], value, loc, errors)
        if "const" in schema and value != schema["const"]:
            errors.append(
                _error(
                    "literal_error",
                    loc,
                    f"Input should be {schema['const']!r}",
                    value,
                    expected=repr(schema["const"]),
                )
            )
            return value
        if "enum" in schema:
            if not any(value == e and type(value) is type(e) for e in schema["enum"]):
                options = [repr(e) for e in schema["enum"]]
                expected = (
                    options[0]
                    if len(options) == 1
                    else f"{', '.join(options[:-1])} or {options[-1]}"
                )
                errors.append(
                    _error("enum", loc, f"Input should be {expected}", value, expected=expected)
                )
            return value
        kind = schema.get("type")
        checker = _TYPE_CHECKS.get(kind) if isinstance(kind, str) else None
        if checker is not None:
            problem = checker(value)
            if problem is not None:
                errors.append(_error(problem[0], loc, problem[1], value))
                return value
            if kind == "integer" and isinstance(value, float):
                value = int(value)  # 6.0 is a valid integer; handlers get an int, as from pydantic
        if kind == "object" or "properties" in schema:
            return self._object(schema, value, loc, errors)
        if kind == "array" and isinstance(value, list):
            self._array(schema, value, loc, errors)
            items = schema.get("items")
            if isinstance(items, dict):
                return [self._check(items, v, [*loc, i], errors) for i, v in enumerate(value)]
            return value
        if isinstance(value, str):
            self._string(schema, value, loc, errors)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            self._number(schema, value, loc, errors)
        return value

    def _any_of(
        self, branches: list[dict[str, Any]], value: Json, loc: list[str | int], errors: ErrorList
    ) -> Json:
        collected: ErrorList = []
        for branch in branches:
            resolved = self.resolve(branch)
            attempt: ErrorList = []
            out = self._check(resolved, value, [*loc, _branch_tag(branch, resolved)], attempt)
            if not attempt:
                return out
            collected.extend(attempt)
        errors.extend(collected)
        return value

    def _object(
        self, schema: dict[str, Any], value: Json, loc: list[str | int], errors: ErrorList
    ) -> Json:
        if not isinstance(value, dict):
            msg = "Input should be a valid dictionary or object to extract fields from"
            errors.append(_error("model_attributes_type", loc, msg, value))
            return value
        props: dict[str, Any] = schema.get("properties", {})
        out = dict(value)
        for name in schema.get("required", []):
            if name not in value:
                errors.append(_error("missing", [*loc, name], "Field required", value))
        for name, prop in props.items():
            if name in value:
                out[name] = self._check(prop, value[name], [*loc, name], errors)
            elif "default" in prop:
                out[name] = json.loads(json.dumps(prop["default"]))
        extra = schema.get("additionalProperties", True)
        for name in value:
            if name in props:
                continue
            if extra is False:
                errors.append(
                    _error(
                        "extra_forbidden",
                        [*loc, name],
                        "Extra inputs are not permitted",
                        value[name],
                    )
                )
            elif isinstance(extra, dict):
                out[name] = self._check(extra, value[name], [*loc, name], errors)
        if not errors:
            self._fallback_check(schema, out, loc, errors)
        return out

    def _fallback_check(
        self, schema: dict[str, Any], value: Json, loc: list[str | int], errors: ErrorList
    ) -> None:
        """Keywords this module does not model (a newer spec) still reject: via jsonschema."""
        own = {k for k in schema if k not in _SUPPORTED}
        if not own:
            return
        key = id(schema)
        if key not in self._fallback:
            bare = {k: v for k, v in schema.items() if k not in ("properties", "items")}
            self._fallback[key] = Draft202012Validator(bare)
        for err in self._fallback[key].iter_errors(value):
            errors.append(
                _error("value_error", [*loc, *err.path], f"Value error, {err.message}", value)
            )

    def _array(
        self, schema: dict[str, Any], value: list[Json], loc: list[str | int], errors: ErrorList
    ) -> None:
        n = len(value)
        if "maxItems" in schema and n > schema["maxItems"]:
            top = schema["maxItems"]
            msg = f"List should have at most {_plural(top, 'item')} after validation, not {n}"
            errors.append(
                _error(
                    "too_long", loc, msg, value, field_type="List", max_length=top, actual_length=n
                )
            )
        if "minItems" in schema and n < schema["minItems"]:
            low = schema["minItems"]
            msg = f"List should have at least {_plural(low, 'item')} after validation, not {n}"
            errors.append(
                _error(
                    "too_short", loc, msg, value, field_type="List", min_length=low, actual_length=n
                )
            )

    def _string(
        self, schema: dict[str, Any], value: str, loc: list[str | int], errors: ErrorList
    ) -> None:
        n = len(value)
        if "minLength" in schema and n < schema["minLength"]:
            low = schema["minLength"]
            msg = f"String should have at least {_plural(low, 'character')}"
            errors.append(_error("string_too_short", loc, msg, value, min_length=low))
        if "maxLength" in schema and n > schema["maxLength"]:
            top = schema["maxLength"]
            msg = f"String should have at most {_plural(top, 'character')}"
            errors.append(_error("string_too_long", loc, msg, value, max_length=top))
        if "pattern" in schema and not re.search(schema["pattern"], value):
            pattern = schema["pattern"]
            msg = f"String should match pattern '{pattern}'"
            errors.append(_error("string_pattern_mismatch", loc, msg, value, pattern=pattern))
        if schema.get("format") == "date-time" and parse_datetime(value) is None:
            errors.append(
                _error("datetime_from_date_parsing", loc, "Input should be a valid datetime", value)
            )

    def _number(
        self, schema: dict[str, Any], value: float, loc: list[str | int], errors: ErrorList
    ) -> None:
        for keyword, kind, words, ctx_key in _BOUNDS:
            if keyword not in schema:
                continue
            bound = schema[keyword]
            if not _within(keyword, value, bound):
                msg = f"Input should be {words} {_fmt_number(bound)}"
                errors.append(_error(kind, loc, msg, value, **{ctx_key: bound}))


_BOUNDS = (
    ("minimum", "greater_than_equal", "greater than or equal to", "ge"),
    ("exclusiveMinimum", "greater_than", "greater than", "gt"),
    ("maximum", "less_than_equal", "less than or equal to", "le"),
    ("exclusiveMaximum", "less_than", "less than", "lt"),
)


def _within(keyword: str, value: float, bound: float) -> bool:
    if keyword == "minimum":
        return value >= bound
    if keyword == "exclusiveMinimum":
        return value > bound
    if keyword == "maximum":
        return value <= bound
    return value < bound


def _branch_tag(raw: dict[str, Any], resolved: dict[str, Any]) -> str:
    if "$ref" in raw:
        return str(raw["$ref"].rsplit("/", 1)[-1])
    kind = resolved.get("type")
    return {
        "string": "str",
        "integer": "int",
        "number": "float",
        "boolean": "bool",
        "array": "list[any]",
        "object": "dict[str,any]",
    }.get(str(kind), str(kind))


def _is_number(value: Json) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _check_integer(value: Json) -> tuple[str, str] | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return None
    if isinstance(value, float) and math.isfinite(value):
        if value.is_integer():
            return None
        return (
            "int_from_float",
            "Input should be a valid integer, got a number with a fractional part",
        )
    return "int_type", "Input should be a valid integer"


def _check_number(value: Json) -> tuple[str, str] | None:
    if not _is_number(value):
        return "float_type", "Input should be a valid number"
    if not math.isfinite(value):
        return "finite_number", "Input should be a finite number"
    return None


_TYPE_CHECKS: dict[str, Callable[[Json], tuple[str, str] | None]] = {
    "string": lambda v: (
        None if isinstance(v, str) else ("string_type", "Input should be a valid string")
    ),
    "boolean": lambda v: (
        None if isinstance(v, bool) else ("bool_type", "Input should be a valid boolean")
    ),
    "integer": _check_integer,
    "number": _check_number,
    "array": lambda v: (
        None if isinstance(v, list) else ("list_type", "Input should be a valid list")
    ),
    "object": lambda v: None,  # objects report model_attributes_type in _object
    "null": lambda v: None if v is None else ("none_required", "Input should be None"),
}


def coerce_param(
    kind: str, schema: dict[str, Any], raw: str, loc: list[str | int], validator: SchemaValidator
) -> tuple[Json, ErrorList]:
    """Turn one query/path string into its typed value the way FastAPI would."""
    value: Json = raw
    if kind == "integer":
        if not _INT_RE.fullmatch(raw.strip()):
            msg = "Input should be a valid integer, unable to parse string as an integer"
            return raw, [_error("int_parsing", loc, msg, raw)]
        value = int(raw.strip().split(".")[0])
    elif kind == "number":
        try:
            if not raw.isascii():
                raise ValueError(raw)  # float() takes any Unicode digits; pydantic does not
            value = float(raw)
        except ValueError:
            msg = "Input should be a valid number, unable to parse string as a number"
            return raw, [_error("float_parsing", loc, msg, raw)]
        if not math.isfinite(value):
            return raw, [_error("finite_number", loc, "Input should be a finite number", raw)]
        if value.is_integer() and "." not in raw and "e" not in raw.lower():
            value = int(value)
    elif kind == "boolean":
        lowered = raw.strip().lower()
        if lowered not in _BOOL_TRUE and lowered not in _BOOL_FALSE:
            msg = "Input should be a valid boolean, unable to interpret input"
            return raw, [_error("bool_parsing", loc, msg, raw)]
        value = lowered in _BOOL_TRUE
    return validator.validate(schema, value, loc)


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
