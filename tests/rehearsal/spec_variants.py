""" "Next upstream" specs derived from the vendored one: how the real API is likely to change.

Each variant is a function of the current spec plus what the diff must say about it. Run as a
script to write them out for `make spec-diff`: python tests/rehearsal/spec_variants.py OUTDIR
"""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "openapi.json"
Spec = dict[str, Any]
MEMORY = "/v1/dev/user/memories/{memory_id}"


@dataclass(frozen=True)
class Variant:
    name: str
    breaking: bool
    expect: tuple[str, str]  # (kind, where) that spec_diff must report, in the class above
    build: Callable[[Spec], None]  # mutates a deep copy of the current spec

    def apply(self, spec: Spec) -> Spec:
        new = copy.deepcopy(spec)
        self.build(new)
        return new


def _schemas(spec: Spec) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def enum_value_added(spec: Spec) -> None:
    _schemas(spec)["MemoryCategory"]["enum"].append("dreams")


def optional_response_field_added(spec: Spec) -> None:
    _schemas(spec)["DeveloperMemory"]["properties"]["sentiment"] = {
        "anyOf": [{"type": "string"}, {"type": "null"}],
        "title": "Sentiment",
    }


def operation_added(spec: Spec) -> None:
    spec["paths"][MEMORY]["get"] = {
        "operationId": "getMemory",
        "summary": "Get Memory",
        "tags": ["Memories"],
        "security": [{"developerApiKey": []}],
        "parameters": [
            {"in": "path", "name": "memory_id", "required": True, "schema": {"type": "string"}}
        ],
        "responses": {
            "200": {
                "description": "Successful Response",
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/DeveloperMemory"}}
                },
            },
            "401": {"$ref": "#/components/responses/Error401"},
        },
    }


def optional_parameter_added(spec: Spec) -> None:
    spec["paths"]["/v1/dev/user/memories"]["get"]["parameters"].append(
        {"in": "query", "name": "tag", "required": False, "schema": {"type": "string"}}
    )


def field_removed(spec: Spec) -> None:
    del _schemas(spec)["DeveloperMemory"]["properties"]["tags"]


def type_changed(spec: Spec) -> None:
    _schemas(spec)["DeveloperMemory"]["properties"]["edited"] = {
        "title": "Edited",
        "type": "integer",
    }


def enum_value_removed(spec: Spec) -> None:
    _schemas(spec)["MemoryCategory"]["enum"].remove("auto")


def required_input_added(spec: Spec) -> None:
    request = _schemas(spec)["CreateMemoryRequest"]
    request["properties"]["source"] = {"type": "string", "title": "Source"}
    request["required"].append("source")


def parameter_removed(spec: Spec) -> None:
    params = spec["paths"]["/v1/dev/user/memories"]["get"]["parameters"]
    params[:] = [p for p in params if p.get("name") != "offset"]


def operation_removed(spec: Spec) -> None:
    del spec["paths"][MEMORY]["delete"]


VARIANTS = (
    Variant("enum-value-added", False, ("enum-value-added", "MemoryCategory"), enum_value_added),
    Variant(
        "optional-response-field-added",
        False,
        ("field-added", "DeveloperMemory.sentiment"),
        optional_response_field_added,
    ),
    Variant("operation-added", False, ("operation-added", f"GET {MEMORY}"), operation_added),
    Variant(
        "optional-parameter-added",
        False,
        ("parameter-added", "GET /v1/dev/user/memories query parameter tag"),
        optional_parameter_added,
    ),
    Variant("field-removed", True, ("field-removed", "DeveloperMemory.tags"), field_removed),
    Variant("type-changed", True, ("type-changed", "DeveloperMemory.edited"), type_changed),
    Variant(
        "enum-value-removed", True, ("enum-value-removed", "MemoryCategory"), enum_value_removed
    ),
    Variant(
        "required-input-added",
        True,
        ("required-input-added", "CreateMemoryRequest.source"),
        required_input_added,
    ),
    Variant(
        "parameter-removed",
        True,
        ("parameter-removed", "GET /v1/dev/user/memories query parameter offset"),
        parameter_removed,
    ),
    Variant(
        "operation-removed", True, ("operation-removed", f"DELETE {MEMORY}"), operation_removed
    ),
)


def dump(spec: Spec) -> str:
    """Upstream's own format (shared/spec/README.md); raw UTF-8, since YAML-based readers such as
    openapi-spec-validator reject JSON surrogate-pair escapes."""
    return json.dumps(spec, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def load_current() -> Spec:
    spec: Spec = json.loads(SPEC.read_text(encoding="utf-8"))
    return spec


def write_all(outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    current = load_current()
    written = []
    for variant in VARIANTS:
        path = outdir / f"{variant.name}.json"
        path.write_text(dump(variant.apply(current)), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: spec_variants.py OUTDIR")
    for path in write_all(Path(sys.argv[1])):
        kind = (
            "breaking" if next(v for v in VARIANTS if path.stem == v.name).breaking else "additive"
        )
        print(f"{path}  (expected: {kind})")
