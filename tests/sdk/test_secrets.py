"""Canary: the API key never shows up in reprs, exception text, tracebacks or debug logs."""

from __future__ import annotations

import logging
import pickle
import subprocess
import sys
import traceback
from typing import Any

import httpx
import omi_client as oc
import pytest
from omi_client import AsyncOmi, Omi
from sdk_helpers import FAST, Clients, Script, err, ok

CANARY = "omi_dev_" + "c0ffee" * 5 + "ab"


def _client(clients: Clients, script: Script) -> Any:
    return clients.client(CANARY, transport=httpx.MockTransport(script), retry_policy=FAST)


def test_key_is_absent_from_reprs_and_errors(
    clients: Clients, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx and httpcore included
    answers = [err(s) for s in (400, 401, 402, 403, 404, 409, 422, 429, 500, 520)]
    answers += [httpx.ConnectError("refused"), httpx.ReadTimeout("slow")]
    texts: list[str] = []
    for answer in answers:
        omi = _client(clients, Script(answer)).with_options(max_retries=1)
        target = omi.wrapped if clients.is_async else omi
        texts += [repr(omi), str(target), repr(omi.memories), repr(vars(target))]
        texts += [repr(omi._options), repr(omi.memories.with_raw_response)]
        try:
            omi.memories.list()
        except oc.OmiError as exc:
            texts += [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
            texts += [repr(exc.response), repr(getattr(exc, "request", None))]
            if exc.response is not None:
                texts.append(repr(exc.response.request.headers))
        else:  # pragma: no cover
            pytest.fail("expected an error")
    texts.append(caplog.text)
    assert "[redacted]" in caplog.text  # debug logging did show the headers
    for text in texts:
        assert CANARY not in text and CANARY[8:] not in text


def test_secret_cannot_be_pickled_out() -> None:
    omi = Omi(CANARY)
    with pytest.raises(TypeError):
        pickle.dumps(omi._options)
    omi.close()


def test_async_client_repr_has_no_key() -> None:
    omi = AsyncOmi(CANARY)
    assert CANARY not in repr(omi) and "<set>" in repr(omi)


def test_omi_log_debug_logs_requests_with_authorization_redacted() -> None:
    code = (
        "import httpx, omi_client;"
        "t=httpx.MockTransport(lambda r: httpx.Response(200, json=[]));"
        f"c=omi_client.Omi({CANARY!r}, http_client=httpx.Client(transport=t));"
        "c.memories.list(limit=3)"
    )
    env = {"OMI_LOG": "debug", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert "GET https://api.omi.me/v1/dev/user/memories?limit=3" in out.stderr
    assert "'authorization': '[redacted]'" in out.stderr
    assert "-> 200" in out.stderr
    assert CANARY not in out.stderr + out.stdout


def test_no_logging_without_opt_in() -> None:
    code = (
        "import httpx, omi_client;"
        "t=httpx.MockTransport(lambda r: httpx.Response(200, json=[]));"
        f"c=omi_client.Omi({CANARY!r}, http_client=httpx.Client(transport=t));"
        "c.memories.list()"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={})
    assert out.returncode == 0 and out.stderr == ""


def test_script_sanity(clients: Clients) -> None:
    script = Script(ok([]))
    _client(clients, script).memories.list()
    assert clients.sent_headers[0]["authorization"] == f"Bearer {CANARY}"


def test_key_is_absent_from_logs_over_real_http(
    clients: Clients, omi_fake: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # httpx and httpcore too
    texts: list[str] = []
    omi = clients.client(CANARY, base_url=omi_fake.base_url, retry_policy=FAST)
    try:
        omi.memories.create("x")
    except oc.AuthenticationError as exc:
        texts += [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    assert texts and "HTTP Request" in caplog.text
    for text in [*texts, caplog.text]:
        assert CANARY not in text


@pytest.mark.parametrize("bad", ["\n", "\r\n", "\x00", " ", "\x7f", "é"])
@pytest.mark.parametrize("field", ["api_key", "firebase_token"])
def test_a_key_that_cannot_be_a_header_is_refused_without_echoing_it(bad: str, field: str) -> None:
    # Sent as is, h11 would raise "Illegal header value b'Bearer <key>'": the key in the error.
    key = CANARY[:12] + bad + CANARY[12:]
    for cls in (Omi, AsyncOmi):
        with pytest.raises(oc.OmiError, match=field) as info:
            cls(**{field: key})
        text = "".join(traceback.format_exception(info.value))
        assert CANARY[12:] not in text and CANARY[:12] not in text


@pytest.mark.parametrize(
    "answer",
    [err(401), err(500), httpx.ReadTimeout("slow"), httpx.Response(200, content=b"<html>")],
    ids=repr,
)
def test_errors_do_not_hold_the_key_even_when_pickled(clients: Clients, answer: Any) -> None:
    # Errors outlive the call (BatchResult keeps them, apps queue or pickle them): the request
    # they carry must not still hold the Authorization header.
    script = Script(answer)
    with pytest.raises(oc.OmiError) as info:
        _client(clients, script).with_options(max_retries=0).memories.create("x")
    exc = info.value
    assert script.requests[0] is exc.request
    assert CANARY not in str(exc.request.headers.get("authorization"))
    assert CANARY.encode() not in pickle.dumps(exc)
    cause = exc.__cause__
    if isinstance(cause, httpx.RequestError):
        assert CANARY not in str(cause.request.headers.get("authorization"))
