"""Every API operation the SDK exposes, declared once.

Each entry names the spec operation (operationId, method, path), the generated module that builds
and parses it, the generated request model, and how it may be retried. Resources refer to these
by operationId; tests/sdk/test_coverage.py checks the table against the spec.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from .limits import PAGE_CAPS

__all__ = ["OPERATIONS", "Operation"]


@dataclass(frozen=True, slots=True)
class Operation:
    operation_id: str
    method: str
    path: str
    module: str  # under omi_client._generated.api
    body_model: str | None = None  # class in omi_client._generated.models
    # Safe to replay after an ambiguous failure (read timeout, dropped connection, 500/502/504).
    replayable: bool = False
    # 409 means "the same idempotent request is still in flight": wait and ask again.
    retry_conflict: bool = False
    # A 404 after an ambiguous attempt means an earlier attempt already deleted it.
    gone_is_done: bool = False
    auth: Literal["api_key", "firebase"] = "api_key"
    # PATCH bodies: the server rejects an update that changes nothing (the spec does not say).
    needs_a_field: bool = False
    # Largest page the server honours (omi_client.limits.PAGE_CAPS); a bigger one is clamped.
    max_page_size: int | None = None


def _op(
    operation_id: str,
    method: str,
    path: str,
    module: str,
    body_model: str | None = None,
    **kw: Any,
) -> Operation:
    kw.setdefault("max_page_size", PAGE_CAPS.get(operation_id))
    return Operation(operation_id, method, path, module, body_model, **kw)


_U = "/v1/dev/user"
_READ: dict[str, Any] = {"replayable": True}
_UPDATE: dict[str, Any] = {"replayable": True, "needs_a_field": True}
_DELETE: dict[str, Any] = {"replayable": True, "gone_is_done": True}

OPERATIONS: dict[str, Operation] = {
    op.operation_id: op
    for op in (
        # Memories
        _op("listMemories", "GET", f"{_U}/memories", "memories.list_memories", **_READ),
        _op("createMemory", "POST", f"{_U}/memories", "memories.create_memory",
            "CreateMemoryRequest"),
        _op("createMemoriesBatch", "POST", f"{_U}/memories/batch",
            "memories.create_memories_batch", "BatchMemoriesRequest"),
        _op("updateMemory", "PATCH", f"{_U}/memories/{{memory_id}}", "memories.update_memory",
            "UpdateMemoryRequest", **_UPDATE),
        _op("deleteMemory", "DELETE", f"{_U}/memories/{{memory_id}}", "memories.delete_memory",
            **_DELETE),
        _op("searchMemoriesVector", "GET", f"{_U}/memories/vector/search",
            "memories.search_memories_vector", **_READ),
        # Conversations
        _op("listConversations", "GET", f"{_U}/conversations", "conversations.list_conversations",
            **_READ),
        _op("getConversation", "GET", f"{_U}/conversations/{{conversation_id}}",
            "conversations.get_conversation", **_READ),
        _op("createConversation", "POST", f"{_U}/conversations",
            "conversations.create_conversation", "CreateConversationRequest"),
        _op("createConversationFromSegments", "POST", f"{_U}/conversations/from-segments",
            "conversations.create_conversation_from_segments",
            "CreateConversationFromTranscriptRequest", replayable=True, retry_conflict=True),
        _op("updateConversation", "PATCH", f"{_U}/conversations/{{conversation_id}}",
            "conversations.update_conversation", "UpdateConversationRequest", **_UPDATE),
        _op("deleteConversation", "DELETE", f"{_U}/conversations/{{conversation_id}}",
            "conversations.delete_conversation", **_DELETE),
        _op("ask", "POST", f"{_U}/ask", "conversations.ask", "DeveloperAskRequest", **_READ),
        # Action items
        _op("listActionItems", "GET", f"{_U}/action-items", "action_items.list_action_items",
            **_READ),
        _op("createActionItem", "POST", f"{_U}/action-items", "action_items.create_action_item",
            "CreateActionItemRequest"),
        _op("createActionItemsBatch", "POST", f"{_U}/action-items/batch",
            "action_items.create_action_items_batch", "BatchActionItemsRequest"),
        _op("updateActionItem", "PATCH", f"{_U}/action-items/{{action_item_id}}",
            "action_items.update_action_item", "UpdateActionItemRequest", **_UPDATE),
        _op("deleteActionItem", "DELETE", f"{_U}/action-items/{{action_item_id}}",
            "action_items.delete_action_item", **_DELETE),
        # Goals
        _op("listGoals", "GET", f"{_U}/goals", "goals.list_goals", **_READ),
        _op("getGoal", "GET", f"{_U}/goals/{{goal_id}}", "goals.get_goal", **_READ),
        _op("createGoal", "POST", f"{_U}/goals", "goals.create_goal", "CreateGoalRequest"),
        _op("updateGoal", "PATCH", f"{_U}/goals/{{goal_id}}", "goals.update_goal",
            "UpdateGoalRequest", **_UPDATE),
        _op("updateGoalProgress", "PATCH", f"{_U}/goals/{{goal_id}}/progress",
            "goals.update_goal_progress", **_READ),
        _op("listGoalHistory", "GET", f"{_U}/goals/{{goal_id}}/history",
            "goals.list_goal_history", **_READ),
        _op("deleteGoal", "DELETE", f"{_U}/goals/{{goal_id}}", "goals.delete_goal", **_DELETE),
        # Folders
        _op("listFolders", "GET", f"{_U}/folders", "folders.list_folders", **_READ),
        # API keys (Firebase ID token, not a dev key)
        _op("listApiKeys", "GET", "/v1/dev/keys", "api_keys.list_api_keys", auth="firebase",
            **_READ),
        _op("createApiKey", "POST", "/v1/dev/keys", "api_keys.create_api_key", "DevApiKeyCreate",
            auth="firebase"),
        _op("revokeApiKey", "DELETE", "/v1/dev/keys/{key_id}", "api_keys.revoke_api_key",
            auth="firebase", **_DELETE),
    )
}  # fmt: skip
