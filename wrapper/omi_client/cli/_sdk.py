"""The CLI's only contact points with the SDK: building a client, listing, and the adapters that
let the export and import engines talk to the API. Imported lazily by commands."""

from __future__ import annotations

import datetime as _dt
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from omi_client import Omi
from omi_client._errors import (
    APIConnectionError,
    APIStatusError,
    OmiError,
    RateLimitError,
    ValidationError,
)
from omi_client.limits import PAGE_CAPS, TRANSCRIPT_PAGE_CAP, batch_size

from ._exit import CliError, ExitCode
from ._importer import Outcome
from ._output import jsonable

if TYPE_CHECKING:
    from ._app import Settings


def make_client(settings: Settings, *, patient: bool = False) -> Omi:
    """An Omi client from the global options. `patient`: hand every 429 back to the caller at once
    (instead of the SDK sleeping through short Retry-Afters) so long jobs can show the wait."""
    kwargs: dict[str, Any] = {}
    if settings.timeout is not None:
        kwargs["timeout"] = settings.timeout
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
    import os

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


def require_api_key(settings: Settings) -> None:
    require_credential(settings, "api_key")


def listing(
    resource: Any, limit: int | None, offset: int, fetch_all: bool, **filters: Any
) -> list[Any]:
    """One page, or with `fetch_all` every page (page size `limit`; None: the SDK's largest)."""
    if fetch_all:
        return list(resource.iterate(page_size=limit, **filters))
    return list(resource.list(limit=limit, offset=offset, **filters))


def retry_after(exc: BaseException) -> float | None:
    """Seconds to wait when `exc` is a 429 (Retry-After, else a minute), otherwise None."""
    if isinstance(exc, RateLimitError):
        wait: float | None = exc.retry_after
        return float(wait) if wait is not None else 60.0
    return None


def classify(exc: BaseException) -> tuple[Outcome, float | None]:
    """Import outcome of a failed batch create (see _importer)."""
    if isinstance(exc, RateLimitError):
        return "rate_limited", retry_after(exc)
    if isinstance(exc, ValidationError):
        return "fatal", None
    if isinstance(exc, APIStatusError):
        return ("uncertain", None) if exc.status_code >= 500 else ("fatal", None)
    if isinstance(exc, APIConnectionError | OmiError):
        return "uncertain", None
    return "fatal", None


def _timestamp(value: Any) -> float | None:
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=_dt.UTC)
        return float(value.timestamp())
    return None


class BatchTarget:
    """Import target over `memories` or `action_items` create_many (one request per batch)."""

    def __init__(self, client: Omi, kind: str) -> None:
        self.kind = kind
        self.resource: Any = client.memories if kind == "memories" else client.action_items
        operation = "createMemoriesBatch" if kind == "memories" else "createActionItemsBatch"
        self.batch_size = batch_size(operation)
        self.key_field = "content" if kind == "memories" else "description"
        self.page_size = PAGE_CAPS["listMemories" if kind == "memories" else "listActionItems"]

    def create_batch(self, bodies: list[dict[str, Any]]) -> list[str]:
        result = self.resource.create_many(bodies)
        result.raise_for_failures()
        return [str(item.id) for item in result.created]

    def created_since(self, since: float) -> list[tuple[str, str]]:
        """Newest-first pages until one holds only items older than `since`. Should the server
        ever list in another order, the early stop would miss the batch in flight: then every
        page is read."""
        found: list[tuple[str, str]] = []
        offset = 0
        previous: float | None = None
        newest_first = True
        while True:
            page = self.resource.list(limit=self.page_size, offset=offset)
            if not page:
                return found
            older = 0
            for item in page:
                at = _timestamp(getattr(item, "created_at", None))
                if at is not None:
                    newest_first = newest_first and (previous is None or at <= previous)
                    previous = at
                if at is not None and at < since:
                    older += 1
                    continue
                found.append((str(item.id), str(getattr(item, self.key_field, ""))))
            if older == len(page) and newest_first:
                return found
            offset += self.page_size

    def classify(self, exc: BaseException) -> tuple[Outcome, float | None]:
        return classify(exc)


class ListSource:
    """Export source over one SDK list call."""

    def __init__(self, name: str, page_size: int, fetch: Any) -> None:
        self.name = name
        self.page_size = page_size
        self._fetch = fetch

    def fetch(self, limit: int, offset: int) -> list[dict[str, Any]]:
        return [jsonable(item) for item in self._fetch(limit, offset)]

    def retry_after(self, exc: BaseException) -> float | None:
        return retry_after(exc)


def export_sources(client: Omi, names: list[str], *, transcripts: bool) -> list[ListSource]:
    conv_page = TRANSCRIPT_PAGE_CAP if transcripts else PAGE_CAPS["listConversations"]
    makers: dict[str, ListSource] = {
        "memories": ListSource(
            "memories",
            PAGE_CAPS["listMemories"],
            lambda limit, offset: client.memories.list(limit=limit, offset=offset),
        ),
        "conversations": ListSource(
            "conversations",
            conv_page,
            lambda limit, offset: client.conversations.list(
                limit=limit, offset=offset, include_transcript=transcripts
            ),
        ),
        "action_items": ListSource(
            "action_items",
            PAGE_CAPS["listActionItems"],
            lambda limit, offset: client.action_items.list(limit=limit, offset=offset),
        ),
        # Goals and folders are not paged: one call returns them all.
        "goals": ListSource(
            "goals", 0, lambda limit, offset: client.goals.list(limit=1000, include_inactive=True)
        ),
        "folders": ListSource("folders", 0, lambda limit, offset: client.folders.list()),
    }
    return [makers[name] for name in names]
