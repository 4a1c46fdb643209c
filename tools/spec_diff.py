"""What changed between two OpenAPI documents, for people who use the client.

Usage: spec_diff.py OLD NEW [--json] [--fail-on-breaking]

Exit codes: 0 report printed; 1 breaking changes found and --fail-on-breaking given;
2 an input could not be read or is not an OpenAPI document.

Changes are judged from the client's side of the wire, which is stricter than the server's:
a response field removed or a type widened breaks code that reads it, while a new enum value in a
response does not (the generated models keep unknown enum values, see spec/templates). Schema
changes are reported once, at the component where they happen, with the operations that reach it.
No maintained diff tool from PyPI or npm handles OpenAPI 3.1 with client-side semantics (Atlassian
openapi-diff rejects 3.1; api-smart-diff calls a removed response field non-breaking), hence this.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

Direction = Literal["request", "response"]
Schema = dict[str, Any]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Request-side constraints: a bigger value is stricter for "min*", looser for "max*".
MIN_KEYS = ("minLength", "minItems", "minimum", "exclusiveMinimum", "minProperties")
MAX_KEYS = ("maxLength", "maxItems", "maximum", "exclusiveMaximum", "maxProperties")


@dataclass(frozen=True)
class Change:
    """One change; `where` is a component path (Model.field[]) or an operation label."""

    breaking: bool
    kind: str
    where: str
    message: str


@dataclass
class Diff:
    changes: dict[Change, set[str]] = field(default_factory=dict)

    def add(self, change: Change, operation: str | None) -> None:
        users = self.changes.setdefault(change, set())
        if operation:
            users.add(operation)

    @property
    def breaking(self) -> list[Change]:
        return sorted((c for c in self.changes if c.breaking), key=_order)

    @property
    def additive(self) -> list[Change]:
        return sorted((c for c in self.changes if not c.breaking), key=_order)

    def kinds(self, *, breaking: bool) -> set[tuple[str, str]]:
        """(kind, where) pairs of one class; what the tests assert on."""
        return {(c.kind, c.where) for c in self.changes if c.breaking is breaking}


def _order(change: Change) -> tuple[str, str, str]:
    return (change.where, change.kind, change.message)


class Differ:
    """Walks both documents side by side, resolving local $refs as it goes."""

    def __init__(self, old: Schema, new: Schema) -> None:
        self.old, self.new = old, new
        self.diff = Diff()
        self._op: str | None = None
        self._active: set[tuple[str, str, Direction]] = set()

    # -- plumbing ----------------------------------------------------------------------------
    def _emit(self, breaking: bool, kind: str, where: str, message: str) -> None:
        self.diff.add(Change(breaking, kind, where, message), self._op)

    @staticmethod
    def _deref(doc: Schema, node: Any) -> tuple[str | None, Any]:
        """Follow local $refs; keep sibling keywords (3.1 allows them) over the target's."""
        name = None
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#/") or ref in seen:
                break
            seen.add(ref)
            target: Any = doc
            for part in ref[2:].split("/"):
                key = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, dict) or key not in target:
                    raise ValueError(f"unresolvable $ref {ref!r}")
                target = target[key]
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            name = name or ref.rsplit("/", 1)[-1]
            node = {**target, **siblings} if siblings and isinstance(target, dict) else target
        return name, node

    # -- operations --------------------------------------------------------------------------
    def run(self) -> Diff:
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        for key in sorted(old_ops.keys() - new_ops.keys()):
            label, _ = old_ops[key]
            self._op = None
            self._emit(True, "operation-removed", label, "operation removed")
        for key in sorted(new_ops.keys() - old_ops.keys()):
            label, op = new_ops[key]
            self._op = None
            self._emit(
                False, "operation-added", label, f"operation added ({op.get('operationId')})"
            )
        for key in sorted(old_ops.keys() & new_ops.keys()):
            (_, old_op), (label, new_op) = old_ops[key], new_ops[key]
            self._op = label
            self._operation(label, old_op, new_op)
        return self.diff

    def _operation(self, label: str, old: Schema, new: Schema) -> None:
        if old.get("operationId") != new.get("operationId"):
            self._emit(
                False,
                "operation-renamed",
                label,
                f"operationId {old.get('operationId')} -> {new.get('operationId')} "
                "(generated function renamed; the wrapper must follow)",
            )
        if new.get("deprecated") and not old.get("deprecated"):
            self._emit(False, "operation-deprecated", label, "operation deprecated")
        if self._security(self.old, old) != self._security(self.new, new):
            self._emit(True, "security-changed", label, "authentication requirements changed")
        self._parameters(label, old, new)
        self._request_body(label, old.get("requestBody"), new.get("requestBody"))
        self._responses(label, old.get("responses", {}), new.get("responses", {}))

    @staticmethod
    def _security(doc: Schema, op: Schema) -> set[str]:
        """What the client must send, by scheme definition (a Firebase token is not a dev key
        though both are Bearer); renaming a scheme changes nothing."""
        schemes = doc.get("components", {}).get("securitySchemes", {})
        reqs = op.get("security", doc.get("security")) or []
        out = set()
        for req in reqs:
            for name, scopes in req.items():
                scheme = schemes.get(name, {})
                wire = [scheme.get(k) for k in ("type", "scheme", "bearerFormat", "in", "name")]
                out.add(f"{wire}:{sorted(scopes)}")
        return out

    def _params(self, doc: Schema, op: Schema) -> dict[tuple[str, str], Schema]:
        out: dict[tuple[str, str], Schema] = {}
        for raw in op.get("parameters", []):
            _, param = self._deref(doc, raw)
            location, name = param["in"], param["name"]
            out[(location, name)] = param
        return out

    def _parameters(self, label: str, old: Schema, new: Schema) -> None:
        old_p, new_p = self._params(self.old, old), self._params(self.new, new)
        for key in sorted(old_p.keys() - new_p.keys()):
            where = f"{label} {key[0]} parameter {old_p[key]['name']}"
            self._emit(True, "parameter-removed", where, "parameter removed")
        for key in sorted(new_p.keys() - old_p.keys()):
            param = new_p[key]
            where = f"{label} {key[0]} parameter {param['name']}"
            if param.get("required"):
                self._emit(True, "required-input-added", where, "new required parameter")
            else:
                self._emit(False, "parameter-added", where, "new optional parameter")
        for key in sorted(old_p.keys() & new_p.keys()):
            before, after = old_p[key], new_p[key]
            where = f"{label} {key[0]} parameter {after['name']}"
            if after.get("required") and not before.get("required"):
                self._emit(True, "required-input-added", where, "parameter is now required")
            elif before.get("required") and not after.get("required"):
                self._emit(False, "parameter-optional", where, "parameter is now optional")
            self._schema(before.get("schema", {}), after.get("schema", {}), "request", where)

    def _request_body(self, label: str, old: Any, new: Any) -> None:
        where = f"{label} request body"
        _, old = self._deref(self.old, old)
        _, new = self._deref(self.new, new)
        if old is None and new is None:
            return
        if old is None:
            required = bool(new.get("required"))
            kind = "required-input-added" if required else "request-body-added"
            self._emit(required, kind, where, "request body added")
            return
        if new is None:
            self._emit(True, "request-body-removed", where, "request body removed")
            return
        if new.get("required") and not old.get("required"):
            self._emit(True, "required-input-added", where, "request body is now required")
        self._content(where, old.get("content", {}), new.get("content", {}), "request")

    def _responses(self, label: str, old: Schema, new: Schema) -> None:
        for code in sorted(old.keys() | new.keys()):
            where = f"{label} response {code}"
            success = code.startswith("2")
            if code not in new:
                # A success status that vanished means the client now sees a different one.
                kind = "success-status-removed" if success else "error-status-removed"
                self._emit(success, kind, where, "response status no longer documented")
            elif code not in old:
                kind = "success-status-added" if success else "error-status-added"
                self._emit(success, kind, where, "new response status documented")
            else:
                _, before = self._deref(self.old, old[code])
                _, after = self._deref(self.new, new[code])
                self._content(
                    where, before.get("content", {}), after.get("content", {}), "response"
                )

    def _content(self, where: str, old: Schema, new: Schema, direction: Direction) -> None:
        for media in sorted(old.keys() - new.keys()):
            self._emit(True, "media-type-removed", where, f"{media} no longer supported")
        for media in sorted(new.keys() - old.keys()):
            # A client keeps sending/accepting what it did; a new response media type may
            # arrive unasked though.
            self._emit(direction == "response", "media-type-added", where, f"{media} added")
        for media in sorted(old.keys() & new.keys()):
            self._schema(
                old[media].get("schema", {}), new[media].get("schema", {}), direction, where
            )

    # -- schemas -----------------------------------------------------------------------------
    def _schema(self, old: Any, new: Any, direction: Direction, where: str) -> None:
        old_name, old_s = self._deref(self.old, old)
        new_name, new_s = self._deref(self.new, new)
        if old_name and old_name == new_name:
            key = (self._op or "", old_name, direction)
            if key in self._active:  # recursive model: already being compared on this path
                return
            self._active.add(key)
            try:
                self._schema_body(old_s, new_s, direction, old_name)
            finally:
                self._active.discard(key)
            return
        self._schema_body(old_s, new_s, direction, where)

    def _schema_body(self, old: Any, new: Any, direction: Direction, where: str) -> None:
        if not isinstance(old, dict) or not isinstance(new, dict):
            return
        old, new = self._merge_all_of(self.old, old), self._merge_all_of(self.new, new)
        old_alts, old_null = self._alternatives(self.old, old)
        new_alts, new_null = self._alternatives(self.new, new)
        request = direction == "request"
        if old_null != new_null:
            loosened = new_null  # null now allowed
            breaking = loosened != request
            text = "may now be null" if loosened else "no longer accepts null"
            if loosened and request:
                text = "now accepts null"
            elif not loosened and not request:
                text = "is no longer null"
            self._emit(breaking, "nullability-changed", where, text)
        if len(old_alts) == 1 and len(new_alts) == 1:
            self._single(old_alts[0], new_alts[0], direction, where)
            return
        old_sig = {self._signature(self.old, a): a for a in old_alts}
        new_sig = {self._signature(self.new, a): a for a in new_alts}
        for sig in sorted(old_sig.keys() - new_sig.keys()):
            self._emit(request, "type-changed", where, f"alternative {sig} removed")
        for sig in sorted(new_sig.keys() - old_sig.keys()):
            self._emit(not request, "type-changed", where, f"alternative {sig} added")
        for sig in sorted(old_sig.keys() & new_sig.keys()):
            self._schema(old_sig[sig], new_sig[sig], direction, where)

    def _single(self, old: Any, new: Any, direction: Direction, where: str) -> None:
        """One non-null alternative each: may still be a $ref, so go round once more."""
        if "$ref" in old or "$ref" in new:
            old_name, _ = self._deref(self.old, old)
            new_name, _ = self._deref(self.new, new)
            if old_name and old_name == new_name:
                self._schema(old, new, direction, where)
                return
            _, old = self._deref(self.old, old)
            _, new = self._deref(self.new, new)
            if "anyOf" in old or "oneOf" in old or "anyOf" in new or "oneOf" in new:
                self._schema_body(old, new, direction, where)
                return
        self._types(old, new, direction, where)
        self._enum(old, new, direction, where)
        if direction == "request":
            self._constraints(old, new, where)
        if "object" in _types(old) | _types(new):
            self._properties(old, new, direction, where)
        if "items" in old and "items" in new:
            self._schema(old["items"], new["items"], direction, f"{where}[]")

    def _merge_all_of(self, doc: Schema, schema: Schema) -> Schema:
        parts = schema.get("allOf")
        if not isinstance(parts, list):
            return schema
        if len(parts) == 1 and set(schema) <= {"allOf", "default", "description", "title"}:
            return {**parts[0], **{k: v for k, v in schema.items() if k != "allOf"}}
        merged: Schema = {k: v for k, v in schema.items() if k != "allOf"}
        props: Schema = dict(merged.get("properties", {}))
        required: list[str] = list(merged.get("required", []))
        for part in parts:
            _, resolved = self._deref(doc, part)
            resolved = self._merge_all_of(doc, resolved)
            props.update(resolved.get("properties", {}))
            required += resolved.get("required", [])
            for k, v in resolved.items():
                merged.setdefault(k, v)
        merged["properties"], merged["required"] = props, sorted(set(required))
        return merged

    def _alternatives(self, doc: Schema, schema: Schema) -> tuple[list[Any], bool]:
        """Non-null alternatives of anyOf/oneOf/type lists, and whether null is allowed."""
        branches = schema.get("anyOf") or schema.get("oneOf")
        if not isinstance(branches, list):
            types = schema.get("type")
            if isinstance(types, list) and "null" in types:
                rest = [t for t in types if t != "null"]
                return [{**schema, "type": rest[0] if len(rest) == 1 else rest}], True
            return [schema], bool(schema.get("nullable"))
        alts, nullable = [], False
        for branch in branches:
            _, resolved = self._deref(doc, branch)
            if isinstance(resolved, dict) and resolved.get("type") == "null":
                nullable = True
            else:
                alts.append(branch)
        if len(alts) == 1:
            # Keep keywords that sit beside anyOf (title, default) with the lone branch.
            extra = {k: v for k, v in schema.items() if k not in ("anyOf", "oneOf")}
            alt = alts[0]
            alts = [{**extra, **alt} if "$ref" not in alt else alt]
        return alts, nullable

    def _signature(self, doc: Schema, schema: Any) -> str:
        name, resolved = self._deref(doc, schema)
        if name:
            return name
        types = sorted(_types(resolved)) if isinstance(resolved, dict) else []
        return "|".join(types) or "any"

    def _types(self, old: Schema, new: Schema, direction: Direction, where: str) -> None:
        before, after = _types(old), _types(new)
        if before != after:
            if direction == "request":  # fine if every value sent before is still accepted
                safe = not after or (bool(before) and _within(before, after))
            else:  # fine if every value received now is one the client already handled
                safe = not before or (bool(after) and _within(after, before))
            text = f"type {'|'.join(sorted(before)) or 'any'} -> {'|'.join(sorted(after)) or 'any'}"
            self._emit(not safe, "type-changed", where, text)
        if old.get("format") != new.get("format"):
            fmt = f"format {old.get('format')} -> {new.get('format')}"
            safe = direction == "request" and new.get("format") is None
            self._emit(not safe, "type-changed", where, fmt)

    def _enum(self, old: Schema, new: Schema, direction: Direction, where: str) -> None:
        before, after = old.get("enum"), new.get("enum")
        if before is None and after is None:
            return
        if before is None or after is None:
            # An enum appearing on a request narrows what is accepted; vanishing widens.
            narrowed = after is not None
            breaking = narrowed if direction == "request" else not narrowed
            self._emit(
                breaking,
                "enum-changed",
                where,
                "enum constraint " + ("added" if narrowed else "removed"),
            )
            return
        for value in [v for v in before if v not in after]:
            self._emit(True, "enum-value-removed", where, f"enum value {value!r} removed")
        for value in [v for v in after if v not in before]:
            # Same text both ways, so a shared enum is reported once; responses are safe
            # because the generated enums keep unknown values (spec/templates).
            text = f"enum value {value!r} added (unknown values still parse)"
            self._emit(False, "enum-value-added", where, text)

    def _constraints(self, old: Schema, new: Schema, where: str) -> None:
        for key in MIN_KEYS + MAX_KEYS:
            before, after = old.get(key), new.get(key)
            if before == after or isinstance(before, bool) or isinstance(after, bool):
                continue
            if before is None:
                stricter = True
            elif after is None:
                stricter = False
            else:
                stricter = after > before if key in MIN_KEYS else after < before
            self._emit(stricter, "constraint-changed", where, f"{key} {before} -> {after}")
        if old.get("pattern") != new.get("pattern") and new.get("pattern"):
            self._emit(True, "constraint-changed", where, f"pattern -> {new['pattern']!r}")

    def _properties(self, old: Schema, new: Schema, direction: Direction, where: str) -> None:
        old_p, new_p = old.get("properties", {}), new.get("properties", {})
        old_r, new_r = set(old.get("required", [])), set(new.get("required", []))
        request = direction == "request"
        for name in sorted(old_p.keys() - new_p.keys()):
            self._emit(True, "field-removed", f"{where}.{name}", "field removed")
        for name in sorted(new_p.keys() - old_p.keys()):
            path = f"{where}.{name}"
            if request and name in new_r:
                self._emit(True, "required-input-added", path, "new required request field")
            else:
                self._emit(False, "field-added", path, "optional field added")
        for name in sorted(old_p.keys() & new_p.keys()):
            path = f"{where}.{name}"
            if (name in new_r) != (name in old_r):
                now_required = name in new_r
                if request:
                    text = "now required" if now_required else "now optional"
                    kind = "required-input-added" if now_required else "field-optional"
                    self._emit(now_required, kind, path, text)
                else:
                    text = "always present now" if now_required else "may now be absent"
                    self._emit(not now_required, "required-changed", path, text)
            self._schema(old_p[name], new_p[name], direction, path)


def _types(schema: Schema) -> set[str]:
    raw = schema.get("type")
    if isinstance(raw, str):
        found = {raw}
    elif isinstance(raw, list):
        found = set(raw)
    elif "properties" in schema:
        found = {"object"}
    elif "items" in schema:
        found = {"array"}
    elif isinstance(schema.get("enum"), list) and schema["enum"]:
        found = {type(v).__name__ for v in schema["enum"]}
    else:
        found = set()
    found.discard("null")
    return found


def _within(inner: set[str], outer: set[str]) -> bool:
    """Every type in `inner` is covered by `outer` (JSON Schema: an integer is a number)."""
    return all(t in outer or (t == "integer" and "number" in outer) for t in inner)


def _operations(doc: Schema) -> dict[tuple[str, str], tuple[str, Schema]]:
    out: dict[tuple[str, str], tuple[str, Schema]] = {}
    for path, item in doc.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            merged = {**op, "parameters": _merge_params(shared, op.get("parameters", []))}
            key = (method.upper(), re.sub(r"\{[^}]*\}", "{}", path))
            out[key] = (f"{method.upper()} {path}", merged)
    return out


def _merge_params(shared: list[Any], own: list[Any]) -> list[Any]:
    def key(p: Any) -> Any:
        return (p.get("in"), p.get("name")) if "$ref" not in p else p["$ref"]

    own_keys = {key(p) for p in own}
    return [p for p in shared if key(p) not in own_keys] + list(own)


def compare(old: Schema, new: Schema) -> Diff:
    """Every change from `old` to `new`, classified breaking or additive for client users."""
    return Differ(old, new).run()


def _users(users: set[str], limit: int = 3) -> str:
    names = sorted(users)
    shown = ", ".join(names[:limit])
    return shown + (f", +{len(names) - limit} more" if len(names) > limit else "")


def _lines(diff: Diff, changes: list[Change]) -> Iterator[str]:
    for change in changes:
        yield f"  - {change.where}: {change.message}  [{change.kind}]"
        users = diff.changes[change] - {change.where}
        if users and not any(change.where.startswith(u) for u in users):
            yield f"      used by: {_users(users)}"


def render(diff: Diff, old_label: str, new_label: str, old: Schema, new: Schema) -> str:
    def title(label: str, doc: Schema) -> str:
        info = doc.get("info", {})
        count = len(_operations(doc))
        return f"{label} ({info.get('title')} {info.get('version')}, {count} operations)"

    out = ["OpenAPI changes for client users", f"  old: {title(old_label, old)}"]
    out.append(f"  new: {title(new_label, new)}")
    breaking, additive = diff.breaking, diff.additive
    if not breaking and not additive:
        out += ["", "No changes that client users can see."]
        return "\n".join(out) + "\n"
    out += ["", f"BREAKING ({len(breaking)})" + (": none" if not breaking else "")]
    out += _lines(diff, breaking)
    out += ["", f"ADDITIVE / NON-BREAKING ({len(additive)})" + (": none" if not additive else "")]
    out += _lines(diff, additive)
    verdict = "update callers before shipping" if breaking else "safe for existing callers"
    out += ["", f"Summary: {len(breaking)} breaking, {len(additive)} additive - {verdict}."]
    return "\n".join(out) + "\n"


def to_json(diff: Diff) -> str:
    rows = [
        {
            "breaking": c.breaking,
            "kind": c.kind,
            "where": c.where,
            "message": c.message,
            "used_by": sorted(diff.changes[c]),
        }
        for c in diff.breaking + diff.additive
    ]
    return json.dumps({"breaking": len(diff.breaking), "changes": rows}, indent=2) + "\n"


def load(path: str) -> Schema:
    """A JSON spec, or YAML when the name says so (PyYAML comes with openapi-spec-validator)."""
    text = Path(path).read_text(encoding="utf-8")
    if path.endswith((".yaml", ".yml")):
        import yaml  # type: ignore[import-untyped]

        doc = yaml.safe_load(text)
    else:
        doc = json.loads(text)
    if not isinstance(doc, dict) or "openapi" not in doc or "paths" not in doc:
        raise ValueError(f"{path}: not an OpenAPI document (no 'openapi'/'paths')")
    return doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--fail-on-breaking", action="store_true", help="exit 1 if anything breaks client users"
    )
    args = parser.parse_args(argv)
    try:
        old, new = load(args.old), load(args.new)
    except (OSError, ValueError) as exc:
        print(f"spec_diff: {exc}", file=sys.stderr)
        return 2
    try:
        diff = compare(old, new)
    except (ValueError, KeyError, TypeError) as exc:  # a malformed document, not a diff
        print(f"spec_diff: cannot compare: {exc!r}", file=sys.stderr)
        return 2
    sys.stdout.write(to_json(diff) if args.json else render(diff, args.old, args.new, old, new))
    return 1 if args.fail_on_breaking and diff.breaking else 0


if __name__ == "__main__":
    raise SystemExit(main())
