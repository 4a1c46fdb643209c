"""Item 2: the fake Omi server holding a million memories, in memory and with `--data`.

Per store (each server in its own process, one user):
- start-up: seeding N memories through the public seeding API (`FakeOmi.seed`), and restarting
  `omi-client mock --data FILE` on the seeded file until it answers the newest page;
- the server's RSS (now and its high-water mark, from /proc);
- GET /v1/dev/user/memories?limit=100 p50/p99 at offset 0 and at offset N-1000, and right after
  a write to an old memory (PATCH, DELETE: the next list must not re-sort the collection);
- create throughput (sequential POSTs on one keep-alive connection).
A 1,000-memory in-memory fake runs beside the big one the whole time, as the reference every ratio
is taken against (same run, interleaved rounds). Loopback only, bounded; temp files removed.

    .venv/bin/python bench/fake_scale.py      (BENCH_SCALE=N instead of 1,000,000; BENCH_QUICK=1)
"""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _timing import QUICK, median, rounds

N = int(os.environ.get("BENCH_SCALE", 20_000 if QUICK else 1_000_000))
REFERENCE_N = 1_000
LIMIT = 100
# Many short rounds, so a burst of load from another process hits every case alike.
PER_ROUND = 10  # GETs per case per round (a fifth of that after a write)
CREATES = 100  # POSTs per round
ROUNDS = rounds(40, 4)
RESTARTS = 1 if QUICK else 3
MEMORIES = "/v1/dev/user/memories"

# Seeds argv[1] memories through the public seeding API in chunks (the records each call returns
# are dropped), then serves them until stdin closes ("serve"; a "gc" line asks for the full
# collections seen meanwhile) or closes the data file and exits.
SEEDER = r"""
import gc, json, sys, time
started = time.perf_counter()
from omi_client.testing import FakeOmi, FakeOmiServer
n, data, mode = int(sys.argv[1]), sys.argv[2] or None, sys.argv[3]
imported = time.perf_counter()
app = FakeOmi(data=data, seed=0, rate_limits=False, log_requests=False)
opened = time.perf_counter()
TOPICS = ("likes green tea", "works on the project", "plays chess every morning",
          "learned to paint", "is fluent in Spanish", "lives near the park", "went hiking")
for start in range(0, n, 10_000):
    app.seed.memories(f"{TOPICS[i % 7]} (note {i})" for i in range(start, min(n, start + 10_000)))
seeded = time.perf_counter()
peak_kb = int(open("/proc/self/status").read().split("VmHWM:")[1].split()[0])
report = {"import_s": imported - started, "open_s": opened - imported,
          "seed_s": seeded - opened, "peak_mb": peak_kb / 1024}
if mode != "serve":
    app.close()
    print(json.dumps(report), flush=True)
    sys.exit(0)
pauses, began = [], [0.0]
def timing(phase, info):
    if info["generation"] == 2:
        if phase == "start":
            began[0] = time.perf_counter()
        else:
            pauses.append(time.perf_counter() - began[0])
server = FakeOmiServer(app).start()
report.update(base_url=server.base_url, api_key=server.api_key)
print(json.dumps(report), flush=True)
gc.callbacks.append(timing)
for line in sys.stdin:
    print(json.dumps({"full_collections": len(pauses), "max_ms": max(pauses, default=0) * 1000}),
          flush=True)
    pauses.clear()
server.stop()
"""


def memory_mb(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) of a process, in MB."""
    status = Path(f"/proc/{pid}/status").read_text()
    found = dict(re.findall(r"^(VmRSS|VmHWM):\s+(\d+) kB", status, re.MULTILINE))
    return int(found["VmRSS"]) / 1024, int(found["VmHWM"]) / 1024


class Server:
    """A fake in its own process, with one keep-alive connection to it."""

    def __init__(self, proc: subprocess.Popen[str], base_url: str, api_key: str) -> None:
        self.proc = proc
        host, port = base_url.removeprefix("http://").split(":")
        self.conn = http.client.HTTPConnection(host, int(port), timeout=120)
        self.headers = {"Authorization": f"Bearer {api_key}", "Content-Type": "application/json"}

    def call(self, method: str, path: str, body: object = None) -> Any:
        payload = json.dumps(body) if body is not None else None
        try:
            self.conn.request(method, path, body=payload, headers=self.headers)
            response = self.conn.getresponse()
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            # uvicorn closes a keep-alive connection idle for 5 s (while the other server was
            # busy): the request was never read, so it goes again on a new connection.
            self.conn.close()
            self.conn.request(method, path, body=payload, headers=self.headers)
            response = self.conn.getresponse()
        data = response.read()
        if response.status >= 300:
            raise SystemExit(f"{method} {path}: {response.status} {data[:200]!r}")
        return json.loads(data) if data else None

    def timed(self, method: str, path: str, body: object = None) -> float:
        start = time.perf_counter()
        self.call(method, path, body)
        return time.perf_counter() - start

    def memory(self) -> str:
        return "{:,.0f} MB (peak {:,.0f} MB)".format(*memory_mb(self.proc.pid))

    def gc_note(self) -> str:
        """What the in-process seeder saw of full collections since it was last asked."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write("gc\n")
        self.proc.stdin.flush()
        stats = json.loads(self.proc.stdout.readline())
        return f"{stats['full_collections']}, longest {stats['max_ms']:.0f} ms"

    def close(self) -> None:
        self.conn.close()
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        if self.proc.args[1] == "-m":  # omi-client mock: stopped as Ctrl-C stops it
            self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def seed(n: int, data: Path | None) -> tuple[dict[str, Any], Server | None]:
    """Run the seeder: its report, and the server when there is no data file (it serves)."""
    mode = "exit" if data else "serve"
    args = [sys.executable, "-c", SEEDER, str(n), str(data or ""), mode]
    proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line:
        raise SystemExit("the seeding process failed (see stderr above)")
    report: dict[str, Any] = json.loads(line)
    if data:
        proc.wait(timeout=120)
        return report, None
    return report, Server(proc, report["base_url"], report["api_key"])


def restart(data: Path) -> tuple[Server, float, float]:
    """`omi-client mock --data FILE` on an existing file: seconds until it prints its URL and
    until it answers the newest page."""
    started = time.perf_counter()
    args = [sys.executable, "-m", "omi_client.testing", "--data", str(data), "--port", "0"]
    proc = subprocess.Popen(
        [*args, "--no-rate-limits"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    found: dict[str, str] = {}
    for line in proc.stdout:
        match = re.match(r"export (OMI_BASE_URL|OMI_API_KEY)=(\S+)", line)
        if match:
            found[match.group(1)] = match.group(2).strip("'")
        if len(found) == 2:
            break
    else:
        raise SystemExit("omi-client mock --data did not start (see stderr above)")
    printed = time.perf_counter() - started
    server = Server(proc, found["OMI_BASE_URL"], found["OMI_API_KEY"])
    deadline = time.monotonic() + 300
    while True:  # the port is bound when it prints, and accepts once uvicorn runs
        try:
            server.call("GET", f"{MEMORIES}?limit={LIMIT}")
            return server, printed, time.perf_counter() - started
        except ConnectionRefusedError:
            server.conn.close()
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("omi-client mock --data did not listen") from None
            time.sleep(0.005)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def cases_for(server: Server, n: int) -> dict[str, Callable[[], list[float]]]:
    """The timed cases of one server; each returns its latency samples (seconds)."""
    per_case = (ROUNDS + 1) * (PER_ROUND // 5)
    old = server.call("GET", f"{MEMORIES}?limit={2 * per_case}&offset={max(0, n - 3000)}")
    assert len(old) == 2 * per_case
    to_patch, to_delete = [m["id"] for m in old[:per_case]], [m["id"] for m in old[per_case:]]

    def gets(offset: int) -> list[float]:
        path = f"{MEMORIES}?limit={LIMIT}&offset={offset}"
        return [server.timed("GET", path) for _ in range(PER_ROUND)]

    def after(method: str, ids: list[str]) -> list[float]:
        samples = []
        for _ in range(PER_ROUND // 5):
            body = {"content": "edited"} if method == "PATCH" else None
            server.call(method, f"{MEMORIES}/{ids.pop()}", body)
            samples.append(server.timed("GET", f"{MEMORIES}?limit={LIMIT}"))
        return samples

    def creates() -> list[float]:
        body = {"content": "a new memory about tea", "category": "interesting"}
        return [server.timed("POST", MEMORIES, body) for _ in range(CREATES)]

    found = {"GET offset 0": lambda: gets(0)}
    if n > REFERENCE_N:
        found[f"GET offset {n - 1000:,}"] = lambda: gets(n - 1000)
    found["GET after PATCH"] = lambda: after("PATCH", to_patch)
    found["GET after DELETE"] = lambda: after("DELETE", to_delete)
    found["POST create"] = creates
    return found


def measure(servers: dict[str, tuple[Server, int]]) -> dict[str, dict[str, list[float]]]:
    """Interleaved rounds over every (server, case), after one warm-up round."""
    cases = {
        (label, case): fn
        for label, (server, n) in servers.items()
        for case, fn in cases_for(server, n).items()
    }
    names = list(cases)
    samples: dict[tuple[str, str], list[float]] = {name: [] for name in names}
    for name in names:
        cases[name]()
    for r in range(ROUNDS):
        shift = (r * 3) % len(names)
        for name in names[shift:] + names[:shift]:
            samples[name].extend(cases[name]())
    out: dict[str, dict[str, list[float]]] = {}
    for (label, case), values in samples.items():
        out.setdefault(label, {})[case] = values
    return out


def latency_table(title: str, results: dict[str, dict[str, list[float]]], ref: str) -> None:
    print(f"\n#### {title}\n")
    print("| store | case | p50 ms | p99 ms | requests | p50 x ref | p99 x ref | p99 x offset 0 |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    reference = results[ref]
    for label, cases in results.items():
        for case, values in cases.items():
            base = reference.get(case, reference["GET offset 0"])
            p50, p99 = median(values), percentile(values, 0.99)
            row = f"| {label} | {case} | {p50 * 1000:.2f} | {p99 * 1000:.2f} | {len(values):,} |"
            row += f" {p50 / median(base):.2f} | {p99 / percentile(base, 0.99):.2f} |"
            first = cases["GET offset 0"]
            row += f" {p99 / percentile(first, 0.99):.2f} |" if case.startswith("GET") else " |"
            print(row)
    for label, cases in results.items():
        if label == ref:
            continue
        deep = next(c for c in cases if c.startswith("GET offset") and c != "GET offset 0")
        ratio = percentile(cases[deep], 0.99) / percentile(cases["GET offset 0"], 0.99)
        verdict = "MET" if ratio <= 2.0 else "MISSED"
        print(
            f"- target {label}: p99 at {deep[4:]} within 2x of offset 0: {ratio:.2f}x -> {verdict}"
        )
        rate, ref_rate = 1 / median(cases["POST create"]), 1 / median(reference["POST create"])
        print(
            f"- {label}: {rate:,.0f} creates/s (median of {len(cases['POST create']):,} sequential "
            f"POSTs), {rate / ref_rate:.2f}x the {ref} fake's"
        )
    sys.stdout.flush()


class Notes(list[tuple[str, str]]):
    """Start-up and memory figures, also shown on stderr as they come (the run takes minutes)."""

    def add(self, name: str, value: str) -> None:
        print(f"  {name}: {value}", file=sys.stderr, flush=True)
        self.append((name, value))


def seeded(report: dict[str, Any]) -> str:
    return (
        f"{report['seed_s']:.1f} s ({N / report['seed_s']:,.0f} memories/s; peak RSS "
        f"{report['peak_mb']:,.0f} MB)"
    )


def secs(values: list[float]) -> str:
    if len(values) == 1:
        return f"{values[0]:.2f} s"
    runs = ", ".join(f"{v:.2f}" for v in values)
    return f"{median(values):.2f} s (median of {len(values)}: {runs})"


def in_memory(ref: Server, notes: Notes) -> dict[str, dict[str, list[float]]]:
    report, big = seed(N, None)
    assert big is not None
    try:
        notes.add("in memory: seed through FakeOmi.seed", seeded(report))
        notes.add("in memory: server RSS after seeding", big.memory())
        big.gc_note()  # count from here
        label = f"{N:,} in memory"
        results = measure({f"{REFERENCE_N:,} in memory": (ref, REFERENCE_N), label: (big, N)})
        notes.add("in memory: full collections during the rounds", big.gc_note())
        notes.add("in memory: server RSS after the rounds", big.memory())
    finally:
        big.close()
    return results


def with_data_file(ref: Server, notes: Notes) -> tuple[dict[str, dict[str, list[float]]], float]:
    with tempfile.TemporaryDirectory(prefix="omi-fake-scale-") as tmp:
        data = Path(tmp) / "fake.db"
        report, _ = seed(N, data)
        notes.add("--data: seed through FakeOmi.seed into the file", seeded(report))
        size = sum(p.stat().st_size for p in Path(tmp).iterdir()) / 1e6
        notes.add("--data: file size", f"{size:,.0f} MB")
        printed, answered = [], []
        for _ in range(RESTARTS):
            server, to_print, to_answer = restart(data)
            printed.append(to_print)
            answered.append(to_answer)
            if len(printed) < RESTARTS:
                server.close()
        try:
            notes.add(
                "--data: restart `omi-client mock --data` until it prints its URL", secs(printed)
            )
            notes.add("--data: restart until it answers the newest page", secs(answered))
            notes.add("--data: server RSS after restart", server.memory())
            label = f"{N:,} --data"
            results = measure(
                {f"{REFERENCE_N:,} in memory": (ref, REFERENCE_N), label: (server, N)}
            )
            notes.add("--data: server RSS after the rounds", server.memory())
        finally:
            server.close()
    return results, median(answered)


def main() -> None:
    print(
        f"\n### The fake with {N:,} memories: start-up, memory, list latency (limit={LIMIT}), "
        f"creates\n\nReference: an in-memory fake with {REFERENCE_N:,} memories beside it, in the "
        f"same interleaved rounds ({ROUNDS} rounds of {PER_ROUND} GETs per case, "
        f"{PER_ROUND // 5} for the after-a-write cases, {CREATES} POSTs)."
    )
    sys.stdout.flush()
    notes = Notes()
    _, ref = seed(REFERENCE_N, None)
    assert ref is not None
    try:
        memory = in_memory(ref, notes)
        disk, restart_s = with_data_file(ref, notes)
    finally:
        ref.close()
    print("\n| start-up and memory | value |\n|---|---:|")
    for name, value in notes:
        print(f"| {name} | {value} |")
    latency_table(f"In memory, {N:,} memories", memory, f"{REFERENCE_N:,} in memory")
    latency_table(f"With --data, {N:,} memories", disk, f"{REFERENCE_N:,} in memory")
    verdict = "MET" if restart_s <= 5.0 else "MISSED"
    print(
        f"- target restart on a {N:,}-record --data file until it answers the newest page in a few "
        f"seconds (<= 5 s): {restart_s:.1f} s -> {verdict}"
    )


if __name__ == "__main__":
    main()
