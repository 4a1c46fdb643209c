"""`omi-client mock`: hands its arguments to the fake server's own command line
(`omi_client.testing`, owned by the test kit; it needs the `mock` extra)."""

from __future__ import annotations

import click


@click.command(
    "mock",
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
    add_help_option=False,
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def mock(args: tuple[str, ...]) -> None:
    """Start the local fake Omi server (needs omi-client[mock]); `mock --help` lists its options."""
    from ..extras import require_extra

    require_extra("mock", "omi_client.testing")
    from omi_client.testing import main as mock_main

    code = mock_main(list(args))
    if code:
        raise click.exceptions.Exit(int(code))
