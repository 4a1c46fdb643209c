"""Responses the spec does not fully know still parse, keep their data, and round-trip."""

from __future__ import annotations

from omi_client._generated.models import DeveloperConversation, DeveloperMemory, MemoryCategory
from sdk_helpers import Script, mock_omi, ok

FULL_MEMORY = {
    "id": "m1",
    "content": "c",
    "category": "interesting",
    "visibility": "private",
    "tags": ["t"],
    "created_at": "2026-01-01T00:00:00+00:00",
    "updated_at": None,
    "manually_added": True,
    "edited": False,
    "reviewed": False,
    "user_review": None,
    "scoring": None,
}


def test_unknown_enum_value_and_unknown_field_parse_and_round_trip() -> None:
    body = FULL_MEMORY | {"category": "brand_new_kind", "sentiment": {"score": 1}}
    memory = mock_omi(Script(ok([body]))).memories.list()[0]
    assert isinstance(memory, DeveloperMemory)
    assert isinstance(memory.category, MemoryCategory) and memory.category == "brand_new_kind"
    assert memory.additional_properties == {"sentiment": {"score": 1}}
    assert memory.to_dict() == body


def test_nested_unknown_values_survive() -> None:
    body = {
        "id": "c1",
        "created_at": "2026-01-01T00:00:00+00:00",
        "started_at": None,
        "finished_at": None,
        "structured": {"title": "t", "overview": "o", "category": "quantum_gossip", "mood": "ok"},
        "brand_new": [1, 2],
    }
    conv = mock_omi(Script(ok(body))).conversations.get("c1")
    assert isinstance(conv, DeveloperConversation)
    assert conv.structured.category == "quantum_gossip"
    assert conv.to_dict()["structured"]["mood"] == "ok"
    assert conv.to_dict()["brand_new"] == [1, 2]


def test_revoke_204_and_deletes_return_none() -> None:
    import httpx

    omi = mock_omi(Script(httpx.Response(204)), firebase_token="tok")
    assert omi.keys.revoke("k1") is None
    assert mock_omi(Script(ok({"success": True}))).goals.delete("g1") is None


def test_models_print_without_unset_noise() -> None:
    body = {"id": "m1", "content": "likes tea", "category": "from_the_future", "new_field": 7}
    memory = mock_omi(Script(ok(body))).memories.create("x")
    text = repr(memory)
    assert "Unset" not in text and "object at 0x" not in text
    assert text.startswith("DeveloperMemory(id='m1'")
    assert "content='likes tea'" in text and "'from_the_future'" in text and "new_field=7" in text


def test_models_are_reexported_for_annotations() -> None:
    import omi_client._generated.models as generated_models
    from omi_client import models

    assert models.DeveloperMemory is DeveloperMemory
    assert set(models.__all__) == set(generated_models.__all__) | {"UNSET", "Unset"}


def _public_classes() -> list[type]:
    from omi_client import models

    return [c for c in (getattr(models, n) for n in models.__all__) if isinstance(c, type)]


def test_public_models_live_in_omi_client_models_and_resolve_their_annotations() -> None:
    import enum
    import typing

    classes = _public_classes()
    assert len(classes) > 40
    for cls in classes:
        assert cls.__module__ == "omi_client.models", cls
        if not issubclass(cls, enum.Enum):
            assert repr(cls) == f"<class 'omi_client.models.{cls.__name__}'>"
        if hasattr(cls, "__attrs_attrs__"):
            typing.get_type_hints(cls)  # attrs.resolve_types / cattrs need this


def test_a_parsed_model_pickles_round_trip_without_naming_the_generated_package() -> None:
    import pickle

    from omi_client.models import UNSET, UpdateMemoryRequest

    body = FULL_MEMORY | {"category": "brand_new_kind", "sentiment": {"score": 1}}
    memory = mock_omi(Script(ok(body))).memories.create("x")
    data = pickle.dumps(memory)
    assert b"_generated" not in data
    again = pickle.loads(data)
    assert again == memory and again.to_dict() == body
    assert again.category == "brand_new_kind" and isinstance(again.category, MemoryCategory)
    request = pickle.loads(pickle.dumps(UpdateMemoryRequest(content="x")))
    assert request.tags is UNSET and request.to_dict() == {"content": "x"}


def test_an_unknown_enum_value_read_from_the_server_can_be_sent_back() -> None:
    # Copying a memory whose category is newer than the spec must work: the server made it.
    import json

    import omi_client as oc
    import pytest

    body = {"id": "m1", "content": "c", "category": "brand_new_kind"}
    script = Script(ok([body]), ok(body))
    omi = mock_omi(script)
    category = omi.memories.list()[0].category
    omi.memories.create("copy", category=category)
    omi.memories.update("m1", category=category)
    omi.memories.create_many([{"content": "copy", "category": category}])
    sent = [json.loads(r.content) for r in script.requests[1:]]
    assert sent[0]["category"] == sent[1]["category"] == "brand_new_kind"
    assert sent[2]["memories"][0]["category"] == "brand_new_kind"
    with pytest.raises(oc.ValidationError):  # a typed-in string is still checked
        omi.memories.create("x", category="brand_new_kind")
