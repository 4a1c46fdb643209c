"""Client configuration: env vars, base URL safety, per-call options, context managers.

Every test runs with Omi and with AsyncOmi (the `clients` fixture).
"""

from __future__ import annotations

import logging
from typing import Any

import httpx
import omi_client as oc
import pytest
from omi_client import AsyncOmi, Omi
from sdk_helpers import KEY, MEMORY, Clients, Script, ok


def test_key_and_base_url_come_from_the_environment(
    clients: Clients, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMI_API_KEY", KEY)
    monkeypatch.setenv("OMI_BASE_URL", "http://127.0.0.1:9/")
    script = Script(ok([]))
    omi = clients.client(transport=httpx.MockTransport(script))
    assert omi.base_url == "http://127.0.0.1:9"
    omi.memories.list()
    assert clients.sent_headers[0]["authorization"] == f"Bearer {KEY}"
    assert str(script.requests[0].url).startswith("http://127.0.0.1:9/v1/dev/user/memories")


def test_default_base_url_and_finite_default_timeout(clients: Clients) -> None:
    omi = clients.client(KEY)
    assert omi.base_url == "https://api.omi.me"
    assert omi.timeout.read == 30.0 and omi.timeout.connect == 5.0


@pytest.mark.parametrize("url", ["http://api.omi.me", "http://10.0.0.5:8080", "http://example.com"])
def test_plain_http_to_a_remote_host_is_refused(clients: Clients, url: str) -> None:
    with pytest.raises(oc.ConfigurationError, match="plain http"):
        clients.client(KEY, base_url=url)
    assert clients.client(KEY, base_url=url, allow_insecure_http=True).base_url == url


@pytest.mark.parametrize("url", ["http://127.0.0.1:8787", "http://localhost:1", "http://[::1]:2"])
def test_plain_http_to_loopback_is_fine(clients: Clients, url: str) -> None:
    assert clients.client(KEY, base_url=url).base_url == url


def test_with_options_copies_settings_and_shares_the_pool(clients: Clients) -> None:
    omi = clients.client(KEY, timeout=10, max_retries=5)
    fast = omi.with_options(timeout=1.5, max_retries=0)
    assert (omi.timeout.read, omi.max_retries) == (10, 5)
    assert (fast.timeout.read, fast.max_retries) == (1.5, 0)
    assert type(fast) is type(omi)
    inner = fast.wrapped if clients.is_async else fast
    outer = omi.wrapped if clients.is_async else omi
    assert inner._http is outer._http and not inner._owns_http


def test_per_call_timeout_reaches_the_request(clients: Clients) -> None:
    script = Script(ok([]))
    omi = clients.scripted(script)
    omi.with_options(timeout=2.5).memories.list()
    assert script.requests[0].extensions["timeout"]["read"] == 2.5


def test_context_managers_close_only_a_pool_they_own() -> None:
    with Omi(KEY) as omi:
        http = omi._http
    assert http.is_closed
    omi = Omi(KEY)
    copy = omi.with_options(timeout=1)
    copy.close()  # a copy does not own the pool
    assert not omi._http.is_closed
    omi.close()
    assert omi._http.is_closed
    injected = httpx.Client()
    with Omi(KEY, http_client=injected):
        pass
    assert not injected.is_closed
    injected.close()


async def test_async_context_managers_close_only_a_pool_they_own() -> None:
    # The async source of the test above (the sync client is generated from the async one).
    async with AsyncOmi(KEY) as omi:
        http = omi._http
    assert http.is_closed
    omi = AsyncOmi(KEY)
    copy = omi.with_options(timeout=1)
    await copy.close()
    assert not omi._http.is_closed
    await omi.close()
    assert omi._http.is_closed
    injected = httpx.AsyncClient()
    async with AsyncOmi(KEY, http_client=injected):
        pass
    assert not injected.is_closed
    await injected.aclose()


def test_one_connection_pool_is_reused(clients: Clients) -> None:
    script = Script(ok(MEMORY))
    omi = clients.scripted(script)
    omi.memories.create("a")
    omi.memories.create("b")
    assert len(script.requests) == 2 and len(clients.requests) == 2


def test_negative_max_retries_is_rejected(clients: Clients) -> None:
    with pytest.raises(oc.ConfigurationError):
        clients.client(KEY, max_retries=-1)


def test_default_headers_are_sent_but_cannot_replace_the_key(clients: Clients) -> None:
    script = Script(ok([]))
    clients.scripted(script, default_headers={"X-Trace": "t1"}).memories.list()
    assert clients.sent_headers[0]["x-trace"] == "t1"
    assert [v for k, v in clients.sent_headers[0].items() if k == "authorization"] == [
        f"Bearer {KEY}"
    ]
    for name in ("Authorization", "authorization"):
        with pytest.raises(oc.ConfigurationError, match="api_key"):
            clients.client(KEY, default_headers={name: "Bearer other"})


def test_credential_like_default_headers_stay_out_of_reprs_and_debug_logs(
    clients: Clients, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "proxy-secret-0123456789"
    caplog.set_level(logging.DEBUG, logger="omi_client")
    headers = {"Proxy-Authorization": secret, "X-Gateway-Token": secret, "X-Trace": "t1"}
    omi = clients.scripted(Script(ok([])), default_headers=headers)
    omi.memories.list()
    assert clients.sent_headers[0]["x-gateway-token"] == secret
    target: Any = omi.wrapped if clients.is_async else omi
    for text in (repr(omi), repr(target._options), caplog.text):
        assert secret not in text
    assert "t1" in caplog.text  # ordinary headers are still logged


def test_the_wrong_kind_of_http_client_is_refused_up_front() -> None:
    # Otherwise the request is sent and only then fails (awaiting a sync Response).
    sync_http, async_http = httpx.Client(), httpx.AsyncClient()
    with pytest.raises(oc.ConfigurationError, match=r"httpx\.AsyncClient"):
        AsyncOmi(KEY, http_client=sync_http)  # type: ignore[arg-type]
    with pytest.raises(oc.ConfigurationError, match=r"httpx\.Client,"):
        Omi(KEY, http_client=async_http)  # type: ignore[arg-type]
    sync_http.close()


@pytest.mark.parametrize(
    "url",
    [
        "http://user:s3cret-pw@127.0.0.1:8787",
        "https://:s3cret-pw@api.omi.me",
        "https://s3cret-pw@h",
    ],
)
def test_a_base_url_with_credentials_is_refused_without_echoing_them(
    clients: Clients, url: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # It leaked into repr(Omi) and debug logs, and httpx sent it as Basic auth instead of the key.
    caplog.set_level(logging.DEBUG)
    with pytest.raises(oc.ConfigurationError, match="credentials") as info:
        clients.client(KEY, base_url=url)
    monkeypatch.setenv("OMI_BASE_URL", url)
    with pytest.raises(oc.ConfigurationError, match="credentials") as from_env:
        clients.client(KEY)
    for error in (info.value, from_env.value):
        assert "s3cret-pw" not in str(error) and "s3cret-pw" not in repr(error)
    assert "s3cret-pw" not in caplog.text and clients.requests == []


@pytest.mark.parametrize("url", ["https://api.omi.me/?x=1", "https://api.omi.me/#top"])
def test_a_base_url_with_a_query_or_fragment_is_refused(clients: Clients, url: str) -> None:
    with pytest.raises(oc.ConfigurationError, match="query or fragment"):
        clients.client(KEY, base_url=url)


def test_no_credentials_at_all_is_refused_at_construction(clients: Clients) -> None:
    with pytest.raises(oc.ConfigurationError, match="no credentials") as info:
        clients.client()
    assert info.value.may_have_been_processed is False


def test_a_key_management_client_needs_only_a_firebase_token(
    clients: Clients, omi_fake: Any
) -> None:
    omi = clients.client(firebase_token=omi_fake.firebase_token, base_url=omi_fake.base_url)
    assert [k.name for k in omi.keys.list()]  # the fake's ready key
    sent = len(clients.requests)
    with pytest.raises(oc.ConfigurationError, match="OMI_API_KEY"):
        omi.memories.list()  # a developer-key operation: refused before sending
    assert len(clients.requests) == sent


@pytest.mark.parametrize(
    ("value", "allowed"), [("1", True), ("true", True), ("0", False), ("", False)]
)
def test_omi_allow_insecure_http_opts_in_to_plain_http_for_a_test_host(
    clients: Clients, monkeypatch: pytest.MonkeyPatch, value: str, allowed: bool
) -> None:
    monkeypatch.setenv("OMI_ALLOW_INSECURE_HTTP", value)
    url = "http://fake-omi:8787"  # e.g. a fake server in docker-compose
    if not allowed:
        with pytest.raises(oc.ConfigurationError, match="OMI_ALLOW_INSECURE_HTTP"):
            clients.client(KEY, base_url=url)
        return
    script = Script(ok([]))
    omi = clients.client(KEY, base_url=url, transport=httpx.MockTransport(script))
    omi.memories.list()
    assert str(script.requests[0].url).startswith("http://fake-omi:8787/v1/dev/user/memories")


@pytest.mark.parametrize("headers", [{"X-Note": "café"}, {"X-Bad": "a\nb"}, {"Ünï": "x"}])
def test_default_headers_that_cannot_be_sent_are_refused_up_front(
    clients: Clients, headers: dict[str, str]
) -> None:
    with pytest.raises(oc.ConfigurationError, match="printable ASCII"):
        clients.client(KEY, default_headers=headers)


def test_clients_share_one_tls_context_and_plain_loopback_loads_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """httpx would load the CA bundle for every client (~35 ms each)."""
    from omi_client import _tls

    made: list[object] = []
    real = httpx.create_ssl_context

    def counting(*args: object, **kwargs: object) -> object:
        made.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(httpx, "create_ssl_context", counting)
    _tls._default.cache_clear()
    Omi("k", base_url="http://127.0.0.1:9").close()
    assert made == []  # plain http to loopback never opens TLS
    for _ in range(3):
        Omi("k", base_url="https://api.example.test").close()
    AsyncOmi("k", base_url="https://api.example.test")
    assert len(made) == 1
    _tls._default.cache_clear()
