"""What the Omi server enforces beyond what a request looks like: page caps, batch sizes and
rate-limit policies, in one table.

The SDK (pagination, ``create_many``), the command line (export paging, import pacing) and the
fake server all read these values from here, so they cannot drift apart. Each value's source in
the real server's code is cited in docs/fidelity.md. Importing this module is cheap; batch sizes
are read from the spec's ``maxItems`` on first use.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

__all__ = [
    "ACTION_ITEMS_LIST_CEILING",
    "BOOST_EXEMPT_POLICIES",
    "DEFAULT_RATE_LIMIT_BOOST",
    "OPERATION_POLICIES",
    "PAGE_CAPS",
    "RATE_POLICIES",
    "SHORT_PAGES_MAY_CONTINUE",
    "TRANSCRIPT_OPERATIONS",
    "TRANSCRIPT_PAGE_CAP",
    "TRANSCRIPT_POLICY",
    "RatePolicy",
    "batch_size",
    "effective_limit",
    "policies_for",
]


@dataclass(frozen=True, slots=True)
class RatePolicy:
    """A per-key request budget: ``limit`` requests per ``window_seconds``.

    The window is fixed and starts at the first request counted against it (not at the top of
    the hour); the server answers 429 with ``Retry-After`` set to what is left of it.
    """

    name: str
    limit: int
    window_seconds: int = 3600


#: operationId -> the largest ``limit`` the server honours; a larger one is clamped silently.
PAGE_CAPS: dict[str, int] = {
    "listMemories": 1000,
    "listActionItems": 1000,
    "listConversations": 100,
    "listGoals": 1000,  # without include_inactive; with it, every goal (docs/fidelity.md GOAL-3c)
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

#: Policy name -> budget per API key, as the real server's ``RATE_POLICIES`` has them
#: (backend/utils/rate_limit_config.py, the ``dev:*`` entries). ``dev:conversation_reads_total``
#: exists there, but no code read charges it, so no operation below does.
RATE_POLICIES: dict[str, RatePolicy] = {
    p.name: p
    for p in (
        RatePolicy("dev:memories_read", 120),
        RatePolicy("dev:memories", 120),
        RatePolicy("dev:memories_batch", 15),
        RatePolicy("dev:action_items_read", 120),
        RatePolicy("dev:action_items_write", 120),
        RatePolicy("dev:goals_read", 120),
        RatePolicy("dev:goals_write", 120),
        RatePolicy("dev:conversations_read", 60),
        RatePolicy("dev:conversation_detail_read", 60),
        RatePolicy("dev:conversation_transcript_read", 25),
        RatePolicy("dev:conversation_reads_total", 60),
        RatePolicy("dev:conversations", 25),
        RatePolicy("dev:ask", 25),
    )
}

#: operationId -> the policy its route's dependency charges, before any validation
#: (backend/dependencies.py). Key management (``/v1/dev/keys*``) is not limited.
OPERATION_POLICIES: dict[str, str] = {
    "listMemories": "dev:memories_read",
    "search_memories_vector_v1_dev_user_memories_vector_search_get": "dev:memories_read",
    "createMemory": "dev:memories",
    "updateMemory": "dev:memories",
    "deleteMemory": "dev:memories",
    "createMemoriesBatch": "dev:memories_batch",
    "listActionItems": "dev:action_items_read",
    "createActionItem": "dev:action_items_write",
    "createActionItemsBatch": "dev:action_items_write",
    "updateActionItem": "dev:action_items_write",
    "deleteActionItem": "dev:action_items_write",
    "listGoals": "dev:goals_read",
    "getGoal": "dev:goals_read",
    "listGoalHistory": "dev:goals_read",
    "createGoal": "dev:goals_write",
    "updateGoal": "dev:goals_write",
    "updateGoalProgress": "dev:goals_write",
    "deleteGoal": "dev:goals_write",
    "listConversations": "dev:conversations_read",
    "listFolders": "dev:conversations_read",
    "getConversation": "dev:conversation_detail_read",
    "createConversation": "dev:conversations",
    "createConversationFromSegments": "dev:conversations",
    "updateConversation": "dev:conversations",
    "deleteConversation": "dev:conversations",
    "ask": "dev:ask",
}

#: Charged in addition to the operation's own policy, by the handler once the query is valid,
#: when these operations are asked for transcripts (``include_transcript=true``).
TRANSCRIPT_POLICY = "dev:conversation_transcript_read"
TRANSCRIPT_OPERATIONS = frozenset({"listConversations", "getConversation"})

#: The server multiplies every limit by ``RATE_LIMIT_BOOST`` (default 1.0; a comment in its
#: code says production runs with 100), except the policies in its BOOST_EXEMPT_POLICIES, of
#: which none is a developer-API policy.
DEFAULT_RATE_LIMIT_BOOST = 1.0
BOOST_EXEMPT_POLICIES: frozenset[str] = frozenset()


def effective_limit(
    policy: str, boost: float = DEFAULT_RATE_LIMIT_BOOST, base: int | None = None
) -> int:
    """The limit the server enforces (and reports in ``X-RateLimit-Limit``) for ``policy``:
    ``max(1, int(base * boost))``, as ``get_effective_limit`` computes it."""
    limit = RATE_POLICIES[policy].limit if base is None else base
    if policy in BOOST_EXEMPT_POLICIES:
        return limit
    return max(1, int(limit * boost))


def policies_for(
    method: str, path: str, query: Mapping[str, object] | None = None
) -> tuple[str, ...]:
    """The policies one request charges, in order (empty: not rate limited): its operation's,
    then the transcript policy for a conversation read with ``include_transcript``.

    ``path`` is the request path (``/v1/dev/user/memories/abc``); ``query`` its parameters.
    """
    operation_id = _operation_id(method.upper(), path)
    policy = OPERATION_POLICIES.get(operation_id or "")
    if policy is None:
        return ()
    flag = (query or {}).get("include_transcript")
    if operation_id in TRANSCRIPT_OPERATIONS and str(flag).lower() in _TRUE:
        return (policy, TRANSCRIPT_POLICY)
    return (policy,)


_TRUE = frozenset({"1", "on", "t", "true", "y", "yes"})


def _operation_id(method: str, path: str) -> str | None:
    for route_method, pattern, operation_id in _routes():
        if route_method == method and pattern.fullmatch(path):
            return operation_id
    return None


@cache
def _routes() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """(METHOD, path pattern, operationId) of every operation, literal segments first."""
    from ._spec import load_spec

    routes = []
    for template, item in load_spec()["paths"].items():
        parts = re.split(r"\{[^}]+\}", template)
        pattern = re.compile("[^/]+".join(re.escape(p) for p in parts))
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                routes.append((len(parts), method.upper(), pattern, op["operationId"]))
    routes.sort(key=lambda r: r[0])
    return tuple((m, p, o) for _, m, p, o in routes)


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
