"""omi_fake: one running server reused from test to test, a brand-new fake for each test."""

from __future__ import annotations

from testkit_helpers import RunPytest

ISOLATION = """
from datetime import UTC, datetime, timedelta

import pytest
from omi_client import AuthenticationError, Omi, RateLimitError

SEEN = {}


def test_leaves_a_mess(omi_fake):
    omi = omi_fake.client()
    omi.memories.create("left behind")
    omi_fake.issue_key(name="extra")
    omi_fake.inject(status=500, times=5)
    omi_fake.clock.advance(days=3)
    SEEN.update(base_url=omi_fake.base_url, key=omi_fake.api_key, fake=omi_fake.fake)


def test_finds_an_empty_account_on_the_same_server(omi_fake):
    assert omi_fake.base_url == SEEN["base_url"]  # no server start or stop between tests
    assert omi_fake.fake is not SEEN["fake"] and omi_fake.api_key != SEEN["key"]
    omi = omi_fake.client(max_retries=0)
    assert omi.memories.list() == []  # no data, and the scripted 500s went with the old fake
    assert [k.name for k in omi.keys.list()] == ["dev"]
    assert omi_fake.request_log == [
        ("GET", "/v1/dev/user/memories", 200),
        ("GET", "/v1/dev/keys", 200),
    ]
    with pytest.raises(AuthenticationError):
        Omi(SEEN["key"], base_url=omi_fake.base_url, max_retries=0).memories.list()
    drift = omi_fake.clock.now() - datetime.now(UTC)
    assert abs(drift) < timedelta(minutes=1)  # the clock was not moved in this test


@pytest.mark.omi_fake(rate_limits={"dev:memories_read": 1})
def test_seeding_does_not_count_against_the_limits(omi_fake):
    omi_fake.seed.memories([f"seeded {n}" for n in range(121)])
    omi = omi_fake.client(max_retries=0)
    assert len(omi.memories.list(limit=200)) == 121  # the one request the limit allows
    with pytest.raises(RateLimitError):
        omi.memories.list()


@pytest.mark.omi_fake(rate_limits={"dev:memories": 2})
def test_a_marker_configures_this_test(omi_fake):
    omi = omi_fake.client(max_retries=0)
    omi.memories.create("one")
    omi.memories.create("two")
    with pytest.raises(RateLimitError):
        omi.memories.create("three")


def test_the_next_test_has_the_real_limits_and_fresh_windows(omi_fake):
    omi = omi_fake.client(max_retries=0)
    for n in range(3):
        omi.memories.create(f"memory {n}")
    assert omi_fake.fake.rate_limit("dev:memories") == 120


@pytest.mark.omi_fake(demo=True, seed=7)
class TestDemo:
    def test_demo_data(self, omi_fake):
        assert len(omi_fake.client().memories.list()) == 6  # the locked one as a preview
        SEEN["demo ids"] = [m["id"] for m in omi_fake.items("memories")]

    def test_the_same_seed_gives_the_same_ids_in_every_test(self, omi_fake):
        assert [m["id"] for m in omi_fake.items("memories")] == SEEN["demo ids"]

    @pytest.mark.omi_fake(demo=False)
    def test_the_nearest_marker_wins(self, omi_fake):
        assert omi_fake.count("memories") == 0


def test_factory_accounts_are_independent(omi_fake, omi_fake_factory):
    other = omi_fake_factory(demo=True)
    assert other.base_url != omi_fake.base_url
    assert other.count("memories") == 6 and omi_fake.count("memories") == 0
"""

OPTIONS_FIXTURE = """
import pytest


@pytest.fixture(scope="session")
def omi_fake_options():
    return {"rate_limits": False, "demo": True}
"""

USES_OPTIONS = """
import pytest


def test_options_fixture_applies(omi_fake):
    omi = omi_fake.client()
    omi.memories.create_many([f"m{n}" for n in range(200)])
    assert omi_fake.count("memories") == 206  # demo data + 200, no rate limit in the way


@pytest.mark.omi_fake(demo=False)
def test_a_marker_wins_over_the_options_fixture(omi_fake):
    assert omi_fake.count("memories") == 0
"""


BAD_OPTION = """
import pytest


@pytest.mark.omi_fake(demo_data=True)
def test_misspelt(omi_fake):
    pass
"""


def test_every_test_gets_an_empty_account_on_a_reused_server(run_pytest: RunPytest) -> None:
    outcome = run_pytest(
        {
            "test_isolation.py": ISOLATION,
            "configured/conftest.py": OPTIONS_FIXTURE,
            "configured/test_options.py": USES_OPTIONS,
            "test_bad_option.py": BAD_OPTION,
        }
    )
    assert outcome.counts() == {"passed": 11, "error": 1}, outcome.out
    # A misspelt option is refused with the known names, not started with a default.
    said = "omi_fake options: unknown fake Omi option(s) demo_data; known: host, port"
    assert said in outcome.out
