"""The command line is a user of the public SDK, in small modules (DESIGN #3, #4)."""

from __future__ import annotations

import ast
from pathlib import Path

import omi_client.cli

CLI = Path(omi_client.cli.__file__).parent
MODULES = sorted(CLI.rglob("*.py"))


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
            names.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_the_cli_imports_only_public_sdk_modules() -> None:
    private = {
        f"{path.relative_to(CLI)}: {name}"
        for path in MODULES
        for name in _imports(path)
        if name.startswith("omi_client.")
        and any(part.startswith("_") for part in name.split(".")[1:])
        and not name.startswith("omi_client.cli.")
    }
    assert not private, sorted(private)


def test_the_engines_use_neither_click_nor_rich() -> None:
    """So they can run (and be tested) without the terminal layer."""
    for path in sorted((CLI / "engines").glob("*.py")):
        heavy = [n for n in _imports(path) if n.split(".")[0] in ("click", "rich")]
        assert not heavy, f"{path.name}: {heavy}"


def test_one_small_module_per_command_group() -> None:
    groups = {p.stem for p in (CLI / "commands").glob("*.py")} - {"__init__"}
    assert {"memories", "conversations", "action_items", "goals", "folders", "keys",
            "export", "import_", "mock"} <= groups  # fmt: skip
    for path in MODULES:
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 400, path
