"""`omi-client keys ...`: developer API keys, managed with a Firebase ID token."""

from __future__ import annotations

import click

from ..context import Group, Settings, pass_settings, show


@click.group(cls=Group)
def keys() -> None:
    """Developer API keys (needs a Firebase ID token: --firebase-token / OMI_FIREBASE_TOKEN)."""


@keys.command("list")
@pass_settings
def keys_list(s: Settings) -> None:
    """List your developer API keys."""
    with s.client("firebase") as client:
        show(s, client.keys.list(), "keys")


@keys.command("create")
@click.argument("name")
@click.option(
    "--scope",
    "scopes",
    multiple=True,
    metavar="SCOPE",
    help="A scope the key gets, e.g. memories:write (repeatable).",
)
@click.option(
    "--read-only", is_flag=True, help="Create a key with the server's default read-only scopes."
)
@pass_settings
def keys_create(s: Settings, name: str, scopes: tuple[str, ...], read_only: bool) -> None:
    """Create a key; the secret is shown once, with the scopes it got.

    Say what the key may do: --scope SCOPE (repeatable) or --read-only. There is no default,
    so a key meant for writing is never silently made read-only.
    """
    if bool(scopes) == read_only:
        raise click.UsageError(
            "say what the key may do: --scope SCOPE (repeatable, e.g. --scope memories:write) "
            "or --read-only"
            if not scopes
            else "--scope and --read-only exclude each other"
        )
    with s.client("firebase") as client:
        created = client.keys.create(name, scopes=list(scopes) if scopes else None)
        show(s, created, "new_key")


@keys.command("revoke")
@click.argument("key_id")
@pass_settings
def keys_revoke(s: Settings, key_id: str) -> None:
    """Revoke a key."""
    with s.client("firebase") as client:
        client.keys.revoke(key_id)
        show(s, {"revoked": key_id}, "result")
