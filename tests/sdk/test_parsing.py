"""Parsing edge cases: what the server may send, and what the caller gets for it.

Unit tests of parsing (a scripted httpx.MockTransport, as sdk_helpers allows for parsing), run
through both Omi and AsyncOmi. Response fields the server always sends are typed without Unset;
a body that leaves one out still parses (the spec's default, else None or []), while a missing
id, a wrongly typed field, an empty or undecodable body is an APIResponseValidationError that
names the field, never a bare exception or a model holding the wrong type.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import omi_client as oc
import pytest
from omi_client.models import (
    DeveloperConversation,
    DeveloperGoal,
    DeveloperMemory,
    MemoryCategory,
)
from sdk_helpers import Script, Syncify, err, mock_async_omi, mock_omi, ok

MEMORY = {
    "id": "m1",
    "content": "likes tea",
    "category": "interesting",
    "visibility": "private",
    "tags": ["drinks"],
    "created_at": "2026-01-02T03:04:05.123456Z",
    "updated_at": "2026-01-02T03:04:05Z",
    "manually_added": True,
    "edited": False,
    "reviewed": False,
    "user_review": None,
    "scoring": None,
}
GOAL = {
    "id": "goal_1",
    "goal_id": "goal_1",
    "title": "Run",
    "desired_outcome": "Run",
    "status": "background",
    "source": "user",
    "goal_type": "scale",
    "target_value": 10,
    "current_value": 0,
    "min_value": 0,
    "max_value": 10,
    "is_active": True,
    "created_at": "2026-01-01T00:00:00Z",
    "updated_at": "2026-01-01T00:00:00Z",
}
CONVERSATION = {
    "id": "c1",
    "created_at": "2026-01-01T00:00:00Z",
    "started_at": None,
    "finished_at": None,
    "structured": {"title": "t", "overview": "o", "category": "other"},
}

Client = Callable[..., Any]


@pytest.fixture(params=["sync", "async"])
def client(request: pytest.FixtureRequest) -> Iterator[Client]:
    """client(*answers) -> an Omi, or an AsyncOmi driven through Syncify, over a Script."""
    loop = asyncio.new_event_loop()

    def make(*answers: Any) -> Any:
        script = Script(*answers)
        kw: dict[str, Any] = {"max_retries": 0, "firebase_token": "tok"}
        if request.param == "sync":
            return mock_omi(script, **kw)
        return Syncify(mock_async_omi(script, **kw), loop)

    yield make
    loop.close()


def _raises_naming(call: Callable[[], object], *names: str) -> oc.APIResponseValidationError:
    with pytest.raises(oc.APIResponseValidationError) as info:
        call()
    for name in names:
        assert name in str(info.value), (name, str(info.value))
    return info.value


# --- typed as the server sends it ---------------------------------------------------------------


def test_a_full_body_parses_into_typed_fields(client: Client) -> None:
    memory = client(ok(MEMORY)).memories.create("likes tea")
    assert isinstance(memory, DeveloperMemory)
    assert memory.content == "likes tea" and memory.tags == ["drinks"]
    assert memory.category is MemoryCategory.INTERESTING
    assert memory.created_at == dt.datetime(2026, 1, 2, 3, 4, 5, 123456, tzinfo=dt.UTC)
    assert memory.updated_at == dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    goal = client(ok(GOAL)).goals.get("goal_1")
    assert isinstance(goal, DeveloperGoal)
    assert type(goal.current_value) is float and goal.current_value == 0.0  # JSON 0 -> float
    assert goal.success_criteria == [] and goal.metric is None and goal.unit is None


def test_fields_an_older_or_newer_server_leaves_out_take_the_spec_default(client: Client) -> None:
    memory = client(ok({"id": "m1"})).memories.create("x")
    assert memory.content == "" and memory.tags == [] and memory.visibility == "private"
    assert memory.category is MemoryCategory.INTERESTING  # the spec's default
    assert memory.created_at is None and memory.scoring is None and memory.edited is False
    assert memory.additional_properties == {}
    sparse = {k: v for k, v in CONVERSATION.items() if k not in ("started_at", "finished_at")}
    got = client(ok(sparse)).conversations.get("c1")
    assert isinstance(got, DeveloperConversation)
    assert got.started_at is None and got.finished_at is None
    assert got.structured.title == "t" and got.structured.action_items == []
    assert got.structured.emoji == "🧠"  # the spec's default


def test_a_default_list_is_not_shared_between_models(client: Client) -> None:
    first, second = client(ok([{"id": "a"}, {"id": "b"}])).memories.list()
    first.tags.append("x")
    assert second.tags == []


def test_unknown_fields_are_kept_even_when_a_known_one_is_missing(client: Client) -> None:
    # As many keys as the model has fields, one of them unknown: still found.
    body = {k: v for k, v in MEMORY.items() if k != "scoring"} | {"sentiment": 0.5}
    memory = client(ok(body)).memories.create("x")
    assert memory.additional_properties == {"sentiment": 0.5} and memory.scoring is None


# --- wrong or missing fields ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({"content": "no id"}, "id: required field is missing"),
        (MEMORY | {"id": 5}, "id: expected str, got int 5"),
        (MEMORY | {"tags": "x"}, "tags: expected list[str], got str 'x'"),
        (MEMORY | {"tags": ["a", 5]}, "tags[1]: expected str"),
        (MEMORY | {"created_at": "yesterday"}, "created_at: expected an ISO 8601 date-time"),
        (MEMORY | {"created_at": 1700000000}, "created_at: expected an ISO 8601 date-time or null"),
        (MEMORY | {"edited": "false"}, "edited: expected bool"),
        (MEMORY | {"category": 3}, "category: expected str"),
        (MEMORY | {"content": None}, "content: expected str, got null"),
    ],
)
def test_a_wrongly_typed_or_missing_field_is_refused_by_name(
    client: Client, body: dict[str, Any], where: str
) -> None:
    _raises_naming(lambda: client(ok(body)).memories.create("x"), "createMemory", where)


def test_the_error_locates_the_item_in_a_list(client: Client) -> None:
    page = [MEMORY, MEMORY, MEMORY, MEMORY | {"id": None}]
    _raises_naming(lambda: client(ok(page)).memories.list(), "[3].id: expected str, got null")


def test_the_error_locates_a_nested_field(client: Client) -> None:
    bad = CONVERSATION | {"structured": {"title": 5, "overview": "o", "category": "other"}}
    _raises_naming(lambda: client(ok(bad)).conversations.get("c1"), "structured.title")
    items = {"memories": [MEMORY, MEMORY | {"tags": [1]}], "created_count": 2}
    result = client(ok(items)).memories.create_many(["likes tea", "x"])
    assert [f.index for f in result.uncertain] == [0, 1]  # a 2xx we could not read: uncertain
    assert "memories[1].tags[0]" in str(result.uncertain[0].error)


def test_a_number_for_a_string_goal_field_and_a_string_for_a_number(client: Client) -> None:
    _raises_naming(lambda: client(ok(GOAL | {"title": 1})).goals.get("g"), "title: expected str")
    _raises_naming(
        lambda: client(ok(GOAL | {"current_value": "3"})).goals.get("g"),
        "current_value: expected number",
    )
    _raises_naming(
        lambda: client(ok(GOAL | {"current_value": True})).goals.get("g"), "current_value"
    )


def test_an_integral_float_is_an_int_as_json_schema_and_pydantic_read_it(client: Client) -> None:
    folder = {"id": "f", "name": "Work", "color": "#fff", "icon": "x"}
    folder |= {"created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"}
    (got,) = client(ok([folder | {"conversation_count": 3.0}])).folders.list()
    assert got.conversation_count == 3 and type(got.conversation_count) is int
    _raises_naming(
        lambda: client(ok([folder | {"order": 1.5}])).folders.list(), "[0].order: expected int"
    )


# --- bodies that are not JSON, empty, or nested too deep ------------------------------------------


@pytest.mark.parametrize("status", [200, 204])
def test_an_empty_body_where_json_is_documented_is_refused(client: Client, status: int) -> None:
    omi = client(httpx.Response(status))
    _raises_naming(lambda: omi.memories.list(), "listMemories", "empty body")
    _raises_naming(lambda: omi.memories.create("x"), "createMemory", "empty body")


def test_iterate_over_an_empty_200_raises_the_typed_error_not_type_error(client: Client) -> None:
    with pytest.raises(oc.APIResponseValidationError):
        list(client(httpx.Response(200)).memories.iterate())


def test_a_documented_204_is_none(client: Client) -> None:
    assert client(httpx.Response(204)).keys.revoke("k1") is None


def test_an_undocumented_2xx_is_read_as_the_documented_200(client: Client) -> None:
    memory = client(ok(MEMORY, status=201)).memories.create("likes tea")
    assert isinstance(memory, DeveloperMemory) and memory.id == "m1"


@pytest.mark.parametrize("body", [b"<html>oops</html>", b'{"id": "m1"', b"\xff\xfe"])
def test_a_body_that_is_not_json_is_refused(client: Client, body: bytes) -> None:
    _raises_naming(
        lambda: client(httpx.Response(200, content=body)).memories.create("x"), "not valid JSON"
    )


DEEP = b"[" * 100_000 + b"]" * 100_000


def test_deeply_nested_success_bodies_are_refused_not_recursion_errors(client: Client) -> None:
    _raises_naming(lambda: client(httpx.Response(200, content=DEEP)).memories.list(), "JSON")
    deep_field = b'{"id": "m1", "extra": ' + DEEP + b"}"
    _raises_naming(lambda: client(httpx.Response(200, content=deep_field)).memories.create("x"))


@pytest.mark.parametrize(
    "body",
    [
        DEEP,
        b'{"detail": ' + DEEP + b"}",
        b'{"detail": ' + b"[" * 40 + b'"x"' + b"]" * 40 + b"}",  # decodable, too deep to keep
    ],
)
def test_deeply_nested_error_bodies_give_the_typed_error_with_a_safe_detail(
    client: Client, body: bytes
) -> None:
    import pickle

    with pytest.raises(oc.BadRequestError) as info:
        client(httpx.Response(400, content=body)).memories.list()
    detail = info.value.detail
    assert isinstance(detail, str) and len(detail) <= 500  # the body's text, cut short
    assert "HTTP 400" in str(info.value)
    pickle.dumps(info.value)  # and the error stays usable


def test_a_shallow_structured_error_detail_is_still_kept(client: Client) -> None:
    with pytest.raises(oc.BadRequestError) as info:
        client(err(400, {"code": "x", "nested": [[{"a": 1}]]})).memories.list()
    assert info.value.detail == {"code": "x", "nested": [[{"a": 1}]]}


# --- the generated seams, directly ----------------------------------------------------------------


def test_parse_refuses_a_non_2xx_status() -> None:
    from omi_client._generated.api.memories import list_memories
    from omi_client._generated.errors import UnexpectedStatus

    with pytest.raises(UnexpectedStatus):
        list_memories.parse(404, b'{"detail": "x"}')


def test_the_optional_fast_decoder_accepts_exactly_what_json_accepts() -> None:
    """With orjson installed (the speedups extra), what it refuses falls back to json.loads, so
    both decoders accept the same bodies and give the same values; the one documented exception
    is an integer beyond 64 bits, which orjson reads as the nearest float."""
    from omi_client._pipeline import _json_loads

    loads = _json_loads()
    for body in (
        json.dumps([MEMORY] * 3).encode(),
        b'{"x": NaN, "y": Infinity}',
        b'{"s": "\\ud800 lone surrogate"}',
        b'{"n": 18446744073709551615, "m": -9223372036854775808}',
        b'{"dup": 1, "dup": 2}',
        '{"é": "ü"}'.encode(),
    ):
        got, want = loads(body), json.loads(body)
        assert json.dumps(got, sort_keys=True) == json.dumps(want, sort_keys=True), body
    huge = loads(b"123456789012345678901234567890")
    assert huge == 123456789012345678901234567890 or huge == 1.2345678901234568e29
    for bad in (b"", b"{", b"\xff", DEEP):
        with pytest.raises((ValueError, RecursionError)):
            loads(bad)
