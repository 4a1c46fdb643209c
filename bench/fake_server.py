"""Throughput of the fake Omi server (`omi-client mock`) on loopback, beside a bare uvicorn app.

Starts each server as its own process, drives it with keep-alive HTTP/1.1 connections from a raw
asyncio client (cheap enough that the server, not the client, is what gets measured) for a fixed
time, and prints requests/s, latency percentiles and the ratios. Bounded; stops by itself.

    .venv/bin/python bench/fake_server.py [--seconds 5] [--connections 32]  (BENCH_QUICK=1: 1 s)
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import socket
import subprocess
import sys
import time

TARGET = 1500.0
BARE_APP = """
import json
async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    body = json.dumps([]).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, proc: subprocess.Popen[str], timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited early: {proc.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise SystemExit("server did not start")


async def one_connection(port: int, request: bytes, stop_at: float, latencies: list[float]) -> int:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    done = 0
    try:
        while time.perf_counter() < stop_at:
            start = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            match = re.search(rb"content-length: *(\d+)", head, re.IGNORECASE)
            await reader.readexactly(int(match.group(1)) if match else 0)
            if status != 200:
                raise SystemExit(f"unexpected status {status}: {head!r}")
            latencies.append(time.perf_counter() - start)
            done += 1
    finally:
        writer.close()
    return done


async def drive(
    port: int, request: bytes, seconds: float, connections: int
) -> tuple[float, list[float]]:
    latencies: list[float] = []
    stop_at = time.perf_counter() + seconds
    started = time.perf_counter()
    counts = await asyncio.gather(
        *(one_connection(port, request, stop_at, latencies) for _ in range(connections))
    )
    return sum(counts) / (time.perf_counter() - started), sorted(latencies)


def http_get(path: str, port: int, key: str = "") -> bytes:
    auth = f"Authorization: Bearer {key}\r\n" if key else ""
    return f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{auth}\r\n".encode()


def run_server(cmd: list[str], port: int) -> subprocess.Popen[str]:
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    wait_port(port, proc)
    return proc


def row(name: str, rate: float, lat: list[float], bare_rate: float) -> str:
    p50, p99 = lat[len(lat) // 2] * 1000, lat[int(len(lat) * 0.99)] * 1000
    ratios = f"{rate / bare_rate:.2f}x | {rate / TARGET:.2f}x"
    return f"| {name} | {rate:,.0f} | {p50:.2f} | {p99:.2f} | {ratios} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    quick = os.environ.get("BENCH_QUICK") == "1"
    parser.add_argument("--seconds", type=float, default=1.0 if quick else 5.0)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    bin_dir = os.path.dirname(sys.executable)

    port = free_port()
    bare = run_server(
        [
            sys.executable,
            "-c",
            f"{BARE_APP}\nimport uvicorn\nuvicorn.run(app, port={port}, "
            "log_level='warning', access_log=False, lifespan='off')",
        ],
        port,
    )
    try:
        bare_rate, bare_lat = asyncio.run(
            drive(port, http_get("/", port), args.seconds, args.connections)
        )
    finally:
        bare.terminate()
        bare.wait(timeout=10)

    port = free_port()
    fake = run_server(
        [
            os.path.join(bin_dir, "omi-client"),
            "mock",
            "--port",
            str(port),
            "--demo",
            "--no-rate-limits",
        ],
        port,
    )
    rows = []
    try:
        assert fake.stdout is not None
        key = ""
        while not key:
            line = fake.stdout.readline()
            if line.startswith("export OMI_API_KEY="):
                key = line.strip().split("=", 1)[1]
        for label, path in (
            ("fake: GET /memories?limit=10", "/v1/dev/user/memories?limit=10"),
            (
                "fake: GET /action-items?completed=false",
                "/v1/dev/user/action-items?limit=5&completed=false",
            ),
        ):
            rate, lat = asyncio.run(
                drive(port, http_get(path, port, key), args.seconds, args.connections)
            )
            rows.append(row(label, rate, lat, bare_rate))
    finally:
        fake.terminate()
        fake.wait(timeout=10)

    print(
        f"{args.connections} keep-alive connections, {args.seconds:g} s a row, one server process\n"
    )
    print("| server | req/s | p50 ms | p99 ms | vs bare | vs 1,500/s target |")
    print("|---|---:|---:|---:|---:|---:|")
    print(row("bare uvicorn ASGI app (same stack)", bare_rate, bare_lat, bare_rate))
    for line in rows:
        print(line)


if __name__ == "__main__":
    main()
