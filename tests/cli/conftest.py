"""Run the CLI in-process against the fake server, capturing what it prints."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest
from omi_client.cli import main


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture(autouse=True)
def state_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Each test's own registry of past imports (never the user's ~/.local/state)."""
    path = tmp_path_factory.mktemp("omi-cli-state")
    monkeypatch.setenv("OMI_CLI_STATE_DIR", str(path))
    return path


@pytest.fixture
def cli(omi_fake: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Any:
    """cli("memories", "list", "--json") -> Result, talking to the fake with a full-scope key."""
    monkeypatch.setenv("OMI_BASE_URL", omi_fake.base_url)
    monkeypatch.setenv("OMI_API_KEY", omi_fake.api_key)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("OMI_FIREBASE_TOKEN", raising=False)

    def run(*args: str) -> Result:
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run
