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


def check_request(operation_id: str, body: dict[str, Any]) -> None:
    """Raise the SDK's ValidationError (a ValueError) naming the field when `body` would be
    refused before sending: the very checks the client runs (`omi_client.validate_request`),
    including text that cannot be encoded and numbers out of range."""
    from omi_client import validate_request

    validate_request(operation_id, body=body)
