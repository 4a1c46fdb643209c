"""What the Omi server enforces beyond what a request looks like: page caps, batch sizes and
rate-limit policies, in one table.

The SDK (pagination, ``create_many``), the command line (export paging, import pacing) and the
fake server all read these values from here, so they cannot drift apart. Each value's source in
the real server's code is cited in docs/fidelity.md. Importing this module is cheap; batch sizes
are read from the spec's ``maxItems`` on first use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

__all__ = [
    "ACTION_ITEMS_LIST_CEILING",
    "PAGE_CAPS",
    "RATE_POLICIES",
    "SHORT_PAGES_MAY_CONTINUE",
    "TRANSCRIPT_PAGE_CAP",
    "RatePolicy",
    "batch_size",
]


@dataclass(frozen=True, slots=True)
class RatePolicy:
    """A per-key request budget: ``limit`` requests per ``window_seconds``."""

    name: str
    limit: int
    window_seconds: int = 3600


#: operationId -> the largest ``limit`` the server honours; a larger one is clamped silently.
PAGE_CAPS: dict[str, int] = {
    "listMemories": 1000,
    "listActionItems": 1000,
    "listConversations": 100,
    "listGoals": 100,
}

#: The page cap of ``listConversations`` when ``include_transcript`` is set.
TRANSCRIPT_PAGE_CAP = 25

#: Lists whose pages can be short (even empty) while more items follow: the server drops locked
#: items *after* taking the page (developer.py@01c6c33 ``get_action_items``,
#: ``get_conversations``; resources.md AI-4, CONV-2). Memories are not among them: a locked
#: memory is listed with a truncated preview and hidden rows are skipped while the page is
#: filled (MEM-4, MEM-5), so a short memory page is the last one.
SHORT_PAGES_MAY_CONTINUE: frozenset[str] = frozenset({"listActionItems", "listConversations"})

#: The most action items a list reaches for one filter: the server reads at most this many
#: (``need = min(offset + limit, 2000)``, database/action_items.py@015d8398; AI-1).
ACTION_ITEMS_LIST_CEILING = 2000

#: Policy name -> budget, as the real server counts them (per API key).
RATE_POLICIES: dict[str, RatePolicy] = {
    p.name: p
    for p in (
        RatePolicy("memories", 120),
        RatePolicy("memories_batch", 15),
        RatePolicy("conversations_write", 25),
        RatePolicy("conversations_read", 60),
        RatePolicy("conversations_read_transcript", 25),
        RatePolicy("action_items", 120),
        RatePolicy("goals", 120),
    )
}


@cache
def batch_size(operation_id: str) -> int:
    """Items per request of a batch create (``createMemoriesBatch``, ``createActionItemsBatch``),
    from the spec's ``maxItems`` of the request's one list field."""
    from ._spec import load_spec

    spec = load_spec()
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
                schema = spec["components"]["schemas"][ref.rsplit("/", 1)[1]]
                sizes = [p["maxItems"] for p in schema["properties"].values() if "maxItems" in p]
                if len(sizes) == 1:
                    return int(sizes[0])
    raise KeyError(f"{operation_id}: not a batch operation with one maxItems list in the spec")
