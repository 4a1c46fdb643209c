"""A fake Omi server for tests and local development (install `omi-client[mock]`).

    from omi_client.testing import FakeOmiServer
    with FakeOmiServer() as server:
        ...  # talk to server.base_url with server.dev_key

Or from a shell: `omi-client mock --port 8787`. The pytest fixture `fake_omi` (registered
automatically) runs one per test on a free 127.0.0.1 port.
"""

from __future__ import annotations

try:
    from ._app import DEFAULT_UID, FakeOmi
    from ._auth import SCOPES
    from ._cli import main
    from ._faults import HEADER as FAULT_HEADER, FaultConfig
    from ._limits import DEFAULT_LIMITS
    from ._server import FakeOmiServer
    from ._stages import required_scope
except ModuleNotFoundError as _missing:  # the server's dependencies come with the mock extra
    if (_missing.name or "").split(".")[0] not in ("starlette", "uvicorn", "jsonschema"):
        raise
    raise ModuleNotFoundError(
        f"omi_client.testing needs the mock extra ({_missing.name} is not installed): "
        "pip install 'omi-client[mock]'",
        name=_missing.name,
    ) from None

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_UID",
    "FAULT_HEADER",
    "SCOPES",
    "FakeOmi",
    "FakeOmiServer",
    "FaultConfig",
    "main",
    "required_scope",
]
