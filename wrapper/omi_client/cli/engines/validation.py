"""The SDK's own pre-send checks for one create request body (the spec's rules), so an import
file is checked by exactly what the request would be checked by, before anything is sent."""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def request_fields(schema: str) -> frozenset[str]:
    """The fields a create request of `schema` takes (an export record has more), read off the
    SDK's public request model (`omi_client.models`); their names are the JSON names."""
    import attrs

    from omi_client import models

    model = getattr(models, schema)
    return frozenset(f.name for f in attrs.fields(model) if f.name != "additional_properties")


def check_request(schema: str, body: dict[str, Any]) -> None:
    """Raise ValueError naming the field when `body` breaks a rule of `schema`."""
    from omi_client._validation import validate

    validate(body, {"$ref": f"#/components/schemas/{schema}"}, "")
