"""Rate limits as the real server counts them (docs/fidelity.md RL-*): per key and policy, the real
policy table, windows that start at the first counted request, Retry-After from what is left of
the window, the boost multiplier, the real 429 headers and body.

Every test runs on a ManualClock, so none depends on where in the real hour it runs.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from fake_helpers import json_of
from omi_client._spec import load_spec
from omi_client.limits import OPERATION_POLICIES, RATE_POLICIES, effective_limit
from omi_client.testing import FakeOmi, ManualClock

MEM = "/v1/dev/user/memories"
CONV = "/v1/dev/user/conversations"
GOALS = "/v1/dev/user/goals"
HOUR = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)  # the start of a clock hour


def _client(server: Any, key: str | None = None) -> httpx.Client:
    return httpx.Client(
        base_url=server.base_url, headers={"Authorization": f"Bearer {key or server.api_key}"}
    )


def _fake(factory: Any, **limits: int) -> Any:
    """A fake standing at HOUR with these base limits (policy names without the dev: prefix)."""
    return factory(rate_limits={f"dev:{k}": v for k, v in limits.items()}, clock=ManualClock(HOUR))


def test_429_with_the_real_headers_until_an_hour_after_the_first_counted_request(
    omi_fake_factory: Any,
) -> None:
    server = _fake(omi_fake_factory, memories_read=3)
    server.clock.advance(minutes=50)  # the window is not aligned to the clock hour
    with _client(server) as http:
        assert [http.get(MEM).status_code for _ in range(3)] == [200, 200, 200]
        server.clock.advance(minutes=15)  # past 10:00, still inside the window
        limited = http.get(MEM)
        assert json_of(limited, 429) == {"detail": "Rate limit exceeded. Try again in 2700s."}
        assert limited.headers["retry-after"] == "2700"
        assert limited.headers["x-ratelimit-limit"] == "3"
        assert limited.headers["x-ratelimit-remaining"] == "0"
        server.clock.advance(minutes=44, seconds=59)
        assert http.get(MEM).headers["retry-after"] == "1"
        server.clock.advance(seconds=1)  # an hour after the first request
        ok = http.get(MEM)
    assert ok.status_code == 200
    assert not [h for h in ok.headers if h.startswith("x-ratelimit")]  # none on success


def test_retry_after_is_the_rounded_rest_of_the_window_and_can_be_0(
    omi_fake_factory: Any,
) -> None:
    server = _fake(omi_fake_factory, memories_read=1)
    with _client(server) as http:
        http.get(MEM)
        server.clock.advance(seconds=3599.6)
        limited = http.get(MEM)
    assert limited.headers["retry-after"] == "0"
    assert limited.json() == {"detail": "Rate limit exceeded. Try again in 0s."}


def test_reads_and_writes_are_separate_buckets(omi_fake_factory: Any) -> None:
    server = _fake(omi_fake_factory, memories_read=1, goals_read=1, action_items_read=1, memories=1)
    with _client(server) as http:
        for path, write in (
            (MEM, {"content": "Likes tea"}),
            (GOALS, {"title": "Run"}),
            ("/v1/dev/user/action-items", {"description": "Call Ana"}),
        ):
            assert http.get(path).status_code == 200
            assert http.get(path).status_code == 429
            assert http.post(path, json=write).status_code == 200, path
        assert http.post(MEM, json={"content": "x"}).status_code == 429  # memories: 1 write


def test_vector_search_is_a_memory_read_and_the_batch_only_its_own(omi_fake_factory: Any) -> None:
    server = _fake(omi_fake_factory, memories_read=1, memories_batch=1)
    with _client(server) as http:
        assert http.get(f"{MEM}/vector/search", params={"query": "tea"}).status_code == 200
        assert http.get(MEM).status_code == 429
        assert http.post(f"{MEM}/batch", json={"memories": []}).status_code == 200
        assert http.post(f"{MEM}/batch", json={"memories": []}).status_code == 429
        assert http.post(MEM, json={"content": "still fine"}).status_code == 200


def test_transcripts_are_charged_on_top_of_the_read_bucket(omi_fake_factory: Any) -> None:
    server = _fake(omi_fake_factory, conversations_read=4, conversation_transcript_read=2)
    transcript = {"include_transcript": "true"}
    with _client(server) as http:
        assert [http.get(CONV, params=transcript).status_code for _ in range(2)] == [200, 200]
        limited = http.get(CONV, params=transcript)
        assert limited.status_code == 429 and limited.headers["x-ratelimit-limit"] == "2"
        assert http.get(CONV).status_code == 200  # the 4th read
        plain = http.get(CONV)
        assert plain.status_code == 429 and plain.headers["x-ratelimit-limit"] == "4"


def test_the_transcript_charge_comes_after_validation_and_before_the_404(
    omi_fake_factory: Any,
) -> None:
    server = _fake(omi_fake_factory, conversation_transcript_read=1)
    with _client(server) as http:
        bad = http.get(CONV, params={"include_transcript": "true", "limit": "abc"})
        assert bad.status_code == 422  # invalid query: no transcript charge
        unknown = f"{CONV}/does-not-exist"
        assert http.get(unknown, params={"include_transcript": "true"}).status_code == 404
        assert http.get(unknown, params={"include_transcript": "true"}).status_code == 429


def test_the_conversation_detail_has_its_own_bucket_and_folders_share_the_list(
    omi_fake_factory: Any,
) -> None:
    server = _fake(omi_fake_factory, conversations_read=1, conversation_detail_read=1)
    with _client(server) as http:
        assert http.get(CONV).status_code == 200
        assert http.get("/v1/dev/user/folders").status_code == 429
        assert http.get(f"{CONV}/does-not-exist").status_code == 404
        assert http.get(f"{CONV}/does-not-exist").status_code == 429


def test_ask_has_its_own_bucket(omi_fake_factory: Any) -> None:
    server = _fake(omi_fake_factory, ask=1)
    with _client(server) as http:
        assert http.post("/v1/dev/user/ask", json={"question": "what?"}).status_code == 200
        limited = http.post("/v1/dev/user/ask", json={"question": "what?"})
        assert limited.status_code == 429 and limited.headers["x-ratelimit-limit"] == "1"
        assert http.get(CONV).status_code == 200


def test_limits_are_per_key(omi_fake_factory: Any) -> None:
    server = _fake(omi_fake_factory, memories_read=1)
    with _client(server) as first, _client(server, server.issue_key()) as second:
        assert first.get(MEM).status_code == 200 and first.get(MEM).status_code == 429
        assert second.get(MEM).status_code == 200  # another key, its own count


def test_requests_that_fail_validation_still_count(omi_fake_factory: Any) -> None:
    server = _fake(omi_fake_factory, memories_read=2)
    with _client(server) as http:
        assert http.get(MEM, params={"limit": "abc"}).status_code == 422
        assert http.get(MEM, params={"limit": "abc"}).status_code == 422
        assert http.get(MEM).status_code == 429


@pytest.mark.parametrize(("boost", "reported"), [(2.5, "5"), (0.1, "1")])
def test_the_boost_multiplies_every_limit(
    omi_fake_factory: Any, boost: float, reported: str
) -> None:
    server = omi_fake_factory(
        rate_limits={"dev:memories_batch": 2}, rate_limit_boost=boost, clock=ManualClock(HOUR)
    )
    allowed = int(reported)
    with _client(server) as http:
        codes = [http.post(f"{MEM}/batch", json={"memories": []}) for _ in range(allowed + 1)]
    assert [c.status_code for c in codes] == [200] * allowed + [429]
    assert codes[-1].headers["x-ratelimit-limit"] == reported  # max(1, int(2 * boost))


def test_a_time_scale_shortens_the_windows_and_retry_after_in_real_seconds(
    omi_fake_factory: Any,
) -> None:
    # time_scale = real seconds per server second: an hour window lasts 1 s of clock time.
    server = omi_fake_factory(
        rate_limits={"dev:memories_read": 1}, time_scale=1 / 3600, clock=ManualClock(HOUR)
    )
    with _client(server) as http:
        assert http.get(MEM).status_code == 200
        server.clock.advance(seconds=0.25)
        limited = http.get(MEM)
        assert json_of(limited, 429) == {"detail": "Rate limit exceeded. Try again in 1s."}
        server.clock.advance(seconds=0.75)
        assert http.get(MEM).status_code == 200


def test_rate_limits_can_be_turned_off(omi_fake_factory: Any) -> None:
    server = omi_fake_factory(rate_limits=False)
    with _client(server) as http:
        assert {
            http.post(f"{MEM}/batch", json={"memories": []}).status_code for _ in range(20)
        } == {200}


def test_an_unknown_policy_name_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown rate-limit policy 'memories'"):
        FakeOmi(rate_limits={"memories": 3})


def test_every_developer_operation_of_the_spec_has_a_policy() -> None:
    spec = load_spec()
    operations = {
        op["operationId"]
        for path, item in spec["paths"].items()
        if path.startswith("/v1/dev/user/")
        for op in item.values()
    }
    assert operations == set(OPERATION_POLICIES)
    assert set(OPERATION_POLICIES.values()) <= set(RATE_POLICIES)
    assert effective_limit("dev:memories", boost=100) == 12_000


@pytest.mark.parametrize(
    ("method", "path", "params", "body", "limit"),
    [
        ("GET", MEM, None, None, 120),
        ("GET", f"{MEM}/vector/search", {"query": "x"}, None, 120),
        ("POST", MEM, None, {"content": "a fact"}, 120),
        ("POST", f"{MEM}/batch", None, {"memories": []}, 15),
        ("POST", CONV, None, {"text": "a walk in the park"}, 25),
        ("GET", CONV, None, None, 60),
        ("GET", CONV, {"include_transcript": "true"}, None, 25),
        ("GET", f"{CONV}/unknown", None, None, 60),
        ("POST", "/v1/dev/user/ask", None, {"question": "x"}, 25),
        ("GET", "/v1/dev/user/action-items", None, None, 120),
        ("POST", "/v1/dev/user/action-items", None, {"description": "x"}, 120),
        ("GET", GOALS, None, None, 120),
        ("POST", GOALS, None, {"title": "x"}, 120),
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
    server = omi_fake_factory(clock=ManualClock(HOUR))
    with _client(server) as http:
        codes = {
            http.request(method, path, params=params, json=body).status_code for _ in range(limit)
        }
        assert 429 not in codes
        server.clock.advance(minutes=10)
        limited = http.request(method, path, params=params, json=body)
    assert json_of(limited, 429) == {"detail": "Rate limit exceeded. Try again in 3000s."}
    assert limited.headers["x-ratelimit-limit"] == str(limit)
    assert limited.headers["x-ratelimit-remaining"] == "0"
    assert limited.headers["retry-after"] == "3000"


def test_malformed_json_is_a_422_before_auth_and_uncounted(omi_fake_factory: Any) -> None:
    # FastAPI decodes a JSON body before any dependency (auth, rate limit) runs.
    server = _fake(omi_fake_factory, memories=1)
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
