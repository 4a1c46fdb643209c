"""Running fake servers reused from test to test (one pool per pytest process or xdist worker).

Starting uvicorn costs ~25 ms and stopping it ~200 ms (its shutdown polls), while a new FakeOmi
costs well under a millisecond. So a test gets a server that is already listening with a brand-new
FakeOmi swapped in: an empty account, new keys, no faults, rate windows, clock offsets or request
log left by the test before, by construction rather than by a reset that must remember
everything. The servers stop when the session ends.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._account import FakeAccount
from ._options import build_app, resolve
from ._server import FakeOmiServer


class ServerPool:
    """Servers by address: `account()` lends one with a fresh fake, `give_back()` returns it."""

    def __init__(self) -> None:
        self._idle: list[FakeOmiServer] = []
        self._all: list[FakeOmiServer] = []

    def account(self, options: Mapping[str, Any]) -> FakeAccount:
        """An empty account on a fake configured by `options` (the option table's names)."""
        values = resolve(options)
        app = build_app(values)
        server = self._take(values["host"], values["port"])
        try:
            if server is None:
                server = FakeOmiServer(app, host=values["host"], port=values["port"],
                                       key=values["key"]).start()  # fmt: skip
                self._all.append(server)
            else:
                server.replace_app(app, key=values["key"])
            if values["demo"]:
                from .demo import load_demo

                load_demo(app, server.uid)
        except BaseException:
            app.close()
            if server is not None:
                self._idle.append(server)
            raise
        return FakeAccount(server, values)

    def give_back(self, account: FakeAccount) -> None:
        account.close()
        account.server.app.close()  # releases a data file; the next test swaps in a new fake
        self._idle.append(account.server)

    def _take(self, host: str, port: int) -> FakeOmiServer | None:
        for server in self._idle:
            if server.host == host and port in (0, server.port):
                self._idle.remove(server)
                return server
        return None

    def close(self) -> None:
        for server in self._all:
            server.stop()
        self._all.clear()
        self._idle.clear()
