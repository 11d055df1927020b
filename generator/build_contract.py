"""IR builder, part 3: a contract case per operation, its arguments taken from the spec's examples.

The generated contract tests call every method against the package's own mock. A path
parameter that names an item takes the id of the first item the mock seeds in that collection
(asked of the mock's own code, generator/mock_seeds.py); other values come from the
parameter's or body's example, else are made from the schema.
"""

from __future__ import annotations

import json
import re
from typing import Any, Iterator

from . import text
from .build_values import accepts, number_value, string_value
from .ir import ContractCase, Operation, Resource
from .mock_seeds import MockSeeds
from .resolve import DocumentSet, Node, RefError, child

#: The content of a synthesized file part.
_FILE = b"example file content"


class ContractBuilder:
    """Example arguments for every operation of one spec."""

    def __init__(self, docs: DocumentSet, styles: dict[str, Any], mock_spec: dict[str, Any]) -> None:
        self.docs = docs
        self.styles = styles
        self.seeds = MockSeeds(mock_spec)
        self.root = docs.root_node()

    def base_url(self) -> str:
        """The base URL the contract tests give the client: the first server's, variables at their
        defaults, over https (a scheme-relative one, `//host`, too); a relative or missing one under a
        placeholder host (the mock reads only the path)."""
        servers = self.root.data.get("servers")
        server = servers[0] if isinstance(servers, list) and servers and isinstance(servers[0], dict) else {}
        url = str(server.get("url") or "")
        variables = server.get("variables")
        for name, variable in variables.items() if isinstance(variables, dict) else []:
            default = variable.get("default", "") if isinstance(variable, dict) else ""
            url = url.replace("{" + str(name) + "}", str(default))
        if url.startswith("//"):  # scheme-relative (`//host/v1`): the host is the server's
            url = "https:" + url
        elif "://" not in url:
            url = "https://mock.invalid/" + url.lstrip("/")
        elif url.startswith("http://"):
            url = "https://" + url[len("http://") :]  # the client refuses plain http to another host
        return url.rstrip("/")

    def cases(self, resources: tuple[Resource, ...]) -> tuple[ContractCase, ...]:
        """One case per method, in the order of the resources."""
        return tuple(self._case(accessor, op) for accessor, op in _walk(resources, ""))

    # -- one operation ----------------------------------------------------------------------

    def _case(self, accessor: str, op: Operation) -> ContractCase:
        path, method = _text(op.path_literal), _text(op.http_method_literal).lower()
        node = self._get(self._get(self.root, "paths", path), method)
        params = self._parameters(path, node)
        seeded = self.seeds.path_ids(path, method) if op.path_params else {}
        args = [self._path_value(seeded, p.wire, params.get((p.wire, "path"))) for p in op.path_params]
        kwargs: dict[str, Any] = {}
        for p in op.query_params + op.header_params + op.cookie_params:
            pnode = params.get((p.wire, p.location))
            value = self._parameter_example(pnode) if pnode is not None else _MISSING
            if value is _MISSING and p.required and pnode is not None:
                value = self._synthesize(self._get(pnode, "schema"), filled=True)
            if value is not _MISSING:
                kwargs[p.name] = value
        if op.body is not None:
            kwargs.update(self._body_arguments(op, node, path, method))
        name = (accessor + "_" + op.name).replace(".", "_")
        return ContractCase(
            name=name,
            accessor_literal=text.literal(accessor + "." + op.name),
            args_literal=text.literal(args),
            kwargs_literal=text.literal(kwargs),
            returns=op.return_annotation,
            paged=op.paging is not None,
            # a deprecated argument passed (from the document's examples) warns as well
            deprecated=op.deprecated or any(p.deprecated and p.name in kwargs for p in op.keyword),
        )

    def _parameters(self, path: str, node: Node | None) -> dict[tuple[str, str], Node]:
        found: dict[tuple[str, str], Node] = {}
        for owner in (self._get(self.root, "paths", path), node):
            for i, _ in enumerate(_data(owner, "parameters") or []):
                pnode = self._get(owner, "parameters", i)
                if pnode is not None and isinstance(pnode.data, dict):
                    found[(str(pnode.data.get("name")), str(pnode.data.get("in")))] = pnode
        return found

    def _body_arguments(self, op: Operation, node: Node | None, path: str, method: str) -> dict[str, Any]:
        assert op.body is not None
        body = self._get(node, "requestBody")
        content = _data(body, "content") or {}
        media = next((m for m in content if _text(op.body.content_type_literal) == m), next(iter(content), None))
        media_node = self._get(body, "content", media) if media is not None else None
        schema = self._get(media_node, "schema")
        example = _decoded(self._media_example(media_node), schema)
        # a request example that breaks its own schema (the mock would answer 422) is not sent:
        # a whole body is made from the schema instead, a field of an object body likewise
        checked = media is not None and "json" in str(media)
        if example is not _MISSING and op.body.whole is not None and checked and self.seeds.refuses(path, method, str(media), example):
            example = _MISSING
        if example is _MISSING:
            example = self._synthesize(schema)
        if op.body.whole is not None:
            if op.body.kind == "binary":  # raw bytes; JSON text where the media type is JSON without a schema
                raw = json.dumps(example if example is not _MISSING and example is not None else {}).encode() if media is not None and "json" in str(media) else b"example"
                return {op.body.whole.name: raw} if op.body.whole.required else {}
            return {op.body.whole.name: example}
        props = self._properties(schema)
        required = self._required(schema)
        result: dict[str, Any] = {}
        for field in op.body.fields:
            wire = field.wire
            if isinstance(example, dict) and wire in example and not (checked and self.seeds.refuses(path, method, str(media), example[wire], wire)):
                result[field.name] = example[wire]
            elif wire in required and wire in props or isinstance(example, dict) and wire in example and wire in props:
                result[field.name] = self._synthesize(props[wire])
            elif wire in required:  # required by the schema but never described: any value will do
                result[field.name] = "string"
        for file in op.body.files:  # file parts get bytes, whatever the example shows
            if file.required:
                result[file.name] = [_FILE] if file.annotation.startswith("List[") else _FILE
        return result

    # -- path parameters: ids of the mock's seeded items ---------------------------------------

    def _path_value(self, seeded: dict[str, str], name: str, pnode: Node | None) -> Any:
        """The id the mock seeds for this parameter (as the parameter's type), else the
        parameter's example, else a value made from its schema."""
        schema = self._get(pnode, "schema")
        if name in seeded:
            return _typed(seeded[name], schema.data if schema is not None else None)
        value = self._parameter_example(pnode) if pnode is not None else _MISSING
        return value if value is not _MISSING else self._synthesize(schema, filled=True)

    # -- examples -----------------------------------------------------------------------------

    def _media_example(self, media: Node | None) -> Any:
        """A media type's `example`, else the value of its first `examples` entry."""
        if media is None or not isinstance(media.data, dict):
            return _MISSING
        if "example" in media.data:
            return media.data["example"]
        return self._first_example(media)

    def _first_example(self, node: Node) -> Any:
        """The value of the first entry of an OpenAPI ``examples`` map."""
        examples = node.data.get("examples") if isinstance(node.data, dict) else None
        for key in examples if isinstance(examples, dict) else {}:
            entry = self._get(node, "examples", key)
            if entry is not None and isinstance(entry.data, dict) and "value" in entry.data:
                return entry.data["value"]
        return _MISSING

    def _parameter_example(self, pnode: Node) -> Any:
        """The parameter's example, else its schema's, where the schema accepts it (a placeholder
        such as `"{sid}"` that its own pattern refuses would test the mock's refusal instead)."""
        data = pnode.data
        schema = self._get(pnode, "schema")
        checks = schema.data if schema is not None and isinstance(schema.data, dict) else {}
        if "example" in data and _allowed(checks, _unserialized(data, checks, data["example"])):
            return _unserialized(data, checks, data["example"])
        value = _unserialized(data, checks, self._first_example(pnode))
        if value is not _MISSING and _allowed(checks, value):
            return value
        if schema is not None and isinstance(schema.data, dict):
            if "example" in schema.data and _allowed(schema.data, schema.data["example"]):
                return schema.data["example"]
            if isinstance(schema.data.get("examples"), list) and schema.data["examples"] and _allowed(schema.data, schema.data["examples"][0]):
                return schema.data["examples"][0]
        return _MISSING

    def _synthesize(self, schema: Node | None, depth: int = 0, filled: bool = False) -> Any:
        """A value valid for a schema, made the way the mock makes one (arrays hold one item).

        `filled` (a parameter's value) also gives an object without required properties its
        first one: an empty object is no path segment at all, and no query pair."""
        if schema is None or not isinstance(schema.data, dict) or depth > 8:
            return None
        data = schema.data
        if "example" in data and _allowed(data, data["example"]):
            return data["example"]
        if isinstance(data.get("examples"), list) and data["examples"] and _allowed(data, data["examples"][0]):
            return data["examples"][0]
        if "const" in data:
            return data["const"]
        if data.get("enum"):
            return data["enum"][0]
        if "default" in data and _allowed(data, data["default"]):
            return data["default"]
        for key in ("oneOf", "anyOf"):
            if data.get(key):
                value = self._synthesize(self._get(schema, key, 0), depth + 1)
                tag = _first_tag(data, key)
                if tag is not None and isinstance(value, dict):
                    value[data["discriminator"]["propertyName"]] = tag
                return value
        kind = data.get("type")
        kind = next((t for t in kind if t != "null"), "null") if isinstance(kind, list) else kind
        props = self._properties(schema)
        if kind == "object" or props:
            required = self._required(schema) & set(props)
            if filled and not required and props:
                required = {next(iter(props))}
            return {name: self._synthesize(prop, depth + 1) for name, prop in props.items() if name in required}
        if kind == "array":
            item = self._get(schema, "items")
            if item is None or depth > 4:
                return []
            return [self._synthesize(item, depth + 1) for _ in range(max(1, int(data.get("minItems") or 1)))]
        if kind in ("integer", "number"):
            return number_value(data, integer=kind == "integer")
        if kind == "boolean":
            return False
        if kind == "string" or kind is None and any(k in data for k in ("pattern", "minLength", "maxLength")):
            return string_value(data)
        return None

    # -- schema walking -----------------------------------------------------------------------

    def _properties(self, schema: Node | None, depth: int = 0) -> dict[str, Node]:
        if schema is None or not isinstance(schema.data, dict) or depth > 20:
            return {}
        props: dict[str, Node] = {}
        for i, _ in enumerate(schema.data.get("allOf") or []):
            props.update(self._properties(self._get(schema, "allOf", i), depth + 1))
        for name in schema.data.get("properties") or {}:
            prop = self._get(schema, "properties", name)
            if prop is not None:
                props[str(name)] = prop
        return props

    def _required(self, schema: Node | None, depth: int = 0) -> set[str]:
        if schema is None or not isinstance(schema.data, dict) or depth > 20:
            return set()
        names = {str(n) for n in schema.data.get("required") or []}
        for i, _ in enumerate(schema.data.get("allOf") or []):
            names |= self._required(self._get(schema, "allOf", i), depth + 1)
        return names

    def _get(self, node: Node | None, *tokens: Any) -> Node | None:
        """The resolved node below `node` at `tokens`, or None when any step is missing."""
        for token in tokens:
            if node is None:
                return None
            try:
                node = self.docs.deref(node)
            except RefError:
                return None
            data = node.data
            if isinstance(data, dict) and token in data or isinstance(data, list) and isinstance(token, int) and token < len(data):
                node = child(node, token)
            else:
                return None
        if node is None:
            return None
        try:
            return self.docs.deref(node)
        except RefError:
            return None


def _allowed(schema: dict[str, Any], example: Any) -> bool:
    """Whether a schema accepts its own example (some documents show a placeholder such as
    "Choose..." or `"{sid}"` that the schema itself refuses: its enum, pattern, lengths, bounds)."""
    return accepts(schema, example)


#: The delimiter of an array parameter's items in its query style.
_DELIMITERS = {"form": ",", "simple": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def _unserialized(parameter: dict[str, Any], schema: dict[str, Any], example: Any) -> Any:
    """An array parameter's example written as it goes on the wire (`example: paf,nyb`, a
    comma-separated `form` query value): its items. Passed as one string, the client would send
    the comma percent-encoded, one item that no `enum` of the items holds."""
    if not isinstance(example, str) or schema.get("type") != "array":
        return example
    style = parameter.get("style") or ("form" if parameter.get("in") in ("query", "cookie") else "simple")
    delimiter = _DELIMITERS.get(str(style))
    return example.split(delimiter) if delimiter is not None else example


def _typed(item_id: str, schema: Any) -> Any:
    """A seeded item's id (the mock keys its items by their ids' text) as the path parameter's
    declared type: an integer or a number where the schema says so, else the text."""
    kind = schema.get("type") if isinstance(schema, dict) else None
    kinds = kind if isinstance(kind, list) else [kind]
    if "integer" in kinds and re.fullmatch(r"-?[0-9]+", item_id):
        return int(item_id)
    if "number" in kinds and re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", item_id):
        return float(item_id) if "." in item_id else int(item_id)
    if "boolean" in kinds and item_id in ("true", "false", "True", "False"):
        return item_id.lower() == "true"
    return item_id


def _decoded(example: Any, schema: Node | None) -> Any:
    """An example written as JSON text (`example: '{"name": "Fluffy"}'`) where the schema wants
    an object or an array: the value that text stands for."""
    data = schema.data if schema is not None and isinstance(schema.data, dict) else {}
    wanted = data.get("type") in ("object", "array") or "properties" in data or "items" in data
    if isinstance(example, str) and wanted and example.lstrip()[:1] in ("{", "["):
        try:
            return json.loads(example)
        except ValueError:
            return example
    return example


class _Missing:
    """No example was found (None is a valid example)."""


_MISSING: Any = _Missing()


def _first_tag(data: dict[str, Any], key: str) -> str | None:
    """The discriminator value that selects a tagged union's first member (as the client reads it)."""
    discriminator = data.get("discriminator")
    first = data[key][0]
    if not isinstance(discriminator, dict) or not discriminator.get("propertyName") or not isinstance(first, dict):
        return None
    ref = first.get("$ref")
    if not isinstance(ref, str):
        return None
    for tag, target in (discriminator.get("mapping") or {}).items():
        if target == ref or f"#/components/schemas/{target}" == ref:
            return str(tag)
    return ref.rsplit("/", 1)[-1]


def _walk(resources: tuple[Resource, ...], prefix: str) -> Iterator[tuple[str, Operation]]:
    for resource in resources:
        accessor = prefix + resource.attribute
        for op in resource.operations:
            yield accessor, op
        yield from _walk(resource.children, accessor + ".")


def _text(literal: str) -> str:
    import ast

    return str(ast.literal_eval(literal))


def _data(node: Node | None, key: str) -> Any:
    return node.data.get(key) if node is not None and isinstance(node.data, dict) else None
