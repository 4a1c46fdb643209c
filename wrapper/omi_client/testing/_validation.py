"""Request validation from the spec's schemas, shaped like FastAPI's (pydantic v2) 422 entries:
``type``, ``loc``, ``msg``, ``input`` and sometimes ``ctx``.

Scalars are coerced as the real server's models coerce them: FastAPI validates bodies and query
parameters with pydantic in lax (python) mode, so ``"true"`` is a boolean, ``"5"`` a number,
``5.0`` an integer, ``"2030-01-01"`` or ``1700000000`` a date-time. The fake asks pydantic
itself (the library the server uses) for every scalar, so values and error messages are
pydantic's. Where more than one type is allowed (anyOf), an exact type match wins before any
coercion, as pydantic's smart unions do.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timezone
from typing import Any

from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from pydantic import TypeAdapter, ValidationError
from pydantic.types import FiniteFloat

from ._error_entries import ErrorList, Json, entry, from_pydantic, number_text, plural

__all__ = ["ErrorList", "Json", "SchemaValidator", "parse_datetime"]

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
# pydantic's lax validators, one per JSON scalar type. Numbers must be finite: the real server's
# float fields take inf (JSON 1e400), but FastAPI then cannot render them and answers 500; the
# fake answers a 422 instead (docs/fidelity.md VAL-3).
_SCALARS: dict[str, TypeAdapter[Any]] = {
    "boolean": TypeAdapter(bool),
    "integer": TypeAdapter(int),
    "number": TypeAdapter(FiniteFloat),
}
_DATETIME: TypeAdapter[datetime] = TypeAdapter(datetime)
_STRICT: dict[str, Callable[[Json], bool]] = {
    "boolean": lambda v: isinstance(v, bool),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "string": lambda v: isinstance(v, str),
}


def parse_datetime(value: Json) -> datetime | None:
    """A date-time as the server's models read one (pydantic, lax: offsets, naive, date-only,
    unix seconds), or None. Naive values are taken as UTC, so the result is always aware."""
    try:
        parsed = _DATETIME.validate_python(value)
    except ValidationError:
        return None
    offset = parsed.utcoffset()
    return parsed.replace(tzinfo=UTC if not offset else timezone(offset))


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
        self,
        schema: dict[str, Any],
        value: Json,
        loc: list[str | int],
        errors: ErrorList,
        strict: bool = False,
    ) -> Json:
        """Check ``value`` against ``schema``; return it coerced and defaulted. ``strict``: no
        coercion, only an exact JSON type matches (the first pass over anyOf branches)."""
        schema = self.resolve(schema)
        inner, nullable = self.non_null(schema)
        if value is None and nullable:
            return None
        if inner is not schema:
            return self._check(inner, value, loc, errors, strict)
        if "anyOf" in schema:
            return self._any_of(schema["anyOf"], value, loc, errors, strict)
        if "const" in schema and value != schema["const"]:
            errors.append(
                entry(
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
                    entry("enum", loc, f"Input should be {expected}", value, expected=expected)
                )
            return value
        kind = schema.get("type")
        if kind == "string" and schema.get("format") == "date-time":
            return self._datetime(schema, value, loc, errors, strict)
        if kind in _STRICT and strict and not _STRICT[kind](value):
            errors.append(entry(f"{kind}_type", loc, "Input should be exactly that type", value))
            return value
        given = value  # constraint errors show the input as sent, as pydantic's do
        if kind in _SCALARS:
            try:
                value = _SCALARS[kind].validate_python(value)
            except ValidationError as exc:
                errors.append(from_pydantic(exc, loc))
                return value
        elif kind in _OTHER_TYPES and (problem := _OTHER_TYPES[kind](value)) is not None:
            errors.append(entry(problem[0], loc, problem[1], value))
            return value
        if kind == "object" or "properties" in schema:
            return self._object(schema, value, loc, errors, strict)
        if kind == "array" and isinstance(value, list):
            self._array(schema, value, loc, errors)
            items = schema.get("items")
            if isinstance(items, dict):
                return [
                    self._check(items, v, [*loc, i], errors, strict) for i, v in enumerate(value)
                ]
            return value
        if isinstance(value, str):
            self._string(schema, value, loc, errors)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            self._number(schema, value, loc, errors, given)
        return value

    def _datetime(
        self,
        schema: dict[str, Any],
        value: Json,
        loc: list[str | int],
        errors: ErrorList,
        strict: bool,
    ) -> Json:
        """A date-time field, typed ``datetime`` on the server: any form pydantic reads, handed
        on as an ISO 8601 string (naive stays naive)."""
        if strict and not isinstance(value, str):
            errors.append(entry("string_type", loc, "Input should be a valid string", value))
            return value
        try:
            parsed = _DATETIME.validate_python(value)
        except ValidationError as exc:
            errors.append(from_pydantic(exc, loc))
            return value
        return parsed.isoformat()

    def _any_of(
        self,
        branches: list[dict[str, Any]],
        value: Json,
        loc: list[str | int],
        errors: ErrorList,
        strict: bool = False,
    ) -> Json:
        """The first branch the value matches exactly, else (lax) the first that coerces it."""
        collected: ErrorList = []
        for exact in (True, False) if not strict else (True,):
            collected = []
            for branch in branches:
                resolved = self.resolve(branch)
                attempt: ErrorList = []
                tag = _branch_tag(branch, resolved)
                out = self._check(resolved, value, [*loc, tag], attempt, exact)
                if not attempt:
                    return out
                collected.extend(attempt)
        errors.extend(collected)
        return value

    def _object(
        self,
        schema: dict[str, Any],
        value: Json,
        loc: list[str | int],
        errors: ErrorList,
        strict: bool = False,
    ) -> Json:
        if not isinstance(value, dict):
            msg = "Input should be a valid dictionary or object to extract fields from"
            errors.append(entry("model_attributes_type", loc, msg, value))
            return value
        props: dict[str, Any] = schema.get("properties", {})
        out = dict(value)
        for name in schema.get("required", []):
            if name not in value:
                errors.append(entry("missing", [*loc, name], "Field required", value))
        for name, prop in props.items():
            if name in value:
                out[name] = self._check(prop, value[name], [*loc, name], errors, strict)
            elif "default" in prop:
                out[name] = json.loads(json.dumps(prop["default"]))
        extra = schema.get("additionalProperties", True)
        for name in value:
            if name in props:
                continue
            if extra is False:
                errors.append(
                    entry(
                        "extra_forbidden",
                        [*loc, name],
                        "Extra inputs are not permitted",
                        value[name],
                    )
                )
            elif isinstance(extra, dict):
                out[name] = self._check(extra, value[name], [*loc, name], errors, strict)
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
                entry("value_error", [*loc, *err.path], f"Value error, {err.message}", value)
            )

    def _array(
        self, schema: dict[str, Any], value: list[Json], loc: list[str | int], errors: ErrorList
    ) -> None:
        n = len(value)
        if "maxItems" in schema and n > schema["maxItems"]:
            top = schema["maxItems"]
            msg = f"List should have at most {plural(top, 'item')} after validation, not {n}"
            errors.append(
                entry(
                    "too_long", loc, msg, value, field_type="List", max_length=top, actual_length=n
                )
            )
        if "minItems" in schema and n < schema["minItems"]:
            low = schema["minItems"]
            msg = f"List should have at least {plural(low, 'item')} after validation, not {n}"
            errors.append(
                entry(
                    "too_short", loc, msg, value, field_type="List", min_length=low, actual_length=n
                )
            )

    def _string(
        self, schema: dict[str, Any], value: str, loc: list[str | int], errors: ErrorList
    ) -> None:
        n = len(value)
        if "minLength" in schema and n < schema["minLength"]:
            low = schema["minLength"]
            msg = f"String should have at least {plural(low, 'character')}"
            errors.append(entry("string_too_short", loc, msg, value, min_length=low))
        if "maxLength" in schema and n > schema["maxLength"]:
            top = schema["maxLength"]
            msg = f"String should have at most {plural(top, 'character')}"
            errors.append(entry("string_too_long", loc, msg, value, max_length=top))
        if "pattern" in schema and not re.search(schema["pattern"], value):
            pattern = schema["pattern"]
            msg = f"String should match pattern '{pattern}'"
            errors.append(entry("string_pattern_mismatch", loc, msg, value, pattern=pattern))

    def _number(
        self,
        schema: dict[str, Any],
        value: float,
        loc: list[str | int],
        errors: ErrorList,
        given: Json,
    ) -> None:
        for keyword, kind, words, ctx_key in _BOUNDS:
            if keyword not in schema:
                continue
            bound = schema[keyword]
            if not _within(keyword, value, bound):
                msg = f"Input should be {words} {number_text(bound)}"
                errors.append(entry(kind, loc, msg, given, **{ctx_key: bound}))


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


# The JSON types pydantic does not coerce into (objects report model_attributes_type in _object).
_OTHER_TYPES: dict[str, Callable[[Json], tuple[str, str] | None]] = {
    "string": lambda v: (
        None if isinstance(v, str) else ("string_type", "Input should be a valid string")
    ),
    "array": lambda v: (
        None if isinstance(v, list) else ("list_type", "Input should be a valid list")
    ),
    "null": lambda v: None if v is None else ("none_required", "Input should be None"),
}
