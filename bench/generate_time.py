"""Item 7: `make generate` wall time.

Runs exactly what `make generate` runs (`tools/generate.py`: patch the spec, openapi-python-client
0.29.1 with our templates, ruff), but with `--target` in a temporary directory so a benchmark never
rewrites generated/ under other people's feet. `make check-generated` (`--check`) is timed too.

    .venv/bin/python bench/generate_time.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _timing import interleave, rounds, table

ROOT = Path(__file__).resolve().parent.parent


def run(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "generate.py"), *args],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="omi-bench-generate-"))
    try:
        target = tmp / "_generated"

        def generate() -> float:
            shutil.rmtree(target, ignore_errors=True)
            return run(["--target", str(target)])

        results = interleave(
            {
                "make generate (tools/generate.py)": generate,
                "make check-generated (--check)": lambda: run(["--check"]),
            },
            rounds(3, quick=1),
            warmup=False,
        )
        same = subprocess.run(
            [
                "diff",
                "-r",
                "-q",
                "-x",
                "__pycache__",
                str(target),
                str(ROOT / "generated" / "omi_client" / "_generated"),
            ],
            capture_output=True,
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    table("Code generation wall time", results, unit="s", scale=1.0)
    identical = "yes" if same.returncode == 0 else "NO"
    print(f"- output identical to generated/omi_client/_generated: {identical}")


if __name__ == "__main__":
    main()
