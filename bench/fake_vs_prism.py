"""Item 6: the fake Omi server against Prism mocking the same spec, same load, same machine.

Both servers run as their own processes on loopback; one load generator (bench/_load.py: 32
keep-alive HTTP/1.1 connections on raw asyncio streams, fixed time) drives each in turn,
interleaved over several rounds. Prism is @stoplight/prism-cli 5.14.2 from `make prism`
(.tools/prism), in its default static mode (it answers with the spec's examples, the cheapest
thing it can do); the fake stores and returns real data. Requests: GET one memory page of 1 item
(Prism returns one example item whatever the limit, so both send the same size) and POST a create.

    .venv/bin/python bench/fake_vs_prism.py [--seconds 4] [--connections 32]
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
from _load import LoadResult, build_request, drive
from _servers import FakeProcess
from _timing import QUICK, rounds

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / ".tools" / "prism" / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "spec" / "openapi.json"
HOST = "127.0.0.1"
CLI = "fake, omi-client mock process"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def start_prism(port: int, dynamic: bool) -> subprocess.Popen[bytes]:
    cmd = [str(PRISM), "mock", "-h", HOST, "-p", str(port), "-v", "warn", str(SPEC)]
    if dynamic:
        cmd[2:2] = ["--dynamic", "--seed", "1"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"prism exited with {proc.returncode}")
        try:
            r = httpx.get(
                f"http://{HOST}:{port}/v1/dev/user/folders",
                headers={"Authorization": "Bearer omi_dev_" + "0" * 32},
                timeout=1,
            )
            if r.status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise SystemExit("prism did not start within 60 s")


def start_fake_cli(port: int) -> tuple[subprocess.Popen[str], str] | None:
    """`python -m omi_client.testing` (what `omi-client mock` runs), rate limits off."""
    cmd = [sys.executable, "-m", "omi_client.testing", "--port", str(port), "--no-rate-limits"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("export OMI_API_KEY="):
            key = line.strip().split("=", 1)[1]
            break
    else:
        proc.wait()
        print(f"\n> `python -m omi_client.testing --no-rate-limits` failed ({proc.returncode})")
        return None
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection((HOST, port), timeout=0.2).close()
            return proc, key
        except OSError:
            time.sleep(0.05)
    proc.kill()
    return None


def requests(port: int, key: str) -> dict[str, bytes]:
    auth = {"Authorization": f"Bearer {key}", "Accept": "application/json"}
    body = json.dumps({"content": "Likes green tea", "category": "interesting"}).encode()
    post_headers = {**auth, "Content-Type": "application/json"}
    return {
        "GET /v1/dev/user/memories?limit=1": build_request(
            "GET", HOST, port, "/v1/dev/user/memories?limit=1&offset=0", auth
        ),
        "POST /v1/dev/user/memories": build_request(
            "POST", HOST, port, "/v1/dev/user/memories", post_headers, body
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0 if QUICK else 3.0)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--dynamic", action="store_true", help="run Prism with --dynamic too")
    args = parser.parse_args()
    if not PRISM.exists():
        print(
            f"\n> SKIPPED: {PRISM.relative_to(ROOT)} is missing; `make prism` installs it (Node 20)"
        )
        return

    fake = FakeProcess()
    cli_port = free_port()
    cli = start_fake_cli(cli_port)
    prism_port = free_port()
    prisms = {"Prism 5.14.2 (static)": start_prism(prism_port, dynamic=False)}
    dyn_port = free_port()
    if args.dynamic:
        prisms["Prism 5.14.2 (--dynamic)"] = start_prism(dyn_port, dynamic=True)
    try:
        fake_port = int(fake.base_url.rsplit(":", 1)[1])
        httpx.post(
            f"{fake.base_url}/v1/dev/user/memories/batch",
            headers={"Authorization": f"Bearer {fake.api_key}"},
            json={"memories": [{"content": f"seed {i}"} for i in range(25)]},
        ).raise_for_status()
        servers: dict[str, tuple[int, dict[str, bytes]]] = {
            "fake, FakeOmiServer thread": (fake_port, requests(fake_port, fake.api_key)),
            "Prism 5.14.2 (static)": (prism_port, requests(prism_port, "omi_dev_" + "0" * 32)),
        }
        if cli is not None:
            auth = {"Authorization": f"Bearer {cli[1]}"}
            httpx.post(
                f"http://{HOST}:{cli_port}/v1/dev/user/memories",
                headers=auth,
                json={"content": "a"},
            ).raise_for_status()
            servers[CLI] = (cli_port, requests(cli_port, cli[1]))
        if args.dynamic:
            servers["Prism 5.14.2 (--dynamic)"] = (
                dyn_port,
                requests(dyn_port, "omi_dev_" + "a" * 32),
            )
        n_rounds = rounds(5, quick=1)
        results: dict[tuple[str, str], list[LoadResult]] = {}
        names = list(servers)
        for label in servers[names[0]][1]:
            for name in names:  # warm-up: JIT, caches, connection setup
                port, reqs = servers[name]
                drive(HOST, port, reqs[label], seconds=0.5, connections=args.connections)
            for r in range(n_rounds):
                shift = r % len(names)
                for name in names[shift:] + names[:shift]:
                    port, reqs = servers[name]
                    res = drive(
                        HOST, port, reqs[label], seconds=args.seconds, connections=args.connections
                    )
                    if res.errors:
                        raise SystemExit(f"{name} {label}: {res.errors} non-2xx responses")
                    results.setdefault((label, name), []).append(res)
    finally:
        fake.close()
        if cli is not None:
            cli[0].terminate()
            cli[0].wait(timeout=10)
        for proc in prisms.values():
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()

    print(
        f"\n### Fake Omi server vs Prism: {args.connections} keep-alive connections, "
        f"{args.seconds:g} s per run, medians of {n_rounds} interleaved runs\n"
    )
    print(
        "| request | server | req/s | p50 ms | p99 ms "
        "| req/s vs Prism static | p50 vs Prism | p99 vs Prism |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    verdicts = []
    for label in dict.fromkeys(k[0] for k in results):
        med = {}
        for name in names:
            runs = results[(label, name)]
            med[name] = (
                statistics.median(r.rate for r in runs),
                statistics.median(r.percentile(0.50) for r in runs) * 1000,
                statistics.median(r.percentile(0.99) for r in runs) * 1000,
            )
        ref = med["Prism 5.14.2 (static)"]
        for name, (rate, p50, p99) in med.items():
            print(
                f"| {label} | {name} | {rate:,.0f} | {p50:.2f} | {p99:.2f} | "
                f"{rate / ref[0]:.2f}x | {p50 / ref[1]:.2f}x | {p99 / ref[2]:.2f}x |"
            )
        for fake_name in ("fake, FakeOmiServer thread", CLI):
            if fake_name in med:
                f = med[fake_name]
                ok = f[0] > ref[0] and f[1] < ref[1] and f[2] < ref[2]
                verdicts.append((f"{label}, {fake_name}", ok, f, ref))
    print()
    for label, ok, f, p in verdicts:
        print(
            f"- target {label}: ahead of Prism on req/s, p50 and p99: "
            f"{'MET' if ok else 'MISSED'} ({f[0]:,.0f} vs {p[0]:,.0f} req/s, "
            f"p50 {f[1]:.2f} vs {p[1]:.2f} ms, p99 {f[2]:.2f} vs {p[2]:.2f} ms)"
        )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
