"""Item 1: import cost, `python -c "import omi_client"` against `python -c "import httpx"`.

Each statement runs in a fresh interpreter of this venv, interleaved, many rounds; the table shows
median wall time per process and the ratio to `import httpx`. Bytecode is compiled first (as a
wheel install would do), so no case pays for compiling source.

    .venv/bin/python bench/import_time.py
"""

from __future__ import annotations

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
        "from omi_client import Omi; import omi_api.api.memories.create_memory"
    ),
    "generated client (omi_api.client)": "import omi_api.client",
    "generated client with all models": "import omi_api.client, omi_api.models",
}

ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run(statement: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", statement], check=True, env=ENV)
    return time.perf_counter() - start


def main() -> None:
    # Warm bytecode caches and the OS page cache for every case.
    for statement in CASES.values():
        run(statement)
    n = rounds(25, quick=5)
    results = interleave({name: (lambda s=s: run(s)) for name, s in CASES.items()}, n)
    table(
        "Import time (fresh interpreter per run)",
        results,
        baselines=["import httpx (floor)"],
    )
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


if __name__ == "__main__":
    main()
