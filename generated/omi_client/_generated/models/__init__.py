"""Contains all the data models used in inputs/outputs"""

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
from .create_conversation_transcript_segment import CreateConversationTranscriptSegment
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
from .developer_memory_vector_search_response import DeveloperMemoryVectorSearchResponse
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
