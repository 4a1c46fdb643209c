"""Replace spec/openapi.json with a new upstream copy and record where it came from.

Usage: sync_spec.py SOURCE [--commit SHA] [--repository OWNER/NAME] [--path PATH]
                           [--committed-at DATE]

SOURCE is a file or an http(s) URL. A raw GitHub URL on a branch
(https://raw.githubusercontent.com/OWNER/NAME/main/PATH) is pinned first: the branch's latest
commit of PATH is looked up (GitHub's API, $GITHUB_TOKEN if set) and the file is fetched at that
commit, so the bytes and the recorded commit always match. A file needs --commit to say which
upstream commit it is (repository and path default to the current record's).

The file is written byte-for-byte as received; it must parse as an OpenAPI 3.1 document.
spec/PROVENANCE.json is rewritten (source, commit, date, sha256; see spec_provenance.py). The
previous spec and record are kept in .tools/, and the change report for client users
(tools/spec_diff.py) is printed, so breaking changes are seen before the regenerated code is.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import re
import sys
from pathlib import Path
from typing import Any

import httpx
import spec_provenance  # beside this file
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.json"
RECORD = ROOT / "spec" / "PROVENANCE.json"
PREVIOUS = ROOT / ".tools" / "openapi.previous.json"
PREVIOUS_RECORD = ROOT / ".tools" / "PROVENANCE.previous.json"
# Where GitHub is (overridable for mirrors and for the offline rehearsal in tests/rehearsal).
API = os.environ.get("OMI_SYNC_GITHUB_API", "https://api.github.com").rstrip("/")
RAW = os.environ.get("OMI_SYNC_GITHUB_RAW", spec_provenance.RAW).rstrip("/")


class SyncError(Exception):
    """A sync that cannot go on; the message says what to do."""


def _get(url: str, **headers: str) -> httpx.Response:
    token = os.environ.get("GITHUB_TOKEN")
    if token and url.startswith(API):
        headers["Authorization"] = f"Bearer {token}"
    try:
        resp = httpx.get(url, timeout=30.0, follow_redirects=True, headers=headers)
        resp.raise_for_status()
    except httpx.HTTPError as exc:
        raise SyncError(f"cannot fetch {url}: {exc}") from None
    return resp


def _github_parts(url: str) -> tuple[str, str, str] | None:
    """(OWNER/NAME, ref, path) of a raw GitHub URL, else None."""
    match = re.fullmatch(re.escape(RAW) + r"/([^/]+/[^/]+)/([^/]+)/(.+)", url)
    return (match.group(1), match.group(2), match.group(3)) if match else None


def _latest_commit(repository: str, ref: str, path: str) -> tuple[str, str | None]:
    """The newest commit on `ref` that changed `path`, and its date."""
    url = f"{API}/repos/{repository}/commits?sha={ref}&path={path}&per_page=1"
    commits = _get(url, Accept="application/vnd.github+json").json()
    if not commits:
        raise SyncError(f"{repository} has no commit of {path} on {ref}")
    date = (commits[0].get("commit", {}).get("committer") or {}).get("date")
    return commits[0]["sha"], date[:10] if date else None


def fetch(args: argparse.Namespace, current: dict[str, Any]) -> tuple[bytes, dict[str, Any]]:
    """The new spec's bytes and the record's `source`."""
    committed_at = args.committed_at
    if args.source.startswith(("http://", "https://")):
        parts = _github_parts(args.source)
        if parts is None:  # some other server: record the URL as it is
            data = _get(args.source).content
            return data, {"url": args.source, "commit": args.commit, "committed_at": committed_at}
        repository, ref, path = parts
        commit = args.commit
        if commit is None and spec_provenance.COMMIT_RE.fullmatch(ref):
            commit = ref
        if commit is None:
            commit, committed_at = _latest_commit(repository, ref, path)
            print(f"{repository} {ref}: latest commit of {path} is {commit}")
        data = _get(f"{RAW}/{repository}/{commit}/{path}").content
    else:
        data = Path(args.source).read_bytes()
        if args.commit is None:
            raise SyncError(
                f"{args.source} is a file: say which upstream commit it is with --commit SHA "
                "(make sync-spec SPEC=... COMMIT=...), so spec/PROVENANCE.json can record it"
            )
        old = current.get("source") or {}
        repository = args.repository or old.get("repository")
        path = args.path or old.get("path")
        commit = args.commit
        if not (repository and path):
            raise SyncError("give --repository OWNER/NAME and --path PATH of the upstream file")
    if not spec_provenance.COMMIT_RE.fullmatch(commit):
        raise SyncError(f"--commit must be a full 40-hex commit id, not {commit!r}")
    source = {
        "repository": args.repository or repository,
        "path": args.path or path,
        "commit": commit,
        "committed_at": committed_at,
        "url": spec_provenance.raw_url(args.repository or repository, commit, args.path or path),
        "licence": "MIT",
    }
    return data, source


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", help="file or http(s) URL of the new spec")
    parser.add_argument("--commit", help="upstream commit the file is at (40 hex)")
    parser.add_argument("--repository", help="upstream OWNER/NAME (default: the record's)")
    parser.add_argument("--path", help="path of the spec upstream (default: the record's)")
    parser.add_argument("--committed-at", help="date of that commit, YYYY-MM-DD")
    args = parser.parse_args(argv)
    current = spec_provenance.load(RECORD) if RECORD.exists() else {}
    try:
        data, source = fetch(args, current)
    except SyncError as exc:
        print(f"sync-spec: {exc}", file=sys.stderr)
        return 2
    tmp = SPEC.with_suffix(".incoming.json")
    tmp.write_bytes(data)
    try:
        doc, _ = read_from_filename(str(tmp))
        validate(doc)
    except Exception as exc:
        print(f"sync-spec: the new spec is not a valid OpenAPI document: {exc}", file=sys.stderr)
        return 2
    finally:
        tmp.unlink()
    old = SPEC.read_bytes() if SPEC.exists() else b""
    PREVIOUS.parent.mkdir(parents=True, exist_ok=True)
    if old:
        PREVIOUS.write_bytes(old)
    if current:
        spec_provenance.save(PREVIOUS_RECORD, current)
    SPEC.write_bytes(data)
    today = dt.datetime.now(dt.UTC).date().isoformat()
    rec = spec_provenance.record(data, file="spec/openapi.json", source=source, synced_at=today)
    spec_provenance.save(RECORD, rec)
    where = (
        f"{source['repository']} {source['path']} at {source['commit']}"
        if source.get("repository")
        else source["url"]
    )
    print(
        f"spec/openapi.json sha256 {hashlib.sha256(old).hexdigest()[:12]} -> {rec['sha256'][:12]}"
        f"; {where} ({source.get('committed_at') or 'date unknown'}); see spec/PROVENANCE.json"
    )
    if old:
        import spec_diff  # beside this file

        print(f"previous spec kept in {PREVIOUS.relative_to(ROOT)}\n")
        spec_diff.main([str(PREVIOUS), str(SPEC)])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
