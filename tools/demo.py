"""`make demo`: a short scripted tour of omi-client against a local fake Omi server.

Starts `omi-client mock` (the fake server, with demo data) in a child process, drives the
`omi-client` command and the Python API against it (create, list, paginate, bulk import with a
progress bar, export), then stops the server. Exits non-zero if any step does not do what it shows.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
CLI = str(BIN / "omi-client")


def say(text: str) -> None:
    print(f"\n\033[1;36m== {text}\033[0m", flush=True)


def run(*args: str, expect: int = 0, env: dict[str, str]) -> str:
    print(f"\033[1m$ omi-client {shlex.join(args)}\033[0m", flush=True)
    proc = subprocess.run([CLI, *args], env=env, stdout=subprocess.PIPE, text=True)
    print(proc.stdout, end="", flush=True)
    if proc.returncode != expect:
        raise SystemExit(f"demo: expected exit {expect}, got {proc.returncode}: {shlex.join(args)}")
    if expect:
        print(f"(exit status {proc.returncode}, as documented)")
    return proc.stdout


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_mock(port: int) -> tuple[subprocess.Popen[str], str, str]:
    usage = subprocess.run([CLI, "mock", "--help"], capture_output=True, text=True).stdout
    demo_flag = "--demo-data" if "--demo-data" in usage else "--demo"
    args = [CLI, "mock", "--port", str(port), demo_flag, "--seed", "7"]
    print(f"\033[1m$ omi-client mock --port {port} {demo_flag} --seed 7 &\033[0m", flush=True)
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert proc.stdout is not None
    base_url = key = ""
    deadline = time.monotonic() + 30
    while not (base_url and key):
        line = proc.stdout.readline()
        if not line:
            raise SystemExit(f"demo: the fake server exited early ({proc.wait()})")
        print(f"  {line.rstrip()}")
        base_url = base_url or _find(r"https?://127\.0\.0\.1:\d+", line)
        key = key or _find(r"omi_dev_[0-9a-f]{32}", line)
        if time.monotonic() > deadline:
            raise SystemExit("demo: the fake server did not print its URL and key")
    _wait_until_serving(base_url)
    return proc, base_url, key


def _find(pattern: str, text: str) -> str:
    match = re.search(pattern, text)
    return match.group(0) if match else ""


def _wait_until_serving(base_url: str) -> None:
    import httpx

    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            httpx.get(base_url + "/v1/dev/user/memories", timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.05)
    raise SystemExit("demo: the fake server is not answering")


def python_api_tour(base_url: str, key: str) -> None:
    from omi_client import Omi

    code = f"""\
from omi_client import Omi

with Omi(api_key="omi_dev_…", base_url="{base_url}") as client:
    client.memories.create("Prefers window seats on long flights", tags=["travel"])
    first_page = client.memories.list(limit=5)
    everything = list(client.memories.iterate(page_size=3))  # follows every page
    result = client.action_items.create_many([f"Follow up #{{i}}" for i in range(60)])
"""
    print("\033[2m" + code + "\033[0m")
    with Omi(api_key=key, base_url=base_url) as client:
        client.memories.create("Prefers window seats on long flights", tags=["travel"])
        first_page = client.memories.list(limit=5)
        everything = list(client.memories.iterate(page_size=3))
        result = client.action_items.create_many([f"Follow up #{i}" for i in range(60)])
    print(
        f"first page: {len(first_page)} of 5 asked (the server drops locked items after paging, "
        f"so a short page is not the end); iterate, 3 per page: {len(everything)} memories"
    )
    print(f"create_many: {result!r}  (2 requests: 50 + 10, the batch limit)")
    assert len(everything) >= len(first_page) and result.ok and len(result.created) == 60


def main() -> int:
    started = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="omi-demo-"))
    say("Start the fake Omi server (a local stand-in for api.omi.me, with demo data)")
    server, base_url, key = start_mock(free_port())
    columns = str(shutil.get_terminal_size((120, 40)).columns)
    env = dict(os.environ, OMI_BASE_URL=base_url, OMI_API_KEY=key, COLUMNS=columns)
    try:
        say("The command line: tables for people ...")
        run("memories", "list", "--limit", "5", env=env)
        run("memories", "create", "Learning to bake sourdough", "--tag", "hobbies", env=env)
        run("conversations", "list", "--limit", "3", env=env)

        say("... JSON for scripts, and documented exit codes")
        page = json.loads(run("--json", "action-items", "list", "--limit", "2", env=env))
        assert isinstance(page, list)
        run("memories", "delete", "no-such-memory", expect=4, env=env)

        say("The Python API")
        python_api_tour(base_url, key)

        say("Bulk import: validated first, batched, journaled (kill it and re-run to resume)")
        source = workdir / "notes.jsonl"
        bad = workdir / "typo.jsonl"
        bad.write_text('{"content": "fine"}\n{"contnet": "typo"}\n')
        run("import", "memories", str(bad), expect=7, env=env)
        source.write_text(
            "".join(json.dumps({"content": f"Imported note {i}"}) + "\n" for i in range(120))
        )
        run("import", "memories", str(source), env=env)
        run("import", "memories", str(source), env=env)  # a re-run sends nothing

        say("Export everything as JSONL (an interrupted export resumes)")
        out = workdir / "export"
        run("export", str(out), env=env)
        for path in sorted(out.glob("*.jsonl")):
            print(f"  {path.name:<22} {len(path.read_text().splitlines()):>5} lines")
        memories = [json.loads(line) for line in (out / "memories.jsonl").open()]
        imported = sum(m["content"].startswith("Imported note") for m in memories)
        assert imported == 120, imported

        say("A backup restores with `import all` (checked here without sending: --dry-run)")
        restore = json.loads(run("--json", "import", "all", str(out), "--dry-run", env=env))
        assert restore["memories"]["valid"] == len(memories), restore
    finally:
        say("Stop the fake server")
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    print(f"\ndemo finished in {time.monotonic() - started:.1f}s; files in {workdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
