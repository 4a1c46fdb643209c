"""Prism (pinned in tools/prism/) mocking spec/openapi.json on a free 127.0.0.1 port.

Prism is an independent reading of the spec: it rejects requests our client should never send
(the `sl-violations` response header) and invents responses our models must parse. Dynamic mode
draws new data each run; the seed is printed so a failure can be replayed with
OMI_PRISM_SEED=<seed>.
"""

from __future__ import annotations

import ctypes
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "openapi.json"
PRISM = ROOT / ".tools" / "prism" / "node_modules" / ".bin" / "prism"
VIOLATIONS = "sl-violations"


def missing_node() -> str | None:
    """Why Prism cannot run here, or None. Only an absent Node.js toolchain is a reason."""
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed: the Prism contract suite needs Node.js 20 and npm"
    return None


def ensure_installed() -> Path:
    """Install the pinned Prism with the Makefile's recipe if a plain pytest run got here first."""
    if not PRISM.exists():
        subprocess.run(["make", "-s", "prism"], cwd=ROOT, check=True, timeout=600)
    if not PRISM.exists():
        raise RuntimeError(f"`make prism` did not produce {PRISM}")
    return PRISM


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Prism:
    url: str
    seed: str
    log: Path

    def log_tail(self, lines: int = 30) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


def violations(headers: Any) -> list[dict[str, Any]]:
    """The spec violations Prism found in one exchange (empty when the request was valid)."""
    raw = headers.get(VIOLATIONS)
    if not raw:
        return []
    found: list[dict[str, Any]] = json.loads(raw)
    return found


@contextmanager
def running_prism(spec: Path = SPEC, *, seed: str | None = None) -> Iterator[Prism]:
    """Start Prism, wait until it answers, and always stop it (its whole process group)."""
    binary = ensure_installed()
    seed = seed or os.environ.get("OMI_PRISM_SEED") or str(random.randrange(1, 10**9))
    logdir = Path(tempfile.mkdtemp(prefix="prism-"))
    log = logdir / "prism.log"
    last_error = ""
    for _ in range(3):  # the free port can be taken between probe and bind: retry
        port = free_port()
        cmd = [str(binary), "mock", "--dynamic", "--seed", seed, "-h", "127.0.0.1"]
        cmd += ["-p", str(port), "-v", "warn", str(spec)]
        with log.open("wb") as out:
            proc = subprocess.Popen(
                cmd,
                cwd=ROOT,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                preexec_fn=_die_with_parent,
            )
        try:
            if _wait_ready(proc, port, deadline=time.monotonic() + 60):
                yield Prism(f"http://127.0.0.1:{port}", seed, log)
                return
            last_error = log.read_text(errors="replace")[-2000:]
        finally:
            _stop(proc)
            if proc.returncode is not None and not last_error:
                shutil.rmtree(logdir, ignore_errors=True)
    raise RuntimeError(f"Prism did not start on 127.0.0.1:\n{last_error}")


def _die_with_parent() -> None:
    """Linux: SIGTERM Prism if pytest itself is killed (CI timeout, kill -9), so no mock
    server outlives the run that started it."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _wait_ready(proc: subprocess.Popen[bytes], port: int, *, deadline: float) -> bool:
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.2)
    return False


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
