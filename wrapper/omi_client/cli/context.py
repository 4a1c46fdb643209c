"""What every command shares: the global settings, the `--json` flag and option helpers.

Only click is imported here; the SDK and rich load inside the commands that use them, so
`omi-client --help` stays fast.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import click

from .sleeper import Sleeper

if TYPE_CHECKING:
    from omi_client import Omi

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class Settings:
    base_url: str | None
    api_key: str | None
    firebase_token: str | None
    json_output: bool
    timeout: float | None
    wide: bool = False
    sleeper: Sleeper = field(default_factory=Sleeper)  # every wait of the long commands

    def client(self, auth: str = "api_key") -> Omi:
        """A configured client; fails with exit 3 up front when the credential is missing."""
        from .client import make_client, require_credential

        require_credential(self, auth)
        return make_client(self)


pass_settings = click.make_pass_decorator(Settings)


def _set_json(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        settings = ctx.find_object(Settings)
        if settings is not None:
            settings.json_output = True


def _set_wide(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        settings = ctx.find_object(Settings)
        if settings is not None:
            settings.wide = True


JSON_HELP = "Machine output: JSON on stdout (errors as JSON on stderr)."
WIDE_HELP = "Tables use the full width of every column instead of truncating with …"


def json_option(f: F) -> F:
    """`--json` after the subcommand too (`omi-client memories list --json`)."""
    return click.option(
        "--json", "json_flag", is_flag=True, expose_value=False, callback=_set_json,
        help=JSON_HELP,
    )(f)  # fmt: skip


def wide_option(f: F) -> F:
    return click.option(
        "--wide", "wide_flag", is_flag=True, expose_value=False, callback=_set_wide,
        help=WIDE_HELP,
    )(f)  # fmt: skip


class Group(click.Group):
    """A command group whose commands all take `--json` and `--wide` wherever they are typed."""

    def command(  # type: ignore[override]
        self, *args: Any, **kwargs: Any
    ) -> Callable[[Callable[..., Any]], click.Command]:
        make = super().command(*args, **kwargs)

        def decorate(f: Callable[..., Any]) -> click.Command:
            command: click.Command = make(json_option(wide_option(f)))
            return command

        return decorate


def page_options(default_limit: int) -> Callable[[F], F]:
    def decorate(f: F) -> F:
        f = click.option(
            "--all", "fetch_all", is_flag=True, help="Follow pages to the end (ignores --offset)."
        )(f)
        f = click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True)(f)
        f = click.option(
            "--limit",
            type=click.IntRange(min=1),
            help=f"Page size [default: {default_limit}; with --all: the largest allowed].",
        )(f)
        return f

    return decorate


def page_size(limit: int | None, fetch_all: bool, default: int) -> int | None:
    """--limit as given; otherwise the command's default page, or for --all the SDK's largest."""
    if limit is not None:
        return limit
    return None if fetch_all else default


def body(**fields: Any) -> dict[str, Any]:
    """Request fields the user actually gave (None / empty tuples are left to server defaults)."""
    return {
        k: (list(v) if isinstance(v, tuple) else v)
        for k, v in fields.items()
        if v not in (None, ())
    }


def show(settings: Settings, data: Any, kind: str) -> None:
    from .output import show as render

    render(data, kind, json_output=settings.json_output, wide=settings.wide)


def delete_command(group: click.Group, resource: str, noun: str, metavar: str) -> None:
    """Every resource deletes the same way: one id in, ``{"deleted": id}`` out."""

    @group.command("delete", help=f"Delete {noun}.")
    @click.argument("item_id", metavar=metavar)
    @pass_settings
    def delete(s: Settings, item_id: str) -> None:
        with s.client() as client:
            getattr(client, resource).delete(item_id)
            show(s, {"deleted": item_id}, "result")
