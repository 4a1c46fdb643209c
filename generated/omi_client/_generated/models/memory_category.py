from enum import StrEnum


class MemoryCategory(StrEnum):
    AUTO = "auto"
    CORE = "core"
    HABITS = "habits"
    HOBBIES = "hobbies"
    INTERESTING = "interesting"
    INTERESTS = "interests"
    LEARNINGS = "learnings"
    LIFESTYLE = "lifestyle"
    MANUAL = "manual"
    OTHER = "other"
    SKILLS = "skills"
    SYSTEM = "system"
    WORK = "work"
    WORKFLOW = "workflow"

    # omi-client: the public home of every model; pickles and reprs do not name the generated package.
    __module__ = "omi_client.models"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "MemoryCategory | None":
        # Forward compatibility (omi-client custom template): the server may send a value this
        # client predates. Keep it as a pseudo-member so parsing succeeds and it round-trips.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
