"""Which imports this account has already received, by content, whatever the journal path.

A journal makes one import resumable; it cannot notice the same records imported again from a
copy of the file or with another `--journal`. So every import is also recorded here, under a hash
of (server URL, API key, kind, parsed-records digest): the key itself is never stored. A second
import of the same records into the same account is refused unless `--restart` says so.

The registry lives in the user's state directory (`$OMI_CLI_STATE_DIR`, else
`$XDG_STATE_HOME/omi-client`, else `~/.local/state/omi-client`), 0700, one 0600 file per import.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from .files import make_private_dir, open_private


def state_dir() -> Path:
    explicit = os.environ.get("OMI_CLI_STATE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "omi-client"


def account_of(base_url: str, api_key: str) -> str:
    """An opaque name for (server, key): enough to tell accounts apart, useless as a key."""
    return hashlib.sha256(f"omi-client-account\0{base_url}\0{api_key}".encode()).hexdigest()[:32]


@dataclass
class PastImport:
    journal: Path
    records: int


class Registry:
    def __init__(self, directory: Path | None = None) -> None:
        self.directory = (directory or state_dir()) / "imports"

    def _path(self, account: str, kind: str, digest: str) -> Path:
        name = hashlib.sha256(f"{account}\0{kind}\0{digest}".encode()).hexdigest()[:40]
        return self.directory / f"{name}.json"

    def lookup(self, account: str, kind: str, digest: str) -> PastImport | None:
        try:
            raw = json.loads(self._path(account, kind, digest).read_text(encoding="utf-8"))
            return PastImport(Path(raw["journal"]), int(raw["records"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def record(self, account: str, kind: str, digest: str, journal: Path, records: int) -> None:
        make_private_dir(self.directory)
        path = self._path(account, kind, digest)
        tmp = path.with_name(path.name + ".tmp")
        doc = {"kind": kind, "digest": digest, "journal": str(journal), "records": records}
        with open_private(tmp, "w") as fh:
            json.dump(doc, fh)
        os.replace(tmp, path)

    def journal_dir(self) -> Path:
        """Where journals of inputs that are not regular files (pipes, FIFOs) go."""
        path = self.directory.parent / "journals"
        make_private_dir(path)
        return path
