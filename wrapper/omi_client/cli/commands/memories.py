"""`omi-client memories ...`"""

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


@click.group(cls=Group)
def memories() -> None:
    """List, create, update, delete and search memories."""


@memories.command("list")
@page_options(25)
@click.option("--category", "categories", multiple=True, help="Only these categories (repeatable).")
@pass_settings
def memories_list(
    s: Settings, limit: int | None, offset: int, fetch_all: bool, categories: tuple[str, ...]
) -> None:
    """List memories, newest first."""
    from ..client import listing

    size = page_size(limit, fetch_all, 25)
    with s.client() as client:
        data = listing(
            client.memories, size, offset, fetch_all, categories=list(categories) or None
        )
        show(s, data, "memories")


@memories.command("create")
@click.argument("content")
@click.option("--category", help="interesting, system or manual (server picks if omitted).")
@click.option("--tag", "tags", multiple=True, help="Tag (repeatable).")
@click.option("--visibility", type=click.Choice(["private", "public"]))
@pass_settings
def memories_create(
    s: Settings, content: str, category: str | None, tags: tuple[str, ...], visibility: str | None
) -> None:
    """Create one memory."""
    with s.client() as client:
        fields = body(content=content, category=category, tags=tags, visibility=visibility)
        show(s, client.memories.create(**fields), "memory")


@memories.command("update")
@click.argument("memory_id")
@click.option("--content")
@click.option("--category")
@click.option("--visibility", type=click.Choice(["private", "public"]))
@click.option("--tag", "tags", multiple=True, help="Replace the tags (repeatable).")
@pass_settings
def memories_update(
    s: Settings,
    memory_id: str,
    content: str | None,
    category: str | None,
    visibility: str | None,
    tags: tuple[str, ...],
) -> None:
    """Change a memory's content, category, visibility or tags."""
    fields = body(content=content, category=category, visibility=visibility, tags=tags)
    if not fields:
        raise click.UsageError(
            "nothing to update: give --content, --category, --visibility or --tag"
        )
    with s.client() as client:
        show(s, client.memories.update(memory_id, **fields), "memory")


delete_command(memories, "memories", "a memory", "MEMORY_ID")


@memories.command("search")
@click.argument("query")
@click.option(
    "--limit",
    type=int,
    default=10,
    show_default=True,
    help="Results (the API allows up to its limit; checked before sending).",
)
@pass_settings
def memories_search(s: Settings, query: str, limit: int) -> None:
    """Semantic (vector) search over memories."""
    with s.client() as client:
        show(s, client.memories.search(query, limit=limit), "search")
