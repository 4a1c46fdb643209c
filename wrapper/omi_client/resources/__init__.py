"""The resource classes (memories, conversations, ...), sync and async, by resource name.

They live in ``omi_client._async`` (written by hand) and ``omi_client._sync`` (generated from it
by tools/unasync.py); this module is where to import them from.
"""

from .._async.action_items import AsyncActionItems
from .._async.conversations import AsyncConversations
from .._async.folders import AsyncFolders
from .._async.goals import AsyncGoals
from .._async.keys import AsyncKeys
from .._async.memories import AsyncMemories
from .._sync.action_items import ActionItems
from .._sync.conversations import Conversations
from .._sync.folders import Folders
from .._sync.goals import Goals
from .._sync.keys import Keys
from .._sync.memories import Memories

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

__all__ = [
    "ASYNC_RESOURCES",
    "SYNC_RESOURCES",
    "ActionItems",
    "AsyncActionItems",
    "AsyncConversations",
    "AsyncFolders",
    "AsyncGoals",
    "AsyncKeys",
    "AsyncMemories",
    "Conversations",
    "Folders",
    "Goals",
    "Keys",
    "Memories",
]
