"""Run the CLI in-process against the fake server, capturing what it prints. Its waits (rate
limits, settling, backoffs) move the fake's clock instead of taking real time."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from omi_client.cli.run import run
from omi_client.cli.sleeper import Sleeper


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


class Cli:
    """cli("memories", "list", "--json") -> Result. `waits`: every wait of the CLI, in seconds.

    The CLI waits on the fake's clock, unless `real_time` (for a test whose server really holds
    a request: an injected latency meets the client's real timeout)."""

    def __init__(self, server: Any, capsys: pytest.CaptureFixture[str], real_time: bool) -> None:
        self.server = server
        self.capsys = capsys
        self.real_time = real_time
        self.waits: list[float] = []
        monotonic = time.monotonic if real_time else server.clock.time
        self.sleeper = Sleeper(sleep=self._sleep, monotonic=monotonic)

    def _sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        if self.real_time:
            time.sleep(seconds)
        else:
            self.server.clock.advance(seconds=seconds)

    def __call__(self, *args: str) -> Result:
        self.capsys.readouterr()
        code = run(list(args), sleeper=self.sleeper)
        captured = self.capsys.readouterr()
        return Result(code, captured.out, captured.err)


@pytest.fixture(autouse=True)
def state_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Each test's own registry of past imports (never the user's ~/.local/state)."""
    path = tmp_path_factory.mktemp("omi-cli-state")
    monkeypatch.setenv("OMI_CLI_STATE_DIR", str(path))
    return path


@pytest.fixture
def cli_for(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., Cli]:
    """cli_for(server) -> Cli talking to `server` (a fake) with its full-scope key, from now on;
    cli_for(server, real_time=True) waits in real time."""
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("OMI_FIREBASE_TOKEN", raising=False)

    def make(server: Any, real_time: bool = False) -> Cli:
        monkeypatch.setenv("OMI_BASE_URL", server.base_url)
        monkeypatch.setenv("OMI_API_KEY", server.api_key)
        return Cli(server, capsys, real_time)

    return make


@pytest.fixture
def cli(omi_fake: Any, cli_for: Callable[..., Cli]) -> Cli:
    """The CLI on `omi_fake`."""
    return cli_for(omi_fake)
