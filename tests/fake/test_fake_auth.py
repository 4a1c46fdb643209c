"""Auth as the real server answers it: key format, 401 shapes, scopes, 403, Firebase-only keys."""

from __future__ import annotations

import httpx
import pytest
from fake_helpers import json_of
from omi_client.testing import READ_SCOPES, SCOPES, FakeOmiServer

MEM = "/v1/dev/user/memories"
MISSING = {"detail": "Missing or invalid Authorization header. Must be 'Bearer API_KEY'"}
INVALID = {"detail": "Invalid API Key"}


@pytest.mark.parametrize("header", [None, "", "Token abc", "Bearer", "bearer omi_dev_" + "0" * 32])
def test_missing_or_malformed_header_is_401_with_the_bearer_hint(
    server: FakeOmiServer, header: str | None
) -> None:
    headers = {"Authorization": header} if header is not None else {}
    response = httpx.get(server.base_url + MEM, headers=headers)
    assert json_of(response, 401) == MISSING


@pytest.mark.parametrize(
    "key", ["omi_dev_" + "0" * 32, "omi_dev_short", "sk_live_123", "omi_dev_" + "G" * 32]
)
def test_unknown_or_misshapen_key_is_401_invalid_api_key(server: FakeOmiServer, key: str) -> None:
    response = httpx.get(server.base_url + MEM, headers={"Authorization": f"Bearer {key}"})
    assert json_of(response, 401) == INVALID


def test_a_read_only_key_reads_but_cannot_write(server: FakeOmiServer) -> None:
    headers = {"Authorization": f"Bearer {server.issue_key(scopes=list(READ_SCOPES))}"}
    with httpx.Client(base_url=server.base_url, headers=headers) as client:
        assert json_of(client.get(MEM)) == []
        assert json_of(client.get("/v1/dev/user/goals")) == []
        denied = client.post(MEM, json={"content": "nope"})
        assert json_of(denied, 403) == {
            "detail": "Insufficient permissions. Required scope: memories:write"
        }
    assert server.count("memories") == 0


@pytest.mark.parametrize(
    ("method", "path", "body", "scope"),
    [
        ("GET", MEM, None, "memories:read"),
        ("GET", "/v1/dev/user/memories/vector/search?query=x", None, "memories:read"),
        ("POST", "/v1/dev/user/action-items", {"description": "x"}, "action_items:write"),
        ("GET", "/v1/dev/user/conversations", None, "conversations:read"),
        ("GET", "/v1/dev/user/folders", None, "conversations:read"),
        ("POST", "/v1/dev/user/ask", {"question": "x"}, "conversations:read"),
        ("DELETE", "/v1/dev/user/goals/g1", None, "goals:write"),
    ],
)
def test_each_route_names_the_scope_it_needs(
    server: FakeOmiServer, method: str, path: str, body: object, scope: str
) -> None:
    other = [s for s in SCOPES if s != scope]
    denied = httpx.request(
        method,
        server.base_url + path,
        json=body,
        headers={"Authorization": f"Bearer {server.issue_key(scopes=other)}"},
    )
    assert json_of(denied, 403) == {"detail": f"Insufficient permissions. Required scope: {scope}"}
    allowed = httpx.request(
        method,
        server.base_url + path,
        json=body,
        headers={"Authorization": f"Bearer {server.issue_key(scopes=[scope])}"},
    )
    assert allowed.status_code in (200, 404), allowed.text


def test_auth_comes_before_validation(server: FakeOmiServer) -> None:
    response = httpx.post(server.base_url + MEM, json={"content": ""})
    assert json_of(response, 401) == MISSING


def test_a_firebase_token_is_no_developer_key(server: FakeOmiServer) -> None:
    token = {"Authorization": f"Bearer {server.firebase_token}"}
    assert json_of(httpx.get(server.base_url + MEM, headers=token), 401) == INVALID


def test_key_lifecycle_create_list_use_revoke(server: FakeOmiServer) -> None:
    token = {"Authorization": f"Bearer {server.firebase_token}"}
    with httpx.Client(base_url=server.base_url, headers=token) as keys:
        created = json_of(
            keys.post("/v1/dev/keys", json={"name": "ci", "scopes": ["memories:read"]})
        )
        assert created["key"].startswith("omi_dev_") and len(created["key"]) == 40
        assert created["scopes"] == ["memories:read"]
        listed = json_of(keys.get("/v1/dev/keys"))
        assert created["id"] in [k["id"] for k in listed]
        assert all("key" not in k for k in listed)  # the secret is shown once, at creation
        use = {"Authorization": f"Bearer {created['key']}"}
        assert httpx.get(server.base_url + MEM, headers=use).status_code == 200
        revoked = keys.delete(f"/v1/dev/keys/{created['id']}")
        assert revoked.status_code == 204 and revoked.content == b""
        assert "content-length" not in revoked.headers  # RFC 9110: never on a 204 (as Starlette)
        assert "content-type" not in revoked.headers
        assert json_of(httpx.get(server.base_url + MEM, headers=use), 401) == INVALID
        assert keys.delete(f"/v1/dev/keys/{created['id']}").status_code == 204  # idempotent


def test_users_are_isolated(server: FakeOmiServer) -> None:
    other = server.app.create_key("someone-else")
    httpx.post(
        server.base_url + MEM,
        json={"content": "mine"},
        headers={"Authorization": f"Bearer {server.api_key}"},
    )
    theirs = httpx.get(server.base_url + MEM, headers={"Authorization": f"Bearer {other}"})
    assert json_of(theirs) == []
    token = {"Authorization": f"Bearer {server.app.firebase_token('someone-else')}"}
    assert len(json_of(httpx.get(server.base_url + "/v1/dev/keys", headers=token))) == 1
