"""Retries and errors over HTTP, driven by the fake server's fault injection."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import omi_client as oc
import pytest
from omi_client import RetryPolicy
from sdk_helpers import FAST, SEGMENT, Clients

MEM = "/v1/dev/user/memories"


def _posts(server: Any, path: str) -> int:
    return sum(1 for m, p, _ in server.request_log if m == "POST" and p == path)


def test_503_is_retried_for_a_create_and_creates_once(clients: Clients, omi_fake: Any) -> None:
    omi_fake.inject(status=503, times=2, method="POST", path=MEM)
    clients.fake(omi_fake).memories.create("likes tea")
    assert omi_fake.count("memories") == 1 and _posts(omi_fake, MEM) == 3


def test_500_on_a_create_is_not_replayed(clients: Clients, omi_fake: Any) -> None:
    omi_fake.inject(status=500, method="POST", path=MEM)
    with pytest.raises(oc.InternalServerError):
        clients.fake(omi_fake).memories.create("likes tea")
    assert _posts(omi_fake, MEM) == 1


def test_write_committed_then_dropped_is_not_duplicated(clients: Clients, omi_fake: Any) -> None:
    omi_fake.inject(drop="after", method="POST", path=MEM)
    with pytest.raises(oc.APIConnectionError):
        clients.fake(omi_fake).memories.create("likes tea")
    assert omi_fake.count("memories") == 1  # created once, never replayed


def test_from_segments_is_replayed_safely_after_a_drop(clients: Clients, omi_fake: Any) -> None:
    path = "/v1/dev/user/conversations/from-segments"
    omi_fake.inject(drop="after", method="POST", path=path)
    created = clients.fake(omi_fake).conversations.create_from_segments([SEGMENT])
    assert omi_fake.count("conversations") == 1
    assert [c["id"] for c in omi_fake.items("conversations")] == [created.id]


def test_delete_whose_answer_was_lost_still_succeeds(clients: Clients, omi_fake: Any) -> None:
    omi = clients.fake(omi_fake)
    memory = omi.memories.create("temp")
    omi_fake.inject(drop="after", method="DELETE", path=MEM)
    assert omi.memories.delete(memory.id) is None
    assert omi_fake.count("memories") == 0


def test_reads_are_retried_after_dropped_connections_and_5xx(
    clients: Clients, omi_fake: Any
) -> None:
    omi = clients.fake(omi_fake, retry_policy=RetryPolicy(max_retries=3, initial_backoff=0.001))
    omi.memories.create("x")
    omi_fake.inject(drop="before", method="GET", path=MEM)
    omi_fake.inject(status=502, method="GET", path=MEM)
    omi_fake.inject(status=504, method="GET", path=MEM)
    assert len(omi.memories.list()) == 1


def test_slow_server_raises_a_timeout_error(clients: Clients, omi_fake: Any) -> None:
    omi_fake.inject(latency=1.0, times=3, method="GET", path=MEM)
    with pytest.raises(oc.APITimeoutError):
        clients.fake(omi_fake).with_options(timeout=0.2, max_retries=1).memories.list()


def test_injected_429_carries_the_rate_limit_headers(clients: Clients, omi_fake: Any) -> None:
    omi_fake.inject(status=429, times=5, method="GET", path=MEM)
    with pytest.raises(oc.RateLimitError) as info:
        clients.fake(omi_fake, max_retries=0).memories.list()
    assert info.value.retry_after is not None and info.value.remaining == 0


def test_a_real_hour_long_rate_limit_is_raised_not_slept_through(clients: Clients) -> None:
    from omi_client.testing import FakeOmiServer, ManualClock

    # A clock standing at the start of an hour: Retry-After is a whole hour whenever this runs.
    start = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
    with FakeOmiServer(
        rate_limits={"dev:action_items_write": 3}, clock=ManualClock(start)
    ) as server:
        omi = clients.fake(server)
        for i in range(3):
            omi.action_items.create(f"task {i}")
        with pytest.raises(oc.RateLimitError) as info:
            omi.action_items.create("one too many")
        assert info.value.limit == 3 and info.value.remaining == 0
        assert info.value.retry_after is not None and info.value.retry_after > FAST.max_retry_after
        assert "Rate limit exceeded" in str(info.value)
        assert server.count("action_items") == 3
        assert [s for _, p, s in server.request_log if p.endswith("action-items")][-1] == 429
        assert len(server.request_log) == 4  # no blind retries of the 429


def test_create_many_reports_a_5xx_chunk_as_uncertain(clients: Clients, omi_fake: Any) -> None:
    batch = f"{MEM}/batch"
    omi = clients.fake(omi_fake)
    omi.memories.create_many(["warm-up"])  # first batch request is fine
    omi_fake.inject(status=500, method="POST", path=batch)
    result = omi.memories.create_many([f"m{i}" for i in range(30)])
    assert [f.index for f in result.uncertain] == list(range(25))
    assert result.created_indices == list(range(25, 30))
    assert omi_fake.count("memories") == 1 + 5
