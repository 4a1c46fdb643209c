from enum import StrEnum


class ExternalIntegrationConversationSource(StrEnum):
    AUDIO_TRANSCRIPT = "audio_transcript"
    MESSAGE = "message"
    OTHER_TEXT = "other_text"

    def __str__(self) -> str:
        return str(self.value)
