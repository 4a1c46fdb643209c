"""Fault injection, reproducible from a seed.

Each operation keeps its own request counter, and the k-th request to an operation draws its fate
from hash(seed, operation, k): the same sequence of calls meets the same faults on every run, even
when other operations interleave. A request can also ask for a fault with the test header
`X-Fake-Omi-Fault: 500 | 503 | 504 | 429 | latency=MS | drop-before | drop-after` (comma-
separated). A 503 says what the real server's own 503s say; a 504 is the real server's timeout
(an empty body).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

from ._errors import HTTPError

HEADER = "x-fake-omi-fault"


@dataclass(frozen=True, slots=True)
class FaultConfig:
    """Fault rates (0..1) and latency; all off by default."""

    seed: int = 0
    error_500_rate: float = 0.0
    error_503_rate: float = 0.0
    burst_429_rate: float = 0.0
    burst_429_length: int = 3
    latency_ms: float = 0.0
    latency_jitter_ms: float = 0.0
    drop_before_rate: float = 0.0
    drop_after_rate: float = 0.0

    @property
    def active(self) -> bool:
        rates = (
            self.error_500_rate,
            self.error_503_rate,
            self.burst_429_rate,
            self.drop_before_rate,
            self.drop_after_rate,
            self.latency_ms,
            self.latency_jitter_ms,
        )
        return any(r > 0 for r in rates)


@dataclass(frozen=True, slots=True)
class Fault:
    """What happens to one request: an error status, added latency, a dropped connection."""

    status: int | None = None
    latency: float = 0.0
    drop: str | None = None  # "before" or "after" the write is committed


NO_FAULT = Fault()


def parse_header(value: str) -> Fault:
    fault = NO_FAULT
    for token in (t.strip().lower() for t in value.split(",")):
        if token in ("500", "503", "504", "429"):
            fault = replace(fault, status=int(token))
        elif token in ("drop-before", "drop-after"):
            fault = replace(fault, drop=token.removeprefix("drop-"))
        elif token.startswith("latency="):
            try:
                fault = replace(fault, latency=float(token[8:]) / 1000)
            except ValueError:
                raise HTTPError(400, f"Bad {HEADER} latency: {token!r}") from None
        elif token:
            raise HTTPError(400, f"Unknown {HEADER} value: {token!r}")
    return fault


@dataclass(slots=True)
class _Scripted:
    fault: Fault
    times: int
    method: str | None
    path: str | None


class FaultInjector:
    """Decides each request's fault: scripted ones first, then the test header, then the seed."""

    def __init__(self, config: FaultConfig | None = None) -> None:
        self.config = config or FaultConfig()
        self._counters: dict[str, int] = {}
        self._bursts: dict[str, int] = {}
        self._scripted: list[_Scripted] = []

    def script(self, fault: Fault, times: int, method: str | None, path: str | None) -> None:
        """Give the next `times` requests matching method/path (None: any) this fault."""
        self._scripted.append(_Scripted(fault, times, method.upper() if method else None, path))

    def decide(self, operation_id: str, method: str, path: str, header: str | None) -> Fault:
        for rule in self._scripted:
            if rule.times > 0 and rule.method in (None, method) and rule.path in (None, path):
                rule.times -= 1
                return rule.fault
        if header:
            return parse_header(header)
        cfg = self.config
        if not cfg.active:
            return NO_FAULT
        n = self._counters.get(operation_id, 0)
        self._counters[operation_id] = n + 1
        digest = hashlib.blake2b(f"{cfg.seed}:{operation_id}:{n}".encode(), digest_size=24).digest()
        u_latency, u_status, u_drop = (
            int.from_bytes(digest[i : i + 8], "big") / 2**64 for i in (0, 8, 16)
        )
        status = None
        if self._bursts.get(operation_id, 0) > 0:
            self._bursts[operation_id] -= 1
            status = 429
        elif u_status < cfg.error_500_rate:
            status = 500
        elif u_status < cfg.error_500_rate + cfg.error_503_rate:
            status = 503
        elif u_status < cfg.error_500_rate + cfg.error_503_rate + cfg.burst_429_rate:
            status = 429
            self._bursts[operation_id] = max(0, cfg.burst_429_length - 1)
        drop = None
        if status is None:
            if u_drop < cfg.drop_before_rate:
                drop = "before"
            elif u_drop < cfg.drop_before_rate + cfg.drop_after_rate:
                drop = "after"
        latency = (cfg.latency_ms + u_latency * cfg.latency_jitter_ms) / 1000
        return Fault(status=status, latency=latency, drop=drop)

    def reset(self) -> None:
        self._counters.clear()
        self._bursts.clear()
        self._scripted.clear()
