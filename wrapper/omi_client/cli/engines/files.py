"""Files that hold personal data (exports, import journals, export state): created 0600, and
made durable where a crash must not lose them.

Python's `open()` creates files 0666 minus the umask, typically world-readable; these are opened
with `os.open(..., 0o600)` instead. An existing file keeps the mode its owner gave it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, Any

PRIVATE = 0o600


def open_private(path: Path, mode: str) -> IO[Any]:
    """`open(path, mode)` for modes "ab", "wb", "a+b", "w" (text, UTF-8) creating a 0600 file."""
    flags = {
        "ab": os.O_WRONLY | os.O_APPEND | os.O_CREAT,
        "a+b": os.O_RDWR | os.O_APPEND | os.O_CREAT,
        "wb": os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
        "w": os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
    }[mode]
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0), PRIVATE)
    if mode == "w":
        return os.fdopen(fd, "w", encoding="utf-8")
    return os.fdopen(fd, mode)


def write_private(path: Path, data: bytes) -> None:
    with open_private(path, "wb") as fh:
        fh.write(data)


def make_private_dir(path: Path) -> None:
    """Create `path` (and parents) as 0700 if it does not exist."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)


def fsync_dir(directory: Path) -> None:
    """Make a rename or a new file in `directory` survive a power loss (best effort: some file
    systems cannot fsync a directory)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
