"""Shared timing helpers: interleaved rounds, medians, ratio tables printed as Markdown.

The machines are small and shared, so no absolute number is trusted on its own: every case of a
benchmark runs once per round, in a rotating order, and the tables compare medians as ratios.
"""

from __future__ import annotations

import gc
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Mapping, Sequence

QUICK = os.environ.get("BENCH_QUICK", "") not in ("", "0")
# BENCH_CLOCK=cpu times in-process cases with this process's CPU time instead of wall time: on a
# machine shared with other busy processes, waiting for a core then does not count as work.
CLOCK = time.process_time if os.environ.get("BENCH_CLOCK") == "cpu" else time.perf_counter


def rounds(default: int, quick: int = 2) -> int:
    """Interleaved rounds to run: BENCH_QUICK=1 for a smoke run, BENCH_ROUNDS=N to force."""
    forced = os.environ.get("BENCH_ROUNDS")
    if forced:
        return max(1, int(forced))
    return quick if QUICK else default


def interleave(
    cases: Mapping[str, Callable[[], float]], n_rounds: int, *, warmup: bool = True
) -> dict[str, list[float]]:
    """Run each case once per round, rotating the start so no case always goes first.

    A case returns the seconds it measured (so it can leave set-up out of the timing).
    """
    names = list(cases)
    if warmup:
        for name in names:
            cases[name]()
    results: dict[str, list[float]] = {name: [] for name in names}
    for r in range(n_rounds):
        shift = r % len(names)
        for name in names[shift:] + names[:shift]:
            results[name].append(cases[name]())
    return results


def timed(fn: Callable[[], object]) -> float:
    """Seconds `fn` takes, starting from a collected heap (so one case's garbage does not make
    the next one pay for a full collection)."""
    gc.collect()
    start = CLOCK()
    fn()
    return CLOCK() - start


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def spread(values: Sequence[float]) -> float:
    """Half the interquartile range relative to the median: how noisy the runs were."""
    if len(values) < 4:
        return (max(values) - min(values)) / 2 / statistics.median(values)
    q = statistics.quantiles(values, n=4)
    return (q[2] - q[0]) / 2 / statistics.median(values)


def table(
    title: str,
    results: dict[str, list[float]],
    *,
    baselines: Sequence[str] = (),
    paired: dict[str, str] | None = None,
    unit: str = "ms",
    scale: float = 1000.0,
    per: float | None = None,
    per_label: str = "",
) -> None:
    """A Markdown table: median, noise, and median ratio to each baseline (lower is better).

    ``paired`` maps a row to its own baseline row (e.g. AsyncOmi -> raw httpx.AsyncClient),
    shown in one "x baseline" column.
    """
    print(f"\n### {title}\n")
    head = f"| case | median {unit} | ±IQR/2 | runs |"
    sep = "|---|---:|---:|---:|"
    for b in baselines:
        head += f" x {b} |"
        sep += "---:|"
    if paired:
        head += " x its baseline |"
        sep += "---:|"
    if per is not None:
        head += f" {per_label} |"
        sep += "---:|"
    print(head)
    print(sep)
    for name, values in results.items():
        m = median(values)
        row = f"| {name} | {m * scale:.3f} | {spread(values) * 100:.0f}% | {len(values)} |"
        for b in baselines:
            row += f" {m / median(results[b]):.2f} |"
        if paired:
            b = paired.get(name, name)
            row += f" {m / median(results[b]):.2f} |"
        if per is not None:
            row += f" {per / m:,.0f} |"
        print(row)
    sys.stdout.flush()


def verdict(label: str, ratio: float, limit: float) -> bool:
    ok = ratio <= limit
    print(f"- target {label}: {ratio:.2f}x (limit {limit:.2f}x) -> {'MET' if ok else 'MISSED'}")
    sys.stdout.flush()
    return ok


def machine_note() -> str:
    return (
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{os.cpu_count()} CPUs, {platform.system()} {platform.release()}, {platform.machine()}; "
        f"{load_note()}"
    )


def load_note() -> str:
    """The load average (as `uptime` shows it): on a shared machine, how busy the run was."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f} (1, 5, 15 min)"
