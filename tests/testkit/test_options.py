"""One option table builds `omi-client mock`'s flags and the fixtures' keyword arguments."""

from __future__ import annotations

import dataclasses
import inspect
import queue
import re
import threading
from collections.abc import Callable
from typing import Any

import click
import httpx
import pytest
from omi_client import RateLimitError
from omi_client.testing import FakeOmi, FaultConfig, ManualClock, main
from omi_client.testing._cli import command
from omi_client.testing._options import BY_NAME, OPTIONS, PASS_THROUGH, resolve

# Options that shape the FakeOmi (host/port say where it listens; demo/key act after it is built).
FAKE_OMI_ARGS = {
    "data",
    "seed",
    "rate_limits",
    "rate_limit_boost",
    "time_scale",
    "processing_delay",
}
AFTER_BUILD = {"demo", "key"}


def test_every_mock_flag_is_an_option_and_every_option_a_mock_flag() -> None:
    params = {p.name: p for p in command.params if isinstance(p, click.Option)}
    exposed = {name for name, p in params.items() if p.expose_value}
    assert exposed == {o.name for o in OPTIONS}
    for option in OPTIONS:
        param = params[option.name]
        assert param.opts == [option.flag]
        assert param.help is not None and param.help.startswith(option.help)
    aliases = {p.opts[0] for name, p in params.items() if not p.expose_value and name != "help"}
    assert aliases == {o.alias[0] for o in OPTIONS if o.alias}


def test_every_option_reaches_the_fake_and_every_fake_argument_has_an_option() -> None:
    fake_args = set(inspect.signature(FakeOmi).parameters)
    faults = {f.name for f in dataclasses.fields(FaultConfig)}
    fault_options = {o.name for o in OPTIONS if o.group == "faults"}
    assert fault_options == {"fault_seed"} | (faults - {"seed"})
    assert fake_args >= FAKE_OMI_ARGS
    undeclared = fake_args - FAKE_OMI_ARGS - set(PASS_THROUGH)
    assert not undeclared, (
        f"FakeOmi takes {sorted(undeclared)}, which neither `omi-client mock` nor omi_fake "
        "offers: declare it in testing/_options.py (OPTIONS and build_app), or add it to "
        "PASS_THROUGH if only Python can express it"
    )
    server_side = {"host", "port"}
    assert {o.name for o in OPTIONS} == FAKE_OMI_ARGS | AFTER_BUILD | fault_options | server_side


def test_option_values_reach_the_fake(omi_fake_factory: Callable[..., Any]) -> None:
    """Seen from outside, over HTTP, with the values spelled as the shell spells them."""
    limited = omi_fake_factory(rate_limits="dev:memories=3")
    assert limited.fake.rate_limit("dev:memories") == 3
    omi = limited.client(max_retries=0)
    for n in range(3):
        omi.memories.create(f"memory {n}")
    with pytest.raises(RateLimitError) as refused:
        omi.memories.create("one too many")
    assert refused.value.limit == 3
    assert omi_fake_factory(rate_limits=False).fake.rate_limit("dev:memories") is None

    def statuses(**options: Any) -> list[int]:
        fake = omi_fake_factory(rate_limits=False, **options)
        with httpx.Client(base_url=fake.base_url, headers=_auth(fake.api_key)) as http:
            return [http.get("/v1/dev/user/memories").status_code for _ in range(24)]

    drawn = statuses(error_503_rate=0.5)
    assert drawn.count(503) >= 4 and drawn.count(200) >= 4  # about half and half
    assert statuses(error_503_rate=0.5) == drawn  # drawn from fault_seed (0)
    assert statuses(error_503_rate=0.5, fault_seed=1) != drawn


def test_processing_delay_holds_a_from_segments_create_on_the_clock(
    omi_fake_factory: Callable[..., Any],
) -> None:
    """Two identical creates at once: the one that arrives first is held until the clock moves
    processing_delay on, so the other is answered "processing" (SEG-8) at once. Without a
    delay both would answer "completed"."""
    fake = omi_fake_factory(processing_delay=0.25, clock=ManualClock())
    body = {
        "transcript_segments": [{"text": "Hello there.", "start": 0, "end": 1}],
        "client_session_id": "held",
    }
    answers: queue.Queue[httpx.Response] = queue.Queue()

    def create() -> None:
        with httpx.Client(base_url=fake.base_url, headers=_auth(fake.api_key)) as http:
            answers.put(http.post("/v1/dev/user/conversations/from-segments", json=body))

    senders = [threading.Thread(target=create) for _ in range(2)]
    for sender in senders:
        sender.start()
    try:
        duplicate = answers.get(timeout=10)
        assert duplicate.json()["status"] == "processing"
        assert answers.empty()  # the first is held: the clock has not moved
    finally:
        fake.clock.advance(seconds=0.25)
        for sender in senders:
            sender.join(timeout=10)
    first = answers.get_nowait()
    assert first.status_code == 200 and first.json()["status"] == "completed"
    assert first.json()["id"] == duplicate.json()["id"]


def _auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


@pytest.mark.parametrize(
    ("name", "bad", "says"),
    [
        ("error_500_rate", 1.5, "out of range"),
        ("burst_429_length", 0, "out of range"),
        ("rate_limits", {"dev:memories": 0}, "at least 1"),
        ("rate_limits", {"dreams": 3}, "unknown policy 'dreams'"),
        ("key", "omi_dev_short", "omi_dev_ + 32 hex"),
        ("demo", "yes", "True or False"),
        ("time_scale", 0, "> 0"),
    ],
)
def test_bad_values_are_refused_the_same_way_in_python_and_in_the_shell(
    name: str, bad: Any, says: str, omi_fake_factory: Callable[..., Any]
) -> None:
    with pytest.raises(ValueError, match=f"^{name}: .*{re.escape(says)}"):
        resolve({name: bad})
    with pytest.raises(ValueError, match=re.escape(says)):
        omi_fake_factory(**{name: bad})
    shell = bad if not isinstance(bad, dict) else ",".join(f"{k}={v}" for k, v in bad.items())
    if BY_NAME[name].kind != "flag":
        assert main([BY_NAME[name].flag, str(shell), "--port", "1"]) == 2


def test_an_unknown_option_names_the_known_ones(omi_fake_factory: Callable[..., Any]) -> None:
    with pytest.raises(TypeError, match=r"unknown fake Omi option\(s\) demo_data; known: host,"):
        omi_fake_factory(demo_data=True)
