"""``import omi_client`` is cheap: httpx and the generated models load only when used."""

from __future__ import annotations

import subprocess
import sys


def _modules_after(code: str) -> set[str]:
    probe = f"{code}; import sys; print('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_bare_import_loads_nothing_heavy() -> None:
    mods = _modules_after("import omi_client")
    assert not {
        m for m in mods if m.startswith(("omi_client._generated", "httpx", "attrs", "dateutil"))
    }
    assert "omi_client._client" not in mods


def test_client_loads_httpx_but_no_generated_models_until_a_call() -> None:
    mods = _modules_after("from omi_client import Omi; Omi('k').close()")
    assert "httpx" in mods
    assert not {m for m in mods if m.startswith("omi_client._generated")}
    assert not {m for m in mods if m.startswith(("starlette", "uvicorn", "jsonschema"))}
    # httpx itself imports click/rich/pygments (its own CLI) when they are installed; nothing else
    # heavy may come from us.
    ours = mods - _modules_after("import httpx, asyncio, ipaddress, uuid; httpx.Client().close()")
    assert not {m for m in ours if not m.startswith(("omi_client", "_"))}, sorted(ours)


def test_errors_import_without_httpx() -> None:
    mods = _modules_after("from omi_client import NotFoundError, ValidationError")
    assert "httpx" not in mods


def test_the_sync_client_does_not_load_the_async_one() -> None:
    # Every one-shot CLI command and sync script imports Omi: AsyncOmi and the async resources
    # would be a dozen modules it never uses.
    mods = _modules_after("from omi_client import Omi, DEFAULT_TIMEOUT; Omi('k').close()")
    assert "omi_client._sync.client" in mods
    assert not {m for m in mods if m.startswith("omi_client._async")}
    assert "omi_client._async.client" in _modules_after("from omi_client import AsyncOmi")
