"""Import targets over the public SDK: how a batch is created, listed back and classified."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any

from .importer import Outcome

if TYPE_CHECKING:
    from omi_client import Omi


def classify(exc: BaseException) -> tuple[Outcome, float | None]:
    """How the importer handles a failed request, by the SDK's one uncertainty rule
    (`OmiError.may_have_been_processed`, shared with SDK retries and create_many)."""
    from omi_client import OmiError, RateLimitError

    from .sources import retry_after

    if isinstance(exc, RateLimitError):
        return "rate_limited", retry_after(exc)
    if not isinstance(exc, OmiError):
        return "fatal", None  # a bug, not the server: never guess
    processed = exc.may_have_been_processed
    if processed is False:
        status = exc.status_code
        if status is not None and 400 <= status < 500:
            return "fatal", None  # refused: sending it again would be refused again
        if status is None and exc.response is None and _never_sent(exc):
            return "fatal", None  # client-side validation or configuration
        return "resend", None  # e.g. the connection was never made, or the API's own 503
    return "uncertain", None


def _never_sent(exc: BaseException) -> bool:
    from omi_client import APIConnectionError

    return not isinstance(exc, APIConnectionError)


def _timestamp(value: Any) -> float | None:
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=_dt.UTC)
        return float(value.timestamp())
    return None


class BatchTarget:
    """Memories or action items: one batch create request per batch."""

    idempotent = False

    def __init__(self, client: Omi, kind: str) -> None:
        from omi_client.limits import PAGE_CAPS, batch_size

        self.kind = kind
        self.resource: Any = client.memories if kind == "memories" else client.action_items
        operation = "createMemoriesBatch" if kind == "memories" else "createActionItemsBatch"
        self.batch_size = batch_size(operation)
        self.key_field = "content" if kind == "memories" else "description"
        self.page_size = PAGE_CAPS["listMemories" if kind == "memories" else "listActionItems"]

    def probe(self) -> None:
        """One cheap request, so the server's clock is known (its Date header)."""
        self.list_page(1, 0)

    def create_batch(self, bodies: list[dict[str, Any]]) -> list[str]:
        """Exactly one request (the SDK's create_batch); the ids in input order."""
        response = self.resource.create_batch(bodies)
        return [str(item.id) for item in getattr(response, self.kind)]

    def list_page(self, limit: int, offset: int) -> list[Any]:
        return list(self.resource.list(limit=limit, offset=offset))

    def created_since(self, since: float | None) -> list[tuple[str, str]]:
        """Newest-first pages until one holds only items older than `since`. Should the server
        ever list in another order, the early stop would miss the batch in flight: then every
        page is read. `since` None: every page."""
        found: list[tuple[str, str]] = []
        offset = 0
        previous: float | None = None
        newest_first = True
        while True:
            page = self.list_page(self.page_size, offset)
            if not page:
                return found
            older = 0
            for item in page:
                at = _timestamp(getattr(item, "created_at", None))
                if at is not None:
                    newest_first = newest_first and (previous is None or at <= previous)
                    previous = at
                if since is not None and at is not None and at < since:
                    older += 1
                    continue
                found.append((str(item.id), str(getattr(item, self.key_field, ""))))
            if older == len(page) and newest_first:
                return found
            offset += self.page_size

    def classify(self, exc: BaseException) -> tuple[Outcome, float | None]:
        return classify(exc)


class GoalTarget:
    """Goals: one create per record; listed back (all of them, abandoned too) by title."""

    kind = "goals"
    batch_size = 1
    idempotent = False

    def __init__(self, client: Omi) -> None:
        from omi_client.limits import PAGE_CAPS

        self.goals = client.goals
        self.cap = PAGE_CAPS["listGoals"]

    def probe(self) -> None:
        self.goals.list(limit=1)

    def create_batch(self, bodies: list[dict[str, Any]]) -> list[str]:
        return [str(self.goals.create(**body).id) for body in bodies]

    def created_since(self, since: float | None) -> list[tuple[str, str]]:
        found = []
        for item in self.goals.list(limit=self.cap, include_inactive=True):
            at = _timestamp(getattr(item, "created_at", None))
            if since is None or at is None or at >= since:
                found.append((str(item.id), str(item.title)))
        return found

    def classify(self, exc: BaseException) -> tuple[Outcome, float | None]:
        return classify(exc)


class ConversationTarget:
    """Conversations via from-segments with a client_session_id: the server answers a repeated
    create with the conversation it already made, so an uncertain attempt is simply resent."""

    kind = "conversations"
    batch_size = 1
    idempotent = True

    def __init__(self, client: Omi) -> None:
        self.conversations = client.conversations

    def probe(self) -> None:
        pass

    def create_batch(self, bodies: list[dict[str, Any]]) -> list[str]:
        ids = []
        for body in bodies:
            fields = dict(body)
            segments = fields.pop("transcript_segments")
            session = fields.pop("client_session_id")
            created = self.conversations.create_from_segments(
                segments, client_session_id=session, **fields
            )
            ids.append(str(created.id))
        return ids

    def created_since(self, since: float | None) -> list[tuple[str, str]]:
        return []  # never reconciled: see the class docstring

    def classify(self, exc: BaseException) -> tuple[Outcome, float | None]:
        from omi_client import ConflictError

        if isinstance(exc, ConflictError):
            return "resend", None  # the same session is still being created: ask again
        return classify(exc)


def make_target(client: Omi, kind: str) -> Any:
    if kind in ("memories", "action_items"):
        return BatchTarget(client, kind)
    if kind == "goals":
        return GoalTarget(client)
    return ConversationTarget(client)
