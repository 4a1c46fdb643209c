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

    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ConversationSource | None":
        # Forward compatibility (omi-client custom template): the server may send a value this
        # client predates. Keep it as a pseudo-member so parsing succeeds and it round-trips.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
