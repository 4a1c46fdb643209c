"""`omi-client export DIRECTORY`"""

from __future__ import annotations

from pathlib import Path

import click

from ..context import Settings, json_option, pass_settings

RESOURCES = ["memories", "conversations", "action_items", "goals", "folders"]


@click.command("export")
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
@json_option
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
    goals.jsonl and folders.jsonl, one JSON object per line, each file readable only by you.
    Every record that exists for the whole export is in it once, even if others are deleted
    meanwhile. Rate limits are waited out. A new export into a directory that already holds
    those files needs --overwrite. `omi-client import all DIRECTORY` restores it.
    """
    from ..client import make_client, require_credential
    from ..engines.exporter import (
        ExportCorrupt,
        ExportOptionsDiffer,
        ExportUnstable,
        ExportWouldOverwrite,
        run_export,
    )
    from ..engines.sources import export_sources
    from ..exit_codes import CliError, ExitCode
    from ..progress import ExportEvents, progress_bar, report

    names = list(only) or RESOURCES
    transcripts = not no_transcripts
    require_credential(s)
    with make_client(s, patient=True) as client:
        sources = export_sources(client, names, transcripts=transcripts)
        progress = progress_bar(s.sleeper.monotonic)
        with progress:
            tasks = {
                name: progress.add_task(f"{name:<13}", total=None, status="") for name in names
            }
            events = ExportEvents(progress, tasks, s.sleeper)
            try:
                result = run_export(
                    directory,
                    list(sources),
                    events,
                    sleep=events.sleep,
                    overwrite=overwrite,
                    empty_pages=empty_pages,
                    options={"transcripts": transcripts},
                )
            except ExportOptionsDiffer as exc:
                flag = "without --no-transcripts"
                if exc.started_with.get("transcripts") is False:
                    flag = "with --no-transcripts"
                raise CliError(
                    f"{directory} holds an unfinished export started {flag}: resume it the same "
                    "way, or pass --overwrite to start over",
                    ExitCode.USAGE,
                ) from exc
            except ExportWouldOverwrite as exc:
                raise CliError(str(exc), ExitCode.USAGE) from exc
            except ExportCorrupt as exc:
                raise CliError(str(exc), ExitCode.INVALID_INPUT) from exc
            except ExportUnstable as exc:
                raise CliError(str(exc), ExitCode.SERVER) from exc
    counts = {name: st.count for name, st in result.items()}
    warnings = {name: st.warning for name, st in result.items() if st.warning}
    summary = ", ".join(f"{n} {name}" for name, n in counts.items())
    data: dict[str, object] = {"directory": str(directory), "counts": counts}
    if warnings:
        data["incomplete"] = warnings
    report(s.json_output, data, f"exported {summary}")
    if warnings:
        raise CliError(
            "; ".join(f"{name}: {why}" for name, why in warnings.items()), ExitCode.SERVER
        )
