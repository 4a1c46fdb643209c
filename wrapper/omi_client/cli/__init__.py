"""The `omi-client` command line: a thin user of the SDK.

Only click is imported to build the command tree and print --help; the SDK, rich and the
generated models are imported inside the commands that need them, so `omi-client --help` stays fast.
"""

from __future__ import annotations

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (see `omi_client.cli._exit.ExitCode`)."""
    from ._run import run

    return run(argv)
