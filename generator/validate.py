"""Stage 2, validate: the document is OpenAPI, every $ref lands, and our extensions are well formed."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator

import jsonschema
from jsonschema_path import SchemaPath
from openapi_spec_validator.shortcuts import get_validator_cls
from openapi_spec_validator.validation.exceptions import ValidatorDetectError

from .errors import Level, Problem, SpecError, pointer, shorten
from .extensions import EXTENSION_SCHEMAS
from .load import Document
from .resolve import DocumentSet, RefError

MAX_PROBLEMS = 20


def validate(docs: DocumentSet, *, strict: bool = False) -> list[Problem]:
    """Check the root document; raise SpecError on errors, return warnings."""
    root = docs.root
    if not isinstance(root.data, dict):
        raise SpecError([_problem(root, "", "the document is not a mapping (an OpenAPI object)")])
    version = root.data.get("openapi")
    if not isinstance(version, str) or not version.startswith("3."):
        where = "/openapi" if "openapi" in root.data else ""
        found = f"'swagger: {root.data['swagger']}'" if "swagger" in root.data else repr(shorten(version, 40))
        raise SpecError([_problem(root, where, f"not an OpenAPI 3.x document (found {found}); convert Swagger 2.0 documents to OpenAPI 3 first")])
    problems = list(_ref_problems(docs))
    if not problems:
        problems += list(_openapi_problems(root))
    problems += list(_extension_problems(root))
    errors = [p for p in problems if p.level is Level.ERROR or strict]
    if errors:
        raise SpecError(errors[:MAX_PROBLEMS])
    return problems


def _problem(doc: Document, ptr: str, message: str, level: Level = Level.ERROR) -> Problem:
    return Problem(level, message, doc.location(ptr))


def _ref_problems(docs: DocumentSet) -> Iterator[Problem]:
    for doc in docs.documents():
        for ptr, ref in _refs(doc.data, ""):
            try:
                target = docs.lookup(ref, doc.path)
                docs.deref(target)
            except RefError as exc:
                yield _problem(doc, ptr + "/$ref", str(exc))


def _refs(node: Any, ptr: str) -> Iterator[tuple[str, str]]:
    stack: list[tuple[Any, str]] = [(node, ptr)]
    while stack:
        node, ptr = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                yield ptr, ref
            stack.extend((v, ptr + pointer(k)) for k, v in node.items() if k != "$ref")
        elif isinstance(node, list):
            stack.extend((v, ptr + pointer(i)) for i, v in enumerate(node))


def _openapi_problems(doc: Document) -> Iterator[Problem]:
    try:
        cls = get_validator_cls(doc.data)
    except ValidatorDetectError:
        yield _problem(doc, "/openapi", "not an OpenAPI 3.x document: no valid 'openapi' version field")
        return
    base_uri = Path(doc.path).resolve().as_uri()
    validator = cls(SchemaPath.from_dict(doc.data, base_uri=base_uri))
    try:
        for count, error in enumerate(validator.iter_errors()):
            if count >= MAX_PROBLEMS:
                break
            ptr = pointer(*getattr(error, "absolute_path", ()) or getattr(error, "path", ()))
            yield _problem(doc, ptr, _message(error))
    except RecursionError:
        yield _problem(doc, "", "the document is nested too deeply to validate")
    except Exception as exc:  # the validator can raise on input it cannot walk
        yield _problem(doc, "", f"cannot validate: {shorten(str(exc), 200)}")


def _message(error: Any) -> str:
    message = getattr(error, "message", None) or str(error)
    return shorten(message, 300).strip("'\"") if len(message) > 300 else message


def _extension_problems(doc: Document) -> Iterator[Problem]:
    data = doc.data
    locations: list[tuple[str, str, Any]] = []
    for key, value in data.items():
        if isinstance(key, str) and key.startswith("x-rungen-"):
            locations.append(("root", pointer(key), (key, value)))
    schemes = (data.get("components") or {}).get("securitySchemes") or {}
    if isinstance(schemes, dict):
        for name, scheme in schemes.items():
            if isinstance(scheme, dict) and "x-rungen-credentials" in scheme:
                value = scheme["x-rungen-credentials"]
                locations.append(
                    ("scheme", pointer("components", "securitySchemes", name, "x-rungen-credentials"), ("x-rungen-credentials", value))
                )
    paths = data.get("paths")
    for path, item in (paths.items() if isinstance(paths, dict) else []):
        if not isinstance(item, dict):
            continue
        for method, op in item.items():
            if not isinstance(op, dict):
                continue
            for key, value in op.items():
                if isinstance(key, str) and key.startswith("x-rungen-"):
                    locations.append(("operation", pointer("paths", path, method, key), (key, value)))
    styles = data.get("x-rungen-pagination")
    for where, ptr, (key, value) in locations:
        schema = EXTENSION_SCHEMAS.get((where, key))
        if schema is None:
            yield _problem(doc, ptr, f"unknown extension {key!r} here", Level.WARNING)
            continue
        for error in jsonschema.Draft202012Validator(schema).iter_errors(value):
            sub = ptr + pointer(*error.absolute_path)
            yield _problem(doc, sub, f"{key}: {error.message}")
        if key == "x-rungen-credentials" and isinstance(value, dict):
            for name, entry in value.items():
                if isinstance(entry, dict) and isinstance(entry.get("pattern"), str):
                    try:
                        re.compile(entry["pattern"])
                    except re.error as exc:
                        yield _problem(doc, ptr + pointer(name, "pattern"), f"{key}: not a valid regular expression ({exc})")
        if where == "operation" and key == "x-rungen-pagination" and isinstance(value, str):
            if not isinstance(styles, dict) or value not in styles:
                yield _problem(doc, ptr, f"paging style {value!r} is not defined in the root x-rungen-pagination")
