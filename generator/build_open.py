"""IR builder, forward compatibility: response types that accept what the spec did not list.

An API may add an enum value or a new variant of a tagged union without a new version (an
additive change). Where a value comes *from* the API (model fields, return types), enums
are typed ``Union[Literal[...], str]`` (mypy users still see the known values, a new one
parses and is kept) and a tagged union gets a fallback member, ``Unknown<Union>``, that
keeps every field of a variant whose tag the spec did not list. Request arguments keep the
closed types: they are built from the same schemas but never pass through here.
"""

from __future__ import annotations

import ast
from dataclasses import replace
from typing import Any

from . import text
from .ir import Model, ModelField
from .naming import NameTable

_BASES = ((bool, "bool"), (int, "int"), (str, "str"))


class ResponseTypes:
    """Rewrites annotations of values the API sends so that unlisted values still parse."""

    def __init__(self, models: list[Model], tags: dict[str, dict[str, str]], names: NameTable) -> None:
        self._enums = {m.name: _base(_constants(m.alias or "")) for m in models if m.is_enum}
        self._tags = tags
        self._unknown: dict[str, str] = {}  # tagged union alias -> its fallback model's name
        self._opened: dict[str, str] = {}  # annotation -> opened: a large spec repeats its field types
        self.fallbacks: list[Model] = []
        classes = {m.name: m for m in models if m.alias is None}
        for model in models:
            tag = _tagged_union(model, classes, tags)
            if tag is not None:
                name = names.claim(f"Unknown{model.name}")
                self._unknown[model.name] = name
                wire, attr, known = tag
                doc = text.doc(
                    f"A variant of {model.name} this package does not know (the API added it after the package "
                    f"was generated): its {wire!r} is none of {', '.join(known)}. Every field is kept."
                )
                known_literal = "(" + "".join(text.literal(k) + ", " for k in known) + ")"
                self.fallbacks.append(Model(name, doc, open_tag=f"({text.literal(wire)}, {text.literal(attr)}, {known_literal})"))

    def model(self, model: Model) -> Model:
        """The model with its fields opened (discriminator tags stay closed: they select the member)."""
        if model.alias is not None or model.open_tag:
            return model
        tags = self._tags.get(model.name, {})
        fields = tuple(f if f.wire in tags else _field(f, self.annotation(f.annotation)) for f in model.fields)
        return replace(model, fields=fields)

    def annotation(self, annotation: str) -> str:
        """`annotation` with every enum and tagged union in it open to unlisted values."""
        opened = self._opened.get(annotation)
        if opened is None:
            opened = self._opened[annotation] = self._open(annotation)
        return opened

    def _open(self, annotation: str) -> str:
        try:
            tree = ast.parse(annotation, mode="eval")
        except SyntaxError:
            return annotation
        opener = _Opener(self._enums, self._unknown)
        opened = opener.visit(tree)
        return text.requoted(ast.unparse(opened)) if opener.changed else annotation


def _field(field: ModelField, annotation: str) -> ModelField:
    return field if annotation == field.annotation else replace(field, annotation=annotation)


class _Opener(ast.NodeTransformer):
    def __init__(self, enums: dict[str, str], unknown: dict[str, str]) -> None:
        self.enums = enums
        self.unknown = unknown
        self.changed = False

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id in self.enums:
            return self._wrap(node, self.enums[node.id])
        if node.id in self.unknown:
            self.changed = True
            # the fallback refuses the listed tags, so exactly one member validates
            return _parse(f"Union[{node.id}, {self.unknown[node.id]}]")
        return node

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        if isinstance(node.value, ast.Name) and node.value.id == "Literal":
            return self._wrap(node, _base(_constants(ast.unparse(node))))
        if isinstance(node.value, ast.Name) and node.value.id == "Annotated":
            return node  # an inline tagged union: its members are named models, opened where defined
        return self.generic_visit(node)

    def _wrap(self, node: ast.expr, base: str) -> ast.AST:
        if not base:
            return node
        self.changed = True
        union = _parse(f"Union[X, {base}]")
        assert isinstance(union, ast.Subscript) and isinstance(union.slice, ast.Tuple)
        union.slice.elts[0] = node
        return union


def _parse(source: str) -> ast.expr:
    return ast.parse(source, mode="eval").body


def _constants(annotation: str) -> list[Any]:
    try:
        tree = ast.parse(annotation, mode="eval")
    except SyntaxError:
        return []
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and n.value is not None]


def _base(values: list[Any]) -> str:
    """The type every value of an enum belongs to (`str`, `int`, `Union[str, int]`...)."""
    bases: list[str] = []
    for value in values:
        for kind, name in _BASES:
            if isinstance(value, kind):
                if name not in bases:
                    bases.append(name)
                break
    if not bases:
        return ""
    return bases[0] if len(bases) == 1 else "Union[" + ", ".join(bases) + "]"


def _tagged_union(model: Model, classes: dict[str, Model], tags: dict[str, dict[str, str]]) -> tuple[str, str, list[str]] | None:
    """(tag's wire name, its attribute, every tag value) of a tagged union alias, else None."""
    if model.alias is None:
        return None
    try:
        tree = ast.parse(model.alias, mode="eval").body
    except SyntaxError:
        return None
    if isinstance(tree, ast.Subscript) and isinstance(tree.value, ast.Name) and tree.value.id == "Optional":
        tree = tree.slice
    if not (isinstance(tree, ast.Subscript) and isinstance(tree.value, ast.Name) and tree.value.id == "Annotated"):
        return None
    parts = tree.slice.elts if isinstance(tree.slice, ast.Tuple) else []
    if len(parts) != 2 or not isinstance(parts[1], ast.Call):
        return None
    attr = next((k.value.value for k in parts[1].keywords if k.arg == "discriminator" and isinstance(k.value, ast.Constant)), None)
    union = parts[0]
    if not isinstance(attr, str) or not isinstance(union, ast.Subscript) or not isinstance(union.slice, ast.Tuple):
        return None
    wire = ""
    known: list[str] = []
    for member in union.slice.elts:
        name = member.id if isinstance(member, ast.Name) else ""
        field = next((f for f in classes[name].fields if f.name == attr), None) if name in classes else None
        if field is None:
            return None
        wire = field.wire
        known.extend(str(v) for v in _constants(tags.get(name, {}).get(wire, "")))
    return (wire, attr, known) if wire and known else None
