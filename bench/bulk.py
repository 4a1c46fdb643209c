"""Item 4: bulk creates. 10,000 memories via `create_many` against a one-by-one `create` loop.

Both go through `Omi` to the fake Omi server (its own process, rate limits lifted); requests are
counted on the client side with an httpx event hook, so the count is what was actually sent.

    .venv/bin/python bench/bulk.py
"""

from __future__ import annotations

import os
import time

import httpx
from _servers import FakeProcess
from _timing import QUICK, interleave, median, rounds, table

N = int(os.environ.get("BENCH_BULK", 1000 if QUICK else 10_000))


def run(fake: FakeProcess, how: str, sent: dict[str, int], n: int) -> float:
    from omi_client import Omi

    count = [0]

    def on_request(request: httpx.Request) -> None:
        count[0] += 1

    http = httpx.Client(event_hooks={"request": [on_request]}, timeout=30)
    with Omi(fake.api_key, base_url=fake.base_url, http_client=http) as omi:
        omi.memories.list(limit=1)  # connect outside the timing
        count[0] = 0
        items = [{"content": f"bulk note {i}", "category": "interesting"} for i in range(n)]
        t = time.perf_counter()
        if how == "create_many":
            result = omi.memories.create_many(items)
            assert result.ok and len(result.created) == n, result
        else:
            for item in items:
                omi.memories.create(item["content"], category=item["category"])
        elapsed = time.perf_counter() - t
    http.close()
    sent[how] = count[0]
    fake.reset()
    return elapsed


def main() -> None:
    sent: dict[str, int] = {}
    with FakeProcess() as fake:
        n = fake.scaled(N)
        results = interleave(
            {
                "create_many (25 per request)": lambda: run(fake, "create_many", sent, n),
                "create() loop": lambda: run(fake, "loop", sent, n),
            },
            rounds(3, quick=1),
            warmup=False,
        )
    table(
        f"Bulk: {n:,} memories through Omi against the fake server",
        results,
        baselines=["create() loop"],
        unit="s",
        scale=1.0,
        per=float(n),
        per_label="items/s",
    )
    loop, many = median(results["create() loop"]), median(results["create_many (25 per request)"])
    print(
        f"- requests sent: create_many {sent['create_many']:,}, loop {sent['loop']:,} "
        f"({sent['loop'] / sent['create_many']:.0f}x fewer); wall time {loop / many:.1f}x faster"
    )


if __name__ == "__main__":
    main()
