"""`omi-client folders ...`"""

from __future__ import annotations

import click

from ..context import Group, Settings, pass_settings, show


@click.group(cls=Group)
def folders() -> None:
    """Conversation folders (read-only: the API has no folder create/update)."""


@folders.command("list")
@pass_settings
def folders_list(s: Settings) -> None:
    """List folders."""
    with s.client() as client:
        show(s, client.folders.list(), "folders")
