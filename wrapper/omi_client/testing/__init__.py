"""A fake Omi server for tests and local development (install `omi-client[mock]`).

    from omi_client.testing import FakeOmiServer
    with FakeOmiServer() as server:
        ...  # talk to server.base_url with server.dev_key

Or from a shell: `omi-client mock --port 8787`. The pytest fixture `fake_omi` (registered
automatically) runs one per test on a free 127.0.0.1 port.
"""

from __future__ import annotations

from ._app import DEFAULT_UID, FakeOmi
from ._auth import READ_SCOPES, SCOPES
from ._cli import main
from ._clock import Clock, ManualClock, SystemClock
from ._faults import HEADER as FAULT_HEADER, FaultConfig
from ._limits import DEFAULT_LIMITS
from ._seed import Seed
from ._server import FakeOmiServer
from ._stages import required_scope

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_UID",
    "FAULT_HEADER",
    "READ_SCOPES",
    "SCOPES",
    "Clock",
    "FakeOmi",
    "FakeOmiServer",
    "FaultConfig",
    "ManualClock",
    "Seed",
    "SystemClock",
    "main",
    "required_scope",
]
