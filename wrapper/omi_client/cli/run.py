"""Run the click app and turn every outcome into one documented exit status.

Under --json (before or after the command) an error is one JSON object on stderr,
``{"error": {"code": 4, "name": "NOT_FOUND", "message": ..., "status": 404}}``, with the same
exit status as the plain-text line.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import click

from .exit_codes import ExitCode, exit_code_for
from .sleeper import Sleeper


def run(argv: list[str] | None, *, sleeper: Sleeper | None = None) -> int:
    """`main` once the cli extra is known to be there. `sleeper`: how the long commands wait
    (real time unless given: the CLI's tests pass one on the fake server's clock)."""
    from .app import cli

    args = list(sys.argv[1:] if argv is None else argv)
    as_json = _wants_json(args)
    try:
        returned = cli.main(args=args, prog_name="omi-client", standalone_mode=False, obj=sleeper)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        code = ExitCode.USAGE if isinstance(exc, click.UsageError) else exc.exit_code
        if as_json:
            _json_error(int(code), exc.format_message(), type(exc).__name__)
        else:
            exc.show()
        return int(code)
    except (click.Abort, KeyboardInterrupt):
        click.echo("\ninterrupted", err=True)
        return 130
    except BrokenPipeError:
        return ExitCode.OK
    except Exception as exc:
        return _report(exc, as_json)
    # Without standalone mode click hands back the code of a ctx.exit()/Exit (e.g. `mock`).
    return returned if isinstance(returned, int) else ExitCode.OK


def _report(exc: Exception, as_json: bool) -> int:
    from .extras import install_hint, missing_extra

    extra = missing_extra(exc) if isinstance(exc, ImportError) else None
    if extra is not None:
        message = f"this needs the {extra} extra: {install_hint(extra)} ({exc})"
        code = ExitCode.USAGE
    else:
        code = exit_code_for(exc)
        message = describe(exc)
        ours = type(exc).__module__.startswith("omi_client")
        if (code == ExitCode.UNEXPECTED and not ours) or os.environ.get("OMI_CLI_TRACEBACK"):
            import traceback

            traceback.print_exc(file=sys.stderr)
    if as_json:
        _json_error(int(code), message, type(exc).__name__, getattr(exc, "status_code", None))
    else:
        click.echo(f"error: {message}", err=True)
    return int(code)


def _json_error(code: int, message: str, kind: str, status: Any = None) -> None:
    error: dict[str, Any] = {"code": code, "name": ExitCode(code).name, "message": message}
    error["type"] = kind
    if isinstance(status, int):
        error["status"] = status
    sys.stderr.write(json.dumps({"error": error}, ensure_ascii=False) + "\n")


def _wants_json(args: list[str]) -> bool:
    """--json anywhere before a `--` (the flag is accepted on every command)."""
    for arg in args:
        if arg == "--":
            return False
        if arg == "--json":
            return True
    return False


def describe(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    status = getattr(exc, "status_code", None)
    if isinstance(status, int) and str(status) not in text:
        text = f"{status}: {text}"
    return text
