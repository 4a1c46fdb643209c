"""The plumbing every resource's semantics share: the validated request a handler gets, the reply
it may give instead of a plain body, and how a handler declares the route it serves.

Routes are declared on the methods (``@route("GET /v1/dev/user/memories")``) and bound per
instance by :class:`~omi_client.testing.semantics.Semantics`, so two fakes never share a table.
Handlers are keyed by "METHOD path", not operationId, so a renamed operationId upstream does not
unhook them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from .._auth import Auth, Principal
from .._clock import Clock
from .._routes import Operation
from .._store import Store

if TYPE_CHECKING:
    from . import Semantics

Handler = Callable[["Call"], Any]
_F = TypeVar("_F", bound=Callable[..., Any])
_ROUTE_ATTR = "__fake_omi_route__"


@dataclass(slots=True)
class Call:
    """One validated request, as a handler sees it."""

    op: Operation
    uid: str
    principal: Principal | None
    path: dict[str, Any]
    query: dict[str, Any]
    body: Any


@dataclass(frozen=True, slots=True)
class Reply:
    """A success with a status other than the spec's first 2xx, or with no body."""

    status: int
    body: Any = None


def route(spec: str) -> Callable[[_F], _F]:
    """Mark a method as the handler of ``"METHOD /path/{param}"`` (bound per instance)."""

    def mark(fn: _F) -> _F:
        setattr(fn, _ROUTE_ATTR, spec)
        return fn

    return mark


@dataclass(frozen=True, slots=True)
class Env:
    """What the semantics of every resource may use: storage, identity, time, the spec's enums."""

    store: Store
    auth: Auth
    clock: Clock
    spec: dict[str, Any]
    processing_delay: float = 0.0

    def now(self) -> str:
        """A server timestamp: UTC with microseconds, so timestamps sort as strings."""
        return self.clock.iso()

    def enum(self, schema: str) -> list[str]:
        """The values of one of the spec's enum schemas (empty when the spec has none)."""
        schemas = self.spec.get("components", {}).get("schemas", {})
        return [str(v) for v in schemas.get(schema, {}).get("enum", [])]


class Resource:
    """One resource's semantics. ``world`` reaches the other resources (a conversation files
    itself in a folder and creates action items)."""

    def __init__(self, env: Env, world: Semantics) -> None:
        self.env = env
        self.store = env.store
        self.world = world

    def routes(self) -> Iterator[tuple[str, Handler]]:
        """("METHOD path", bound handler) for every @route method of this resource."""
        for name in dir(type(self)):
            spec = getattr(getattr(type(self), name), _ROUTE_ATTR, None)
            if spec is not None:
                yield spec, getattr(self, name)
