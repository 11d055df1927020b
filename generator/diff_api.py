"""`rungen diff`, the API-contract layer: rules over two OpenAPI documents (what oasdiff checks).

The documents are compared as their `contract` (generator/contract.py).
"""

from __future__ import annotations

from typing import Any, Iterator

from .contract import contract
from .diff_rules import ADDITIVE, BREAKING, DOCUMENTATION, rule

__all__ = ["API", "contract"]

API = "api"


# -- the rules -----------------------------------------------------------------------------------


def _ops(old: Any, new: Any) -> Iterator[tuple[str, Any, Any]]:
    for key, op in sorted(old["operations"].items()):
        if key in new["operations"]:
            yield key, op, new["operations"][key]


def _params(old: Any, new: Any) -> Iterator[tuple[str, str, Any, Any]]:
    for key, a, b in _ops(old, new):
        for name, p in sorted(a["parameters"].items()):
            if name in b["parameters"]:
                yield key, name, p, b["parameters"][name]


def _props(old: Any, new: Any, side: str) -> Iterator[tuple[str, str, Any, Any]]:
    for key, a, b in _ops(old, new):
        x, y = (a["body"] or {}, b["body"] or {}) if side == "request" else (a["responses"], b["responses"])
        for path, p in sorted((x.get("properties") or {}).items()):
            if path in (y.get("properties") or {}):
                yield key, path, p, y["properties"][path]


def _new_props(old: Any, new: Any, side: str) -> Iterator[tuple[str, str, Any, bool]]:
    """(operation, property, its description, whether it is removed) for properties in one side only."""
    for key, a, b in _ops(old, new):
        x, y = (a["body"] or {}, b["body"] or {}) if side == "request" else (a["responses"], b["responses"])
        before, after = x.get("properties") or {}, y.get("properties") or {}
        for path in sorted(set(before) ^ set(after)):
            parent = path.rsplit(".", 1)[0] if "." in path else ""
            if parent and parent not in before | after or (parent and (parent in before) != (parent in after)):
                continue  # inside an added or removed parent: the parent is the change
            yield key, path, after.get(path) or before[path], path not in after


@rule("api-operation-removed", BREAKING, API, "An operation (method and path) is gone.")
def operation_removed(old: Any, new: Any) -> Iterator[str]:
    for key in sorted(set(old["operations"]) - set(new["operations"])):
        yield f"{key} removed"


@rule("api-operation-added", ADDITIVE, API, "A new operation.")
def operation_added(old: Any, new: Any) -> Iterator[str]:
    for key in sorted(set(new["operations"]) - set(old["operations"])):
        yield f"{key} added"


@rule("api-operation-id-changed", DOCUMENTATION, API, "An operationId changed: nothing on the wire (the sdk layer reports the renamed method).")
def operation_id_changed(old: Any, new: Any) -> Iterator[str]:
    for key, a, b in _ops(old, new):
        if a["id"] != b["id"]:
            yield f"{key}: operationId {a['id']!r} is now {b['id']!r}"


@rule("api-operation-deprecated", DOCUMENTATION, API, "An operation is now marked deprecated.")
def operation_deprecated(old: Any, new: Any) -> Iterator[str]:
    for key, a, b in _ops(old, new):
        if b["deprecated"] and not a["deprecated"]:
            yield f"{key} deprecated"


@rule("request-parameter-removed", BREAKING, API, "An operation no longer takes a parameter.")
def parameter_removed(old: Any, new: Any) -> Iterator[str]:
    for key, a, b in _ops(old, new):
        for name in sorted(set(a["parameters"]) - set(b["parameters"])):
            yield f"{key}: parameter {name} removed"


@rule("request-parameter-added-required", BREAKING, API, "A new required parameter: existing requests lack it.")
def required_parameter_added(old: Any, new: Any) -> Iterator[str]:
    for key, a, b in _ops(old, new):
        for name in sorted(set(b["parameters"]) - set(a["parameters"])):
            if b["parameters"][name]["required"]:
                yield f"{key}: new required parameter {name}"


@rule("request-parameter-added-optional", ADDITIVE, API, "A new optional parameter.")
def optional_parameter_added(old: Any, new: Any) -> Iterator[str]:
    for key, a, b in _ops(old, new):
        for name in sorted(set(b["parameters"]) - set(a["parameters"])):
            if not b["parameters"][name]["required"]:
                yield f"{key}: new optional parameter {name}"


@rule("request-parameter-became-required", BREAKING, API, "An optional parameter is now required.")
def parameter_became_required(old: Any, new: Any) -> Iterator[str]:
    for key, name, a, b in _params(old, new):
        if b["required"] and not a["required"]:
            yield f"{key}: parameter {name} is now required"


@rule("request-parameter-became-optional", ADDITIVE, API, "A required parameter is now optional.")
def parameter_became_optional(old: Any, new: Any) -> Iterator[str]:
    for key, name, a, b in _params(old, new):
        if a["required"] and not b["required"]:
            yield f"{key}: parameter {name} is now optional"


@rule("request-parameter-type-changed", BREAKING, API, "A parameter's type changed.")
def parameter_type_changed(old: Any, new: Any) -> Iterator[str]:
    for key, name, a, b in _params(old, new):
        if a["type"] != b["type"]:
            yield f"{key}: parameter {name} is now {'/'.join(b['type']) or 'any'} instead of {'/'.join(a['type']) or 'any'}"


@rule("request-parameter-enum-value-removed", BREAKING, API, "A parameter no longer accepts a value it listed.")
def parameter_enum_removed(old: Any, new: Any) -> Iterator[str]:
    for key, name, a, b in _params(old, new):
        for value in _lost(a["enum"], b["enum"]):
            yield f"{key}: parameter {name} no longer accepts {value!r}"


@rule("request-parameter-enum-value-added", ADDITIVE, API, "A parameter accepts a new value.")
def parameter_enum_added(old: Any, new: Any) -> Iterator[str]:
    for key, name, a, b in _params(old, new):
        for value in _lost(b["enum"], a["enum"]):
            yield f"{key}: parameter {name} accepts {value!r}"


@rule("request-body-became-required", BREAKING, API, "A request body that could be left out is now required.")
def body_became_required(old: Any, new: Any) -> Iterator[str]:
    for key, a, b in _ops(old, new):
        if b["body"] and b["body"]["required"] and not (a["body"] and a["body"]["required"]):
            yield f"{key}: request body is now required"


@rule("request-media-type-removed", BREAKING, API, "A request body media type is no longer accepted.")
def request_media_removed(old: Any, new: Any) -> Iterator[str]:
    for key, a, b in _ops(old, new):
        for media in sorted(set((a["body"] or {}).get("media") or []) - set((b["body"] or {}).get("media") or [])):
            yield f"{key}: request body {media} no longer accepted"


@rule("request-property-removed", BREAKING, API, "A request body property is gone: requests that send it may be refused.")
def request_property_removed(old: Any, new: Any) -> Iterator[str]:
    for key, path, _, removed in _new_props(old, new, "request"):
        if removed:
            yield f"{key}: request property {path} removed"


@rule("request-property-added-required", BREAKING, API, "A new required request property: existing requests lack it.")
def request_property_required_added(old: Any, new: Any) -> Iterator[str]:
    for key, path, prop, removed in _new_props(old, new, "request"):
        if not removed and prop["required"]:
            yield f"{key}: new required request property {path}"


@rule("request-property-added-optional", ADDITIVE, API, "A new optional request property.")
def request_property_optional_added(old: Any, new: Any) -> Iterator[str]:
    for key, path, prop, removed in _new_props(old, new, "request"):
        if not removed and not prop["required"]:
            yield f"{key}: new optional request property {path}"


@rule("request-property-became-required", BREAKING, API, "An optional request property is now required.")
def request_property_became_required(old: Any, new: Any) -> Iterator[str]:
    for key, path, a, b in _props(old, new, "request"):
        if b["required"] and not a["required"]:
            yield f"{key}: request property {path} is now required"


@rule("request-property-type-changed", BREAKING, API, "A request property's type changed.")
def request_property_type_changed(old: Any, new: Any) -> Iterator[str]:
    for key, path, a, b in _props(old, new, "request"):
        if a["type"] != b["type"]:
            yield f"{key}: request property {path} is now {'/'.join(b['type']) or 'any'} instead of {'/'.join(a['type']) or 'any'}"


@rule("request-property-became-not-nullable", BREAKING, API, "A request property no longer accepts null.")
def request_property_not_nullable(old: Any, new: Any) -> Iterator[str]:
    for key, path, a, b in _props(old, new, "request"):
        if a["nullable"] and not b["nullable"]:
            yield f"{key}: request property {path} no longer accepts null"


@rule("request-property-enum-value-removed", BREAKING, API, "A request property no longer accepts a value it listed.")
def request_property_enum_removed(old: Any, new: Any) -> Iterator[str]:
    for key, path, a, b in _props(old, new, "request"):
        for value in _lost(a["enum"], b["enum"]):
            yield f"{key}: request property {path} no longer accepts {value!r}"


@rule("request-property-enum-value-added", ADDITIVE, API, "A request property accepts a new value.")
def request_property_enum_added(old: Any, new: Any) -> Iterator[str]:
    for key, path, a, b in _props(old, new, "request"):
        for value in _lost(b["enum"], a["enum"]):
            yield f"{key}: request property {path} accepts {value!r}"


@rule("response-property-removed", BREAKING, API, "A response property is gone: code reading it breaks.")
def response_property_removed(old: Any, new: Any) -> Iterator[str]:
    for key, path, _, removed in _new_props(old, new, "response"):
        if removed:
            yield f"{key}: response property {path} removed"


@rule("response-property-added", ADDITIVE, API, "A new response property.")
def response_property_added(old: Any, new: Any) -> Iterator[str]:
    for key, path, _, removed in _new_props(old, new, "response"):
        if not removed:
            yield f"{key}: new response property {path}"


@rule("response-property-became-optional", BREAKING, API, "A response property that was always there may now be missing.")
def response_property_became_optional(old: Any, new: Any) -> Iterator[str]:
    for key, path, a, b in _props(old, new, "response"):
        if a["required"] and not b["required"]:
            yield f"{key}: response property {path} may now be missing"


@rule("response-property-type-changed", BREAKING, API, "A response property's type changed.")
def response_property_type_changed(old: Any, new: Any) -> Iterator[str]:
    for key, path, a, b in _props(old, new, "response"):
        if a["type"] != b["type"]:
            yield f"{key}: response property {path} is now {'/'.join(b['type']) or 'any'} instead of {'/'.join(a['type']) or 'any'}"


@rule("response-property-became-nullable", BREAKING, API, "A response property may now be null.")
def response_property_nullable(old: Any, new: Any) -> Iterator[str]:
    for key, path, a, b in _props(old, new, "response"):
        if b["nullable"] and not a["nullable"]:
            yield f"{key}: response property {path} may now be null"


@rule(
    "response-property-enum-value-added", ADDITIVE, API,
    "A response property has a new value. oasdiff rates this breaking (a closed enum in a client refuses it); "
    "rungen's response enums are open (README, Supported OpenAPI), so its clients parse it: additive.",
)
def response_enum_added(old: Any, new: Any) -> Iterator[str]:
    for key, path, a, b in _props(old, new, "response"):
        for value in _lost(b["enum"], a["enum"]):
            yield f"{key}: response property {path} may now be {value!r}"


@rule("response-property-enum-value-removed", ADDITIVE, API, "A response property no longer takes a value it listed (compatible: fewer cases to handle).")
def response_enum_removed(old: Any, new: Any) -> Iterator[str]:
    for key, path, a, b in _props(old, new, "response"):
        for value in _lost(a["enum"], b["enum"]):
            yield f"{key}: response property {path} is no longer {value!r}"


@rule("response-success-status-removed", BREAKING, API, "A success status is no longer returned.")
def success_removed(old: Any, new: Any) -> Iterator[str]:
    for key, a, b in _ops(old, new):
        for status in sorted(set(a["responses"]["success"]) - set(b["responses"]["success"])):
            yield f"{key}: success status {status} removed"


@rule("response-success-status-added", ADDITIVE, API, "A new success status.")
def success_added(old: Any, new: Any) -> Iterator[str]:
    for key, a, b in _ops(old, new):
        for status in sorted(set(b["responses"]["success"]) - set(a["responses"]["success"])):
            yield f"{key}: new success status {status}"


@rule("response-media-type-removed", BREAKING, API, "A success response media type is no longer returned.")
def response_media_removed(old: Any, new: Any) -> Iterator[str]:
    for key, a, b in _ops(old, new):
        for media in sorted(set(a["responses"]["media"]) - set(b["responses"]["media"])):
            yield f"{key}: response {media} removed"


@rule("security-requirement-changed", BREAKING, API, "An operation needs other credentials (an alternative it accepted is gone).")
def security_changed(old: Any, new: Any) -> Iterator[str]:
    for key, a, b in _ops(old, new):
        lost = [alt for alt in a["security"] if alt not in b["security"]]
        if lost:
            yield f"{key}: no longer accepts {' + '.join(lost[0]) or 'no credentials'}"


@rule("security-alternative-added", ADDITIVE, API, "An operation accepts another way to authenticate.")
def security_added(old: Any, new: Any) -> Iterator[str]:
    for key, a, b in _ops(old, new):
        gained = [alt for alt in b["security"] if alt not in a["security"]]
        if gained and all(alt in b["security"] for alt in a["security"]):
            yield f"{key}: also accepts {' + '.join(gained[0]) or 'no credentials'}"


@rule("security-scheme-changed", BREAKING, API, "A security scheme changed its type, location or header name, or was removed.")
def scheme_changed(old: Any, new: Any) -> Iterator[str]:
    for name, scheme in sorted(old["schemes"].items()):
        if name not in new["schemes"]:
            yield f"security scheme {name} removed"
        elif new["schemes"][name] != scheme:
            yield f"security scheme {name} changed"


@rule("api-version-changed", DOCUMENTATION, API, "`info.version` changed (kept as the package's `__api_version__`).")
def version_changed(old: Any, new: Any) -> Iterator[str]:
    if old["version"] != new["version"]:
        yield f"API version {old['version']!r} is now {new['version']!r}"


@rule("description-changed", DOCUMENTATION, API, "Text changed: the document's, an operation's, a parameter's or a property's description.")
def description_changed(old: Any, new: Any) -> Iterator[str]:
    if old["text"] != new["text"]:
        yield "the API's description changed"
    for key, a, b in _ops(old, new):
        if a["text"] != b["text"]:
            yield f"{key}: description changed"
    for key, name, a, b in _params(old, new):
        if a["text"] != b["text"]:
            yield f"{key}: parameter {name} description changed"
    for side in ("request", "response"):
        for key, path, a, b in _props(old, new, side):
            if a["text"] != b["text"]:
                yield f"{key}: {side} property {path} description changed"


def _lost(before: list[str] | None, after: list[str] | None) -> list[str]:
    """Values of `before` that `after` no longer lists (an enum dropped altogether lists everything)."""
    if before is None or after is None:
        return []
    return [v for v in before if v not in after]
