"""Item 3: memory held while walking every memory, against the fake server (its own process).

Each walk runs in a fresh interpreter, twice: once under tracemalloc (the peak of what the walk
allocates, traced from after imports and client set-up) and once without it (the RSS high-water
mark minus the RSS before the walk, from /proc). The floor is one page: `Omi.memories.list(
limit=1000)` held. Walks: `Omi.memories.iterate()`, `AsyncOmi.memories.iterate()` and `omi-client
export --only memories` (in-process, through the CLI's `main`), over 10,000 and 100,000
memories, with raw httpx + `json` paging as a reference. Constant memory: the 100,000 walk peaks
at about one page plus a constant, as the 10,000 one does.

    .venv/bin/python bench/walk_memory.py     (BENCH_QUICK=1: 2,000 and 20,000)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

from _servers import FakeProcess
from _timing import QUICK, median, rounds

SIZES = (2_000, 20_000) if QUICK else (10_000, 100_000)
RUNS = rounds(2, 1)
PAGE = 1000

WALKER = r"""
import asyncio, json, os, sys, time, tracemalloc
import httpx
from omi_client import AsyncOmi, Omi
from omi_client.cli import main as cli_main
# Imported before the measurement: what the export command imports on first use.
import omi_client.cli.app, omi_client.cli.engines.exporter, omi_client.cli.engines.sources
import omi_client.cli.progress, rich.progress

mode, base_url, key, traced, out = sys.argv[1:6]
MEMORIES = "/v1/dev/user/memories"


def status_kb(field):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1])


def raw_walk(http):
    n = offset = 0
    while page := http.get(MEMORIES, params={"limit": 1000, "offset": offset}).json():
        n += len(page)
        offset += 1000
    return n


async def async_walk(omi):
    n = 0
    async for _ in omi.memories.iterate():
        n += 1
    return n


# Set-up, not measured: the connection is open, the models are imported.
if mode == "raw":
    http = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {key}"})
    http.get(MEMORIES, params={"limit": 1}).json()
elif mode == "async":
    loop = asyncio.new_event_loop()
    omi = AsyncOmi(key, base_url=base_url)
    loop.run_until_complete(omi.memories.list(limit=1))
elif mode == "export":
    os.environ.update(OMI_BASE_URL=base_url, OMI_API_KEY=key)
    cli_main(["--json", "memories", "list", "--limit", "1"])
else:
    omi = Omi(key, base_url=base_url)
    omi.memories.list(limit=1)
before = status_kb("VmRSS")
if traced == "1":
    tracemalloc.start()
started = time.perf_counter()
if mode == "page":
    held = omi.memories.list(limit=1000)
    count = len(held)
elif mode == "raw":
    count = raw_walk(http)
elif mode == "sync":
    count = sum(1 for _ in omi.memories.iterate())
elif mode == "async":
    count = loop.run_until_complete(async_walk(omi))
else:
    assert cli_main(["--json", "export", out, "--only", "memories"]) == 0
    with open(os.path.join(out, "memories.jsonl"), "rb") as fh:
        count = sum(1 for _ in fh)
report = {
    "count": count,
    "seconds": time.perf_counter() - started,
    "peak": tracemalloc.get_traced_memory()[1] if traced == "1" else 0,
    "grown": (status_kb("VmHWM") - before) * 1024,
}
print(json.dumps(report), file=sys.__stdout__, flush=True)
"""


def walk(mode: str, fake: FakeProcess, traced: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="omi-walk-") as tmp:
        out = os.path.join(tmp, "export")
        args = [sys.executable, "-c", WALKER, mode, fake.base_url, fake.api_key, str(int(traced))]
        proc = subprocess.run([*args, out], capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise SystemExit(f"walker {mode} failed:\n{proc.stderr[-3000:]}")
    line = proc.stdout.strip().splitlines()[-1]
    result: dict[str, float] = json.loads(line)
    return result


WALKS = (
    ("raw", "raw httpx + `json`, page by page (reference)"),
    ("sync", "`Omi.memories.iterate()`"),
    ("async", "`AsyncOmi.memories.iterate()`"),
    ("export", "`omi-client export --only memories`"),
)


def main() -> None:
    print(
        f"\n### Memory held while walking every memory (page size {PAGE}; fresh interpreter per "
        f"walk, median of {RUNS})\n\nTarget: the largest walk peaks within one page + 2 MB and "
        "grows by less than 0.5 MB from the smallest (tracemalloc; the RSS high-water mark above "
        "the RSS before the walk is shown beside it).\n"
    )
    print("| walk | memories | tracemalloc peak MB | x one page | RSS growth MB | s |")
    print("|---|---:|---:|---:|---:|---:|")
    sys.stdout.flush()
    peaks: dict[tuple[str, int], float] = {}
    fakes = {n: FakeProcess() for n in SIZES}
    try:
        for n, fake in fakes.items():
            fake.seed_memories(n)
        page = [walk("page", fakes[SIZES[0]], True) for _ in range(RUNS)]
        floor = median([r["peak"] for r in page])
        grown = median([walk("page", fakes[SIZES[0]], False)["grown"] for _ in range(RUNS)])
        print(
            f"| one page: `Omi.memories.list(limit={PAGE})`, held | {PAGE:,} | "
            f"{floor / 1e6:.2f} | 1.00 | {grown / 1e6:.2f} | |"
        )
        for mode, label in WALKS:
            for n, fake in fakes.items():
                traced = [walk(mode, fake, True) for _ in range(RUNS)]
                plain = [walk(mode, fake, False) for _ in range(RUNS)]
                if any(r["count"] != n for r in traced + plain):
                    raise SystemExit(f"{mode} walked {traced[0]['count']} of {n} memories")
                peaks[(mode, n)] = peak = median([r["peak"] for r in traced])
                grown = median([r["grown"] for r in plain])
                seconds = median([r["seconds"] for r in plain])
                print(
                    f"| {label} | {n:,} | {peak / 1e6:.2f} | {peak / floor:.2f} | "
                    f"{grown / 1e6:.2f} | {seconds:.2f} |"
                )
                sys.stdout.flush()
    finally:
        for fake in fakes.values():
            fake.close()
    small, big = SIZES
    print()
    for mode, label in WALKS[1:]:
        p_small, p_big = peaks[(mode, small)], peaks[(mode, big)]
        ok = p_big <= floor + 2e6 and p_big - p_small <= 0.5e6
        print(
            f"- target {label}: {p_big / 1e6:.2f} MB at {big:,} (one page {floor / 1e6:.2f} MB), "
            f"{(p_big - p_small) / (big - small):,.1f} bytes per memory from {small:,} -> "
            f"{'MET' if ok else 'MISSED'}"
        )
    p_small, p_big = peaks[("raw", small)], peaks[("raw", big)]
    print(
        f"- raw httpx for reference: {p_big / 1e6:.2f} MB at {big:,}, "
        f"{(p_big - p_small) / (big - small):,.1f} bytes per memory from {small:,}"
    )


if __name__ == "__main__":
    main()
