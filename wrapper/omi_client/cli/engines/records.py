"""Reading an import file: once, whatever it is (a file, a pipe, `<(...)`, a FIFO, `-`), and
every line checked before anything is sent.

The input is read into memory in one pass and never opened again, so a pipe is not drained by a
first read and then hashed as empty. The import is identified by a hash of what was parsed (the
request bodies, in order), not of the bytes, so a copy with other line endings or a byte-order
mark is recognised as the same import. Each line passes the SDK's own pre-send checks
(`omi_client.validate_request`, via kinds.py), so nothing the client would refuse or could not
encode (a lone surrogate, a number beyond float range) surfaces only after batches were created.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from .importer import Record


@dataclass
class Skipped:
    """A line that is valid but deliberately not sent (e.g. a locked memory's preview)."""

    line: int
    reason: str


@dataclass
class ParsedInput:
    records: list[Record]
    problems: list[tuple[int, str]]  # (line number, what is wrong)
    skipped: list[Skipped]
    notes: list[str]  # what the conversion could not keep (reported, not silently dropped)
    digest: str  # sha256 of the parsed bodies: the import's identity


# Turns one parsed JSON value into a request body; raises ValueError for a bad line, returns a
# Skipped reason (str) for a line to leave out. `notes` collects what could not be kept.
Convert = Callable[[Any, list[str]], "dict[str, Any] | str"]


def read_bytes(path: Path) -> bytes:
    """All of `path` in one read: a regular file, a pipe or FIFO, /dev/stdin, or `-`."""
    if str(path) == "-":
        stream: BinaryIO = sys.stdin.buffer
        return stream.read()
    with path.open("rb") as fh:
        return fh.read()


def parse(data: bytes, convert: Convert, key_of: Callable[[dict[str, Any]], str]) -> ParsedInput:
    """Parse and check every line of `data` (JSON Lines)."""
    records: list[Record] = []
    problems: list[tuple[int, str]] = []
    skipped: list[Skipped] = []
    notes: list[str] = []
    digest = hashlib.sha256()
    for number, raw in enumerate(data.splitlines(), start=1):
        try:
            text = raw.decode("utf-8-sig" if number == 1 else "utf-8").strip()
        except UnicodeDecodeError:
            problems.append((number, "not valid UTF-8"))
            continue
        if not text:
            continue
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            problems.append((number, f"not valid JSON ({exc.msg} at column {exc.colno})"))
            continue
        except RecursionError:
            problems.append((number, "nested too deeply"))
            continue
        except ValueError as exc:  # e.g. an integer with more digits than Python will parse
            problems.append((number, f"not valid JSON ({exc})"))
            continue
        try:
            converted = convert(value, notes)
            if isinstance(converted, str):
                skipped.append(Skipped(number, converted))
                continue
        except ValueError as exc:
            problems.append((number, str(exc)))
            continue
        except RecursionError:
            problems.append((number, "nested too deeply"))
            continue
        canonical = json.dumps(converted, sort_keys=True, ensure_ascii=False)
        digest.update(canonical.encode("utf-8") + b"\n")
        records.append(Record(number, converted, key_of(converted)))
    return ParsedInput(records, problems, skipped, notes, digest.hexdigest())
