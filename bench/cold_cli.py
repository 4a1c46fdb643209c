"""Item 4: a cold one-shot command, `omi-client --json memories list`, against the floor: a raw
httpx script doing the same GET and printing the same JSON.

Every run is a fresh process (the console script as a user runs it), against the fake server in
its own process with 25 memories, interleaved rounds, bytecode compiled first (as a wheel install
would do). Both contenders must print the same memories. Then `python -X importtime` of the
command: the heaviest modules it imports that the raw script does not.

    .venv/bin/python bench/cold_cli.py        (BENCH_QUICK=1: fewer rounds)
"""

from __future__ import annotations

import functools
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from _servers import FakeProcess
from _timing import interleave, median, rounds, table, verdict

BIN = Path(sys.executable).parent
RAW = """
import json, os, sys
import httpx
r = httpx.get(os.environ["OMI_BASE_URL"] + "/v1/dev/user/memories", params={"limit": 25},
              headers={"Authorization": "Bearer " + os.environ["OMI_API_KEY"]})
r.raise_for_status()
sys.stdout.write(json.dumps(r.json(), indent=2, ensure_ascii=False) + "\\n")
"""
CASES = {
    "python -c pass (startup)": [sys.executable, "-c", "pass"],
    "raw httpx one-shot GET + print (floor)": [sys.executable, "-c", RAW],
    "omi-client --json memories list": [str(BIN / "omi-client"), "--json", "memories", "list"],
    "omi-client memories list (table)": [str(BIN / "omi-client"), "memories", "list"],
    "omi-client --help": [str(BIN / "omi-client"), "--help"],
}
FLOOR = "raw httpx one-shot GET + print (floor)"
CLI = "omi-client --json memories list"


def env_for(fake: FakeProcess) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(OMI_BASE_URL=fake.base_url, OMI_API_KEY=fake.api_key, COLUMNS="120")
    return env


def run(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def imports(args: list[str], env: dict[str, str]) -> dict[str, int]:
    """Module -> its own import microseconds (the "self" column of -X importtime, one run)."""
    script = args[1:] if args[0] == sys.executable else args  # a console script is Python too
    cmd = [sys.executable, "-X", "importtime", *script]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    found: dict[str, int] = {}
    for line in proc.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+\d+ \| *(\S+)", line)
        if match:
            found[match.group(2)] = int(match.group(1))
    return found


def group(module: str) -> str:
    """omi_client.cli.commands.x -> omi_client.cli; attr._make -> attr."""
    parts = module.split(".")
    return ".".join(parts[:2]) if parts[0] == "omi_client" else parts[0]


def same_output(env: dict[str, str]) -> None:
    raw = json.loads(subprocess.run(CASES[FLOOR], env=env, capture_output=True, check=True).stdout)
    cli = json.loads(subprocess.run(CASES[CLI], env=env, capture_output=True, check=True).stdout)
    items = cli["data"] if isinstance(cli, dict) and "data" in cli else cli
    if [m["id"] for m in raw] != [m["id"] for m in items] or len(raw) != 25:
        raise SystemExit("the CLI and the raw script printed different memories")


def main() -> None:
    with FakeProcess() as fake:
        fake.seed_memories(25)
        env = env_for(fake)
        same_output(env)
        for args in CASES.values():  # compile bytecode, warm the OS page cache
            run(args, env)
        n = rounds(20, quick=4)
        cases = {name: functools.partial(run, args, env) for name, args in CASES.items()}
        results = interleave(cases, n)
        table(
            "Cold one-shot command vs a raw httpx script (fresh process per run, 25 memories)",
            results,
            baselines=[FLOOR],
        )
        verdict(
            f"{CLI} <= 1.5x the raw httpx one-shot",
            median(results[CLI]) / median(results[FLOOR]),
            1.5,
        )
        startup = median(results["python -c pass (startup)"])
        net = {k: (median(v) - startup) * 1000 for k, v in results.items()}
        print(
            f"- net of interpreter startup: raw {net[FLOOR]:.1f} ms, CLI {net[CLI]:.1f} ms "
            f"({net[CLI] / net[FLOOR]:.2f}x)"
        )
        raw_imports = imports(CASES[FLOOR], env)
        cli_imports = imports(CASES[CLI], env)
        extra: dict[str, int] = {}
        for module, us in cli_imports.items():
            if module not in raw_imports:
                extra[group(module)] = extra.get(group(module), 0) + us
        top = sorted(extra.items(), key=lambda kv: -kv[1])[:8]
        print(
            f"- `-X importtime` (one run): the command imports {len(cli_imports)} modules, the raw "
            f"script {len(raw_imports)}; the {len(cli_imports) - len(raw_imports)} more take "
            f"{sum(extra.values()) / 1000:.1f} ms of their own, most in: "
            + ", ".join(f"{name} {us / 1000:.1f} ms" for name, us in top)
        )


if __name__ == "__main__":
    main()
