"""Seeded random faults: reads always get through, creates never duplicate.

The fake fails requests at random (deterministically for a seed): 500/503, connections dropped
before or after the write commits. With retries on, every read must succeed; a plain create may
fail, but only the ones whose outcome was ambiguous may exist on the server, and nothing may be
stored twice. from-segments creates must come out exactly once each.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import omi_client as oc
import pytest
from omi_client import RetryPolicy
from sdk_helpers import SEGMENT, Clients

RETRY = RetryPolicy(max_retries=8, initial_backoff=0.001, max_backoff=0.01)


@pytest.fixture
def chaos(omi_fake_factory: Callable[..., Any]) -> Any:
    from omi_client.testing import FaultConfig

    faults = FaultConfig(
        seed=7,
        error_500_rate=0.1,
        error_503_rate=0.1,
        drop_before_rate=0.1,
        drop_after_rate=0.1,
    )
    return omi_fake_factory(seed=1, faults=faults, rate_limits=False)


def test_creates_never_duplicate_and_reads_always_succeed(clients: Clients, chaos: Any) -> None:
    created, ambiguous, refused = set(), set(), set()
    omi = clients.fake(chaos, retry_policy=RETRY)
    for i in range(60):
        content = f"memory {i}"
        try:
            omi.memories.create(content)
            created.add(content)
        except (oc.APIConnectionError, oc.InternalServerError):
            ambiguous.add(content)  # may or may not have been stored
        except oc.OmiError:  # pragma: no cover - nothing else is expected
            refused.add(content)
    stored = Counter(m.content for m in omi.memories.iterate(page_size=9))
    assert not refused
    assert max(stored.values()) == 1, "a create was replayed into a duplicate"
    assert created <= set(stored) <= created | ambiguous
    assert ambiguous, "the seed should produce some ambiguous failures"


def test_from_segments_lands_exactly_once_per_call(clients: Clients, chaos: Any) -> None:
    omi = clients.fake(chaos, retry_policy=RETRY)
    ids = [omi.conversations.create_from_segments([SEGMENT]).id for _ in range(15)]
    assert len(set(ids)) == 15
    assert chaos.count("conversations") == 15
    posts = [s for m, p, s in chaos.request_log if m == "POST" and p.endswith("from-segments")]
    assert len(posts) > 15, "the seed should have forced some replays"
