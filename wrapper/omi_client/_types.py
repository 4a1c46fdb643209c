"""Small shared types: the NOT_GIVEN sentinel (absent vs explicit None) and input aliases."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Final, TypeAlias

__all__ = ["NOT_GIVEN", "DateTimeLike", "JSONDict", "NotGiven", "given"]


class NotGiven:
    """Marks an argument the caller left out, so ``None`` can mean an explicit JSON null."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

DateTimeLike: TypeAlias = datetime.datetime | str
JSONDict: TypeAlias = Mapping[str, Any]


def given(**values: Any) -> dict[str, Any]:
    """The keyword arguments the caller actually passed."""
    return {k: v for k, v in values.items() if v is not NOT_GIVEN}
