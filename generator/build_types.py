"""IR builder, part 1: JSON Schemas to Python annotations and pydantic models."""

from __future__ import annotations

import ast
import collections
import functools
from dataclasses import replace
from pathlib import Path
from typing import Any

from . import naming, text
from .build_open import ResponseTypes
from .build_unions import tagged_union
from .errors import Level, Location, Problem, fail
from .ir import Model, ModelField
from .resolve import DocumentSet, Node, RefError, child

#: Names the generated modules import; a model may not take one.
GENERATED_NAMES = frozenset(
    {
        "Annotated", "Any", "Dict", "List", "Literal", "Optional", "TypeAlias", "Union", "Mapping", "BaseModel", "ConfigDict", "Field",
        "Call", "RequestOptions", "NotGiven", "NOT_GIVEN", "FileTypes", "Timeout", "SyncPager", "AsyncPager", "Page",
        "SyncAPIClient", "AsyncAPIClient", "SyncResource", "AsyncResource", "PAGING", "CONFIG", "cast", "warnings", "date",
        "datetime", "models", "json", "parse_as", "errors", "TYPE_CHECKING",
    }
)
_FORMATS = {"date-time": "datetime", "date": "date", "binary": "bytes"}
_PRIMITIVES = {"integer": "int", "number": "float", "boolean": "bool", "string": "str", "null": "None"}
MAX_DEPTH = 64


def _optional(annotation: str) -> str:
    if annotation == "Any" or annotation.startswith("Optional["):
        return annotation
    return f"Optional[{annotation}]"


def _union(members: list[str]) -> str:
    unique = list(dict.fromkeys(members))
    nullable = "None" in unique
    unique = [m for m in unique if m != "None"]
    if "Any" in unique:
        return "Any"
    if not unique:
        return "None"
    core = unique[0] if len(unique) == 1 else "Union[" + ", ".join(unique) + "]"
    return _optional(core) if nullable else core


class TypeBuilder:
    """Turns schemas into annotations, registering a model for every object schema met."""

    def __init__(self, docs: DocumentSet, problems: list[Problem]) -> None:
        self.docs = docs
        self.problems = problems
        self.names = naming.NameTable(naming.RESERVED | GENERATED_NAMES)
        self._by_key: dict[tuple[str, str], str] = {}
        self._models: dict[str, Model] = {}
        self._order: list[str] = []
        self._building: set[str] = set()
        self._queue: collections.deque[tuple[Node, str]] = collections.deque()  # referenced schemas named, not yet built
        self._queued: set[str] = set()
        self._complete: set[str] = set()
        self._tags: dict[str, dict[str, str]] = {}  # model -> {property: Literal}, from discriminators
        self._warned: set[Problem] = set()
        self._responses: ResponseTypes | None = None

    # -- registry -------------------------------------------------------------------------

    def claim_components(self) -> None:
        """Give component schemas their names first, so inline schemas never take them."""
        root = self.docs.root_node()
        schemas = (root.data.get("components") or {}).get("schemas") or {}
        if isinstance(schemas, dict):
            for name in schemas:
                node = child(root, "components", "schemas", name)
                self._key_name(node, str(name))

    def _key_name(self, node: Node, hint: str) -> str:
        key = _key(node)
        if key not in self._by_key:
            self._by_key[key] = self.names.claim(naming.class_name(hint))
        return self._by_key[key]

    def component_models(self) -> tuple[tuple[str, str], ...]:
        """(component schema name, generated model name) for the root document's schemas."""
        self._drain()
        root = self.docs.root_node()
        schemas = (root.data.get("components") or {}).get("schemas") or {}
        result = []
        for name in schemas if isinstance(schemas, dict) else {}:
            key = _key(child(root, "components", "schemas", name))
            if key in self._by_key and self._by_key[key] in self._models:
                result.append((str(name), self._by_key[key]))
        return tuple(result)

    def models(self) -> tuple[Model, ...]:
        """Enums first, then classes, then other aliases (which may name classes)."""
        self._drain()
        models = [self._models[n] for n in self._order]
        enums = [m for m in models if m.is_enum]
        classes = [m for m in models if m.alias is None]
        aliases = [m for m in models if m.alias is not None and not m.is_enum]
        if self._responses is None:
            self._responses = ResponseTypes(models, self._tags, self.names)
        opened = [self._responses.model(m) for m in classes]
        return tuple(enums + self._responses.fallbacks + opened + _alias_order(aliases))

    def response_annotation(self, annotation: str) -> str:
        """`annotation` as a type of values the API sends: open to enum values and variants it adds."""
        if self._responses is None:
            self.models()
        assert self._responses is not None
        return self._responses.annotation(annotation)

    def warn(self, message: str, location: Location) -> None:
        """Record a warning once (a shared schema or response is met from many places)."""
        problem = Problem(Level.WARNING, message, location)
        if problem not in self._warned:
            self._warned.add(problem)
            self.problems.append(problem)

    # -- annotations ----------------------------------------------------------------------

    def annotation(self, node: Node, hint: str, depth: int = 0) -> str:
        """The Python annotation for the schema at `node`; `hint` names inline models."""
        if depth > MAX_DEPTH:
            raise fail("schema nested too deeply", node.location)
        schema = node.data
        if schema is True or schema == {}:
            return "Any"
        if not isinstance(schema, dict):
            raise fail(f"a schema must be an object, not {type(schema).__name__}", node.location)
        if "$ref" in schema:
            return self._ref(node, hint, depth)
        nullable = schema.get("nullable") is True
        result = self._inline(node, hint, depth)
        return _optional(result) if nullable and result != "None" else result

    def _ref(self, node: Node, hint: str, depth: int) -> str:
        try:
            target = self.docs.lookup(node.data["$ref"], node.file)
        except RefError as exc:
            raise fail(str(exc), node.location.child("$ref")) from None
        name = self._ref_name(target)
        return _optional(name) if self._nullable_model(target) else name

    def _nullable_model(self, target: Node) -> bool:
        """Whether a referenced schema is an object that may be null (3.0 ``nullable: true``, or
        3.1 ``type: [object, "null"]``): its model class cannot say so, so each use does."""
        try:
            schema = self.docs.deref(target).data
        except RefError:
            return False
        if not isinstance(schema, dict):
            return False
        types = schema.get("type")
        nullable = schema.get("nullable") is True or (isinstance(types, list) and "null" in types)
        return nullable and _is_object(schema, self.docs, target)

    def _ref_name(self, target: Node) -> str:
        tokens = target.location.pointer.split("/")
        name_hint = tokens[-1] if len(tokens) > 1 else Path(target.file).stem
        known = self._by_key.get(_key(target))
        if known is not None and (known in self._models or known in self._queued):
            return known
        if isinstance(target.data, dict) and "$ref" in target.data and len(target.data) == 1:
            try:
                self.docs.deref(target)
            except RefError as exc:
                raise fail(str(exc), target.location) from None
        # only the name is needed here: the target is built later, from the queue, so a long
        # chain of references costs neither stack nor nesting depth
        name = self._key_name(target, name_hint)
        self._queue.append((target, name))
        self._queued.add(name)
        return name

    def _drain(self) -> None:
        """Build every referenced schema met so far (and those they reference)."""
        while self._queue:
            target, name = self._queue.popleft()
            self._building.add(name)
            try:
                self._define(target, name, 0)
            finally:
                self._building.discard(name)
                self._queued.discard(name)

    def _define(self, node: Node, name: str, depth: int) -> None:
        schema = node.data
        if isinstance(schema, dict) and _is_object(schema, self.docs, node):
            self._order.append(name)
            self._models[name] = Model(name, "")  # placeholder: recursion ends here
            self._models[name] = self._model(node, name, depth)
            self._complete.add(name)
            return
        annotation = self.annotation(node, name, depth)
        description = schema.get("description") if isinstance(schema, dict) else None
        is_enum = isinstance(schema, dict) and ("enum" in schema or "const" in schema)
        self._order.append(name)
        is_enum = is_enum and annotation.startswith(("Literal", "Optional[Literal"))
        self._models[name] = Model(name, text.doc(description), alias=annotation, is_enum=is_enum, summary=_summary(description))

    def _inline(self, node: Node, hint: str, depth: int) -> str:
        schema = node.data
        if "const" in schema:
            return self._literal([schema["const"]], node)
        if "enum" in schema:
            return self._enum(node)
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list) and schema[key]:
                return self._union(node, key, hint, depth)
        if "allOf" in schema:
            parts = schema["allOf"]
            if isinstance(parts, list) and len(parts) == 1 and not _has_own_shape(schema):
                return self.annotation(child(node, "allOf", 0), hint, depth + 1)
        types = schema.get("type")
        if isinstance(types, list):
            members = [self._typed(node, t, hint, depth) for t in types if isinstance(t, str)]
            return _union(members) if members else "Any"
        if _is_object(schema, self.docs, node):
            return self._object_annotation(node, hint, depth)
        if isinstance(types, str):
            return self._typed(node, types, hint, depth)
        if "items" in schema:
            return self._typed(node, "array", hint, depth)
        return "Any"

    def _union(self, node: Node, key: str, hint: str, depth: int) -> str:
        count = len(node.data[key])
        discriminated = "discriminator" in node.data and count > 1
        known = self._by_key.get(_key(node))
        if discriminated and known in self._models:
            return str(known)
        members = [self.annotation(child(node, key, i), f"{hint}Option{i + 1}" if count > 1 else hint, depth + 1) for i in range(count)]
        tagged = tagged_union(self, node, key, members) if discriminated else None
        if tagged is None:
            return _union(members)
        if known in self._building:
            return tagged  # a component schema: `_define` gives it its name
        # an inline tagged union gets a name too, so signatures stay readable
        name = self._key_name(node, hint)
        self._order.append(name)
        self._models[name] = Model(name, text.doc(node.data.get("description")), alias=tagged)
        return name

    def _typed(self, node: Node, kind: str, hint: str, depth: int) -> str:
        schema = node.data
        if kind == "array":
            items = schema.get("items")
            if items is None or items is True:
                return "List[Any]"
            return f"List[{self.annotation(child(node, 'items'), hint + 'Item', depth + 1)}]"
        if kind == "object":
            return self._object_annotation(node, hint, depth)
        if kind == "string":
            return _FORMATS.get(str(schema.get("format")), "str")
        if kind in _PRIMITIVES:
            return _PRIMITIVES[kind]
        self.warn(f"unknown schema type {text.one_line(kind, 40)!r}; typed as Any", node.location.child("type"))
        return "Any"

    def _object_annotation(self, node: Node, hint: str, depth: int) -> str:
        schema = node.data
        if _has_properties(schema, self.docs, node):
            name = self._key_name(node, hint)
            if name not in self._models:
                self._define(node, name, depth + 1)
            return name
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            return f"Dict[str, {self.annotation(child(node, 'additionalProperties'), hint + 'Value', depth + 1)}]"
        return "Dict[str, Any]"

    def _enum(self, node: Node) -> str:
        values = node.data["enum"]
        if not isinstance(values, list) or not values:
            self.warn("empty enum: any value of the base type is accepted", node.location.child("enum"))
            schema = {k: v for k, v in node.data.items() if k != "enum"}
            return self._inline(Node(schema, node.location, node.doc), "Value", 0)
        return self._literal(values, node)

    def _literal(self, values: list[Any], node: Node) -> str:
        allowed = [v for v in values if v is None or isinstance(v, (str, int, bool)) and not isinstance(v, float)]
        if len(allowed) != len(values):
            self.warn("enum values that are not strings, integers or booleans: typed by their base type", node.location)
            base = {k: v for k, v in node.data.items() if k not in ("enum", "const")}
            return self._inline(Node(base, node.location, node.doc), "Value", 0) if base.get("type") else "Any"
        core = [v for v in dict.fromkeys(allowed) if v is not None]
        if not core:
            return "None"
        result = "Literal[" + ", ".join(text.literal(v) for v in core) + "]"
        return _optional(result) if None in allowed else result

    # -- models -----------------------------------------------------------------------------

    def _model(self, node: Node, name: str, depth: int) -> Model:
        if "discriminator" in node.data and not node.data.get("oneOf") and not node.data.get("anyOf"):
            self.warn(
                f"a discriminator on a schema with properties (allOf inheritance) is not used: {name} is one model, "
                "and a subtype's own fields are kept as extra fields", node.location.child("discriminator"),
            )
        props = _properties(node.data, self.docs, node)
        required = _required(node.data, self.docs, node)
        fields = []
        for wire, attr in _attributes(props).items():
            prop = props[wire]
            annotation = self.annotation(prop, name + naming.pascal(wire), depth + 1)
            data = prop.data if isinstance(prop.data, dict) else {}
            doc = text.clean(data.get("description"))
            # one model serves requests and responses: a write-only field is never in a response
            write_only = has_flag(prop, "writeOnly", self.docs)
            is_required = wire in required and not write_only
            if not is_required:
                annotation = _optional(annotation)
            if write_only:
                doc = (doc + "\n\n" if doc else "") + "Write-only: sent in requests, never returned by the API."
            elif has_flag(prop, "readOnly", self.docs):
                doc = (doc + "\n\n" if doc else "") + "Read-only: set by the API; left out of request arguments."
            deprecated = data.get("deprecated") is True
            fields.append(ModelField(attr, wire, text.literal(wire), annotation, is_required, attr != wire, deprecated, text.doc(doc)))
        description = node.data.get("description") or node.data.get("title")
        return self._tagged(Model(name, text.doc(description), tuple(fields), summary=_summary(description)))

    def _tagged(self, model: Model) -> Model:
        """The model with its discriminator fields typed as their Literal. A tag the schema does
        not require defaults to its (first) value: the model still parses the schema where it
        is used alone, without the tag (the union itself needs the tag to choose)."""
        tags = self._tags.get(model.name, {})
        return replace(model, fields=tuple(self._tag_field(f, tags[f.wire]) if f.wire in tags else f for f in model.fields))

    @staticmethod
    def _tag_field(field: ModelField, literal: str) -> ModelField:
        if field.required:
            return replace(field, annotation=literal)
        values = eval_literal("(" + literal[len("Literal[") : -1] + ",)")
        return replace(field, annotation=literal, default=text.literal(values[0]))

    # -- what the union builder asks ----------------------------------------------------------

    def is_object(self, node: Node) -> bool:
        """Whether the schema at `node` becomes a pydantic model class (not an alias)."""
        return _is_object(node.data, self.docs, node)

    def property_schema(self, node: Node, wire: str) -> Any:
        """The schema of property `wire` of the object schema at `node` (allOf merged), or None."""
        prop = _properties(node.data, self.docs, node).get(wire)
        if prop is None:
            return None
        try:
            data = self.docs.deref(prop).data
        except RefError:
            return None
        return data if isinstance(data, dict) else {}

    def attribute(self, node: Node, wire: str) -> str:
        """The Python attribute name property `wire` gets in the model of `node`."""
        return _attributes(_properties(node.data, self.docs, node))[wire]

    def tag_of(self, model: str, wire: str) -> str | None:
        """The Literal a discriminator already gave `model`'s property `wire`, if any."""
        return self._tags.get(model, {}).get(wire)

    def tag(self, model: str, wire: str, literal: str) -> None:
        """Type `model`'s property `wire` as `literal` (now, or when the model is finished)."""
        self._tags.setdefault(model, {})[wire] = literal
        if model in self._complete:
            self._models[model] = self._tagged(self._models[model])


def has_flag(prop: Node, flag: str, docs: DocumentSet) -> bool:
    """Whether a property schema says `flag: true` (readOnly, writeOnly), beside or behind its $ref."""
    if isinstance(prop.data, dict) and flag in prop.data:
        return prop.data[flag] is True
    try:
        data = docs.deref(prop).data
    except RefError:
        return False
    return isinstance(data, dict) and data.get(flag) is True


def _key(node: Node) -> tuple[str, str]:
    """What identifies a schema: its file and JSON pointer."""
    return (_resolved(node.file), node.location.pointer)


@functools.lru_cache(maxsize=None)
def _resolved(file: str) -> str:
    return str(Path(file).resolve())


def _attributes(props: dict[str, Node]) -> dict[str, str]:
    """The attribute name of each property of one model, made unique in property order."""
    table = naming.NameTable(naming.MODEL_RESERVED, separator="_")
    return {wire: table.claim(naming.identifier(wire, fallback="field", reserved=naming.MODEL_RESERVED)) for wire in props}


def eval_literal(value: str) -> Any:
    """The value of a literal this package wrote with `text.literal`."""
    return ast.literal_eval(value)


def _has_own_shape(schema: dict[str, Any]) -> bool:
    return any(k in schema for k in ("properties", "type", "items", "additionalProperties", "oneOf", "anyOf", "enum"))


def _summary(description: Any) -> str:
    """The first line of a description, for the API reference."""
    lines = text.clean(description, 2000).split("\n") if description else [""]
    return text.markdown_line(lines[0], 200)


def _is_object(schema: Any, docs: DocumentSet, node: Node) -> bool:
    if not isinstance(schema, dict):
        return False
    types = schema.get("type")
    if "properties" in schema or (types == "object" and "additionalProperties" not in schema and not schema.get("oneOf") and not schema.get("anyOf")):
        return _has_properties(schema, docs, node) or types == "object"
    return "allOf" in schema and _has_own_shape(schema) or ("allOf" in schema and len(schema["allOf"]) > 1)


def _parts(schema: dict[str, Any], docs: DocumentSet, node: Node, depth: int = 0) -> list[Node]:
    """The schema and, flattened, every allOf part it merges (refs followed)."""
    if depth > MAX_DEPTH:
        raise fail("allOf nested too deeply or circular", node.location)
    result = [node]
    for i, _ in enumerate(schema.get("allOf") or []):
        part = child(node, "allOf", i)
        try:
            part = docs.deref(part)
        except RefError as exc:
            raise fail(str(exc), part.location) from None
        if isinstance(part.data, dict):
            result.extend(_parts(part.data, docs, part, depth + 1))
    return result


def _properties(schema: dict[str, Any], docs: DocumentSet, node: Node) -> dict[str, Node]:
    props: dict[str, Node] = {}
    for part in _parts(schema, docs, node):
        own = part.data.get("properties")
        if isinstance(own, dict):
            for key in own:
                props[str(key)] = child(part, "properties", key)
    return props


def _has_properties(schema: dict[str, Any], docs: DocumentSet, node: Node) -> bool:
    """Whether `_properties` would find any (without making a node of each)."""
    return any(isinstance(part.data.get("properties"), dict) and part.data["properties"] for part in _parts(schema, docs, node))


def _required(schema: dict[str, Any], docs: DocumentSet, node: Node) -> set[str]:
    required: set[str] = set()
    for part in _parts(schema, docs, node):
        values = part.data.get("required")
        if isinstance(values, list):
            required.update(str(v) for v in values)
    return required


def _alias_order(aliases: list[Model]) -> list[Model]:
    """Aliases after the aliases they mention (a stable topological order)."""
    names = {m.name for m in aliases}
    done: list[Model] = []
    placed: set[str] = set()
    pending = list(aliases)
    while pending:
        progress = False
        for model in list(pending):
            needs = {n for n in names - placed - {model.name} if n in _words(model.alias or "")}
            if not needs:
                done.append(model)
                placed.add(model.name)
                pending.remove(model)
                progress = True
        if not progress:
            done.extend(pending)
            break
    return done


def _words(annotation: str) -> set[str]:
    import re

    return set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", annotation))
