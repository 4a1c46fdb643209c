"""Routes read from the OpenAPI document: every operation, its parameters and body schema.

A spec update adds or changes a route with no code here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ._validation import Json, SchemaValidator

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True, slots=True)
class Parameter:
    """One path or query parameter of an operation."""

    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    default: Json
    kind: str  # the JSON type after removing a null branch


@dataclass(slots=True)
class Operation:
    """One spec operation: how to match it and what its inputs must look like."""

    operation_id: str
    method: str
    path: str
    tag: str
    regex: re.Pattern[str] | None
    parameters: list[Parameter]
    body_schema: dict[str, Any] | None
    body_required: bool
    security: tuple[str, ...]
    success_status: int
    success_schema: dict[str, Any] | None
    raw: dict[str, Any] = field(repr=False)


class Router:
    """All operations of the spec, matched by method and path."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.validator = SchemaValidator(spec)
        self.operations: list[Operation] = []
        self._literal: dict[str, dict[str, Operation]] = {}
        self._templated: list[tuple[re.Pattern[str], dict[str, Operation]]] = []
        for path, item in spec.get("paths", {}).items():
            shared = item.get("parameters", [])
            by_method: dict[str, Operation] = {}
            for method in METHODS:
                if method in item:
                    op = self._compile(spec, path, method, item[method], shared)
                    by_method[method.upper()] = op
                    self.operations.append(op)
            if "{" in path:
                self._templated.append((_path_regex(path), by_method))
            else:
                self._literal[path] = by_method
        # More literal segments first, so /memories/batch wins over /memories/{memory_id}.
        self._templated.sort(key=lambda entry: entry[0].pattern.count("(?P<"))

    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], list[str]]:
        """(operation, path params, allowed methods); no operation and no methods means 404."""
        allowed: list[str] = []
        table = self._literal.get(path)
        if table is not None:
            if method in table:
                return table[method], {}, []
            allowed.extend(table)
        for regex, methods in self._templated:
            m = regex.fullmatch(path)
            if m is None:
                continue
            if method in methods:
                return methods[method], m.groupdict(), []
            if not allowed:
                allowed.extend(methods)
        return None, {}, allowed

    def _compile(
        self,
        spec: dict[str, Any],
        path: str,
        method: str,
        op: dict[str, Any],
        shared: list[dict[str, Any]],
    ) -> Operation:
        params: list[Parameter] = []
        for raw in [*shared, *op.get("parameters", [])]:
            raw = self.validator.resolve(raw)
            if raw.get("in") not in ("path", "query"):
                continue
            schema = raw.get("schema", {})
            inner, _ = self.validator.non_null(schema)
            params.append(
                Parameter(
                    name=raw["name"],
                    location=raw["in"],
                    required=bool(raw.get("required", raw["in"] == "path")),
                    schema=schema,
                    default=self.validator.resolve(schema).get("default"),
                    kind=str(inner.get("type", "string")),
                )
            )
        body = op.get("requestBody")
        body_schema = None
        if body is not None:
            body = self.validator.resolve(body)
            content = body.get("content", {})
            media: dict[str, Any] = content.get("application/json") or next(
                iter(content.values()), {}
            )
            body_schema = media.get("schema", {})
        responses = op.get("responses", {})
        success = sorted(int(c) for c in responses if c.isdigit() and 200 <= int(c) < 300) or [200]
        success_body = responses.get(str(success[0]), {}).get("content", {}).get("application/json")
        security = tuple(
            name for req in op.get("security", spec.get("security") or []) for name in req
        )
        return Operation(
            operation_id=op.get("operationId", f"{method}_{path}"),
            method=method.upper(),
            path=path,
            tag=(op.get("tags") or ["default"])[0],
            regex=_path_regex(path) if "{" in path else None,
            parameters=params,
            body_schema=body_schema,
            body_required=bool(body and body.get("required")),
            security=security,
            success_status=success[0],
            success_schema=success_body.get("schema") if success_body else None,
            raw=op,
        )


def _path_regex(path: str) -> re.Pattern[str]:
    parts = re.split(r"\{([^}]+)\}", path)
    pattern = "".join(
        re.escape(part) if i % 2 == 0 else f"(?P<{part}>[^/]+)" for i, part in enumerate(parts)
    )
    return re.compile(pattern)
