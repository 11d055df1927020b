"""Stage 2, validate: the document is OpenAPI, every $ref lands, and our extensions are well formed."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator

import jsonschema
from jsonschema_path import SchemaPath
from openapi_spec_validator.settings import get_resolved_cache_maxsize
from openapi_spec_validator.shortcuts import get_validator_cls
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError, ValidatorDetectError
from openapi_spec_validator.validation.keywords import KeywordValidator, SchemaValidator, ValueValidator

from .errors import Level, Location, Problem, SpecError, pointer, shorten
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
        problems += list(_openapi_problems(docs))
    problems += list(_extension_problems(root))
    problems += list(_duplicate_keys(docs))
    errors = [p for p in problems if p.level is Level.ERROR or strict]
    if errors:
        raise SpecError(errors[:MAX_PROBLEMS])
    return problems


def _duplicate_keys(docs: DocumentSet) -> Iterator[Problem]:
    """A key written twice in one mapping: YAML silently keeps only the last value."""
    for doc in docs.documents():
        for dup in doc.duplicates:
            message = f"duplicate key {shorten(dup.key, 60)} (first on line {dup.first}): only this later value is used"
            yield Problem(Level.WARNING, message, Location(doc.path, line=dup.line))


def _problem(doc: Document, ptr: str, message: str, level: Level = Level.ERROR) -> Problem:
    return Problem(level, message, doc.location(ptr))


def _ref_problems(docs: DocumentSet) -> Iterator[Problem]:
    checked: dict[tuple[str, str], str | None] = {}  # (ref, file) -> the problem, or None: a spec repeats its refs
    for doc in docs.documents():
        broken = False
        for ref in _ref_values(doc.data):
            key = (ref, doc.path)
            if key not in checked:
                try:
                    docs.deref(docs.lookup(ref, doc.path))
                    checked[key] = None
                except RefError as exc:
                    checked[key] = str(exc)
            broken = broken or checked[key] is not None
        if not broken:
            continue
        # only a document with a broken $ref pays for the JSON pointer of every node
        for ptr, ref in _refs(doc.data, ""):
            if checked[(ref, doc.path)] is not None:
                yield _problem(doc, ptr + "/$ref", str(checked[(ref, doc.path)]))


def _ref_values(node: Any) -> Iterator[str]:
    """Every `$ref` string in `node`, in the order `_refs` gives them."""
    stack: list[Any] = [node]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                yield ref
            stack.extend(v for k, v in node.items() if k != "$ref")
        elif isinstance(node, list):
            stack.extend(node)


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


def _openapi_problems(docs: DocumentSet) -> Iterator[Problem]:
    doc = docs.root
    try:
        cls = get_validator_cls(doc.data)
    except ValidatorDetectError:
        yield _problem(doc, "/openapi", "not an OpenAPI 3.x document: no valid 'openapi' version field")
        return
    base_uri = Path(doc.path).resolve().as_uri()
    located = type(cls.__name__, (cls,), {"keyword_validators": {k: _located(v) for k, v in cls.keyword_validators.items()}})
    # the resolved-path cache the validator itself uses when handed a dict (SchemaPath's own default is none)
    validator = located(SchemaPath.from_dict(doc.data, base_uri=base_uri, resolved_cache_maxsize=get_resolved_cache_maxsize()))
    try:
        for count, error in enumerate(validator.iter_errors()):
            if count >= MAX_PROBLEMS:
                break
            base = getattr(error, _BASE, ())
            if base and base[-1] == "default":
                # a default that does not match its schema shapes no code: the corner costs its value
                target, ptr = _real_place(docs, list(base))
                message = f"default {shorten(_value(docs, target, ptr), 60)} does not match its schema ({_message(error)}); not used"
                yield Problem(Level.WARNING, message, target.location(ptr), drops_value=True)
                continue
            target, ptr = _real_place(docs, [*base, *error.path])
            if error.validator == "uniqueItems" and error.path and error.path[-1] == "enum":
                # JSON Schema: enum items SHOULD be unique; a repeat shapes nothing (the type lists each value once)
                yield Problem(Level.WARNING, f"enum lists a value more than once ({_message(error)}); the repeats are ignored", target.location(ptr))
                continue
            yield _problem(target, ptr, _message(error))
    except RecursionError:
        yield _problem(doc, "", "the document is nested too deeply to validate")
    except Exception as exc:  # the validator can raise on input it cannot walk
        yield _problem(doc, "", f"cannot validate: {shorten(str(exc), 200)}")


#: The attribute a located keyword validator sets on its errors: the document path it was checking.
_BASE = "_rungen_base"


def _located(cls: type[KeywordValidator]) -> type[KeywordValidator]:
    """`cls`, whose errors also carry the document path of what it checked.

    The validator checks each schema, parameter or operation on its own, so an error's own
    path is relative to that node ("/type"); the base makes it absolute.
    """

    def __call__(self: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        checked = next((a for a in args if isinstance(a, SchemaPath)), None)
        base = () if checked is None else tuple(checked.parts) + (("default",) if isinstance(self, ValueValidator) else ())
        for error in cls.__call__(self, *args, **kwargs):  # type: ignore[operator]
            if not hasattr(error, _BASE):
                if not isinstance(error, OpenAPIValidationError):
                    error = OpenAPIValidationError.create_from(error)
                setattr(error, _BASE, base)
            yield error

    attributes: dict[str, Any] = {"__call__": __call__}
    if issubclass(cls, SchemaValidator):
        attributes["_validate_schema_meta"] = _meta_once(cls._validate_schema_meta)
        attributes["__init__"] = _with_id_sets(cls.__init__)
    return type(cls.__name__, (cls,), attributes)


class _IdList(list):  # type: ignore[type-arg]
    """A list of ids whose `in` is a set lookup: `SchemaValidator` keeps the ids of the schemas
    it has visited in lists and asks `in` of each one per schema, which is quadratic in the
    number of schemas (over half of the validation of GitHub's 12 MiB spec)."""

    def __init__(self) -> None:
        super().__init__()
        self._set: set[Any] = set()

    def append(self, value: Any) -> None:
        super().append(value)
        self._set.add(value)

    def extend(self, values: Any) -> None:
        for value in values:
            self.append(value)

    def clear(self) -> None:
        super().clear()
        self._set.clear()

    def __contains__(self, value: object) -> bool:
        return value in self._set


def _with_id_sets(init: Any) -> Any:
    """`SchemaValidator.__init__`, with its registries of visited and meta-checked schema ids as `_IdList`s."""

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        for name in ("visited_schema_ids", "meta_checked_schema_ids"):
            if isinstance(getattr(self, name, None), list) and not getattr(self, name):
                setattr(self, name, _IdList())

    return __init__


def _meta_once(check: Any) -> Any:
    """`SchemaValidator._validate_schema_meta`, run once per distinct schema value.

    The validator checks each schema object it meets against the dialect's meta-schema (once
    per object); specs repeat the same inline schema (``{type: string}``...) in many places.
    The check is a function of the value alone, so a value that passed once passes again; one
    that failed is checked again wherever it is, so that each place gets its located error."""

    def _validate_schema_meta(self: Any, schema: SchemaPath, schema_value: Any) -> Any:
        passed = self.__dict__.setdefault("_rungen_passed", set())
        key = repr(schema_value)  # repr keeps the types apart (1 and True, a date and its text)
        if key in passed:
            return None
        error = check(self, schema, schema_value)
        if error is None:
            passed.add(key)
        return error

    return _validate_schema_meta


def _real_place(docs: DocumentSet, tokens: list[Any]) -> tuple[Document, str]:
    """The document and JSON pointer of a path the validator walked, its `$ref`s followed.

    The validator reaches a component schema through the first `$ref` to it; the problem is
    where the schema is written, not where it is used.
    """
    doc, ptr, node = docs.root, "", docs.root.data
    for i, token in enumerate(tokens):
        if isinstance(node, dict) and isinstance(node.get("$ref"), str) and token not in node:
            try:
                target = docs.deref(docs.lookup(node["$ref"], doc.path))
            except RefError:
                return doc, ptr + pointer(*tokens[i:])
            doc, ptr, node = target.doc, target.location.pointer, target.data
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and isinstance(token, int) and 0 <= token < len(node):
            node = node[token]
        else:
            return doc, ptr + pointer(*tokens[i:])
        ptr += pointer(token)
    return doc, ptr


def _value(docs: DocumentSet, doc: Document, ptr: str) -> Any:
    try:
        return docs.at(doc, ptr)
    except (KeyError, IndexError, TypeError, ValueError):
        return "(unreadable)"


def _message(error: Any) -> str:
    message = str(getattr(error, "message", None) or error)
    # some validators append the failing schema and instance after a blank line: one line is enough
    message = " ".join(message.split("\n\n")[0].split())
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
