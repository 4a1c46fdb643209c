"""Run the click app and turn every outcome into one documented exit status."""

from __future__ import annotations

import os
import sys

import click

from ._exit import ExitCode, exit_code_for


def run(argv: list[str] | None) -> int:
    from ._app import cli

    try:
        returned = cli.main(args=argv, prog_name="omi-client", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return ExitCode.USAGE if isinstance(exc, click.UsageError) else exc.exit_code
    except (click.Abort, KeyboardInterrupt):
        click.echo("\ninterrupted", err=True)
        return 130
    except BrokenPipeError:
        return ExitCode.OK
    except Exception as exc:
        code = exit_code_for(exc)
        ours = type(exc).__module__.startswith("omi_client")
        if (code == ExitCode.UNEXPECTED and not ours) or os.environ.get("OMI_CLI_TRACEBACK"):
            import traceback

            traceback.print_exc(file=sys.stderr)
        click.echo(f"error: {_describe(exc)}", err=True)
        return int(code)
    # Without standalone mode click hands back the code of a ctx.exit()/Exit (e.g. `mock`).
    return returned if isinstance(returned, int) else ExitCode.OK


def _describe(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    status = getattr(exc, "status_code", None)
    if isinstance(status, int) and str(status) not in text:
        text = f"{status}: {text}"
    return text
