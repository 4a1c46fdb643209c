"""Generate generated/omi_client/_generated from spec/openapi.json + spec/patch.json.

The wheel ships it as the private package omi_client._generated (wrapper/omi_client/_generated
is a symlink to it).

Usage: generate.py [--check] [--out DIR]

The generator always writes into a fresh temp dir (so ruff config, caches and stale files
cannot leak in), then the tree is either swapped into place or, with --check, compared
with what is committed.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import jsonpatch

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.json"
PATCH = ROOT / "spec" / "patch.json"
CONFIG = ROOT / "spec" / "generator-config.yaml"
TEMPLATES = ROOT / "spec" / "templates"  # overrides of the generator's own templates
TARGET = ROOT / "generated" / "omi_client" / "_generated"


def patched_spec() -> dict[str, object]:
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    patch = json.loads(PATCH.read_text(encoding="utf-8"))
    for number, entry in enumerate(patch, 1):
        if not entry.get("reason"):
            sys.exit(f"spec/patch.json: entry {entry!r} has no 'reason'")
        try:
            spec = jsonpatch.apply_patch(spec, [entry])
        except (jsonpatch.JsonPatchException, jsonpatch.JsonPointerException) as exc:
            sys.exit(
                f"spec/patch.json entry {number} ({entry['op']} {entry['path']}) no longer applies "
                f"to spec/openapi.json: {exc}.\nIt was there because: {entry['reason']}\n"
                "The spec changed under it (see the report of make sync-spec, or make spec-diff "
                "NEW=spec/openapi.json OLD=.tools/openapi.previous.json): update or remove the "
                "entry, then run make generate."
            )
    result: dict[str, object] = spec
    return result


def generate_into(workdir: Path) -> Path:
    spec_path = workdir / "openapi.patched.json"
    spec_path.write_text(json.dumps(patched_spec(), indent=2, sort_keys=True), encoding="utf-8")
    out = workdir / "_generated"
    bindir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bindir + os.pathsep + os.environ.get("PATH", "")}
    cmd = [
        str(Path(bindir) / "openapi-python-client"),
        "generate",
        "--path",
        str(spec_path),
        "--meta",
        "none",
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(TEMPLATES),
        "--output-path",
        str(out),
        "--fail-on-warning",
    ]
    proc = subprocess.run(cmd, cwd=workdir, env=env, capture_output=True, text=True)
    if proc.returncode != 0 or "WARNING" in proc.stdout + proc.stderr:
        sys.stderr.write(proc.stdout + proc.stderr)
        sys.exit("openapi-python-client failed or warned; fix spec/patch.json or the config")
    for junk in out.rglob(".ruff_cache"):
        shutil.rmtree(junk)
    return out


def tree(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): p.read_text(encoding="utf-8")
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="fail if generated/ is stale")
    ap.add_argument("--target", type=Path, default=TARGET, help="package dir to write or check")
    args = ap.parse_args()
    target: Path = args.target.resolve()
    with tempfile.TemporaryDirectory(prefix="omi-gen-") as tmp:
        fresh = generate_into(Path(tmp))
        if args.check:
            want, have = tree(fresh), tree(target) if target.exists() else {}
            if want == have:
                print(f"{target.name} is up to date with spec/openapi.json + spec/patch.json")
                return 0
            for name in sorted(set(want) | set(have)):
                if want.get(name) != have.get(name):
                    sys.stdout.writelines(
                        difflib.unified_diff(
                            have.get(name, "").splitlines(keepends=True),
                            want.get(name, "").splitlines(keepends=True),
                            f"committed/{name}",
                            f"regenerated/{name}",
                        )
                    )
            print(
                "\ngenerated/omi_client/_generated is stale or was edited by hand. "
                "Run `make generate` and commit the result.",
                file=sys.stderr,
            )
            return 1
        if target.exists():
            shutil.rmtree(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, target)
        print(f"wrote {target} ({len(tree(target))} files)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
