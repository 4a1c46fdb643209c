from enum import StrEnum


class GoalType(StrEnum):
    BOOLEAN = "boolean"
    NUMERIC = "numeric"
    SCALE = "scale"

    def __str__(self) -> str:
        return str(self.value)
