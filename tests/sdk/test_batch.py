"""create_many chunks to the batch limits and accounts for every item."""

from __future__ import annotations

import json
from typing import Any

import httpx
import omi_client as oc
import pytest
from sdk_helpers import Clients, Script, err, ok


def echo_batch(key: str, field: str):  # type: ignore[no-untyped-def]
    sizes: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        items = json.loads(request.content)[key]
        sizes.append(len(items))
        made = [
            {"id": f"x{len(sizes)}-{i}", "completed": False, **item} for i, item in enumerate(items)
        ]
        return ok({key: made, "created_count": len(made)})

    return handler, sizes


def test_memories_are_chunked_by_25_and_all_created_in_order(clients: Clients) -> None:
    handler, sizes = echo_batch("memories", "content")
    result = clients.scripted(handler).memories.create_many([f"m{i}" for i in range(60)])
    assert sizes == [25, 25, 10]
    assert result.ok and result.total == 60
    assert [m.content for m in result.created] == [f"m{i}" for i in range(60)]
    assert result.created_indices == list(range(60))


def test_action_items_are_chunked_by_50(clients: Clients) -> None:
    handler, sizes = echo_batch("action_items", "description")
    items = [{"description": f"a{i}", "completed": i % 2 == 0} for i in range(120)]
    result = clients.scripted(handler).action_items.create_many(items)
    assert sizes == [50, 50, 20] and len(result.created) == 120


def test_a_422_naming_items_fails_exactly_those_and_resends_the_rest(clients: Clients) -> None:
    handler, sizes = echo_batch("memories", "content")
    calls = {"n": 0}

    def flaky(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] == 2:  # the second chunk (items 25..49): items 25 and 28 are refused
            detail = [
                {"loc": ["body", "memories", 0, "content"], "msg": "bad", "type": "x"},
                {"loc": ["body", "memories", 3], "msg": "bad", "type": "x"},
            ]
            return err(422, detail)
        return handler(request)

    result = clients.scripted(flaky).memories.create_many([f"m{i}" for i in range(60)])
    assert not result.ok
    assert [f.index for f in result.failed] == [25, 28]
    assert all(isinstance(f.error, oc.UnprocessableEntityError) for f in result.failed)
    assert result.created_indices == [i for i in range(60) if i not in (25, 28)]
    assert [m.content for m in result.created] == [f"m{i}" for i in result.created_indices]
    assert sizes == [25, 23, 10] and result.uncertain == []
    with pytest.raises(oc.UnprocessableEntityError):
        result.raise_for_failures()


def test_a_422_naming_no_item_fails_the_whole_chunk(clients: Clients) -> None:
    handler, _ = echo_batch("memories", "content")
    calls = {"n": 0}

    def flaky(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] == 1:
            return err(422, [{"loc": ["body", "memories"], "msg": "too many", "type": "x"}])
        return handler(request)

    result = clients.scripted(flaky).memories.create_many([f"m{i}" for i in range(30)])
    assert [f.index for f in result.failed] == list(range(25))
    assert result.created_indices == list(range(25, 30))


def test_a_500_makes_the_chunk_uncertain_not_failed_and_is_not_replayed(clients: Clients) -> None:
    handler, _sizes = echo_batch("memories", "content")
    calls = {"n": 0}

    def flaky(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        return err(500) if calls["n"] == 1 else handler(request)

    result = clients.scripted(flaky).memories.create_many([f"m{i}" for i in range(30)])
    assert [f.index for f in result.uncertain] == list(range(25))
    assert result.created_indices == list(range(25, 30)) and calls["n"] == 2


def test_rate_limit_stops_the_run_and_marks_the_rest_unattempted(clients: Clients) -> None:
    limited = err(429, "Rate limit exceeded. Try again in 3000s.", {"Retry-After": "3000"})
    script = Script(limited)
    result = clients.scripted(script).memories.create_many([f"m{i}" for i in range(60)])
    assert len(script.requests) == 1
    assert [f.index for f in result.failed] == list(range(60))
    assert [f.attempted for f in result.failed].count(False) == 35
    assert result.failed[0].error is result.failed[-1].error


def test_partial_response_is_matched_by_content(clients: Clients) -> None:
    body = {"memories": [{"id": "b", "content": "m1"}], "created_count": 1}
    result = clients.scripted(Script(ok(body))).memories.create_many(["m0", "m1"])
    assert result.created_indices == [1]
    assert [f.index for f in result.uncertain] == [0]


def test_empty_input_sends_nothing(clients: Clients) -> None:
    script = Script(ok({}))
    result = clients.scripted(script).memories.create_many([])
    assert result.ok and result.total == 0 and script.requests == []


@pytest.mark.parametrize("body", [b"<html>oops</html>", b'{"memories": "not a list"}'])
def test_a_2xx_whose_body_does_not_parse_is_uncertain_not_failed(
    clients: Clients, body: bytes
) -> None:
    # The server said 200: the items were most likely created. "failed" means certainly not.
    script = Script(httpx.Response(200, content=body))
    result = clients.scripted(script).memories.create_many(["m0", "m1"])
    assert result.failed == [] and [f.index for f in result.uncertain] == [0, 1]
    assert isinstance(result.uncertain[0].error, oc.APIResponseValidationError)
    assert len(script.requests) == 1


def test_every_item_lands_in_exactly_one_bucket_whatever_each_chunk_meets(clients: Clients) -> None:
    """Property: for any sequence of chunk outcomes, each input index is in exactly one of
    created/failed/uncertain, each bucket is in input order, and created[i] is its input."""
    from hypothesis import given, settings, strategies as st

    outcomes = st.sampled_from(
        ["ok", "partial", "422-some", "422-all", "500", "503", "429-long", "read-timeout",
         "connect", "garbled", "402"]
    )  # fmt: skip

    @settings(max_examples=150, deadline=None)
    @given(n=st.integers(0, 80), plan=st.lists(outcomes, min_size=1, max_size=8))
    def run(n: int, plan: list[str]) -> None:
        answers = iter(plan)

        def handler(request: httpx.Request) -> httpx.Response:
            items = json.loads(request.content)["memories"]
            kind = next(answers, "ok")
            made = [{"id": f"id-{item['content']}", **item} for item in items]
            if kind == "ok":
                return ok({"memories": made, "created_count": len(made)})
            if kind == "partial":
                return ok({"memories": made[::2], "created_count": len(made[::2])})
            if kind.startswith("422"):
                picked = range(len(items)) if kind == "422-all" else range(0, len(items), 3)
                locs = [{"loc": ["body", "memories", i], "msg": "bad", "type": "x"} for i in picked]
                return err(422, locs)
            if kind == "429-long":
                return err(429, "later", {"Retry-After": "3600"})
            if kind == "read-timeout":
                raise httpx.ReadTimeout("slow", request=request)
            if kind == "connect":
                raise httpx.ConnectError("refused", request=request)
            if kind == "garbled":
                return httpx.Response(200, content=b"<html>")
            return err(int(kind))

        contents = [f"m{i}" for i in range(n)]
        result = clients.scripted(handler, max_retries=0).memories.create_many(contents)
        buckets = [result.created_indices, [f.index for f in result.failed]]
        buckets.append([f.index for f in result.uncertain])
        assert sorted(i for b in buckets for i in b) == list(range(n)) and result.total == n
        assert all(b == sorted(b) for b in buckets)
        assert [m.content for m in result.created] == [contents[i] for i in result.created_indices]
        assert all(f.item["content"] == contents[f.index] for f in result.failed + result.uncertain)
        seen.update(("created" * bool(result.created), "uncertain" * bool(result.uncertain)))

    seen: set[str] = set()
    run()
    assert {"created", "uncertain"} <= seen  # both paths really ran


BATCH_PATHS = {"memories": "/v1/dev/user/memories/batch",
               "action_items": "/v1/dev/user/action-items/batch"}  # fmt: skip


@pytest.mark.parametrize(
    ("resource", "field", "size"),
    [("memories", "content", 25), ("action_items", "description", 50)],
)
def test_create_batch_sends_exactly_one_request_and_returns_the_batch_response(
    clients: Clients, omi_fake: Any, resource: str, field: str, size: int
) -> None:
    omi = clients.fake(omi_fake)
    items: list[Any] = [f"item {i}" for i in range(size - 1)] + [{field: "last"}]
    response = getattr(omi, resource).create_batch(items)
    assert response.created_count == size
    assert [getattr(x, field) for x in getattr(response, resource)] == [
        *(f"item {i}" for i in range(size - 1)),
        "last",
    ]
    assert [(r.method, r.url.path) for r in clients.requests] == [("POST", BATCH_PATHS[resource])]
    assert clients.bodies() == [{resource: [{field: f"item {i}"} for i in range(size - 1)]
                                 + [{field: "last"}]}]  # fmt: skip
    assert omi_fake.count(resource) == size


@pytest.mark.parametrize(("resource", "size"), [("memories", 25), ("action_items", 50)])
def test_create_batch_refuses_more_than_the_spec_allows_before_sending(
    clients: Clients, omi_fake: Any, resource: str, size: int
) -> None:
    omi = clients.fake(omi_fake)
    with pytest.raises(oc.ValidationError) as info:
        getattr(omi, resource).create_batch(["x"] * (size + 1))
    assert info.value.field == resource and f"at most {size}" in str(info.value)
    assert clients.requests == [] and omi_fake.request_log == []


@pytest.mark.parametrize("items", [5, "not a list", b"bytes", {"content": "one dict"}, None])
def test_batch_inputs_that_are_not_a_list_of_items_are_typed_errors(
    clients: Clients, items: Any
) -> None:
    script = Script(ok({"memories": [], "created_count": 0}))
    omi = clients.scripted(script)
    for method in (omi.memories.create_batch, omi.memories.create_many):
        with pytest.raises(oc.ValidationError) as info:
            method(items)
        assert info.value.field == "memories" and "iterable of items" in str(info.value)
    assert script.requests == []


def test_create_batch_is_not_replayed_and_says_whether_it_may_have_been_processed(
    clients: Clients,
) -> None:
    script = Script(err(500), ok({"memories": [], "created_count": 0}))
    with pytest.raises(oc.InternalServerError) as info:
        clients.scripted(script).memories.create_batch(["a"])
    assert info.value.may_have_been_processed is True and len(script.requests) == 1


def test_create_many_is_built_on_create_batch(
    clients: Clients, omi_fake: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    omi = clients.fake(omi_fake)
    resource = omi.memories.wrapped if clients.is_async else omi.memories
    sent: list[int] = []
    original = resource._create_batch

    def spy(spec: Any, items: Any) -> Any:
        sent.append(len(items))
        return original(spec, items)

    monkeypatch.setattr(resource, "_create_batch", spy)
    assert omi.memories.create_many([f"m{i}" for i in range(30)]).ok
    assert sent == [25, 5] and omi_fake.count("memories") == 30


def test_an_unexpected_error_mid_run_keeps_the_result_and_stops(clients: Clients) -> None:
    """Whatever breaks after the first chunk, the chunks already created are reported."""
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("a bug in a transport")
        items = json.loads(request.content)["memories"]
        made = [{"id": f"i{k}", **m} for k, m in enumerate(items)]
        return ok({"memories": made, "created_count": len(made)})

    result = clients.scripted(handler).memories.create_many([f"m{i}" for i in range(60)])
    assert result.created_indices == list(range(25))
    assert [f.index for f in result.uncertain] == list(range(25, 50))
    assert result.uncertain[0].error.may_have_been_processed is None
    assert "RuntimeError" in str(result.uncertain[0].error)
    assert [f.index for f in result.failed] == list(range(50, 60))
    assert not any(f.attempted for f in result.failed) and calls["n"] == 2
