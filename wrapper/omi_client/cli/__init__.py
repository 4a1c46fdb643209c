"""The `omi-client` command line: a thin user of the public SDK.

Only click is imported to build the command tree and print --help; the SDK, rich and the
generated models are imported inside the commands that need them, so `omi-client --help` stays
fast. Without the `cli` extra (click, rich) it says how to install it instead of a traceback.
"""

from __future__ import annotations

import sys

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (see `omi_client.cli.exit_codes`)."""
    try:
        from .run import run
    except ImportError as exc:
        from .exit_codes import ExitCode
        from .extras import install_hint, missing_extra

        if missing_extra(exc) != "cli":
            raise
        sys.stderr.write(
            f"omi-client: the command line needs the cli extra ({exc.name} is not installed): "
            f"{install_hint('cli')}\n"
        )
        return int(ExitCode.USAGE)
    return run(argv)
