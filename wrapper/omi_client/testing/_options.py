"""The fake Omi's options, declared once.

`omi-client mock` builds its flags from this table (`--name-with-dashes`, the same help and the same
value checks) and the pytest plugin takes the same names as keyword arguments (the `omi_fake`
marker, the `omi_fake_options` fixture, `omi_fake_factory(...)`), so the shell and the tests cannot
drift apart. Importing this module loads neither click nor the server.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from ._app import FakeOmi

# How a value is spelled and checked (also the CLI's metavar): see _convert.
Kind = Literal[
    "text", "port", "path", "flag", "key", "int", "count",
    "seconds", "scale", "rate", "ms", "limits",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Option:
    """One option of the fake: its keyword name, default, help text and value kind.

    ``live`` says what `pytest --omi-live` does with a test that sets it to a non-default value:
    "ignore" it (it only shapes the fake) or "skip" the test (it expects something only the fake
    can do, e.g. demo data or injected faults). ``alias`` is an extra CLI flag meaning one value.
    """

    name: str
    default: Any
    help: str
    kind: Kind
    group: Literal["server", "faults"] = "server"
    live: Literal["ignore", "skip"] = "ignore"
    cli_default: Any = None  # where a shell wants another default than a test (port 8787)
    alias: tuple[str, Any] | None = None

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")

    @property
    def shell_default(self) -> Any:
        return self.default if self.cli_default is None else self.cli_default


def _fault(name: str, default: Any, help: str, kind: Kind) -> Option:
    """A fault-injection option (a FaultConfig field): fake-only, so a live run skips the test."""
    return Option(name, default, help, kind, group="faults", live="skip")


OPTIONS: tuple[Option, ...] = (
    Option("host", "127.0.0.1", "Interface to listen on.", "text"),
    Option("port", 0, "TCP port; 0 picks a free one.", "port", cli_default=8787),
    Option(
        "data",
        None,
        "SQLite file that keeps the fake's state (and its key) across restarts; "
        "in memory when not given.",
        "path",
        live="skip",
    ),
    Option(
        "demo",
        False,
        "Preload a small account: memories (one locked), conversations (one starred, one "
        "locked), action items, a goal with history.",
        "flag",
        live="skip",
    ),
    Option("key", None, "Use this developer key (omi_dev_ + 32 hex) instead of a new one.", "key"),
    Option("seed", None, "Make generated ids and keys reproducible.", "int"),
    Option(
        "rate_limits",
        True,
        "The real per-key hourly limits (on), none (off), or some changed: POLICY=N[,...] "
        "(the others stay real).",
        "limits",
        alias=("--no-rate-limits", False),
    ),
    Option(
        "rate_limit_boost",
        1.0,
        "Multiply every limit, as the server's RATE_LIMIT_BOOST does: max(1, int(limit * B)) "
        "(1 is the code's default; production reportedly runs 100).",
        "scale",
    ),
    Option(
        "time_scale",
        1.0,
        "Real seconds per server second for rate-limit windows (1/3600: an hour lasts 1 s).",
        "scale",
    ),
    Option(
        "processing_delay",
        0.0,
        'Seconds a from-segments create stays in flight (a duplicate is answered "processing" '
        "meanwhile).",
        "seconds",
        live="skip",
    ),
    _fault("fault_seed", 0, "Seed of the fault draws: same seed and calls, same faults.", "int"),
    _fault("error_500_rate", 0.0, "Share of requests answered 500.", "rate"),
    _fault("error_503_rate", 0.0, "Share of requests answered 503.", "rate"),
    _fault("burst_429_rate", 0.0, "Chance a request starts a burst of 429s.", "rate"),
    _fault("burst_429_length", 3, "Requests in a burst of 429s.", "count"),
    _fault("latency_ms", 0.0, "Latency added to every request.", "ms"),
    _fault("latency_jitter_ms", 0.0, "Up to this much more latency, drawn per request.", "ms"),
    _fault("drop_before_rate", 0.0, "Share of connections dropped before the write.", "rate"),
    _fault(
        "drop_after_rate",
        0.0,
        "Share of connections dropped after the write commits (the client never hears).",
        "rate",
    ),
)
BY_NAME: dict[str, Option] = {o.name: o for o in OPTIONS}
# FakeOmi arguments the Python side may pass as they are (no flag can express them).
PASS_THROUGH = ("spec", "faults", "clock", "log_requests")
_FAULT_FIELDS = {
    "fault_seed": "seed",
    **{o.name: o.name for o in OPTIONS if o.group == "faults" and o.name != "fault_seed"},
}


def resolve(given: Mapping[str, Any]) -> dict[str, Any]:
    """Every option's value: the defaults with `given` on top, checked like the CLI checks them.

    Raises TypeError for an unknown name (listing the known ones) and ValueError for a bad value.
    """
    unknown = sorted(set(given) - set(BY_NAME) - set(PASS_THROUGH))
    if unknown:
        known = ", ".join([*BY_NAME, *PASS_THROUGH])
        raise TypeError(f"unknown fake Omi option(s) {', '.join(unknown)}; known: {known}")
    values = {o.name: o.default for o in OPTIONS}
    for name, value in given.items():
        values[name] = value if name in PASS_THROUGH else check(BY_NAME[name], value)
    return values


def check(option: Option, value: Any) -> Any:
    """The value as the fake uses it, or ValueError naming the option (shared with the CLI)."""
    try:
        return _convert(option.kind, value)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{option.name}: {exc}") from None


def _convert(kind: Kind, value: Any) -> Any:
    if value is None and kind in ("path", "key", "int"):
        return None
    if kind == "flag":
        if not isinstance(value, bool):
            raise TypeError(f"expected True or False, not {value!r}")
        return value
    if kind == "limits":
        return parse_limits(value)
    if kind == "path":
        return Path(value)
    if kind in ("text", "key"):
        if not isinstance(value, str):
            raise TypeError(f"expected a string, not {value!r}")
        if kind == "key":
            from ._auth import KEY_RE

            if not KEY_RE.fullmatch(value):
                raise ValueError(f"a developer key is omi_dev_ + 32 hex digits, not {value!r}")
        return value
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise TypeError(f"expected a number, not {value!r}")
    number: float
    if kind in ("int", "port", "count"):
        try:
            number = int(value)
        except ValueError:
            raise ValueError(f"expected a whole number, not {value!r}") from None
        if isinstance(value, float) and value != number:
            raise ValueError(f"expected a whole number, not {value!r}")
    else:
        try:
            number = float(value)
        except ValueError:
            raise ValueError(f"expected a number, not {value!r}") from None
    low, high = _RANGES[kind]
    if number < low or (high is not None and number > high) or (kind == "scale" and number <= 0):
        bounds = "> 0" if kind == "scale" else f"{low}..{high}" if high is not None else f">= {low}"
        raise ValueError(f"{value!r} is out of range ({bounds})")
    return number


_RANGES: dict[str, tuple[float, float | None]] = {
    "int": (-(2**63), 2**63 - 1),
    "port": (0, 65535),
    "count": (1, None),
    "seconds": (0.0, None),
    "scale": (0.0, None),
    "ms": (0.0, None),
    "rate": (0.0, 1.0),
}


def parse_limits(value: Any) -> bool | dict[str, int]:
    """rate_limits: True/"on", False/"off", or {policy: hourly limit} / "policy=N,policy=N"."""
    from omi_client.limits import RATE_POLICIES

    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("on", "off"):
            return text == "on"
        pairs: dict[str, Any] = {}
        for part in filter(None, (p.strip() for p in text.split(","))):
            policy, sep, number = part.partition("=")
            if not sep:
                raise ValueError(f"expected on, off or POLICY=N[,POLICY=N], not {value!r}")
            pairs[policy.strip()] = number.strip()
        value = pairs
    if not isinstance(value, Mapping):
        raise TypeError(f"expected True, False or a mapping of policy to limit, not {value!r}")
    limits: dict[str, int] = {}
    for policy, number in value.items():
        if policy not in RATE_POLICIES:
            raise ValueError(f"unknown policy {policy!r}; one of {', '.join(RATE_POLICIES)}")
        try:
            limits[policy] = int(number)
        except (TypeError, ValueError):
            raise ValueError(f"limit of {policy} must be a whole number, not {number!r}") from None
        if limits[policy] < 1:
            raise ValueError(f"limit of {policy} must be at least 1, not {number!r}")
    return limits


def build_app(values: Mapping[str, Any], *, log_requests: bool = True) -> FakeOmi:
    """A new FakeOmi from resolved option values (the serving options are not its business)."""
    from ._app import FakeOmi
    from ._faults import FaultConfig

    faults = values.get("faults") or FaultConfig(
        **{field: values[name] for name, field in _FAULT_FIELDS.items()}
    )
    limits = values["rate_limits"]
    extra = {name: values[name] for name in PASS_THROUGH if name in values and name != "faults"}
    extra.setdefault("log_requests", log_requests)
    return FakeOmi(
        data=values["data"],
        seed=values["seed"],
        faults=faults,
        rate_limits=None if limits is True else limits,
        rate_limit_boost=values["rate_limit_boost"],
        time_scale=values["time_scale"],
        processing_delay=values["processing_delay"],
        **extra,
    )


def live_conflicts(given: Mapping[str, Any]) -> list[str]:
    """The options in `given` that only the fake can honour (a live run skips such a test).

    Changed rate limits count (the test expects those limits); on or off does not (a real
    account has its limits either way)."""
    return [
        f"{name}={value!r}"
        for name, value in given.items()
        if (name in PASS_THROUGH and name != "log_requests")
        or (name == "rate_limits" and not isinstance(value, bool) and value not in ("on", "off"))
        or (name in BY_NAME and BY_NAME[name].live == "skip" and value != BY_NAME[name].default)
    ]
