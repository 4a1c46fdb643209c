"""One option table builds `omi-client mock`'s flags and the fixtures' keyword arguments."""

from __future__ import annotations

import dataclasses
import inspect
import re
from collections.abc import Callable
from typing import Any

import click
import pytest
from omi_client.testing import FakeOmi, FaultConfig
from omi_client.testing._cli import command
from omi_client.testing._options import BY_NAME, OPTIONS, PASS_THROUGH, build_app, resolve

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


def test_option_values_reach_the_fake() -> None:
    values = resolve(
        {
            "seed": 5,
            "rate_limits": "dev:memories=3",
            "processing_delay": 0.25,
            "error_503_rate": 0.5,
        }
    )
    app = build_app(values)
    try:
        assert app.limiter is not None and app.limiter.limits["dev:memories"] == 3
        assert app.faults.config.error_503_rate == 0.5 and app.faults.config.seed == 0
        assert app.semantics.env.processing_delay == 0.25
    finally:
        app.close()
    off = build_app(resolve({"rate_limits": False}))
    assert off.limiter is None
    off.close()


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
        from omi_client.testing._cli import main

        assert main([BY_NAME[name].flag, str(shell), "--port", "1"]) == 2


def test_an_unknown_option_names_the_known_ones(omi_fake_factory: Callable[..., Any]) -> None:
    with pytest.raises(TypeError, match=r"unknown fake Omi option\(s\) demo_data; known: host,"):
        omi_fake_factory(demo_data=True)
