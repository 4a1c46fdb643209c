"""`import`: read and check the input, find or start its journal, run the importer with a
progress bar, and report. The rules live in engines/ (records, kinds, journal, importer)."""

from __future__ import annotations

import contextlib
import os
import stat
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .exit_codes import CliError, ExitCode

if TYPE_CHECKING:
    from .context import Settings
    from .engines.records import ParsedInput

SHOWN_PROBLEMS = 100
SHOWN_SKIPPED = 20
ORDER = ["memories", "action_items", "goals", "conversations"]  # `import all`


def settle_default(timeout: float | None) -> float:
    """Seconds after a batch was sent before its fate is read from the server: the request
    timeout (the SDK's default is 30 s) plus 30 s for the server to finish its write."""
    from omi_client import DEFAULT_TIMEOUT

    request_timeout = timeout if timeout is not None else DEFAULT_TIMEOUT.read
    return (request_timeout or 0.0) + 30.0


def _is_regular(path: Path) -> bool:
    try:
        return str(path) != "-" and stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def read_input(kind: str, path: Path) -> ParsedInput:
    """Read `path` once and check every line; exit 7 listing FILE:LINE problems."""
    from .engines.kinds import KINDS
    from .engines.records import parse, read_bytes

    try:
        data = read_bytes(path)
    except OSError as exc:
        raise CliError(f"{path}: cannot read it ({exc.strerror})", ExitCode.INVALID_INPUT) from exc
    parsed = parse(data, KINDS[kind].convert, KINDS[kind].key)
    if parsed.problems:
        for number, problem in parsed.problems[:SHOWN_PROBLEMS]:
            click.echo(f"{path}:{number}: {problem}", err=True)
        if len(parsed.problems) > SHOWN_PROBLEMS:
            click.echo(f"... and {len(parsed.problems) - SHOWN_PROBLEMS} more", err=True)
        count = len(parsed.problems)
        raise CliError(
            f"{count} invalid line{'s' * (count != 1)} in {path}; nothing was sent",
            ExitCode.INVALID_INPUT,
        )
    for item in parsed.skipped[:SHOWN_SKIPPED]:
        click.echo(f"{path}:{item.line}: skipped: {item.reason}", err=True)
    if len(parsed.skipped) > SHOWN_SKIPPED:
        click.echo(f"... and {len(parsed.skipped) - SHOWN_SKIPPED} more skipped", err=True)
    for note, count in Counter(parsed.notes).items():
        click.echo(f"note: {count} record{'s' * (count != 1)}: not kept: {note}", err=True)
    return parsed


def _journal_path(kind: str, path: Path, journal: Path | None, digest: str) -> Path:
    if journal is not None:
        return journal
    if _is_regular(path):
        return path.with_name(path.name + ".journal")
    from .engines.identity import Registry

    # A pipe has no place of its own: keep its journal by content, where a re-run finds it.
    return Registry().journal_dir() / f"{kind}-{digest[:24]}.journal"


def import_file(
    settings: Settings,
    kind: str,
    path: Path,
    *,
    journal: Path | None,
    restart: bool,
    dry_run: bool,
    settle: float | None = None,
    emit: bool = True,
) -> dict[str, Any]:
    from .engines.kinds import KINDS
    from .progress import report

    label = KINDS[kind].label
    parsed = read_input(kind, path)
    records = parsed.records
    base: dict[str, Any] = {"skipped": len(parsed.skipped), "not_kept": dict(Counter(parsed.notes))}
    if dry_run:
        data = {"valid": len(records), "sent": 0, **base}
        if emit:
            report(settings.json_output, data, f"{len(records)} {label}: all valid; nothing sent")
        return data
    journal_path = _journal_path(kind, path, journal, parsed.digest)
    summary = _run(settings, kind, path, parsed, journal_path, restart, settle)
    data = summary | base | {"journal": str(journal_path)}
    if emit:
        report(settings.json_output, data, _text(data, label))
    return data


def _run(
    settings: Settings,
    kind: str,
    path: Path,
    parsed: ParsedInput,
    journal_path: Path,
    restart: bool,
    settle: float | None,
) -> dict[str, Any]:
    from .client import make_client, require_credential
    from .engines.identity import Registry, account_of
    from .engines.importer import MARGIN, list_recent
    from .engines.journal import Journal, JournalBusy, JournalMismatch, discard, has_begun
    from .engines.kinds import KINDS
    from .engines.server_clock import ServerClock
    from .engines.targets import make_target

    records = parsed.records
    label = KINDS[kind].label
    require_credential(settings)
    clock = ServerClock(settings.sleeper.monotonic)
    with make_client(settings, patient=True, clock=clock) as client:
        account = account_of(client.base_url, settings.api_key or os.environ["OMI_API_KEY"])
        registry = Registry()
        past = registry.lookup(account, kind, parsed.digest)
        same_journal = past is not None and past.journal == journal_path.resolve()
        if past is not None and not restart and not (same_journal and has_begun(journal_path)):
            raise CliError(
                f"these {len(records)} {label} were already imported into this account "
                f"(journal {past.journal}); importing them again would create them twice. "
                f"Resume or check that import with --journal {past.journal}, or pass --restart "
                "to create them again",
                ExitCode.USAGE,
            )
        if restart:
            try:
                discard(journal_path)
            except JournalBusy as exc:
                raise CliError(str(exc), ExitCode.USAGE) from exc
        target = make_target(client, kind)
        header: dict[str, Any] = {"kind": kind, "sha256": parsed.digest, "records": len(records)}
        if not has_begun(journal_path) and not target.idempotent:
            # What already exists is never claimed by reconciliation. Listed from the server's
            # time (learned from the first answer's Date header), not the client's clock.
            target.probe()
            now = clock.now()
            since = None if now is None else now - MARGIN
            baseline = list_recent(
                target,
                since,
                settings.sleeper.sleep,
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
            registry.record(account, kind, parsed.digest, journal_path.resolve(), len(records))
            state = journal_file.state
            if state.complete:
                click.echo(
                    f"{path} was already imported completely ({journal_path}); nothing sent "
                    "(--restart imports it again)",
                    err=True,
                )
                return {"total": len(records), "created": 0, "already_done": len(records)}
            todo = sum(1 for r in records if r.line not in state.done)
            return _with_progress(settings, kind, journal_file, records, todo, target, settle,
                                  clock, journal_path)  # fmt: skip


def _with_progress(
    settings: Settings,
    kind: str,
    journal_file: Any,
    records: list[Any],
    todo: int,
    target: Any,
    settle: float | None,
    clock: Any,
    journal_path: Path,
) -> dict[str, Any]:
    from omi_client.limits import RATE_POLICIES

    from .engines.importer import ImportAborted, Importer
    from .engines.kinds import KINDS
    from .progress import ImportEvents, progress_bar, waiter

    per_hour = RATE_POLICIES[KINDS[kind].policy].limit
    _warn_about_policy(KINDS[kind].label, todo, target.batch_size, per_hour)
    progress = progress_bar(settings.sleeper.monotonic)
    with progress:
        task = progress.add_task(
            f"importing {KINDS[kind].label}",
            total=len(records),
            completed=len(records) - todo,
            status="",
        )
        events = ImportEvents(progress, task, target.batch_size, per_hour)
        importer = Importer(
            target,
            journal_file,
            records,
            events=events,
            sleep=waiter(progress, task, settings.sleeper, lambda: events.reason),
            settle=settle if settle is not None else settle_default(settings.timeout),
            clock=clock.now,
        )
        try:
            summary = importer.run()
        except ImportAborted as exc:
            raise CliError(
                f"{exc}; re-run the same command to resume (journal {journal_path})",
                ExitCode.SERVER,
            ) from getattr(exc, "cause", None)
        except KeyboardInterrupt:
            click.echo("\ninterrupted; re-run the same command to resume", err=True)
            raise
    return dict(vars(summary))


def _text(data: dict[str, Any], label: str) -> str:
    if "rate_limit_waits" not in data:
        return f"{data['total']} {label}: already imported, nothing sent"
    parts = [f"imported {data['total']} {label}: {data['created']} created by this run"]
    if data.get("reconciled"):
        parts.append(f"{data['reconciled']} of them found already stored after an interruption")
    if data.get("already_done"):
        parts.append(f"{data['already_done']} by earlier runs")
    if data.get("skipped"):
        parts.append(f"{data['skipped']} skipped")
    parts.append(f"{data['rate_limit_waits']} rate-limit waits")
    parts.append(f"{data['failed_batches']} failed batches")
    return ", ".join(parts)


def _warn_about_policy(label: str, todo: int, batch_size: int, per_hour: int) -> None:
    batches = -(-todo // batch_size)
    if batches > per_hour:
        hours = (batches - 1) // per_hour
        click.echo(
            f"note: {batches} requests for {label} at the server's limit of {per_hour} per hour: "
            f"expect about {hours}h of waiting. It is safe to stop (Ctrl-C) and re-run to resume.",
            err=True,
        )


def import_directory(
    settings: Settings, directory: Path, *, restart: bool, dry_run: bool, settle: float | None
) -> None:
    """`import all`: each resource file an export wrote, in an order where nothing waits on
    another; folders are reported as not importable."""
    from .progress import report

    results: dict[str, Any] = {}
    for kind in ORDER:
        path = directory / f"{kind}.jsonl"
        if not path.exists() or path.stat().st_size == 0:
            continue
        click.echo(f"== {path}", err=True)
        results[kind] = import_file(
            settings, kind, path, journal=None, restart=restart, dry_run=dry_run,
            settle=settle, emit=False,
        )  # fmt: skip
    if (directory / "folders.jsonl").exists():
        click.echo(
            "folders.jsonl: not imported: the API has no operation to create folders", err=True
        )
        results["folders"] = {"skipped": "the API cannot create folders"}
    text = "; ".join(
        f"{kind}: {r.get('created', r.get('valid', 0))} {'valid' if dry_run else 'created'}"
        for kind, r in results.items()
        if kind != "folders"
    )
    report(settings.json_output, results, f"restored {directory}: {text or 'nothing to import'}")
