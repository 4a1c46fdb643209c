"""The SDK's own pre-send checks for one create request body (the spec's rules), so an import
file is checked by exactly what the request would be checked by, before anything is sent."""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def request_fields(schema: str) -> frozenset[str]:
    """The fields a create request of `schema` takes (an export record has more)."""
    from omi_client._spec import load_spec

    return frozenset(load_spec()["components"]["schemas"][schema]["properties"])


def check_request(schema: str, body: dict[str, Any]) -> None:
    """Raise ValueError naming the field when `body` breaks a rule of `schema`."""
    from omi_client._validation import validate

    validate(body, {"$ref": f"#/components/schemas/{schema}"}, "")
