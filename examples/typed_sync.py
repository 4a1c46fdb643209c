"""What a user's editor and type checker see with ``Omi``: every value the SDK returns is typed.

Fields the server always sends are plain types (``str``, ``list[str]``, ``datetime | None``),
never ``X | Unset``, so they can be used as they are. tests/test_typed_wheel.py runs
``mypy --strict`` on this file against the installed wheel in a fresh venv (no source tree), and
tests/sdk/test_examples.py runs it against the fake Omi server. To run it yourself:

    OMI_API_KEY=omi_dev_... python examples/typed_sync.py
"""

from __future__ import annotations

import datetime
from typing import assert_type

from omi_client import BatchResult, Omi
from omi_client.models import (
    ConversationCreateResponse,
    DeveloperActionItem,
    DeveloperConversation,
    DeveloperConversationActionItem,
    DeveloperConversationStructured,
    DeveloperGoal,
    DeveloperMemory,
    MemoryCategory,
)


def memories(omi: Omi) -> list[str]:
    m = omi.memories.create("Likes green tea", tags=["drinks"])
    assert_type(m, DeveloperMemory)
    assert_type(m.id, str)
    assert_type(m.content, str)
    assert_type(m.tags, list[str])
    assert_type(m.created_at, datetime.datetime | None)
    assert_type(m.category, MemoryCategory)
    assert_type(m.manually_added, bool)
    lines = [f"{m.content.upper()} [{', '.join(m.tags)}]"]
    if m.created_at is not None:
        lines.append(m.created_at.date().isoformat())
    for item in omi.memories.iterate(page_size=10, max_items=20):
        assert_type(item, DeveloperMemory)
        assert_type(item.content, str)
        assert_type(item.tags, list[str])
        assert_type(item.created_at, datetime.datetime | None)
    page = omi.memories.list(limit=5)
    assert_type(page, list[DeveloperMemory])
    assert_type(page[0].content, str)
    contents = ["Runs on Sundays", "Reads at night"]
    result = omi.memories.create_many(contents)
    assert_type(result, BatchResult[DeveloperMemory])
    for created in result.created:
        assert_type(created, DeveloperMemory)
        assert_type(created.tags, list[str])
        lines.append(created.content)
    return lines


def action_items(omi: Omi) -> list[str]:
    a = omi.action_items.create("Call mom")
    assert_type(a, DeveloperActionItem)
    assert_type(a.description, str)
    assert_type(a.completed, bool)
    assert_type(a.due_at, datetime.datetime | None)
    assert_type(a.created_at, datetime.datetime | None)
    for item in omi.action_items.iterate(max_items=20):
        assert_type(item, DeveloperActionItem)
        assert_type(item.description, str)
    page = omi.action_items.list(limit=5)
    assert_type(page, list[DeveloperActionItem])
    descriptions = ["Buy milk"]
    result = omi.action_items.create_many(descriptions)
    assert_type(result, BatchResult[DeveloperActionItem])
    return [a.description.strip(), *(c.description for c in result.created)]


def conversations(omi: Omi) -> list[str]:
    created = omi.conversations.create("We talked about the trip to Lisbon next month.")
    assert_type(created, ConversationCreateResponse)
    assert_type(created.id, str)
    conv = omi.conversations.get(created.id)
    assert_type(conv, DeveloperConversation)
    assert_type(conv.created_at, datetime.datetime)
    assert_type(conv.started_at, datetime.datetime | None)
    assert_type(conv.structured, DeveloperConversationStructured)
    assert_type(conv.structured.title, str)
    assert_type(conv.structured.overview, str)
    assert_type(conv.structured.emoji, str)
    assert_type(conv.structured.action_items, list[DeveloperConversationActionItem])
    for item in omi.conversations.iterate(max_items=10):
        assert_type(item, DeveloperConversation)
        assert_type(item.structured.title, str)
    page = omi.conversations.list(limit=5)
    assert_type(page, list[DeveloperConversation])
    return [conv.structured.title.strip(), *(i.description for i in conv.structured.action_items)]


def goals(omi: Omi) -> list[str]:
    goal = omi.goals.create("Run 100 km", goal_type="numeric", target_value=100, current_value=0)
    assert_type(goal, DeveloperGoal)
    assert_type(goal.title, str)
    assert_type(goal.current_value, float)
    assert_type(goal.target_value, float)
    assert_type(goal.success_criteria, list[str])
    assert_type(goal.created_at, datetime.datetime)
    progress = omi.goals.set_progress(goal.id, 12.5)
    assert_type(progress.current_value, float)
    page = omi.goals.list()
    assert_type(page, list[DeveloperGoal])
    share = progress.current_value / (progress.target_value or 1.0)
    return [f"{goal.title}: {share:.0%}"]


def main(omi: Omi) -> list[str]:
    return memories(omi) + action_items(omi) + conversations(omi) + goals(omi)


if __name__ == "__main__":
    with Omi() as client:
        print("\n".join(main(client)))
