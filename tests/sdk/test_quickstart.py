"""The README's Python quickstart runs as written (against the fake server)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

README = Path(__file__).resolve().parents[2] / "README.md"


def _quickstart() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Python quickstart", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert blocks, "README has no python block in its quickstart"
    return "\n".join(blocks)


def test_readme_quickstart_runs(omi_fake: Any) -> None:
    env = {"OMI_API_KEY": omi_fake.api_key, "OMI_BASE_URL": omi_fake.base_url, "PATH": "/usr/bin"}
    out = subprocess.run(
        [sys.executable, "-c", _quickstart()], capture_output=True, text=True, env=env, timeout=60
    )
    assert out.returncode == 0, out.stderr
