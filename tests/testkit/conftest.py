"""Fixtures of the testkit tests: a runner for a user's test module (see testkit_helpers)."""

from __future__ import annotations

from pathlib import Path

import pytest
from testkit_helpers import RunPytest, make_runner


@pytest.fixture
def run_pytest(tmp_path: Path) -> RunPytest:
    """run_pytest({"test_x.py": source}, *pytest_args, env={...}) -> Outcome."""
    return make_runner(tmp_path)
