"""What each operation does to the store, one module per resource.

Routing, auth, rate limits and input validation have already happened when a handler runs: it
gets typed, defaulted inputs (a :class:`Call`) and returns the success body, a :class:`Reply`, or
raises :class:`~omi_client.testing._errors.HTTPError`. The rules come from the real server's code
(docs/fidelity.md cites each).
"""

from __future__ import annotations

from ._base import Call, Env, Handler, Reply, Resource, route
from .action_items import ActionItems
from .conversations import Conversations
from .folders import Folders
from .goals import Goals
from .keys import Keys
from .memories import Memories

__all__ = ["Call", "Env", "Handler", "Reply", "Resource", "Semantics", "route"]


class Semantics:
    """Every resource's semantics for one fake, and the route table built from them.

    The table is per instance: two fakes (even with different specs) share no state.
    """

    def __init__(self, env: Env) -> None:
        self.env = env
        self.memories = Memories(env, self)
        self.action_items = ActionItems(env, self)
        self.folders = Folders(env, self)
        self.conversations = Conversations(env, self)
        self.goals = Goals(env, self)
        self.keys = Keys(env, self)
        resources: tuple[Resource, ...] = (
            self.memories,
            self.action_items,
            self.folders,
            self.conversations,
            self.goals,
            self.keys,
        )
        self.routes: dict[str, Handler] = {
            spec: handler for resource in resources for spec, handler in resource.routes()
        }

    def handler(self, method: str, path: str) -> Handler | None:
        """The handler of "METHOD path" (the spec's path template), or None if none is taught."""
        return self.routes.get(f"{method} {path}")
