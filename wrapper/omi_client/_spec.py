"""Where the vendored OpenAPI document lives: inside the wheel, or in a source checkout.

The fake server routes from it and the SDK derives its client-side validation from it, so both
always agree with the spec the client was generated from. Loaded lazily, once.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent


def spec_path() -> Path:
    """Path of the vendored spec/openapi.json (packaged copy first, then the checkout's)."""
    packaged = _HERE / "_data" / "openapi.json"
    checkout = _HERE.parent.parent / "spec" / "openapi.json"
    for candidate in (packaged, checkout):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("omi_client: the vendored OpenAPI spec is missing from this install")


@cache
def load_spec() -> dict[str, Any]:
    """The parsed spec (cached; callers must not mutate it)."""
    doc: dict[str, Any] = json.loads(spec_path().read_text(encoding="utf-8"))
    return doc
