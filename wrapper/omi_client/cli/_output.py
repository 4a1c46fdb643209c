"""Output: JSON for machines (--json), rich tables for people."""

from __future__ import annotations

import datetime as _dt
import enum
import json
import sys
from collections.abc import Mapping
from typing import Any

# Columns shown per kind of list (dotted paths reach into nested objects).
COLUMNS: dict[str, list[str]] = {
    "memories": ["id", "category", "content", "tags", "created_at"],
    "conversations": ["id", "started_at", "structured.title", "structured.category", "source"],
    "action_items": ["id", "completed", "due_at", "description"],
    "goals": ["id", "title", "current_value", "target_value", "unit", "status"],
    "folders": ["id", "name", "conversation_count", "description"],
    "keys": ["id", "name", "key_prefix", "scopes", "created_at", "last_used_at"],
    "history": ["date", "value", "recorded_at"],
    "search": ["id", "relevance_score", "category", "content"],
}
WIDE = {"content", "description", "structured.title", "title"}


def jsonable(value: Any) -> Any:
    """SDK models, datetimes and enums as plain JSON values."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, _dt.datetime | _dt.date):
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return jsonable(to_dict())
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    items = getattr(value, "__dict__", None)
    if isinstance(items, dict):
        return {k: jsonable(v) for k, v in items.items() if not k.startswith("_")}
    return str(value)


def _get(item: Any, path: str) -> Any:
    for part in path.split("."):
        if not isinstance(item, Mapping):
            return None
        item = item.get(part)
    return item


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def show(data: Any, kind: str, *, json_output: bool) -> None:
    value = jsonable(data)
    if json_output:
        sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if isinstance(value, dict):
        listed = _list_in(value, kind)
        if listed is not None:
            value = listed
    if isinstance(value, list):
        columns = COLUMNS.get(kind) or _columns_of(value)
        table = Table(show_lines=False, header_style="bold")
        for name in columns:
            table.add_column(
                name.split(".")[-1], overflow="fold", ratio=3 if name in WIDE else None
            )
        for item in value:
            table.add_row(*(_cell(_get(item, c)) for c in columns))
        console.print(table)
        console.print(f"[dim]{len(value)} item{'s' * (len(value) != 1)}[/dim]")
        return
    if isinstance(value, dict):
        table = Table(show_header=False, box=None)
        table.add_column(style="bold")
        table.add_column(overflow="fold")
        for key, item in value.items():
            if key == "transcript_segments" and isinstance(item, list):
                text = "\n".join(f"{seg.get('speaker', '')}: {seg.get('text', '')}" for seg in item)
                table.add_row(key, text)
            elif isinstance(item, dict | list) and item and not _flat_list(item):
                table.add_row(key, json.dumps(item, ensure_ascii=False, indent=1))
            else:
                table.add_row(key, _cell(item))
        console.print(table)
        return
    console.print(_cell(value))


def _flat_list(item: Any) -> bool:
    return isinstance(item, list) and all(not isinstance(v, dict | list) for v in item)


def _list_in(value: dict[str, Any], kind: str) -> list[Any] | None:
    """Search results and similar wrappers hold the list in a field."""
    for key in ("memories", "results", "items", "history"):
        if isinstance(value.get(key), list) and kind in ("search", "history"):
            inner: list[Any] = value[key]
            return inner
    return None


def _columns_of(items: list[Any]) -> list[str]:
    names: list[str] = []
    for item in items[:20]:
        if isinstance(item, Mapping):
            names.extend(k for k in item if k not in names and not isinstance(item[k], dict))
    return names[:6]
