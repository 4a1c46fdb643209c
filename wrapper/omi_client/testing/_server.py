"""Run a FakeOmi over real HTTP on loopback: uvicorn in a background thread."""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType
from typing import Any

import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send

from ._app import DEFAULT_UID, FakeOmi
from ._clock import Clock
from ._seed import Seed


def uvicorn_config(app: ASGIApp) -> uvicorn.Config:
    """How every fake server runs uvicorn: quiet, no lifespan, and no `Date` header of uvicorn's
    own (FakeOmi stamps one from its clock; two would be joined into one unparsable value)."""
    return uvicorn.Config(
        app,
        interface="asgi3",
        log_level="warning",
        access_log=False,
        lifespan="off",
        date_header=False,
    )


class FakeOmiServer:
    """A FakeOmi served on 127.0.0.1 (a free port unless given), with a ready key and token.

    Use as a context manager, or start()/stop(). ``seed`` puts records in while it serves,
    ``clock`` moves its time, ``app`` is the live FakeOmi; ``replace_app`` swaps in another one
    (the pytest plugin gives every test a fresh FakeOmi on an already running server: ~0.5 ms
    instead of ~25 ms to start and ~200 ms to stop uvicorn). ``key`` makes the ready key this one.
    """

    def __init__(
        self,
        app: FakeOmi | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        uid: str = DEFAULT_UID,
        key: str | None = None,
        **options: Any,
    ) -> None:
        self.app = app if app is not None else FakeOmi(**options)
        self.host = host
        self.uid = uid
        # proto=IPPROTO_TCP so asyncio sets TCP_NODELAY on accepted sockets; with proto 0 Nagle +
        # delayed ACK add ~40 ms to every response (uvicorn writes head and body separately).
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((host, port))
        self.port: int = self._sock.getsockname()[1]
        self.dev_key = self.app.create_key(uid, key=key)
        self.firebase_token = self.app.firebase_token(uid)
        self._server = uvicorn.Server(uvicorn_config(self._serve))
        self._thread: threading.Thread | None = None

    async def _serve(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Every request goes to the current `app`, so replace_app takes effect at once."""
        await self.app(scope, receive, send)

    def replace_app(self, app: FakeOmi, *, key: str | None = None) -> None:
        """Serve `app` from now on, on the same port, with a new ready key and token for `uid`
        (`key` to choose it). The previous FakeOmi is closed; connections stay open."""
        dev_key = app.create_key(self.uid, key=key)
        old, self.app = self.app, app
        self.dev_key, self.firebase_token = dev_key, app.firebase_token(self.uid)
        if old is not app:
            old.close()

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def api_key(self) -> str:
        """The ready full-scope developer key (same as dev_key)."""
        return self.dev_key

    @property
    def seed(self) -> Seed:
        """Seeding for this server's user: ``server.seed.memory("Likes tea", locked=True)``."""
        return Seed(self.app.semantics, self.uid)

    @property
    def clock(self) -> Clock:
        """The server's clock (see FakeOmi.clock): ``server.clock.advance(hours=1)``."""
        return self.app.clock

    @property
    def request_log(self) -> list[tuple[str, str, int]]:
        return self.app.request_log

    def issue_key(self, scopes: list[str] | None = None, name: str = "test") -> str:
        """Another key for the same user: all scopes unless given ([] allows nothing)."""
        return self.app.create_key(self.uid, scopes=scopes, name=name)

    def inject(self, status: int | None = None, **options: Any) -> None:
        """See FakeOmi.inject: script faults for upcoming requests."""
        self.app.inject(status, **options)

    def reset(self, data: bool = True) -> None:
        """See :meth:`FakeOmi.reset`: faults, rate windows, request log and (by default) data."""
        self.app.reset(data)

    def items(self, resource: str) -> list[dict[str, Any]]:
        return self.app.items(resource, self.uid)

    def count(self, resource: str) -> int:
        return self.app.count(resource, self.uid)

    def start(self, timeout: float = 10.0) -> FakeOmiServer:
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._sock]}, name="fake-omi", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("fake Omi server did not start")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
        self._sock.close()
        self.app.close()

    def __enter__(self) -> FakeOmiServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
