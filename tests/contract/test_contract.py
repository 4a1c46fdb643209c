"""Schemathesis against the running fake: every phase, positive and negative data, all checks.

Every check is on (schemathesis.toml), except missing_required_header on the three /v1/dev/keys*
operations (the toml says why). The only departure from spec/openapi.json is
tests/contract/overlay.py, where each entry says which real-server rule the spec does not express.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from omi_client._spec import load_spec
from omi_client.testing import FakeOmiServer
from overlay import overlaid, overlay

HERE = Path(__file__).resolve().parent
EXCLUDED_CHECKS: dict[
    str, str
] = {}  # check name -> why; keep empty unless a reason is written here
PHASES = "examples,coverage,fuzzing,stateful"
MAX_EXAMPLES = os.environ.get("OMI_CONTRACT_MAX_EXAMPLES", "30")
SEED = os.environ.get("OMI_CONTRACT_SEED", "1")


def _st() -> str:
    found = shutil.which("st", path=str(Path(sys.executable).parent)) or shutil.which("st")
    assert found, "schemathesis is part of the dev toolchain (make venv)"
    return found


def test_every_overlay_entry_has_a_reason_and_the_result_is_valid_openapi() -> None:
    from openapi_spec_validator import validate

    ops = overlay(load_spec())
    assert ops and all(op.get("reason", "").strip() for op in ops)
    validate(overlaid(load_spec()))


@pytest.mark.timeout(1500)
def test_schemathesis_finds_no_failures(tmp_path: Path) -> None:
    spec_file = tmp_path / "openapi.json"
    spec_file.write_text(json.dumps(overlaid(load_spec())), encoding="utf-8")
    excluded = ["--exclude-checks", ",".join(EXCLUDED_CHECKS)] if EXCLUDED_CHECKS else []
    # Rate limits off: schemathesis sends thousands of requests, and 429 is not in the spec.
    # The limits have fidelity tests of their own.
    with FakeOmiServer(rate_limits=False, seed=int(SEED)) as server:
        env = {
            **os.environ,
            "OMI_DEV_KEY": server.dev_key,
            "OMI_FIREBASE_TOKEN": server.firebase_token,
        }
        run = subprocess.run(
            [
                _st(),
                "--config-file",
                str(HERE / "schemathesis.toml"),
                "run",
                str(spec_file),
                "--url",
                server.base_url,
                "--phases",
                PHASES,
                "--mode",
                "all",
                *excluded,
                "--max-response-time",
                "5",
                "--max-examples",
                MAX_EXAMPLES,
                "--seed",
                SEED,
                "--workers",
                "1",
                "--generation-database",
                "none",
                "--no-color",
                "--report",
                "junit",
                "--report-dir",
                str(tmp_path / "report"),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=1400,
            check=False,
        )
    output = run.stdout + run.stderr
    assert run.returncode == 0, output[-20000:]
    for phase in ("Examples", "Coverage", "Fuzzing", "Stateful"):
        assert f"✅ {phase}" in output, f"{phase} did not run and pass:\n{output[-5000:]}"
    assert "29 selected / 29 total" in output
    # The stateful phase really chained calls: create -> read/update/delete over inferred links.
    links = re.search(r"API Links:\s+(\d+) covered", output)
    assert links is not None and int(links.group(1)) >= 10, output[-5000:]
