"""The public surface of a generated package, as plain JSON: what the next generation diffs against.

The record (``surface.json`` beside the package's ``pyproject.toml``) lists every method
(with its operation, arguments in order and return type), resource, model (fields or
alias), webhook parser and exception class, plus the package's version and a digest of its
generated code. It is written from the IR, sorted, so the same spec gives the same bytes.
"""

from __future__ import annotations

import ast
import hashlib
import json
import re
from typing import Any

from .ir import Operation, Package, Resource

RECORD = "surface.json"
FORMAT = 1
#: files whose text depends on the version itself, or that record it: left out of the code digest
UNDIGESTED = (RECORD, "CHANGELOG.md")


def surface(package: Package, runtime_errors: list[str]) -> dict[str, Any]:
    """The public surface of `package` (versions and digest are added by `record`)."""
    methods: dict[str, Any] = {}
    resources: list[str] = []
    for resource in package.resources:
        _resource(resource, "client", methods, resources)
    models: dict[str, Any] = {}
    for model in package.models:
        if model.alias is not None:
            models[model.name] = {"alias": _plain(model.alias)}
        else:
            fields = {f.name: {"wire": f.wire, "type": _plain(f.annotation), "required": f.required} for f in model.fields}
            models[model.name] = {"fields": fields}
    return {
        "format": FORMAT,
        "client": [package.client_class, package.async_client_class],
        "credentials": sorted(c.argument for s in package.schemes for c in s.credentials),
        "resources": sorted(resources),
        "methods": dict(sorted(methods.items())),
        "models": dict(sorted(models.items())),
        "webhooks": {w.function: _plain(w.annotation) for w in sorted(package.webhooks, key=lambda w: w.function)},
        "exceptions": sorted(runtime_errors),
    }


def _resource(resource: Resource, prefix: str, methods: dict[str, Any], resources: list[str]) -> None:
    path = f"{prefix}.{resource.attribute}"
    resources.append(path)
    for op in resource.operations:
        methods[f"{path}.{op.name}"] = _method(op)
    for sub in resource.children:
        _resource(sub, path, methods, resources)


def _method(op: Operation) -> dict[str, Any]:
    returns = _plain(op.return_annotation)
    return {
        "operation": f"{_value(op.http_method_literal)} {_value(op.path_literal)}",
        "operation_id": op.operation_id,
        "positional": [{"name": p.name, "wire": p.wire, "type": _plain(p.annotation)} for p in op.positional],
        "keyword": {p.name: {"wire": p.wire, "in": p.location, "type": _plain(p.annotation), "required": p.required} for p in op.keyword},
        "returns": f"Pager[{returns}]" if op.paging else returns,
        "deprecated": op.deprecated,
    }


def _value(literal: str) -> Any:
    try:
        return ast.literal_eval(literal)
    except (ValueError, SyntaxError):
        return literal


def _plain(annotation: str) -> str:
    """An annotation in one canonical spelling (black may wrap or requote it)."""
    try:
        return ast.unparse(ast.parse(annotation, mode="eval"))
    except SyntaxError:
        return re.sub(r"\s+", " ", annotation)


def code_digest(files: dict[str, str]) -> str:
    """sha256 over the generated files (names and texts), the record and changelog left out."""
    digest = hashlib.sha256()
    for name in sorted(files):
        if name in UNDIGESTED:
            continue
        digest.update(name.encode() + b"\0" + files[name].encode() + b"\0")
    return digest.hexdigest()


def runtime_errors(files: dict[str, str], module: str) -> list[str]:
    """The exception classes of the package's `errors` module (from its source)."""
    source = files.get(f"{module}/errors.py", "")
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    return sorted(n.name for n in tree.body if isinstance(n, ast.ClassDef) and not n.name.startswith("_"))


def dumps(record: dict[str, Any]) -> str:
    """The record as committed: sorted keys, two-space indents, one trailing newline."""
    return json.dumps(record, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def loads(text: str) -> dict[str, Any] | None:
    """A committed record, or None when it is missing or not one this rungen wrote."""
    try:
        record = json.loads(text)
    except ValueError:
        return None
    return record if isinstance(record, dict) and record.get("format") == FORMAT else None
