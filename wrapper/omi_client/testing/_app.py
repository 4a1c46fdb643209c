"""The fake Omi server as one ASGI application: the request stages of _stages.STAGES, in the
real server's order, over per-instance routes, auth, limits, faults, storage and semantics."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from starlette.requests import ClientDisconnect, Request
from starlette.types import Receive, Scope, Send

from omi_client._spec import load_spec
from omi_client.limits import DEFAULT_RATE_LIMIT_BOOST

from ._auth import DEFAULT_UID as DEFAULT_UID, SCOPES, Auth
from ._clock import Clock, SystemClock
from ._errors import Answer, Drop, HTTPError
from ._faults import Fault, FaultConfig, FaultInjector
from ._limits import DEFAULT_LIMITS, RateLimiter
from ._routes import Router
from ._seed import Seed
from ._stages import STAGES, Exchange, dumps
from ._store import Store
from .semantics import Env, Semantics

_JSON = [(b"content-type", b"application/json")]
_KINDS = {
    "memories": "memory",
    "action_items": "action_item",
    "conversations": "conversation",
    "goals": "goal",
    "folders": "folder",
    "keys": "key",
}


class FakeOmi:
    """A stateful, spec-driven stand-in for the Omi Developer API (an ASGI app).

    Options (the pytest fixtures and ``omi-client mock`` flags mirror them):
        data: SQLite file that keeps state across restarts (memory only when None).
        seed: makes ids and generated keys reproducible.
        faults: error/latency/drop injection, reproducible from its seed.
        rate_limits: per-policy base limits overriding the real ones ({"dev:memories": n}, names
            from omi_client.limits.RATE_POLICIES); False turns the limits off.
        rate_limit_boost: the server's RATE_LIMIT_BOOST: every limit becomes
            max(1, int(limit * boost)) (1.0, the code's default; production reportedly runs 100).
        time_scale: real seconds per server second for the rate-limit windows (1/3600: an hour
            window lasts a second), for clients that really wait (``omi-client mock``). Tests
            move ``clock`` instead.
        processing_delay: clock seconds a from-segments create stays in flight.
        clock: the one source of time (rate windows, timestamps, processing delays); real time
            (SystemClock) by default, ManualClock() to stand still until advanced.
        spec: the OpenAPI document to route and validate from (the vendored one by default).
        log_requests: keep (method, path, status) of every request in ``request_log`` (status 0
            for a dropped connection).
    """

    def __init__(
        self,
        *,
        data: str | Path | None = None,
        seed: int | None = None,
        faults: FaultConfig | None = None,
        rate_limits: Mapping[str, int] | bool | None = None,
        rate_limit_boost: float = DEFAULT_RATE_LIMIT_BOOST,
        time_scale: float = 1.0,
        processing_delay: float = 0.0,
        clock: Clock | None = None,
        spec: dict[str, Any] | None = None,
        log_requests: bool = True,
    ) -> None:
        self.spec = spec if spec is not None else load_spec()
        self.router = Router(self.spec)
        self.clock: Clock = clock if clock is not None else SystemClock()
        self.store = Store(data, seed)
        self.auth = Auth(self.store, self.clock)
        self.faults = FaultInjector(faults)
        if rate_limits is False:
            self.limiter: RateLimiter | None = None
        else:
            limits = None if isinstance(rate_limits, bool) else rate_limits
            self.limiter = RateLimiter(limits, time_scale, self.clock, rate_limit_boost)
        self.log_requests = log_requests
        self.request_log: list[tuple[str, str, int]] = []
        self.semantics = Semantics(
            Env(
                store=self.store,
                auth=self.auth,
                clock=self.clock,
                spec=self.spec,
                processing_delay=processing_delay,
            )
        )

    # -- helpers for tests and the CLI ----------------------------------------------------------
    @property
    def seed(self) -> Seed:
        """Put records straight into the store, as the API would have made them (see _seed)."""
        return Seed(self.semantics, DEFAULT_UID)

    def create_key(
        self,
        uid: str = DEFAULT_UID,
        *,
        scopes: list[str] | None = None,
        name: str = "dev",
        key: str | None = None,
    ) -> str:
        """A new developer key for `uid`: all scopes unless given (as over the API, [] allows
        nothing; READ_SCOPES reads everything)."""
        created = self.auth.create_key(uid, name, list(SCOPES) if scopes is None else scopes, key)
        return str(created["key"])

    def rate_limit(self, policy: str) -> int | None:
        """The hourly limit this fake enforces for `policy` (a name from
        omi_client.limits.RATE_POLICIES), after ``rate_limits`` and ``rate_limit_boost``: what
        its 429s say in X-RateLimit-Limit. None when the limits are off."""
        if policy not in DEFAULT_LIMITS:
            raise ValueError(
                f"unknown rate-limit policy {policy!r}; one of {', '.join(DEFAULT_LIMITS)}"
            )
        return None if self.limiter is None else self.limiter.limit(policy)

    def firebase_token(self, uid: str = DEFAULT_UID) -> str:
        """A Firebase-style ID token this server accepts on /v1/dev/keys."""
        return self.auth.firebase_token(uid)

    def inject(
        self,
        status: int | None = None,
        *,
        times: int = 1,
        method: str | None = None,
        path: str | None = None,
        drop: str | None = None,
        latency: float = 0.0,
    ) -> None:
        """Script a fault for the next `times` matching requests: an error status (500, 503, 504,
        429), a dropped connection (drop="before"/"after" the write commits) and/or latency
        seconds."""
        if drop not in (None, "before", "after"):
            raise ValueError("drop is 'before' or 'after'")
        self.faults.script(Fault(status=status, latency=latency, drop=drop), times, method, path)

    def reset(self, data: bool = True) -> None:
        """Start over: forget scripted faults, fault counters, rate windows, the request log, turn
        the clock back to its start and, unless ``data=False``, forget every stored document.
        API keys and tokens stay valid."""
        if data:
            self.store.clear(keep=("key",))
        self.faults.reset()
        if self.limiter is not None:
            self.limiter.reset()
        self.request_log.clear()
        self.auth.forget_cache()
        self.clock.reset()

    def items(self, resource: str, uid: str = DEFAULT_UID) -> list[dict[str, Any]]:
        """What the user has stored: memories, action_items, conversations, goals, folders, keys."""
        kind = _KINDS.get(resource)
        if kind is None:
            raise ValueError(f"unknown resource {resource!r}; one of {', '.join(_KINDS)}")
        return [dict(doc) for doc in self.store.all(kind, uid)]

    def count(self, resource: str, uid: str = DEFAULT_UID) -> int:
        return len(self.items(resource, uid))

    def close(self) -> None:
        self.store.close()

    # -- ASGI -----------------------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        method: str = scope["method"]
        raw_send = send
        if self.log_requests:
            send = self._logging(send, method, scope["path"])
        ex = Exchange(Request(scope, receive))
        try:
            for stage in STAGES:
                await stage(self, ex)
        except ClientDisconnect:
            return  # the client hung up mid-body: nobody to answer
        except Drop:
            await self._drop(raw_send, method, scope["path"])
            return
        except Answer as answer:
            await self._send_raw(send, answer.status, answer.payload, answer.headers)
            return
        except HTTPError as exc:
            if ex.fault.drop != "after":
                await self._send(send, exc.status, {"detail": exc.detail}, exc.headers)
                return
        if ex.fault.drop == "after":
            # The write above is committed; the client never hears of it.
            await self._drop(raw_send, method, scope["path"])
            return
        if ex.status == 204:
            await self._send_raw(send, 204, b"", [])
        else:
            await self._send(send, ex.status, ex.reply)

    async def _send(
        self, send: Send, status: int, body: Any, headers: Mapping[str, str] | None = None
    ) -> None:
        extra = [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
        await self._send_raw(send, status, dumps(body), [*_JSON, *extra])

    async def _send_raw(
        self, send: Send, status: int, payload: bytes, headers: list[tuple[bytes, bytes]]
    ) -> None:
        # `Date` comes from the fake's clock, so it agrees with the created_at the fake stamps
        # (the CLI's importer reconciles by it); the servers turn uvicorn's own Date off.
        headers = [*headers, (b"date", self.clock.http_date().encode())]
        if status != 204:  # RFC 9110: a 204 carries no Content-Length (Starlette sends none)
            headers = [*headers, (b"content-length", str(len(payload)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})

    def _logging(self, send: Send, method: str, path: str) -> Send:
        status = [0]  # stays 0 when the connection is dropped unanswered

        async def logged(message: Any) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            elif message["type"] == "http.response.body" and not message.get("more_body"):
                # Logged before the client can see the reply, so a test reading the log after a
                # response never races the server thread.
                self.request_log.append((method, path, status[0]))
            await send(message)

        return logged

    async def _drop(self, send: Send, method: str, path: str) -> None:
        """Close the TCP connection with no response at all, as a crashed proxy would (uvicorn)."""
        cycle = getattr(send, "__self__", None)
        transport = getattr(cycle, "transport", None)
        if self.log_requests:
            self.request_log.append((method, path, 0))
        if transport is None:
            raise ConnectionAbortedError("fake Omi: dropping the connection")
        transport.abort()
        cycle.disconnected = True  # type: ignore[union-attr]
        await asyncio.sleep(0)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
