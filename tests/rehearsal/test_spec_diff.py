"""tools/spec_diff.py classifies changes the way a client user experiences them."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import spec_diff
from openapi_spec_validator import validate
from spec_variants import ROOT, SPEC, VARIANTS, Variant, load_current, write_all

TOOL = [sys.executable, str(ROOT / "tools" / "spec_diff.py")]


@pytest.fixture(scope="module")
def current() -> dict[str, Any]:
    return load_current()


def test_identical_specs_have_no_changes(current: dict[str, Any]) -> None:
    diff = spec_diff.compare(current, copy.deepcopy(current))
    assert diff.changes == {}


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda v: v.name)
def test_each_rehearsal_variant_is_classified(current: dict[str, Any], variant: Variant) -> None:
    new = variant.apply(current)
    validate(new)  # still a valid OpenAPI 3.1 document, as upstream would publish
    diff = spec_diff.compare(current, new)
    assert variant.expect in diff.kinds(breaking=variant.breaking), spec_diff.to_json(diff)
    if variant.breaking:
        assert diff.breaking
    else:
        assert diff.breaking == [], spec_diff.to_json(diff)
    # Each variant makes one change; the report names it once (shared schemas are not
    # repeated per operation), with the operations that reach it.
    assert len(diff.changes) == 1, spec_diff.to_json(diff)


def test_component_change_lists_the_operations_that_reach_it(current: dict[str, Any]) -> None:
    variant = next(v for v in VARIANTS if v.name == "field-removed")
    diff = spec_diff.compare(current, variant.apply(current))
    [users] = diff.changes.values()
    assert "GET /v1/dev/user/memories" in users
    assert "POST /v1/dev/user/memories/batch" in users  # reached through BatchMemoriesResponse
    assert not any("conversations" in u for u in users)


def _doc(request: dict[str, Any], response: dict[str, Any]) -> dict[str, Any]:
    """A one-operation spec: `request` is the body schema, `response` the 200 schema."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things": {
                "post": {
                    "operationId": "makeThing",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": request}},
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": response}},
                        }
                    },
                }
            }
        },
        "components": {"schemas": {}},
    }


def _classes(old: dict[str, Any], new: dict[str, Any]) -> dict[str, bool]:
    return {f"{c.kind} {c.where}": c.breaking for c in spec_diff.compare(old, new).changes}


WHERE_REQ = "POST /things request body"
WHERE_RESP = "POST /things response 200"


@pytest.mark.parametrize(
    ("before", "after", "request_breaks", "response_breaks"),
    [
        ({"type": "integer"}, {"type": "number"}, False, True),  # widened
        ({"type": "number"}, {"type": "integer"}, True, False),  # narrowed
        ({"type": "string"}, {"type": "boolean"}, True, True),  # replaced
        ({"type": "string"}, {"anyOf": [{"type": "string"}, {"type": "null"}]}, False, True),
        ({"type": ["string", "null"]}, {"type": "string"}, True, False),
        ({"type": "string", "format": "date-time"}, {"type": "string"}, False, True),
        ({"type": "string", "maxLength": 500}, {"type": "string", "maxLength": 100}, True, None),
        ({"type": "string", "maxLength": 100}, {"type": "string", "maxLength": 500}, False, None),
    ],
)
def test_direction_decides_whether_a_schema_change_breaks(
    before: dict[str, Any],
    after: dict[str, Any],
    request_breaks: bool,
    response_breaks: bool | None,
) -> None:
    old = _doc({"properties": {"x": before}}, {"properties": {"x": before}})
    new = _doc({"properties": {"x": after}}, {"properties": {"x": after}})
    found = {k.split(" ", 1)[1].rsplit(".", 1)[0]: v for k, v in _classes(old, new).items()}
    assert found[WHERE_REQ] is request_breaks
    if response_breaks is None:  # constraints only matter for what the client sends
        assert WHERE_RESP not in found
    else:
        assert found[WHERE_RESP] is response_breaks


def test_required_and_optional_fields_in_both_directions() -> None:
    obj = {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}
    old = _doc(copy.deepcopy(obj), copy.deepcopy(obj))
    new = _doc(copy.deepcopy(obj), copy.deepcopy(obj))
    for body in (new["paths"]["/things"]["post"]["requestBody"]["content"]["application/json"],):
        body["schema"]["properties"]["b"] = {"type": "string"}
        body["schema"]["required"] = ["b"]  # a becomes optional, b new and required
    resp = new["paths"]["/things"]["post"]["responses"]["200"]["content"]["application/json"]
    resp["schema"]["required"] = []  # a may now be absent
    resp["schema"]["properties"]["c"] = {"type": "integer"}
    assert _classes(old, new) == {
        f"required-input-added {WHERE_REQ}.b": True,
        f"field-optional {WHERE_REQ}.a": False,
        f"required-changed {WHERE_RESP}.a": True,
        f"field-added {WHERE_RESP}.c": False,
    }


def test_refs_are_resolved_and_recursive_models_terminate() -> None:
    node = {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
        },
    }
    ref = {"$ref": "#/components/schemas/Node"}
    old = _doc({"type": "object"}, ref)
    old["components"]["schemas"]["Node"] = node
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Node"]["properties"]["name"]["type"] = "integer"
    assert _classes(old, new) == {"type-changed Node.name": True}


def test_response_status_changes() -> None:
    old = _doc({"type": "object"}, {"type": "object"})
    new = copy.deepcopy(old)
    responses = new["paths"]["/things"]["post"]["responses"]
    responses["201"] = responses.pop("200")
    responses["409"] = {"description": "conflict"}
    assert _classes(old, new) == {
        "success-status-removed POST /things response 200": True,
        "success-status-added POST /things response 201": True,
        "error-status-added POST /things response 409": False,
    }


def test_cli_report_and_exit_codes(tmp_path: Path) -> None:
    paths = {p.stem: p for p in write_all(tmp_path)}
    additive = subprocess.run(
        [*TOOL, "--fail-on-breaking", str(SPEC), str(paths["operation-added"])],
        capture_output=True,
        text=True,
    )
    assert additive.returncode == 0, additive.stderr
    assert "BREAKING (0): none" in additive.stdout
    assert "GET /v1/dev/user/memories/{memory_id}: operation added (getMemory)" in additive.stdout

    breaking = subprocess.run(
        [*TOOL, "--fail-on-breaking", str(SPEC), str(paths["field-removed"])],
        capture_output=True,
        text=True,
    )
    assert breaking.returncode == 1
    assert "BREAKING (1)\n  - DeveloperMemory.tags: field removed" in breaking.stdout
    # Without the flag a breaking diff is still a successful report.
    plain = subprocess.run([*TOOL, str(SPEC), str(paths["field-removed"])], capture_output=True)
    assert plain.returncode == 0

    as_json = subprocess.run(
        [*TOOL, "--json", str(SPEC), str(paths["type-changed"])], capture_output=True, text=True
    )
    row = json.loads(as_json.stdout)["changes"][0]
    assert (row["breaking"], row["kind"], row["where"]) == (
        True,
        "type-changed",
        "DeveloperMemory.edited",
    )

    import yaml

    as_yaml = tmp_path / "field-removed.yaml"
    as_yaml.write_text(yaml.safe_dump(json.loads(paths["field-removed"].read_text("utf-8"))))
    from_yaml = subprocess.run([*TOOL, str(SPEC), str(as_yaml)], capture_output=True, text=True)
    assert "Summary: 1 breaking, 0 additive" in from_yaml.stdout, from_yaml.stderr

    (tmp_path / "junk.json").write_text("[1]", encoding="utf-8")
    bad = subprocess.run([*TOOL, str(SPEC), str(tmp_path / "junk.json")], capture_output=True)
    assert bad.returncode == 2 and b"not an OpenAPI document" in bad.stderr

    dangling = load_current()
    del dangling["components"]["schemas"]["MemoryCategory"]
    (tmp_path / "dangling.json").write_text(json.dumps(dangling), encoding="utf-8")
    broken = subprocess.run(
        [*TOOL, str(SPEC), str(tmp_path / "dangling.json")], capture_output=True
    )
    assert broken.returncode == 2 and b"unresolvable $ref" in broken.stderr


def test_make_spec_diff_prints_the_classification(tmp_path: Path) -> None:
    paths = {p.stem: p for p in write_all(tmp_path)}
    for name, verdict in (("enum-value-added", "0 breaking"), ("enum-value-removed", "1 breaking")):
        run = subprocess.run(
            ["make", "-s", "spec-diff", f"OLD={SPEC}", f"NEW={paths[name]}"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        assert run.returncode == 0, run.stdout + run.stderr
        assert f"Summary: {verdict}" in run.stdout


def test_operation_level_changes(current: dict[str, Any]) -> None:
    new = copy.deepcopy(current)
    ops = new["paths"]["/v1/dev/user/goals/{goal_id}"]
    ops["get"]["operationId"] = "fetchGoal"
    ops["get"]["deprecated"] = True
    ops["patch"]["security"] = [{"firebaseBearer": []}]
    ops["patch"]["requestBody"]["content"]["application/x-www-form-urlencoded"] = {}
    del ops["delete"]["responses"]["404"]
    history = new["paths"]["/v1/dev/user/goals/{goal_id}/history"]["get"]
    history["parameters"][1]["schema"]["maximum"] = 90  # days: at most 365 -> 90
    progress = new["paths"]["/v1/dev/user/goals/{goal_id}/progress"]["patch"]
    del progress["parameters"][1]["schema"]["type"]  # current_value: number -> any
    goal = "/v1/dev/user/goals/{goal_id}"
    assert _classes(current, new) == {
        f"operation-renamed GET {goal}": False,
        f"operation-deprecated GET {goal}": False,
        f"security-changed PATCH {goal}": True,
        f"media-type-added PATCH {goal} request body": False,
        f"error-status-removed DELETE {goal} response 404": False,
        f"constraint-changed GET {goal}/history query parameter days": True,
        f"type-changed PATCH {goal}/progress query parameter current_value": False,
    }


def test_key_order_and_formatting_are_not_changes(current: dict[str, Any]) -> None:
    def reverse(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: reverse(node[k]) for k in reversed(list(node))}
        return [reverse(x) for x in node] if isinstance(node, list) else node

    assert spec_diff.compare(current, reverse(current)).changes == {}


def test_renaming_a_security_scheme_is_not_an_auth_change(current: dict[str, Any]) -> None:
    new = copy.deepcopy(current)
    schemes = new["components"]["securitySchemes"]
    schemes["bearerAuth"] = schemes.pop("developerApiKey")
    for item in new["paths"].values():
        for op in item.values():
            op["security"] = [
                {("bearerAuth" if k == "developerApiKey" else k): v for k, v in req.items()}
                for req in op.get("security", [])
            ]
    assert spec_diff.compare(current, new).changes == {}
    schemes["bearerAuth"] = {"type": "apiKey", "in": "header", "name": "X-Omi-Key"}
    diff = spec_diff.compare(current, new)
    assert ("security-changed", "GET /v1/dev/user/memories") in diff.kinds(breaking=True)
