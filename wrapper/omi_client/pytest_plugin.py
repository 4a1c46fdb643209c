"""pytest fixtures for code that talks to Omi (registered automatically: entry point `pytest11`).

    def test_remembers(omi_fake):
        omi = omi_fake.client()
        omi.memories.create("Likes green tea")
        assert [m.content for m in omi.memories.list()] == ["Likes green tea"]

`omi_fake` is an empty account on a fake Omi server that is already running (one per pytest
process or xdist worker; each test gets a brand-new fake on it, so nothing leaks between tests).
Configure it with the options of `omi-client mock` as keyword arguments: per test, class or
module with `@pytest.mark.omi_fake(demo=True)`, for a whole directory by overriding the
`omi_fake_options` fixture. `omi_fake_factory(**options)` makes more accounts in one test.

`pytest --omi-live` runs the same tests against the real account of $OMI_API_KEY ($OMI_BASE_URL):
what a test creates through `omi_fake.client()` is deleted after it, and tests that need the fake
(its helpers, or options such as demo data) skip with the reason. The server is imported only when
a fake is needed, so installs without the `mock` extra are unaffected.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from omi_client.testing._account import OmiAccount
    from omi_client.testing._pool import ServerPool

LIVE_FLAG = "--omi-live"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("omi", "omi-client")
    group.addoption(
        LIVE_FLAG,
        action="store_true",
        default=False,
        help="run tests that use omi_fake against the real Omi API (OMI_API_KEY, OMI_BASE_URL); "
        "records they create are deleted after each test; fake-only tests are skipped",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "omi_fake(**options): options of the fake behind omi_fake, as `omi-client mock` takes "
        "them (demo=True, rate_limits=False, ...)",
    )
    if config.getoption(LIVE_FLAG):
        import os

        if not os.environ.get("OMI_API_KEY", "").strip():
            raise pytest.UsageError(
                f"{LIVE_FLAG} needs OMI_API_KEY (a developer key of the account to test; "
                "OMI_BASE_URL too unless it is https://api.omi.me)"
            )


def _live(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption(LIVE_FLAG))


@pytest.fixture(scope="session")
def omi_fake_options() -> dict[str, Any]:
    """Options for every omi_fake in scope (override in a conftest.py); markers win over it."""
    return {}


@pytest.fixture(scope="session")
def _omi_fake_pool() -> Iterator[Callable[[], ServerPool]]:
    """The process's running fake servers, started on first use, stopped at the end."""
    pools: list[ServerPool] = []

    def get() -> ServerPool:
        if not pools:
            from omi_client.testing._pool import ServerPool

            pools.append(ServerPool())
        return pools[0]

    yield get
    for pool in pools:
        pool.close()


def _options(request: pytest.FixtureRequest, base: dict[str, Any]) -> dict[str, Any]:
    """omi_fake_options, then the omi_fake markers from module to test (the nearest wins)."""
    options = dict(base)
    for marker in reversed(list(request.node.iter_markers("omi_fake"))):
        if marker.args:
            raise pytest.UsageError("omi_fake markers take keyword arguments only")
        options.update(marker.kwargs)
    return options


@pytest.fixture
def omi_fake(
    request: pytest.FixtureRequest,
    omi_fake_options: dict[str, Any],
    _omi_fake_pool: Callable[[], ServerPool],
) -> Iterator[OmiAccount]:
    """An empty Omi account for this test: on a fake Omi, or the real one under --omi-live."""
    options = _options(request, omi_fake_options)
    if _live(request):
        from omi_client.testing._live import LiveAccount, live_skip_reason

        reason = live_skip_reason(options)
        if reason:
            pytest.skip(reason)
        live = LiveAccount(request.node.nodeid)
        yield live
        live.close()
        return
    pool = _omi_fake_pool()
    try:
        account = pool.account(options)
    except (TypeError, ValueError) as exc:
        raise pytest.UsageError(f"omi_fake options: {exc}") from None
    yield account
    pool.give_back(account)


@pytest.fixture
def omi_server(omi_fake: OmiAccount) -> OmiAccount:
    """The same account as `omi_fake` (an older name)."""
    return omi_fake


@pytest.fixture
def omi_fake_factory(
    request: pytest.FixtureRequest, _omi_fake_pool: Callable[[], ServerPool]
) -> Iterator[Callable[..., OmiAccount]]:
    """Make more fake accounts in one test, each on its own server: factory(**options)."""
    from omi_client.testing._account import FakeAccount

    made: list[FakeAccount] = []

    def make(**options: Any) -> OmiAccount:
        if _live(request):
            pytest.skip("omi_fake_factory makes fake servers; skipped under --omi-live")
        account = _omi_fake_pool().account(options)
        made.append(account)
        return account

    yield make
    for account in reversed(made):
        _omi_fake_pool().give_back(account)
