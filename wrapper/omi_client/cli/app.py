"""The command tree: global options and one command group per module in `commands/`.

Only click is imported to build it; command bodies import the SDK and rich lazily.
"""

from __future__ import annotations

import click

from .commands.action_items import action_items
from .commands.conversations import conversations
from .commands.export import export_cmd
from .commands.folders import folders
from .commands.goals import goals
from .commands.import_ import import_group
from .commands.keys import keys
from .commands.memories import memories
from .commands.mock import mock
from .context import JSON_HELP, WIDE_HELP, Group, Settings
from .sleeper import Sleeper

EXIT_CODES_HELP = """\b
Exit codes: 0 ok, 1 unexpected error, 2 usage, 3 auth (401/403 or no key),
4 not found, 5 rate limited, 6 server or connection error,
7 invalid input (client-side validation, 400/422, bad import file),
8 locked item (402)."""


@click.group(
    cls=Group,
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
@click.option("--json", "json_output", is_flag=True, help=JSON_HELP + " Also after a command.")
@click.option("--wide", is_flag=True, help=WIDE_HELP)
@click.option("--timeout", type=float, metavar="SECONDS", help="Per-request timeout.")
@click.version_option(package_name="omi-client", prog_name="omi-client")
@click.pass_context
def cli(
    ctx: click.Context,
    base_url: str | None,
    api_key: str | None,
    firebase_token: str | None,
    json_output: bool,
    wide: bool,
    timeout: float | None,
) -> None:
    """Command line for the Omi Developer API.

    Lists print tables for people and JSON with --json. `omi-client mock` starts a local fake
    Omi server to try everything against.
    """
    sleeper = ctx.obj if isinstance(ctx.obj, Sleeper) else Sleeper()  # see run.run
    ctx.obj = Settings(base_url, api_key, firebase_token, json_output, timeout, wide, sleeper)


for command in (
    memories,
    conversations,
    action_items,
    goals,
    folders,
    keys,
    export_cmd,
    import_group,
    mock,
):
    cli.add_command(command)
