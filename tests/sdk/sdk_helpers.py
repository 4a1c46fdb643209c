"""Shared helpers for the SDK tests (imported as ``sdk_helpers``).

Unit tests of parsing and retry decisions use httpx.MockTransport (a scripted server); everything
that exercises real behaviour talks HTTP to the fake Omi server (fixtures ``omi_server`` /
``omi_fake`` from omi_client.testing's pytest plugin).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
from omi_client import AsyncOmi, Omi, RetryPolicy

KEY = "omi_dev_" + "0123456789abcdef" * 2
FAST = RetryPolicy(max_retries=2, initial_backoff=0.001, max_backoff=0.01, max_retry_after=5)

Handler = Callable[[httpx.Request], httpx.Response]


class Script:
    """A scripted server: answers come from a list (responses, exceptions or callables)."""

    def __init__(self, *answers: Any) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer):
            result: httpx.Response = answer(request)
            return result
        assert isinstance(answer, httpx.Response)
        return answer

    def bodies(self) -> list[Any]:
        return [json.loads(r.content) if r.content else None for r in self.requests]


def ok(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def err(status: int, detail: Any = "boom", headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json={"detail": detail}, headers=headers)


def mock_omi(handler: Handler, **kw: Any) -> Omi:
    kw.setdefault("retry_policy", FAST)
    http = httpx.Client(transport=httpx.MockTransport(handler), base_url="https://api.omi.me")
    return Omi(KEY, http_client=http, **kw)


def mock_async_omi(handler: Handler, **kw: Any) -> AsyncOmi:
    kw.setdefault("retry_policy", FAST)
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return AsyncOmi(KEY, http_client=http, **kw)


MEMORY = {"id": "m1", "content": "likes tea", "category": "interesting", "tags": []}


# One representative wrapper call per operation: (resource, method, args, kwargs).
SEGMENT = {"text": "hello there", "start": 0.0, "end": 1.5}
CALLS: dict[str, tuple[str, str, tuple[Any, ...], dict[str, Any]]] = {
    "listMemories": ("memories", "list", (), {}),
    "createMemory": ("memories", "create", ("likes tea",), {}),
    "createMemoriesBatch": ("memories", "create_many", (["a"],), {}),
    "updateMemory": ("memories", "update", ("m1",), {"content": "x"}),
    "deleteMemory": ("memories", "delete", ("m1",), {}),
    "searchMemoriesVector": ("memories", "search", ("tea",), {}),
    "listConversations": ("conversations", "list", (), {}),
    "getConversation": ("conversations", "get", ("c1",), {}),
    "createConversation": ("conversations", "create", ("we talked",), {}),
    "createConversationFromSegments": ("conversations", "create_from_segments", ([SEGMENT],), {}),
    "updateConversation": ("conversations", "update", ("c1",), {"title": "t"}),
    "deleteConversation": ("conversations", "delete", ("c1",), {}),
    "ask": ("conversations", "ask", ("what?",), {}),
    "listActionItems": ("action_items", "list", (), {}),
    "createActionItem": ("action_items", "create", ("call mom",), {}),
    "createActionItemsBatch": ("action_items", "create_many", (["a"],), {}),
    "updateActionItem": ("action_items", "update", ("a1",), {"completed": True}),
    "deleteActionItem": ("action_items", "delete", ("a1",), {}),
    "listGoals": ("goals", "list", (), {}),
    "getGoal": ("goals", "get", ("g1",), {}),
    "createGoal": ("goals", "create", ("run",), {}),
    "updateGoal": ("goals", "update", ("g1",), {"title": "t"}),
    "updateGoalProgress": ("goals", "set_progress", ("g1", 3), {}),
    "listGoalHistory": ("goals", "history", ("g1",), {}),
    "deleteGoal": ("goals", "delete", ("g1",), {}),
    "listFolders": ("folders", "list", (), {}),
    "listApiKeys": ("keys", "list", (), {}),
    "createApiKey": ("keys", "create", ("ci",), {}),
    "revokeApiKey": ("keys", "revoke", ("k1",), {}),
}


def invoke(client: Any, operation_id: str) -> Any:
    resource, method, args, kwargs = CALLS[operation_id]
    return getattr(getattr(client, resource), method)(*args, **kwargs)


class Syncify:
    """Drive an AsyncOmi with sync-looking calls, so one scenario covers both clients.

    Every coroutine is run to completion on the given loop, and async iterators are drained,
    so the async resource methods really run (over HTTP) while the scenario stays shared.
    """

    def __init__(self, target: Any, loop: Any) -> None:
        self._target = target
        self._loop = loop

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if not callable(value):
            return Syncify(value, self._loop)

        def call(*args: Any, **kwargs: Any) -> Any:
            result = value(*args, **kwargs)
            if hasattr(result, "__anext__"):

                async def drain() -> list[Any]:
                    return [item async for item in result]

                return iter(self._loop.run_until_complete(drain()))
            if hasattr(result, "__await__"):
                return self._loop.run_until_complete(result)
            return result

        return call
