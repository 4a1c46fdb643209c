"""The sync-spec path itself: regenerate from an additive next-upstream spec, then today's
wrapper, unchanged, must still import and work over the new generated code."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from spec_variants import ROOT, VARIANTS, Variant, dump, load_current

ADDITIVE = [v for v in VARIANTS if not v.breaking]

SCRIPT = """
import sys
sys.path[:0] = [{gen!r}, {here!r}, {contract!r}, {tools!r}]
import omi_client._generated
assert omi_client._generated.__file__.startswith({gen!r}), omi_client._generated.__file__
from omi_client._generated.models import MemoryCategory
from omi_client import Omi
from omi_client.testing import FakeOmiServer
from spec_variants import VARIANTS, load_current
from test_rehearsal_sdk import _workflow

variant = next(v for v in VARIANTS if v.name == {name!r})
spec = variant.apply(load_current())
with FakeOmiServer(spec=spec, rate_limits=False) as server:
    with Omi(server.dev_key, base_url=server.base_url,
             firebase_token=server.firebase_token) as omi:
        _workflow(omi)
print("members", sorted(m.value for m in MemoryCategory))
"""


@pytest.mark.parametrize("variant", ADDITIVE, ids=lambda v: v.name)
def test_wrapper_works_over_code_regenerated_from_an_additive_change(
    variant: Variant, tmp_path: Path
) -> None:
    checkout = tmp_path / "checkout"
    (checkout / "tools").mkdir(parents=True)
    shutil.copy(ROOT / "tools" / "generate.py", checkout / "tools")
    shutil.copytree(ROOT / "spec", checkout / "spec")
    upstream = dump(variant.apply(load_current()))
    (checkout / "spec" / "openapi.json").write_text(upstream, encoding="utf-8")
    # Today's wrapper, unchanged, with the regenerated code in place of omi_client/_generated.
    gen = tmp_path / "gen"
    shutil.copytree(
        ROOT / "wrapper" / "omi_client",
        gen / "omi_client",
        ignore=shutil.ignore_patterns("_generated", "__pycache__"),
    )
    (gen / "omi_client" / "_data").mkdir()
    (gen / "omi_client" / "_data" / "openapi.json").write_text(upstream, encoding="utf-8")
    target = gen / "omi_client" / "_generated"
    made = subprocess.run(
        [sys.executable, str(checkout / "tools" / "generate.py"), "--target", str(target)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert made.returncode == 0, made.stdout + made.stderr

    here = Path(__file__).resolve().parent
    script = SCRIPT.format(gen=str(gen), here=str(here), contract=str(ROOT / "tests" / "contract"),
                           tools=str(ROOT / "tools"), name=variant.name)  # fmt: skip
    run = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    if variant.name == "enum-value-added":  # the regenerated enum really is the new one
        assert "'dreams'" in run.stdout
