"""Conversations from transcript segments: checks, defaults, idempotent retries (docs/fidelity.md).

One conversation is shared by the module (conversation writes: 25 an hour); the last test deletes
it and retries its session, which must bring it back under the same id.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import httpx
import pytest
from checks import CONVERSATIONS, FROM_SEGMENTS, instant, list_detail, ok, string_detail
from fake_powers import FakePowers
from suite import Omi

rule = pytest.mark.rule
WORDS = (
    "We walked along the river and talked about the new apartment, the move in March, "
    "the boxes we still need, who keeps the old sofa, and whether the cat will like the "
    "balcony. Then we listed the people to invite for the dinner, what to cook, the wine, "
    "the playlist, and the time everyone should arrive so the table is ready when they come. "
    "Finally we agreed to call the landlord on Monday about the heating and the broken window "
    "in the kitchen before the weather turns cold again this autumn."
)


def _segments(mark: str) -> list[dict[str, Any]]:
    """More than 100 words; the LAST segment ends at 3 s, the largest end is 7 s."""
    half = len(WORDS) // 2
    return [
        {"text": f"  {WORDS[:half]}  ", "start": 0.0, "end": 1.0, "speaker": "SPEAKER_01"},
        {"text": WORDS[half:], "start": 5.0, "end": 7.0, "speaker": "SPEAKER_02"},
        {"text": f"Marked {mark}.", "start": 2.0, "end": 3.0},
    ]


@pytest.fixture(scope="module")
def session(module_omi: Omi) -> dict[str, Any]:
    started = (module_omi.now() - timedelta(hours=2)).replace(microsecond=0)
    body = {
        "transcript_segments": _segments(module_omi.mark),
        "started_at": started.isoformat(),
        "client_session_id": f"{module_omi.mark}-walk",
    }
    created = module_omi.create("conversation", FROM_SEGMENTS, body)
    return {**created, "started": started, "body": body}


def _get(omi: Omi, conversation_id: str, **params: Any) -> dict[str, Any]:
    return dict(ok(omi.api.get(f"{CONVERSATIONS}/{conversation_id}", params=params)))


@rule("CONV-13")
def test_a_long_transcript_is_kept(session: dict[str, Any]) -> None:
    assert session["discarded"] is False


@rule("SEG-1")
def test_segment_checks_in_order(omi: Omi) -> None:
    good = {"text": omi.tag("Hello."), "start": 0.0, "end": 1.0}
    cases = [
        ({"text": " ", "start": -2.0, "end": -3.0}, "Segment 1: end time must be after start time"),
        ({"text": " ", "start": -1.0, "end": 1.0}, "Segment 1: start time cannot be negative"),
        ({"text": " \n", "start": 1.0, "end": 2.0}, "Segment 1: text cannot be empty"),
    ]
    for bad, message in cases:
        response = omi.attempt("conversation", FROM_SEGMENTS, {"transcript_segments": [good, bad]})
        assert string_detail(response, 422) == message


@rule("SEG-2")
def test_finished_at_defaults_to_started_plus_the_last_end(
    omi: Omi, session: dict[str, Any]
) -> None:
    stored = _get(omi, session["id"])
    assert instant(stored["started_at"]) == session["started"]
    assert instant(stored["finished_at"]) == session["started"] + timedelta(seconds=3)


@rule("SEG-3")
def test_finished_not_after_started_is_a_422_string(omi: Omi) -> None:
    started = omi.now().replace(microsecond=0).isoformat()
    body = {
        "transcript_segments": [{"text": omi.tag("Hi."), "start": 0.0, "end": 1.0}],
        "started_at": started,
        "finished_at": started,
    }
    response = omi.attempt("conversation", FROM_SEGMENTS, body)
    assert string_detail(response, 422) == "finished_at must be after started_at"


@rule("SEG-4")
def test_segment_text_is_stripped(omi: Omi, session: dict[str, Any]) -> None:
    stored = _get(omi, session["id"], include_transcript="true")
    texts = [s["text"] for s in stored["transcript_segments"]]
    assert texts and all(t == t.strip() for t in texts)


@rule("CONV-4b")
def test_speaker_names_are_speaker_n(omi: Omi, session: dict[str, Any]) -> None:
    stored = _get(omi, session["id"], include_transcript="true")
    names = {s["speaker_id"]: s["speaker_name"] for s in stored["transcript_segments"]}
    assert names[1] == "Speaker 1" and names[2] == "Speaker 2" and names[0] == "Speaker 0"


@rule("SEG-5a")
def test_a_blank_session_id_is_a_422_list(omi: Omi) -> None:
    body = {
        "transcript_segments": [{"text": omi.tag("Hi."), "start": 0.0, "end": 1.0}],
        "client_session_id": "   ",
    }
    errors = list_detail(omi.attempt("conversation", FROM_SEGMENTS, body))
    assert any("client_session_id cannot be empty" in e["msg"] for e in errors), errors


@rule("SEG-5b", "SEG-7")
def test_a_retry_returns_the_same_conversation_even_through_an_alias(
    omi: Omi, session: dict[str, Any]
) -> None:
    retry = {
        "transcript_segments": [{"text": omi.tag("Something else."), "start": 0.0, "end": 1.0}],
        "session_id": session["body"]["client_session_id"],
    }
    again = ok(omi.api.post(FROM_SEGMENTS, json=retry))  # not a new record: nothing to clean up
    assert again == {"id": session["id"], "status": "completed", "discarded": False}


@rule("SEG-8")
def test_a_concurrent_duplicate_gets_the_same_id(omi: Omi, target: Any) -> None:
    """Two identical creates at once. On the fake, a twin whose processing takes a second makes
    sure the second arrives while the first is in flight; elsewhere they simply race."""
    body = {
        "transcript_segments": _segments(omi.mark),
        "client_session_id": f"{omi.mark}-concurrent",
    }
    powers: FakePowers | None = target.powers
    if powers is None:
        answers = _race(lambda: omi.attempt("conversation", FROM_SEGMENTS, body))
    else:
        with (
            powers.held_twin() as (twin, clock),
            httpx.Client(
                base_url=twin.base_url,
                headers={"Authorization": f"Bearer {twin.api_key}"},
                timeout=10,
            ) as client,
        ):
            answers = _race(lambda: client.post(FROM_SEGMENTS, json=body), twin, powers, clock)
    assert [a.status_code for a in answers] == [200, 200], [a.text for a in answers]
    assert len({a.json()["id"] for a in answers}) == 1
    statuses = [a.json()["status"] for a in answers]
    if powers is not None:  # the second surely came while the first was processing
        assert statuses == ["processing", "completed"]
    assert set(statuses) <= {"processing", "completed"}


def _race(
    send: Callable[[], httpx.Response],
    twin: Any = None,
    powers: FakePowers | None = None,
    clock: Any = None,
) -> list[httpx.Response]:
    """The second create is sent while the first is in flight (on the fake: held there by its
    clock, released by moving it); returns [second, first]."""
    answers: list[httpx.Response] = []
    first = threading.Thread(target=lambda: answers.append(send()))
    first.start()
    if powers is not None:
        powers.wait_in_flight(twin)
    answers.append(send())
    if clock is not None:
        clock.advance(minutes=1)
    first.join()
    return answers


@rule("SEG-6")
def test_after_a_delete_a_retry_recreates_the_same_id(
    omi: Omi, module_omi: Omi, session: dict[str, Any]
) -> None:
    assert ok(omi.api.delete(f"{CONVERSATIONS}/{session['id']}")) == {"success": True}
    module_omi.deleted("conversation", session["id"])
    again = ok(omi.attempt("conversation", FROM_SEGMENTS, session["body"]))
    assert again["id"] == session["id"]
