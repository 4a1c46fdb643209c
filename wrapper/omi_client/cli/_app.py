"""The command tree. Only click here: command bodies import the SDK and rich lazily."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

if TYPE_CHECKING:
    from omi_client import Omi

EXIT_CODES_HELP = """\b
Exit codes: 0 ok, 1 unexpected error, 2 usage, 3 auth (401/403 or no key),
4 not found, 5 rate limited, 6 server or connection error,
7 invalid input (client-side validation, 400/422, bad import file),
8 locked item (402)."""


@dataclass
class Settings:
    base_url: str | None
    api_key: str | None
    firebase_token: str | None
    json_output: bool
    timeout: float | None

    def client(self, auth: str = "api_key") -> Omi:
        """A configured client; fails with exit 3 up front when the credential is missing."""
        from ._sdk import make_client, require_credential

        require_credential(self, auth)
        return make_client(self)


pass_settings = click.make_pass_decorator(Settings)


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=EXIT_CODES_HELP,
)
@click.option(
    "--base-url",
    envvar="OMI_BASE_URL",
    metavar="URL",
    help="API base URL [env OMI_BASE_URL; default https://api.omi.me].",
)
@click.option(
    "--api-key",
    envvar="OMI_API_KEY",
    metavar="KEY",
    help="Developer API key, omi_dev_... [env OMI_API_KEY; prefer the env var].",
)
@click.option(
    "--firebase-token",
    envvar="OMI_FIREBASE_TOKEN",
    metavar="TOKEN",
    help="Firebase ID token, only for `keys` [env OMI_FIREBASE_TOKEN].",
)
@click.option("--json", "json_output", is_flag=True, help="Machine output: JSON on stdout.")
@click.option("--timeout", type=float, metavar="SECONDS", help="Per-request timeout.")
@click.version_option(package_name="omi-client", prog_name="omi-client")
@click.pass_context
def cli(
    ctx: click.Context,
    base_url: str | None,
    api_key: str | None,
    firebase_token: str | None,
    json_output: bool,
    timeout: float | None,
) -> None:
    """Command line for the Omi Developer API.

    Lists print tables for people and JSON with --json. `omi-client mock` starts a local fake
    Omi server to try everything against.
    """
    ctx.obj = Settings(base_url, api_key, firebase_token, json_output, timeout)


# ---- shared option helpers -------------------------------------------------------------------


def _page_options(default_limit: int) -> Callable[[F], F]:
    def decorate(f: F) -> F:
        f = click.option(
            "--all",
            "fetch_all",
            is_flag=True,
            help="Follow pages to the end (ignores --offset).",
        )(f)
        f = click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True)(f)
        f = click.option(
            "--limit",
            type=click.IntRange(min=1),
            help=f"Page size [default: {default_limit}; with --all: the largest allowed].",
        )(f)
        return f

    return decorate


def _page_size(limit: int | None, fetch_all: bool, default: int) -> int | None:
    """--limit as given; otherwise the command's default page, or for --all the SDK's largest."""
    if limit is not None:
        return limit
    return None if fetch_all else default


def _body(**fields: Any) -> dict[str, Any]:
    """Request fields the user actually gave (None / empty tuples are left to server defaults)."""
    return {
        k: (list(v) if isinstance(v, tuple) else v)
        for k, v in fields.items()
        if v not in (None, ())
    }


def _show(settings: Settings, data: Any, kind: str) -> None:
    from ._output import show

    show(data, kind, json_output=settings.json_output)


def _delete_command(group: click.Group, resource: str, noun: str, metavar: str) -> None:
    """Every resource deletes the same way: one id in, ``{"deleted": id}`` out."""

    @group.command("delete", help=f"Delete {noun}.")
    @click.argument("item_id", metavar=metavar)
    @pass_settings
    def delete(s: Settings, item_id: str) -> None:
        with s.client() as client:
            getattr(client, resource).delete(item_id)
            _show(s, {"deleted": item_id}, "result")


# ---- memories ------------------------------------------------------------------------------


@cli.group()
def memories() -> None:
    """List, create, update, delete and search memories."""


@memories.command("list")
@_page_options(25)
@click.option("--category", "categories", multiple=True, help="Only these categories (repeatable).")
@pass_settings
def memories_list(
    s: Settings, limit: int | None, offset: int, fetch_all: bool, categories: tuple[str, ...]
) -> None:
    """List memories, newest first."""
    from . import _sdk

    size = _page_size(limit, fetch_all, 25)
    with s.client() as client:
        data = _sdk.listing(
            client.memories, size, offset, fetch_all, categories=list(categories) or None
        )
        _show(s, data, "memories")


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
        body = _body(content=content, category=category, tags=tags, visibility=visibility)
        _show(s, client.memories.create(**body), "memories")


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
    body = _body(content=content, category=category, visibility=visibility, tags=tags)
    if not body:
        raise click.UsageError(
            "nothing to update: give --content, --category, --visibility or --tag"
        )
    with s.client() as client:
        _show(s, client.memories.update(memory_id, **body), "memories")


_delete_command(memories, "memories", "a memory", "MEMORY_ID")


@memories.command("search")
@click.argument("query")
@click.option("--limit", type=click.IntRange(1, 100), default=10, show_default=True)
@pass_settings
def memories_search(s: Settings, query: str, limit: int) -> None:
    """Semantic (vector) search over memories."""
    with s.client() as client:
        _show(s, client.memories.search(query, limit=limit), "search")


# ---- conversations -------------------------------------------------------------------------


@cli.group()
def conversations() -> None:
    """List, show, create, update and delete conversations; ask questions about them."""


@conversations.command("list")
@_page_options(25)
@click.option("--transcript", is_flag=True, help="Include transcripts (pages of at most 25).")
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
    from . import _sdk

    filters = _body(
        folder_id=folder_id,
        starred=starred,
        categories=categories,
        start_date=start_date,
        end_date=end_date,
    )
    size = _page_size(limit, fetch_all, 25)
    if transcript:
        filters["include_transcript"] = True
        size = min(size or 25, 25)  # the server's cap for pages with transcripts
    with s.client() as client:
        data = _sdk.listing(client.conversations, size, offset, fetch_all, **filters)
        _show(s, data, "conversations")


@conversations.command("get")
@click.argument("conversation_id")
@click.option("--transcript", is_flag=True, help="Include the transcript.")
@pass_settings
def conversations_get(s: Settings, conversation_id: str, transcript: bool) -> None:
    """Show one conversation."""
    with s.client() as client:
        kwargs = {"include_transcript": True} if transcript else {}
        _show(s, client.conversations.get(conversation_id, **kwargs), "conversation")


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
    body = _body(
        text=text,
        language=language,
        text_source=text_source,
        started_at=started_at,
        finished_at=finished_at,
    )
    with s.client() as client:
        _show(s, client.conversations.create(**body), "created")


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

    from ._exit import CliError, ExitCode

    text = file.read()
    try:
        parsed = json.loads(text) if text.lstrip().startswith("[") else None
        if parsed is None:
            parsed = [json.loads(line) for line in text.splitlines() if line.strip()]
    except ValueError as exc:
        raise CliError(
            f"{file.name}: not a JSON array or JSON lines ({exc})", ExitCode.INVALID_INPUT
        ) from exc
    fields = _body(language=language, started_at=started_at, finished_at=finished_at)
    with s.client() as client:
        created = client.conversations.create_from_segments(
            parsed, client_session_id=session_id, **fields
        )
        _show(s, created, "created")


@conversations.command("update")
@click.argument("conversation_id")
@click.option("--title", required=True)
@pass_settings
def conversations_update(s: Settings, conversation_id: str, title: str) -> None:
    """Rename a conversation."""
    with s.client() as client:
        _show(s, client.conversations.update(conversation_id, title=title), "conversation")


@conversations.command("discard")
@click.argument("conversation_id")
@pass_settings
def conversations_discard(s: Settings, conversation_id: str) -> None:
    """Mark a conversation discarded (reversible with `restore`)."""
    with s.client() as client:
        _show(s, client.conversations.discard(conversation_id), "conversation")


@conversations.command("restore")
@click.argument("conversation_id")
@pass_settings
def conversations_restore(s: Settings, conversation_id: str) -> None:
    """Undo `discard`."""
    with s.client() as client:
        _show(s, client.conversations.restore(conversation_id), "conversation")


_delete_command(conversations, "conversations", "a conversation", "CONVERSATION_ID")


@conversations.command("ask")
@click.argument("question")
@pass_settings
def conversations_ask(s: Settings, question: str) -> None:
    """Ask a question answered from your conversations and memories."""
    with s.client() as client:
        _show(s, client.conversations.ask(question), "answer")


# ---- action items --------------------------------------------------------------------------


@cli.group("action-items")
def action_items() -> None:
    """List, create, update, complete and delete action items."""


@action_items.command("list")
@_page_options(100)
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
    from . import _sdk

    filters = _body(completed=completed, conversation_id=conversation_id)
    with s.client() as client:
        size = _page_size(limit, fetch_all, 100)
        data = _sdk.listing(client.action_items, size, offset, fetch_all, **filters)
        _show(s, data, "action_items")


@action_items.command("create")
@click.argument("description")
@click.option("--due-at", help="ISO date-time with offset.")
@click.option("--completed", is_flag=True, default=None)
@pass_settings
def action_items_create(
    s: Settings, description: str, due_at: str | None, completed: bool | None
) -> None:
    """Create one action item."""
    body = _body(description=description, due_at=due_at, completed=completed)
    with s.client() as client:
        _show(s, client.action_items.create(**body), "action_items")


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
    body = _body(description=description, due_at=due_at, completed=completed)
    if not body:
        raise click.UsageError("nothing to update: give --description, --due-at or --completed")
    with s.client() as client:
        _show(s, client.action_items.update(action_item_id, **body), "action_items")


@action_items.command("complete")
@click.argument("action_item_id")
@pass_settings
def action_items_complete(s: Settings, action_item_id: str) -> None:
    """Mark an action item completed."""
    with s.client() as client:
        _show(s, client.action_items.update(action_item_id, completed=True), "action_items")


_delete_command(action_items, "action_items", "an action item", "ACTION_ITEM_ID")


# ---- goals ---------------------------------------------------------------------------------


@cli.group()
def goals() -> None:
    """List, show, create, update and delete goals; record progress."""


@goals.command("list")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True)
@click.option("--include-inactive", is_flag=True)
@pass_settings
def goals_list(s: Settings, limit: int, include_inactive: bool) -> None:
    """List goals."""
    with s.client() as client:
        kwargs = {"include_inactive": True} if include_inactive else {}
        _show(s, client.goals.list(limit=limit, **kwargs), "goals")


@goals.command("get")
@click.argument("goal_id")
@pass_settings
def goals_get(s: Settings, goal_id: str) -> None:
    """Show one goal."""
    with s.client() as client:
        _show(s, client.goals.get(goal_id), "goals")


@goals.command("create")
@click.argument("title")
@click.option("--target", "target_value", type=float)
@click.option("--current", "current_value", type=float)
@click.option("--unit")
@click.option(
    "--type", "goal_type", type=click.Choice(["boolean", "scale", "numeric"]), default=None
)
@click.option("--why", "why_it_matters")
@pass_settings
def goals_create(
    s: Settings,
    title: str,
    target_value: float | None,
    current_value: float | None,
    unit: str | None,
    goal_type: str | None,
    why_it_matters: str | None,
) -> None:
    """Create a goal."""
    body = _body(
        title=title,
        target_value=target_value,
        current_value=current_value,
        unit=unit,
        goal_type=goal_type,
        why_it_matters=why_it_matters,
    )
    with s.client() as client:
        _show(s, client.goals.create(**body), "goals")


@goals.command("update")
@click.argument("goal_id")
@click.option("--title")
@click.option("--target", "target_value", type=float)
@click.option("--unit")
@click.option("--why", "why_it_matters")
@pass_settings
def goals_update(
    s: Settings,
    goal_id: str,
    title: str | None,
    target_value: float | None,
    unit: str | None,
    why_it_matters: str | None,
) -> None:
    """Change a goal."""
    body = _body(title=title, target_value=target_value, unit=unit, why_it_matters=why_it_matters)
    if not body:
        raise click.UsageError("nothing to update: give --title, --target, --unit or --why")
    with s.client() as client:
        _show(s, client.goals.update(goal_id, **body), "goals")


@goals.command("progress")
@click.argument("goal_id")
@click.argument("current_value", type=float)
@pass_settings
def goals_progress(s: Settings, goal_id: str, current_value: float) -> None:
    """Record a goal's current value."""
    with s.client() as client:
        _show(s, client.goals.set_progress(goal_id, current_value), "goals")


@goals.command("history")
@click.argument("goal_id")
@click.option("--days", type=click.IntRange(1, 365), default=30, show_default=True)
@pass_settings
def goals_history(s: Settings, goal_id: str, days: int) -> None:
    """A goal's progress history."""
    with s.client() as client:
        _show(s, client.goals.history(goal_id, days=days), "history")


_delete_command(goals, "goals", "a goal", "GOAL_ID")


# ---- folders and keys ----------------------------------------------------------------------


@cli.group()
def folders() -> None:
    """Conversation folders."""


@folders.command("list")
@pass_settings
def folders_list(s: Settings) -> None:
    """List folders."""
    with s.client() as client:
        _show(s, client.folders.list(), "folders")


@cli.group()
def keys() -> None:
    """Developer API keys (needs a Firebase ID token: --firebase-token / OMI_FIREBASE_TOKEN)."""


@keys.command("list")
@pass_settings
def keys_list(s: Settings) -> None:
    """List your developer API keys."""
    with s.client("firebase") as client:
        _show(s, client.keys.list(), "keys")


@keys.command("create")
@click.argument("name")
@click.option(
    "--scope",
    "scopes",
    multiple=True,
    help="e.g. memories:read (repeatable; none = read-only key).",
)
@pass_settings
def keys_create(s: Settings, name: str, scopes: tuple[str, ...]) -> None:
    """Create a key; the secret is shown once."""
    with s.client("firebase") as client:
        kwargs = {"scopes": list(scopes)} if scopes else {}
        _show(s, client.keys.create(name, **kwargs), "new_key")


@keys.command("revoke")
@click.argument("key_id")
@pass_settings
def keys_revoke(s: Settings, key_id: str) -> None:
    """Revoke a key."""
    with s.client("firebase") as client:
        client.keys.revoke(key_id)
        _show(s, {"revoked": key_id}, "result")


# ---- export / import / mock ----------------------------------------------------------------

RESOURCES = ["memories", "conversations", "action_items", "goals", "folders"]


@cli.command("export")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--only",
    "only",
    multiple=True,
    type=click.Choice(RESOURCES),
    help="Export just these resources (repeatable; default all).",
)
@click.option("--no-transcripts", is_flag=True, help="Skip conversation transcripts.")
@click.option(
    "--overwrite",
    is_flag=True,
    help="Replace .jsonl files already in DIRECTORY (by default a fresh export refuses).",
)
@click.option(
    "--empty-pages",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="Consecutive empty pages that end a resource (locked items can empty a whole page).",
)
@pass_settings
def export_cmd(
    s: Settings,
    directory: Path,
    only: tuple[str, ...],
    no_transcripts: bool,
    overwrite: bool,
    empty_pages: int,
) -> None:
    """Export everything as JSONL files in DIRECTORY (re-run an interrupted export to resume).

    Writes memories.jsonl, conversations.jsonl (with transcripts), action_items.jsonl,
    goals.jsonl and folders.jsonl, one JSON object per line. Rate limits are waited out.
    A new export into a directory that already holds those files needs --overwrite.
    """
    from ._commands import export_command

    export_command(
        s,
        directory,
        list(only) or RESOURCES,
        transcripts=not no_transcripts,
        overwrite=overwrite,
        empty_pages=empty_pages,
    )


@cli.group("import")
def import_group() -> None:
    """Bulk-create records from a JSONL file, exactly once, resumable."""


def _import_options(f: Any) -> Any:
    f = click.option(
        "--journal",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Journal path [default: FILE.journal].",
    )(f)
    f = click.option(
        "--restart",
        is_flag=True,
        help="Discard the journal and import FILE again (creates its records a second time).",
    )(f)
    f = click.option("--dry-run", is_flag=True, help="Only validate FILE; send nothing.")(f)
    f = click.option(
        "--settle",
        type=click.FloatRange(min=0),
        metavar="SECONDS",
        help="After a dropped connection or timeout, wait until the batch was sent this long ago "
        "before checking what the server stored [default: request timeout + 30].",
    )(f)
    return f


@import_group.command("memories")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_import_options
@pass_settings
def import_memories(
    s: Settings,
    file: Path,
    journal: Path | None,
    restart: bool,
    dry_run: bool,
    settle: float | None,
) -> None:
    """Import memories from FILE: one JSON object per line, e.g. {"content": "..."}.

    Every line is validated first; if any is bad, all bad lines are reported with their line
    numbers and nothing is sent (exit 7). Sends batches of 25, waits out the hourly rate limit,
    and keeps a journal so an interrupted run, re-run with the same FILE, creates every memory
    exactly once. A plain string line is taken as the content.
    """
    from ._commands import import_command

    import_command(
        s, "memories", file, journal=journal, restart=restart, dry_run=dry_run, settle=settle
    )


@import_group.command("action-items")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_import_options
@pass_settings
def import_action_items(
    s: Settings,
    file: Path,
    journal: Path | None,
    restart: bool,
    dry_run: bool,
    settle: float | None,
) -> None:
    """Import action items from FILE: one JSON object per line, e.g. {"description": "..."}.

    Same guarantees as `import memories`; batches of 50.
    """
    from ._commands import import_command

    import_command(
        s, "action_items", file, journal=journal, restart=restart, dry_run=dry_run, settle=settle
    )


@cli.command(
    "mock",
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
    add_help_option=False,
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def mock(args: tuple[str, ...]) -> None:
    """Start the local fake Omi server (needs omi-client[mock]); `mock --help` lists its options."""
    try:
        from omi_client.testing import main as mock_main
    except ImportError as exc:
        from ._exit import CliError, ExitCode

        raise CliError(
            f"the fake server needs the mock extra: pip install 'omi-client[mock]' ({exc})",
            ExitCode.USAGE,
        ) from exc
    code = mock_main(list(args))
    if code:
        raise click.exceptions.Exit(int(code))
