"""The fake's one clock: it drives stored timestamps, key times and rate windows, resets with the
fake, and is the only place in the fake that reads the wall clock."""

from __future__ import annotations

import ast
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import omi_client.testing
import pytest
from fake_helpers import json_of
from omi_client.testing import ManualClock, SystemClock

MEM = "/v1/dev/user/memories"
START = datetime(2030, 5, 17, 8, 30, tzinfo=UTC)


def _http(server: Any) -> httpx.Client:
    headers = {"Authorization": f"Bearer {server.api_key}"}
    return httpx.Client(base_url=server.base_url, headers=headers, timeout=10)


def test_stored_timestamps_come_from_the_clock(omi_fake_factory: Any) -> None:
    server = omi_fake_factory(rate_limits=False, clock=ManualClock(START))
    with _http(server) as http:
        made = json_of(http.post(MEM, json={"content": "Likes tea"}))
        assert datetime.fromisoformat(made["created_at"]) == START
        server.clock.advance(hours=2, minutes=5)
        changed = json_of(http.patch(f"{MEM}/{made['id']}", json={"content": "Likes green tea"}))
    assert datetime.fromisoformat(changed["created_at"]) == START
    assert datetime.fromisoformat(changed["updated_at"]) == START + timedelta(hours=2, minutes=5)
    token = {"Authorization": f"Bearer {server.firebase_token}"}
    [key] = json_of(httpx.get(server.base_url + "/v1/dev/keys", headers=token))
    assert datetime.fromisoformat(key["created_at"]) == START


def test_the_date_header_is_the_clocks_time(omi_fake_factory: Any) -> None:
    """RFC 9110 `Date` from the fake's clock, once (uvicorn's own wall-clock one is off), on
    answers and errors alike: clients that read the server's time (the CLI's importer) see the
    clock that stamps created_at."""
    server = omi_fake_factory(rate_limits=False, clock=ManualClock(START))
    with _http(server) as http:
        made = http.post(MEM, json={"content": "Likes tea"})
        assert made.headers.get_list("date") == ["Fri, 17 May 2030 08:30:00 GMT"]
        server.clock.advance(days=1, seconds=1.7)
        missing = http.delete(f"{MEM}/nope")
        unauthorized = http.get(MEM, headers={"Authorization": "Bearer omi_dev_wrong"})
    assert missing.status_code == 404 and unauthorized.status_code == 401
    for response in (missing, unauthorized):
        assert response.headers.get_list("date") == ["Sat, 18 May 2030 08:30:01 GMT"]


def test_set_jumps_and_reset_returns_to_the_start(omi_fake_factory: Any) -> None:
    server = omi_fake_factory(rate_limits=False, clock=ManualClock(START))
    later = datetime(2031, 1, 1, tzinfo=UTC)
    server.clock.set(later)
    with _http(server) as http:
        made = json_of(http.post(MEM, json={"content": "Lives in Porto"}))
    assert datetime.fromisoformat(made["created_at"]) == later
    server.reset()
    assert server.clock.now() == START
    with pytest.raises(ValueError, match="aware"):
        server.clock.set(datetime(2031, 1, 1))  # naive: which zone would it be?


def test_rate_windows_follow_the_clock_not_real_time(omi_fake_factory: Any) -> None:
    server = omi_fake_factory(rate_limits={"dev:memories_batch": 1}, clock=ManualClock(START))
    with _http(server) as http:
        batch = {"memories": []}
        assert http.post(f"{MEM}/batch", json=batch).status_code == 200
        assert http.post(f"{MEM}/batch", json=batch).status_code == 429
        server.clock.advance(hours=1)
        assert http.post(f"{MEM}/batch", json=batch).status_code == 200
        server.reset()  # the windows and the clock start over together
        assert http.post(f"{MEM}/batch", json=batch).status_code == 200
        assert http.post(f"{MEM}/batch", json=batch).status_code == 429


def test_the_default_clock_is_real_time_and_can_be_moved(omi_fake_factory: Any) -> None:
    server = omi_fake_factory(rate_limits=False)
    assert isinstance(server.clock, SystemClock)
    server.clock.advance(days=3)
    with _http(server) as http:
        made = json_of(http.post(MEM, json={"content": "Plays the cello"}))
    created = datetime.fromisoformat(made["created_at"])
    assert created - datetime.now(UTC) > timedelta(days=2, hours=23)
    server.reset()
    assert abs(server.clock.now() - datetime.now(UTC)) < timedelta(minutes=1)


_WALL_CLOCK = {("time", "time"), ("time", "monotonic"), ("datetime", "now"), ("date", "today")}
_WALL_CLOCK |= {("datetime", "utcnow"), ("time", "perf_counter")}


def test_only_the_clock_module_reads_the_wall_clock() -> None:
    package = Path(omi_client.testing.__file__).parent
    allowed = {"_clock.py", "_server.py"}  # _server: a real deadline for uvicorn to start
    offenders = []
    for path in sorted(package.rglob("*.py")):
        if path.name in allowed:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and (node.func.value.id, node.func.attr) in _WALL_CLOCK
            ):
                offenders.append(f"{path.relative_to(package)}:{node.lineno}")
    assert offenders == []
