"""The typed examples (examples/*.py) run against the fake Omi server, sync and async.

tests/test_typed_wheel.py type-checks them against the installed wheel; this runs them, so an
example cannot type-check while being wrong about what the SDK returns.
"""

from __future__ import annotations

import asyncio
import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

from omi_client import AsyncOmi, Omi
from sdk_helpers import FAST

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_sync_example_runs_against_the_fake(omi_fake: Any) -> None:
    with Omi(omi_fake.api_key, base_url=omi_fake.base_url, retry_policy=FAST) as omi:
        lines = _load("typed_sync").main(omi)
    assert lines[0] == "LIKES GREEN TEA [drinks]"
    assert "Runs on Sundays" in lines and "Buy milk" in lines
    assert lines[-1] == "Run 100 km: 12%"
    assert omi_fake.count("memories") == 3 and omi_fake.count("goals") == 1


def test_the_async_example_runs_against_the_fake(omi_fake: Any) -> None:
    async def run() -> list[str]:
        async with AsyncOmi(omi_fake.api_key, base_url=omi_fake.base_url, retry_policy=FAST) as omi:
            result: list[str] = await _load("typed_async").main(omi)
            return result

    lines = asyncio.run(run())
    assert lines[0] == "LIKES GREEN TEA [drinks]" and "Buy milk" in lines
    assert omi_fake.count("memories") == 2 and omi_fake.count("action_items") == 2
