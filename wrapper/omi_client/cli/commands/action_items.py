"""`omi-client action-items ...`"""

from __future__ import annotations

import click

from ..context import (
    Group,
    Settings,
    body,
    delete_command,
    page_options,
    page_size,
    pass_settings,
    show,
)


@click.group("action-items", cls=Group)
def action_items() -> None:
    """List, create, update, complete and delete action items."""


@action_items.command("list")
@page_options(100)
@click.option("--completed/--open", default=None, help="Only completed / only open items.")
@click.option("--conversation-id")
@pass_settings
def action_items_list(
    s: Settings,
    limit: int | None,
    offset: int,
    fetch_all: bool,
    completed: bool | None,
    conversation_id: str | None,
) -> None:
    """List action items."""
    from ..client import listing

    filters = body(completed=completed, conversation_id=conversation_id)
    with s.client() as client:
        size = page_size(limit, fetch_all, 100)
        data = listing(client.action_items, size, offset, fetch_all, **filters)
        show(s, data, "action_items")


@action_items.command("create")
@click.argument("description")
@click.option("--due-at", help="ISO date-time with offset.")
@click.option("--completed", is_flag=True, default=None)
@pass_settings
def action_items_create(
    s: Settings, description: str, due_at: str | None, completed: bool | None
) -> None:
    """Create one action item."""
    fields = body(description=description, due_at=due_at, completed=completed)
    with s.client() as client:
        show(s, client.action_items.create(**fields), "action_item")


@action_items.command("update")
@click.argument("action_item_id")
@click.option("--description")
@click.option("--due-at", help="ISO date-time with offset.")
@click.option("--completed/--open", default=None)
@pass_settings
def action_items_update(
    s: Settings,
    action_item_id: str,
    description: str | None,
    due_at: str | None,
    completed: bool | None,
) -> None:
    """Change an action item."""
    fields = body(description=description, due_at=due_at, completed=completed)
    if not fields:
        raise click.UsageError("nothing to update: give --description, --due-at or --completed")
    with s.client() as client:
        show(s, client.action_items.update(action_item_id, **fields), "action_item")


@action_items.command("complete")
@click.argument("action_item_id")
@pass_settings
def action_items_complete(s: Settings, action_item_id: str) -> None:
    """Mark an action item completed."""
    with s.client() as client:
        show(s, client.action_items.update(action_item_id, completed=True), "action_item")


delete_command(action_items, "action_items", "an action item", "ACTION_ITEM_ID")
