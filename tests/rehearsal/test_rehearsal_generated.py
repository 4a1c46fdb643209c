"""After an upstream change lands in spec/, the generated-code guard fails and says what to do."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from spec_variants import ROOT, VARIANTS, dump, load_current


def test_check_generated_names_the_new_operation_module_and_the_fix(tmp_path: Path) -> None:
    # A scratch checkout with the next upstream spec, so the real tree is never touched.
    checkout = tmp_path / "checkout"
    (checkout / "tools").mkdir(parents=True)
    shutil.copy(ROOT / "tools" / "generate.py", checkout / "tools")
    shutil.copytree(ROOT / "spec", checkout / "spec")
    shutil.copytree(ROOT / "generated", checkout / "generated",
                    ignore=shutil.ignore_patterns("__pycache__"))  # fmt: skip
    variant = next(v for v in VARIANTS if v.name == "operation-added")
    upstream = dump(variant.apply(load_current()))
    (checkout / "spec" / "openapi.json").write_text(upstream, encoding="utf-8")

    run = subprocess.run(
        [sys.executable, str(checkout / "tools" / "generate.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 1, run.stdout[-2000:] + run.stderr
    assert "regenerated/api/memories/get_memory.py" in run.stdout
    assert "Run `make generate` and commit the result." in run.stderr
