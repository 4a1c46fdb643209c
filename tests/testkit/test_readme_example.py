"""The README's "Testing your code" module, extracted and run as a user would: plainly, with
pytest -n 2, and with --omi-live against a second fake standing in for production."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from omi_client.testing import FakeOmiServer
from testkit_helpers import RunPytest

README = Path(__file__).resolve().parents[2] / "README.md"


def _example() -> dict[str, str]:
    text = README.read_text(encoding="utf-8")
    found = re.findall(r"<!-- readme-example: (\S+) -->\n```python\n(.*?)```", text, re.S)
    assert [name for name, _ in found] == ["test_notes.py"]
    return dict(found)


@pytest.mark.parametrize("args", [(), ("-n", "2")], ids=["plain", "xdist"])
def test_the_readme_example_passes_as_it_is(run_pytest: RunPytest, args: tuple[str, ...]) -> None:
    outcome = run_pytest(_example(), *args)
    assert outcome.counts() == {"passed": 5}, outcome.out
    if args:
        assert "2 workers [5 items]" in outcome.out


def test_the_readme_example_runs_live_and_cleans_up(run_pytest: RunPytest) -> None:
    with FakeOmiServer() as production:
        env = {"OMI_API_KEY": production.api_key, "OMI_BASE_URL": production.base_url}
        outcome = run_pytest(_example(), "--omi-live", env=env)
        assert outcome.counts() == {"passed": 1, "skipped": 4}, outcome.out
        assert production.items("memories") == []
        writes = [(m, p) for m, p, s in production.request_log if m != "GET" and s == 200]
        assert writes == [("POST", "/v1/dev/user/memories/batch")] + [
            ("DELETE", p) for m, p in writes[1:]
        ]
        assert len(writes) == 3  # one batch of two notes, both deleted afterwards
    assert outcome.skip_reasons() == [
        "needs the fake Omi (demo=True); skipped under --omi-live",
        "omi_fake.seed is fake-only; skipped under --omi-live",
        "omi_fake.inject is fake-only; skipped under --omi-live",
        "needs the fake Omi (rate_limits={'dev:memories_batch': 1}); skipped under --omi-live",
    ]
