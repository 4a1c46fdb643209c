"""Request validation from the spec, in FastAPI's 422 shape (type, loc, msg, input, ctx)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from fake_helpers import json_of
from omi_client.testing import FakeOmiServer

JSON = {"content-type": "application/json"}
MEM = "/v1/dev/user/memories"


def detail(response: httpx.Response) -> list[dict[str, object]]:
    body = json_of(response, 422)
    assert isinstance(body["detail"], list)
    return body["detail"]  # type: ignore[no-any-return]


def test_missing_field(http: httpx.Client) -> None:
    assert detail(http.post(MEM, json={})) == [
        {"type": "missing", "loc": ["body", "content"], "msg": "Field required", "input": {}}
    ]


def test_string_too_long_and_too_short(http: httpx.Client) -> None:
    [long] = detail(http.post(MEM, json={"content": "x" * 501}))
    assert long == {
        "type": "string_too_long",
        "loc": ["body", "content"],
        "msg": "String should have at most 500 characters",
        "input": "x" * 501,
        "ctx": {"max_length": 500},
    }
    [short] = detail(http.post(MEM, json={"content": ""}))
    assert (
        short["type"] == "string_too_short"
        and short["msg"] == "String should have at least 1 character"
    )


def test_batch_limits_come_from_the_spec(http: httpx.Client) -> None:
    [memories] = detail(http.post(f"{MEM}/batch", json={"memories": [{"content": "m"}] * 26}))
    assert memories["type"] == "too_long" and memories["loc"] == ["body", "memories"]
    assert memories["msg"] == "List should have at most 25 items after validation, not 26"
    assert memories["ctx"] == {"field_type": "List", "max_length": 25, "actual_length": 26}
    items = [{"description": "d"}] * 51
    [actions] = detail(http.post("/v1/dev/user/action-items/batch", json={"action_items": items}))
    assert actions["msg"] == "List should have at most 50 items after validation, not 51"
    assert (
        json_of(http.post(f"{MEM}/batch", json={"memories": [{"content": "m"}] * 25}))[
            "created_count"
        ]
        == 25
    )


def test_every_error_is_reported_at_once_with_nested_locations(http: httpx.Client) -> None:
    errors = detail(http.post(f"{MEM}/batch", json={"memories": [{"content": 5}, {"tags": "x"}]}))
    assert [(e["type"], e["loc"]) for e in errors] == [
        ("string_type", ["body", "memories", 0, "content"]),
        ("missing", ["body", "memories", 1, "content"]),
        ("list_type", ["body", "memories", 1, "tags"]),
    ]


def test_enum_and_type_errors(http: httpx.Client) -> None:
    [enum] = detail(http.post(MEM, json={"content": "c", "category": "nope"}))
    assert enum["type"] == "enum" and enum["loc"] == ["body", "category"]
    assert str(enum["msg"]).startswith("Input should be 'interesting', 'system'")
    [kind] = detail(
        http.post("/v1/dev/user/action-items", json={"description": "d", "completed": "maybe"})
    )
    assert kind == {
        "type": "bool_parsing",
        "loc": ["body", "completed"],
        "msg": "Input should be a valid boolean, unable to interpret input",
        "input": "maybe",
    }
    [when] = detail(
        http.post("/v1/dev/user/action-items", json={"description": "d", "due_at": "tomorrow"})
    )
    assert when["loc"] == ["body", "due_at"] and when["type"] == "datetime_from_date_parsing"


def test_body_problems(http: httpx.Client) -> None:
    assert detail(http.post(MEM)) == [
        {"type": "missing", "loc": ["body"], "msg": "Field required", "input": None}
    ]
    [bad_json] = detail(
        http.post(MEM, content=b'{"content": ', headers={"content-type": "application/json"})
    )
    assert (
        bad_json["type"] == "json_invalid"
        and bad_json["loc"][0] == "body"
        and bad_json["msg"] == "JSON decode error"
    )
    # A JSON null is no body at all to FastAPI: "missing", not a type error.
    null = http.post(MEM, content=b"null", headers={"content-type": "application/json"})
    assert detail(null) == [
        {"type": "missing", "loc": ["body"], "msg": "Field required", "input": None}
    ]
    [not_object] = detail(http.post(MEM, json=["content"]))
    assert not_object["type"] == "model_attributes_type" and not_object["loc"] == ["body"]


def test_query_parameters_are_coerced_and_checked(http: httpx.Client) -> None:
    assert detail(http.get(MEM, params={"limit": "ten"})) == [
        {
            "type": "int_parsing",
            "loc": ["query", "limit"],
            "msg": "Input should be a valid integer, unable to parse string as an integer",
            "input": "ten",
        }
    ]
    assert http.get("/v1/dev/user/action-items", params={"completed": "yes"}).status_code == 200
    [flag] = detail(http.get("/v1/dev/user/action-items", params={"completed": "maybe"}))
    assert flag["type"] == "bool_parsing" and flag["loc"] == ["query", "completed"]
    [query] = detail(http.get(f"{MEM}/vector/search", params={"query": "", "limit": 101}))[:1]
    assert query["loc"] == ["query", "query"] and query["type"] == "string_too_short"
    [limit] = detail(http.get(f"{MEM}/vector/search", params={"query": "q", "limit": 101}))
    assert limit == {
        "type": "less_than_equal",
        "loc": ["query", "limit"],
        "msg": "Input should be less than or equal to 100",
        "input": "101",  # as sent, as pydantic reports it
        "ctx": {"le": 100},
    }


def test_required_query_parameter(http: httpx.Client) -> None:
    goal = json_of(http.post("/v1/dev/user/goals", json={"title": "g"}))
    assert detail(http.patch(f"/v1/dev/user/goals/{goal['id']}/progress")) == [
        {
            "type": "missing",
            "loc": ["query", "current_value"],
            "msg": "Field required",
            "input": None,
        }
    ]
    [days] = detail(http.get(f"/v1/dev/user/goals/{goal['id']}/history", params={"days": 0}))
    assert days["type"] == "greater_than_equal" and days["ctx"] == {"ge": 1}


def test_unknown_route_and_unknown_method(http: httpx.Client) -> None:
    assert json_of(http.get("/v1/dev/user/nothing"), 404) == {"detail": "Not Found"}
    response = http.put(MEM)
    assert json_of(response, 405) == {"detail": "Method Not Allowed"}
    assert response.headers["allow"] == "GET, POST"
    assert http.get(f"{MEM}/some-id").headers["allow"] == "DELETE, PATCH"


def test_a_trailing_slash_is_a_307_to_the_route_without_it(
    http: httpx.Client, server: FakeOmiServer
) -> None:
    # FastAPI's router (redirect_slashes) answers before auth; httpx does not follow by default.
    moved = httpx.post(server.base_url + MEM + "/?limit=3")
    assert moved.status_code == 307 and moved.content == b""
    assert moved.headers["location"] == f"{server.base_url}{MEM}?limit=3"
    assert http.get("/v1/dev/user/goals/g1/history//").headers["location"].endswith("/history")
    assert json_of(http.get("/v1/dev/user/nothing/"), 404) == {"detail": "Not Found"}


def test_patch_needs_one_non_null_field(http: httpx.Client) -> None:
    memory = json_of(http.post(MEM, json={"content": "c"}))
    for body in ({}, {"content": None}):
        response = http.patch(f"{MEM}/{memory['id']}", json=body)
        assert json_of(response, 422) == {
            "detail": "At least one field (content, visibility, tags, or category) must be provided"
        }


@pytest.mark.parametrize(
    ("path", "status", "wanted"),
    [
        (
            f"{MEM}/no-such-id",
            422,
            "At least one field (content, visibility, tags, or category) must be provided",
        ),
        ("/v1/dev/user/action-items/no-such-id", 404, "Action item not found"),
        ("/v1/dev/user/conversations/no-such-id", 404, "Conversation not found"),
    ],
)
def test_an_empty_patch_is_checked_where_each_route_checks_it(
    http: httpx.Client, path: str, status: int, wanted: str
) -> None:
    # Each handler has its own "at least one field" check (a string 422): memories check it
    # before looking the item up, action items and conversations after (MEM-12, AI-8a, CONV-7a).
    assert json_of(http.patch(path, json={}), status) == {"detail": wanted}


def test_an_empty_goal_patch_is_a_422_before_the_goal_is_looked_up(http: httpx.Client) -> None:
    # GOAL-6a: any field given counts (a null too), checked before the lookup; GOAL-6b: some
    # fields may not be null, which the request model says as a list before the handler runs.
    path = "/v1/dev/user/goals/no-such-id"
    assert json_of(http.patch(path, json={}), 422) == {
        "detail": "At least one field must be provided"
    }
    assert detail(http.patch(path, json={"title": None})) == [
        {
            "type": "value_error",
            "loc": ["body", "title"],
            "msg": "Value error, required goal text cannot be null or blank",
            "input": None,
            "ctx": {"error": {}},
        }
    ]
    assert json_of(http.patch(path, json={"unit": None}), 404) == {"detail": "Goal not found"}


@pytest.mark.parametrize(
    ("raw", "ok"),
    [
        ("1.0", True),  # pydantic's lax int: a zero fraction is fine
        ("1_0", True),
        (" 7 ", True),
        ("\uff11", False),  # non-ASCII digits: Python's int() takes them, pydantic does not
        ("1.", False),
        ("1__0", False),
        ("1e1", False),
    ],
)
def test_integer_query_strings_parse_like_pydantic(http: httpx.Client, raw: str, ok: bool) -> None:
    response = http.get(MEM, params={"limit": raw})
    if ok:
        assert json_of(response) == []
    else:
        assert [e["type"] for e in detail(response)] == ["int_parsing"]


def test_number_query_strings_take_ascii_only(http: httpx.Client) -> None:
    goal = json_of(http.post("/v1/dev/user/goals", json={"title": "g", "target_value": 10}))
    path = f"/v1/dev/user/goals/{goal['id']}/progress"
    assert [e["type"] for e in detail(http.patch(path, params={"current_value": "\uff13"}))] == [
        "float_parsing"
    ]
    assert json_of(http.patch(path, params={"current_value": "1_5"}))["current_value"] == 15


# -- pydantic's lax mode, as FastAPI validates bodies (docs/fidelity.md VAL-1, VAL-2, VAL-3) -----
@pytest.mark.parametrize(
    ("body", "field", "stored"),
    [
        ({"description": "d", "completed": "true"}, "completed", True),
        ({"description": "d", "completed": "off"}, "completed", False),
        ({"description": "d", "completed": 1}, "completed", True),
        ({"description": "d", "due_at": "2030-01-01T10:00:00"}, "due_at", "2030-01-01T10:00:00"),
        ({"description": "d", "due_at": "2030-01-01"}, "due_at", "2030-01-01T00:00:00"),
        ({"description": "d", "due_at": 1893492000}, "due_at", "2030-01-01T10:00:00"),
    ],
)
def test_bodies_are_coerced_as_pydantic_lax_mode_does(
    http: httpx.Client, body: dict[str, Any], field: str, stored: Any
) -> None:
    made = json_of(http.post("/v1/dev/user/action-items", json=body))
    if isinstance(stored, str):  # a naive or numeric date-time is taken as UTC
        assert datetime.fromisoformat(made[field]) == datetime.fromisoformat(stored).replace(
            tzinfo=UTC
        )
    else:
        assert made[field] is stored


def test_numbers_from_strings_and_integers_from_whole_floats(http: httpx.Client) -> None:
    goal = json_of(http.post("/v1/dev/user/goals", json={"title": "Run", "target_value": "5"}))
    assert goal["target_value"] == 5.0
    asked = http.post("/v1/dev/user/ask", json={"question": "what?", "limit": 3.0})
    assert asked.status_code == 200
    [fraction] = detail(http.post("/v1/dev/user/ask", json={"question": "what?", "limit": 3.5}))
    assert fraction["type"] == "int_from_float" and fraction["input"] == 3.5
    # ... but a number is never coerced into a string.
    [text] = detail(http.post(MEM, json={"content": 5}))
    assert text["type"] == "string_type"


def test_an_exact_type_wins_in_a_union_before_any_coercion(http: httpx.Client) -> None:
    # update_goal_progress takes a number in the query: "7" is read as 7.0 ...
    goal = json_of(http.post("/v1/dev/user/goals", json={"title": "Read", "target_value": 10}))
    moved = json_of(
        http.patch(f"/v1/dev/user/goals/{goal['id']}/progress", params={"current_value": "7"})
    )
    assert moved["current_value"] == 7.0
    # ... and a date-time that is not one names pydantic's reason.
    [when] = detail(
        http.post("/v1/dev/user/action-items", json={"description": "d", "due_at": "2030-02-30"})
    )
    assert when["type"] == "datetime_from_date_parsing"
    assert when["ctx"] == {"error": "day value is outside expected range"}


@pytest.mark.parametrize(
    ("raw", "kind", "shown"),
    [
        (b'{"title": "t", "target_value": 1e400}', "finite_number", "Infinity"),
        (b'{"title": "t", "target_value": -1e400}', "finite_number", "-Infinity"),
        (b'{"title": "t", "target_value": NaN}', "finite_number", "NaN"),
        (b'{"title": "t", "target_value": 1' + b"0" * 400 + b"}", "float_type", 10**400),
    ],
)
def test_out_of_range_numbers_are_a_422_never_a_500(
    http: httpx.Client, raw: bytes, kind: str, shown: Any
) -> None:
    response = http.post("/v1/dev/user/goals", content=raw, headers=JSON)
    [error] = detail(response)
    assert error["type"] == kind and error["loc"] == ["body", "target_value"]
    assert error["input"] == shown


def test_an_undecodable_body_is_a_400_as_fastapi_answers_it(http: httpx.Client) -> None:
    too_many_digits = b'{"title": "t", "target_value": 1' + b"0" * 5000 + b"}"
    for raw in (too_many_digits, b'{"title": "\xff"}'):  # JSON too big for int(), not UTF-8
        response = http.post("/v1/dev/user/goals", content=raw, headers=JSON)
        assert json_of(response, 400) == {"detail": "There was an error parsing the body"}
