"""The fake Omi server as one ASGI application: route, inject faults, authenticate, limit, validate,
run the operation's semantics, reply.

Order matches the real FastAPI service: auth and rate-limit dependencies answer before parameter
and body validation errors do.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.types import Receive, Scope, Send

from omi_client._spec import load_spec

from ._auth import SCOPES, Auth
from ._errors import HTTPError
from ._faults import HEADER, NO_FAULT, FaultConfig, FaultInjector
from ._handlers import HANDLERS, Call, Reply, Semantics
from ._limits import RateLimiter, policy_for, too_many_requests
from ._schema import ErrorList, Operation, Router, coerce_query, synthesize
from ._store import Store

DEFAULT_UID = "fake-user"
_JSON = [(b"content-type", b"application/json")]
_RESOURCE_SCOPES = {
    "memories": "memories",
    "action-items": "action_items",
    "conversations": "conversations",
    "folders": "conversations",
    "ask": "conversations",
    "goals": "goals",
}


def required_scope(method: str, path: str) -> str | None:
    """The scope a /v1/dev/user route needs: `<resource>:read` for reads (and ask), else `:write`."""
    parts = path.split("/")
    resource = _RESOURCE_SCOPES.get(parts[4]) if len(parts) > 4 else None
    if resource is None:
        return None
    action = "read" if method == "GET" or parts[4] == "ask" else "write"
    return f"{resource}:{action}"


def _dumps(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


class FakeOmi:
    """A stateful, spec-driven stand-in for the Omi Developer API (an ASGI app).

    data: SQLite file that keeps state across restarts (memory only when None).
    seed: makes ids reproducible. faults: error/latency/drop injection. rate_limits: per-policy
    hourly limits (None: the real ones; False: off). time_scale: how much faster than real time
    the rate-limit clock runs. processing_delay: seconds a from-segments create stays in flight.
    """

    def __init__(
        self,
        *,
        data: str | Path | None = None,
        seed: int | None = None,
        faults: FaultConfig | None = None,
        rate_limits: Mapping[str, int] | bool | None = None,
        time_scale: float = 1.0,
        processing_delay: float = 0.0,
        clock: Callable[[], datetime] | None = None,
        spec: dict[str, Any] | None = None,
    ) -> None:
        self.spec = spec if spec is not None else load_spec()
        self.router = Router(self.spec)
        self.store = Store(data, seed)
        self.auth = Auth(self.store)
        self.faults = FaultInjector(faults)
        if rate_limits is False:
            self.limiter: RateLimiter | None = None
        else:
            limits = None if rate_limits is None or rate_limits is True else rate_limits
            self.limiter = RateLimiter(limits, time_scale)  # type: ignore[arg-type]
        self.semantics = Semantics(
            self.store, self.auth, self.spec, clock or (lambda: datetime.now(UTC)), processing_delay
        )

    # -- helpers for tests and the CLI ----------------------------------------------------------
    def create_key(self, uid: str = DEFAULT_UID, *, scopes: list[str] | None = None, name: str = "dev",
                   key: str | None = None) -> str:  # fmt: skip
        """A new developer key for `uid` (all scopes unless given; [] makes it read-only)."""
        created = self.auth.create_key(uid, name, list(SCOPES) if scopes is None else scopes, key)
        return str(created["key"])

    def firebase_token(self, uid: str = DEFAULT_UID) -> str:
        """A Firebase-style ID token this server accepts on /v1/dev/keys."""
        return self.auth.firebase_token(uid)

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
        op, path_params, allowed = self.router.match(method, scope["path"])
        if op is None:
            if allowed:
                allow = ", ".join(sorted(allowed))
                await _send(send, 405, {"detail": "Method Not Allowed"}, {"allow": allow})
            else:
                await _send(send, 404, {"detail": "Not Found"})
            return
        request = Request(scope, receive)
        fault = NO_FAULT
        try:
            fault = self.faults.decide(op.operation_id, request.headers.get(HEADER))
            if fault.latency:
                await asyncio.sleep(fault.latency)
            if fault.drop == "before":
                await _drop(send)
                return
            if fault.status == 500:
                await _send_raw(send, 500, b"Internal Server Error", [(b"content-type", b"text/plain; charset=utf-8")])
                return
            if fault.status == 503:
                raise HTTPError(503, "Service Unavailable")
            if fault.status == 429:
                policy = policy_for(method, op.path, op.operation_id, {})
                limit = self.limiter.limits.get(policy or "", 0) if self.limiter else 0
                raise too_many_requests(limit, 1)
            status, body = await self._handle(op, path_params, request)
        except HTTPError as exc:
            if fault.drop != "after":
                await _send(send, exc.status, {"detail": exc.detail}, exc.headers)
                return
        if fault.drop == "after":
            await _drop(send)  # the write above is committed; the client never hears of it
            return
        if status == 204:
            await _send_raw(send, 204, b"", [])
        else:
            await _send(send, status, body)

    async def _handle(self, op: Operation, path_params: dict[str, str], request: Request) -> tuple[int, Any]:
        authorization = request.headers.get("authorization")
        principal = None
        if "firebaseBearer" in op.security:
            uid = self.auth.firebase_uid(authorization)
        elif op.security:
            principal = self.auth.dev_key(authorization)
            uid = principal.uid
            needed = required_scope(op.method, op.path)
            if needed and needed not in principal.scopes:
                raise HTTPError(403, f"Insufficient permissions. Required scope: {needed}")
        else:
            uid = DEFAULT_UID
        errors: ErrorList = []
        values: dict[str, dict[str, Any]] = {"path": {}, "query": {}}
        sources = {"path": path_params, "query": request.query_params}
        validator = self.router.validator
        for param in op.parameters:
            raw = sources[param.location].get(param.name)
            if raw is None:
                if param.required:
                    errors.append({"type": "missing", "loc": [param.location, param.name],
                                   "msg": "Field required", "input": None})  # fmt: skip
                values[param.location][param.name] = param.default
                continue
            value, problems = coerce_query(param, raw, validator)
            errors.extend(problems)
            values[param.location][param.name] = value
        if self.limiter is not None and principal is not None:
            query = values["query"] if not errors else {}
            self.limiter.hit(principal.key_id, policy_for(op.method, op.path, op.operation_id, query))
        body = None
        if op.body_schema is not None:
            body, problems = await self._body(op, request)
            errors.extend(problems)
        if errors:
            raise HTTPError(422, errors)
        route = f"{op.method} {op.path}"
        if route not in HANDLERS:
            return op.success_status, synthesize(validator, op.success_schema)
        call = Call(op=op, uid=uid, principal=principal, path=values["path"], query=values["query"], body=body)
        result = self.semantics.run(route, call)
        if inspect.isawaitable(result):
            result = await result
        if isinstance(result, Reply):
            return result.status, result.body
        return op.success_status, result

    async def _body(self, op: Operation, request: Request) -> tuple[Any, ErrorList]:
        raw = await request.body()
        if not raw:
            if op.body_required:
                return None, [{"type": "missing", "loc": ["body"], "msg": "Field required", "input": None}]
            return None, []
        content_type = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
        if not (content_type == "application/json" or content_type.endswith("+json")):
            text = raw.decode("utf-8", errors="replace")
            msg = "Input should be a valid dictionary or object to extract fields from"
            return None, [{"type": "model_attributes_type", "loc": ["body"], "msg": msg, "input": text}]
        try:
            value = json.loads(raw, parse_constant=_reject_constant)
        except json.JSONDecodeError as exc:
            return None, [{"type": "json_invalid", "loc": ["body", exc.pos], "msg": "JSON decode error",
                           "input": {}, "ctx": {"error": exc.msg}}]  # fmt: skip
        except ValueError as exc:
            return None, [{"type": "json_invalid", "loc": ["body", 0], "msg": "JSON decode error",
                           "input": {}, "ctx": {"error": str(exc)}}]  # fmt: skip
        assert op.body_schema is not None
        return self.router.validator.validate(op.body_schema, value, ["body"])

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return


async def _send(send: Send, status: int, body: Any, headers: Mapping[str, str] | None = None) -> None:
    extra = [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await _send_raw(send, status, _dumps(body), [*_JSON, *extra])


async def _send_raw(send: Send, status: int, payload: bytes, headers: list[tuple[bytes, bytes]]) -> None:
    headers = [*headers, (b"content-length", str(len(payload)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})


async def _drop(send: Send) -> None:
    """Close the TCP connection with no response at all (uvicorn), as a crashed proxy would."""
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        raise ConnectionAbortedError("fake Omi: dropping the connection")
    transport.abort()
    cycle.disconnected = True  # type: ignore[union-attr]
    await asyncio.sleep(0)
