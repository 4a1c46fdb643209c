"""make sync-spec keeps the old spec and prints what changed, before anything is regenerated."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from spec_variants import ROOT, SPEC, write_all


def test_sync_spec_keeps_the_previous_spec_and_prints_the_report(tmp_path: Path) -> None:
    # A scratch checkout, so the shared spec/openapi.json is never touched.
    checkout = tmp_path / "checkout"
    (checkout / "tools").mkdir(parents=True)
    (checkout / "spec").mkdir()
    for tool in ("sync_spec.py", "spec_diff.py", "spec_provenance.py"):
        shutil.copy(ROOT / "tools" / tool, checkout / "tools" / tool)
    shutil.copy(SPEC, checkout / "spec" / "openapi.json")
    shutil.copy(SPEC.parent / "PROVENANCE.json", checkout / "spec" / "PROVENANCE.json")
    upstream = {p.stem: p for p in write_all(tmp_path / "variants")}["field-removed"]

    run = subprocess.run(
        [
            sys.executable,
            str(checkout / "tools" / "sync_spec.py"),
            str(upstream),
            "--commit",
            "0" * 40,
        ],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert (checkout / ".tools" / "openapi.previous.json").read_bytes() == SPEC.read_bytes()
    assert (checkout / "spec" / "openapi.json").read_bytes() == upstream.read_bytes()
    assert "BREAKING (1)\n  - DeveloperMemory.tags: field removed" in run.stdout
