"""One record (a `get`, `create` or `update` result) as readable sections, not a JSON dump.

Plain fields first as `name  value` lines; then each nested object as its own titled section
(`structured`, `metric`, `geolocation`), and lists of objects as numbered entries, with a
transcript shown as `speaker: text` lines.
"""

from __future__ import annotations

from typing import Any

from .output import cell


def _is_plain(value: Any) -> bool:
    if isinstance(value, dict):
        return not value
    if isinstance(value, list):
        return all(not isinstance(v, dict | list) for v in value)
    return True


def _pairs(console: Any, record: dict[str, Any], wide: bool, indent: int) -> None:
    from rich.table import Table

    plain = sorted(
        ((k, v) for k, v in record.items() if _is_plain(v)), key=lambda kv: kv[0] != "id"
    )  # the id first: it is what the next command needs
    if not plain:
        return
    grid = Table.grid(padding=(0, 2), pad_edge=False)
    grid.add_column(style="bold", no_wrap=True)
    # Long values (content, overview) wrap at word boundaries; ids and timestamps fit anyway.
    grid.add_column(overflow="fold" if not wide else "ignore")
    for key, value in plain:
        grid.add_row(key, cell(value) if not isinstance(value, str) else _text(value))
    if indent:
        from rich.padding import Padding

        console.print(Padding(grid, (0, 0, 0, indent)))
    else:
        console.print(grid)


def _text(value: str) -> str:
    return cell(value) if "\n" not in value else value


def _segment_line(segment: dict[str, Any]) -> str:
    speaker = segment.get("speaker_name") or segment.get("speaker")
    if speaker is None and segment.get("speaker_id") is not None:
        speaker = f"Speaker {segment['speaker_id']}"
    start = segment.get("start")
    at = f"[{start:>7.1f}s] " if isinstance(start, int | float) else ""
    return f"{at}{speaker or '?'}: {segment.get('text', '')}"


def render_record(console: Any, record: dict[str, Any], *, wide: bool, indent: int = 0) -> None:
    from rich.padding import Padding
    from rich.text import Text

    _pairs(console, record, wide, indent)
    for key, value in record.items():
        if _is_plain(value):
            continue
        console.print()
        console.print(Padding(Text(key, style="bold underline"), (0, 0, 0, indent)))
        if isinstance(value, dict):
            render_record(console, value, wide=wide, indent=indent + 2)
        elif key == "transcript_segments":
            for segment in value:
                line = _segment_line(segment) if isinstance(segment, dict) else cell(segment)
                console.print(Padding(Text(line), (0, 0, 0, indent + 2)))
        else:
            for number, entry in enumerate(value, start=1):
                console.print(Padding(Text(f"#{number}", style="dim"), (0, 0, 0, indent + 2)))
                if isinstance(entry, dict):
                    render_record(console, entry, wide=wide, indent=indent + 4)
                else:
                    console.print(Padding(Text(cell(entry)), (0, 0, 0, indent + 4)))
