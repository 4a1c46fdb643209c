"""A few checks of the shared layers (auth, scopes, keys, limits, errors): the rows belong to the
fake-core track; these exercise what the suite must handle against any server (no key, a Firebase
token or not, a read-only key, a rate limit run out)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest
from checks import MEMORIES, list_detail, ok, string_detail
from harness import Api, Budget
from omi_client.limits import RATE_POLICIES
from suite import SETTINGS, Omi, Target

rule = pytest.mark.rule
READ_SCOPES = ["conversations:read", "memories:read", "action_items:read", "goals:read"]


@pytest.fixture
def anonymous(target: Target) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=target.base_url, timeout=30) as client:
        yield client


@pytest.fixture
def read_only_key(target: Target, firebase_or_none: httpx.Client | None) -> Iterator[str]:
    """A key with the read scopes only: minted by the fake, or created (and revoked) through
    /v1/dev/keys with the Firebase token."""
    if target.powers:
        yield target.powers.key(scopes=READ_SCOPES)
        return
    if firebase_or_none is None:
        pytest.skip("no OMI_FIREBASE_TOKEN: a read-only key cannot be made without one")
    created = ok(
        firebase_or_none.post("/v1/dev/keys", json={"name": SETTINGS.mark, "scopes": READ_SCOPES})
    )
    try:
        yield created["key"]
    finally:
        firebase_or_none.delete(f"/v1/dev/keys/{created['id']}")


@pytest.fixture
def firebase_or_none(target: Target) -> Iterator[httpx.Client | None]:
    if not target.firebase_token:
        yield None
        return
    headers = {"Authorization": f"Bearer {target.firebase_token}"}
    with httpx.Client(base_url=target.base_url, headers=headers, timeout=30) as client:
        yield client


@rule("AUTH-1")
def test_a_missing_key_is_401_with_the_bearer_hint(anonymous: httpx.Client) -> None:
    response = anonymous.get(MEMORIES)
    wanted = "Missing or invalid Authorization header. Must be 'Bearer API_KEY'"
    assert string_detail(response, 401) == wanted
    assert "www-authenticate" not in response.headers


@rule("AUTH-4")
def test_an_unknown_key_is_401_invalid_api_key(anonymous: httpx.Client) -> None:
    response = anonymous.get(MEMORIES, headers={"Authorization": "Bearer omi_dev_zz"})
    assert string_detail(response, 401) == "Invalid API Key"


@rule("SCOPE-6")
def test_a_read_only_key_cannot_write(target: Target, read_only_key: str) -> None:
    api = Api(target.base_url, read_only_key, Budget())
    try:
        response = api.post(MEMORIES, json={"content": "never stored"}, expect=(403,))
        wanted = "Insufficient permissions. Required scope: memories:write"
        assert string_detail(response, 403) == wanted
    finally:
        api.close()


@rule("ORD-1")
def test_a_wrong_method_is_405_before_auth(anonymous: httpx.Client) -> None:
    assert ok(anonymous.delete(MEMORIES), 405) == {"detail": "Method Not Allowed"}


@rule("ERR-2")
def test_a_framework_422_has_no_url(omi: Omi) -> None:
    errors = list_detail(omi.api.get(MEMORIES, params={"limit": "abc"}))
    assert all(set(e) <= {"type", "loc", "msg", "input", "ctx"} for e in errors), errors
    assert errors[0]["loc"] == ["query", "limit"]


@rule("KEY-6")
def test_keys_are_listed_newest_first(firebase: httpx.Client) -> None:
    made = [
        ok(firebase.post("/v1/dev/keys", json={"name": f"{SETTINGS.mark}-{n}", "scopes": []}))
        for n in range(2)
    ]
    try:
        listed = [k["id"] for k in ok(firebase.get("/v1/dev/keys"))]
        ours = [i for i in listed if i in {k["id"] for k in made}]
        assert ours == [made[1]["id"], made[0]["id"]]
    finally:
        for key in made:
            firebase.delete(f"/v1/dev/keys/{key['id']}")


@rule("KEY-7")
def test_revoking_twice_is_fine(firebase: httpx.Client) -> None:
    key = ok(firebase.post("/v1/dev/keys", json={"name": SETTINGS.mark, "scopes": []}))
    assert firebase.delete(f"/v1/dev/keys/{key['id']}").status_code == 204
    assert firebase.delete(f"/v1/dev/keys/{key['id']}").status_code == 204
    assert firebase.delete("/v1/dev/keys/no-such-key").status_code == 204


@rule("RL-11")
def test_an_exhausted_policy_is_a_429_with_the_real_headers(
    target: Target, exhaustible: None, firebase_or_none: httpx.Client | None
) -> None:
    """Runs the memory-batch policy out with refused (422) requests, which count but store
    nothing; on a real server with its own temporary key when a Firebase token is given."""
    limit = max(1, int(RATE_POLICIES["dev:memories_batch"].limit * SETTINGS.boost))
    key, revoke = _temporary_key(target, firebase_or_none)
    client = httpx.Client(
        base_url=target.base_url, headers={"Authorization": f"Bearer {key}"}, timeout=30
    )
    try:
        first = client.post(f"{MEMORIES}/batch", json={})
        assert first.status_code == 422
        assert not [h for h in first.headers if h.lower().startswith("x-ratelimit")]
        for _ in range(limit - 1):
            client.post(f"{MEMORIES}/batch", json={})
        limited = client.post(f"{MEMORIES}/batch", json={})
        assert limited.status_code == 429, limited.text
        retry_after = limited.headers["retry-after"]
        assert limited.headers["x-ratelimit-limit"] == str(limit)
        assert limited.headers["x-ratelimit-remaining"] == "0"
        assert limited.json() == {"detail": f"Rate limit exceeded. Try again in {retry_after}s."}
    finally:
        client.close()
        revoke()


def _temporary_key(
    target: Target, firebase: httpx.Client | None
) -> tuple[str, Callable[[], object]]:
    if target.powers:
        return target.powers.key(), lambda: None
    if firebase is None:
        return target.api_key, lambda: None  # this key's batch creates stay blocked for an hour
    body = {"name": SETTINGS.mark, "scopes": ["memories:write"]}
    created = ok(firebase.post("/v1/dev/keys", json=body))
    return created["key"], lambda: firebase.delete(f"/v1/dev/keys/{created['id']}")
