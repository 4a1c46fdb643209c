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

    def __str__(self) -> str:
        return str(self.value)
