"""Progress bars and countdowns on stderr for the long-running commands (rich)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from .sleeper import Sleeper


def progress_bar(monotonic: Callable[[], float]) -> Progress:
    """A progress bar on stderr whose status column counts down a wait (see `waiter`) on the
    `monotonic` clock the wait runs on."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        SpinnerColumn,
        Task,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class Status(ProgressColumn):
        def render(self, task: Task) -> Text:
            status = str(task.fields.get("status", ""))
            until = task.fields.get("until")
            if until is not None:
                status += f": resuming in {max(0.0, until - monotonic()):.0f}s"
            return Text.from_markup(status)

    return Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        Status(),
        console=Console(stderr=True),
        # Average over the whole run, so hour-long rate-limit waits are part of the ETA.
        speed_estimate_period=24 * 3600,
    )


def waiter(
    progress: Progress,
    task: TaskID,
    sleeper: Sleeper,
    why: Callable[[], str] = lambda: "rate limited",
) -> Callable[[float], None]:
    """One `sleeper.sleep` per wait, counted down on the progress bar; `why()` names the wait."""

    def sleep(seconds: float) -> None:
        progress.update(task, status=f"[yellow]{why()}", until=sleeper.monotonic() + seconds)
        try:
            sleeper.sleep(seconds)
        finally:
            progress.update(task, status="", until=None)

    return sleep


def duration(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 1:
        return f"{seconds:.0f}s"
    return f"{minutes // 60}h {minutes % 60:02d}m" if minutes >= 60 else f"{minutes}m"


class ImportEvents:
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
                f"{duration(seconds + windows * 3600)} to go. Safe to Ctrl-C and re-run later."
            )

    def reconciled(self, found: int, missing: int) -> None:
        self.progress.console.print(
            f"reconciled the batch in flight: {found} already on the server, {missing} to send"
        )


class ExportEvents:
    def __init__(self, progress: Progress, tasks: dict[str, TaskID], sleeper: Sleeper) -> None:
        self.progress = progress
        self.tasks = tasks
        self.sleeper = sleeper
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
        waiter(self.progress, task, self.sleeper)(seconds)


def report(json_output: bool, data: dict[str, Any], text: str) -> None:
    """The closing summary: JSON on stdout with --json, a sentence otherwise."""
    import json
    import sys

    import click

    if json_output:
        sys.stdout.write(json.dumps(data) + "\n")
    else:
        click.echo(text)
