"""IR builder, unions: ``oneOf``/``anyOf`` with a ``discriminator`` as pydantic tagged unions.

A tagged union needs every member to be a model whose discriminating field is a ``Literal``
of the values that select it: the values come from ``discriminator.mapping`` or, for members
the mapping does not name, the member schema's own name (OpenAPI's implicit mapping). When
the shape does not allow a tagged union, a warning names the place and a plain ``Union``
is used; pydantic then picks the first member that validates.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from . import text
from .errors import Location
from .resolve import Node, RefError, child

if TYPE_CHECKING:
    from .build_types import TypeBuilder


class Untagged(Exception):
    """This union cannot be tagged; the message says why, the location where."""

    def __init__(self, message: str, location: Location) -> None:
        super().__init__(message)
        self.location = location


def tagged_union(types: "TypeBuilder", node: Node, key: str, members: list[str]) -> str | None:
    """The annotation of the discriminated union at `node` (its `key` is oneOf or anyOf), or None.

    `members` are the members' annotations, in order. None means a plain Union is used; a
    warning then says why.
    """
    try:
        return _tagged(types, node, key, members)
    except Untagged as reason:
        types.warn(f"{reason}; a plain Union is used (the first member that validates wins)", reason.location)
        return None


def _tagged(types: "TypeBuilder", node: Node, key: str, members: list[str]) -> str:
    disc = node.data["discriminator"]
    where = node.location.child("discriminator")
    prop = disc.get("propertyName") if isinstance(disc, dict) else None
    if not isinstance(prop, str) or not prop:
        raise Untagged("the discriminator has no propertyName", where)
    nullable = "None" in members
    targets: dict[str, Node] = {}  # member model -> its schema
    for i, annotation in enumerate(members):
        member = child(node, key, i)
        if annotation == "None":
            continue
        if not isinstance(member.data, dict) or "$ref" not in member.data:
            raise Untagged(f"member {i} is an inline schema; a discriminator can only select $ref members", member.location)
        target = _lookup(types, member)
        if not types.is_object(target):
            raise Untagged(f"member {i} ({annotation}) is not a model of its own (not an object schema, or only an alias of one)", member.location)
        schema = types.property_schema(target, prop)
        if schema is None:
            raise Untagged(f"member {i} ({annotation}) has no property {prop!r}", member.location)
        kind = schema.get("type") if isinstance(schema, dict) else None
        if kind not in (None, "string") and kind != ["string"]:
            raise Untagged(f"member {i} ({annotation}) declares {prop!r} as {text.one_line(kind, 40)}, not a string", member.location)
        targets.setdefault(annotation, target)
    if len(targets) < 2:
        raise Untagged("a discriminator needs at least two member schemas", where)

    values = _values(types, node, disc, targets, where)
    attrs = {types.attribute(target, prop) for target in targets.values()}
    if len(attrs) != 1:
        raise Untagged(f"the members name the field for {prop!r} differently ({', '.join(sorted(attrs))})", where)
    for model, tags in values.items():
        literal = "Literal[" + ", ".join(text.literal(v) for v in tags) + "]"
        earlier = types.tag_of(model, prop)
        if earlier is not None and earlier != literal:
            raise Untagged(f"{model} is already selected by {earlier} in another discriminated union", where)
    for model, tags in values.items():
        types.tag(model, prop, "Literal[" + ", ".join(text.literal(v) for v in tags) + "]")
    core = f"Annotated[Union[{', '.join(targets)}], Field(discriminator={text.literal(attrs.pop())})]"
    return f"Optional[{core}]" if nullable else core


def _values(types: "TypeBuilder", node: Node, disc: dict[str, Any], targets: dict[str, Node], where: Location) -> dict[str, list[str]]:
    """The discriminator values selecting each member model: mapped ones, else the schema name."""
    by_key = {_key(target): model for model, target in targets.items()}
    values: dict[str, list[str]] = {model: [] for model in targets}
    mapping = disc.get("mapping")
    for value, ref in (mapping.items() if isinstance(mapping, dict) else []):
        place = where.child("mapping", value)
        reference = str(ref) if "/" in str(ref) or "#" in str(ref) else "#/components/schemas/" + str(ref)
        try:
            target = types.docs.deref(types.docs.lookup(reference, node.file))
        except RefError as exc:
            raise Untagged(f"mapping {value!r}: {exc}", place) from None
        model = by_key.get(_key(target))
        if model is None:
            types.warn(f"mapping {value!r} names a schema that is not a member of the union; ignored", place)
            continue
        values[model].append(str(value))
    seen: dict[str, str] = {}
    for model, target in targets.items():
        if not values[model]:
            values[model] = [unquote(target.location.pointer.split("/")[-1]).replace("~1", "/").replace("~0", "~")]
        for value in values[model]:
            if value in seen:
                raise Untagged(f"the value {value!r} selects both {seen[value]} and {model}", where)
            seen[value] = model
    return values


def _lookup(types: "TypeBuilder", member: Node) -> Node:
    """The schema a member's $ref names (one step: a reference to a reference is not a model)."""
    try:
        return types.docs.lookup(member.data["$ref"], member.file)
    except RefError as exc:
        raise Untagged(str(exc), member.location) from None


def _key(node: Node) -> tuple[str, str]:
    return (str(Path(node.file).resolve()), unquote(node.location.pointer))
