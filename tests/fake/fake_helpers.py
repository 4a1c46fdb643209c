"""Shared helpers for the fake server's fidelity tests (imported as ``fake_helpers``)."""

from __future__ import annotations

from typing import Any

import httpx


def json_of(response: httpx.Response, status: int = 200) -> Any:
    """The JSON body, after checking the exact status and the JSON content type."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    return response.json()
