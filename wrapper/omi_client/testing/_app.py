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

from starlette.datastructures import URL
from starlette.requests import ClientDisconnect, Request
from starlette.types import Receive, Scope, Send

from omi_client._spec import load_spec

from ._auth import SCOPES, Auth, Principal
from ._errors import HTTPError
from ._faults import HEADER, NO_FAULT, Fault, FaultConfig, FaultInjector
from ._limits import DEFAULT_LIMITS, RateLimiter, policy_for, too_many_requests
from ._routes import Operation, Router
from ._store import Store
from ._validation import ErrorList, coerce_param, synthesize
from .semantics import Call, Env, Reply, Semantics

DEFAULT_UID = "fake-user"
_JSON = [(b"content-type", b"application/json")]
_PLAIN = [(b"content-type", b"text/plain; charset=utf-8")]
_NO_JSON = object()
_KINDS = {
    "memories": "memory",
    "action_items": "action_item",
    "conversations": "conversation",
    "goals": "goal",
    "folders": "folder",
    "keys": "key",
}
_RESOURCE_SCOPES = {
    "memories": "memories",
    "action-items": "action_items",
    "conversations": "conversations",
    "folders": "conversations",
    "ask": "conversations",
    "goals": "goals",
}


def required_scope(method: str, path: str) -> str | None:
    """The scope a /v1/dev/user route needs: `<resource>:read` to read (and ask), else `:write`."""
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
    seed: makes ids reproducible. faults: error/latency/drop injection by seed. rate_limits:
    per-policy hourly limits overriding the real ones (False: off). time_scale: real seconds per
    server second for the rate-limit windows (1/3600: an hour lasts a second). processing_delay:
    seconds a from-segments create stays in flight. log_requests: keep (method, path, status) of
    every request in `request_log` (status 0 for a dropped connection).
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
        log_requests: bool = True,
    ) -> None:
        self.spec = spec if spec is not None else load_spec()
        self.router = Router(self.spec)
        self.store = Store(data, seed)
        self.auth = Auth(self.store)
        self.faults = FaultInjector(faults)
        if rate_limits is False:
            self.limiter: RateLimiter | None = None
        else:
            limits = None if isinstance(rate_limits, bool) else rate_limits
            self.limiter = RateLimiter(limits, time_scale)
        self.log_requests = log_requests
        self.request_log: list[tuple[str, str, int]] = []
        self.semantics = Semantics(
            Env(
                store=self.store,
                auth=self.auth,
                clock=clock or (lambda: datetime.now(UTC)),
                spec=self.spec,
                processing_delay=processing_delay,
            )
        )

    # -- helpers for tests and the CLI ----------------------------------------------------------
    def create_key(
        self,
        uid: str = DEFAULT_UID,
        *,
        scopes: list[str] | None = None,
        name: str = "dev",
        key: str | None = None,
    ) -> str:
        """A new developer key for `uid` (all scopes unless given; [] makes it read-only)."""
        created = self.auth.create_key(uid, name, list(SCOPES) if scopes is None else scopes, key)
        return str(created["key"])

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
        """Script a fault for the next `times` matching requests: an error status (500, 503, 429),
        a dropped connection (drop="before"/"after" the write commits) and/or latency seconds."""
        if drop not in (None, "before", "after"):
            raise ValueError("drop is 'before' or 'after'")
        self.faults.script(Fault(status=status, latency=latency, drop=drop), times, method, path)

    def reset(self, data: bool = True) -> None:
        """Start over: forget scripted faults, fault counters, rate windows, the request log and,
        unless ``data=False``, every stored document. API keys and tokens stay valid."""
        if data:
            self.store.clear(keep=("key",))
        self.faults.reset()
        if self.limiter is not None:
            self.limiter.reset()
        self.request_log.clear()

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
        op, path_params, allowed = self.router.match(method, scope["path"])
        if op is None:
            moved = None if allowed else self._slash_redirect(scope)
            if allowed:
                allow = ", ".join(sorted(allowed))
                await _send(send, 405, {"detail": "Method Not Allowed"}, {"allow": allow})
            elif moved is not None:
                await _send_raw(send, 307, b"", [(b"location", moved.encode())])
            else:
                await _send(send, 404, {"detail": "Not Found"})
            return
        request = Request(scope, receive)
        fault = NO_FAULT
        try:
            decoded = await self._decode(op, request)
            uid, principal = self._authenticate(op, request.headers.get("authorization"))
            # Faults strike authenticated requests, like the limiter and handlers they stand for.
            fault = self.faults.decide(
                op.operation_id, method, scope["path"], request.headers.get(HEADER)
            )
            if fault.latency:
                await asyncio.sleep(fault.latency)
            if fault.drop == "before":
                await self._drop(raw_send, method, scope["path"])
                return
            if fault.status == 500:
                await _send_raw(send, 500, b"Internal Server Error", _PLAIN)
                return
            if fault.status == 503:
                raise HTTPError(503, "Service Unavailable")
            if fault.status == 429:
                policy = policy_for(method, op.path, {}) or ""
                limits = self.limiter.limits if self.limiter else DEFAULT_LIMITS
                raise too_many_requests(limits.get(policy, DEFAULT_LIMITS["memories"]), 1)
            status, body = await self._handle(op, uid, principal, path_params, request, decoded)
        except ClientDisconnect:
            return  # the client hung up mid-body: nobody to answer
        except HTTPError as exc:
            if fault.drop != "after":
                await _send(send, exc.status, {"detail": exc.detail}, exc.headers)
                return
        if fault.drop == "after":
            # The write above is committed; the client never hears of it.
            await self._drop(raw_send, method, scope["path"])
            return
        if status == 204:
            await _send_raw(send, 204, b"", [])
        else:
            await _send(send, status, body)

    def _slash_redirect(self, scope: Scope) -> str | None:
        """Where FastAPI's router (redirect_slashes) sends a path that only matches with its
        trailing slash removed or added: a 307 to that URL, before auth."""
        path: str = scope["path"]
        if path == "/":
            return None
        other = path.rstrip("/") if path.endswith("/") else path + "/"
        op, _, allowed = self.router.match(scope["method"], other)
        if op is None and not allowed:
            return None
        return str(URL(scope={**scope, "path": other}))

    def _authenticate(
        self, op: Operation, authorization: str | None
    ) -> tuple[str, Principal | None]:
        """(user, dev-key principal) or 401/403, the way each security scheme answers."""
        if "firebaseBearer" in op.security:
            return self.auth.firebase_uid(authorization), None
        if not op.security:
            return DEFAULT_UID, None
        principal = self.auth.dev_key(authorization)
        needed = required_scope(op.method, op.path)
        if needed and needed not in principal.scopes:
            raise HTTPError(403, f"Insufficient permissions. Required scope: {needed}")
        return principal.uid, principal

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

    async def _handle(
        self,
        op: Operation,
        uid: str,
        principal: Principal | None,
        path_params: dict[str, str],
        request: Request,
        decoded: Any,
    ) -> tuple[int, Any]:
        errors: ErrorList = []
        values: dict[str, dict[str, Any]] = {"path": {}, "query": {}}
        sources = {"path": path_params, "query": request.query_params}
        validator = self.router.validator
        for param in op.parameters:
            raw = sources[param.location].get(param.name)
            if raw is None:
                if param.required:
                    errors.append(
                        {
                            "type": "missing",
                            "loc": [param.location, param.name],
                            "msg": "Field required",
                            "input": None,
                        }
                    )
                values[param.location][param.name] = param.default
                continue
            loc: list[str | int] = [param.location, param.name]
            value, problems = coerce_param(param.kind, param.schema, raw, loc, validator)
            errors.extend(problems)
            values[param.location][param.name] = value
        if self.limiter is not None and principal is not None:
            query = values["query"] if not errors else {}
            self.limiter.hit(principal.key_id, policy_for(op.method, op.path, query))
        body = None
        if op.body_schema is not None:
            body, problems = await self._body(op, request, decoded)
            errors.extend(problems)
        if errors:
            raise HTTPError(422, errors)
        handler = self.semantics.handler(op.method, op.path)
        if handler is None:
            return op.success_status, synthesize(validator, op.success_schema)
        call = Call(
            op=op,
            uid=uid,
            principal=principal,
            path=values["path"],
            query=values["query"],
            body=body,
        )
        result = handler(call)
        if inspect.isawaitable(result):
            result = await result
        if isinstance(result, Reply):
            return result.status, result.body
        return op.success_status, result

    async def _decode(self, op: Operation, request: Request) -> Any:
        """The JSON body, decoded before auth as FastAPI does: malformed JSON is a 422 even
        without credentials and never counts against a rate limit. _NO_JSON when there is no
        JSON to decode (no body, or another content type: _body reports those after auth)."""
        if op.body_schema is None:
            return _NO_JSON
        raw = await request.body()
        content_type = (
            request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
        )
        if not raw or not (content_type == "application/json" or content_type.endswith("+json")):
            return _NO_JSON
        try:
            value = json.loads(raw, parse_constant=_reject_constant)
            if b"\\u" in raw:
                _dumps(value)  # a lone surrogate escape parses but can never be stored or echoed
        except json.JSONDecodeError as exc:
            error = {"loc": ["body", exc.pos], "ctx": {"error": exc.msg}}
        except (ValueError, UnicodeEncodeError) as exc:
            error = {"loc": ["body", 0], "ctx": {"error": str(exc)}}
        else:
            return value
        detail = {"type": "json_invalid", "loc": error["loc"], "msg": "JSON decode error"}
        raise HTTPError(422, [{**detail, "input": {}, "ctx": error["ctx"]}])

    async def _body(self, op: Operation, request: Request, decoded: Any) -> tuple[Any, ErrorList]:
        assert op.body_schema is not None
        if decoded is not _NO_JSON and decoded is not None:
            return self.router.validator.validate(op.body_schema, decoded, ["body"])
        raw = await request.body()
        if not raw or decoded is None:  # FastAPI treats a JSON null as no body
            if op.body_required:
                return None, [
                    {"type": "missing", "loc": ["body"], "msg": "Field required", "input": None}
                ]
            return None, []
        text = raw.decode("utf-8", errors="replace")
        msg = "Input should be a valid dictionary or object to extract fields from"
        return None, [{"type": "model_attributes_type", "loc": ["body"], "msg": msg, "input": text}]

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return


async def _send(
    send: Send, status: int, body: Any, headers: Mapping[str, str] | None = None
) -> None:
    extra = [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await _send_raw(send, status, _dumps(body), [*_JSON, *extra])


async def _send_raw(
    send: Send, status: int, payload: bytes, headers: list[tuple[bytes, bytes]]
) -> None:
    if status != 204:  # RFC 9110: a 204 carries no Content-Length (Starlette sends none)
        headers = [*headers, (b"content-length", str(len(payload)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})
