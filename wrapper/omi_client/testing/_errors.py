"""The one exception handlers raise to answer with an error status."""

from __future__ import annotations

from typing import Any


class HTTPError(Exception):
    """An error reply: FastAPI's `{"detail": ...}` body, plus optional headers."""

    def __init__(self, status: int, detail: Any, headers: dict[str, str] | None = None) -> None:
        super().__init__(status, detail)
        self.status = status
        self.detail = detail
        self.headers = headers or {}
