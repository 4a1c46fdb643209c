"""Every status maps to a typed error carrying status, detail and the response."""

from __future__ import annotations

import httpx
import omi_client as oc
import pytest
from sdk_helpers import KEY, Clients, Script, err

CASES = [
    (400, oc.BadRequestError),
    (401, oc.AuthenticationError),
    (402, oc.PaymentRequiredError),
    (403, oc.PermissionDeniedError),
    (404, oc.NotFoundError),
    (409, oc.ConflictError),
    (418, oc.APIStatusError),
    (500, oc.InternalServerError),
    (520, oc.InternalServerError),
    (599, oc.InternalServerError),
    (499, oc.APIStatusError),
]


@pytest.mark.parametrize(("status", "cls"), CASES)
def test_status_maps_to_typed_error(
    clients: Clients, status: int, cls: type[oc.APIStatusError]
) -> None:
    omi = clients.scripted(Script(err(status, f"detail {status}")), max_retries=0)
    with pytest.raises(cls) as info:
        omi.memories.list()
    e = info.value
    assert type(e) is cls
    assert e.status_code == status and e.detail == f"detail {status}"
    assert e.response is not None and e.response.status_code == status
    assert isinstance(e, oc.OmiError) and str(status) in str(e)
    assert KEY not in str(e) and KEY not in repr(e)


def test_locked_error_is_the_402_class() -> None:
    assert oc.LockedError is oc.PaymentRequiredError


def test_422_lists_each_field(clients: Clients) -> None:
    detail = [
        {"loc": ["body", "memories", 3, "content"], "msg": "too long", "type": "string_too_long"},
        {"loc": ["query", "limit"], "msg": "not an int", "type": "int_parsing"},
    ]
    omi = clients.scripted(Script(err(422, detail)))
    with pytest.raises(oc.UnprocessableEntityError) as info:
        omi.memories.list()
    fields = info.value.errors
    assert [f.field for f in fields] == ["memories[3].content", "limit"]
    assert fields[0].msg == "too long" and fields[0].type == "string_too_long"
    assert "memories.3.content: too long" in str(info.value)


def test_429_exposes_retry_after_and_limits(clients: Clients) -> None:
    headers = {"Retry-After": "3600", "X-RateLimit-Limit": "120", "X-RateLimit-Remaining": "0"}
    omi = clients.scripted(Script(err(429, "Rate limit exceeded. Try again in 3600s.", headers)))
    with pytest.raises(oc.RateLimitError) as info:
        omi.memories.list()
    e = info.value
    assert (e.retry_after, e.limit, e.remaining) == (3600.0, 120, 0)


def test_non_json_error_body_keeps_the_text(clients: Clients) -> None:
    import httpx

    omi = clients.scripted(
        Script(httpx.Response(502, text="<html>Bad gateway</html>")), max_retries=0
    )
    with pytest.raises(oc.InternalServerError) as info:
        omi.memories.list()
    assert "Bad gateway" in str(info.value.detail)


def test_object_detail_is_kept(clients: Clients) -> None:
    omi = clients.scripted(Script(err(400, {"code": "bad_category", "allowed": ["a"]})))
    with pytest.raises(oc.BadRequestError) as info:
        omi.memories.list()
    assert info.value.detail == {"code": "bad_category", "allowed": ["a"]}


def test_unparseable_success_body_is_a_typed_error(clients: Clients) -> None:
    import httpx

    omi = clients.scripted(Script(httpx.Response(200, json={"no_id": True})))
    with pytest.raises(oc.APIResponseValidationError):
        omi.memories.create("x")


@pytest.mark.parametrize("loc", [None, 3, 1.5, True, "content", {"a": 1}])
def test_a_422_with_an_odd_loc_is_still_the_typed_error(clients: Clients, loc: object) -> None:
    # A proxy or a future server may not send FastAPI's list; the typed error must survive it.
    detail = [{"loc": loc, "msg": "bad value", "type": "x"}]
    omi = clients.scripted(Script(err(422, detail)), max_retries=0)
    with pytest.raises(oc.UnprocessableEntityError) as info:
        omi.memories.list()
    assert info.value.detail == detail and "bad value" in str(info.value)
    assert [e.msg for e in info.value.errors] == ["bad value"]
    if loc == "content":
        assert info.value.errors[0].field == "content"


@pytest.mark.parametrize("status", [201, 202, 203])
def test_an_undocumented_2xx_with_a_body_is_parsed_as_the_documented_200(
    clients: Clients, status: int
) -> None:
    # The spec documents 200 for creates; a server or proxy answering 201 must not turn the
    # created memory into None.
    memory = {"id": "m1", "content": "likes tea", "category": "interesting", "tags": []}
    script = Script(httpx.Response(status, json=memory))
    created = clients.scripted(script).memories.create("likes tea")
    assert created is not None and created.id == "m1" and created.content == "likes tea"
    raw = clients.scripted(Script(httpx.Response(status, json=[memory]))).memories
    response = raw.with_raw_response.list()
    assert response.status_code == status and [m.id for m in response.parse()] == ["m1"]
