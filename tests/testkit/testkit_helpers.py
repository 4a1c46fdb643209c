"""Helpers of the testkit tests (imported as ``testkit_helpers``): run pytest on a user's test
module in a subprocess, the way a user's CI would, and read its outcome."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Outcome:
    code: int
    out: str

    def counts(self) -> dict[str, int]:
        """{'passed': 5, 'skipped': 2, ...} from pytest's closing line."""
        last = self.out.strip().splitlines()[-1]
        return {word: int(n) for n, word in re.findall(r"(\d+) (\w+)", last)}

    def skip_reasons(self) -> list[str]:
        """The reasons of `-rs` lines (SKIPPED [1] where:line: reason), in order."""
        return re.findall(r"^SKIPPED \[\d+\] \S+?:\d+: (.+)$", self.out, re.M)


RunPytest = Callable[..., Outcome]


def make_runner(tmp_path: Path) -> RunPytest:
    """run({"test_x.py": source}, "-n", "2", env={...}) -> Outcome (no cache, no ini)."""

    def run(files: dict[str, str], *args: str, env: dict[str, str] | None = None) -> Outcome:
        for name, text in files.items():
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / name).write_text(text, encoding="utf-8")
        base = {k: v for k, v in os.environ.items() if not k.startswith(("OMI_", "PYTEST_"))}
        proc = subprocess.run(
            # schemathesis is our dev tool, not the user's: its plugin alone costs ~3 s a run.
            [sys.executable, "-m", "pytest", "-rs", "-p", "no:cacheprovider",
             "-p", "no:schemathesis", "-o", "asyncio_default_fixture_loop_scope=function",
             *args, *(f for f in files if Path(f).name.startswith("test_"))],
            cwd=tmp_path,
            env={**base, **(env or {})},
            capture_output=True,
            text=True,
            timeout=300,
        )  # fmt: skip
        return Outcome(proc.returncode, proc.stdout + proc.stderr)

    return run
