"""FastAPI's 422 entries, worded as pydantic v2 words them: ``type``, ``loc``, ``msg``,
``input`` and sometimes ``ctx``. The schema walk (_validation) and the stages use them."""

from __future__ import annotations

import math
from typing import Any

from pydantic import ValidationError

Json = Any
ErrorList = list[dict[str, Any]]


def json_safe(value: Json) -> Json:
    """``value`` with non-finite floats spelled as pydantic's "strings" mode spells them, so an
    error that echoes its input can always be sent as JSON."""
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else "Infinity" if value > 0 else "-Infinity"
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [json_safe(v) for v in value]
    return value


def from_pydantic(exc: ValidationError, loc: list[str | int]) -> dict[str, Any]:
    """pydantic's one error for a scalar, placed at `loc`."""
    [error] = exc.errors(include_url=False)
    out: dict[str, Any] = {
        "type": error["type"],
        "loc": loc,
        "msg": error["msg"],
        "input": json_safe(error["input"]),
    }
    if error.get("ctx"):
        out["ctx"] = {k: json_safe(v) for k, v in error["ctx"].items()}
    return out


def entry(kind: str, loc: list[str | int], msg: str, value: Json, **ctx: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"type": kind, "loc": loc, "msg": msg, "input": value}
    if ctx:
        out["ctx"] = ctx
    return out


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def number_text(n: Any) -> str:
    return str(int(n)) if isinstance(n, float) and n.is_integer() else str(n)
