"""Client configuration: env vars, base URL safety, per-call options, context managers."""

from __future__ import annotations

import httpx
import omi_client as oc
import pytest
from omi_client import AsyncOmi, Omi
from sdk_helpers import KEY, MEMORY, Script, mock_omi, ok


def test_key_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OMI_API_KEY", KEY)
    monkeypatch.setenv("OMI_BASE_URL", "http://127.0.0.1:9/")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return ok([])

    omi = Omi(http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    assert omi.base_url == "http://127.0.0.1:9"
    omi.memories.list()
    assert seen[0].headers["authorization"] == f"Bearer {KEY}"
    assert str(seen[0].url).startswith("http://127.0.0.1:9/v1/dev/user/memories")


def test_default_base_url_and_finite_default_timeout() -> None:
    omi = Omi(KEY)
    assert omi.base_url == "https://api.omi.me"
    assert omi.timeout.read == 30.0 and omi.timeout.connect == 5.0
    omi.close()


def test_missing_key_fails_before_sending() -> None:
    script = Script(ok([]))
    omi = Omi(http_client=httpx.Client(transport=httpx.MockTransport(script)))
    with pytest.raises(oc.OmiError, match="OMI_API_KEY"):
        omi.memories.list()
    assert script.requests == []


@pytest.mark.parametrize("url", ["http://api.omi.me", "http://10.0.0.5:8080", "http://example.com"])
def test_plain_http_to_a_remote_host_is_refused(url: str) -> None:
    with pytest.raises(oc.OmiError, match="plain http"):
        Omi(KEY, base_url=url)
    Omi(KEY, base_url=url, allow_insecure_http=True).close()


@pytest.mark.parametrize("url", ["http://127.0.0.1:8787", "http://localhost:1", "http://[::1]:2"])
def test_plain_http_to_loopback_is_fine(url: str) -> None:
    Omi(KEY, base_url=url).close()


def test_with_options_copies_settings_and_shares_the_pool() -> None:
    omi = Omi(KEY, timeout=10, max_retries=5)
    fast = omi.with_options(timeout=1.5, max_retries=0)
    assert (omi.timeout.read, omi.max_retries) == (10, 5)
    assert (fast.timeout.read, fast.max_retries) == (1.5, 0)
    assert fast._http is omi._http
    fast.close()  # a copy does not own the pool
    assert not omi._http.is_closed
    omi.close()
    assert omi._http.is_closed


def test_per_call_timeout_reaches_the_request() -> None:
    script = Script(ok([]))
    omi = mock_omi(script)
    omi.with_options(timeout=2.5).memories.list()
    assert script.requests[0].extensions["timeout"]["read"] == 2.5


def test_context_managers_close_the_pool() -> None:
    with Omi(KEY) as omi:
        http = omi._http
    assert http.is_closed


async def test_async_context_manager_closes_the_pool() -> None:
    async with AsyncOmi(KEY) as omi:
        http = omi._http
    assert http.is_closed


def test_injected_http_client_is_not_closed() -> None:
    http = httpx.Client()
    with Omi(KEY, http_client=http):
        pass
    assert not http.is_closed
    http.close()


def test_one_connection_pool_is_reused() -> None:
    script = Script(ok(MEMORY))
    omi = mock_omi(script)
    http = omi._http
    omi.memories.create("a")
    omi.memories.create("b")
    assert omi._http is http and len(script.requests) == 2


def test_negative_max_retries_is_rejected() -> None:
    with pytest.raises(oc.OmiError):
        Omi(KEY, max_retries=-1)


def test_default_headers_are_sent_but_cannot_replace_the_key() -> None:
    script = Script(ok([]))
    http = httpx.Client(transport=httpx.MockTransport(script))
    Omi(KEY, http_client=http, default_headers={"X-Trace": "t1"}).memories.list()
    assert script.requests[0].headers["x-trace"] == "t1"
    assert script.requests[0].headers.get_list("authorization") == [f"Bearer {KEY}"]
    for name in ("Authorization", "authorization"):
        with pytest.raises(oc.OmiError, match="api_key"):
            Omi(KEY, default_headers={name: "Bearer other"})


def test_credential_like_default_headers_stay_out_of_reprs_and_debug_logs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    import logging

    secret = "proxy-secret-0123456789"
    caplog.set_level(logging.DEBUG, logger="omi_client")
    script = Script(ok([]))
    http = httpx.Client(transport=httpx.MockTransport(script))
    headers = {"Proxy-Authorization": secret, "X-Gateway-Token": secret, "X-Trace": "t1"}
    omi = Omi(KEY, http_client=http, default_headers=headers)
    omi.memories.list()
    assert script.requests[0].headers["x-gateway-token"] == secret
    for text in (repr(omi), repr(omi._options), caplog.text):
        assert secret not in text
    assert "t1" in caplog.text  # ordinary headers are still logged


def test_the_wrong_kind_of_http_client_is_refused_up_front() -> None:
    # Otherwise the request is sent and only then fails (awaiting a sync Response).
    sync_http, async_http = httpx.Client(), httpx.AsyncClient()
    with pytest.raises(oc.OmiError, match=r"httpx\.AsyncClient"):
        AsyncOmi(KEY, http_client=sync_http)  # type: ignore[arg-type]
    with pytest.raises(oc.OmiError, match=r"httpx\.Client,"):
        Omi(KEY, http_client=async_http)  # type: ignore[arg-type]
    sync_http.close()
