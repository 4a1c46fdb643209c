"""`make bench`: every benchmark, one after another, each printing its Markdown table.

.venv/bin/python bench/run_all.py [--only import_time,overhead] [--out results.md]
BENCH_QUICK=1 ... for a fast smoke run (fewer rounds, smaller counts)
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

from _timing import load_note, machine_note

HERE = Path(__file__).resolve().parent
SCRIPTS = [
    "import_time",
    "cold_cli",  # `omi-client --json memories list` vs a raw httpx one-shot, fresh processes
    "overhead",
    "parse",
    "e2e",
    "walk_memory",  # memory held by iterate() and export over 10,000 and 100,000 memories
    "bulk",
    "fake_vs_prism",
    "fake_server",  # the fake-server engineers' own check: `omi-client mock` vs a bare uvicorn app
    "fixture_overhead",  # what the omi_fake pytest fixture costs a user's test
    "fake_scale",  # the fake with 1,000,000 memories (~1 GB of RAM at its peak, a few minutes)
    "generate_time",
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated script names")
    parser.add_argument("--out", type=Path, help="also write everything printed to this file")
    args = parser.parse_args()
    chosen = [s for s in SCRIPTS if not args.only or s in args.only.split(",")]
    out = args.out.open("w", encoding="utf-8") if args.out else None

    def emit(text: str) -> None:
        sys.stdout.write(text)
        sys.stdout.flush()
        if out:
            out.write(text)
            out.flush()

    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    emit(f"# omi-client benchmarks, {now}\n\nMachine: {machine_note()}\n")
    failed = []
    total = time.perf_counter()
    for name in chosen:
        emit(f"\n## {name}\n")
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, str(HERE / f"{name}.py")],
            stdout=subprocess.PIPE,
            text=True,
            cwd=HERE.parent,
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            emit(line)
        if proc.wait() != 0:
            failed.append(name)
        emit(f"\n({name}: {time.perf_counter() - start:.0f} s)\n")
    emit(f"\nTotal: {time.perf_counter() - total:.0f} s; at the end: {load_note()}\n")
    if failed:
        emit(f"FAILED: {', '.join(failed)}\n")
    if out:
        out.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
