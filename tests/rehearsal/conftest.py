"""Rehearsal tests import tools/spec_diff.py, the variants beside them and the Prism harness."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for extra in (ROOT / "tools", HERE, ROOT / "tests" / "contract"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))
