"""The API contract of an OpenAPI document, as plain data `rungen diff` compares (generator/diff_api.py).

Operations by method and path (path parameter names left out, so renaming one is not a new
operation), their parameters, the request body's and the first success response's
properties flattened to dotted paths (``data[].status``) with type, nullability, enum and
requiredness, and the security each operation needs.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_MAX_DEPTH = 8


def contract(spec: dict[str, Any]) -> dict[str, Any]:
    """The parts of a (bundled) OpenAPI document that the rules compare."""
    root_security: list[Any] = spec["security"] if isinstance(spec.get("security"), list) else []
    schemes = ((spec.get("components") or {}).get("securitySchemes") or {}) if isinstance(spec.get("components"), dict) else {}
    operations: dict[str, Any] = {}
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        item = _deref(spec, item)
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            key = f"{method.upper()} {re.sub(r'{[^}]*}', '{}', str(path))}"
            params = list(item.get("parameters") or []) + list(op.get("parameters") or [])
            security = op["security"] if isinstance(op.get("security"), list) else root_security
            operations[key] = {
                "path": str(path),
                "id": str(op.get("operationId") or ""),
                "deprecated": op.get("deprecated") is True,
                "text": [op.get("summary"), op.get("description")],
                "parameters": _parameters(spec, params),
                "body": _body(spec, op.get("requestBody")),
                "responses": _responses(spec, op.get("responses") or {}),
                "security": sorted(sorted(str(k) for k in req) for req in security if isinstance(req, dict)),
            }
    info: dict[str, Any] = spec["info"] if isinstance(spec.get("info"), dict) else {}
    return {
        "operations": operations,
        "schemes": {str(k): {x: v.get(x) for x in ("type", "scheme", "in", "name")} for k, v in schemes.items() if isinstance(v, dict)},
        "version": str(info.get("version", "")),
        "text": [info.get("title"), info.get("description")],
    }


def _deref(spec: dict[str, Any], node: Any, depth: int = 0) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/") and depth < 50:
        target: Any = spec
        for token in unquote(node["$ref"][2:]).split("/"):  # `%7Bid%7D`, list positions too
            token = token.replace("~1", "/").replace("~0", "~")
            if isinstance(target, list) and token.isdigit() and int(token) < len(target):
                target = target[int(token)]
            else:
                target = target.get(token) if isinstance(target, dict) else None
        node, depth = target, depth + 1
    return node if isinstance(node, dict) else {}


def _parameters(spec: dict[str, Any], params: list[Any]) -> dict[str, Any]:
    result = {}
    for raw in params:
        param = _deref(spec, raw)
        if "name" not in param or "in" not in param:
            continue
        schema = _deref(spec, param.get("schema") or {})
        result[f"{param['in']} {param['name']}"] = dict(_describe(spec, schema), required=param.get("required") is True, text=param.get("description"))
    return result


def _body(spec: dict[str, Any], raw: Any) -> dict[str, Any] | None:
    body = _deref(spec, raw) if raw is not None else None
    if not body:
        return None
    content = body.get("content") or {}
    media = sorted(str(m) for m in content)
    props: dict[str, Any] = {}
    for m in media:
        _flatten(spec, (content[m] or {}).get("schema") or {}, "", props, 0, True)
    return {"required": body.get("required") is True, "media": media, "properties": props}


def _responses(spec: dict[str, Any], responses: dict[Any, Any]) -> dict[str, Any]:
    success = sorted(str(c) for c in responses if str(c).startswith("2"))
    props: dict[str, Any] = {}
    media: list[str] = []
    if success:
        response = _deref(spec, responses.get(success[0]) if success[0] in responses else responses.get(int(success[0])))
        content = response.get("content") or {}
        media = sorted(str(m) for m in content)
        for m in media:
            _flatten(spec, (content[m] or {}).get("schema") or {}, "", props, 0, True)
    return {"success": success, "media": media, "properties": props}


def _describe(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    types = schema.get("type")
    kinds = sorted(str(t) for t in types) if isinstance(types, list) else ([str(types)] if types else [])
    nullable = schema.get("nullable") is True or "null" in kinds
    kinds = [t for t in kinds if t != "null"]
    if schema.get("format") and kinds == ["string"]:
        kinds = [f"string/{schema['format']}"]
    enum = schema.get("enum") if isinstance(schema.get("enum"), list) else ([schema["const"]] if "const" in schema else None)
    if enum is not None and None in enum:
        nullable = True
    items = [str(v) for v in enum if v is not None] if enum is not None else None
    return {"type": kinds, "nullable": nullable, "enum": items}


def _flatten(spec: dict[str, Any], raw: Any, prefix: str, out: dict[str, Any], depth: int, required: bool) -> None:
    """Every property under `raw`, by dotted path; `[]` steps into array items."""
    schema = _deref(spec, raw)
    if depth > _MAX_DEPTH or not schema:
        return
    members = [_deref(spec, s) for key in ("allOf", "oneOf", "anyOf") for s in (schema.get(key) or [])]
    own = dict(_describe(spec, schema), required=required, text=schema.get("description"))
    if prefix and prefix not in out:
        out[prefix] = own
    needed = set(schema.get("required") or [])
    for member in members:
        needed |= set(member.get("required") or []) if isinstance(member, dict) else set()
    for name, sub in (schema.get("properties") or {}).items():
        _flatten(spec, sub, f"{prefix}.{name}" if prefix else str(name), out, depth + 1, name in needed)
    for member in members:
        _flatten(spec, {k: v for k, v in member.items() if k != "required"} | {"required": list(needed)}, prefix, out, depth + 1, required)
    if isinstance(schema.get("items"), dict):
        _flatten(spec, schema["items"], prefix + "[]", out, depth + 1, True)
