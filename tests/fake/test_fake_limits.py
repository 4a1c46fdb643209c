"""Rate limits: per key and policy, fixed windows, the real 429 headers and body, a time scale.

Every test runs on a ManualClock, so none depends on where in the real hour it runs.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from fake_helpers import json_of
from omi_client.testing import ManualClock

MEM = "/v1/dev/user/memories"
HOUR = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)  # the start of a clock hour


def _client(server: Any, key: str | None = None) -> httpx.Client:
    return httpx.Client(
        base_url=server.base_url, headers={"Authorization": f"Bearer {key or server.api_key}"}
    )


def test_429_after_the_limit_with_the_real_headers_then_a_new_window(omi_fake_factory: Any) -> None:
    server = omi_fake_factory(rate_limits={"memories": 3}, clock=ManualClock(HOUR))
    with _client(server) as http:
        assert [http.get(MEM).status_code for _ in range(3)] == [200, 200, 200]
        server.clock.advance(minutes=59, seconds=59)
        limited = http.get(MEM)
        assert json_of(limited, 429) == {"detail": "Rate limit exceeded. Try again in 1s."}
        assert limited.headers["retry-after"] == "1"
        assert limited.headers["x-ratelimit-limit"] == "3"
        assert limited.headers["x-ratelimit-remaining"] == "0"
        assert (
            http.post(MEM, json={"content": "blocked"}).status_code == 429
        )  # writes share the policy
        server.clock.advance(seconds=1)
        assert http.get(MEM).status_code == 200
    assert server.count("memories") == 0


def test_a_time_scale_shortens_the_windows_and_retry_after_in_real_seconds(
    omi_fake_factory: Any,
) -> None:
    # time_scale = real seconds per server second: an hour window lasts 1 s of clock time.
    clock = ManualClock(HOUR)
    server = omi_fake_factory(rate_limits={"memories": 1}, time_scale=1 / 3600, clock=clock)
    with _client(server) as http:
        assert http.get(MEM).status_code == 200
        limited = http.get(MEM)
        assert json_of(limited, 429) == {"detail": "Rate limit exceeded. Try again in 1s."}
        clock.advance(seconds=1)
        assert http.get(MEM).status_code == 200


def test_limits_are_per_key_and_per_policy(omi_fake_factory: Any) -> None:
    server = omi_fake_factory(rate_limits={"memories": 1, "goals": 1}, clock=ManualClock(HOUR))
    with _client(server) as first, _client(server, server.issue_key()) as second:
        assert first.get(MEM).status_code == 200 and first.get(MEM).status_code == 429
        assert second.get(MEM).status_code == 200  # another key, its own count
        assert first.get("/v1/dev/user/goals").status_code == 200  # another policy
        assert first.post("/v1/dev/user/memories/batch", json={"memories": []}).status_code == 200


def test_transcript_reads_have_their_own_tighter_policy(omi_fake_factory: Any) -> None:
    server = omi_fake_factory(
        rate_limits={"conversations_read_transcript": 2}, clock=ManualClock(HOUR)
    )
    with _client(server) as http:
        params = {"include_transcript": "true"}
        codes = [
            http.get("/v1/dev/user/conversations", params=params).status_code for _ in range(3)
        ]
        assert codes == [200, 200, 429]
        assert http.get("/v1/dev/user/conversations").status_code == 200


def test_real_limits_by_default_with_retry_after_to_the_end_of_the_hour(
    omi_fake_factory: Any,
) -> None:
    server = omi_fake_factory(clock=ManualClock(HOUR))
    with _client(server) as http:
        codes = [http.post(f"{MEM}/batch", json={"memories": []}).status_code for _ in range(16)]
        assert codes == [200] * 15 + [429]  # memory batch: 15 an hour
        server.clock.advance(minutes=20)
        limited = http.post(f"{MEM}/batch", json={"memories": []})
        assert limited.headers["x-ratelimit-limit"] == "15"
        assert limited.headers["retry-after"] == "2400"
        assert limited.json() == {"detail": "Rate limit exceeded. Try again in 2400s."}


def test_rate_limits_can_be_turned_off(omi_fake_factory: Any) -> None:
    server = omi_fake_factory(rate_limits=False)
    with _client(server) as http:
        assert {
            http.post(f"{MEM}/batch", json={"memories": []}).status_code for _ in range(20)
        } == {200}


@pytest.mark.parametrize(
    ("method", "path", "params", "body", "limit"),
    [
        ("GET", MEM, None, None, 120),
        ("GET", f"{MEM}/vector/search", {"query": "x"}, None, 120),  # counts as memories
        ("POST", f"{MEM}/batch", None, {"memories": []}, 15),
        ("POST", "/v1/dev/user/conversations", None, {"text": "a walk in the park"}, 25),
        ("GET", "/v1/dev/user/conversations", None, None, 60),
        ("GET", "/v1/dev/user/conversations", {"include_transcript": "true"}, None, 25),
        ("GET", "/v1/dev/user/action-items", None, None, 120),
        ("GET", "/v1/dev/user/goals", None, None, 120),
    ],
)
def test_each_policy_has_the_real_hourly_limit(
    omi_fake_factory: Any,
    method: str,
    path: str,
    params: dict[str, str] | None,
    body: Any,
    limit: int,
) -> None:
    # A clock standing 10 minutes into the hour: no window boundary can fall inside the test.
    server = omi_fake_factory(clock=ManualClock(HOUR.replace(minute=10)))
    with _client(server) as http:
        codes = [
            http.request(method, path, params=params, json=body).status_code for _ in range(limit)
        ]
        assert codes == [200] * limit
        limited = http.request(method, path, params=params, json=body)
    assert json_of(limited, 429) == {"detail": "Rate limit exceeded. Try again in 3000s."}
    assert limited.headers["x-ratelimit-limit"] == str(limit)
    assert limited.headers["x-ratelimit-remaining"] == "0"
    assert limited.headers["retry-after"] == "3000"


def test_malformed_json_is_a_422_before_auth_and_uncounted(omi_fake_factory: Any) -> None:
    # FastAPI decodes a JSON body before any dependency (auth, rate limit) runs.
    server = omi_fake_factory(rate_limits={"memories": 1})
    bad = {"content-type": "application/json"}
    anonymous = httpx.post(server.base_url + MEM, content=b'{"content": ', headers=bad)
    [error] = json_of(anonymous, 422)["detail"]
    assert error == {
        "type": "json_invalid",
        "loc": ["body", 12],
        "msg": "JSON decode error",
        "input": {},
        "ctx": {"error": "Expecting value"},
    }
    with _client(server) as http:
        assert json_of(http.post(MEM, content=b"{", headers=bad), 422)["detail"][0]["loc"] == [
            "body",
            1,
        ]
        assert http.post(MEM, json={"content": "counted"}).status_code == 200  # the 1 allowed
        assert http.post(MEM, json={"content": "over"}).status_code == 429
    # Well-formed JSON that fails validation still waits for auth.
    assert json_of(httpx.post(server.base_url + MEM, json={}), 401)["detail"].startswith("Missing")
