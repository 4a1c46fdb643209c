"""The exact request every resource method sends, through Omi and AsyncOmi, to the fake server.

Each case calls one method with every option it takes and compares the request that went out
(method, path, query, JSON body) with the one the spec and the server expect. An async-only slip
(a dropped filter, another page cap) fails the async run of the case.
"""

from __future__ import annotations

import json
from typing import Any

import omi_client as oc
import pytest
from sdk_helpers import SEGMENT, Clients

U = "/v1/dev/user"
WHEN = "2026-01-02T03:04:05+00:00"
LATER = "2026-01-02T04:04:05+00:00"  # from-segments refuses a finish not after the start (SEG-3)


def _q(**params: Any) -> dict[str, str]:
    return {k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in params.items()}


# (resource, method, args, kwargs) -> (HTTP method, path, query, body) of the first request
CASES: list[tuple[str, str, tuple[Any, ...], dict[str, Any], tuple[str, str, dict[str, str], Any]]]
CASES = [
    ("memories", "list", (), {"limit": 5, "offset": 10, "categories": ["work", "skills"]},
     ("GET", f"{U}/memories", _q(limit=5, offset=10, categories="work,skills"), None)),
    ("memories", "list", (), {}, ("GET", f"{U}/memories", _q(limit=25, offset=0), None)),
    ("memories", "iterate", (), {"categories": "work", "page_size": 5000, "start_offset": 3},
     ("GET", f"{U}/memories", _q(limit=1000, offset=3, categories="work"), None)),
    ("memories", "create", ("tea",),
     {"category": "hobbies", "visibility": "public", "tags": ("a", "b")},
     ("POST", f"{U}/memories", {},
      {"content": "tea", "category": "hobbies", "visibility": "public", "tags": ["a", "b"]})),
    ("memories", "create_batch", (["a", {"content": "b", "tags": ["t"]}],), {},
     ("POST", f"{U}/memories/batch", {},
      {"memories": [{"content": "a"}, {"content": "b", "tags": ["t"]}]})),
    ("memories", "create_many", (["a"],), {},
     ("POST", f"{U}/memories/batch", {}, {"memories": [{"content": "a"}]})),
    ("memories", "update", ("m-1",),
     {"content": "x", "category": "work", "visibility": "private", "tags": ["t"]},
     ("PATCH", f"{U}/memories/m-1", {},
      {"content": "x", "category": "work", "visibility": "private", "tags": ["t"]})),
    ("memories", "delete", ("m-1",), {}, ("DELETE", f"{U}/memories/m-1", {}, None)),
    ("memories", "search", ("tea",), {"limit": 5},
     ("GET", f"{U}/memories/vector/search", _q(query="tea", limit=5), None)),
    ("conversations", "list", (),
     {"limit": 10, "offset": 5, "start_date": WHEN, "end_date": WHEN,
      "categories": ["work", "health"], "include_transcript": True, "folder_id": "f-1",
      "starred": True},
     ("GET", f"{U}/conversations",
      _q(limit=10, offset=5, start_date=WHEN, end_date=WHEN, categories="work,health",
         include_transcript=True, folder_id="f-1", starred=True), None)),
    ("conversations", "iterate", (), {"include_transcript": True, "page_size": 500},
     ("GET", f"{U}/conversations", _q(limit=25, offset=0, include_transcript=True), None)),
    ("conversations", "iterate", (), {"page_size": 500, "starred": False},
     ("GET", f"{U}/conversations",
      _q(limit=100, offset=0, include_transcript=False, starred=False), None)),
    ("conversations", "get", ("c-1",), {"include_transcript": True},
     ("GET", f"{U}/conversations/c-1", _q(include_transcript=True), None)),
    ("conversations", "create", ("We met.",),
     {"text_source": "message", "text_source_spec": "email", "started_at": WHEN,
      "finished_at": WHEN, "language": "en", "geolocation": {"latitude": 1.5, "longitude": 2}},
     ("POST", f"{U}/conversations", {},
      {"text": "We met.", "text_source": "message", "text_source_spec": "email",
       "started_at": WHEN, "finished_at": WHEN, "language": "en",
       "geolocation": {"latitude": 1.5, "longitude": 2}})),
    ("conversations", "create_from_segments", ([SEGMENT],),
     {"client_session_id": "s-1", "source": "phone", "language": "en", "started_at": WHEN,
      "finished_at": LATER, "geolocation": None, "client_device_id": "d",
      "client_platform": "ios"},
     ("POST", f"{U}/conversations/from-segments", {},
      {"transcript_segments": [SEGMENT], "client_session_id": "s-1", "source": "phone",
       "language": "en", "started_at": WHEN, "finished_at": LATER, "geolocation": None,
       "client_device_id": "d", "client_platform": "ios"})),
    ("conversations", "update", ("c-1",), {"title": "T", "discarded": False},
     ("PATCH", f"{U}/conversations/c-1", {}, {"title": "T", "discarded": False})),
    ("conversations", "discard", ("c-1",), {},
     ("PATCH", f"{U}/conversations/c-1", {}, {"discarded": True})),
    ("conversations", "restore", ("c-1",), {},
     ("PATCH", f"{U}/conversations/c-1", {}, {"discarded": False})),
    ("conversations", "delete", ("c-1",), {}, ("DELETE", f"{U}/conversations/c-1", {}, None)),
    ("conversations", "ask", ("Why?",), {"limit": 3, "timezone": "Europe/Berlin"},
     ("POST", f"{U}/ask", {}, {"question": "Why?", "limit": 3, "timezone": "Europe/Berlin"})),
    ("action_items", "list", (),
     {"limit": 20, "offset": 3, "conversation_id": "c-1", "completed": False,
      "start_date": WHEN, "end_date": WHEN},
     ("GET", f"{U}/action-items",
      _q(limit=20, offset=3, conversation_id="c-1", completed=False, start_date=WHEN,
         end_date=WHEN), None)),
    ("action_items", "iterate", (), {"completed": True, "page_size": 5000},
     ("GET", f"{U}/action-items", _q(limit=1000, offset=0, completed=True), None)),
    ("action_items", "create", ("Call",), {"completed": True, "due_at": WHEN},
     ("POST", f"{U}/action-items", {}, {"description": "Call", "completed": True,
                                        "due_at": WHEN})),
    ("action_items", "create_batch", (["a", {"description": "b", "due_at": WHEN}],), {},
     ("POST", f"{U}/action-items/batch", {},
      {"action_items": [{"description": "a"}, {"description": "b", "due_at": WHEN}]})),
    ("action_items", "create_many", (["a"],), {},
     ("POST", f"{U}/action-items/batch", {}, {"action_items": [{"description": "a"}]})),
    ("action_items", "update", ("a-1",), {"description": "d", "completed": True, "due_at": WHEN},
     ("PATCH", f"{U}/action-items/a-1", {},
      {"description": "d", "completed": True, "due_at": WHEN})),
    ("action_items", "complete", ("a-1",), {},
     ("PATCH", f"{U}/action-items/a-1", {}, {"completed": True})),
    ("action_items", "delete", ("a-1",), {}, ("DELETE", f"{U}/action-items/a-1", {}, None)),
    ("goals", "list", (), {"limit": 5, "include_inactive": True},
     ("GET", f"{U}/goals", _q(limit=5, include_inactive=True), None)),
    ("goals", "get", ("g-1",), {}, ("GET", f"{U}/goals/g-1", {}, None)),
    ("goals", "create", ("Run",),
     {"goal_type": "numeric", "target_value": 100, "current_value": 1.5, "min_value": 0,
      "max_value": 200, "unit": "km", "desired_outcome": "fit", "why_it_matters": "health",
      "success_criteria": ["weekly"], "horizon_at": WHEN},
     ("POST", f"{U}/goals", {},
      {"title": "Run", "goal_type": "numeric", "target_value": 100, "current_value": 1.5,
       "min_value": 0, "max_value": 200, "unit": "km", "desired_outcome": "fit",
       "why_it_matters": "health", "success_criteria": ["weekly"], "horizon_at": WHEN})),
    ("goals", "update", ("g-1",),
     {"title": "T", "target_value": 2, "current_value": 1, "min_value": 0, "max_value": 3,
      "unit": None, "desired_outcome": "o", "why_it_matters": None,
      "success_criteria": [], "horizon_at": WHEN},
     ("PATCH", f"{U}/goals/g-1", {},
      {"title": "T", "target_value": 2, "current_value": 1, "min_value": 0, "max_value": 3,
       "unit": None, "desired_outcome": "o", "why_it_matters": None, "success_criteria": [],
       "horizon_at": WHEN})),
    ("goals", "set_progress", ("g-1", 42.5), {},
     ("PATCH", f"{U}/goals/g-1/progress", _q(current_value=42.5), None)),
    ("goals", "history", ("g-1",), {"days": 7},
     ("GET", f"{U}/goals/g-1/history", _q(days=7), None)),
    ("goals", "delete", ("g-1",), {}, ("DELETE", f"{U}/goals/g-1", {}, None)),
    ("folders", "list", (), {}, ("GET", f"{U}/folders", {}, None)),
    ("keys", "list", (), {}, ("GET", "/v1/dev/keys", {}, None)),
    ("keys", "create", ("ci",), {"scopes": ["memories:read"]},
     ("POST", "/v1/dev/keys", {}, {"name": "ci", "scopes": ["memories:read"]})),
    ("keys", "revoke", ("k-1",), {}, ("DELETE", "/v1/dev/keys/k-1", {}, None)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("resource", "method", "args", "kwargs", "expected"),
    CASES,
    ids=[f"{c[0]}.{c[1]}-{i}" for i, c in enumerate(CASES)],
)
def test_the_request_that_goes_out(
    clients: Clients,
    omi_fake: Any,
    resource: str,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    expected: tuple[str, str, dict[str, str], Any],
) -> None:
    omi = clients.fake(omi_fake, max_retries=0)
    try:
        result = getattr(getattr(omi, resource), method)(*args, **kwargs)
        if method == "iterate":
            list(result)
    except oc.NotFoundError:
        pass  # the ids above do not exist on the fake: the request is what is checked here
    request = clients.requests[0]
    body = json.loads(request.content) if request.content else None
    sent = (request.method, request.url.path, dict(request.url.params), body)
    assert sent == expected
    assert clients.sent_headers[0]["authorization"] == (
        f"Bearer {omi_fake.firebase_token}" if resource == "keys" else f"Bearer {omi_fake.api_key}"
    )


def test_every_resource_method_has_a_request_case() -> None:
    from omi_client.resources import SYNC_RESOURCES

    declared = {(r, m) for r, cls in SYNC_RESOURCES.items() for m in cls.operations}
    assert declared == {(c[0], c[1]) for c in CASES}
