"""Stateful behaviour: paging, deletes, 404/402, soft discard, goals, folders, idempotent
from-segments, and ask / vector search grounded in stored data."""

from __future__ import annotations

import threading
from typing import Any

import httpx
from fake_helpers import json_of
from omi_client.testing import FakeOmiServer, ManualClock
from omi_client.testing.semantics.memories import memory_id

MEM = "/v1/dev/user/memories"
CONV = "/v1/dev/user/conversations"
ITEMS = "/v1/dev/user/action-items"
GOALS = "/v1/dev/user/goals"


def _seed_memories(server: FakeOmiServer, n: int, locked: int = -1) -> list[dict[str, Any]]:
    return [server.seed.memory(f"fact {i}", locked=i == locked) for i in range(n)]


def test_lists_are_bare_arrays_newest_first_with_silent_clamping(
    server: FakeOmiServer, http: httpx.Client
) -> None:
    _seed_memories(server, 1005)
    assert len(json_of(http.get(MEM))) == 25  # the default page
    page = json_of(http.get(MEM, params={"limit": 5000}))
    assert isinstance(page, list) and len(page) == 1000  # clamped, not rejected
    assert page[0]["content"] == "fact 1004" and page[-1]["content"] == "fact 5"
    assert json_of(http.get(MEM, params={"limit": 5, "offset": 1003}))[-1]["content"] == "fact 0"
    assert len(json_of(http.get(MEM, params={"limit": 0}))) == 1  # max(1, limit)
    assert len(json_of(http.get(MEM, params={"limit": 3, "offset": -7}))) == 3


def test_conversation_page_caps(server: FakeOmiServer, http: httpx.Client) -> None:
    for i in range(105):
        json_of(http.post(CONV, json={"text": f"Conversation number {i} about the garden."}))
    assert len(json_of(http.get(CONV, params={"limit": 500}))) == 100
    with_transcript = json_of(http.get(CONV, params={"limit": 500, "include_transcript": "true"}))
    assert len(with_transcript) == 25 and all(
        c["transcript_segments"] == [] for c in with_transcript
    )
    assert all(
        c["transcript_segments"] is None for c in json_of(http.get(CONV, params={"limit": 3}))
    )


def test_locked_memories_stay_in_the_page_as_a_preview_and_refuse_writes(
    server: FakeOmiServer, http: httpx.Client
) -> None:
    _seed_memories(server, 4)
    long = "x" * 69 + "yz and more"
    server.seed.memory(long, locked=True)
    first = json_of(http.get(MEM, params={"limit": 2}))
    assert [m["content"] for m in first] == ["x" * 69 + "y...", "fact 3"]  # a full page
    locked = f"{MEM}/{memory_id(long)}"
    paid = {"detail": "A paid plan is required to access this memory."}
    assert json_of(http.patch(locked, json={"content": "x"}), 402) == paid
    assert json_of(http.delete(locked), 402) == paid


def test_memory_crud_and_404s(http: httpx.Client) -> None:
    created = json_of(http.post(MEM, json={"content": "Loves hiking", "tags": ["outdoors"]}))
    assert (
        created["category"] == "system"  # about the user; the real categoriser: system/interesting
        and created["manually_added"] is True
        and created["edited"] is False
    )
    updated = json_of(
        http.patch(
            f"{MEM}/{created['id']}", json={"content": "Loves long hikes", "visibility": "public"}
        )
    )
    assert (
        updated["content"] == "Loves long hikes"
        and updated["edited"] is True
        and updated["tags"] == ["outdoors"]
    )
    assert json_of(http.delete(f"{MEM}/{created['id']}")) == {"success": True}
    assert json_of(http.delete(f"{MEM}/{created['id']}"), 404) == {"detail": "Memory not found"}
    assert json_of(http.patch(f"{MEM}/{created['id']}", json={"content": "x"}), 404) == {
        "detail": "Memory not found"
    }


def test_category_filters_and_the_400_for_unknown_names(http: httpx.Client) -> None:
    json_of(http.post(MEM, json={"content": "a", "category": "work"}))
    json_of(http.post(MEM, json={"content": "b", "category": "skills"}))
    assert [m["content"] for m in json_of(http.get(MEM, params={"categories": "work, core"}))] == [
        "a"
    ]
    bad = json_of(http.get(MEM, params={"categories": "work,bogus"}), 400)
    assert bad["detail"] == "Invalid category 'bogus' is not a valid MemoryCategory"
    assert (
        http.get(CONV, params={"categories": "interesting"}).status_code == 400
    )  # not a conversation category


def test_action_items_from_text_filters_and_completion(http: httpx.Client) -> None:
    made = json_of(
        http.post(
            CONV,
            json={
                "text": "Met the client about the launch. I need to send the deck by Friday.",
                "text_source": "audio_transcript",  # the only text source items come from
            },
        )
    )
    items = json_of(http.get(ITEMS, params={"conversation_id": made["id"]}))
    assert [i["description"] for i in items] == ["Send the deck by Friday"]
    item = json_of(
        http.post(ITEMS, json={"description": "Call mom", "due_at": "2026-12-01T10:00:00Z"})
    )
    assert (
        item["completed"] is False
        and item["completed_at"] is None
        and item["due_at"] == "2026-12-01T10:00:00+00:00"
    )
    done = json_of(http.patch(f"{ITEMS}/{item['id']}", json={"completed": True}))
    assert done["completed"] is True and done["completed_at"] is not None
    assert [i["id"] for i in json_of(http.get(ITEMS, params={"completed": "true"}))] == [item["id"]]
    # A null is ignored (`if request.due_at is not None`), whatever the spec's description says:
    # alone it is an empty PATCH, and the due date cannot be cleared (AI-9).
    unchanged = http.patch(f"{ITEMS}/{item['id']}", json={"due_at": None})
    assert json_of(unchanged, 422) == {"detail": "At least one field must be provided"}
    assert json_of(http.get(ITEMS, params={"completed": "true"}))[0]["due_at"] is not None
    assert json_of(http.delete(f"{ITEMS}/{item['id']}")) == {"success": True}
    assert json_of(http.delete(f"{ITEMS}/{item['id']}"), 404) == {"detail": "Action item not found"}


def test_discard_is_a_soft_delete_and_delete_is_not(http: httpx.Client) -> None:
    made = json_of(
        http.post(CONV, json={"text": "Weekly project meeting with the team about the roadmap."})
    )
    assert made == {"id": made["id"], "status": "completed", "discarded": False}
    url = f"{CONV}/{made['id']}"
    assert json_of(http.patch(url, json={"discarded": True}))["id"] == made["id"]
    assert json_of(http.get(CONV)) == []  # hidden from lists ...
    assert json_of(http.get(url))["id"] == made["id"]  # ... still readable by id
    json_of(http.patch(url, json={"discarded": False}))
    assert [c["id"] for c in json_of(http.get(CONV))] == [made["id"]]
    assert json_of(http.patch(url, json={"title": "Roadmap"}))["structured"]["title"] == "Roadmap"
    assert json_of(http.delete(url)) == {"success": True}
    assert json_of(http.get(url), 404) == {"detail": "Conversation not found"}


def test_short_transcripts_are_discarded_but_short_texts_are_not(http: httpx.Client) -> None:
    # The text path has no discard model (CONV-9d); from-segments stands in for one (CONV-13).
    text = json_of(http.post(CONV, json={"text": "ok"}))
    assert text["discarded"] is False
    spoken = {"transcript_segments": [{"text": "ok", "start": 0, "end": 1}]}
    made = json_of(http.post(f"{CONV}/from-segments", json=spoken))
    assert made["discarded"] is True
    assert [c["id"] for c in json_of(http.get(CONV))] == [text["id"]]


def test_from_segments_is_idempotent_by_client_session_id(
    server: FakeOmiServer, http: httpx.Client
) -> None:
    body = {
        "transcript_segments": [
            {
                "text": "Let's plan the trip to Lisbon.",
                "start": 0,
                "end": 3.5,
                "speaker": "SPEAKER_01",
            }
        ],
        "client_session_id": "s-1",
    }
    first = json_of(http.post(f"{CONV}/from-segments", json=body))
    again = json_of(http.post(f"{CONV}/from-segments", json=body))
    assert first == again and server.count("conversations") == 1
    stored = json_of(http.get(f"{CONV}/{first['id']}", params={"include_transcript": "true"}))
    [segment] = stored["transcript_segments"]
    assert (
        segment["speaker_id"] == 1
        and segment["speaker_name"] == "Speaker 1"
        and segment["end"] == 3.5
    )
    # The id comes from the user and the session: after a delete, a retry brings it back (SEG-6).
    json_of(http.delete(f"{CONV}/{first['id']}"))
    assert json_of(http.post(f"{CONV}/from-segments", json=body))["id"] == first["id"]
    assert stored["source"] == "phone" and stored["started_at"] < stored["finished_at"]
    plain = {"transcript_segments": body["transcript_segments"]}  # no session id: not idempotent
    json_of(http.post(f"{CONV}/from-segments", json=plain))
    json_of(http.post(f"{CONV}/from-segments", json=plain))
    assert server.count("conversations") == 3


def test_from_segments_answers_processing_while_the_first_is_in_flight(
    omi_fake_factory: Any,
) -> None:
    # The first request stays in flight until the (manual) clock has moved 60 s on.
    server = omi_fake_factory(rate_limits=False, processing_delay=60, clock=ManualClock())
    body = {
        "transcript_segments": [{"text": "A long talk about gardens.", "start": 0, "end": 2}],
        "client_session_id": "slow",
    }
    headers = {"Authorization": f"Bearer {server.api_key}"}
    results: list[httpx.Response] = []
    first = threading.Thread(
        target=lambda: results.append(
            httpx.post(server.base_url + f"{CONV}/from-segments", json=body, headers=headers)
        )
    )
    first.start()
    while not server.app.semantics.conversations.in_flight():
        pass
    duplicate = httpx.post(server.base_url + f"{CONV}/from-segments", json=body, headers=headers)
    # The same conversation, still processing (SEG-8): no 409.
    in_flight = json_of(duplicate)
    assert in_flight["status"] == "processing" and in_flight["discarded"] is False
    assert results == [] and server.count("conversations") == 0  # still in flight
    server.clock.advance(seconds=60)
    first.join()
    assert results[0].status_code == 200 and server.count("conversations") == 1
    assert results[0].json()["id"] == in_flight["id"]
    retry = httpx.post(server.base_url + f"{CONV}/from-segments", json=body, headers=headers)
    assert json_of(retry)["id"] == results[0].json()["id"]


def test_folders_file_conversations_by_category(http: httpx.Client) -> None:
    assert json_of(http.get("/v1/dev/user/folders")) == []  # listing creates none (FOLD-1)
    made = json_of(
        http.post(CONV, json={"text": "Project meeting with the client and the team manager."})
    )
    folders = json_of(http.get("/v1/dev/user/folders"))
    assert len(folders) == 10 and [f["name"] for f in folders if f["is_default"]] == ["Other"]
    work = next(f for f in folders if f["name"] == "Work")
    assert work["conversation_count"] == 1
    conversation = json_of(http.get(f"{CONV}/{made['id']}"))
    assert conversation["folder_id"] == work["id"] and conversation["folder_name"] == "Work"
    assert [c["id"] for c in json_of(http.get(CONV, params={"folder_id": work["id"]}))] == [
        made["id"]
    ]
    personal = next(f for f in folders if f["name"] == "Personal")
    assert json_of(http.get(CONV, params={"folder_id": personal["id"]})) == []


def test_goal_progress_and_history(http: httpx.Client) -> None:
    goal = json_of(
        http.post(GOALS, json={"title": "Run 100 km", "goal_type": "numeric", "target_value": 100})
    )
    assert (goal["goal_id"], goal["current_value"], goal["min_value"], goal["status"]) == (
        goal["id"],
        0,
        0,
        "background",
    )
    assert goal["metric"] == {
        "type": "numeric",
        "current": 0,
        "target": 100,
        "min": 0,
        "max": 100,
        "unit": None,
    }
    scale = json_of(http.post(GOALS, json={"title": "Mood"}))  # no metric: the aliases' defaults
    assert scale["metric"] is None
    assert (scale["goal_type"], scale["max_value"], scale["target_value"]) == ("scale", 10, 0)
    progressed = json_of(
        http.patch(f"{GOALS}/{goal['id']}/progress", params={"current_value": 42.5})
    )
    assert progressed["current_value"] == 42.5 and progressed["metric"]["current"] == 42.5
    [today] = json_of(http.get(f"{GOALS}/{goal['id']}/history", params={"days": 7}))
    assert today["value"] == 42.5
    done = json_of(http.patch(f"{GOALS}/{goal['id']}", json={"current_value": 100}))
    assert done["status"] == "background" and done["current_value"] == 100
    history = json_of(http.get(f"{GOALS}/{goal['id']}/history"))
    assert [h["value"] for h in history] == [42.5]  # a PATCH writes no history entry
    assert [g["id"] for g in json_of(http.get(GOALS))] == [goal["id"], scale["id"]]  # oldest first
    assert json_of(http.delete(f"{GOALS}/{goal['id']}")) == {"success": True}
    abandoned = json_of(http.get(f"{GOALS}/{goal['id']}"))  # DELETE abandons
    assert abandoned["status"] == "abandoned" and abandoned["is_active"] is False
    assert json_of(http.get(f"{GOALS}/{goal['id']}/history")) == history
    assert [g["id"] for g in json_of(http.get(GOALS))] == [scale["id"]]


def test_ask_is_deterministic_and_grounded_in_conversations(http: httpx.Client) -> None:
    garden = json_of(
        http.post(CONV, json={"text": "We planted tomatoes in the garden. The garden needs water."})
    )
    json_of(
        http.post(CONV, json={"text": "Project meeting with the client about the launch date."})
    )
    answer = json_of(
        http.post("/v1/dev/user/ask", json={"question": "What did we plant in the garden?"})
    )
    assert [s["id"] for s in answer["sources"]] == [garden["id"]]
    assert "tomatoes" in answer["answer"]
    assert (
        json_of(
            http.post("/v1/dev/user/ask", json={"question": "What did we plant in the garden?"})
        )
        == answer
    )
    nothing = json_of(http.post("/v1/dev/user/ask", json={"question": "zebra xylophone"}))
    assert nothing == {
        "answer": "I couldn't find any of your conversations relevant to that question.",
        "sources": [],
    }


def test_vector_search_ranks_stored_memories(http: httpx.Client) -> None:
    coffee = json_of(http.post(MEM, json={"content": "Drinks pour-over coffee every morning"}))
    json_of(http.post(MEM, json={"content": "Prefers morning runs"}))
    json_of(http.post(MEM, json={"content": "Works on payments"}))
    found = json_of(
        http.get(f"{MEM}/vector/search", params={"query": "coffee in the morning", "limit": 5})
    )
    assert found["items"][0]["id"] == coffee["id"]
    # Nearest neighbours with no threshold: the unrelated memory comes back last; no scores.
    assert found["returned_count"] == len(found["items"]) == 3
    assert [i["relevance_score"] for i in found["items"]] == [None, None, None]
    assert (
        found["policy"]["consumer"] == "developer_api" and found["archive_default_visible"] is False
    )
    one = json_of(
        http.get(f"{MEM}/vector/search", params={"query": "coffee in the morning", "limit": 1})
    )
    assert one["returned_count"] == 1


def test_action_item_pages_clamp_at_1000_and_locked_ones_leave_gaps(
    server: FakeOmiServer, http: httpx.Client
) -> None:
    for i in range(1003):
        server.seed.action_item(f"task {i}", locked=i == 1001)
    # Clamped to 1000 (not a 422), then the locked one is dropped from the page.
    assert len(json_of(http.get(ITEMS, params={"limit": 5000}))) == 999
    first = json_of(http.get(ITEMS, params={"limit": 3}))
    assert [a["description"] for a in first] == ["task 1002", "task 1000"]
