"""The overlay states rows of docs/fidelity.md, and only rules the fake already keeps."""

from __future__ import annotations

import tomllib
from pathlib import Path

from fidelity_table import by_id  # importable once overlay has put tests/conformance on the path
from omi_client._spec import load_spec
from overlay import CROSS_FIELD_422, STILL_THERE_AFTER_DELETE, overlay, reason_of


def test_every_rule_of_the_overlay_is_a_row_of_the_table_the_fake_keeps() -> None:
    table = by_id()
    problems = []
    for op in overlay(load_spec()):
        if not op["rows"]:
            assert "example" in op["path"], f"{op['path']}: a rule names its table rows"
            continue
        for row_id in op["rows"]:
            row = table.get(row_id)
            if row is None:
                problems.append(f"{op['path']}: {row_id} is not a row of docs/fidelity.md")
            elif row.status != "same":
                problems.append(f"{op['path']}: {row_id} says the fake {row.fake!r}")
        assert op["reason"] == reason_of(op["rows"])
    assert not problems, "\n".join(problems)


def test_the_cross_field_422_allowances_are_the_overlays_and_name_rows_the_fake_keeps() -> None:
    config = tomllib.loads((Path(__file__).parent / "schemathesis.toml").read_text())
    allowed = {
        op["include-operation-id"]
        for op in config.get("operations", [])
        if "422"
        in op.get("checks", {}).get("positive_data_acceptance", {}).get("expected-statuses", [])
    }
    assert allowed == set(CROSS_FIELD_422)
    table = by_id()
    assert all(table[r].status == "same" for rows in CROSS_FIELD_422.values() for r in rows)


def test_use_after_free_is_off_only_where_a_deleted_resource_really_stays() -> None:
    config = tomllib.loads((Path(__file__).parent / "schemathesis.toml").read_text())
    off = {
        op["include-path-regex"]
        for op in config.get("operations", [])
        if op.get("checks", {}).get("use_after_free", {}).get("enabled") is False
    }
    assert off == set(STILL_THERE_AFTER_DELETE)
    table = by_id()
    assert all(
        table[r].status == "same" for rows in STILL_THERE_AFTER_DELETE.values() for r in rows
    )
