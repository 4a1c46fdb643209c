"""The GitHub workflows: what they run, how they are pinned, and that their lint can fail."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / ".github" / "workflows"
BIN = Path(sys.executable).parent
USES = re.compile(r"^\s*(?:-\s+)?uses:\s*(\S+)(.*)$", re.M)


def _load(name: str) -> dict[Any, Any]:
    doc: dict[Any, Any] = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    return doc


def test_every_action_is_pinned_by_commit_with_its_version_named() -> None:
    found = []
    for path in sorted(WORKFLOWS.glob("*.yml")):
        for action, rest in USES.findall(path.read_text(encoding="utf-8")):
            found.append(action)
            assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action), (path.name, action)
            assert re.fullmatch(r"\s*# v\d+\.\d+\.\d+", rest), (path.name, action, rest)
    assert len(found) == 6


def test_ci_runs_make_test_on_every_supported_python_with_caches() -> None:
    ci = _load("ci.yml")
    assert ci["permissions"] == {"contents": "read"}
    job = ci["jobs"]["test"]
    assert job["strategy"]["matrix"]["python"] == ["3.11", "3.12", "3.13"]
    steps = {s.get("uses", "").split("@")[0]: s for s in job["steps"]}
    python = steps["actions/setup-python"]["with"]
    node = steps["actions/setup-node"]["with"]
    assert (python["cache"], python["cache-dependency-path"]) == ("pip", "requirements.lock")
    assert (node["cache"], node["cache-dependency-path"]) == (
        "npm",
        "tools/prism/package-lock.json",
    )
    assert steps["actions/checkout"]["with"] == {"persist-credentials": False}
    assert job["steps"][-1]["run"] == "make test PYTHON=python"
    classifiers = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for version in job["strategy"]["matrix"]["python"]:
        assert f"Programming Language :: Python :: {version}" in classifiers


def test_spec_sync_is_scheduled_and_its_upstream_url_is_one_setting() -> None:
    sync = _load("spec-sync.yml")
    assert set(sync[True]) == {"schedule", "workflow_dispatch"}  # YAML 1.1 reads `on` as True
    assert sync["permissions"] == {}
    url = sync["env"]["UPSTREAM_SPEC_URL"]
    assert url == (
        "https://raw.githubusercontent.com/BasedHardware/omi/main/docs/api-reference/openapi.json"
    )
    text = (WORKFLOWS / "spec-sync.yml").read_text(encoding="utf-8")
    assert text.count("BasedHardware/omi") == 1 and text.count("$UPSTREAM_SPEC_URL") == 1
    run = "\n".join(s.get("run", "") for s in sync["jobs"]["sync"]["steps"])
    assert 'make sync-spec SPEC="$UPSTREAM_SPEC_URL"' in run
    assert 'SPEC_DIFF_FLAGS="--json --fail-on-breaking"' in run  # its exit code picks the label
    assert "gh label create breaking" in run and "--label breaking" in run
    assert "--body-file body.md" in run and "report.txt" in run


@pytest.mark.parametrize(
    ("broken", "tool", "says"),
    [
        ("jobs:\n  x:\n    steps:\n      - run: echo\n", "check-jsonschema", "runs-on"),
        (
            "jobs:\n  x:\n    runs-on: ubuntu-24.04\n    steps:\n"
            "      - uses: actions/checkout@v4\n",
            "zizmor",
            "unpinned-uses",
        ),
    ],
)
def test_the_workflow_lint_fails_on_a_broken_workflow(
    broken: str, tool: str, says: str, tmp_path: Path
) -> None:
    workflow = tmp_path / ".github" / "workflows" / "broken.yml"
    workflow.parent.mkdir(parents=True)
    workflow.write_text("name: broken\non: push\npermissions: {}\n" + broken, encoding="utf-8")
    if tool == "zizmor":
        cmd = [str(BIN / "zizmor"), "--offline", "--pedantic", "--no-progress", str(workflow)]
    else:
        cmd = [str(BIN / tool), "--builtin-schema", "vendor.github-workflows", str(workflow)]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert run.returncode != 0 and says in run.stdout + run.stderr, run.stdout + run.stderr
