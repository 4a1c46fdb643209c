"""make sync-spec rehearsed on a scratch copy of the repository: to a REAL older upstream version
(BasedHardware/omi at a4bce82d, vendored in tests/rehearsal/upstream/) and back, then to an
additive change fetched the way the scheduled workflow fetches it (a raw URL on `main`, pinned
to its latest commit; here an offline stand-in for GitHub). Each step shows the report, the
provenance record and the regenerated tree, and what a user is told when something fails.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from spec_variants import ROOT, VARIANTS, dump, load_current

UPSTREAM = Path(__file__).resolve().parent / "upstream"
OLDER = UPSTREAM / "openapi-a4bce82d.json"
OLDER_RECORD = json.loads((UPSTREAM / "PROVENANCE.json").read_text())["openapi-a4bce82d.json"]
TODAY = json.loads((ROOT / "spec" / "PROVENANCE.json").read_text(encoding="utf-8"))
SPEC_PATH = "docs/api-reference/openapi.json"
NEXT_COMMIT = "5eed" * 10  # the stand-in's made-up latest commit of the derived next version
CHEAP_SPEC_TESTS = "valid_openapi or provenance or patch_entry or generated_module"


def _copy_repo(dest: Path) -> Path:
    """The parts of the repository that make sync-spec and the spec's own tests touch."""
    ignore = shutil.ignore_patterns("__pycache__", ".ruff_cache", ".mypy_cache")
    for part in ("spec", "tools", "generated", "wrapper"):
        shutil.copytree(ROOT / part, dest / part, symlinks=True, ignore=ignore)
    (dest / "tests").mkdir()
    shutil.copy(ROOT / "tests" / "test_foundation.py", dest / "tests")
    return dest


def _run(
    repo: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """A command in the copy, importing the copy's omi_client (PYTHONPATH wins over the install)."""
    base = {**os.environ, "PYTHONPATH": str(repo / "wrapper"), **(env or {})}
    return subprocess.run(args, cwd=repo, env=base, capture_output=True, text=True, timeout=600)


def _sync(
    repo: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return _run(repo, sys.executable, "tools/sync_spec.py", *args, env=env)


def _spec_tests(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return _run(repo, sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                "-p", "no:schemathesis", "tests/test_foundation.py", *args)  # fmt: skip


def _record(repo: Path) -> dict[str, object]:
    value: dict[str, object] = json.loads((repo / "spec" / "PROVENANCE.json").read_text())
    return value


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and "__pycache__" not in p.parts}  # fmt: skip


@pytest.fixture
def github(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """A stand-in for GitHub's commits API and raw files, serving one derived next version."""
    variant = next(v for v in VARIANTS if v.name == "operation-added")
    next_spec = dump(variant.apply(load_current())).encode()
    commits = [{"sha": NEXT_COMMIT, "commit": {"committer": {"date": "2026-12-01T09:30:00Z"}}}]

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            routes = {
                f"/api/repos/BasedHardware/omi/commits?sha=main&path={SPEC_PATH}&per_page=1": (
                    json.dumps(commits).encode()
                ),
                f"/raw/BasedHardware/omi/{NEXT_COMMIT}/{SPEC_PATH}": next_spec,
            }
            body = routes.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.end_headers()
            self.wfile.write(body or b"not found")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    yield f"{base}/api", f"{base}/raw"
    server.shutdown()
    server.server_close()


def test_sync_to_a_real_older_upstream_and_back(tmp_path: Path) -> None:
    repo = _copy_repo(tmp_path / "repo")
    today = (repo / "spec" / "openapi.json").read_bytes()
    shutil.copy(repo / "spec" / "openapi.json", tmp_path / "today.json")

    # 1. Back to a4bce82d: the report, the record, and a refusal that says what to do.
    older = _sync(repo, str(OLDER), "--commit", OLDER_RECORD["source"]["commit"],
                  "--committed-at", "2026-05-01")  # fmt: skip
    print(older.stdout)
    assert older.returncode == 0, older.stderr
    assert "sha256 33816dc26148 -> e3d644927120; BasedHardware/omi" in older.stdout
    assert "GET /v1/dev/user/memories/vector/search: operation removed" in older.stdout
    assert "Summary: 268 breaking, 97 additive - update callers before shipping." in older.stdout
    record = _record(repo)
    assert {k: record[k] for k in ("sha256", "bytes", "operations")} == {
        k: OLDER_RECORD[k] for k in ("sha256", "bytes", "operations")
    }
    source = dict(OLDER_RECORD["source"])
    del source["subject"]
    assert record["source"] == source
    assert (repo / ".tools" / "openapi.previous.json").read_bytes() == today
    generate = _run(repo, sys.executable, "tools/generate.py")
    print(generate.stderr)
    assert generate.returncode == 1
    assert (
        "spec/patch.json entry 1 (replace /components/schemas/ErrorResponse/properties/detail/"
        "anyOf/1) no longer applies to spec/openapi.json: member 'anyOf' not found"
        in generate.stderr
    )
    assert "update or remove the entry, then run make generate" in generate.stderr
    failing = _spec_tests(repo, "-k", CHEAP_SPEC_TESTS)
    print(failing.stdout)
    assert "FAILED tests/test_foundation.py::test_every_patch_entry_has_a_reason_and_applies" in (
        failing.stdout
    )
    assert "It was there because: ErrorResponse.detail has an array branch" in failing.stdout
    assert "test_spec_is_the_upstream_file_its_provenance_record_names PASSED" not in failing.stdout
    assert "test_spec_is_the_upstream_file" not in failing.stdout.split("short test summary")[-1]

    # 2. Forward again to 01c6c33: the same bytes, the same record, the same generated tree.
    back = _sync(repo, str(tmp_path / "today.json"), "--commit", TODAY["source"]["commit"])
    print(back.stdout)
    assert back.returncode == 0, back.stderr
    assert "sha256 e3d644927120 -> 33816dc26148" in back.stdout
    assert "POST /v1/dev/user/ask: operation added" in back.stdout
    assert (repo / "spec" / "openapi.json").read_bytes() == today
    assert {**_record(repo), "synced_at": TODAY["synced_at"]} == TODAY
    generated = repo / "generated" / "omi_client" / "_generated"
    before = _tree(generated)
    regenerated = _run(repo, sys.executable, "tools/generate.py")
    assert regenerated.returncode == 0, regenerated.stderr
    assert _tree(generated) == before
    passing = _spec_tests(repo, "-k", CHEAP_SPEC_TESTS)
    assert passing.returncode == 0, passing.stdout


def test_a_file_without_its_upstream_commit_is_refused(tmp_path: Path) -> None:
    repo = _copy_repo(tmp_path / "repo")
    refused = _sync(repo, str(OLDER))
    assert refused.returncode == 2
    assert "say which upstream commit it is with --commit SHA" in refused.stderr
    assert (repo / "spec" / "openapi.json").read_bytes() == (
        ROOT / "spec" / "openapi.json"
    ).read_bytes()


def test_sync_from_main_pins_the_latest_commit_and_the_spec_tests_pass(
    tmp_path: Path, github: tuple[str, str]
) -> None:
    api, raw = github
    repo = _copy_repo(tmp_path / "repo")
    env = {"OMI_SYNC_GITHUB_API": api, "OMI_SYNC_GITHUB_RAW": raw}
    url = f"{raw}/BasedHardware/omi/main/{SPEC_PATH}"
    synced = _sync(repo, url, env=env)
    print(synced.stdout)
    assert synced.returncode == 0, synced.stderr
    assert f"BasedHardware/omi main: latest commit of {SPEC_PATH} is {NEXT_COMMIT}" in synced.stdout
    assert "Summary: 0 breaking, 1 additive - safe for existing callers." in synced.stdout
    record = _record(repo)
    assert record["operations"] == 30
    assert record["source"] == {
        "repository": "BasedHardware/omi",
        "path": SPEC_PATH,
        "commit": NEXT_COMMIT,
        "committed_at": "2026-12-01",
        "url": f"https://raw.githubusercontent.com/BasedHardware/omi/{NEXT_COMMIT}/{SPEC_PATH}",
        "licence": "MIT",
    }
    regenerated = _run(repo, sys.executable, "tools/generate.py")
    assert regenerated.returncode == 0, regenerated.stderr
    module = repo / "generated" / "omi_client" / "_generated" / "api" / "memories" / "get_memory.py"
    assert module.exists()  # the new operation has its generated module
    # The vendored spec's own tests pass on the synced copy (all but the generator's determinism
    # checks, which regenerate three more times and do not depend on the spec).
    own = _spec_tests(repo, "-k", "not deterministic and not hand_edit")
    assert own.returncode == 0, own.stdout
    assert re.search(r"\b\d+ passed, 2 deselected", own.stdout) and "failed" not in own.stdout


def test_the_vendored_older_version_is_the_upstream_file_its_record_names() -> None:
    import spec_provenance

    assert spec_provenance.problems(OLDER.read_bytes(), OLDER_RECORD) == []
    assert OLDER_RECORD["source"]["commit"] == "a4bce82d7a571aadc4a19b4838cb4537ed4be273"
