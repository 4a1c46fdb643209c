"""Export sources over the public SDK: one per resource, page sizes from `omi_client.limits`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..output import jsonable

if TYPE_CHECKING:
    from omi_client import Omi

# The real server lists a locked memory with its content cut to 70 characters plus "..."
# (developer.py@01c6c33 get_memories; docs/fidelity.md MEM-5) and no marker field. Such a record
# is marked in the export so that `import` never re-creates the truncated copy.
LOCKED_PREVIEW_CHARS = 70
LOCKED_PREVIEW_SUFFIX = "..."
LOCKED_MARK = "locked_preview"


def mark_locked_preview(memory: dict[str, Any]) -> dict[str, Any]:
    """Mark a memory whose content has exactly the shape of a locked preview."""
    content = memory.get("content")
    if (
        isinstance(content, str)
        and len(content) == LOCKED_PREVIEW_CHARS + len(LOCKED_PREVIEW_SUFFIX)
        and content.endswith(LOCKED_PREVIEW_SUFFIX)
    ):
        memory[LOCKED_MARK] = True
    return memory


def retry_after(exc: BaseException) -> float | None:
    """Seconds to wait when `exc` is a 429 (Retry-After, else a minute), otherwise None."""
    from omi_client import RateLimitError

    if isinstance(exc, RateLimitError):
        wait: float | None = exc.retry_after
        return float(wait) if wait is not None else 60.0
    return None


class ListSource:
    """Export source over one SDK list call."""

    def __init__(
        self,
        name: str,
        page_size: int,
        fetch: Callable[[int, int], list[Any]],
        mark: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
        cap: int | None = None,
    ) -> None:
        self.name = name
        self.page_size = page_size
        self._fetch = fetch
        self._mark = mark
        self._cap = cap

    def fetch(self, limit: int, offset: int) -> list[dict[str, Any]]:
        items = [jsonable(item) for item in self._fetch(limit, offset)]
        return [self._mark(item) for item in items] if self._mark else items

    def incomplete(self, items: list[dict[str, Any]]) -> str | None:
        if self._cap is not None and len(items) == self._cap:
            return (
                f"the server returned exactly {self._cap} {self.name}, its page cap, and this "
                "list cannot be paged: there may be more that the API does not return"
            )
        return None

    def retry_after(self, exc: BaseException) -> float | None:
        return retry_after(exc)


def export_sources(client: Omi, names: list[str], *, transcripts: bool) -> list[ListSource]:
    from omi_client.limits import PAGE_CAPS, TRANSCRIPT_PAGE_CAP

    conv_page = TRANSCRIPT_PAGE_CAP if transcripts else PAGE_CAPS["listConversations"]
    goals_cap = PAGE_CAPS["listGoals"]
    makers: dict[str, Callable[[], ListSource]] = {
        "memories": lambda: ListSource(
            "memories",
            PAGE_CAPS["listMemories"],
            lambda limit, offset: client.memories.list(limit=limit, offset=offset),
            mark=mark_locked_preview,
        ),
        "conversations": lambda: ListSource(
            "conversations",
            conv_page,
            lambda limit, offset: client.conversations.list(
                limit=limit, offset=offset, include_transcript=transcripts
            ),
        ),
        "action_items": lambda: ListSource(
            "action_items",
            PAGE_CAPS["listActionItems"],
            lambda limit, offset: client.action_items.list(limit=limit, offset=offset),
        ),
        # Goals have no offset. With include_inactive the real server returns every goal,
        # abandoned ones too, and ignores the limit (developer.py@01c6c33 get_goals; fidelity
        # GOAL-4); a server that applies the cap instead is caught by `incomplete`.
        "goals": lambda: ListSource(
            "goals",
            0,
            lambda limit, offset: client.goals.list(limit=goals_cap, include_inactive=True),
            cap=goals_cap,
        ),
        "folders": lambda: ListSource("folders", 0, lambda limit, offset: client.folders.list()),
    }
    return [makers[name]() for name in names]
