"""How a request stage or handler ends a request early: an error reply, another reply, no reply."""

from __future__ import annotations

from typing import Any


class HTTPError(Exception):
    """An error reply: FastAPI's `{"detail": ...}` body, plus optional headers."""

    def __init__(self, status: int, detail: Any, headers: dict[str, str] | None = None) -> None:
        super().__init__(status, detail)
        self.status = status
        self.detail = detail
        self.headers = headers or {}


class Answer(Exception):
    """A reply that is not FastAPI's JSON error shape (a redirect, a plain-text 500)."""

    def __init__(self, status: int, payload: bytes, headers: list[tuple[bytes, bytes]]) -> None:
        super().__init__(status)
        self.status = status
        self.payload = payload
        self.headers = headers


class Drop(Exception):
    """No reply at all: the connection is closed, as a crashed proxy would."""
