"""Parameters typed for IDEs (Literal types from the spec) and every public method documented."""

from __future__ import annotations

import inspect
import pydoc
import typing
from typing import Any, get_args

import omi_client.literals as lit
import pytest
from omi_client import AsyncOmi, Omi
from omi_client._operations import OPERATIONS
from omi_client._spec import load_spec
from omi_client.resources import ASYNC_RESOURCES, SYNC_RESOURCES

SCHEMAS = load_spec()["components"]["schemas"]


@pytest.mark.parametrize("schema", sorted(lit.SPEC_ENUMS))
def test_each_literal_lists_exactly_its_spec_enum_in_order(schema: str) -> None:
    assert list(get_args(lit.SPEC_ENUMS[schema])) == SCHEMAS[schema]["enum"]


def test_every_enum_the_requests_use_has_a_literal() -> None:
    used: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/components/schemas/") and "enum" in SCHEMAS[ref.rsplit("/")[-1]]:
                used.add(ref.rsplit("/")[-1])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for op in OPERATIONS.values():
        if op.body_model:
            walk(SCHEMAS[op.body_model])
    assert used <= set(lit.SPEC_ENUMS)


def test_api_key_scopes_are_the_servers() -> None:
    from omi_client.testing import SCOPES

    assert set(get_args(lit.ApiKeyScope)) == set(SCOPES)


def _hints(func: Any) -> dict[str, Any]:
    import omi_client._generated.models as models

    namespace: dict[str, Any] = {**vars(typing), **vars(models), **vars(lit)}
    namespace.update(  # the enums literals.py names under TYPE_CHECKING only
        _MemoryCategory=models.MemoryCategory,
        _CategoryEnum=models.CategoryEnum,
        _ConversationSource=models.ConversationSource,
        _TextSource=models.ExternalIntegrationConversationSource,
        _GoalType=models.GoalType,
    )
    for name in [n for n in vars(lit) if n.endswith("Value")]:
        namespace[name] = eval(namespace[name], namespace)  # a string alias: "A | B"
    return typing.get_type_hints(func, globalns={**func.__globals__, **namespace})


# (resource, method, parameter) -> the Literal that must be in its type
TYPED = [
    ("memories", "create", "category", lit.MemoryCategory),
    ("memories", "update", "category", lit.MemoryCategory),
    ("memories", "create", "visibility", lit.MemoryVisibility),
    ("memories", "update", "visibility", lit.MemoryVisibility),
    ("conversations", "create", "text_source", lit.TextSource),
    ("conversations", "create_from_segments", "source", lit.ConversationSource),
    ("goals", "create", "goal_type", lit.GoalType),
]


@pytest.mark.parametrize("resources", [SYNC_RESOURCES, ASYNC_RESOURCES])
@pytest.mark.parametrize(("resource", "method", "param", "literal"), TYPED)
def test_enum_parameters_are_literals_in_the_signatures(
    resources: dict[str, type], resource: str, method: str, param: str, literal: Any
) -> None:
    hint = _hints(getattr(resources[resource], method))[param]
    members = {a for arg in get_args(hint) for a in (get_args(arg) or (arg,))}
    assert set(get_args(literal)) <= members


@pytest.mark.parametrize("resources", [SYNC_RESOURCES, ASYNC_RESOURCES])
def test_every_public_method_says_what_it_does_what_is_retried_and_what_it_raises(
    resources: dict[str, type],
) -> None:
    summaries = {
        op_id: item["summary"]
        for path in load_spec()["paths"].values()
        for item in path.values()
        for op_id in [item["operationId"]]
    }
    summaries["searchMemoriesVector"] = "Search Memories Vector"  # renamed by spec/patch.json
    for name, cls in resources.items():
        assert cls.__doc__, name
        for method, op_id in cls.operations.items():
            doc = " ".join((inspect.getdoc(getattr(cls, method)) or "").split())
            where = f"{name}.{method}"
            assert "Raises:" in doc, where
            assert "retried" in doc.lower() or method in ("iterate", "create_many"), where
            if method not in ("iterate", "create_many"):
                assert f'"{summaries[op_id]}"' in doc, where
            params = [p for p in inspect.signature(getattr(cls, method)).parameters if p != "self"]
            if params:
                assert "Args:" in doc and all(p in doc for p in params), where


@pytest.mark.parametrize("cls", [Omi, AsyncOmi])
def test_help_and_dir_show_the_resources(cls: type) -> None:
    names = ["memories", "conversations", "action_items", "goals", "folders", "keys"]
    text = pydoc.render_doc(cls, renderer=pydoc.plaintext)
    for name in names:
        assert name in text
    client = cls("omi_dev_" + "0" * 32)
    assert set(names) <= set(dir(client))
    for name in names:
        assert getattr(cls, name).__doc__
