"""Building the SDK client from the global options, and listing helpers.

Uses only the public SDK (`omi_client.Omi`, its errors and `with_options`).
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .exit_codes import CliError, ExitCode

if TYPE_CHECKING:
    from omi_client import Omi

    from .context import Settings
    from .engines.server_clock import ServerClock


def make_client(
    settings: Settings, *, patient: bool = False, clock: ServerClock | None = None
) -> Omi:
    """An Omi client from the global options.

    `patient`: hand every 429 back to the caller at once (instead of the SDK sleeping through
    short Retry-Afters) so long jobs can show the wait. `clock`: learns the server's time from
    the `Date` header of every response (through an httpx response hook)."""
    import httpx

    from omi_client import DEFAULT_TIMEOUT, Omi, OmiError

    kwargs: dict[str, Any] = {}
    timeout = DEFAULT_TIMEOUT if settings.timeout is None else httpx.Timeout(settings.timeout)
    if settings.timeout is not None:
        kwargs["timeout"] = settings.timeout
    if clock is not None:
        kwargs["http_client"] = httpx.Client(
            timeout=timeout,
            follow_redirects=False,
            event_hooks={"response": [clock.observe_response]},
        )
    try:
        client = Omi(
            api_key=settings.api_key,
            base_url=settings.base_url,
            firebase_token=settings.firebase_token,
            **kwargs,
        )
    except OmiError as exc:
        raise CliError(str(exc), ExitCode.USAGE) from exc
    if patient:
        client = client.with_options(retry_policy=replace(client.retry_policy, max_retry_after=0))
    return client


def require_credential(settings: Settings, auth: str = "api_key") -> None:
    """Exit 3 with a hint when the credential a command needs is not configured."""
    if auth == "firebase":
        if not (settings.firebase_token or os.environ.get("OMI_FIREBASE_TOKEN")):
            raise CliError(
                "no Firebase ID token: key management needs --firebase-token or "
                "OMI_FIREBASE_TOKEN (a developer API key cannot manage keys)",
                ExitCode.AUTH,
            )
    elif not (settings.api_key or os.environ.get("OMI_API_KEY")):
        raise CliError(
            "no API key: set OMI_API_KEY (or pass --api-key); create one in the Omi app "
            "under Settings > Developer",
            ExitCode.AUTH,
        )


def listing(
    resource: Any, limit: int | None, offset: int, fetch_all: bool, **filters: Any
) -> list[Any]:
    """One page, or with `fetch_all` every page (page size `limit`; None: the SDK's largest)."""
    if fetch_all:
        return list(resource.iterate(page_size=limit, **filters))
    return list(resource.list(limit=limit, offset=offset, **filters))
