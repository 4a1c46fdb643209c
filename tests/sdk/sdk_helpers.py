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
