"""`rungen diff`, the generated-SDK layer: rules over two surface records (generator/surface.py).

Messages are written for the package's users: ``client.people.list()`` gained ``filter_by``.
"""

from __future__ import annotations

import ast
import re
from typing import Any, Iterator

from .diff_rules import ADDITIVE, BREAKING, rule

SDK = "sdk"


def _methods(record: Any) -> dict[str, Any]:
    return dict(record.get("methods") or {})


def _moved(old: Any, new: Any) -> dict[str, str]:
    """Old accessor -> new accessor, for methods whose operation now hangs elsewhere."""
    by_operation = {m["operation"]: name for name, m in _methods(new).items()}
    result = {}
    for name, method in _methods(old).items():
        target = by_operation.get(method["operation"])
        if name not in _methods(new) and target is not None and target not in _methods(old):
            result[name] = target
    return result


def _common(old: Any, new: Any) -> Iterator[tuple[str, Any, Any]]:
    """(accessor in the new package, old method, new method) for methods in both (renames followed)."""
    moved = _moved(old, new)
    for name, method in sorted(_methods(old).items()):
        target = name if name in _methods(new) else moved.get(name)
        if target is not None:
            yield target, method, _methods(new)[target]


@rule("sdk-method-removed", BREAKING, SDK, "A method is gone: its operation was removed from the API.")
def method_removed(old: Any, new: Any) -> Iterator[str]:
    moved = _moved(old, new)
    for name in sorted(set(_methods(old)) - set(_methods(new)) - set(moved)):
        yield f"`{name}()` removed"


@rule("sdk-method-renamed", BREAKING, SDK, "The same operation is now another method or on another resource (operationId, tag, `x-rungen-resource`/`x-rungen-method` changed).")
def method_renamed(old: Any, new: Any) -> Iterator[str]:
    for name, target in sorted(_moved(old, new).items()):
        yield f"`{name}()` renamed to `{target}()`"


@rule("sdk-method-added", ADDITIVE, SDK, "A new method (a new operation).")
def method_added(old: Any, new: Any) -> Iterator[str]:
    moved = set(_moved(old, new).values())
    for name in sorted(set(_methods(new)) - set(_methods(old)) - moved):
        yield f"new method `{name}()`"


@rule("sdk-resource-removed", BREAKING, SDK, "A resource attribute of the client is gone (its methods were removed or moved).")
def resource_removed(old: Any, new: Any) -> Iterator[str]:
    for name in sorted(set(old.get("resources") or []) - set(new.get("resources") or [])):
        yield f"`{name}` removed"


@rule("sdk-resource-added", ADDITIVE, SDK, "A new resource attribute on the client.")
def resource_added(old: Any, new: Any) -> Iterator[str]:
    for name in sorted(set(new.get("resources") or []) - set(old.get("resources") or [])):
        yield f"new resource `{name}`"


@rule("sdk-return-retyped", BREAKING, SDK, "A method returns another type.")
def return_retyped(old: Any, new: Any) -> Iterator[str]:
    for name, a, b in _common(old, new):
        if compare(_renamed(old, new, a["returns"]), b["returns"]) == "other":
            yield f"`{name}()` now returns `{b['returns']}` instead of `{a['returns']}`"


def _arguments(method: Any) -> dict[str, Any]:
    args = {p["name"]: dict(p, required=True, position=i) for i, p in enumerate(method.get("positional") or [])}
    args.update({name: dict(p, position=None) for name, p in (method.get("keyword") or {}).items()})
    return args


def _renamed_arguments(a: Any, b: Any) -> dict[str, str]:
    old_args, new_args = _arguments(a), _arguments(b)
    by_wire = {(p["wire"], p.get("in")): name for name, p in new_args.items() if name not in old_args}
    return {name: by_wire[(p["wire"], p.get("in"))] for name, p in old_args.items() if name not in new_args and (p["wire"], p.get("in")) in by_wire}


@rule("sdk-argument-removed", BREAKING, SDK, "A method lost an argument: calls that pass it fail.")
def argument_removed(old: Any, new: Any) -> Iterator[str]:
    for name, a, b in _common(old, new):
        renamed = _renamed_arguments(a, b)
        for arg in sorted(set(_arguments(a)) - set(_arguments(b)) - set(renamed)):
            yield f"`{name}()` lost `{arg}`"


@rule("sdk-argument-renamed", BREAKING, SDK, "An argument has a new Python name for the same wire name (or an `x-rungen-*` rename).")
def argument_renamed(old: Any, new: Any) -> Iterator[str]:
    for name, a, b in _common(old, new):
        for before, after in sorted(_renamed_arguments(a, b).items()):
            yield f"`{name}()` argument `{before}` renamed to `{after}`"


@rule("sdk-required-argument-added", BREAKING, SDK, "A method needs a new argument: existing calls lack it.")
def required_argument_added(old: Any, new: Any) -> Iterator[str]:
    for name, a, b in _common(old, new):
        fresh = set(_arguments(b)) - set(_arguments(a)) - set(_renamed_arguments(a, b).values())
        for arg in sorted(fresh):
            if _arguments(b)[arg]["required"]:
                yield f"`{name}()` needs a new argument `{arg}`"


@rule("sdk-optional-argument-added", ADDITIVE, SDK, "A method gained an optional argument.")
def optional_argument_added(old: Any, new: Any) -> Iterator[str]:
    for name, a, b in _common(old, new):
        fresh = set(_arguments(b)) - set(_arguments(a)) - set(_renamed_arguments(a, b).values())
        for arg in sorted(fresh):
            if not _arguments(b)[arg]["required"]:
                yield f"`{name}()` gained `{arg}`"


@rule("sdk-argument-became-required", BREAKING, SDK, "An optional argument must now be passed.")
def argument_became_required(old: Any, new: Any) -> Iterator[str]:
    for name, arg, x, y in _both_arguments(old, new):
        if y["required"] and not x["required"]:
            yield f"`{name}()` argument `{arg}` is now required"


@rule("sdk-argument-became-optional", ADDITIVE, SDK, "A required argument may now be left out.")
def argument_became_optional(old: Any, new: Any) -> Iterator[str]:
    for name, arg, x, y in _both_arguments(old, new):
        if x["required"] and not y["required"]:
            yield f"`{name}()` argument `{arg}` is now optional"


@rule("sdk-argument-retyped", BREAKING, SDK, "An argument takes another type (values that were accepted may be refused by mypy or the API).")
def argument_retyped(old: Any, new: Any) -> Iterator[str]:
    for name, arg, x, y in _both_arguments(old, new):
        if compare(_renamed(old, new, x["type"]), y["type"]) == "other":
            yield f"`{name}()` argument `{arg}` is now `{y['type']}` instead of `{x['type']}`"


@rule("sdk-positional-order-changed", BREAKING, SDK, "The positional (path) arguments of a method come in another order: positional calls pass the wrong values.")
def positional_order_changed(old: Any, new: Any) -> Iterator[str]:
    for name, a, b in _common(old, new):
        before = [p["name"] for p in a.get("positional") or []]
        after = [p["name"] for p in b.get("positional") or []]
        if before != after and sorted(before) == sorted(after):
            yield f"`{name}()` positional arguments are now ({', '.join(after)}) instead of ({', '.join(before)})"


def _both_arguments(old: Any, new: Any) -> Iterator[tuple[str, str, Any, Any]]:
    for name, a, b in _common(old, new):
        renamed = _renamed_arguments(a, b)
        new_args = _arguments(b)
        for arg, x in sorted(_arguments(a).items()):
            target = arg if arg in new_args else renamed.get(arg)
            if target is not None:
                yield name, target, x, new_args[target]


def _renamed(old: Any, new: Any, annotation: str) -> str:
    """An old annotation with renamed models under their new names (the rename is reported once)."""
    for before, after in _renamed_models(old, new).items():
        annotation = re.sub(rf"\b{re.escape(before)}\b", after, annotation)
    return annotation


def _models(record: Any) -> dict[str, Any]:
    return dict(record.get("models") or {})


def _renamed_models(old: Any, new: Any) -> dict[str, str]:
    gone = {n: m for n, m in _models(old).items() if n not in _models(new)}
    added = {n: m for n, m in _models(new).items() if n not in _models(old)}
    result: dict[str, str] = {}
    for name, model in sorted(gone.items()):
        match = next((n for n, m in sorted(added.items()) if m == model and n not in result.values()), None)
        if match is not None:
            result[name] = match
    return result


@rule("sdk-model-removed", BREAKING, SDK, "A model or type alias is gone from `models`.")
def model_removed(old: Any, new: Any) -> Iterator[str]:
    renamed = _renamed_models(old, new)
    for name in sorted(set(_models(old)) - set(_models(new)) - set(renamed)):
        yield f"`{name}` removed"


@rule("sdk-model-renamed", BREAKING, SDK, "A model has a new name for the same definition (a schema renamed): imports and annotations of the old name fail.")
def model_renamed(old: Any, new: Any) -> Iterator[str]:
    for before, after in sorted(_renamed_models(old, new).items()):
        yield f"`{before}` renamed to `{after}`"


@rule("sdk-model-added", ADDITIVE, SDK, "A new model or type alias.")
def model_added(old: Any, new: Any) -> Iterator[str]:
    renamed = set(_renamed_models(old, new).values())
    for name in sorted(set(_models(new)) - set(_models(old)) - renamed):
        yield f"new model `{name}`"


def _fields(old: Any, new: Any) -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    for name, model in sorted(_models(old).items()):
        other = _models(new).get(name)
        if other is not None and "fields" in model and "fields" in other:
            yield name, model["fields"], other["fields"]


@rule("sdk-model-field-removed", BREAKING, SDK, "A model lost a field: reading it fails.")
def field_removed(old: Any, new: Any) -> Iterator[str]:
    for name, a, b in _fields(old, new):
        for field in sorted(set(a) - set(b)):
            yield f"`{name}.{field}` removed"


@rule("sdk-model-field-added", ADDITIVE, SDK, "A model gained a field.")
def field_added(old: Any, new: Any) -> Iterator[str]:
    for name, a, b in _fields(old, new):
        for field in sorted(set(b) - set(a)):
            yield f"`{name}.{field}` added"


@rule("sdk-model-field-retyped", BREAKING, SDK, "A field has another type (including: it may now be None).")
def field_retyped(old: Any, new: Any) -> Iterator[str]:
    for name, a, b in _fields(old, new):
        for field in sorted(set(a) & set(b)):
            if compare(_renamed(old, new, a[field]["type"]), b[field]["type"]) == "other":
                yield f"`{name}.{field}` is now `{b[field]['type']}` instead of `{a[field]['type']}`"


@rule("sdk-model-field-became-required", ADDITIVE, SDK, "A field that could be None is now always set.")
def field_became_required(old: Any, new: Any) -> Iterator[str]:
    for name, a, b in _fields(old, new):
        for field in sorted(set(a) & set(b)):
            if compare(a[field]["type"], b[field]["type"]) == "not-none":
                yield f"`{name}.{field}` is now always set"


@rule("sdk-alias-retyped", BREAKING, SDK, "A type alias (an enum, a union) names another type.")
def alias_retyped(old: Any, new: Any) -> Iterator[str]:
    for name, model in sorted(_models(old).items()):
        other = _models(new).get(name)
        if other is not None and "alias" in model and "alias" in other and compare(_renamed(old, new, model["alias"]), other["alias"]) == "other":
            yield f"`{name}` is now `{other['alias']}` instead of `{model['alias']}`"


@rule("sdk-type-widened", ADDITIVE, SDK, "An enum gained values (in an alias, a field, an argument or a return type): new values are accepted and parsed.")
def type_widened(old: Any, new: Any) -> Iterator[str]:
    for subject, a, b in _all_types(old, new):
        if compare(a, b) == "wider":
            yield f"{subject} accepts more values: `{b}`"


@rule("sdk-union-order-changed", BREAKING, SDK, "The members of a Union come in another order: pydantic tries them in order, so a value may parse as another member.")
def union_order_changed(old: Any, new: Any) -> Iterator[str]:
    for subject, a, b in _all_types(old, new):
        if compare(a, b) == "reordered":
            yield f"{subject}: union members reordered, now `{b}`"


def _all_types(old: Any, new: Any) -> Iterator[tuple[str, str, str]]:
    for name, model in sorted(_models(old).items()):
        other = _models(new).get(name)
        if other is not None and "alias" in model and "alias" in other:
            yield f"`{name}`", model["alias"], other["alias"]
    for name, a, b in _fields(old, new):
        for field in sorted(set(a) & set(b)):
            yield f"`{name}.{field}`", a[field]["type"], b[field]["type"]
    for name, arg, x, y in _both_arguments(old, new):
        yield f"`{name}()` argument `{arg}`", x["type"], y["type"]
    for name, a, b in _common(old, new):
        yield f"`{name}()` return type", a["returns"], b["returns"]


@rule("sdk-exception-removed", BREAKING, SDK, "An exception class is gone from `errors`: `except` clauses naming it fail.")
def exception_removed(old: Any, new: Any) -> Iterator[str]:
    for name in sorted(set(old.get("exceptions") or []) - set(new.get("exceptions") or [])):
        yield f"`errors.{name}` removed"


@rule("sdk-exception-added", ADDITIVE, SDK, "A new exception class in `errors`.")
def exception_added(old: Any, new: Any) -> Iterator[str]:
    for name in sorted(set(new.get("exceptions") or []) - set(old.get("exceptions") or [])):
        yield f"new exception `errors.{name}`"


@rule("sdk-client-renamed", BREAKING, SDK, "The client classes have new names (`x-rungen-package` title changed).")
def client_renamed(old: Any, new: Any) -> Iterator[str]:
    if old.get("client") and new.get("client") and old.get("client") != new.get("client"):
        yield f"`{old['client'][0]}` is now `{new['client'][0]}`"


@rule("sdk-webhook-parser-removed", BREAKING, SDK, "A webhook parser is gone from `webhooks`.")
def webhook_removed(old: Any, new: Any) -> Iterator[str]:
    for name in sorted(set(old.get("webhooks") or {}) - set(new.get("webhooks") or {})):
        yield f"`webhooks.{name}()` removed"


@rule("sdk-webhook-parser-added", ADDITIVE, SDK, "A new webhook parser in `webhooks`.")
def webhook_added(old: Any, new: Any) -> Iterator[str]:
    for name in sorted(set(new.get("webhooks") or {}) - set(old.get("webhooks") or {})):
        yield f"new `webhooks.{name}()`"


# -- comparing two annotations ----------------------------------------------------------------


def compare(old: str, new: str) -> str:
    """How annotation `new` relates to `old`: same, wider (enum values added), not-none
    (Optional dropped), reordered (union members in another order), or other."""
    if old == new:
        return "same"
    try:
        a, b = ast.parse(old, mode="eval").body, ast.parse(new, mode="eval").body
    except SyntaxError:
        return "other"
    if _optional_core(a) is not None and ast.dump(_optional_core(a)) == ast.dump(b):  # type: ignore[arg-type]
        return "not-none"
    if _canonical(a, unions=False) == _canonical(b, unions=False):
        return "same"  # only Literal values in another order
    if _canonical(a, unions=True) == _canonical(b, unions=True):
        return "reordered"
    return "wider" if _wider(a, b) else "other"


def _optional_core(node: ast.expr) -> ast.expr | None:
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "Optional":
        return node.slice
    return None


def _canonical(node: ast.AST, unions: bool) -> str:
    """The annotation with every Literal's values (and, with `unions`, every Union's members) sorted."""
    sortable = ("Union", "Literal") if unions else ("Literal",)
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id in sortable:
        elts = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        return f"{node.value.id}[{', '.join(sorted(_canonical(e, unions) for e in elts))}]"
    if isinstance(node, ast.Subscript):
        return f"{_canonical(node.value, unions)}[{_canonical(node.slice, unions)}]"
    if isinstance(node, ast.Tuple):
        return ", ".join(_canonical(e, unions) for e in node.elts)
    return ast.unparse(node)


def _wider(a: ast.AST, b: ast.AST) -> bool:
    """Whether `b` is `a` with values added to some of its Literals (and nothing else changed)."""
    if isinstance(a, ast.Subscript) and isinstance(b, ast.Subscript) and isinstance(a.value, ast.Name) and isinstance(b.value, ast.Name):
        if a.value.id == b.value.id == "Literal":
            return set(_values(a)) <= set(_values(b))
        if a.value.id != b.value.id:
            return False
        left = a.slice.elts if isinstance(a.slice, ast.Tuple) else [a.slice]
        right = b.slice.elts if isinstance(b.slice, ast.Tuple) else [b.slice]
        return len(left) == len(right) and all(_wider(x, y) for x, y in zip(left, right))
    return ast.dump(a) == ast.dump(b)


def _values(node: ast.Subscript) -> list[str]:
    elts = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
    return [ast.unparse(e) for e in elts]
