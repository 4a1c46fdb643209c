"""Replace spec/openapi.json with a new upstream copy (a file path or an http(s) URL).

The file is written byte-for-byte as received; it must parse as an OpenAPI 3.1 document.
The previous spec is kept in .tools/openapi.previous.json and the change report for client users
(tools/spec_diff.py) is printed, so breaking changes are seen before the regenerated code is.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import httpx
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.json"
PREVIOUS = ROOT / ".tools" / "openapi.previous.json"


def main(source: str) -> int:
    if source.startswith(("http://", "https://")):
        resp = httpx.get(source, timeout=30.0, follow_redirects=True)
        resp.raise_for_status()
        data = resp.content
    else:
        data = Path(source).read_bytes()
    tmp = SPEC.with_suffix(".incoming.json")
    tmp.write_bytes(data)
    try:
        doc, _ = read_from_filename(str(tmp))
        validate(doc)
    finally:
        tmp.unlink()
    old = SPEC.read_bytes() if SPEC.exists() else b""
    if old:
        PREVIOUS.parent.mkdir(parents=True, exist_ok=True)
        PREVIOUS.write_bytes(old)
    SPEC.write_bytes(data)
    print(
        f"spec/openapi.json sha256 {hashlib.sha256(old).hexdigest()[:12]} -> "
        f"{hashlib.sha256(data).hexdigest()[:12]}"
    )
    if old:
        import spec_diff  # beside this file

        print(f"previous spec kept in {PREVIOUS.relative_to(ROOT)}\n")
        spec_diff.main([str(PREVIOUS), str(SPEC)])
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: sync_spec.py <file or URL>")
    raise SystemExit(main(sys.argv[1]))
