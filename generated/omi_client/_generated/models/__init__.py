"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562): importing one endpoint module, or one model, does
not import every model (a one-shot `omi-client memories list` needs one of them).
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .batch_action_items_request import BatchActionItemsRequest
    from .batch_action_items_response import BatchActionItemsResponse
    from .batch_memories_request import BatchMemoriesRequest
    from .batch_memories_response import BatchMemoriesResponse
    from .category_enum import CategoryEnum
    from .conversation_create_response import ConversationCreateResponse
    from .conversation_source import ConversationSource
    from .create_action_item_request import CreateActionItemRequest
    from .create_conversation_from_transcript_request import (
        CreateConversationFromTranscriptRequest,
    )
    from .create_conversation_request import CreateConversationRequest
    from .create_conversation_transcript_segment import (
        CreateConversationTranscriptSegment,
    )
    from .create_goal_request import CreateGoalRequest
    from .create_memory_request import CreateMemoryRequest
    from .dev_api_key import DevApiKey
    from .dev_api_key_create import DevApiKeyCreate
    from .dev_api_key_created import DevApiKeyCreated
    from .developer_action_item import DeveloperActionItem
    from .developer_ask_request import DeveloperAskRequest
    from .developer_ask_response import DeveloperAskResponse
    from .developer_ask_source import DeveloperAskSource
    from .developer_conversation import DeveloperConversation
    from .developer_conversation_action_item import DeveloperConversationActionItem
    from .developer_conversation_event import DeveloperConversationEvent
    from .developer_conversation_structured import DeveloperConversationStructured
    from .developer_folder import DeveloperFolder
    from .developer_goal import DeveloperGoal
    from .developer_memory import DeveloperMemory
    from .developer_memory_vector_item import DeveloperMemoryVectorItem
    from .developer_memory_vector_policy import DeveloperMemoryVectorPolicy
    from .developer_memory_vector_search_response import (
        DeveloperMemoryVectorSearchResponse,
    )
    from .developer_success_response import DeveloperSuccessResponse
    from .developer_transcript_segment import DeveloperTranscriptSegment
    from .error_response import ErrorResponse
    from .error_response_detail_type_2 import ErrorResponseDetailType2
    from .external_integration_conversation_source import (
        ExternalIntegrationConversationSource,
    )
    from .geolocation import Geolocation
    from .geolocation_input import GeolocationInput
    from .goal_history_entry_response import GoalHistoryEntryResponse
    from .goal_metric import GoalMetric
    from .goal_type import GoalType
    from .http_validation_error import HTTPValidationError
    from .memory_category import MemoryCategory
    from .update_action_item_request import UpdateActionItemRequest
    from .update_conversation_request import UpdateConversationRequest
    from .update_goal_request import UpdateGoalRequest
    from .update_memory_request import UpdateMemoryRequest
    from .validation_error import ValidationError

_MODULES = {
    "BatchActionItemsRequest": ".batch_action_items_request",
    "BatchActionItemsResponse": ".batch_action_items_response",
    "BatchMemoriesRequest": ".batch_memories_request",
    "BatchMemoriesResponse": ".batch_memories_response",
    "CategoryEnum": ".category_enum",
    "ConversationCreateResponse": ".conversation_create_response",
    "ConversationSource": ".conversation_source",
    "CreateActionItemRequest": ".create_action_item_request",
    "CreateConversationFromTranscriptRequest": ".create_conversation_from_transcript_request",
    "CreateConversationRequest": ".create_conversation_request",
    "CreateConversationTranscriptSegment": ".create_conversation_transcript_segment",
    "CreateGoalRequest": ".create_goal_request",
    "CreateMemoryRequest": ".create_memory_request",
    "DevApiKey": ".dev_api_key",
    "DevApiKeyCreate": ".dev_api_key_create",
    "DevApiKeyCreated": ".dev_api_key_created",
    "DeveloperActionItem": ".developer_action_item",
    "DeveloperAskRequest": ".developer_ask_request",
    "DeveloperAskResponse": ".developer_ask_response",
    "DeveloperAskSource": ".developer_ask_source",
    "DeveloperConversation": ".developer_conversation",
    "DeveloperConversationActionItem": ".developer_conversation_action_item",
    "DeveloperConversationEvent": ".developer_conversation_event",
    "DeveloperConversationStructured": ".developer_conversation_structured",
    "DeveloperFolder": ".developer_folder",
    "DeveloperGoal": ".developer_goal",
    "DeveloperMemory": ".developer_memory",
    "DeveloperMemoryVectorItem": ".developer_memory_vector_item",
    "DeveloperMemoryVectorPolicy": ".developer_memory_vector_policy",
    "DeveloperMemoryVectorSearchResponse": ".developer_memory_vector_search_response",
    "DeveloperSuccessResponse": ".developer_success_response",
    "DeveloperTranscriptSegment": ".developer_transcript_segment",
    "ErrorResponse": ".error_response",
    "ErrorResponseDetailType2": ".error_response_detail_type_2",
    "ExternalIntegrationConversationSource": ".external_integration_conversation_source",
    "Geolocation": ".geolocation",
    "GeolocationInput": ".geolocation_input",
    "GoalHistoryEntryResponse": ".goal_history_entry_response",
    "GoalMetric": ".goal_metric",
    "GoalType": ".goal_type",
    "HTTPValidationError": ".http_validation_error",
    "MemoryCategory": ".memory_category",
    "UpdateActionItemRequest": ".update_action_item_request",
    "UpdateConversationRequest": ".update_conversation_request",
    "UpdateGoalRequest": ".update_goal_request",
    "UpdateMemoryRequest": ".update_memory_request",
    "ValidationError": ".validation_error",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "BatchActionItemsRequest",
    "BatchActionItemsResponse",
    "BatchMemoriesRequest",
    "BatchMemoriesResponse",
    "CategoryEnum",
    "ConversationCreateResponse",
    "ConversationSource",
    "CreateActionItemRequest",
    "CreateConversationFromTranscriptRequest",
    "CreateConversationRequest",
    "CreateConversationTranscriptSegment",
    "CreateGoalRequest",
    "CreateMemoryRequest",
    "DevApiKey",
    "DevApiKeyCreate",
    "DevApiKeyCreated",
    "DeveloperActionItem",
    "DeveloperAskRequest",
    "DeveloperAskResponse",
    "DeveloperAskSource",
    "DeveloperConversation",
    "DeveloperConversationActionItem",
    "DeveloperConversationEvent",
    "DeveloperConversationStructured",
    "DeveloperFolder",
    "DeveloperGoal",
    "DeveloperMemory",
    "DeveloperMemoryVectorItem",
    "DeveloperMemoryVectorPolicy",
    "DeveloperMemoryVectorSearchResponse",
    "DeveloperSuccessResponse",
    "DeveloperTranscriptSegment",
    "ErrorResponse",
    "ErrorResponseDetailType2",
    "ExternalIntegrationConversationSource",
    "Geolocation",
    "GeolocationInput",
    "GoalHistoryEntryResponse",
    "GoalMetric",
    "GoalType",
    "HTTPValidationError",
    "MemoryCategory",
    "UpdateActionItemRequest",
    "UpdateConversationRequest",
    "UpdateGoalRequest",
    "UpdateMemoryRequest",
    "ValidationError",
)
