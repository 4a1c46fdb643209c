"""The conformance suite: docs/fidelity.md's black-box checks, against the fake or any server.

`make test` runs it against a real uvicorn fake on 127.0.0.1 (one per session, shared by the
tests like a real account). `make conformance OMI_BASE_URL=... OMI_API_KEY=...
[OMI_FIREBASE_TOKEN=...]` runs it against another server: opt-in, never in CI. See
tests/conformance/README.md.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fake_powers import FakeAccount, FakePowers, SteppingClock
from fidelity_table import by_id
from harness import PATHS, Api, Ledger, Records
from omi_client.testing import FakeOmiServer
from suite import BUDGET, LEDGER, OBSERVED, SETTINGS, Omi, Target

HERE = Path(__file__).resolve().parent
OUTCOMES: dict[str, tuple[str, str]] = {}
RULES: dict[str, list[str]] = {}
PENDING = "pending"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "rule(*ids): the docs/fidelity.md rows a test pins")


def _in_suite(item: pytest.Item) -> bool:
    return Path(str(item.fspath)).resolve().parent == HERE


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Against the fake, a test pinning a row whose fake cell says "pending" must fail (strict:
    once the fix lands the run fails until the row says "same")."""
    rows = by_id()
    for item in items:
        if not _in_suite(item):
            continue
        ids = [i for mark in item.iter_markers("rule") for i in mark.args]
        RULES[item.nodeid] = ids
        pending = [rows[i] for i in ids if i in rows and rows[i].status == PENDING]
        if pending and not SETTINGS.remote:
            ids_text = ", ".join(r.id for r in pending)
            reason = f"{ids_text} pending on the fake (docs/fidelity.md)"
            item.add_marker(pytest.mark.xfail(strict=True, reason=reason))


@pytest.fixture(scope="session")
def target() -> Iterator[Target]:
    if SETTINGS.remote:
        assert SETTINGS.base_url is not None
        if not SETTINGS.api_key:
            pytest.exit("make conformance OMI_BASE_URL=... needs OMI_API_KEY", returncode=2)
        yield Target(SETTINGS.base_url, SETTINGS.api_key, SETTINGS.firebase_token)
        return
    clock = SteppingClock()
    # time_scale 1e6: the fake's hour windows are aligned to epoch multiples of 3600 * scale, so
    # no window boundary falls inside a run and no count resets by itself.
    server = FakeOmiServer(seed=11, clock=clock, time_scale=1e6).start()
    try:
        yield Target(
            server.base_url,
            server.api_key,
            server.firebase_token,
            server,
            FakePowers(server, clock),
        )
    finally:
        server.stop()


@pytest.fixture(scope="session")
def api(target: Target) -> Iterator[Api]:
    client = Api(target.base_url, target.api_key, BUDGET, timeout=30 if SETTINGS.remote else 10)
    yield client
    _sweep(client)
    client.close()


def _sweep(client: Api) -> None:
    """Delete anything of this run's still listed (say, a create that timed out client-side)."""
    ledger_only = Records(client, Ledger())
    queries = {
        "memory": {"limit": 1000},
        "action_item": {"limit": 1000},
        "conversation": {"limit": 100},
    }
    for kind, params in queries.items():
        try:
            response = client.get(PATHS[kind], params=params, cleanup=True)
        except httpx.HTTPError:
            continue
        if response.status_code != 200:
            continue
        for record in response.json():
            if SETTINGS.mark in str(record):
                ledger_only.items.append((kind, record["id"]))
    found = len(ledger_only.items)
    ledger_only.cleanup()
    LEDGER.deleted += found - len(ledger_only.ledger.left)
    LEDGER.left.extend(ledger_only.ledger.left)


@pytest.fixture
def omi(api: Api, target: Target) -> Iterator[Omi]:
    records = Records(api, LEDGER)
    try:
        yield Omi(api, records, target)
    finally:
        records.cleanup()


@pytest.fixture(scope="module")
def module_omi(api: Api, target: Target) -> Iterator[Omi]:
    """For records several tests of one module share (conversations cost 25 writes an hour)."""
    records = Records(api, LEDGER)
    try:
        yield Omi(api, records, target)
    finally:
        records.cleanup()


@pytest.fixture
def fake(target: Target) -> FakePowers:
    """The fake's powers; the test is skipped against any other server."""
    if target.powers is None:
        pytest.skip(
            "needs the fake's powers (seeding locked or old data, its clock, fresh accounts)"
        )
    return target.powers


@pytest.fixture
def account(fake: FakePowers) -> Iterator[FakeAccount]:
    """A new, empty account on the fake, to seed (skipped against other servers)."""
    seeded = fake.account()
    try:
        yield seeded
    finally:
        seeded.close()


@pytest.fixture
def firebase(target: Target) -> Iterator[httpx.Client]:
    """A client for /v1/dev/keys with the Firebase ID token; skipped without one."""
    if not target.firebase_token:
        pytest.skip("no OMI_FIREBASE_TOKEN: key management needs a Firebase ID token")
    headers = {"Authorization": f"Bearer {target.firebase_token}"}
    with httpx.Client(base_url=target.base_url, headers=headers, timeout=30) as client:
        yield client


@pytest.fixture
def exhaustible(target: Target) -> None:
    """Tests that run a rate limit out: the fake only, unless OMI_CONFORMANCE_EXHAUST=1."""
    if not target.is_fake and not SETTINGS.exhaust:
        pytest.skip(
            "exhausts a rate limit (blocks that policy for up to an hour): runs against the "
            "fake; set OMI_CONFORMANCE_EXHAUST=1 to run it against this server"
        )


# -- the summary ---------------------------------------------------------------------------------
def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.nodeid not in RULES:
        return
    if report.when == "call" or (report.when == "setup" and not report.passed):
        if hasattr(report, "wasxfail"):
            outcome = "xpass" if report.passed else "xfail"
        else:
            outcome = report.outcome
        reason = ""
        if report.skipped and isinstance(report.longrepr, tuple):
            reason = str(report.longrepr[2]).removeprefix("Skipped: ")
        OUTCOMES[report.nodeid] = (outcome, reason)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not OUTCOMES:
        return
    rows = by_id()
    verified: set[str] = set()
    pending: set[str] = set()
    drift: set[str] = set()
    skipped: Counter[str] = Counter()
    for nodeid, (outcome, reason) in OUTCOMES.items():
        ids = RULES.get(nodeid, [])
        if outcome == "passed":
            verified.update(ids)
        elif outcome == "xfail":
            pending.update(i for i in ids if i in rows and rows[i].status == PENDING)
        elif outcome in ("failed", "xpass"):
            drift.update(ids)
        elif outcome == "skipped":
            skipped[reason] += 1
    write = terminalreporter.write_line
    terminalreporter.section(f"Omi conformance against {_label()}", sep="=")
    write(f"run mark {SETTINGS.mark} (in every record this run created)")
    write(f"rows verified: {len(verified)} of {len(rows)} in docs/fidelity.md")
    if pending:
        write(f"rows pending on the fake (expected failures): {len(pending)}: {_ids(pending)}")
    if drift:
        write(f"DRIFT, rows whose test failed or passed unexpectedly: {_ids(drift)}")
    for reason, count in skipped.most_common():
        write(f"skipped {count}: {reason}")
    for line in OBSERVED:
        write(f"observed {line}")
    write(f"requests per rate-limit policy (sent/hourly budget): {BUDGET.report() or 'none'}")
    write(f"records created {LEDGER.created}, deleted {LEDGER.deleted} (goals are only abandoned)")
    if LEDGER.left:
        write(f"LEFT BEHIND (delete by hand, they carry {SETTINGS.mark}): {', '.join(LEDGER.left)}")


def _label() -> str:
    return SETTINGS.base_url or "the fake (127.0.0.1)"


def _ids(ids: set[str]) -> str:
    by_rows = defaultdict(list)
    for row_id in sorted(ids):
        by_rows[row_id.split("-")[0]].append(row_id)
    return ", ".join(i for group in by_rows.values() for i in group)
