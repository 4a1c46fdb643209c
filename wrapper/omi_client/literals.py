"""The API's enumerated values as ``typing.Literal`` types, for signatures and your own code.

    from omi_client.literals import MemoryCategory

    def tag(category: MemoryCategory) -> None: ...

Each alias lists one enum of the vendored spec, in the spec's order (``SPEC_ENUMS`` maps the spec's
schema name to the alias; tests/sdk/test_literals.py fails when they disagree). Resource methods
also accept the generated enum members a response carries (``omi_client.models.MemoryCategory``),
so a value read from Omi can be written back. Responses may hold values newer than these.
Importing this module is free: it imports nothing else of the SDK.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

if TYPE_CHECKING:
    from ._generated.models import (
        CategoryEnum as _CategoryEnum,
        ConversationSource as _ConversationSource,
        ExternalIntegrationConversationSource as _TextSource,
        GoalType as _GoalType,
        MemoryCategory as _MemoryCategory,
    )

__all__ = [
    "SPEC_ENUMS",
    "ApiKeyScope",
    "ConversationCategory",
    "ConversationCategoryValue",
    "ConversationSource",
    "ConversationSourceValue",
    "GoalType",
    "GoalTypeValue",
    "MemoryCategory",
    "MemoryCategoryValue",
    "MemoryVisibility",
    "TextSource",
    "TextSourceValue",
]

#: A memory's category (spec schema ``MemoryCategory``).
MemoryCategory: TypeAlias = Literal[
    "interesting", "system", "manual", "workflow", "core", "hobbies", "lifestyle", "interests",
    "habits", "work", "skills", "learnings", "other", "auto",
]  # fmt: skip

#: A conversation's category (spec schema ``CategoryEnum``).
ConversationCategory: TypeAlias = Literal[
    "personal", "education", "health", "finance", "legal", "philosophy", "spiritual", "science",
    "entrepreneurship", "parenting", "romantic", "travel", "inspiration", "technology",
    "business", "social", "work", "sports", "politics", "literature", "history", "architecture",
    "music", "weather", "news", "entertainment", "psychology", "real", "design", "family",
    "economics", "environment", "other",
]  # fmt: skip

#: Where a transcript comes from (spec schema ``ConversationSource``).
ConversationSource: TypeAlias = Literal[
    "friend", "omi", "fieldy", "bee", "plaud", "frame", "friend_com", "apple_watch", "phone",
    "phone_call", "desktop", "openglass", "screenpipe", "workflow", "sdcard",
    "external_integration", "limitless", "rayban_meta", "onboarding", "unknown",
]  # fmt: skip

#: What kind of text a text conversation is (spec schema ``ExternalIntegrationConversationSource``).
TextSource: TypeAlias = Literal["audio_transcript", "message", "other_text"]

#: A goal's metric type (spec schema ``GoalType``).
GoalType: TypeAlias = Literal["boolean", "scale", "numeric"]

#: A memory's visibility. The spec types it as a plain string; the real server answers 422 to
#: anything else on update (after writing the content, resources.md MEM-13) and stores "private"
#: on create (MEM-10), so the SDK refuses other values.
MemoryVisibility: TypeAlias = Literal["public", "private"]

#: A developer API key scope. The spec lists them only in prose; these are the server's
#: ``AVAILABLE_SCOPES`` (backend/utils/scopes.py; shared-layers.md SCOPE-1).
ApiKeyScope: TypeAlias = Literal[
    "conversations:read", "conversations:write", "memories:read", "memories:write",
    "action_items:read", "action_items:write", "goals:read", "goals:write",
]  # fmt: skip

# What a parameter accepts: a literal, or the generated enum member a response carries.
MemoryCategoryValue: TypeAlias = "MemoryCategory | _MemoryCategory"
ConversationCategoryValue: TypeAlias = "ConversationCategory | _CategoryEnum"
ConversationSourceValue: TypeAlias = "ConversationSource | _ConversationSource"
TextSourceValue: TypeAlias = "TextSource | _TextSource"
GoalTypeValue: TypeAlias = "GoalType | _GoalType"

#: Spec schema name -> the Literal listing its enum.
SPEC_ENUMS: dict[str, object] = {
    "MemoryCategory": MemoryCategory,
    "CategoryEnum": ConversationCategory,
    "ConversationSource": ConversationSource,
    "ExternalIntegrationConversationSource": TextSource,
    "GoalType": GoalType,
}
