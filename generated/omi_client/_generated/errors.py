"""Contains shared errors types that can be raised from API functions"""

from collections.abc import Callable
from typing import Any


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class ResponseParseError(ValueError):
    """A response body that does not match the spec: not JSON, or a field missing or of the wrong type.

    ``path`` locates the offending value from the top of the body (e.g. ``[3].structured.title``);
    ``reason`` says what was wrong with it. The message never contains a container's contents, so it
    stays short and cannot recurse, whatever the server sent.
    """

    def __init__(self, reason: str, path: tuple[str | int, ...] = ()) -> None:
        self.reason = reason
        self.path = path
        super().__init__(f"{self.where}: {reason}" if path else reason)

    @property
    def where(self) -> str:
        """The path as text: ``memories[3].tags``."""
        out = ""
        for part in self.path:
            out += (
                f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
            )
        return out

    def inside_path(self, *parts: str | int) -> "ResponseParseError":
        """The same error, seen from further up (field names and list indices to prepend)."""
        return ResponseParseError(self.reason, (*parts, *self.path))

    @classmethod
    def wrong_type(
        cls, expected: str, value: object, *path: str | int
    ) -> "ResponseParseError":
        """A value that is missing (``value is MISSING``) or is not ``expected``."""
        from .types import MISSING

        if value is MISSING:
            return cls("required field is missing", path)
        return cls(f"expected {expected}, got {_describe(value)}", path)

    @classmethod
    def in_list(
        cls,
        parse: Callable[[Any], object],
        items: list[Any],
        error: "ResponseParseError",
    ) -> "ResponseParseError":
        """``error`` with the index of the first item that fails ``parse`` (runs on the error path only)."""
        for index, item in enumerate(items):
            try:
                parse(item)
            except ResponseParseError as found:
                return found.inside_path(index)
        return error


def _describe(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, (bool, int, float)):
        return f"{type(value).__name__} {value!r}"[:60]
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:40] + "..."
        return f"str {shown!r}"
    return {list: "an array", dict: "an object"}.get(type(value), type(value).__name__)


__all__ = ["ResponseParseError", "UnexpectedStatus"]
