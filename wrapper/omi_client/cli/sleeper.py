"""How the CLI waits, in one place: rate-limit windows, a batch settling, backoffs, and the
elapsed time by which the server's clock is carried forward between `Date` headers.

Real time by default. The CLI's tests pass ``run(argv, sleeper=...)`` a Sleeper on the fake
server's clock, so an hour-long rate-limit wait moves that clock instead of taking an hour.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sleeper:
    sleep: Callable[[float], None] = time.sleep
    monotonic: Callable[[], float] = time.monotonic
