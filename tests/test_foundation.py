"""The vendored spec, the spec patch and the generated client stay what they claim to be."""

from __future__ import annotations

import hashlib
import importlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.versions import consts as spec_versions
from openapi_spec_validator.versions.shortcuts import get_spec_version

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.json"
RECORD = ROOT / "spec" / "PROVENANCE.json"
GENERATE = [sys.executable, str(ROOT / "tools" / "generate.py")]
METHODS = {"get", "post", "put", "patch", "delete"}


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _operations(spec: dict) -> list[tuple[str, dict]]:
    return [
        (f"{m.upper()} {path}", op)
        for path, item in spec["paths"].items()
        for m, op in item.items()
        if m in METHODS
    ]


def test_spec_is_valid_openapi_31() -> None:
    doc = json.loads(SPEC.read_text(encoding="utf-8"))
    assert get_spec_version(doc) == spec_versions.OPENAPIV31
    validate(doc)


def test_spec_is_the_upstream_file_its_provenance_record_names() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    import spec_provenance

    record = spec_provenance.load(RECORD)
    problems = spec_provenance.problems(SPEC.read_bytes(), record)
    assert not problems, "spec/openapi.json does not match spec/PROVENANCE.json:\n" + "\n".join(
        problems
    )
    assert record["file"] == "spec/openapi.json" and record["source"]["commit"]
    assert hashlib.sha256(SPEC.read_bytes()).hexdigest() == record["sha256"]


def test_every_patch_entry_has_a_reason_and_applies() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    from generate import patched_spec

    patch = json.loads((ROOT / "spec" / "patch.json").read_text(encoding="utf-8"))
    assert patch and all(entry.get("reason", "").strip() for entry in patch)
    try:
        patched_spec()
    except SystemExit as exc:  # generate.py's own message says which entry and what to do
        pytest.fail(str(exc), pytrace=False)


def test_every_operation_has_a_generated_module() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    from generate import patched_spec

    missing = []
    for label, op in _operations(patched_spec()):
        tag = op["tags"][0].lower().replace(" ", "_")
        module = f"omi_client._generated.api.{tag}.{_snake(op['operationId'])}"
        try:
            mod = importlib.import_module(module)
        except ImportError:
            missing.append(f"{label} -> {module}")
            continue
        assert callable(getattr(mod, "sync_detailed", None)), module
        # The public seams the SDK composes (instead of _get_kwargs / _parse_response).
        assert callable(getattr(mod, "build_request_kwargs", None)), module
        assert callable(getattr(mod, "parse", None)), module
    assert missing == []


def _schemas_reached(spec: dict, node: object, out: set[str]) -> set[str]:
    """Names of the component schemas ``node`` refers to, directly or through other components."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            _, _, kind, name = ref.split("/")
            if f"{kind}/{name}" not in out:
                out.add(f"{kind}/{name}")
                _schemas_reached(spec, spec["components"][kind][name], out)
        for value in node.values():
            _schemas_reached(spec, value, out)
    elif isinstance(node, list):
        for value in node:
            _schemas_reached(spec, value, out)
    return out


def test_response_models_require_every_field_and_tolerate_its_absence() -> None:
    """FastAPI sends every field of a response model, so the patch marks each one required (typed
    without Unset). A field only the patch requires must still parse when absent: it needs a
    default or null. Fails when upstream adds a response field the patch does not cover yet."""
    sys.path.insert(0, str(ROOT / "tools"))
    from generate import patched_spec

    upstream = json.loads(SPEC.read_text(encoding="utf-8"))
    patched = patched_spec()
    requests: set[str] = set()
    successes: set[str] = set()
    for _, op in _operations(upstream):
        _schemas_reached(upstream, [op.get("requestBody", {}), op.get("parameters", [])], requests)
        for code, response in op["responses"].items():
            if code.startswith("2"):
                _schemas_reached(upstream, response, successes)
    schemas = upstream["components"]["schemas"]
    requests = {n.removeprefix("schemas/") for n in requests if n.startswith("schemas/")}
    successes = {n.removeprefix("schemas/") for n in successes if n.startswith("schemas/")}
    response_only = sorted(n for n in successes - requests if "properties" in schemas[n])
    assert "DeveloperMemory" in response_only and "CreateMemoryRequest" not in response_only
    for name in response_only:
        before = upstream["components"]["schemas"][name]
        after = patched["components"]["schemas"][name]
        assert sorted(after.get("required", [])) == sorted(after["properties"]), name
        assert after.get("additionalProperties", True) is not False, name
        for prop, schema in after["properties"].items():
            if prop in before.get("required", []):
                continue
            nullable = any(b.get("type") == "null" for b in schema.get("anyOf", []))
            assert "default" in schema or nullable, f"{name}.{prop}: absent would not parse"
    for name in sorted(requests):  # request models keep Unset for optional inputs
        schema = schemas[name]
        assert patched["components"]["schemas"][name].get("required") == schema.get("required")


def test_error_response_model_is_generated() -> None:
    from omi_client._generated.models import ErrorResponse

    for detail in ("Invalid API Key", [{"loc": ["body"], "msg": "x", "type": "y"}], {"k": 1}):
        parsed = ErrorResponse.from_dict({"detail": detail})
        assert parsed.to_dict()["detail"] == detail


def test_vector_search_has_a_clean_name_and_memories_tag() -> None:
    mod = importlib.import_module("omi_client._generated.api.memories.search_memories_vector")
    assert callable(mod.sync_detailed)


def test_generation_is_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for out in (a, b):
        subprocess.run([*GENERATE, "--target", str(out)], check=True, capture_output=True)
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    assert files_a == files_b and len(files_a) > 50
    assert all((a / f).read_bytes() == (b / f).read_bytes() for f in files_a)


def test_check_generated_catches_a_hand_edit(tmp_path: Path) -> None:
    copy = tmp_path / "_generated"
    shutil.copytree(
        ROOT / "generated" / "omi_client" / "_generated",
        copy,
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    ok = subprocess.run(
        [*GENERATE, "--check", "--target", str(copy)], capture_output=True, text=True
    )
    assert ok.returncode == 0, ok.stdout + ok.stderr
    victim = copy / "models" / "developer_memory.py"
    lines = victim.read_text(encoding="utf-8").splitlines(keepends=True)
    victim.write_text("".join(lines[:10] + lines[11:]), encoding="utf-8")
    bad = subprocess.run(
        [*GENERATE, "--check", "--target", str(copy)], capture_output=True, text=True
    )
    assert bad.returncode == 1
    assert "developer_memory.py" in bad.stdout and "make generate" in bad.stderr


def test_unknown_enum_values_and_fields_parse_and_round_trip() -> None:
    from omi_client._generated.models import DeveloperMemory, MemoryCategory

    body = {"id": "m1", "category": "added_upstream_later", "new_field": {"x": 1}}
    memory = DeveloperMemory.from_dict(body)
    assert isinstance(memory.category, MemoryCategory)
    assert memory.category == "added_upstream_later"
    assert memory.to_dict()["category"] == "added_upstream_later"
    assert memory.to_dict()["new_field"] == {"x": 1}
    assert MemoryCategory("work") is MemoryCategory.WORK
    with pytest.raises(ValueError):
        MemoryCategory(5)  # type: ignore[arg-type]


def test_model_reprs_hide_unset_fields_and_secrets() -> None:
    from omi_client._generated.models import DevApiKeyCreated, UpdateMemoryRequest

    secret = "omi_dev_" + "ab" * 16
    created = DevApiKeyCreated.from_dict(
        {"id": "k1", "name": "ci", "key": secret, "key_prefix": "omi_dev_abab", "scopes": []}
        | {"created_at": "2026-01-01T00:00:00Z"}
    )
    assert (
        created.key == secret and secret not in repr(created) and "key=<redacted>" in repr(created)
    )
    assert repr(UpdateMemoryRequest(content="x")) == "UpdateMemoryRequest(content='x')"
