from enum import StrEnum


class ExternalIntegrationConversationSource(StrEnum):
    AUDIO_TRANSCRIPT = "audio_transcript"
    MESSAGE = "message"
    OTHER_TEXT = "other_text"

    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ExternalIntegrationConversationSource | None":
        # Forward compatibility (omi-client custom template): the server may send a value this
        # client predates. Keep it as a pseudo-member so parsing succeeds and it round-trips.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
