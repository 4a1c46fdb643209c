"""Every spec operation is exposed by a resource method, sync and async, and declared right."""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

from omi_client._operations import OPERATIONS
from omi_client.resources import ASYNC_RESOURCES, SYNC_RESOURCES

ROOT = Path(__file__).resolve().parents[2]
METHODS = {"get", "post", "put", "patch", "delete"}


def _spec_operations() -> dict[str, tuple[str, str]]:
    sys.path.insert(0, str(ROOT / "tools"))
    from generate import patched_spec

    return {
        op["operationId"]: (method.upper(), path)
        for path, item in patched_spec()["paths"].items()
        for method, op in item.items()
        if method in METHODS
    }


def test_every_spec_operation_is_exposed_by_a_resource_method() -> None:
    exposed = {op for cls in SYNC_RESOURCES.values() for op in cls.operations.values()}
    missing = sorted(set(_spec_operations()) - exposed)
    assert missing == [], f"spec operations no resource exposes: {missing}"


def test_declared_operations_match_the_spec() -> None:
    spec = _spec_operations()
    assert set(OPERATIONS) == set(spec)
    for op_id, op in OPERATIONS.items():
        assert (op.method, op.path) == spec[op_id], op_id


def test_declared_methods_exist_sync_and_async_with_the_same_signature() -> None:
    for name, sync_cls in SYNC_RESOURCES.items():
        async_cls = ASYNC_RESOURCES[name]
        assert sync_cls.operations == async_cls.operations
        for method in sync_cls.operations:
            s, a = getattr(sync_cls, method), getattr(async_cls, method)
            assert inspect.signature(s).parameters.keys() == inspect.signature(a).parameters.keys()
            if method != "iterate":
                assert inspect.iscoroutinefunction(a), f"{name}.{method}"


def test_every_declared_module_and_model_exists() -> None:
    import importlib

    models = importlib.import_module("omi_client._generated.models")
    for op in OPERATIONS.values():
        module = importlib.import_module(f"omi_client._generated.api.{op.module}")
        assert callable(module.build_request_kwargs) and callable(module.parse)
        if op.body_model:
            assert hasattr(models, op.body_model)


def test_every_resource_method_is_called_in_the_http_tests() -> None:
    source = (Path(__file__).parent / "test_http_resources.py").read_text(encoding="utf-8")
    missing = [
        f"{name}.{method}"
        for name, cls in SYNC_RESOURCES.items()
        for method in cls.operations
        if f".{name}.{method}(" not in source
    ]
    assert missing == [], f"resource methods with no HTTP test: {missing}"
