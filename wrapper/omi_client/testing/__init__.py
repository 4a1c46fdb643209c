"""A fake Omi server for tests and local development (install `omi-client[mock]`).

In pytest, the fixture `omi_fake` (registered automatically) gives each test an empty account on
a running fake, `omi_fake_factory(**options)` more of them; options as the `omi_fake` marker. See
"Testing your code" in the README. Outside pytest:

    from omi_client.testing import FakeOmiServer
    with FakeOmiServer() as server:
        ...  # talk to server.base_url with server.api_key

Or from a shell: `omi-client mock --port 8787` (same options as flags).

Names load on first use, so `omi_client.testing._options` (the option table) and the live mode of
the pytest plugin work without the server's dependencies.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import DEFAULT_UID as DEFAULT_UID, FakeOmi as FakeOmi
    from ._auth import READ_SCOPES as READ_SCOPES, SCOPES as SCOPES
    from ._cli import main as main
    from ._clock import Clock as Clock, ManualClock as ManualClock, SystemClock as SystemClock
    from ._faults import HEADER as FAULT_HEADER, FaultConfig as FaultConfig  # noqa: F401
    from ._limits import DEFAULT_LIMITS as DEFAULT_LIMITS
    from ._options import OPTIONS as OPTIONS, Option as Option
    from ._seed import Seed as Seed
    from ._server import FakeOmiServer as FakeOmiServer
    from ._stages import required_scope as required_scope

_WHERE = {
    "Clock": ("_clock", "Clock"),
    "ManualClock": ("_clock", "ManualClock"),
    "SystemClock": ("_clock", "SystemClock"),
    "Seed": ("_seed", "Seed"),
    "DEFAULT_LIMITS": ("_limits", "DEFAULT_LIMITS"),
    "DEFAULT_UID": ("_app", "DEFAULT_UID"),
    "FAULT_HEADER": ("_faults", "HEADER"),
    "SCOPES": ("_auth", "SCOPES"),
    "READ_SCOPES": ("_auth", "READ_SCOPES"),
    "FakeOmi": ("_app", "FakeOmi"),
    "FakeOmiServer": ("_server", "FakeOmiServer"),
    "FaultConfig": ("_faults", "FaultConfig"),
    "OPTIONS": ("_options", "OPTIONS"),
    "Option": ("_options", "Option"),
    "main": ("_cli", "main"),
    "required_scope": ("_stages", "required_scope"),
}
__all__ = sorted(_WHERE)
_EXTRA = ("starlette", "uvicorn", "jsonschema", "pydantic", "click")


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module 'omi_client.testing' has no attribute {name!r}")
    try:
        module = importlib.import_module(f".{where[0]}", __name__)
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in _EXTRA:
            raise
        raise ModuleNotFoundError(
            f"omi_client.testing needs the mock extra: pip install 'omi-client[mock]' "
            f"({exc.name} is missing)",
            name=exc.name,
        ) from exc
    value = getattr(module, where[1])
    globals()[name] = value
    return value
