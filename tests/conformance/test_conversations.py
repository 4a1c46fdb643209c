"""Conversations created from text, PATCH, discard and delete (docs/fidelity.md).

Conversation writes cost the tightest budget of the API (25 an hour, deletes and refused
requests included), so most tests share one conversation, in file order: read it, patch it,
discard it, delete it.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from checks import ACTION_ITEMS, CONVERSATIONS, instant, list_detail, mine, ok, string_detail
from suite import Omi

rule = pytest.mark.rule
TEXT = "I need to call Bob about the invoice. We met at the cafe and talked about the budget."


@pytest.fixture(scope="module")
def talk(module_omi: Omi) -> dict[str, Any]:
    """A text conversation that started 400 days ago, with a null language."""
    started = (module_omi.now() - timedelta(days=400)).replace(microsecond=0)
    body = {
        "text": module_omi.tag(TEXT),
        "started_at": started.isoformat(),
        "language": None,
        "text_source": "other_text",
    }
    created = module_omi.create("conversation", CONVERSATIONS, body)
    return {**created, "started": started}


def _get(omi: Omi, conversation_id: str, **params: Any) -> dict[str, Any]:
    response = omi.api.get(f"{CONVERSATIONS}/{conversation_id}", params=params)
    return dict(ok(response))


@rule("CONV-3a")
def test_unknown_category_is_a_400_naming_the_enum_error(omi: Omi) -> None:
    response = omi.api.get(CONVERSATIONS, params={"categories": "work,foo"})
    assert string_detail(response, 400) == "Invalid category 'foo' is not a valid CategoryEnum"


@rule("CONV-3b")
def test_an_empty_folder_id_is_a_422(omi: Omi) -> None:
    errors = list_detail(omi.api.get(CONVERSATIONS, params={"folder_id": ""}))
    assert errors[0]["loc"] == ["query", "folder_id"]


@rule("CONV-9c")
def test_text_create_defaults(omi: Omi, talk: dict[str, Any]) -> None:
    assert set(talk) - {"started"} == {"id", "status", "discarded"}
    assert talk["status"] == "completed"
    stored = _get(omi, talk["id"])
    assert stored["language"] == "en"
    assert stored["source"] == "external_integration"
    assert instant(stored["finished_at"]) - instant(stored["started_at"]) == timedelta(minutes=5)


@rule("CONV-4a")
def test_transcript_is_null_unless_asked_for(omi: Omi, talk: dict[str, Any]) -> None:
    stored = _get(omi, talk["id"])
    assert stored["transcript_segments"] is None and "folder_name" in stored


@rule("CONV-5", "CONV-2b")
def test_created_at_is_started_at(omi: Omi, talk: dict[str, Any]) -> None:
    stored = _get(omi, talk["id"])
    assert instant(stored["created_at"]) == instant(stored["started_at"]) == talk["started"]
    second = timedelta(seconds=1)
    window = {
        "start_date": (talk["started"] - second).isoformat(),
        "end_date": (talk["started"] + second).isoformat(),
        "limit": 100,
    }
    assert mine(ok(omi.api.get(CONVERSATIONS, params=window)), [talk["id"]]) == [talk["id"]]
    newest = ok(omi.api.get(CONVERSATIONS, params={"limit": 100}))
    stamps = [instant(c["created_at"]) for c in newest]
    assert stamps == sorted(stamps, reverse=True)


@rule("CONV-9e")
def test_other_text_creates_no_action_items(omi: Omi, talk: dict[str, Any]) -> None:
    items = ok(omi.api.get(ACTION_ITEMS, params={"conversation_id": talk["id"]}))
    assert items == []


@rule("CONV-6a")
def test_get_of_an_unknown_conversation_is_404(omi: Omi) -> None:
    response = omi.api.get(f"{CONVERSATIONS}/does-not-exist")
    assert string_detail(response, 404) == "Conversation not found"


@rule("CONV-7a")
def test_patching_an_unknown_conversation_is_404_even_when_empty(omi: Omi) -> None:
    response = omi.api.patch(f"{CONVERSATIONS}/does-not-exist", json={})
    assert string_detail(response, 404) == "Conversation not found"


@rule("CONV-7b")
def test_an_empty_patch_is_a_422_string(omi: Omi, talk: dict[str, Any]) -> None:
    response = omi.api.patch(f"{CONVERSATIONS}/{talk['id']}", json={})
    assert string_detail(response, 422) == (
        "At least one field (title or discarded) must be provided"
    )


@rule("CONV-7c", "CONV-7e")
def test_a_patched_title_is_stripped_and_the_response_has_the_transcript(
    omi: Omi, talk: dict[str, Any]
) -> None:
    body = {"title": f"  {omi.tag('Invoice call')}  "}
    updated = ok(omi.api.patch(f"{CONVERSATIONS}/{talk['id']}", json=body))
    assert updated["structured"]["title"] == omi.tag("Invoice call")
    assert isinstance(updated["transcript_segments"], list)


@rule("CONV-2a", "CONV-6b", "CONV-7d")
def test_discard_hides_from_lists_but_get_still_answers(omi: Omi, talk: dict[str, Any]) -> None:
    window = {"end_date": (talk["started"] + timedelta(seconds=1)).isoformat(), "limit": 100}
    ok(omi.api.patch(f"{CONVERSATIONS}/{talk['id']}", json={"discarded": True}))
    assert mine(ok(omi.api.get(CONVERSATIONS, params=window)), [talk["id"]]) == []
    assert _get(omi, talk["id"])["id"] == talk["id"]


@rule("CONV-8")
def test_delete_is_hard_then_get_is_404(omi: Omi, module_omi: Omi, talk: dict[str, Any]) -> None:
    path = f"{CONVERSATIONS}/{talk['id']}"
    assert ok(omi.api.delete(path)) == {"success": True}
    module_omi.deleted("conversation", talk["id"])
    assert string_detail(omi.api.get(path), 404) == "Conversation not found"


@rule("CONV-9a")
def test_blank_text_is_a_422_string(omi: Omi) -> None:
    response = omi.attempt("conversation", CONVERSATIONS, {"text": " \n\t "})
    assert string_detail(response, 422) == "text cannot be empty"


@rule("CONV-9b")
def test_finished_before_started_is_a_422_string(omi: Omi) -> None:
    started = omi.now().replace(microsecond=0)
    body = {
        "text": omi.tag("We planned the garden."),
        "started_at": started.isoformat(),
        "finished_at": (started - timedelta(seconds=1)).isoformat(),
    }
    response = omi.attempt("conversation", CONVERSATIONS, body)
    assert string_detail(response, 422) == "finished_at must be after started_at"


@rule("CONV-9d")
def test_a_short_text_is_not_discarded(omi: Omi) -> None:
    # No run mark here: it would make the text longer than the short text under test.
    created = omi.create("conversation", CONVERSATIONS, {"text": "hi there"})
    assert created["discarded"] is False
