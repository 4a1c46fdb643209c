"""Assertions the conformance tests share (imported as ``checks``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import httpx

MEMORIES = "/v1/dev/user/memories"
ACTION_ITEMS = "/v1/dev/user/action-items"
CONVERSATIONS = "/v1/dev/user/conversations"
FROM_SEGMENTS = "/v1/dev/user/conversations/from-segments"
GOALS = "/v1/dev/user/goals"
FOLDERS = "/v1/dev/user/folders"
ASK = "/v1/dev/user/ask"
VECTOR = "/v1/dev/user/memories/vector/search"


def ok(response: httpx.Response, status: int = 200) -> Any:
    """The JSON body, after checking the exact status."""
    assert response.status_code == status, (
        f"{status} expected: {response.status_code} {response.text}"
    )
    return response.json()


def string_detail(response: httpx.Response, status: int) -> str:
    """A handler-raised error: the exact status and a string `detail`."""
    body = ok(response, status)
    assert isinstance(body.get("detail"), str), f"a string detail expected: {body}"
    return str(body["detail"])


def list_detail(response: httpx.Response, status: int = 422) -> list[dict[str, Any]]:
    """A framework (pydantic) error: the exact status and a list `detail`."""
    body = ok(response, status)
    assert isinstance(body.get("detail"), list), f"a list detail expected: {body}"
    return list(body["detail"])


def instant(value: str) -> datetime:
    """A response timestamp as an aware datetime (never compare timestamp strings)."""
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def mine(records: list[dict[str, Any]], ids: list[str]) -> list[str]:
    """The ids of `records` that are among `ids`, in listed order (other data is ignored)."""
    wanted = set(ids)
    return [r["id"] for r in records if r["id"] in wanted]
