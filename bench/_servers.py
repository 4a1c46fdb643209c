"""The fake Omi server in its own process, so client and server do not share one GIL.

The child runs `omi_client.testing.FakeOmiServer` with every rate limit lifted (a benchmark sends
thousands of requests; the real limits allow 120 an hour) and obeys one-line commands on stdin:
`reset`, `count <resource>` and `seed_memories <n>` (through the public seeding API, no HTTP).
Closing stdin stops it, so it never outlives the benchmark.
"""

from __future__ import annotations

import subprocess
import sys
from types import TracebackType

CHILD = r"""
import sys
from omi_client import testing

limits = getattr(testing, "DEFAULT_LIMITS", None) or dict.fromkeys(
    ["dev:memories_read", "dev:memories", "dev:memories_batch", "dev:action_items_read",
     "dev:action_items_write", "dev:goals_read", "dev:goals_write", "dev:conversations_read",
     "dev:conversation_detail_read", "dev:conversation_transcript_read", "dev:conversations",
     "dev:ask"], 0)
server = testing.FakeOmiServer(seed=0, rate_limits={k: 10**9 for k in limits}).start()
print(server.base_url, server.api_key, flush=True)
for line in sys.stdin:
    cmd, *args = line.split()
    if cmd == "reset":
        server.reset()
        print("ok", flush=True)
    elif cmd == "count":
        print(server.count(args[0]), flush=True)
    elif cmd == "seed_memories":
        n = int(args[0])
        for start in range(0, n, 10_000):
            chunk = range(start, min(n, start + 10_000))
            server.seed.memories(f"memory {i}: likes green tea" for i in chunk)
        print("ok", flush=True)
server.stop()
"""


class FakeProcess:
    """`with FakeProcess() as fake:` -> fake.base_url, fake.api_key, fake.reset(), fake.count()."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", CHILD],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise SystemExit("the fake Omi server did not start (see stderr above)")
        self.base_url, self.api_key = line.split()

    def _ask(self, command: str) -> str:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def reset(self) -> None:
        if self._ask("reset") != "ok":
            raise RuntimeError("reset failed")

    def count(self, resource: str) -> int:
        return int(self._ask(f"count {resource}"))

    def seed_memories(self, n: int) -> None:
        """Store `n` memories for the key's user straight through `FakeOmiServer.seed`."""
        if self._ask(f"seed_memories {n}") != "ok":
            raise RuntimeError("seeding failed")

    def request_ms(self, n: int = 20) -> float:
        """Median milliseconds of a small sequential GET on one keep-alive connection."""
        import statistics
        import time

        import httpx

        times = []
        headers = {"Authorization": f"Bearer {self.api_key}"}
        with httpx.Client(base_url=self.base_url, headers=headers, timeout=30) as http:
            for _ in range(n):
                t = time.perf_counter()
                http.get("/v1/dev/user/memories", params={"limit": 1}).raise_for_status()
                times.append(time.perf_counter() - t)
        return statistics.median(times) * 1000

    def scaled(self, n: int, slow_ms: float = 5.0) -> int:
        """`n`, or n/20 when the server is pathologically slow, so a run stays bounded."""
        ms = self.request_ms()
        if ms <= slow_ms:
            return n
        small = max(25, n // 20)
        print(
            f"\n> WARNING: the fake server takes {ms:.1f} ms per request on loopback (expected "
            f"< 1 ms; see BENCHMARKS.md, finding 1). Scaled {n:,} down to {small:,} to stay "
            "bounded.",
            flush=True,
        )
        return small

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def __enter__(self) -> FakeProcess:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
