"""`omi-client mock` / `python -m omi_client.testing`: run the fake Omi server from a shell.

argparse rather than click, so the `mock` extra alone is enough to run it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ._app import DEFAULT_UID, FakeOmi
from ._faults import FaultConfig


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="omi-client mock",
        description="Run a fake Omi server: stateful, spec-driven, with optional fault injection.",
    )
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8787)
    p.add_argument(
        "--data", type=Path, help="SQLite file that keeps state across restarts (default: memory)"
    )
    p.add_argument(
        "--demo", action="store_true", help="preload memories, conversations, action items, goals"
    )
    p.add_argument("--key", help="use this developer key (omi_dev_ + 32 hex) instead of a new one")
    p.add_argument("--seed", type=int, help="make generated ids reproducible")
    p.add_argument(
        "--no-rate-limits", action="store_true", help="turn the per-key hourly limits off"
    )
    p.add_argument(
        "--time-scale",
        type=float,
        default=1.0,
        help="real seconds per server second for rate-limit windows (1/3600: an hour lasts 1 s)",
    )
    p.add_argument(
        "--processing-delay",
        type=float,
        default=0.0,
        help="seconds a from-segments create stays in flight (duplicates get 409 meanwhile)",
    )
    f = p.add_argument_group("fault injection (reproducible by --fault-seed)")
    f.add_argument("--fault-seed", type=int, default=0)
    f.add_argument("--error-500-rate", type=float, default=0.0)
    f.add_argument("--error-503-rate", type=float, default=0.0)
    f.add_argument(
        "--burst-429-rate", type=float, default=0.0, help="chance a request starts a burst of 429s"
    )
    f.add_argument("--burst-429-length", type=int, default=3)
    f.add_argument("--latency-ms", type=float, default=0.0)
    f.add_argument("--latency-jitter-ms", type=float, default=0.0)
    f.add_argument(
        "--drop-before-rate", type=float, default=0.0, help="drop the connection before the write"
    )
    f.add_argument(
        "--drop-after-rate", type=float, default=0.0, help="drop the connection after the write"
    )
    return p


def build(args: argparse.Namespace) -> tuple[FakeOmi, str]:
    """The configured app and its ready developer key (kept in the data file when there is one)."""
    faults = FaultConfig(
        seed=args.fault_seed,
        error_500_rate=args.error_500_rate,
        error_503_rate=args.error_503_rate,
        burst_429_rate=args.burst_429_rate,
        burst_429_length=args.burst_429_length,
        latency_ms=args.latency_ms,
        latency_jitter_ms=args.latency_jitter_ms,
        drop_before_rate=args.drop_before_rate,
        drop_after_rate=args.drop_after_rate,
    )
    app = FakeOmi(
        data=args.data,
        seed=args.seed,
        faults=faults,
        rate_limits=False if args.no_rate_limits else None,
        time_scale=args.time_scale,
        processing_delay=args.processing_delay,
        log_requests=False,
    )
    key = args.key or app.store.meta("cli_dev_key")
    if key is None or app.auth.lookup(key) is None:
        key = app.create_key(DEFAULT_UID, name="omi-client mock", key=key)
    app.store.set_meta("cli_dev_key", key)
    if args.demo:
        from .demo import load_demo

        load_demo(app, DEFAULT_UID)
    return app, key


def main(argv: list[str] | None = None) -> int:
    import uvicorn

    args = _parser().parse_args(argv)
    try:
        app, key = build(args)
    except ValueError as exc:
        print(f"omi-client mock: {exc}")
        return 2
    base_url = f"http://{args.host}:{args.port}"
    print(f"Fake Omi listening on {base_url}")
    print(f"  OMI_BASE_URL={base_url}")
    print(f"  OMI_API_KEY={key}")
    print(f"  OMI_FIREBASE_TOKEN={app.firebase_token(DEFAULT_UID)}")
    print(
        f"  state: {args.data or 'in memory'}; "
        f"rate limits: {'off' if args.no_rate_limits else 'on'}",
        flush=True,
    )
    try:
        uvicorn.run(
            app,
            host=args.host,
            port=args.port,
            log_level="warning",
            access_log=False,
            lifespan="off",
        )
    finally:
        app.close()
    return 0
