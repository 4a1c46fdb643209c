"""Where a vendored spec came from: the record in spec/PROVENANCE.json, written and checked here.

tools/sync_spec.py writes it with every spec it vendors; tests/test_foundation.py checks the
vendored spec against it (the same `problems` function), so the check needs nothing outside the
repository. A record:

    {"file": "spec/openapi.json", "sha256": ..., "bytes": ..., "operations": 29,
     "source": {"repository": "BasedHardware/omi", "path": "docs/api-reference/openapi.json",
                "commit": "<40 hex>", "committed_at": "2026-05-04" or null, "url": <raw URL at
                that commit>, "licence": "MIT"},
     "synced_at": "2026-11-25"}
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

RAW = "https://raw.githubusercontent.com"
COMMIT_RE = re.compile(r"[0-9a-f]{40}")
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
FIX = (
    "spec/openapi.json is vendored byte-for-byte and never edited: change it only with "
    "`make sync-spec SPEC=<file or URL> [COMMIT=<upstream commit>]`, which rewrites this "
    "record too (or `git checkout spec/` to undo a hand edit)."
)


def operations(doc: dict[str, Any]) -> int:
    return sum(1 for item in doc.get("paths", {}).values() for m in item if m in METHODS)


def raw_url(repository: str, commit: str, path: str) -> str:
    return f"{RAW}/{repository}/{commit}/{path}"


def record(
    data: bytes,
    *,
    file: str,
    source: dict[str, Any],
    synced_at: str,
) -> dict[str, Any]:
    """The provenance record of `data` (the spec's exact bytes)."""
    doc = json.loads(data)
    return {
        "file": file,
        "sha256": hashlib.sha256(data).hexdigest(),
        "bytes": len(data),
        "operations": operations(doc),
        "source": source,
        "synced_at": synced_at,
    }


def problems(data: bytes, rec: dict[str, Any]) -> list[str]:
    """How `data` disagrees with its record, each with what to do (empty: they agree)."""
    found = []
    sha = hashlib.sha256(data).hexdigest()
    if sha != rec.get("sha256"):
        found.append(f"sha256 is {sha}, the record says {rec.get('sha256')}")
    if len(data) != rec.get("bytes"):
        found.append(f"it has {len(data)} bytes, the record says {rec.get('bytes')}")
    try:
        ops = operations(json.loads(data))
    except ValueError as exc:
        found.append(f"it is not JSON ({exc})")
    else:
        if ops != rec.get("operations"):
            found.append(f"it has {ops} operations, the record says {rec.get('operations')}")
    source = rec.get("source") or {}
    commit = source.get("commit")
    if commit is not None and not COMMIT_RE.fullmatch(str(commit)):
        found.append(f"source.commit {commit!r} is not a full 40-hex commit id")
    if commit and source.get("repository") and source.get("path"):
        want = raw_url(source["repository"], commit, source["path"])
        if source.get("url") != want:
            found.append(f"source.url should be {want} (repository, commit and path say so)")
    if not (commit or source.get("url")):
        found.append("the record names no source (url or repository + path + commit)")
    return [f"{p}. {FIX}" for p in found]


def load(path: Path) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return value


def save(path: Path, rec: dict[str, Any]) -> None:
    path.write_text(json.dumps(rec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
