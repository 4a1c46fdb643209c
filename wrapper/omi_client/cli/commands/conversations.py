"""`omi-client conversations ...`"""

from __future__ import annotations

from typing import Any

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
def conversations() -> None:
    """List, show, create, update and delete conversations; ask questions about them."""


@conversations.command("list")
@page_options(25)
@click.option(
    "--transcript", is_flag=True, help="Include transcripts (the server pages these smaller)."
)
@click.option("--folder-id")
@click.option("--starred/--not-starred", default=None)
@click.option("--category", "categories", multiple=True, help="Only these categories (repeatable).")
@click.option("--start-date", help="ISO date-time lower bound.")
@click.option("--end-date", help="ISO date-time upper bound.")
@pass_settings
def conversations_list(
    s: Settings,
    limit: int | None,
    offset: int,
    fetch_all: bool,
    transcript: bool,
    folder_id: str | None,
    starred: bool | None,
    categories: tuple[str, ...],
    start_date: str | None,
    end_date: str | None,
) -> None:
    """List conversations, newest first."""
    from omi_client.limits import TRANSCRIPT_PAGE_CAP

    from ..client import listing

    filters = body(
        folder_id=folder_id,
        starred=starred,
        categories=categories,
        start_date=start_date,
        end_date=end_date,
    )
    size = page_size(limit, fetch_all, 25)
    if transcript:
        filters["include_transcript"] = True
        size = min(size or TRANSCRIPT_PAGE_CAP, TRANSCRIPT_PAGE_CAP)
    with s.client() as client:
        data = listing(client.conversations, size, offset, fetch_all, **filters)
        show(s, data, "conversations")


@conversations.command("get")
@click.argument("conversation_id")
@click.option("--transcript", is_flag=True, help="Include the transcript.")
@pass_settings
def conversations_get(s: Settings, conversation_id: str, transcript: bool) -> None:
    """Show one conversation."""
    with s.client() as client:
        kwargs = {"include_transcript": True} if transcript else {}
        show(s, client.conversations.get(conversation_id, **kwargs), "conversation")


@conversations.command("create")
@click.argument("text")
@click.option("--language", help="ISO 639-1 code, e.g. en.")
@click.option(
    "--source",
    "text_source",
    type=click.Choice(["audio_transcript", "message", "other_text"]),
    help="What the text is.",
)
@click.option("--started-at", help="ISO date-time.")
@click.option("--finished-at", help="ISO date-time.")
@pass_settings
def conversations_create(
    s: Settings,
    text: str,
    language: str | None,
    text_source: str | None,
    started_at: str | None,
    finished_at: str | None,
) -> None:
    """Create a conversation from text (the server summarizes it)."""
    fields = body(
        text=text,
        language=language,
        text_source=text_source,
        started_at=started_at,
        finished_at=finished_at,
    )
    with s.client() as client:
        show(s, client.conversations.create(**fields), "created")


@conversations.command("from-segments")
@click.argument("file", type=click.File("r", encoding="utf-8-sig"))
@click.option(
    "--session-id",
    help="Stable id for this capture: re-running with it returns the same conversation.",
)
@click.option("--language", help="ISO 639-1 code, e.g. en.")
@click.option("--started-at", help="ISO date-time.")
@click.option("--finished-at", help="ISO date-time.")
@pass_settings
def conversations_from_segments(
    s: Settings,
    file: Any,
    session_id: str | None,
    language: str | None,
    started_at: str | None,
    finished_at: str | None,
) -> None:
    """Create a conversation from diarized transcript segments in FILE ('-' for stdin).

    FILE holds a JSON array of segments, or one segment per line:
    {"text": "...", "speaker": "SPEAKER_00", "start": 0.0, "end": 2.5}.
    """
    import json

    from ..exit_codes import CliError, ExitCode

    text = file.read()
    try:
        parsed = json.loads(text) if text.lstrip().startswith("[") else None
        if parsed is None:
            parsed = [json.loads(line) for line in text.splitlines() if line.strip()]
    except (ValueError, RecursionError) as exc:
        raise CliError(
            f"{file.name}: not a JSON array or JSON lines ({exc})", ExitCode.INVALID_INPUT
        ) from exc
    fields = body(language=language, started_at=started_at, finished_at=finished_at)
    with s.client() as client:
        created = client.conversations.create_from_segments(
            parsed, client_session_id=session_id, **fields
        )
        show(s, created, "created")


@conversations.command("update")
@click.argument("conversation_id")
@click.option("--title", required=True)
@pass_settings
def conversations_update(s: Settings, conversation_id: str, title: str) -> None:
    """Rename a conversation."""
    with s.client() as client:
        show(s, client.conversations.update(conversation_id, title=title), "conversation")


@conversations.command("discard")
@click.argument("conversation_id")
@pass_settings
def conversations_discard(s: Settings, conversation_id: str) -> None:
    """Mark a conversation discarded (reversible with `restore`)."""
    with s.client() as client:
        show(s, client.conversations.discard(conversation_id), "conversation")


@conversations.command("restore")
@click.argument("conversation_id")
@pass_settings
def conversations_restore(s: Settings, conversation_id: str) -> None:
    """Undo `discard`."""
    with s.client() as client:
        show(s, client.conversations.restore(conversation_id), "conversation")


delete_command(conversations, "conversations", "a conversation", "CONVERSATION_ID")


@conversations.command("ask")
@click.argument("question")
@pass_settings
def conversations_ask(s: Settings, question: str) -> None:
    """Ask a question answered from your conversations and memories."""
    with s.client() as client:
        show(s, client.conversations.ask(question), "answer")
