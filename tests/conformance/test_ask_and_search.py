"""Ask and memory vector search (docs/fidelity.md, "Ask and vector search")."""

from __future__ import annotations

import pytest
from checks import ASK, VECTOR, list_detail, ok, string_detail
from fake_powers import FakeAccount, FakePowers
from suite import Omi

rule = pytest.mark.rule
NO_MATCH = "I couldn't find any of your conversations relevant to that question."


@rule("ASK-1")
def test_a_blank_question_is_a_400(omi: Omi) -> None:
    response = omi.api.post(ASK, json={"question": "  \n "})
    assert string_detail(response, 400) == "question must not be empty"


@rule("ASK-2")
def test_no_match_gives_the_fixed_answer(omi: Omi) -> None:
    nonce = "zqxjv" + omi.mark.rsplit("-", 1)[1]
    assert ok(omi.api.post(ASK, json={"question": nonce})) == {"answer": NO_MATCH, "sources": []}


@rule("ASK-3")
def test_sources_are_newest_first(account: FakeAccount, fake: FakePowers) -> None:
    older = account.conversation("Zeppelin zeppelin zeppelin. We toured the zeppelin hangar.")
    fake.advance(hours=1)
    newer = account.conversation("A zeppelin flew over the lake.")
    answer = ok(account.api.post(ASK, json={"question": "zeppelin"}))
    assert [s["id"] for s in answer["sources"]] == [newer["id"], older["id"]]


@rule("ASK-4")
def test_ask_searches_titles_and_overviews_not_transcripts(account: FakeAccount) -> None:
    account.conversation(
        "We met at noon. Lunch was long. Then we talked at length about the zeppelin."
    )
    answer = ok(account.api.post(ASK, json={"question": "zeppelin"}))
    assert answer == {"answer": NO_MATCH, "sources": []}


@rule("ASK-5")
def test_ask_limit_is_1_to_10(omi: Omi) -> None:
    for limit in (0, 11):
        errors = list_detail(omi.api.post(ASK, json={"question": "anything", "limit": limit}))
        assert errors[0]["loc"] == ["body", "limit"]


@rule("VEC-1")
def test_vector_search_validation(omi: Omi) -> None:
    assert list_detail(omi.api.get(VECTOR, params={"query": ""}))[0]["loc"] == ["query", "query"]
    too_many = omi.api.get(VECTOR, params={"query": "x", "limit": 101})
    assert list_detail(too_many)[0]["loc"] == ["query", "limit"]
    assert isinstance(ok(omi.api.get(VECTOR, params={"query": " "}))["items"], list)


@rule("VEC-2")
def test_vector_search_returns_neighbours_for_an_unrelated_query(omi: Omi) -> None:
    omi.memory("Grows tomatoes on the balcony")
    nonce = "zqxjv" + omi.mark.rsplit("-", 1)[1]
    found = ok(omi.api.get(VECTOR, params={"query": nonce, "limit": 3}))
    assert 1 <= len(found["items"]) <= 3 and found["returned_count"] == len(found["items"])


@rule("VEC-3")
def test_vector_items_have_the_legacy_shape(omi: Omi) -> None:
    created = omi.memory("Grows basil on the windowsill")
    found = ok(omi.api.get(VECTOR, params={"query": "basil windowsill", "limit": 5}))
    assert found["items"], "nothing found"
    for item in found["items"]:
        assert set(item) == {"id", "content", "category", "relevance_score"}, item
        assert item["relevance_score"] is None or isinstance(item["relevance_score"], float)
    if created["id"] in {i["id"] for i in found["items"]}:
        backend = "legacy" if found["items"][0]["relevance_score"] is None else "canonical"
        omi.observe("VEC-3", f"vector search answered like the {backend} back end")


@rule("VEC-5")
def test_vector_search_envelope_on_an_empty_account(account: FakeAccount) -> None:
    assert ok(account.api.get(VECTOR, params={"query": "anything"})) == {
        "items": [],
        "returned_count": 0,
        "archive_default_visible": False,
        "policy": {
            "consumer": "developer_api",
            "app_has_default_memory_grant": True,
            "archive_capability": False,
            "raw_provenance_capability": False,
        },
    }
