"""Shared helpers for the SDK tests (imported as ``sdk_helpers``).

Unit tests of parsing and retry decisions use httpx.MockTransport (a scripted server); everything
that exercises real behaviour talks HTTP to the fake Omi server (fixtures ``omi_server`` /
``omi_fake`` from omi_client.testing's pytest plugin).
"""

from __future__ import annotations

import asyncio
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
        # A fresh copy: the same scripted answer may serve the sync and the async run.
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

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


class Clients:
    """Builds the client a test drives: Omi in the "sync" run, AsyncOmi in the "async" run.

    An AsyncOmi is wrapped in :class:`Syncify`, so one test body drives both clients through the
    same calls. ``requests`` records every request either client really sent (an httpx event
    hook on the client's own transport), so tests can assert what went out to the fake server.
    """

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.loop = asyncio.new_event_loop() if mode == "async" else None
        self.requests: list[httpx.Request] = []
        # Headers as sent: an error scrubs the key from its request afterwards.
        self.sent_headers: list[dict[str, str]] = []
        self._closers: list[Callable[[], Any]] = []

    @property
    def is_async(self) -> bool:
        return self.mode == "async"

    def scripted(self, handler: Handler, **kw: Any) -> Any:
        """A client whose transport is a scripted handler (unit tests of client logic)."""
        kw.setdefault("retry_policy", FAST)
        return self.client(KEY, transport=httpx.MockTransport(handler), **kw)

    def fake(self, server: Any, **kw: Any) -> Any:
        """A client of the fake Omi server, with its key and Firebase token."""
        kw.setdefault("retry_policy", FAST)
        kw.setdefault("firebase_token", server.firebase_token)
        return self.client(server.api_key, base_url=server.base_url, **kw)

    def client(self, api_key: str | None = None, *, transport: Any = None, **kw: Any) -> Any:
        """Omi/AsyncOmi(api_key, **kw) over ``transport`` (default: real HTTP), recorded."""

        def log(request: httpx.Request) -> None:
            self.requests.append(request)
            self.sent_headers.append(dict(request.headers))

        if self.loop is None:
            sync_http = httpx.Client(transport=transport, event_hooks={"request": [log]})
            omi = Omi(api_key, http_client=sync_http, **kw)
            self._closers.append(sync_http.close)
            return omi

        async def record(request: httpx.Request) -> None:
            log(request)

        async_http = httpx.AsyncClient(transport=transport, event_hooks={"request": [record]})
        async_omi = AsyncOmi(api_key, http_client=async_http, **kw)
        loop = self.loop
        self._closers.append(lambda: loop.run_until_complete(async_http.aclose()))
        return Syncify(async_omi, self.loop)

    def bodies(self) -> list[Any]:
        return [json.loads(r.content) if r.content else None for r in self.requests]

    def close(self) -> None:
        for closer in reversed(self._closers):
            closer()
        if self.loop is not None:
            self.loop.close()


# Objects of these modules are driven (their coroutine methods run to completion); anything else
# (settings, models, results) is handed back as it is.
_DRIVEN = ("omi_client._async", "omi_client.resources", "omi_client._client")


def _driven(value: Any) -> bool:
    return type(value).__module__.startswith(_DRIVEN)


class Syncify:
    """Drive an AsyncOmi with sync-looking calls, so one scenario covers both clients.

    Every coroutine is run to completion on the given loop, and async iterators are drained,
    so the async resource methods really run (over HTTP) while the scenario stays shared.
    """

    def __init__(self, target: Any, loop: Any) -> None:
        self._target = target
        self._loop = loop

    @property
    def wrapped(self) -> Any:
        return self._target

    def __repr__(self) -> str:
        return repr(self._target)

    def __dir__(self) -> list[str]:
        return dir(self._target)

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if not callable(value):
            return Syncify(value, self._loop) if _driven(value) else value

        def call(*args: Any, **kwargs: Any) -> Any:
            result = value(*args, **kwargs)
            if hasattr(result, "__anext__"):

                async def drain() -> list[Any]:
                    return [item async for item in result]

                return iter(self._loop.run_until_complete(drain()))
            if hasattr(result, "__await__"):
                result = self._loop.run_until_complete(result)
            return Syncify(result, self._loop) if _driven(result) else result

        return call
