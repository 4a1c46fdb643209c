"""The SDK as a user installs it: the built wheel, in a fresh venv, type-checked by mypy --strict.

The project's own mypy run reads the source tree, so it cannot tell whether the *installed* package
carries its types. This builds the wheel, installs it with the pinned mypy into a new venv (no
source tree on the path, no project config), and runs ``mypy --strict --disallow-any-expr`` on
examples/: every value the SDK returns must reach the user's checker with its real type (the
examples pin them with assert_type), and no expression in them may be Any.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))


def _run(cmd: list[str | Path], cwd: Path, env: dict[str, str]) -> str:
    proc = subprocess.run(
        [str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert proc.returncode == 0, f"{cmd}\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


def test_the_installed_wheel_is_typed_for_mypy_strict(tmp_path: Path) -> None:
    assert len(EXAMPLES) >= 2
    # A clean environment: nothing from this checkout or the dev venv leaks in.
    leaks = ("PYTHONPATH", "MYPYPATH", "VIRTUAL_ENV")
    env = {k: v for k, v in os.environ.items() if k not in leaks}
    env["PYTHONDONTWRITEBYTECODE"] = "1"

    dist = tmp_path / "dist"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    _run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", dist, ROOT], tmp_path, env)
    (wheel,) = dist.glob("omi_client-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    packages = {n.split("/")[0] for n in names if ".dist-info/" not in n}
    assert packages == {"omi_client"}, packages  # one top-level package
    assert "omi_client/py.typed" in names  # PEP 561: covers omi_client._generated too
    assert "omi_client/_generated/models/developer_memory.py" in names
    assert "omi_client/_generated/api/memories/list_memories.py" in names

    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], tmp_path, env)
    python = venv / "bin" / "python"
    # Versions pinned by requirements.lock (mypy and the wheel's own dependencies).
    lock = ["--constraint", ROOT / "requirements.lock"]
    _run([*pip, "--python", python, "install", *lock, wheel, "mypy"], tmp_path, env)

    work = tmp_path / "user"
    (work / "examples").mkdir(parents=True)
    for example in EXAMPLES:
        shutil.copy(example, work / "examples" / example.name)
    probe = "import sys, omi_client.models; print(omi_client.__file__); print(sys.path)"
    where = _run([python, "-c", probe], work, env)
    assert where.startswith(str(venv)), where  # the wheel, not the checkout
    assert str(ROOT) not in where, where

    out = _run(
        [python, "-m", "mypy", "--strict", "--disallow-any-expr", "--no-incremental", "examples"],
        work,
        env,
    )
    assert "Success: no issues found in" in out, out
