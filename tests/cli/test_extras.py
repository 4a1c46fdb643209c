"""Without an extra, the command and the fake server say which pip install brings it.

Each case runs in a fresh interpreter with the extra's modules hidden (a None entry in
sys.modules makes `import click` raise ModuleNotFoundError, as on an install without it).
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any


def _run(hidden: list[str], code: str) -> subprocess.CompletedProcess[str]:
    hide = "".join(f"sys.modules[{name!r}] = None\n" for name in hidden)
    return subprocess.run(
        [sys.executable, "-c", "import sys\n" + hide + code],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_command_without_the_cli_extra_names_the_install_command() -> None:
    for hidden in (["click"], ["click", "rich"]):
        proc = _run(hidden, "from omi_client.cli import main\nsys.exit(main(['memories', 'list']))")
        assert proc.returncode == 2, proc.stderr
        assert "pip install 'omi-client[cli]'" in proc.stderr
        assert "Traceback" not in proc.stderr


def test_a_command_without_rich_names_the_install_command(omi_fake: Any) -> None:
    """click alone builds the command tree; rich is needed to show the table."""
    proc = _run(
        ["rich"],
        f"import os\nos.environ['OMI_API_KEY'] = {omi_fake.api_key!r}\n"
        f"os.environ['OMI_BASE_URL'] = {omi_fake.base_url!r}\n"
        "from omi_client.cli import main\nsys.exit(main(['memories', 'list']))",
    )
    assert proc.returncode == 2, proc.stderr
    assert "pip install 'omi-client[cli]'" in proc.stderr and "Traceback" not in proc.stderr


def test_the_fake_server_without_the_mock_extra_names_the_install_command() -> None:
    for module in ("starlette", "uvicorn"):
        proc = _run([module], "from omi_client.testing import FakeOmiServer")
        assert proc.returncode == 1
        last = proc.stderr.strip().splitlines()[-1]
        assert last.startswith("ModuleNotFoundError: omi_client.testing needs the mock extra")
        assert "pip install 'omi-client[mock]'" in last


def test_omi_client_mock_without_the_mock_extra_names_the_install_command() -> None:
    proc = _run(["starlette"], "from omi_client.cli import main\nsys.exit(main(['mock']))")
    assert proc.returncode == 2, proc.stderr
    assert "pip install 'omi-client[mock]'" in proc.stderr and "Traceback" not in proc.stderr
