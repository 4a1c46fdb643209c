"""Output: JSON for machines (--json), rich tables and sections for people.

Tables keep one record per line, so ids can be copied and grepped even at 80 columns or when
piped: id and timestamp columns never fold or shrink; text columns are cut with … to fit; when
even that does not fit, the least important columns are left out (`--wide` shows everything at
full width, `--json` everything as data). Timestamps show to the second, in UTC.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# Columns per kind of list, most important first (dotted paths reach into nested objects).
COLUMNS: dict[str, list[str]] = {
    "memories": ["id", "content", "category", "created_at", "tags"],
    "conversations": ["id", "structured.title", "started_at", "structured.category", "source"],
    "action_items": ["id", "description", "completed", "due_at"],
    "goals": ["id", "title", "current_value", "target_value", "unit", "status"],
    "folders": ["id", "name", "conversation_count", "description"],
    "keys": ["id", "name", "scopes", "key_prefix", "created_at", "last_used_at"],
    "history": ["date", "value", "recorded_at"],
    "search": ["id", "content", "relevance_score", "category"],
}
# Free text: takes the room that is left and is cut with … (never folded onto more lines).
TEXT = {"content", "description", "structured.title", "title", "name"}
MIN_TEXT = 12  # a text column narrower than this is left out instead
WIDE_WIDTH = 100_000
_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d")


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


def timestamp(text: str) -> str:
    """`2026-01-02T03:04:05.123456+00:00` -> `2026-01-02 03:04:05Z` (UTC, to the second)."""
    try:
        parsed = _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(_dt.UTC)
        return parsed.strftime("%Y-%m-%d %H:%M:%SZ")
    return parsed.strftime("%Y-%m-%d %H:%M:%S")


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(cell(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    text = str(value)
    if _TIMESTAMP.match(text):
        return timestamp(text)
    return " ".join(text.split())  # one line per record: no newlines or tabs inside a cell


def _get(item: Any, path: str) -> Any:
    for part in path.split("."):
        if not isinstance(item, Mapping):
            return None
        item = item.get(part)
    return item


def show(data: Any, kind: str, *, json_output: bool, wide: bool = False) -> None:
    value = jsonable(data)
    if json_output:
        sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
        return
    from rich.console import Console

    # --wide: as wide as the content needs, whatever the terminal (lines may run past its edge).
    console = Console(highlight=False, width=WIDE_WIDTH if wide else None)
    if isinstance(value, dict):
        listed = _list_in(value, kind)
        if listed is not None:
            value = listed
    if isinstance(value, list):
        _table(console, value, COLUMNS.get(kind) or _columns_of(value), wide)
        console.print(f"[dim]{len(value)} item{'s' * (len(value) != 1)}[/dim]")
    elif isinstance(value, dict):
        from .sections import render_record

        render_record(console, value, wide=wide)
    else:
        console.print(cell(value), markup=False)


@dataclass
class _Column:
    path: str
    cells: list[str]

    @property
    def header(self) -> str:
        return self.path.split(".")[-1]

    @property
    def natural(self) -> int:
        return max([len(self.header), *(len(c) for c in self.cells)])

    @property
    def text(self) -> bool:
        return self.path in TEXT


GAP = 2  # characters between two columns (one of padding, one of the box's divider)


def _fit(columns: list[_Column], width: int) -> list[_Column]:
    """Leave out the least important columns until the fixed ones plus MIN_TEXT per text
    column fit in `width` (the id column always stays)."""
    chosen = list(columns)
    while len(chosen) > 1:
        need = sum(min(c.natural, MIN_TEXT) if c.text else c.natural for c in chosen)
        if need + GAP * (len(chosen) - 1) <= width:
            break
        chosen.pop()
    return chosen


def _widths(columns: list[_Column], width: int) -> list[int]:
    """Fixed columns at their natural width; text columns share the rest, the first (the
    record's main text) with three times the weight of the others."""
    widths = [c.natural for c in columns]
    text = [i for i, c in enumerate(columns) if c.text]
    room = width - GAP * (len(columns) - 1) - sum(w for i, w in enumerate(widths) if i not in text)
    weights = {i: 3 if n == 0 else 1 for n, i in enumerate(text)}
    pending = set(text)
    while pending:  # columns that need less than their share give the rest back
        total = sum(weights[i] for i in pending)
        share = {i: max(MIN_TEXT, room * weights[i] // total) for i in pending}
        small = {i for i in pending if columns[i].natural <= share[i]}
        if not small:
            for i in pending:
                widths[i] = share[i]
            break
        for i in small:
            widths[i] = columns[i].natural
            room -= widths[i]
        pending -= small
    return widths


def _table(console: Any, items: list[Any], paths: list[str], wide: bool) -> None:
    from rich import box
    from rich.table import Table

    columns = [_Column(p, [cell(_get(item, p)) for item in items]) for p in paths]
    shown = columns if wide else _fit(columns, console.width)
    widths = [c.natural for c in shown] if wide else _widths(shown, console.width)
    table = Table(
        box=box.SIMPLE_HEAD,
        header_style="bold",
        pad_edge=False,
        padding=(0, 1, 0, 0),
        show_edge=False,
        collapse_padding=True,
    )
    for column, size in zip(shown, widths, strict=True):
        # Ids, timestamps, numbers are never cut (their width is their natural width); text is
        # cut with … to its share. Nothing folds onto a second line.
        table.add_column(column.header, no_wrap=True, overflow="ellipsis", width=size)
    for row in range(len(items)):
        table.add_row(*(c.cells[row] for c in shown))
    console.print(table, crop=not wide)
    if len(shown) < len(columns):
        left_out = ", ".join(c.header for c in columns[len(shown) :])
        console.print(f"[dim](not shown at this width: {left_out}; --wide or --json)[/dim]")


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
    if "id" in names:
        names.remove("id")
        names.insert(0, "id")
    return names[:6]
