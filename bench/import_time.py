"""Item 1: import cost, `python -c "import omi_client"` against `python -c "import httpx"`.

Each statement runs in a fresh interpreter of this venv, interleaved, many rounds; the table shows
median wall time per process and the ratio to `import httpx`. Bytecode is compiled first (as a
wheel install would do), so no case pays for compiling source.

    .venv/bin/python bench/import_time.py
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import time

from _timing import interleave, median, rounds, table, verdict

CASES = {
    "python -c pass (startup)": "pass",
    "import httpx (floor)": "import httpx",
    "import omi_client": "import omi_client",
    "from omi_client import Omi": "from omi_client import Omi",
    "from omi_client import Omi, AsyncOmi, NotFoundError": (
        "from omi_client import Omi, AsyncOmi, NotFoundError"
    ),
    "first call ready: Omi + memories models": (
        "from omi_client import Omi; import omi_client._generated.api.memories.create_memory"
    ),
    "generated client (omi_client._generated.client)": "import omi_client._generated.client",
    "generated client with all models": (
        "import omi_client._generated.client, omi_client._generated.models"
    ),
}

ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

# httpx imports its own CLI (click, rich, pygments) when they are installed, as they are in this
# dev venv (omi-client[cli]). A plain `pip install omi-client` has none of them; hiding them makes
# the floor what such a user sees (httpx then skips its CLI, exactly as it does when absent).
CORE_ONLY = "import sys; sys.modules.update(dict.fromkeys(['click', 'rich', 'pygments'])); "


def run(statement: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", statement], check=True, env=ENV)
    return time.perf_counter() - start


def report(title: str, cases: dict[str, str]) -> dict[str, list[float]]:
    for statement in cases.values():  # warm bytecode caches and the OS page cache
        run(statement)
    n = rounds(30, quick=5)
    results = interleave({name: functools.partial(run, s) for name, s in cases.items()}, n)
    table(title, results, baselines=["import httpx (floor)"])
    return results


def main() -> None:
    results = report("Import time, this dev venv (fresh interpreter per run)", CASES)
    floor = median(results["import httpx (floor)"])
    startup = median(results["python -c pass (startup)"])
    print()
    verdict(
        "import omi_client <= 1.25x import httpx",
        median(results["import omi_client"]) / floor,
        1.25,
    )
    verdict(
        "from omi_client import Omi <= 1.25x import httpx",
        median(results["from omi_client import Omi"]) / floor,
        1.25,
    )
    net = {k: median(v) - startup for k, v in results.items()}
    print(
        f"- net of interpreter startup: httpx {net['import httpx (floor)'] * 1000:.1f} ms, "
        f"`from omi_client import Omi` {net['from omi_client import Omi'] * 1000:.1f} ms "
        f"({net['from omi_client import Omi'] / net['import httpx (floor)']:.2f}x), "
        f"generated client with all models {net['generated client with all models'] * 1000:.1f} ms "
        f"({net['generated client with all models'] / net['import httpx (floor)']:.2f}x)"
    )
    core = report(
        "Import time, core install only (click/rich/pygments hidden, as without the cli extra)",
        {
            name: CORE_ONLY + statement
            for name, statement in CASES.items()
            if name
            in (
                "import httpx (floor)",
                "import omi_client",
                "from omi_client import Omi",
                "first call ready: Omi + memories models",
                "generated client with all models",
            )
        },
    )
    print()
    verdict(
        "core install: from omi_client import Omi <= 1.25x import httpx",
        median(core["from omi_client import Omi"]) / median(core["import httpx (floor)"]),
        1.25,
    )


if __name__ == "__main__":
    main()
