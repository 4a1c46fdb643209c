"""docs/fidelity.md stays machine-checkable and true to the tests: every row cites its source and
names a test (or why none can pin it), every conformance test names its rows, and the two agree.

These checks read files only; they run the same against any target.
"""

from __future__ import annotations

import ast
import json
import re
from functools import cache
from pathlib import Path

import pytest
from fidelity_table import ROOT, ROW_ID, STATUSES, TARGET_COMMIT, rows

HERE = Path(__file__).resolve().parent
SOURCE_AT = re.compile(r"`(?!fastapi/)[^`]*@([0-9a-f]{7,40}|unknown)`(†?)")
OTHER_SOURCES = (
    "FastAPI",
    "Starlette",
    "pydantic",
    "backend test",
    "issue 10",
    "see ",
    "`fastapi/",
)
SECTIONS = [
    "Memories",
    "Action items",
    "Conversations",
    "from-segments",
    "Ask and vector search",
    "Goals",
    "Folders",
    "Paging and clamps",
    "Ordering",
    "Locked and discarded items",
    "Auth and key formats",
    "Scopes",
    "Key management",
    "Rate limits and windows",
    "Request-stage order",
    "Validation beyond the spec (shared)",
    "Error bodies",
]


@cache
def _functions(path: Path) -> dict[str, list[str]]:
    """Module-level test functions of a file -> the row ids of their @rule markers."""
    found: dict[str, list[str]] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef):
            found[node.name] = [
                arg.value
                for deco in node.decorator_list
                if isinstance(deco, ast.Call) and getattr(deco.func, "id", "") == "rule"
                for arg in deco.args
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            ]
    return found


def _conformance_tests() -> dict[str, list[str]]:
    tests: dict[str, list[str]] = {}
    for path in sorted(HERE.glob("test_*.py")):
        if path.name == Path(__file__).name:
            continue
        for name, ids in _functions(path).items():
            if name.startswith("test_"):
                tests[f"tests/conformance/{path.name}::{name}"] = ids
    return tests


def test_the_table_has_every_section_and_unique_ids() -> None:
    table = rows()
    assert [s for s in SECTIONS if s not in {r.section for r in table}] == []
    ids = [r.id for r in table]
    assert sorted({i for i in ids if ids.count(i) > 1}) == []
    assert [i for i in ids if not ROW_ID.fullmatch(i)] == []


def test_every_row_says_what_the_fake_does() -> None:
    bad = [f"{r.id}: {r.fake!r}" for r in rows() if r.status not in STATUSES]
    assert bad == [], f"the fake cell starts with one of {STATUSES}"
    bare = [r.id for r in rows() if r.status in ("pending", "differs") and len(r.fake) < 12]
    assert bare == [], "pending and differs cells say what the fake does or why"


def test_every_row_cites_its_source_and_marks_other_commits() -> None:
    problems = []
    for row in rows():
        cited = SOURCE_AT.findall(row.source)
        if not cited and not row.source.startswith(OTHER_SOURCES):
            problems.append(f"{row.id}: no `path@commit` in {row.source!r}")
        for commit, dagger in cited:
            at_target = TARGET_COMMIT.startswith(commit)
            if not at_target and not dagger:
                problems.append(f"{row.id}: @{commit} is not the target commit: mark it †")
            if at_target and dagger:
                problems.append(f"{row.id}: @{commit} is the target commit: no †")
    assert not problems, "\n".join(problems)


def test_every_row_names_an_existing_test_or_a_reason() -> None:
    problems = []
    for row in rows():
        if row.reason is not None:
            if len(row.reason) < 8:
                problems.append(f"{row.id}: say why no test pins it")
            continue
        if not row.tests:
            problems.append(f"{row.id}: the test cell names no test: {row.test!r}")
        for test_id in row.tests:
            file, _, name = test_id.partition("::")
            path = ROOT / file
            if not path.exists() or name not in _functions(path):
                problems.append(f"{row.id}: {test_id} does not exist")
    assert not problems, "\n".join(problems)


def test_every_conformance_test_names_rows_that_name_it() -> None:
    table = {r.id: r for r in rows()}
    problems = []
    for test_id, ids in _conformance_tests().items():
        if not ids:
            problems.append(f"{test_id}: no @rule(...) marker")
        for row_id in ids:
            row = table.get(row_id)
            if row is None:
                problems.append(f"{test_id}: @rule({row_id!r}) is not a row of the table")
            elif test_id not in row.tests:
                problems.append(f"{test_id}: row {row_id} does not name it")
    for row in rows():
        for test_id in row.tests:
            if test_id.startswith("tests/conformance/"):
                marked = _conformance_tests().get(test_id, [])
                if row.id not in marked:
                    problems.append(f"{row.id}: names {test_id}, which lacks @rule({row.id!r})")
    assert not problems, "\n".join(problems)


def test_every_operation_of_the_spec_has_rows() -> None:
    spec = json.loads((ROOT / "spec" / "openapi.json").read_text())
    renamed = {
        "search_memories_vector_v1_dev_user_memories_vector_search_get": "searchMemoriesVector"
    }
    operations = [
        renamed.get(op["operationId"], op["operationId"])
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    ]
    assert len(operations) == 29
    named = " ".join(r.operation for r in rows())
    assert [o for o in operations if not re.search(rf"\b{o}\b", named)] == []


@pytest.mark.parametrize("status", STATUSES)
def test_status_words_are_documented(status: str) -> None:
    text = (ROOT / "docs" / "fidelity.md").read_text(encoding="utf-8")
    assert f"**{status}**" in text
