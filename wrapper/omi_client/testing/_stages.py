"""The stages every request goes through, in the real server's order (STAGES below).

FastAPI routes first (404, 405, 307), decodes a JSON body before any dependency runs (malformed
JSON: 422, uncounted), then solves the route's dependencies in order (API key 401, scope 403,
rate limit 429), then validates path, query and body together (one 422), then runs the endpoint.
Each stage is a small function of the app and the request's :class:`Exchange`; it either records
what it found there or ends the request by raising HTTPError, Answer or Drop.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from starlette.datastructures import URL
from starlette.requests import Request

from omi_client.limits import TRANSCRIPT_OPERATIONS, TRANSCRIPT_POLICY, effective_limit

from ._auth import DEFAULT_UID, Principal
from ._error_entries import ErrorList, json_safe
from ._errors import Answer, Drop, HTTPError
from ._faults import HEADER, NO_FAULT, Fault
from ._limits import policy_of, too_many_requests
from ._routes import Operation
from ._synthesize import synthesize
from .semantics import Call, Reply

if TYPE_CHECKING:
    from ._app import FakeOmi

NO_JSON: Any = object()
_PLAIN = [(b"content-type", b"text/plain; charset=utf-8")]
# What a 503 says where the real server has one of its own: every developer route's limiter fails
# closed ("Rate limiter unavailable"), key revocation when it cannot confirm the cache is cleared.
_UNAVAILABLE = {
    "revokeApiKey": "API key revocation temporarily unavailable",
    "listApiKeys": "Service Unavailable",
    "createApiKey": "Service Unavailable",
}
_RESOURCE_SCOPES = {
    "memories": "memories",
    "action-items": "action_items",
    "conversations": "conversations",
    "folders": "conversations",
    "ask": "conversations",
    "goals": "goals",
}


@dataclass(slots=True)
class Exchange:
    """One request on its way through the stages, and what each stage found out about it."""

    request: Request
    op: Operation = field(init=False)
    path_params: dict[str, str] = field(default_factory=dict)
    decoded: Any = NO_JSON
    uid: str = DEFAULT_UID
    principal: Principal | None = None
    fault: Fault = NO_FAULT
    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    errors: ErrorList = field(default_factory=list)
    status: int = 200
    reply: Any = None

    @property
    def method(self) -> str:
        return str(self.request.scope["method"])

    @property
    def url_path(self) -> str:
        return str(self.request.scope["path"])


Stage = Callable[["FakeOmi", Exchange], Awaitable[None]]


def required_scope(method: str, path: str) -> str | None:
    """The scope a /v1/dev/user route needs: `<resource>:read` to read (and ask), else `:write`."""
    parts = path.split("/")
    resource = _RESOURCE_SCOPES.get(parts[4]) if len(parts) > 4 else None
    if resource is None:
        return None
    action = "read" if method == "GET" or parts[4] == "ask" else "write"
    return f"{resource}:{action}"


def dumps(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


async def route(app: FakeOmi, ex: Exchange) -> None:
    """Starlette's router: 405 for a known path with another method, 307 for a path that matches
    only with its trailing slash toggled (FastAPI's redirect_slashes), else 404. Before auth."""
    op, params, allowed = app.router.match(ex.method, ex.url_path)
    if op is not None:
        ex.op, ex.path_params = op, params
        return
    if allowed:
        raise HTTPError(405, "Method Not Allowed", {"allow": ", ".join(sorted(allowed))})
    moved = _slash_redirect(app, ex)
    if moved is not None:
        raise Answer(307, b"", [(b"location", moved.encode())])
    raise HTTPError(404, "Not Found")


def _slash_redirect(app: FakeOmi, ex: Exchange) -> str | None:
    path = ex.url_path
    if path == "/":
        return None
    other = path.rstrip("/") if path.endswith("/") else path + "/"
    op, _, allowed = app.router.match(ex.method, other)
    if op is None and not allowed:
        return None
    return str(URL(scope={**ex.request.scope, "path": other}))


async def decode_json(app: FakeOmi, ex: Exchange) -> None:
    """The JSON body, decoded before auth as FastAPI does: malformed JSON is a 422 even without
    credentials and never counts against a rate limit. Left as NO_JSON when there is no JSON to
    decode (no body, or another content type: parse_body reports those after auth)."""
    if ex.op.body_schema is None:
        return
    raw = await ex.request.body()
    content_type = (
        ex.request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
    )
    if not raw or not (content_type == "application/json" or content_type.endswith("+json")):
        return
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as exc:
        error = {"loc": ["body", exc.pos], "ctx": {"error": exc.msg}}
    except Exception:  # not UTF-8, an int too long for int(), nesting too deep: as FastAPI says
        raise HTTPError(400, "There was an error parsing the body") from None
    else:
        if b"\\u" not in raw or _encodable(value):
            ex.decoded = value
            return
        # A lone surrogate escape parses, but could never be stored or echoed (the real server
        # would fail later, with a 500).
        error = {"loc": ["body", 0], "ctx": {"error": "lone surrogate in a string"}}
    detail = {"type": "json_invalid", "loc": error["loc"], "msg": "JSON decode error"}
    raise HTTPError(422, [{**detail, "input": {}, "ctx": error["ctx"]}])


def _encodable(value: Any) -> bool:
    try:
        json.dumps(value, ensure_ascii=False).encode()
    except UnicodeEncodeError:
        return False
    return True


async def authenticate(app: FakeOmi, ex: Exchange) -> None:
    """Who is calling, the way each security scheme answers (401), then the route's scope (403)."""
    op, header = ex.op, ex.request.headers.get("authorization")
    if "firebaseBearer" in op.security:
        ex.uid = app.auth.firebase_uid(header)
        return
    if not op.security:
        return
    principal = app.auth.dev_key(header)
    needed = required_scope(op.method, op.path)
    if needed and needed not in principal.scopes:
        raise HTTPError(403, f"Insufficient permissions. Required scope: {needed}")
    ex.uid, ex.principal = principal.uid, principal


async def inject_fault(app: FakeOmi, ex: Exchange) -> None:
    """Scripted, header-requested or seeded faults. They strike authenticated requests, like the
    limiter and handlers they stand for; a drop "after" is carried out once the handler ran."""
    fault = app.faults.decide(
        ex.op.operation_id, ex.method, ex.url_path, ex.request.headers.get(HEADER)
    )
    ex.fault = fault
    if fault.latency:
        await asyncio.sleep(fault.latency)  # real time on purpose: it meets the client's timeout
    if fault.drop == "before":
        raise Drop
    if fault.status == 500:
        raise Answer(500, b"Internal Server Error", _PLAIN)
    if fault.status == 503:
        raise HTTPError(503, _UNAVAILABLE.get(ex.op.operation_id, "Rate limiter unavailable"))
    if fault.status == 504:  # the TimeoutMiddleware's answer: no body at all
        raise Answer(504, b"", [])
    if fault.status == 429:
        # Named after the operation's real policy, even with the limits off.
        policy = policy_of(ex.op.operation_id) or "dev:memories"
        limit = app.limiter.limit(policy) if app.limiter else effective_limit(policy)
        raise too_many_requests(limit, 1)


async def parse_params(app: FakeOmi, ex: Exchange) -> None:
    """Path and query parameters, typed as FastAPI would; errors are kept for reject_invalid."""
    sources = {"path": ex.path_params, "query": ex.request.query_params}
    values = {"path": ex.path, "query": ex.query}
    for param in ex.op.parameters:
        raw = sources[param.location].get(param.name)
        if raw is None:
            if param.required:
                ex.errors.append(
                    {
                        "type": "missing",
                        "loc": [param.location, param.name],
                        "msg": "Field required",
                        "input": None,
                    }
                )
            values[param.location][param.name] = param.default
            continue
        # A query string is validated like any value: pydantic's lax mode reads "5" as 5.
        loc: list[str | int] = [param.location, param.name]
        value, problems = app.router.validator.validate(param.schema, raw, loc)
        ex.errors.extend(problems)
        values[param.location][param.name] = value


async def rate_limit(app: FakeOmi, ex: Exchange) -> None:
    """Count the request against its route's policy (429 over the limit): a dependency, so
    after auth and scope and before any validation (requests that then fail it still count)."""
    policy = policy_of(ex.op.operation_id)
    if app.limiter is None or ex.principal is None or policy is None:
        return
    app.limiter.hit(ex.principal.key_id, policy)


async def parse_body(app: FakeOmi, ex: Exchange) -> None:
    """The body against the operation's schema; errors are kept for reject_invalid."""
    op = ex.op
    if op.body_schema is None:
        return
    if ex.decoded is not NO_JSON and ex.decoded is not None:
        ex.body, problems = app.router.validator.validate(op.body_schema, ex.decoded, ["body"])
        ex.errors.extend(problems)
        return
    raw = await ex.request.body()
    if not raw or ex.decoded is None:  # FastAPI treats a JSON null as no body
        if op.body_required:
            ex.errors.append(
                {"type": "missing", "loc": ["body"], "msg": "Field required", "input": None}
            )
        return
    text = raw.decode("utf-8", errors="replace")
    msg = "Input should be a valid dictionary or object to extract fields from"
    ex.errors.append({"type": "model_attributes_type", "loc": ["body"], "msg": msg, "input": text})


async def reject_invalid(app: FakeOmi, ex: Exchange) -> None:
    """Every path, query and body error in one 422, as FastAPI collects them."""
    if ex.errors:
        raise HTTPError(422, json_safe(ex.errors))


async def rate_limit_transcripts(app: FakeOmi, ex: Exchange) -> None:
    """A conversation read with transcripts is also charged to the transcript policy: by the
    handler (check_conversation_transcript_read_limit), so only once the query is valid, and
    before the handler looks anything up (a 404 still counts)."""
    if app.limiter is None or ex.principal is None:
        return
    if ex.op.operation_id in TRANSCRIPT_OPERATIONS and ex.query.get("include_transcript"):
        app.limiter.hit(ex.principal.key_id, TRANSCRIPT_POLICY)


async def handle(app: FakeOmi, ex: Exchange) -> None:
    """The operation's semantics (an operation nobody taught the fake answers a minimal valid
    body synthesized from the spec)."""
    op = ex.op
    handler = app.semantics.handler(op.method, op.path)
    if handler is None:
        ex.status, ex.reply = op.success_status, synthesize(app.router.validator, op.success_schema)
        return
    call = Call(
        op=op, uid=ex.uid, principal=ex.principal, path=ex.path, query=ex.query, body=ex.body
    )
    result = handler(call)
    if asyncio.iscoroutine(result):
        result = await result
    if isinstance(result, Reply):
        ex.status, ex.reply = result.status, result.body
    else:
        ex.status, ex.reply = op.success_status, result


#: The order of the stages, as the real (FastAPI) server runs them.
STAGES: tuple[Stage, ...] = (
    route,
    decode_json,
    authenticate,
    inject_fault,
    rate_limit,
    parse_params,
    parse_body,
    reject_invalid,
    rate_limit_transcripts,
    handle,
)
