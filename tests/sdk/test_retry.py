"""Retry policy: what is replayed, what is not, and how long the client waits."""

from __future__ import annotations

import time

import httpx
import omi_client as oc
import pytest
from omi_client import RetryPolicy
from sdk_helpers import MEMORY, Clients, Script, err, ok

SEGMENTS = [{"text": "hi", "start": 0.0, "end": 1.0}]
CREATED = {"id": "c1", "status": "completed", "discarded": False}


@pytest.mark.parametrize("status", [429, 503])
def test_429_and_503_are_retried_even_for_creates(clients: Clients, status: int) -> None:
    script = Script(err(status), ok(MEMORY))
    memory = clients.scripted(script).memories.create("likes tea")
    assert memory.id == "m1" and len(script.requests) == 2


@pytest.mark.parametrize("status", [500, 502, 504])
def test_maybe_processed_statuses_are_not_replayed_for_creates(
    clients: Clients, status: int
) -> None:
    script = Script(err(status), ok(MEMORY))
    with pytest.raises(oc.InternalServerError):
        clients.scripted(script).memories.create("likes tea")
    assert len(script.requests) == 1


@pytest.mark.parametrize("status", [500, 502, 504])
def test_maybe_processed_statuses_are_replayed_for_reads(clients: Clients, status: int) -> None:
    script = Script(err(status), ok([MEMORY]))
    assert len(clients.scripted(script).memories.list()) == 1
    assert len(script.requests) == 2


def test_read_timeout_on_create_is_not_replayed(clients: Clients) -> None:
    script = Script(httpx.ReadTimeout("slow"), ok(MEMORY))
    with pytest.raises(oc.APITimeoutError) as info:
        clients.scripted(script).memories.create("likes tea")
    assert len(script.requests) == 1 and "may have processed" in str(info.value)


def test_dropped_connection_on_create_is_not_replayed(clients: Clients) -> None:
    script = Script(httpx.RemoteProtocolError("Server disconnected"), ok(MEMORY))
    with pytest.raises(oc.APIConnectionError):
        clients.scripted(script).action_items.create("call mom")
    assert len(script.requests) == 1


def test_connect_error_is_retried_for_creates(clients: Clients) -> None:
    script = Script(httpx.ConnectError("refused"), ok(MEMORY))
    assert clients.scripted(script).memories.create("likes tea").id == "m1"
    assert len(script.requests) == 2


def test_read_timeout_on_read_is_retried_then_gives_up(clients: Clients) -> None:
    script = Script(httpx.ReadTimeout("slow"))
    with pytest.raises(oc.APITimeoutError):
        clients.scripted(script).memories.list()
    assert len(script.requests) == 3  # 1 + max_retries


def test_from_segments_replays_with_the_same_session_id(clients: Clients) -> None:
    script = Script(httpx.ReadTimeout("slow"), err(500), err(409, "in flight"), ok(CREATED))
    omi = clients.scripted(script, retry_policy=RetryPolicy(max_retries=3, initial_backoff=0.001))
    assert omi.conversations.create_from_segments(SEGMENTS).id == "c1"
    sessions = {b["client_session_id"] for b in script.bodies()}
    assert len(script.requests) == 4 and len(sessions) == 1
    # A new logical call gets a new session id.
    omi.conversations.create_from_segments(SEGMENTS)
    assert script.bodies()[-1]["client_session_id"] not in sessions


def test_delete_that_timed_out_then_404s_counts_as_done(clients: Clients) -> None:
    script = Script(httpx.ReadTimeout("slow"), err(404, "Memory not found"))
    assert clients.scripted(script).memories.delete("m1") is None
    assert len(script.requests) == 2


def test_plain_404_on_delete_still_raises(clients: Clients) -> None:
    with pytest.raises(oc.NotFoundError):
        clients.scripted(Script(err(404, "Memory not found"))).memories.delete("m1")


def test_retry_after_is_honoured(clients: Clients) -> None:
    script = Script(err(429, "slow down", {"Retry-After": "0.3"}), ok([]))
    start = time.monotonic()
    clients.scripted(script).memories.list()
    assert time.monotonic() - start >= 0.3


def test_retry_after_beyond_the_cap_raises_at_once(clients: Clients) -> None:
    script = Script(err(429, "Rate limit exceeded. Try again in 3600s.", {"Retry-After": "3600"}))
    start = time.monotonic()
    with pytest.raises(oc.RateLimitError) as info:
        clients.scripted(script).memories.list()
    assert time.monotonic() - start < 1 and info.value.retry_after == 3600
    assert len(script.requests) == 1


def test_max_retries_zero_disables_retries_and_with_options_overrides(clients: Clients) -> None:
    script = Script(err(503))
    omi = clients.scripted(script)
    with pytest.raises(oc.InternalServerError):
        omi.with_options(max_retries=0).memories.list()
    assert len(script.requests) == 1
    with pytest.raises(oc.InternalServerError):
        omi.memories.list()
    assert len(script.requests) == 4


def test_backoff_grows_and_is_jittered() -> None:
    import random

    policy = RetryPolicy(initial_backoff=1, max_backoff=8)
    rng = random.Random(0)
    waits = [[policy.backoff(n, rng) for _ in range(50)] for n in range(5)]
    for n, ws in enumerate(waits):
        ceiling = min(8, 2**n)
        assert all(ceiling / 2 <= w <= ceiling for w in ws)
        assert len(set(ws)) > 1


def test_pool_timeout_never_reached_the_server_so_creates_retry_and_say_so(
    clients: Clients,
) -> None:
    script = Script(httpx.PoolTimeout("no free connection"))
    with pytest.raises(oc.APITimeoutError) as info:
        clients.scripted(script).memories.create("likes tea")
    assert len(script.requests) == 3  # retried like a connect error
    assert "may have processed" not in str(info.value)


def _http_date(seconds_from_now: float) -> str:
    import datetime as dt
    from email.utils import format_datetime

    when = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=seconds_from_now)
    return format_datetime(when, usegmt=True)


def test_retry_after_parses_seconds_and_http_dates() -> None:
    from omi_client._errors import parse_retry_after

    assert parse_retry_after("7") == 7.0 and parse_retry_after(" 1.5 ") == 1.5
    assert parse_retry_after("-3") == 0.0  # never a negative sleep
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    assert 3590 <= (parse_retry_after(_http_date(3600)) or 0) <= 3600
    for junk in (None, "", "soon", "nan", "Mon, 99 Foo 2020"):
        assert parse_retry_after(junk) is None


def test_an_http_date_retry_after_beyond_the_cap_raises_at_once(clients: Clients) -> None:
    script = Script(err(429, "slow down", {"Retry-After": _http_date(600)}), ok([]))
    with pytest.raises(oc.RateLimitError) as info:
        clients.scripted(script).memories.list()
    assert len(script.requests) == 1 and 590 <= (info.value.retry_after or 0) <= 600
