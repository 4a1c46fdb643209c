"""`omi-client mock`: shell output that eval works on, click help, usage errors as exit codes."""

from __future__ import annotations

import socket
import subprocess
import sys
from email.utils import parsedate_to_datetime
from pathlib import Path

import httpx
import pytest
from omi_client.cli import main as cli_main
from omi_client.testing import main as mock_main

CLI = str(Path(sys.executable).parent / "omi-client")


def test_its_output_is_shell_that_eval_turns_into_a_working_environment(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [CLI, "mock", "--port", "0", "--demo", "--seed", "3"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        lines = []
        while not lines or not lines[-1].startswith("# state:"):
            line = proc.stdout.readline()
            assert line, proc.stderr.read() if proc.stderr else "mock exited"
            lines.append(line)
        printed = "".join(lines)
        assert [ln.split("=")[0] for ln in lines if not ln.startswith("#")] == [
            "export OMI_BASE_URL",
            "export OMI_API_KEY",
            "export OMI_FIREBASE_TOKEN",
        ]
        # The whole output, comments included, is what a user evals; the port is bound already.
        script = (
            'eval "$1" && exec "$2" -c "from omi_client import Omi; omi = Omi(); '
            'print(len(omi.memories.list()), len(omi.keys.list()))"'
        )
        run = subprocess.run(
            ["bash", "-c", script, "_", printed, sys.executable],
            capture_output=True,
            text=True,
            timeout=60,
            env={"PATH": "/usr/bin:/bin"},
        )
        assert run.returncode == 0, run.stderr
        # Demo data (its locked memory is listed too, as a preview: docs/fidelity.md LOCK-1) and
        # the one key, read with the eval'ed env.
        assert run.stdout.split() == ["6", "1"]
        # One `Date`, the fake's (uvicorn's own is off: two would join into an unparsable one).
        env = dict(ln.removeprefix("export ").strip().split("=", 1) for ln in lines[1:4])
        answer = httpx.get(env["OMI_BASE_URL"] + "/v1/dev/user/memories",
                           headers={"Authorization": f"Bearer {env['OMI_API_KEY']}"})  # fmt: skip
        [date] = answer.headers.get_list("date")
        assert parsedate_to_datetime(date).tzinfo is not None
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_a_bad_flag_is_a_usage_error_not_a_system_exit(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["mock", "--bogus"]) == 2
    assert "No such option '--bogus'" in capsys.readouterr().err
    assert mock_main(["--bogus"]) == 2
    assert mock_main(["--port", "http"]) == 2
    assert "Invalid value for '--port'" in capsys.readouterr().err
    run = subprocess.run([sys.executable, "-m", "omi_client.testing", "--bogus"],
                         capture_output=True, text=True)  # fmt: skip
    assert run.returncode == 2 and "Try 'omi-client mock --help'" in run.stderr


def test_help_is_click_help_like_every_other_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["mock", "-h"]) == 0
    mock_help = capsys.readouterr().out
    assert cli_main(["memories", "list", "-h"]) == 0
    list_help = capsys.readouterr().out
    for text in (mock_help, list_help):
        assert text.startswith("Usage: omi-client ") and "\nOptions:\n" in text
        assert "  -h, --help " in text
    assert "--rate-limits on|off|POLICY=N" in mock_help and "--no-rate-limits" in mock_help


def test_a_busy_port_is_reported_with_the_address(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert mock_main(["--port", str(port)]) == 1
    assert f"cannot listen on 127.0.0.1:{port}" in capsys.readouterr().err


@pytest.mark.parametrize(
    "code",
    [
        "from omi_client.testing import main; raise SystemExit(main(['--port', '0']))",
        "from omi_client.cli import main; raise SystemExit(main(['mock', '--port', '0']))",
        "from omi_client.testing import FakeOmiServer",
    ],
    ids=["mock", "omi-client mock", "import"],
)
def test_without_the_mock_extra_the_install_command_is_named(code: str) -> None:
    blocked = "import sys; sys.modules.update(uvicorn=None, starlette=None); "
    run = subprocess.run([sys.executable, "-c", blocked + code], capture_output=True, text=True)
    assert "pip install 'omi-client[mock]'" in run.stderr, run.stderr
    if code.startswith("from omi_client.testing import FakeOmiServer"):
        assert "ModuleNotFoundError: omi_client.testing needs the mock extra" in run.stderr
    else:
        assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr
