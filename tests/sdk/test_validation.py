"""Client-side checks come from the spec and fire before anything is sent."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import omi_client as oc
import pytest
from sdk_helpers import MEMORY, Clients, Script, ok


def _unsent(clients: Clients) -> tuple[Any, Script]:
    script = Script(ok(MEMORY))
    return clients.scripted(script), script


@pytest.mark.parametrize(
    ("call", "field", "words"),
    [
        (lambda o: o.memories.create(""), "content", "at least 1"),
        (lambda o: o.memories.create("x" * 501), "content", "at most 500"),
        (lambda o: o.memories.create("x", category="nope"), "category", "not one of"),
        (lambda o: o.memories.create("x", tags="notalist"), "tags", "expected array"),
        (lambda o: o.memories.update("m1", content=""), "content", "at least 1"),
        (lambda o: o.memories.search(""), "query", "at least 1"),
        (lambda o: o.memories.search("q", limit=101), "limit", "<= 100"),
        (lambda o: o.action_items.create("x" * 501), "description", "at most 500"),
        (lambda o: o.action_items.create("x", due_at="tomorrow"), "due_at", "date-time"),
        (lambda o: o.goals.create("t", goal_type="vibes"), "goal_type", "not one of"),
        (lambda o: o.goals.create("t", success_criteria=["c"] * 21), "success_criteria", "20"),
        (lambda o: o.goals.update("g1", title="x" * 501), "title", "at most 500"),
        (lambda o: o.goals.history("g1", days=366), "days", "<= 365"),
        (lambda o: o.conversations.ask(""), "question", "at least 1"),
        (lambda o: o.conversations.ask("q", limit=11), "limit", "<= 10"),
        (lambda o: o.conversations.create(""), "text", "at least 1"),
        (lambda o: o.conversations.list(folder_id=""), "folder_id", "at least 1"),
        (lambda o: o.conversations.update("c1", title=""), "title", "at least 1"),
        (
            lambda o: o.conversations.create_from_segments([{"text": "hi", "start": 0}]),
            "transcript_segments[0].end",
            "required",
        ),
        (
            lambda o: o.conversations.create_from_segments(
                [{"text": "hi", "start": 0, "end": 1}], source="carrier-pigeon"
            ),
            "source",
            "not one of",
        ),
        (lambda o: o.memories.delete(""), "memory_id", "non-empty"),
    ],
)
def test_invalid_input_raises_naming_the_field(
    clients: Clients, call, field: str, words: str
) -> None:  # type: ignore[no-untyped-def]
    omi, script = _unsent(clients)
    with pytest.raises(oc.ValidationError) as info:
        call(omi)
    assert info.value.field == field
    assert words in str(info.value)
    assert script.requests == []


def test_create_many_names_the_bad_item_and_sends_nothing(clients: Clients) -> None:
    omi, script = _unsent(clients)
    items = ["ok"] * 30 + [{"content": "x" * 600}]
    with pytest.raises(oc.ValidationError) as info:
        omi.memories.create_many(items)
    assert info.value.field == "memories[30].content"
    assert script.requests == []


def test_validation_error_is_also_a_value_error() -> None:
    assert issubclass(oc.ValidationError, ValueError)


def test_plain_python_values_are_accepted(clients: Clients) -> None:
    class Color(enum.Enum):
        WORK = "work"

    script = Script(
        ok({"id": "a1", "description": "d", "completed": False}),
        ok(MEMORY),
        ok({"id": "c1", "status": "completed", "discarded": False}),
    )
    omi = clients.scripted(script)
    when = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    omi.action_items.create("d", due_at=when)
    omi.memories.create("x", category=Color.WORK, tags=("a", "b"))
    omi.conversations.create("hello", started_at=when, geolocation={"latitude": 1, "longitude": 2})
    bodies = script.bodies()
    assert bodies[0]["due_at"] == "2026-01-02T03:04:05+00:00"
    assert bodies[1] == {"content": "x", "category": "work", "tags": ["a", "b"]}
    assert bodies[2]["geolocation"] == {"latitude": 1, "longitude": 2}


def test_naive_datetimes_get_the_local_offset(clients: Clients) -> None:
    script = Script(ok({"id": "a1", "description": "d", "completed": False}))
    clients.scripted(script).action_items.create("d", due_at=dt.datetime(2026, 1, 2, 3, 4, 5))
    sent = dt.datetime.fromisoformat(script.bodies()[0]["due_at"])
    assert sent.tzinfo is not None


def test_explicit_none_is_sent_as_null_and_omitted_fields_are_not_sent(
    clients: Clients, omi_fake: Any
) -> None:
    # On a goal, null clears unit and why_it_matters (where the server honours a null).
    omi = clients.fake(omi_fake)
    goal = omi.goals.create("Run", unit="km", why_it_matters="health")
    omi.goals.update(goal.id, title="Run far", unit=None, why_it_matters=None)
    assert clients.bodies()[-1] == {"title": "Run far", "unit": None, "why_it_matters": None}


def test_unknown_extra_fields_in_dicts_pass_through(clients: Clients) -> None:
    script = Script(ok({"id": "c1", "status": "completed", "discarded": False}))
    seg = {"text": "hi", "start": 0, "end": 1, "emotion": "happy"}
    clients.scripted(script).conversations.create_from_segments([seg], client_session_id="s-1")
    body = script.bodies()[0]
    assert body["transcript_segments"][0]["emotion"] == "happy"
    assert body["client_session_id"] == "s-1"


def test_an_update_that_changes_nothing_is_refused_before_sending(clients: Clients) -> None:
    omi, script = _unsent(clients)
    for update in (omi.memories.update, omi.action_items.update, omi.conversations.update):
        with pytest.raises(oc.ValidationError, match="at least one field"):
            update("x1")
    with pytest.raises(oc.ValidationError):
        omi.goals.update("g1")
    assert script.requests == []


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda o: o.goals.create("t", target_value=float("inf")), "target_value"),
        (lambda o: o.goals.update("g1", current_value=float("nan")), "current_value"),
        (lambda o: o.goals.set_progress("g1", float("nan")), "current_value"),
        (lambda o: o.memories.create("x", tags=[object()]), "tags[0]"),
        (
            lambda o: o.memories.create_many([{"content": "a", "tags": [object()]}]),
            "memories[0].tags[0]",
        ),
    ],
)
def test_values_json_cannot_carry_are_named_validation_errors(
    clients: Clients, call, field
) -> None:  # type: ignore[no-untyped-def]
    # NaN/inf would be sent as "nan" in a query, or crash the JSON encoder with a bare ValueError.
    omi, script = _unsent(clients)
    with pytest.raises(oc.ValidationError) as info:
        call(omi)
    assert info.value.field == field and script.requests == []


@pytest.mark.parametrize("bad_id", [".", ".."])
@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda o, i: o.memories.delete(i), "memory_id"),
        (lambda o, i: o.goals.history(i), "goal_id"),
        (lambda o, i: o.goals.set_progress(i, 1), "goal_id"),
        (lambda o, i: o.conversations.update(i, title="t"), "conversation_id"),
    ],
)
def test_dot_segment_ids_are_refused(clients: Clients, call, field, bad_id: str) -> None:  # type: ignore[no-untyped-def]
    # URL normalisation would turn .../goals/./history into .../goals/history (getGoal "history")
    # and .../memories/.. into DELETE /v1/dev/user: another endpoint than the one called.
    omi, script = _unsent(clients)
    with pytest.raises(oc.ValidationError) as info:
        call(omi, bad_id)
    assert info.value.field == field and script.requests == []


LONE = "\ud800"


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda o: o.memories.create(f"tea {LONE}"), "content"),
        (lambda o: o.memories.create("tea", tags=["ok", LONE]), "tags[1]"),
        (lambda o: o.memories.search(LONE), "query"),
        (lambda o: o.memories.list(categories=LONE), "categories"),
        (lambda o: o.goals.get(LONE), "goal_id"),
        (lambda o: o.conversations.create_from_segments([{"text": "a", "start": 0, "end": 1,
                                                          LONE: 1}]), "transcript_segments[0]"),
        (lambda o: o.goals.create("t", target_value=10**400), "target_value"),
        (lambda o: o.goals.set_progress("g1", -(10**400)), "current_value"),
        (lambda o: o.memories.list(limit=10**400), "limit"),
    ],
)  # fmt: skip
def test_values_that_cannot_travel_are_refused_before_sending(
    clients: Clients, call: Any, field: str
) -> None:
    script = Script(ok(MEMORY))
    with pytest.raises(oc.ValidationError) as info:
        call(clients.scripted(script))
    assert info.value.field == field and script.requests == []
    assert "surrogate" in str(info.value) or "range" in str(info.value)


def test_a_lone_surrogate_in_a_late_item_stops_create_many_before_any_request(
    clients: Clients, omi_fake: Any
) -> None:
    # It used to pass validation and raise a bare UnicodeEncodeError while encoding the second
    # chunk, after the first was created, losing the BatchResult.
    omi = clients.fake(omi_fake)
    items = [f"m{i}" for i in range(30)] + [f"bad {LONE}"]
    with pytest.raises(oc.ValidationError) as info:
        omi.memories.create_many(items)
    assert info.value.field == "memories[30].content"
    assert clients.requests == [] and omi_fake.count("memories") == 0


def test_path_arguments_are_encoded_so_the_request_reaches_exactly_the_intended_route(
    clients: Clients, omi_fake: Any
) -> None:
    omi = clients.fake(omi_fake)
    with pytest.raises(oc.NotFoundError):
        omi.goals.get("a b?c#d%2F")
    [request] = clients.requests
    assert request.url.raw_path == b"/v1/dev/user/goals/a%20b%3Fc%23d%252F"
    assert [(m, p) for m, p, _ in omi_fake.request_log] == [
        ("GET", "/v1/dev/user/goals/a b?c#d%2F")
    ]


@pytest.mark.parametrize(
    "call",
    [
        lambda o, g: o.goals.get(g + "/history"),
        lambda o, g: o.goals.delete(g + "/progress"),
        lambda o, g: o.memories.delete("x/../" + g),
    ],
)
def test_an_id_with_a_slash_is_refused_instead_of_reaching_another_route(
    clients: Clients, omi_fake: Any, call: Any
) -> None:
    omi = clients.fake(omi_fake)
    goal = omi.goals.create("Run")
    clients.requests.clear()
    with pytest.raises(oc.ValidationError, match="contains '/'"):
        call(omi, goal.id)
    assert clients.requests == []
