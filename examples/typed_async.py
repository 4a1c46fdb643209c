"""What a user's editor and type checker see with ``AsyncOmi``: the same types as with ``Omi``.

Checked like typed_sync.py: ``mypy --strict`` against the installed wheel in a fresh venv
(tests/test_typed_wheel.py) and run against the fake Omi server (tests/sdk/test_examples.py).

    OMI_API_KEY=omi_dev_... python examples/typed_async.py
"""

from __future__ import annotations

import asyncio
import datetime
from typing import assert_type

from omi_client import AsyncOmi, BatchResult
from omi_client.models import (
    DeveloperActionItem,
    DeveloperConversation,
    DeveloperConversationStructured,
    DeveloperGoal,
    DeveloperMemory,
)


async def memories(omi: AsyncOmi) -> list[str]:
    m = await omi.memories.create("Likes green tea", tags=["drinks"])
    assert_type(m, DeveloperMemory)
    assert_type(m.content, str)
    assert_type(m.tags, list[str])
    assert_type(m.created_at, datetime.datetime | None)
    lines = [f"{m.content.upper()} [{', '.join(m.tags)}]"]
    async for item in omi.memories.iterate(page_size=10, max_items=20):
        assert_type(item, DeveloperMemory)
        assert_type(item.content, str)
        assert_type(item.tags, list[str])
        assert_type(item.created_at, datetime.datetime | None)
    page = await omi.memories.list(limit=5)
    assert_type(page, list[DeveloperMemory])
    contents = ["Runs on Sundays"]
    result = await omi.memories.create_many(contents)
    assert_type(result, BatchResult[DeveloperMemory])
    for created in result.created:
        assert_type(created.tags, list[str])
        lines.append(created.content)
    return lines


async def action_items(omi: AsyncOmi) -> list[str]:
    a = await omi.action_items.create("Call mom")
    assert_type(a, DeveloperActionItem)
    assert_type(a.description, str)
    assert_type(a.completed, bool)
    assert_type(a.due_at, datetime.datetime | None)
    async for item in omi.action_items.iterate(max_items=20):
        assert_type(item, DeveloperActionItem)
        assert_type(item.description, str)
    page = await omi.action_items.list(limit=5)
    assert_type(page, list[DeveloperActionItem])
    descriptions = ["Buy milk"]
    result = await omi.action_items.create_many(descriptions)
    assert_type(result, BatchResult[DeveloperActionItem])
    return [a.description, *(c.description for c in result.created)]


async def conversations(omi: AsyncOmi) -> list[str]:
    created = await omi.conversations.create("We talked about the trip to Lisbon next month.")
    conv = await omi.conversations.get(created.id)
    assert_type(conv, DeveloperConversation)
    assert_type(conv.created_at, datetime.datetime)
    assert_type(conv.structured, DeveloperConversationStructured)
    assert_type(conv.structured.title, str)
    async for item in omi.conversations.iterate(max_items=10):
        assert_type(item, DeveloperConversation)
        assert_type(item.structured.title, str)
    page = await omi.conversations.list(limit=5)
    assert_type(page, list[DeveloperConversation])
    return [conv.structured.title.strip()]


async def goals(omi: AsyncOmi) -> list[str]:
    goal = await omi.goals.create("Run 100 km", goal_type="numeric", target_value=100)
    assert_type(goal, DeveloperGoal)
    assert_type(goal.title, str)
    assert_type(goal.current_value, float)
    assert_type(goal.success_criteria, list[str])
    page = await omi.goals.list()
    assert_type(page, list[DeveloperGoal])
    return [f"{goal.title}: {goal.current_value:g}/{goal.target_value:g}"]


async def main(omi: AsyncOmi) -> list[str]:
    lines = await memories(omi)
    lines += await action_items(omi)
    lines += await conversations(omi)
    return lines + await goals(omi)


async def _run() -> None:
    async with AsyncOmi() as client:
        print("\n".join(await main(client)))


if __name__ == "__main__":
    asyncio.run(_run())
