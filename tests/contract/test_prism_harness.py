"""The contract judge itself: Prism serves our spec and does flag a request that breaks it."""

from __future__ import annotations

import httpx
from prism_server import Prism, violations

KEY = {"Authorization": "Bearer omi_dev_0123456789abcdef0123456789abcdef"}


def test_prism_serves_the_spec_without_violations_for_a_valid_request(prism: Prism) -> None:
    resp = httpx.get(f"{prism.url}/v1/dev/user/memories", params={"limit": 3}, headers=KEY)
    assert resp.status_code == 200, prism.log_tail()
    assert violations(resp.headers) == []
    assert isinstance(resp.json(), list)


def test_prism_flags_a_body_that_breaks_the_spec(prism: Prism) -> None:
    resp = httpx.post(f"{prism.url}/v1/dev/user/memories", json={"tags": "x"}, headers=KEY)
    found = violations(resp.headers)
    assert resp.status_code == 422
    messages = " | ".join(v["message"] for v in found)
    assert "required property 'content'" in messages
    assert "tags" in messages  # a string where the spec wants an array


def test_prism_flags_a_bad_query_and_a_missing_key(prism: Prism) -> None:
    resp = httpx.get(f"{prism.url}/v1/dev/user/memories", params={"limit": "ten"})
    codes = {str(v["code"]) for v in violations(resp.headers)}
    assert {"401", "type"} <= codes, resp.headers
