"""`omi-client import KIND FILE` and `omi-client import all DIRECTORY`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..context import Group, Settings, pass_settings


@click.group("import", cls=Group)
def import_group() -> None:
    """Create records from JSONL files (an export restores as-is), exactly once, resumable."""


def _options(f: Callable[..., Any]) -> Callable[..., Any]:
    f = click.option(
        "--journal",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Journal path [default: FILE.journal; for a pipe, in the state directory].",
    )(f)
    f = click.option(
        "--restart",
        is_flag=True,
        help="Import these records again even though they were imported before (creates them "
        "a second time).",
    )(f)
    f = click.option("--dry-run", is_flag=True, help="Only read and check FILE; send nothing.")(f)
    f = click.option(
        "--settle",
        type=click.FloatRange(min=0),
        metavar="SECONDS",
        help="After a dropped connection or timeout, wait until the batch was sent this long ago "
        "before checking what the server stored [default: request timeout + 30].",
    )(f)
    return f


_FILE = click.Path(exists=True, dir_okay=False, allow_dash=True, path_type=Path)


def _command(kind: str, name: str, doc: str) -> None:
    @import_group.command(name, help=doc)
    @click.argument("file", type=_FILE)
    @_options
    @pass_settings
    def command(
        s: Settings,
        file: Path,
        journal: Path | None,
        restart: bool,
        dry_run: bool,
        settle: float | None,
    ) -> None:
        from ..importing import import_file

        import_file(s, kind, file, journal=journal, restart=restart, dry_run=dry_run, settle=settle)


_COMMON = """

FILE is JSON Lines ('-' for stdin; a pipe or `<(...)` works too): every line is read once and
checked first; if any is bad, each is reported as FILE:LINE and nothing is sent (exit 7). A
journal makes the import exactly-once and resumable (re-run the same command after a crash);
the same records imported again into the same account, from a copy or with another --journal,
are refused unless --restart."""

_command(
    "memories",
    "memories",
    'Import memories: one object per line, e.g. {"content": "..."} (a plain string is the '
    "content); sent in batches of the API's size. A locked memory's preview in an export is "
    "skipped and reported." + _COMMON,
)
_command(
    "action_items",
    "action-items",
    'Import action items: {"description": "...", "due_at": ..., "completed": ...}; in batches '
    "of the API's size. A conversation_id cannot be set through the API: it is reported, not kept."
    + _COMMON,
)
_command(
    "goals",
    "goals",
    'Import goals: {"title": "...", ...} or goals.jsonl from an export (title, metric and text '
    "fields are kept; abandoned goals are skipped, progress history is not imported)." + _COMMON,
)
_command(
    "conversations",
    "conversations",
    "Import conversations from conversations.jsonl of an export (with transcripts) or lines "
    '{"transcript_segments": [...], "started_at": ...}. Each is re-created from its segments '
    "with a client_session_id derived from the exported id, so a re-run never duplicates one; "
    "the server generates titles and summaries again." + _COMMON,
)


@import_group.command("folders")
@click.argument("file", type=_FILE)
def import_folders(file: Path) -> None:
    """Folders cannot be imported: the API has no folder create operation."""
    from ..exit_codes import CliError, ExitCode

    raise CliError(
        f"{file}: folders cannot be imported: the Omi API has no operation to create a folder "
        "(the server creates its own and files conversations into them). Nothing was sent.",
        ExitCode.INVALID_INPUT,
    )


@import_group.command("all")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--restart", is_flag=True, help="As for each single import.")
@click.option("--dry-run", is_flag=True, help="Only read and check the files; send nothing.")
@click.option("--settle", type=click.FloatRange(min=0), metavar="SECONDS")
@pass_settings
def import_all(
    s: Settings, directory: Path, restart: bool, dry_run: bool, settle: float | None
) -> None:
    """Restore an export: import DIRECTORY's memories, action items, goals and conversations.

    Each file is imported as by its own command, with its own journal (FILE.journal), so an
    interrupted restore resumes. folders.jsonl is left out: the API cannot create folders.
    """
    from ..importing import import_directory

    import_directory(s, directory, restart=restart, dry_run=dry_run, settle=settle)
