"""What the `omi_fake` fixture costs a user's test, measured on a generated user test module.

The module has N rounds of tests doing the same work (make an `Omi`, create one memory, list):
with `omi_fake`; against a server the module starts once and resets itself (the floor: no
fixture at all); with a server started and stopped per test (what `omi_fake` did before the
server pool). The work shares one TLS context, because httpx builds one per client by default
(~35 ms, loading the CA bundle), which would drown the fixture's cost in its noise; two more
kinds show what that means for users: the work through `omi_fake.client()` (which shares one),
and through a client with its own context. The kinds alternate in one pytest run, in a rotating
order, so load from other processes hits them alike. A tiny plugin records each test's setup,
call and teardown; the table shows medians, ratios and the fixture's own setup + teardown, and
the target line the median overhead per test against the floor (target <= 10 ms).

.venv/bin/python bench/fixture_overhead.py [--tests 40] [--xdist]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from _timing import QUICK, machine_note, median, spread

USER_MODULE = """
import httpx
import pytest
from omi_client import Omi
from omi_client.testing import FakeOmiServer

TLS = httpx.create_ssl_context()  # built once: httpx's per-client build (~35 ms) is noise here


@pytest.fixture(scope="module")
def own_server():
    with FakeOmiServer() as server:
        yield server


def work(api_key, base_url, http=None):
    http = http or httpx.Client(verify=TLS)
    with http, Omi(api_key, base_url=base_url, http_client=http) as omi:
        omi.memories.create("Likes green tea")
        assert [m.content for m in omi.memories.list()] == ["Likes green tea"]
"""

TESTS = {
    "omi_fake": """
def test_{i}_omi_fake(omi_fake):
    work(omi_fake.api_key, omi_fake.base_url)
""",
    "no_fixture": """
def test_{i}_no_fixture(own_server):
    own_server.reset()
    work(own_server.api_key, own_server.base_url)
""",
    "server_per_test": """
def test_{i}_server_per_test():
    with FakeOmiServer() as server:
        work(server.api_key, server.base_url)
""",
    "omi_fake_client": """
def test_{i}_omi_fake_client(omi_fake):
    omi = omi_fake.client()
    omi.memories.create("Likes green tea")
    assert [m.content for m in omi.memories.list()] == ["Likes green tea"]
""",
    "default_tls": """
def test_{i}_default_tls(omi_fake):
    work(omi_fake.api_key, omi_fake.base_url, httpx.Client())
""",
}

TIMER_PLUGIN = """
import json, os

def pytest_runtest_logreport(report):
    if hasattr(report, "node"):  # pytest -n: the controller's copy of a worker's report
        return
    case = report.nodeid.rsplit("::", 1)[1].split("_", 2)[2]
    with open(os.environ["FIXTURE_BENCH_OUT"], "a") as out:
        out.write(json.dumps([case, report.when, report.duration]) + "\\n")
"""

CASES = {
    "no_fixture": "no fixture: the module's own server, reset by hand (floor)",
    "omi_fake": "omi_fake: a pooled server, a fresh fake per test",
    "server_per_test": "a server started and stopped per test (omi_fake before)",
    "omi_fake_client": "omi_fake, the work through omi_fake.client()",
    "default_tls": "omi_fake, the work through an httpx.Client() of its own (new TLS context)",
}


Times = dict[str, dict[str, list[float]]]  # case -> "total" / "fixture" -> seconds per test


def run(n_tests: int, xdist: bool) -> Times:
    with tempfile.TemporaryDirectory(prefix="omi-fixture-bench-") as tmp:
        root = Path(tmp)
        names = list(TESTS)
        rounds = [names[i % len(names) :] + names[: i % len(names)] for i in range(n_tests)]
        body = USER_MODULE + "".join(
            "\n" + TESTS[name].format(i=i) for i, order in enumerate(rounds) for name in order
        )
        (root / "test_user_module.py").write_text(textwrap.dedent(body), encoding="utf-8")
        (root / "fixture_bench_timer.py").write_text(TIMER_PLUGIN, encoding="utf-8")
        out = root / "times.jsonl"
        env = {**os.environ, "FIXTURE_BENCH_OUT": str(out), "PYTHONPATH": str(root)}
        cmd = [sys.executable, "-m", "pytest", "-q", "-p", "fixture_bench_timer",
               "-p", "no:cacheprovider", "-p", "no:randomly", "test_user_module.py"]  # fmt: skip
        if xdist:
            cmd += ["-n", "2"]
        proc = subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True, timeout=600)
        if proc.returncode != 0:
            sys.exit(f"the generated user module failed:\n{proc.stdout}\n{proc.stderr}")
        phases: dict[str, dict[str, list[float]]] = {c: {} for c in CASES}
        for line in out.read_text(encoding="utf-8").splitlines():
            case, when, seconds = json.loads(line)
            phases[case].setdefault(when, []).append(seconds)
        return {
            case: {
                "total": [sum(t) for t in zip(p["setup"], p["call"], p["teardown"], strict=True)],
                "fixture": [s + t for s, t in zip(p["setup"], p["teardown"], strict=True)],
            }
            for case, p in phases.items()
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tests", type=int, default=10 if QUICK else 40, help="rounds of 5 tests")
    parser.add_argument("--xdist", action="store_true", help="run the module with pytest -n 2")
    args = parser.parse_args()
    results = run(args.tests, args.xdist)
    floor = median(results["no_fixture"]["total"])
    print(f"\n### Per-test time of a user test module ({args.tests} rounds"
          f"{', pytest -n 2' if args.xdist else ''})\n")  # fmt: skip
    print("| case | median ms | ±IQR/2 | tests | overhead ms | x no fixture | setup+teardown ms |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for case, label in CASES.items():
        total, fixture = results[case]["total"], results[case]["fixture"]
        m, noise, own = median(total), spread(total) * 100, median(fixture) * 1000
        print(f"| {label} | {m * 1000:.2f} | {noise:.0f}% | {len(total)} | "
              f"{(m - floor) * 1000:+.2f} | {m / floor:.2f} | {own:.2f} |")  # fmt: skip
    overhead = (median(results["omi_fake"]["total"]) - floor) * 1000
    verdict = "MET" if overhead <= 10 else "MISSED"
    target = "omi_fake median overhead per test <= 10 ms"
    print(f"\n- target {target}: {overhead:.2f} ms -> **{verdict}**")
    print(f"\nMachine: {machine_note()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
