"""pytest --omi-live: a user's tests against a real account (here a second fake standing in for
production), cleaning up what they created and skipping what needs the fake, with the reason."""

from __future__ import annotations

from omi_client.testing import FakeOmiServer
from testkit_helpers import RunPytest

USER_MODULE = """
import pytest


def test_creates_one_of_each(omi_fake):
    omi = omi_fake.client()
    omi.memories.create("from a live test")
    omi.memories.create_many(["batch one", "batch two"])
    omi.action_items.create("call mom")
    omi.action_items.create_many(["buy milk"])
    omi.conversations.create("We planned the trip to Lisbon in June.")
    omi.goals.create("Run 100 km", goal_type="numeric", target_value=100)
    assert len(omi.memories.list()) == 3
    if omi_fake.live:
        assert [r.resource for r in omi_fake.created].count("memories") == 3


def test_deletes_some_itself(omi_fake):
    omi = omi_fake.client()
    memory = omi.memories.create("short-lived")
    omi.memories.delete(memory.id)


@pytest.mark.asyncio
async def test_async_client_records_are_cleaned_too(omi_fake):
    async with omi_fake.async_client() as omi:
        await omi.memories.create("from the async client")


def test_seeds(omi_fake):
    omi_fake.seed.memory("Likes tea")  # any fake-only helper: clock, inject, request_log, ...


def test_reads_the_request_log(omi_fake):
    omi_fake.client().memories.list()
    assert omi_fake.request_log


def test_injects_a_fault(omi_fake):
    omi_fake.inject(status=503)


@pytest.mark.omi_fake(demo=True)
def test_needs_demo_data(omi_fake):
    assert omi_fake.client().memories.list()


@pytest.mark.omi_fake(rate_limits=False)
def test_only_turns_limits_off(omi_fake):
    omi_fake.client().memories.list()


def test_makes_its_own_fake(omi_fake_factory):
    omi_fake_factory(seed=1)
"""


def test_live_mode_runs_the_same_tests_cleans_up_and_skips_fake_only_ones(
    run_pytest: RunPytest,
) -> None:
    with FakeOmiServer() as production:
        env = {"OMI_API_KEY": production.api_key, "OMI_BASE_URL": production.base_url,
               "OMI_FIREBASE_TOKEN": production.firebase_token}  # fmt: skip
        outcome = run_pytest({"test_user.py": USER_MODULE}, "--omi-live", env=env)
        assert outcome.counts() == {"passed": 4, "skipped": 5}, outcome.out
        # Everything the tests created is gone again, and it really was created and deleted.
        for resource in ("memories", "action_items", "conversations"):
            assert production.items(resource) == [], resource
        # Goals cannot be deleted, only abandoned (docs/fidelity.md GOAL-9).
        assert {g["status"] for g in production.items("goals")} <= {"abandoned"}
        posts = [p for m, p, s in production.request_log if m == "POST" and s == 200]
        deletes = [p for m, p, s in production.request_log if m == "DELETE" and s == 200]
        # 8 creates made 9 records; one test deleted its own, the cleanup the other 8.
        assert len(posts) == 8 and len(deletes) == 9
    assert outcome.skip_reasons() == [
        "omi_fake.seed is fake-only; skipped under --omi-live",
        "omi_fake.request_log is fake-only; skipped under --omi-live",
        "omi_fake.inject is fake-only; skipped under --omi-live",
        "needs the fake Omi (demo=True); skipped under --omi-live",
        "omi_fake_factory makes fake servers; skipped under --omi-live",
    ]


def test_live_mode_without_a_key_says_what_it_needs(run_pytest: RunPytest) -> None:
    outcome = run_pytest({"test_user.py": "def test_x(omi_fake):\n    pass\n"}, "--omi-live")
    assert outcome.code == 4  # pytest's usage error
    assert "--omi-live needs OMI_API_KEY" in outcome.out
