"""Key management and scopes as the real server's code has them (docs/fidelity.md: SCOPE-*,
KEY-*, AUTH-3/5/7): what a key may do, how keys are created, listed and revoked, and how the
Firebase-authenticated key routes answer a bad Authorization header."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from fake_helpers import json_of
from omi_client.testing import SCOPES, FakeOmiServer, ManualClock

KEYS = "/v1/dev/keys"
MEM = "/v1/dev/user/memories"
READ = ["conversations:read", "memories:read", "action_items:read", "goals:read"]
INVALID_SCOPES = (
    "Invalid scopes. Available: ['conversations:read', 'conversations:write', 'memories:read', "
    "'memories:write', 'action_items:read', 'action_items:write', 'goals:read', 'goals:write']"
)
MCP_DETAIL = (
    "MCP API keys (omi_mcp_...) only authenticate the MCP endpoints under /v1/mcp/ (for example "
    "GET /v1/mcp/memories, GET /v1/mcp/conversations) and the MCP server at /v1/mcp/sse. This "
    "endpoint requires a Developer API key (Settings -> Developer -> Create Key)."
)


@pytest.fixture
def keys(server: FakeOmiServer) -> httpx.Client:
    token = {"Authorization": f"Bearer {server.firebase_token}"}
    return httpx.Client(base_url=server.base_url, headers=token, timeout=10)


def _as(server: FakeOmiServer, key: str) -> httpx.Client:
    return httpx.Client(base_url=server.base_url, headers={"Authorization": f"Bearer {key}"})


# -- scopes -------------------------------------------------------------------------------------
def test_a_key_with_an_empty_scope_list_can_do_nothing(
    server: FakeOmiServer, keys: httpx.Client
) -> None:
    created = json_of(keys.post(KEYS, json={"name": "none", "scopes": []}))
    assert created["scopes"] == []
    with _as(server, created["key"]) as http:
        for path, scope in ((MEM, "memories:read"), ("/v1/dev/user/goals", "goals:read")):
            denied = {"detail": f"Insufficient permissions. Required scope: {scope}"}
            assert json_of(http.get(path), 403) == denied


@pytest.mark.parametrize("body", [{"name": "r"}, {"name": "r", "scopes": None}])
def test_no_scopes_given_stores_the_four_read_scopes(
    server: FakeOmiServer, keys: httpx.Client, body: dict[str, Any]
) -> None:
    created = json_of(keys.post(KEYS, json=body))
    assert created["scopes"] == READ
    [listed] = [k for k in json_of(keys.get(KEYS)) if k["id"] == created["id"]]
    assert listed["scopes"] == READ
    with _as(server, created["key"]) as http:
        assert json_of(http.get(MEM)) == []
        assert http.post(MEM, json={"content": "x"}).status_code == 403


def test_an_unknown_scope_is_a_400_with_the_available_list(keys: httpx.Client) -> None:
    response = keys.post(KEYS, json={"name": "x", "scopes": ["memories:read", "root"]})
    assert json_of(response, 400) == {"detail": INVALID_SCOPES}


def test_scopes_are_deduplicated_into_canonical_order(keys: httpx.Client) -> None:
    body = {"name": "x", "scopes": ["goals:write", "memories:read", "goals:write"]}
    assert json_of(keys.post(KEYS, json=body))["scopes"] == ["memories:read", "goals:write"]


# -- creating, listing, revoking ----------------------------------------------------------------
@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_a_blank_name_is_a_422_with_a_string_detail(keys: httpx.Client, name: str) -> None:
    # The name is checked before the scopes.
    response = keys.post(KEYS, json={"name": name, "scopes": ["root"]})
    assert json_of(response, 422) == {"detail": "Key name cannot be empty"}


def test_the_name_is_stored_stripped_and_may_not_hold_a_raw_key(keys: httpx.Client) -> None:
    assert json_of(keys.post(KEYS, json={"name": "  ci runner "}))["name"] == "ci runner"
    leaked = {"name": "backup of omi_dev_" + "ab" * 16}
    assert json_of(keys.post(KEYS, json=leaked), 422) == {
        "detail": "API key name must not contain a raw API key"
    }


def test_key_prefix_shows_the_first_and_last_four_of_the_secret(keys: httpx.Client) -> None:
    created = json_of(keys.post(KEYS, json={"name": "p"}))
    key, prefix = created["key"], created["key_prefix"]
    assert re.fullmatch(r"omi_dev_[0-9a-f]{32}", key)
    assert re.fullmatch(r"omi_dev_[0-9a-f]{4}\.\.\.[0-9a-f]{4}", prefix)
    assert prefix == f"omi_dev_{key[8:12]}...{key[-4:]}"
    assert created["last_used_at"] is None
    assert created["created_at"].endswith("Z")  # pydantic's UTC form, not +00:00


def test_keys_are_listed_newest_first(omi_fake_factory: Any) -> None:
    server = omi_fake_factory(rate_limits=False, clock=ManualClock())
    token = {"Authorization": f"Bearer {server.firebase_token}"}
    with httpx.Client(base_url=server.base_url, headers=token) as keys:
        server.clock.advance(seconds=1)
        first = json_of(keys.post(KEYS, json={"name": "a"}))
        server.clock.advance(seconds=1)
        second = json_of(keys.post(KEYS, json={"name": "b"}))
        third = json_of(keys.post(KEYS, json={"name": "c"}))  # same instant as the second
        listed = [k["id"] for k in json_of(keys.get(KEYS))]
    same_time = sorted([second["id"], third["id"]])  # ties: by id
    assert listed == [*same_time, first["id"], listed[-1]]  # the server's own key is oldest


def test_revoking_is_always_a_204(server: FakeOmiServer, keys: httpx.Client) -> None:
    created = json_of(keys.post(KEYS, json={"name": "gone"}))
    for key_id in (created["id"], created["id"], "does-not-exist"):
        revoked = keys.delete(f"{KEYS}/{key_id}")
        assert revoked.status_code == 204 and revoked.content == b""
    theirs = server.app.create_key("someone-else")
    [their_id] = [k["id"] for k in server.app.items("keys", "someone-else")]
    assert keys.delete(f"{KEYS}/{their_id}").status_code == 204  # a silent no-op ...
    with _as(server, theirs) as http:
        assert http.get(MEM).status_code == 200  # ... their key still works


# -- the Firebase-authenticated routes (FastAPI 0.121 HTTPBearer) -------------------------------
@pytest.mark.parametrize("header", [None, "", "Bearer"])
def test_key_routes_without_credentials_are_403_not_authenticated(
    server: FakeOmiServer, header: str | None
) -> None:
    headers = {"Authorization": header} if header is not None else {}
    response = httpx.get(server.base_url + KEYS, headers=headers)
    assert json_of(response, 403) == {"detail": "Not authenticated"}
    assert "www-authenticate" not in response.headers


def test_key_routes_take_any_case_of_bearer_and_no_other_scheme(server: FakeOmiServer) -> None:
    url = server.base_url + KEYS
    token = server.firebase_token
    assert httpx.get(url, headers={"Authorization": f"bearer {token}"}).status_code == 200
    assert httpx.get(url, headers={"Authorization": f"BEARER {token}"}).status_code == 200
    other = httpx.get(url, headers={"Authorization": f"Token {token}"})
    assert json_of(other, 403) == {"detail": "Invalid authentication credentials"}


def test_a_bad_token_or_a_dev_key_on_the_key_routes_is_401(server: FakeOmiServer) -> None:
    url = server.base_url + KEYS
    bad = {"detail": "Invalid authentication credentials"}
    for token in (server.api_key, server.firebase_token[:-4] + "AAAA", f" {server.firebase_token}"):
        assert json_of(httpx.get(url, headers={"Authorization": f"Bearer {token}"}), 401) == bad


# -- developer-key edge cases -------------------------------------------------------------------
def test_a_double_space_after_bearer_is_an_invalid_key(server: FakeOmiServer) -> None:
    response = httpx.get(
        server.base_url + MEM, headers={"Authorization": f"Bearer  {server.api_key}"}
    )
    assert json_of(response, 401) == {"detail": "Invalid API Key"}


def test_an_mcp_key_is_told_it_is_the_wrong_family(server: FakeOmiServer) -> None:
    response = httpx.get(
        server.base_url + MEM, headers={"Authorization": "Bearer omi_mcp_" + "0" * 32}
    )
    assert json_of(response, 401) == {"detail": MCP_DETAIL}


def test_last_used_at_is_written_on_an_auth_cache_miss_only(omi_fake_factory: Any) -> None:
    server = omi_fake_factory(rate_limits=False, clock=ManualClock())

    def last_used() -> str | None:
        [key] = server.app.items("keys")
        return key["last_used_at"]  # type: ignore[no-any-return]

    assert last_used() is None
    with _as(server, server.api_key) as http:
        http.get(MEM)
        first = last_used()
        assert first is not None
        server.clock.advance(minutes=59)
        http.get(MEM)
        assert last_used() == first  # served from the auth cache
        server.clock.advance(minutes=2)
        http.get(MEM)
        assert last_used() != first  # the cache entry expired after an hour


def test_every_scope_name_is_known(keys: httpx.Client) -> None:
    assert json_of(keys.post(KEYS, json={"name": "all", "scopes": list(SCOPES)}))["scopes"] == list(
        SCOPES
    )


def test_key_routes_authenticate_before_validating_the_body(server: FakeOmiServer) -> None:
    response = httpx.post(server.base_url + KEYS, json={})
    assert json_of(response, 403) == {"detail": "Not authenticated"}
