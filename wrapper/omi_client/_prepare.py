"""Check a call before anything is sent: the one place the request-side rules run.

The pipeline prepares every call here before building its request, and
:func:`validate_request` (public) runs the very same checks without a client or a network, so a
caller (the CLI validating an import file, say) can find every bad input before the first request.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import quote

from . import _server_rules as server_rules
from ._errors import ValidationError
from ._operations import OPERATIONS, Operation
from ._validation import check_text, jsonable, operation_rules, validate

__all__ = ["Call", "PreparedRequest", "call", "prepare", "validate_request"]


@dataclass(slots=True)
class Call:
    """One logical API call, as resources describe it (plain, JSON-shaped values)."""

    op: Operation
    path: tuple[str, ...] = ()
    query: dict[str, Any] = field(default_factory=dict)
    body: dict[str, Any] | None = None
    # The method returns None whatever the (parsed) body, e.g. a delete's {"success": true}.
    returns_nothing: bool = False


def call(
    operation_id: str,
    *path: str,
    query: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
    returns_nothing: bool = False,
) -> Call:
    """The Call of a spec operation (resources describe each method's request with this)."""
    return Call(
        OPERATIONS[operation_id],
        path,
        dict(query or {}),
        None if body is None else dict(body),
        returns_nothing,
    )


@dataclass(frozen=True, slots=True)
class PreparedRequest:
    """What a valid call sends: method, path (path arguments percent-encoded), the query
    parameters and the JSON body (None for operations without one), as JSON values."""

    operation_id: str
    method: str
    path: str
    query: dict[str, Any]
    body: dict[str, Any] | None


def _check_path_arg(name: str, value: Any) -> None:
    if not isinstance(value, str) or not value:
        raise ValidationError(name, "must be a non-empty string")
    if value in (".", ".."):
        # Percent-quoting keeps dots, and URL normalisation would then resolve them: the request
        # would reach another endpoint (goals/./history is getGoal("history")).
        raise ValidationError(name, f"{value!r} is not an id")
    if "/" in value:
        # Encoding does not help: the server's ASGI layer decodes %2F before routing, so
        # goals.get(id + "/history") would still reach listGoalHistory.
        raise ValidationError(name, f"{value!r} is not an id (contains '/')")
    check_text(value, name)


@cache
def _plan(op: Operation) -> tuple[tuple[str, ...], tuple[tuple[str, Any, bool], ...], Any]:
    """Per operation, once: path parameter names, (query name, schema, required), body schema."""
    params_rules, body_schema = operation_rules(op.method, op.path)
    path_names = tuple(n for n in params_rules if "{" + n + "}" in op.path)
    query = tuple(
        (name, rule["schema"], rule["required"])
        for name, rule in params_rules.items()
        if name not in path_names
    )
    return path_names, query, body_schema


def prepare(call: Call) -> PreparedRequest:
    """Validate a call against the spec and the server's rules beyond it (``_server_rules``); raise
    :class:`~omi_client.ValidationError` naming the first problem, or return what it sends."""
    op = call.op
    path_names, query_rules, body_schema = _plan(op)
    if len(path_names) != len(call.path):
        raise ValidationError(op.operation_id, f"expected {len(path_names)} path argument(s)")
    for name, value in zip(path_names, call.path, strict=True):
        _check_path_arg(name, value)
    query = {k: jsonable(v, k) for k, v in call.query.items()}
    for name, schema, required in query_rules:
        arg = query.get(name)
        if arg is None:
            if required:
                raise ValidationError(name, "is required")
            continue
        validate(arg, schema, name)
    body: dict[str, Any] | None = None
    if op.body_model is not None:
        body = jsonable(call.body or {}, "")
        if op.needs_a_field and not body:
            raise ValidationError("body", "give at least one field to change")
        if body_schema is not None:
            validate(body, body_schema, "")
    query = {k: v for k, v in query.items() if v is not None}
    server_rules.check(op.operation_id, query, body)
    path = op.path.format_map(
        {name: quote(value, safe="") for name, value in zip(path_names, call.path, strict=True)}
    )
    return PreparedRequest(op.operation_id, op.method, path, query, body)


def validate_request(
    operation_id: str,
    *,
    path: Sequence[str] = (),
    query: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
) -> PreparedRequest:
    """Run every check the SDK makes before sending ``operation_id``, without sending anything.

    The same function the client runs before each request, so a value that passes here passes
    there. Arguments are what the request carries, as plain Python values: ``path`` the path
    arguments in order (e.g. ``("goal_1",)`` for ``getGoal``), ``query`` the query parameters,
    ``body`` the JSON body. One item of a batch has the schema of the single create's body, so
    ``validate_request("createMemory", body=item)`` checks an item of ``createMemoriesBatch``::

        from omi_client import ValidationError, validate_request

        for number, item in enumerate(items, 1):
            try:
                validate_request("createMemory", body=item)
            except ValidationError as exc:
                print(f"line {number}: {exc.field}: {exc.message}")

    Returns the :class:`PreparedRequest` (method, encoded path, query, body as JSON values).

    Raises:
        ValidationError: the first problem found, naming the field (``exc.field``), e.g. a
            string too long, a value outside an enum, a lone surrogate, a number beyond float
            range, an id containing ``/``, or an unknown ``operation_id``.
    """
    op = OPERATIONS.get(operation_id)
    if op is None:
        raise ValidationError("operation_id", f"{operation_id!r} is not an Omi API operation")
    return prepare(Call(op, tuple(path), dict(query or {}), None if body is None else dict(body)))
