"""docs/fidelity.md as data: one Row per rule, so tests can check the table and act on it.

The conformance conftest marks a test an expected failure against the fake while its row is
"pending"; test_fidelity_table checks that every row cites a source and names a test (or a reason),
and that every conformance test names a row; the contract overlay checks its rules against rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TABLE = ROOT / "docs" / "fidelity.md"
TARGET_COMMIT = "01c6c33c9113b2286e5b8c388f2ae3359ec31fe6"
STATUSES = ("same", "pending", "differs", "unknown")
ROW_ID = re.compile(r"[A-Z]+-\d+[a-z]?")
TEST_ID = re.compile(r"`(tests/[\w/]+\.py::\w+)`")
COLUMNS = ["id", "operation", "real behaviour", "source", "fake", "test"]


@dataclass(frozen=True, slots=True)
class Row:
    id: str
    section: str
    operation: str
    real: str
    source: str
    fake: str
    test: str
    line: int

    @property
    def status(self) -> str:
        """The first word of the fake cell: same, pending, differs or unknown."""
        return re.split(r"[\s:(]", self.fake.strip(), maxsplit=1)[0].lower()

    @property
    def tests(self) -> list[str]:
        """The pytest ids named in the test cell."""
        return TEST_ID.findall(self.test)

    @property
    def reason(self) -> str | None:
        """Why no test pins the rule (the text after ``none:``), or None."""
        cell = self.test.strip()
        return cell[5:].strip() if cell.lower().startswith("none:") else None


def _cells(line: str) -> list[str]:
    """A Markdown table line split on unescaped pipes (backticked text may hold none)."""
    body = line.strip()[1:-1] if line.strip().endswith("|") else line.strip()[1:]
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", body)]


@cache
def rows(path: Path = TABLE) -> tuple[Row, ...]:
    """Every rule row of the table, in document order."""
    found: list[Row] = []
    section = ""
    in_rules = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("## "):
            section, in_rules = line[3:].strip(), False
            continue
        if not line.startswith("|"):
            in_rules = False
            continue
        cells = _cells(line)
        if [c.lower() for c in cells] == COLUMNS:
            in_rules = True
            continue
        if not in_rules or set(line.replace("|", "").strip()) <= {"-", " "}:
            continue
        if len(cells) != len(COLUMNS):
            raise ValueError(f"{path.name}:{number}: {len(cells)} cells, want {len(COLUMNS)}")
        row_id, operation, real, source, fake, test = cells
        found.append(Row(row_id, section, operation, real, source, fake, test, number))
    return tuple(found)


def by_id(path: Path = TABLE) -> dict[str, Row]:
    return {row.id: row for row in rows(path)}
