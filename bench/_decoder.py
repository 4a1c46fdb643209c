"""Which JSON decoder the SDK parses responses with, switchable per benchmark case.

The SDK picks orjson when the `speedups` extra is installed, else the standard library's json
(omi_client._pipeline._json_loads). The benches time both in one run, so they swap that choice
around a case; nothing outside bench/ does this.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from typing import Any

DECODERS = ("stdlib json", "orjson")


def available() -> tuple[str, ...]:
    try:
        import orjson  # noqa: F401
    except ImportError:
        return ("stdlib json",)
    return DECODERS


@contextlib.contextmanager
def decoder(name: str) -> Iterator[None]:
    from omi_client import _pipeline

    chosen: Callable[[bytes], Any] = _pipeline._json_loads()
    if name == "stdlib json":
        chosen = json.loads
    saved = _pipeline._json_loads
    _pipeline._json_loads = lambda: chosen  # type: ignore[assignment]
    try:
        yield
    finally:
        _pipeline._json_loads = saved
