"""Fault injection: reproducible by seed, per-request test header, scripted faults, drops."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import replace
from typing import Any

import httpx
import pytest
from fake_helpers import json_of
from omi_client.testing import FAULT_HEADER, FaultConfig

MEM = "/v1/dev/user/memories"
CHAOS = FaultConfig(
    seed=42, error_500_rate=0.15, error_503_rate=0.1, burst_429_rate=0.05, burst_429_length=3
)


def _statuses(server: Any, n: int = 120) -> list[int]:
    with httpx.Client(
        base_url=server.base_url, headers={"Authorization": f"Bearer {server.api_key}"}
    ) as http:
        return [http.get(MEM).status_code for _ in range(n)]


def test_faults_are_reproducible_by_seed(omi_fake_factory: Any) -> None:
    first = _statuses(omi_fake_factory(rate_limits=False, faults=CHAOS))
    second = _statuses(omi_fake_factory(rate_limits=False, faults=CHAOS))
    assert first == second
    counts = Counter(first)
    assert counts[500] and counts[503] and counts[429] and counts[200] > 60
    other = _statuses(omi_fake_factory(rate_limits=False, faults=replace(CHAOS, seed=43)))
    assert other != first


def test_429_bursts_come_in_runs(omi_fake_factory: Any) -> None:
    config = FaultConfig(seed=1, burst_429_rate=0.1, burst_429_length=4)
    statuses = _statuses(omi_fake_factory(rate_limits=False, faults=config), 200)
    runs = "".join("x" if s == 429 else "." for s in statuses).split(".")
    assert {len(r) for r in runs if r} <= {4, 8, 12} and any(runs)


def test_fault_shapes(omi_fake_factory: Any) -> None:
    server = omi_fake_factory(rate_limits={"dev:memories_read": 120})
    with httpx.Client(
        base_url=server.base_url, headers={"Authorization": f"Bearer {server.api_key}"}
    ) as http:
        crash = http.get(MEM, headers={FAULT_HEADER: "500"})
        assert crash.status_code == 500 and crash.text == "Internal Server Error"
        assert crash.headers["content-type"].startswith("text/plain")
        # The real API's one JSON 503 on these routes: its limiter failing closed.
        assert json_of(http.get(MEM, headers={FAULT_HEADER: "503"}), 503) == {
            "detail": "Rate limiter unavailable"
        }
        timeout = http.get(MEM, headers={FAULT_HEADER: "504"})  # TimeoutMiddleware: no body
        assert timeout.status_code == 504 and timeout.content == b""
        limited = http.get(MEM, headers={FAULT_HEADER: "429"})
        assert json_of(limited, 429) == {"detail": "Rate limit exceeded. Try again in 1s."}
        assert (
            limited.headers["x-ratelimit-limit"] == "120" and limited.headers["retry-after"] == "1"
        )
        started = time.perf_counter()
        assert http.get(MEM, headers={FAULT_HEADER: "latency=300"}).status_code == 200
        assert time.perf_counter() - started >= 0.3
        assert json_of(http.get(MEM, headers={FAULT_HEADER: "explode"}), 400)["detail"].startswith(
            "Unknown"
        )


def test_drop_before_loses_the_write_and_drop_after_keeps_it(omi_fake_factory: Any) -> None:
    server = omi_fake_factory(rate_limits=False)
    with httpx.Client(
        base_url=server.base_url, headers={"Authorization": f"Bearer {server.api_key}"}
    ) as http:
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):  # EOF or reset
            http.post(MEM, json={"content": "never stored"}, headers={FAULT_HEADER: "drop-before"})
        assert server.count("memories") == 0
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):  # EOF or reset
            http.post(
                MEM, json={"content": "stored, unanswered"}, headers={FAULT_HEADER: "drop-after"}
            )
        assert [m["content"] for m in server.items("memories")] == ["stored, unanswered"]
        assert http.get(MEM).status_code == 200  # the server itself is fine
    assert [s for _, _, s in server.request_log] == [0, 0, 200]


def test_seeded_drops_are_reproducible_and_split_before_after(omi_fake_factory: Any) -> None:
    config = FaultConfig(seed=9, drop_before_rate=0.2, drop_after_rate=0.2)

    def run() -> tuple[list[str], int]:
        server = omi_fake_factory(rate_limits=False, faults=config)
        outcomes = []
        for i in range(40):
            with httpx.Client(
                base_url=server.base_url, headers={"Authorization": f"Bearer {server.api_key}"}
            ) as http:
                try:
                    outcomes.append(str(http.post(MEM, json={"content": f"m{i}"}).status_code))
                except (httpx.RemoteProtocolError, httpx.ReadError):
                    # A dropped connection reads as EOF or, if the close races the send, a reset.
                    outcomes.append("drop")
        return outcomes, server.count("memories")

    first, stored = run()
    assert run() == (first, stored)
    drops = first.count("drop")
    assert (
        0 < drops < 40 and first.count("200") < stored < 40
    )  # some drops happened after the write


def test_scripted_faults_match_method_and_path_and_run_out(omi_fake_factory: Any) -> None:
    server = omi_fake_factory(rate_limits=False)
    server.inject(503, times=2, method="GET", path=MEM)
    with httpx.Client(
        base_url=server.base_url, headers={"Authorization": f"Bearer {server.api_key}"}
    ) as http:
        assert http.post(MEM, json={"content": "c"}).status_code == 200  # other method: untouched
        assert [http.get(MEM).status_code for _ in range(3)] == [503, 503, 200]
        server.inject(500, times=5)
        assert httpx.get(server.base_url + MEM).status_code == 401  # auth answers first
        assert http.get("/v1/dev/user/goals").status_code == 500
        server.reset()
        assert http.get("/v1/dev/user/goals").status_code == 200
    assert server.request_log == [("GET", "/v1/dev/user/goals", 200)]


@pytest.mark.parametrize(
    ("path", "limit"),
    [(MEM, "120"), ("/v1/dev/user/memories/batch", "15"), ("/v1/dev/user/conversations", "25")],
)
def test_an_injected_429_names_the_real_policy_limit_even_with_limits_off(
    omi_fake_factory: Any, path: str, limit: str
) -> None:
    # A client sizing its backoff from X-RateLimit-Limit must never be told the limit is 0.
    server = omi_fake_factory(rate_limits=False)
    headers = {"Authorization": f"Bearer {server.api_key}", FAULT_HEADER: "429"}
    limited = httpx.post(server.base_url + path, headers=headers, json={})
    assert json_of(limited, 429) == {"detail": "Rate limit exceeded. Try again in 1s."}
    assert limited.headers["x-ratelimit-limit"] == limit
    assert limited.headers["x-ratelimit-remaining"] == "0" and limited.headers["retry-after"] == "1"


def test_an_injected_503_on_key_revocation_says_what_the_real_one_says(
    omi_fake_factory: Any,
) -> None:
    server = omi_fake_factory(rate_limits=False)
    server.inject(503, path="/v1/dev/keys/k1")
    token = {"Authorization": f"Bearer {server.firebase_token}"}
    revoked = httpx.delete(server.base_url + "/v1/dev/keys/k1", headers=token)
    assert json_of(revoked, 503) == {"detail": "API key revocation temporarily unavailable"}
