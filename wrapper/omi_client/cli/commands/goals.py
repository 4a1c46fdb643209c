"""`omi-client goals ...`"""

from __future__ import annotations

import click

from ..context import Group, Settings, body, delete_command, pass_settings, show


@click.group(cls=Group)
def goals() -> None:
    """List, show, create, update and delete goals; record progress."""


@goals.command("list")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True)
@click.option(
    "--include-inactive", is_flag=True, help="Also abandoned (deleted) goals, all of them."
)
@pass_settings
def goals_list(s: Settings, limit: int, include_inactive: bool) -> None:
    """List goals."""
    with s.client() as client:
        kwargs = {"include_inactive": True} if include_inactive else {}
        show(s, client.goals.list(limit=limit, **kwargs), "goals")


@goals.command("get")
@click.argument("goal_id")
@pass_settings
def goals_get(s: Settings, goal_id: str) -> None:
    """Show one goal."""
    with s.client() as client:
        show(s, client.goals.get(goal_id), "goal")


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
    fields = body(
        title=title,
        target_value=target_value,
        current_value=current_value,
        unit=unit,
        goal_type=goal_type,
        why_it_matters=why_it_matters,
    )
    with s.client() as client:
        show(s, client.goals.create(**fields), "goal")


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
    fields = body(title=title, target_value=target_value, unit=unit, why_it_matters=why_it_matters)
    if not fields:
        raise click.UsageError("nothing to update: give --title, --target, --unit or --why")
    with s.client() as client:
        show(s, client.goals.update(goal_id, **fields), "goal")


@goals.command("progress")
@click.argument("goal_id")
@click.argument("current_value", type=float)
@pass_settings
def goals_progress(s: Settings, goal_id: str, current_value: float) -> None:
    """Record a goal's current value."""
    with s.client() as client:
        show(s, client.goals.set_progress(goal_id, current_value), "goal")


@goals.command("history")
@click.argument("goal_id")
@click.option(
    "--days",
    type=int,
    default=30,
    show_default=True,
    help="Entries to show (checked against the API's range before sending).",
)
@pass_settings
def goals_history(s: Settings, goal_id: str, days: int) -> None:
    """A goal's progress history."""
    with s.client() as client:
        show(s, client.goals.history(goal_id, days=days), "history")


delete_command(goals, "goals", "a goal", "GOAL_ID")
