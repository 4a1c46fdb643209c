"""Auth as the real server answers it: key format, 401 shapes, scopes, 403, Firebase-only keys."""

from __future__ import annotations

import httpx
import pytest
from fake_helpers import json_of
from omi_client.testing import SCOPES, FakeOmiServer

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


def test_key_without_scopes_is_read_only(server: FakeOmiServer) -> None:
    headers = {"Authorization": f"Bearer {server.issue_key(scopes=[])}"}
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


def test_key_routes_take_a_firebase_token_not_a_dev_key(server: FakeOmiServer) -> None:
    url = server.base_url + "/v1/dev/keys"
    assert json_of(httpx.get(url), 401) == {"detail": "Authorization header not found"}
    bad = {"detail": "Invalid authorization token"}
    assert (
        json_of(httpx.get(url, headers={"Authorization": f"Bearer {server.api_key}"}), 401) == bad
    )
    forged = server.firebase_token[:-4] + (
        "AAAA" if not server.firebase_token.endswith("AAAA") else "BBBB"
    )
    assert json_of(httpx.get(url, headers={"Authorization": f"Bearer {forged}"}), 401) == bad
    # ... and a Firebase token is no developer key.
    token = {"Authorization": f"Bearer {server.firebase_token}"}
    assert json_of(httpx.get(server.base_url + MEM, headers=token), 401) == INVALID


def test_key_lifecycle_create_list_use_revoke(server: FakeOmiServer) -> None:
    token = {"Authorization": f"Bearer {server.firebase_token}"}
    with httpx.Client(base_url=server.base_url, headers=token) as keys:
        created = json_of(
            keys.post("/v1/dev/keys", json={"name": "ci", "scopes": ["memories:read"]})
        )
        assert created["key"].startswith("omi_dev_") and len(created["key"]) == 40
        assert created["key_prefix"] == created["key"][:12] and created["scopes"] == [
            "memories:read"
        ]
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
        assert json_of(keys.delete(f"/v1/dev/keys/{created['id']}"), 404) == {
            "detail": "API key not found"
        }


def test_unknown_scope_names_are_a_422(server: FakeOmiServer) -> None:
    token = {"Authorization": f"Bearer {server.firebase_token}"}
    response = httpx.post(
        server.base_url + "/v1/dev/keys", headers=token, json={"name": "x", "scopes": ["root"]}
    )
    [error] = json_of(response, 422)["detail"]
    assert error["type"] == "value_error" and error["loc"] == ["body", "scopes"]
    assert "Invalid scopes: root" in error["msg"]


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
