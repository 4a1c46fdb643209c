from enum import StrEnum


class ConversationSource(StrEnum):
    APPLE_WATCH = "apple_watch"
    BEE = "bee"
    DESKTOP = "desktop"
    EXTERNAL_INTEGRATION = "external_integration"
    FIELDY = "fieldy"
    FRAME = "frame"
    FRIEND = "friend"
    FRIEND_COM = "friend_com"
    LIMITLESS = "limitless"
    OMI = "omi"
    ONBOARDING = "onboarding"
    OPENGLASS = "openglass"
    PHONE = "phone"
    PHONE_CALL = "phone_call"
    PLAUD = "plaud"
    RAYBAN_META = "rayban_meta"
    SCREENPIPE = "screenpipe"
    SDCARD = "sdcard"
    UNKNOWN = "unknown"
    WORKFLOW = "workflow"

    def __str__(self) -> str:
        return str(self.value)
