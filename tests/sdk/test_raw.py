"""with_raw_response: the same call, plus status and headers; parse() gives the plain value."""

from __future__ import annotations

import pickle
from typing import Any

import httpx
import omi_client as oc
import pytest
from omi_client.resources import ASYNC_RESOURCES, SYNC_RESOURCES
from sdk_helpers import Clients, Script, err, ok

NOT_ONE_REQUEST = {"iterate", "create_many"}  # many requests each: no single raw response


def test_every_single_request_method_has_a_raw_twin() -> None:
    for resources in (SYNC_RESOURCES, ASYNC_RESOURCES):
        for name, cls in resources.items():
            raw_cls = cls.__dict__["with_raw_response"].func.__annotations__["return"]
            wanted = set(cls.operations) - NOT_ONE_REQUEST
            module = __import__(cls.__module__, fromlist=[raw_cls])
            attrs = module.__dict__[raw_cls].__init__.__code__.co_names
            assert wanted <= set(attrs), f"{name}: {sorted(wanted - set(attrs))}"


def test_raw_list_gives_status_headers_and_the_plain_value(clients: Clients, omi_fake: Any) -> None:
    omi = clients.fake(omi_fake)
    omi.memories.create("tea")
    raw = omi.memories.with_raw_response.list(limit=3)
    assert isinstance(raw, oc.RawResponse)
    assert raw.status_code == 200 and raw.headers["content-type"].startswith("application/json")
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.http_response.request.url.params["limit"] == "3"
    plain = omi.memories.list(limit=3)
    assert [m.to_dict() for m in raw.parse()] == [m.to_dict() for m in plain]
    assert raw.parse() is raw.parse()  # parsed once
    assert raw.request_id is None  # the fake sends none


def test_raw_create_update_and_delete(clients: Clients, omi_fake: Any) -> None:
    omi = clients.fake(omi_fake)
    made = omi.action_items.with_raw_response.create("Call mom").parse()
    assert made.description == "Call mom" and omi_fake.count("action_items") == 1
    done = omi.action_items.with_raw_response.complete(made.id)
    assert done.parse().completed is True
    deleted = omi.action_items.with_raw_response.delete(made.id)
    assert deleted.status_code == 200 and deleted.parse() is None
    batch = omi.memories.with_raw_response.create_batch(["a", "b"])
    assert batch.parse().created_count == 2
    assert [(r.method, r.url.path) for r in clients.requests][-1] == (
        "POST",
        "/v1/dev/user/memories/batch",
    )


def test_raw_calls_retry_like_plain_ones(clients: Clients, omi_fake: Any) -> None:
    omi = clients.fake(omi_fake)
    omi_fake.inject(status=503, method="GET", path="/v1/dev/user/goals")
    raw = omi.goals.with_raw_response.list()
    assert raw.status_code == 200 and raw.parse() == []
    assert [s for m, p, s in omi_fake.request_log if p == "/v1/dev/user/goals"] == [503, 200]


def test_raw_calls_raise_the_typed_errors_of_plain_ones(clients: Clients, omi_fake: Any) -> None:
    omi = clients.fake(omi_fake)
    with pytest.raises(oc.NotFoundError) as info:
        omi.goals.with_raw_response.get("no-such-goal")
    assert info.value.status_code == 404
    with pytest.raises(oc.ValidationError):
        omi.memories.with_raw_response.create("")
    omi_fake.inject(status=429, method="POST", path="/v1/dev/user/memories")
    with pytest.raises(oc.RateLimitError):
        omi.with_options(max_retries=0).memories.with_raw_response.create("x")


def test_an_unreadable_body_fails_at_parse_time_with_the_typed_error(clients: Clients) -> None:
    raw = clients.scripted(Script(httpx.Response(200, content=b"<html>"))).memories
    response = raw.with_raw_response.list()
    assert response.status_code == 200
    with pytest.raises(oc.APIResponseValidationError):
        response.parse()


def test_a_delete_whose_answer_was_lost_then_404s_is_done_in_raw_mode_too(
    clients: Clients,
) -> None:
    script = Script(httpx.ReadTimeout("slow"), err(404, "Memory not found"))
    response = clients.scripted(script).memories.with_raw_response.delete("m1")
    assert response.status_code == 404 and response.parse() is None


def test_a_raw_response_does_not_hold_the_key(clients: Clients) -> None:
    key = "omi_dev_" + "c0ffee" * 5 + "ab"
    script = Script(ok([]))
    omi = clients.client(key, transport=httpx.MockTransport(script))
    response = omi.memories.with_raw_response.list()
    assert key not in str(response.http_response.request.headers.get("authorization"))
    assert key not in repr(response) and key.encode() not in pickle.dumps(response.parse())
