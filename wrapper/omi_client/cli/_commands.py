"""The long-running commands (export, import): wiring the engines to the SDK and to rich."""

from __future__ import annotations

import contextlib
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from omi_client.limits import RATE_POLICIES

from ._exit import CliError, ExitCode

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from ._app import Settings
    from ._importer import Record

# The server's hourly limits for the batch endpoints, used to warn up front.
BATCH_POLICY = {
    "memories": ("memory batch", RATE_POLICIES["memories_batch"].limit),
    "action_items": ("action items", RATE_POLICIES["action_items"].limit),
}
SCHEMAS = {"memories": "CreateMemoryRequest", "action_items": "CreateActionItemRequest"}
KEY_FIELDS = {"memories": "content", "action_items": "description"}


def _progress() -> Progress:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        TextColumn("{task.fields[status]}"),
        console=Console(stderr=True),
        # Average over the whole run, so hour-long rate-limit waits are part of the ETA.
        speed_estimate_period=24 * 3600,
    )


def _sleeper(progress: Progress, task: TaskID, why: Any = lambda: "rate limited") -> Any:
    """A sleep that counts down on the progress bar; `why()` names the wait."""

    def sleep(seconds: float) -> None:
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            progress.update(task, status=f"[yellow]{why()}: resuming in {left:.0f}s")
            time.sleep(min(1.0, left))
        progress.update(task, status="")

    return sleep


# ---- import ----------------------------------------------------------------------------------


def read_records(kind: str, path: Path) -> tuple[list[Record], list[tuple[int, str]]]:
    """Parse and validate every line; returns (records, [(line number, problem), ...])."""
    from omi_client._errors import ValidationError
    from omi_client._spec import load_spec
    from omi_client._validation import validate

    from ._importer import Record

    schema_name = SCHEMAS[kind]
    allowed = set(load_spec()["components"]["schemas"][schema_name]["properties"])
    key_field = KEY_FIELDS[kind]
    records: list[Record] = []
    problems: list[tuple[int, str]] = []
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            try:
                text = raw.decode("utf-8-sig" if number == 1 else "utf-8").strip()
            except UnicodeDecodeError:
                problems.append((number, "not valid UTF-8"))
                continue
            if not text:
                continue
            try:
                value = json.loads(text)
            except json.JSONDecodeError as exc:
                problems.append((number, f"not valid JSON ({exc.msg} at column {exc.colno})"))
                continue
            if isinstance(value, str):
                value = {key_field: value}
            if not isinstance(value, dict):
                problems.append((number, f"expected a JSON object or string, got {value!r:.40}"))
                continue
            # Keep only what the create request takes, so an export file imports as-is.
            body = {k: v for k, v in value.items() if k in allowed and v is not None}
            try:
                validate(body, {"$ref": f"#/components/schemas/{schema_name}"}, "")
            except ValidationError as exc:
                problems.append((number, str(exc)))
                continue
            records.append(Record(number, body, str(body[key_field])))
    return records, problems


def import_command(
    settings: Settings,
    kind: str,
    path: Path,
    *,
    journal: Path | None,
    restart: bool,
    dry_run: bool,
    settle: float | None = None,
) -> None:
    from ._importer import CLOCK_SKEW, ImportAborted, Importer, list_recent
    from ._journal import Journal, JournalBusy, JournalMismatch, discard, has_begun
    from ._sdk import BatchTarget, make_client, require_api_key

    label = kind.replace("_", " ")
    records, problems = read_records(kind, path)
    if problems:
        for number, problem in problems[:100]:
            click.echo(f"{path}:{number}: {problem}", err=True)
        if len(problems) > 100:
            click.echo(f"... and {len(problems) - 100} more", err=True)
        raise CliError(
            f"{len(problems)} invalid line{'s' * (len(problems) != 1)} in {path}; nothing was sent",
            ExitCode.INVALID_INPUT,
        )
    if dry_run:
        _report(settings, {"valid": len(records), "sent": 0}, f"{len(records)} {label}: all valid")
        return
    journal_path = journal or path.with_name(path.name + ".journal")
    if restart:
        try:
            discard(journal_path)
        except JournalBusy as exc:
            raise CliError(str(exc), ExitCode.USAGE) from exc
    require_api_key(settings)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    header: dict[str, Any] = {"kind": kind, "sha256": digest, "records": len(records)}
    with make_client(settings, patient=True) as client:
        target = BatchTarget(client, kind)
        if not has_begun(journal_path):
            # Items that already existed when the import began are never claimed by reconciliation.
            baseline = list_recent(
                target,
                time.time() - CLOCK_SKEW,
                time.sleep,
                lambda delay, _: click.echo(f"rate limited: waiting {delay:.0f}s", err=True),
            )
            header["baseline_ids"] = [item_id for item_id, _ in baseline]
            header["source"] = str(path)
        try:
            journal_file = Journal(journal_path, header)
        except JournalMismatch as exc:
            raise CliError(str(exc), ExitCode.INVALID_INPUT) from exc
        except JournalBusy as exc:
            raise CliError(str(exc), ExitCode.USAGE) from exc
        with contextlib.closing(journal_file):
            state = journal_file.state
            todo = sum(1 for r in records if r.line not in state.done)
            if state.complete:
                _report(
                    settings,
                    {"total": len(records), "created": 0, "already_done": len(records)},
                    f"{path} was already imported completely ({journal_path}); nothing sent",
                )
                return
            _warn_about_policy(kind, todo, target.batch_size)
            progress = _progress()
            with progress:
                task = progress.add_task(
                    f"importing {label}",
                    total=len(records),
                    completed=len(records) - todo,
                    status="",
                )
                events = _ImportEvents(progress, task, target.batch_size, BATCH_POLICY[kind][1])
                if settle is None:  # outlast the request timeout, then leave the server a margin
                    settle = settle_default(settings.timeout)
                importer = Importer(
                    target,
                    journal_file,
                    records,
                    events=events,
                    sleep=_sleeper(progress, task, lambda: events.reason),
                    settle=settle,
                )
                try:
                    summary = importer.run()
                except ImportAborted as exc:
                    raise CliError(
                        f"{exc}; re-run the same command to resume (journal {journal_path})",
                        ExitCode.SERVER,
                    ) from exc.cause
                except KeyboardInterrupt:
                    click.echo("\ninterrupted; re-run the same command to resume", err=True)
                    raise
    _report(
        settings,
        vars(summary) | {"journal": str(journal_path)},
        _import_text(summary, label),
    )


def settle_default(timeout: float | None) -> float:
    """Seconds after a batch was sent before its fate is read from the server: the request
    timeout (the SDK's default is 30 s) plus 30 s for the server to finish its write."""
    return (timeout if timeout is not None else 30.0) + 30.0


def _import_text(summary: Any, label: str) -> str:
    parts = [f"imported {summary.total} {label}: {summary.created} created by this run"]
    if summary.reconciled:
        parts.append(f"{summary.reconciled} of them found already stored after an interruption")
    if summary.already_done:
        parts.append(f"{summary.already_done} by earlier runs")
    parts.append(f"{summary.rate_limit_waits} rate-limit waits")
    parts.append(f"{summary.failed_batches} failed batches")
    return ", ".join(parts)


class _ImportEvents:
    def __init__(self, progress: Progress, task: TaskID, batch_size: int, per_hour: int) -> None:
        self.progress = progress
        self.task = task
        self.batch_size = batch_size
        self.per_hour = per_hour
        self.reason = "waiting"

    def created(self, count: int) -> None:
        self.progress.advance(self.task, count)

    def waiting(self, seconds: float, reason: str, limit: int | None = None) -> None:
        self.reason = reason.split(";")[-1].strip()
        self.progress.update(self.task, status=f"[yellow]{reason}")
        per_window = limit if isinstance(limit, int) and limit > 0 else self.per_hour
        if reason == "rate limited" and per_window:
            task = self.progress.tasks[self.task]
            batches = -(-int((task.total or 0) - task.completed) // self.batch_size)
            windows = max(0, -(-batches // per_window) - 1)
            source = "from the server's 429" if per_window == limit else "documented policy"
            self.progress.console.print(
                f"rate limit reached: waiting {seconds:.0f}s for the next window; {batches} "
                f"batch(es) left at {per_window} per window ({source}): about "
                f"{_duration(seconds + windows * 3600)} to go. Safe to Ctrl-C and re-run later."
            )

    def reconciled(self, found: int, missing: int) -> None:
        self.progress.console.print(
            f"reconciled the batch in flight: {found} already on the server, {missing} to send"
        )


def _duration(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 1:
        return f"{seconds:.0f}s"
    return f"{minutes // 60}h {minutes % 60:02d}m" if minutes >= 60 else f"{minutes}m"


def _warn_about_policy(kind: str, todo: int, batch_size: int) -> None:
    name, per_hour = BATCH_POLICY[kind]
    batches = -(-todo // batch_size)
    if batches > per_hour:
        hours = (batches - 1) // per_hour
        click.echo(
            f"note: {batches} batches at the server's {name} limit of {per_hour} per hour: "
            f"expect about {hours}h of waiting. It is safe to stop (Ctrl-C) and re-run to resume.",
            err=True,
        )


def _report(settings: Settings, data: dict[str, Any], text: str) -> None:
    if settings.json_output:
        sys.stdout.write(json.dumps(data) + "\n")
    else:
        click.echo(text)


# ---- export ----------------------------------------------------------------------------------


def export_command(
    settings: Settings,
    directory: Path,
    names: list[str],
    *,
    transcripts: bool,
    overwrite: bool = False,
    empty_pages: int = 2,
) -> None:
    from ._exporter import ExportCorrupt, ExportOptionsDiffer, ExportWouldOverwrite, run_export
    from ._sdk import export_sources, make_client, require_api_key

    require_api_key(settings)
    with make_client(settings, patient=True) as client:
        sources = export_sources(client, names, transcripts=transcripts)
        progress = _progress()
        with progress:
            tasks = {
                name: progress.add_task(f"{name:<13}", total=None, status="") for name in names
            }
            events = _ExportEvents(progress, tasks)
            try:
                counts = run_export(
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
    summary = ", ".join(f"{n} {name}" for name, n in counts.items())
    _report(settings, {"directory": str(directory), "counts": counts}, f"exported {summary}")


class _ExportEvents:
    def __init__(self, progress: Progress, tasks: dict[str, TaskID]) -> None:
        self.progress = progress
        self.tasks = tasks
        self.current: str | None = None

    def page(self, name: str, written: int, total_written: int) -> None:
        self.current = name
        self.progress.update(self.tasks[name], completed=total_written)

    def waiting(self, name: str, seconds: float) -> None:
        self.current = name

    def finished(self, name: str, total_written: int) -> None:
        self.progress.update(self.tasks[name], total=total_written, completed=total_written)

    def sleep(self, seconds: float) -> None:
        task = self.tasks[self.current] if self.current else next(iter(self.tasks.values()))
        _sleeper(self.progress, task)(seconds)
