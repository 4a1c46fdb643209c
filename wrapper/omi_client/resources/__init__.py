"""Resource classes: thin declarations of the API's operations, grouped as users think of them."""

from .action_items import ActionItems, AsyncActionItems
from .conversations import AsyncConversations, Conversations
from .folders import AsyncFolders, Folders
from .goals import AsyncGoals, Goals
from .keys import AsyncKeys, Keys
from .memories import AsyncMemories, Memories

SYNC_RESOURCES = {
    "memories": Memories,
    "conversations": Conversations,
    "action_items": ActionItems,
    "goals": Goals,
    "folders": Folders,
    "keys": Keys,
}
ASYNC_RESOURCES = {
    "memories": AsyncMemories,
    "conversations": AsyncConversations,
    "action_items": AsyncActionItems,
    "goals": AsyncGoals,
    "folders": AsyncFolders,
    "keys": AsyncKeys,
}

__all__ = ["ASYNC_RESOURCES", "SYNC_RESOURCES"]
