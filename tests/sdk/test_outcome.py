"""OmiError.may_have_been_processed: one rule, read by retries, create_many and the CLI.

Each case runs through Omi and AsyncOmi (the `clients` fixture).
"""

from __future__ import annotations

from typing import Any

import httpx
import omi_client as oc
import pytest
from sdk_helpers import MEMORY, Clients, Script, err, ok

HTML_503 = httpx.Response(503, text="<html><body>Service Unavailable</body></html>")


def _raised(omi: Any, call: Any = None) -> oc.OmiError:
    with pytest.raises(oc.OmiError) as info:
        (call or (lambda o: o.memories.create("likes tea")))(omi)
    return info.value


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (httpx.ConnectError("refused"), False),
        (httpx.ConnectTimeout("slow connect"), False),
        (httpx.PoolTimeout("no free connection"), False),
        (httpx.LocalProtocolError("bad header"), False),
        (httpx.ReadTimeout("slow"), True),
        (httpx.WriteTimeout("slow write"), True),
        (httpx.RemoteProtocolError("Server disconnected"), True),
        (httpx.ReadError("reset"), True),
        (err(400), False),
        (err(401), False),
        (err(402), False),
        (err(403), False),
        (err(404), False),
        (err(409), False),
        (err(422, [{"loc": ["body", "content"], "msg": "bad", "type": "x"}]), False),
        (err(429, "Rate limit exceeded. Try again in 3600s.", {"Retry-After": "3600"}), False),
        (err(503, "Rate limiter unavailable"), False),  # the API's own fence, before the handler
        (HTML_503, True),  # a proxy/CDN page: it may have forwarded the request first
        (err(500), True),
        (err(502), True),
        (err(504), True),
        (httpx.Response(504), True),  # the real server's TimeoutMiddleware: empty 504
        (err(520), True),
        (httpx.Response(200, content=b"<html>"), True),  # done, but the answer is unreadable
    ],
)
def test_each_outcome_follows_the_rule(clients: Clients, answer: Any, expected: bool) -> None:
    script = Script(answer)
    error = _raised(clients.scripted(script, max_retries=0))
    assert error.may_have_been_processed is expected
    assert len(script.requests) == 1


def test_nothing_sent_is_certainly_not_processed(clients: Clients) -> None:
    script = Script(ok(MEMORY))
    error = _raised(clients.scripted(script), lambda o: o.memories.create(""))
    assert isinstance(error, oc.ValidationError) and error.may_have_been_processed is False
    assert script.requests == []
    assert oc.ConfigurationError("x").may_have_been_processed is False
    assert oc.OmiError("x").may_have_been_processed is None  # cannot tell


def test_the_whole_call_counts_not_only_the_last_attempt(clients: Clients) -> None:
    # An update is idempotent, so a read timeout is retried; the retry's 404 is a refusal, but
    # the first attempt may have been carried out: so may the call.
    script = Script(httpx.ReadTimeout("slow"), err(404, "Memory not found"))
    omi = clients.scripted(script)
    error = _raised(omi, lambda o: o.memories.update("m1", content="x"))
    assert isinstance(error, oc.NotFoundError) and error.may_have_been_processed is True
    assert len(script.requests) == 2


def test_a_create_is_retried_exactly_when_the_attempt_was_not_processed(clients: Clients) -> None:
    # The API's 503 and a connect error: certainly not processed, so resent.
    script = Script(err(503, "Rate limiter unavailable"), httpx.ConnectError("refused"), ok(MEMORY))
    assert clients.scripted(script).memories.create("likes tea").id == "m1"
    assert len(script.requests) == 3
    # A proxy's 503 page: it may have been processed, so a create is not resent.
    script = Script(HTML_503, ok(MEMORY))
    error = _raised(clients.scripted(script))
    assert isinstance(error, oc.InternalServerError) and error.may_have_been_processed is True
    assert len(script.requests) == 1
    # A read is resent after either.
    script = Script(HTML_503, ok([MEMORY]))
    assert len(clients.scripted(script).memories.list()) == 1 and len(script.requests) == 2


@pytest.mark.parametrize(
    ("answer", "bucket"),
    [
        (err(503, "Rate limiter unavailable"), "failed"),
        (HTML_503, "uncertain"),
        (httpx.ConnectError("refused"), "failed"),
        (httpx.ReadTimeout("slow"), "uncertain"),
        (err(500), "uncertain"),
        (err(422, "All memories must have non-empty content"), "failed"),
    ],
)
def test_create_many_files_items_by_the_same_rule(
    clients: Clients, answer: Any, bucket: str
) -> None:
    result = clients.scripted(Script(answer), max_retries=0).memories.create_many(["a", "b"])
    assert [f.index for f in getattr(result, bucket)] == [0, 1]
    assert all(
        f.error.may_have_been_processed is (bucket == "uncertain")
        for f in result.failed + result.uncertain
    )


class FailFirst(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Real HTTP to the fake server, except that the first `times` requests raise `exc`."""

    def __init__(self, exc: Exception, times: int = 1) -> None:
        self.exc, self.times = exc, times
        self.sync, self.async_ = httpx.HTTPTransport(), httpx.AsyncHTTPTransport()

    def _fail(self) -> None:
        if self.times > 0:
            self.times -= 1
            raise self.exc

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._fail()
        return self.sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._fail()
        return await self.async_.handle_async_request(request)

    def close(self) -> None:
        self.sync.close()

    async def aclose(self) -> None:
        await self.async_.aclose()


def test_a_delete_after_a_503_does_not_take_a_real_404_for_success(
    clients: Clients, omi_fake: Any
) -> None:
    # Mutant killed: "maybe_processed set after a 503". The 503 came before the handler, so
    # the 404 that follows is genuine: nothing of that id was ever there.
    omi = clients.fake(omi_fake)
    omi_fake.inject(status=503, method="DELETE", path="/v1/dev/user/memories/no-such-id")
    with pytest.raises(oc.NotFoundError) as info:
        omi.memories.delete("no-such-id")
    assert info.value.may_have_been_processed is False
    assert [s for m, _, s in omi_fake.request_log if m == "DELETE"] == [503, 404]


def test_a_delete_after_a_connect_error_does_not_take_a_real_404_for_success(
    clients: Clients, omi_fake: Any
) -> None:
    # Mutant killed: "maybe_processed set after a connect error".
    omi = clients.client(
        omi_fake.api_key,
        base_url=omi_fake.base_url,
        transport=FailFirst(httpx.ConnectError("refused")),
        retry_policy=oc.RetryPolicy(max_retries=2, initial_backoff=0.001),
    )
    with pytest.raises(oc.NotFoundError):
        omi.goals.delete("no-such-goal")
    assert len(clients.requests) == 2
    assert [s for m, _, s in omi_fake.request_log if m == "DELETE"] == [404]


def test_a_delete_whose_first_answer_was_lost_is_done_when_it_then_404s(
    clients: Clients, omi_fake: Any
) -> None:
    omi = clients.fake(omi_fake)
    memory = omi.memories.create("temp")
    omi_fake.inject(drop="after", method="DELETE", path=f"/v1/dev/user/memories/{memory.id}")
    assert omi.memories.delete(memory.id) is None
    assert omi_fake.count("memories") == 0
    assert [s for m, _, s in omi_fake.request_log if m == "DELETE"] == [0, 404]
