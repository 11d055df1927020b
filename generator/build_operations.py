"""IR builder, part 2: paths and operations to resource methods."""

from __future__ import annotations

from typing import Any, Iterator

from . import naming, text
from .build_requests import PARAM_RESERVED, STYLES, RequestBuilder, body_kind, deref, pick_media
from .build_types import TypeBuilder, _properties
from .errors import Location, fail
from .ir import Operation, Paging, Parameter, Resource
from .resolve import DocumentSet, Node, child

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
IDEMPOTENT = frozenset({"get", "put", "delete", "options", "head", "trace"})
IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
#: A header parameter of one of these names is an idempotency key: the client fills it.
IDEMPOTENCY_HEADERS = frozenset({"idempotency-key", "x-idempotency-key"})
#: Attributes of the client a resource may not shadow.
CLIENT_ATTRIBUTES = frozenset(
    {"base_url", "timeout", "max_retries", "max_retry_time", "rate_limit", "close", "request", "send", "with_options"}
)


class OperationBuilder:
    """Builds every operation and groups them into resources."""

    def __init__(self, docs: DocumentSet, types: TypeBuilder, styles: dict[str, Any], global_headers: dict[str, str]) -> None:
        self.docs = docs
        self.types = types
        self.styles = styles
        self.global_headers = global_headers
        self.root = docs.root_node()
        self.root_security = self.root.data.get("security")
        #: the security schemes the client supports (set by the package builder)
        self.scheme_names: frozenset[str] = frozenset()
        self.requests = RequestBuilder(docs, types)

    def _each(self) -> Iterator[tuple[str, str, Node, Node]]:
        """(path, method, path item, operation) for every operation, in document order."""
        paths = self.root.data.get("paths") or {}
        for path in paths if isinstance(paths, dict) else {}:
            item = deref(self.docs, child(self.root, "paths", path))
            if not isinstance(item.data, dict):
                continue
            for method in METHODS:
                if isinstance(item.data.get(method), dict):
                    yield str(path), method, item, child(item, method)

    def operations(self) -> list[tuple[list[str], Operation, Location]]:
        """(resource path, operation, location) for every operation, in document order."""
        result = []
        seen_ids: set[str] = set()
        for path, method, item, op_node in self._each():
            resource, operation = self._operation(path, method, item, op_node, seen_ids)
            result.append((resource, operation, op_node.location))
        return result

    def common_constant_headers(self) -> dict[str, str]:
        """Constant headers that every operation requires: sent by the client for every call."""
        found: dict[str, str] | None = None
        for _, _, item, op_node in self._each():
            constants = dict(self._constants(self._parameters(item, op_node)))
            found = constants if found is None else {k: v for k, v in found.items() if constants.get(k) == v}
        return found or {}

    # -- one operation --------------------------------------------------------------------

    def _operation(self, path: str, method: str, item: Node, node: Node, seen_ids: set[str]) -> tuple[list[str], Operation]:
        data = node.data
        op_id = str(data.get("operationId") or f"{method}_{path}")
        seen_ids.add(op_id)
        resource = data.get("x-rungen-resource") or _default_resource(data, path)
        resource_path = [naming.identifier(part, fallback="resource", reserved=naming.KEYWORDS | CLIENT_ATTRIBUTES) for part in str(resource).split(".")]
        crud = None if data.get("operationId") else naming.crud_method(method, path, resource_path[-1], frozenset(m for m in METHODS if m in item.data))
        name = data.get("x-rungen-method") or crud or naming.method_name(op_id, resource_path[-1])
        name = naming.identifier(str(name), fallback="call", reserved=naming.KEYWORDS | {"with_raw_response"})
        hint = naming.class_name(op_id, fallback="Operation")
        table = naming.NameTable(PARAM_RESERVED)

        self._note_ignored(node)
        params = self._parameters(item, node)
        constants = [(k, v) for k, v in self._constants(params) if self.global_headers.get(k) != v]
        constant_names = {k.lower() for k, _ in self._constants(params)}
        path_params: list[Parameter] = []
        query: list[Parameter] = []
        headers: list[Parameter] = []
        cookies: list[Parameter] = []
        idempotency_header = "None"
        for wire, where, pnode in params:
            if where == "header" and wire.lower() in IDEMPOTENCY_HEADERS:
                idempotency_header = text.literal(wire)  # filled by the client, the same on every retry
                continue
            if where == "header" and (wire.lower() in IGNORED_HEADERS or wire.lower() in constant_names):
                continue
            if where not in STYLES:
                self.types.warn(f"parameters in {text.one_line(where, 40)!r} are not supported; skipped", pnode.location.child("in"))
                continue
            built = self.requests.parameter(wire, where, pnode, hint, table)
            {"path": path_params, "query": query, "header": headers, "cookie": cookies}[where].append(built)
        path_params.sort(key=lambda p: path.find("{" + p.wire + "}"))
        body = self.requests.body(node, hint, table)
        return_annotation, cast, kind = self._response(node, hint)
        paging = self._paging(node, data, hint, query)
        if paging is not None:
            return_annotation = paging.item_annotation
        deprecated = data.get("deprecated") is True
        security = data.get("security", self.root_security)
        authenticated = bool(security) and all(bool(req) for req in security if isinstance(req, dict))
        own_security = "None"
        if authenticated and "security" in data and data["security"] != self.root_security and isinstance(security, list):
            own_security = text.literal(tuple(tuple(str(name) for name in req if str(name) in self.scheme_names) for req in security if isinstance(req, dict)))
        others = query + headers + cookies
        keyword = [p for p in others if p.required]
        keyword += list(body.fields + body.files) if body else []
        if body and body.whole:
            keyword.append(body.whole)
        keyword += [p for p in others if not p.required]
        keyword.sort(key=lambda p: not p.required)
        summary = text.one_line(data.get("summary") or data.get("description") or op_id)
        operation = Operation(
            name=name,
            operation_id=op_id,
            http_method_literal=text.literal(method.upper()),
            path_literal=text.literal(path),
            positional=tuple(p for p in path_params),
            keyword=tuple(keyword),
            path_params=tuple(path_params),
            query_params=tuple(query),
            header_params=tuple(headers),
            cookie_params=tuple(cookies),
            styles=tuple(
                (f"({text.literal(p.location)}, {p.wire_literal})", f"({text.literal(p.style)}, {p.explode})")
                for p in path_params + others
                if (p.style, p.explode) != STYLES[p.location][0]
            ),
            constant_headers=tuple((text.literal(k), text.literal(v)) for k, v in constants),
            body=body,
            return_annotation=return_annotation,
            cast=cast,
            response_kind=kind,
            paging=paging,
            authenticated=authenticated,
            idempotent=method in IDEMPOTENT,
            deprecated=deprecated,
            doc=self._doc(data, path_params + keyword, deprecated, method, path),
            summary=summary,
            example_args=_example_args(path_params, [p for p in keyword if p.required]),
            idempotency_header_literal=idempotency_header,
            security_literal=own_security,
            route=text.markdown_line(f"{method.upper()} {path}").replace("`", "'"),
            summary_markdown=text.markdown_line(data.get("summary") or data.get("description") or ""),
        )
        return resource_path, operation

    def _note_ignored(self, node: Node) -> None:
        """Response links describe no call the client makes: warn, then build the rest.

        (Callbacks become payload parsers in ``webhooks``: see build_webhooks.)"""
        responses = node.data.get("responses")
        for code in responses if isinstance(responses, dict) else {}:
            response = deref(self.docs, child(node, "responses", code))
            if isinstance(response.data, dict) and response.data.get("links"):
                self.types.warn("response links are not supported; ignored", response.location.child("links"))

    def _parameters(self, item: Node, node: Node) -> list[tuple[str, str, Node]]:
        merged: dict[tuple[str, str], Node] = {}
        for owner in (item, node):
            for i, _ in enumerate(owner.data.get("parameters") or []):
                pnode = deref(self.docs, child(owner, "parameters", i))
                if not isinstance(pnode.data, dict) or "name" not in pnode.data or "in" not in pnode.data:
                    raise fail("a parameter needs 'name' and 'in'", pnode.location)
                merged[(str(pnode.data["name"]), str(pnode.data["in"]))] = pnode
        return [(wire, where, pnode) for (wire, where), pnode in merged.items()]

    def _constants(self, params: list[tuple[str, str, Node]]) -> list[tuple[str, str]]:
        result = []
        for wire, where, pnode in params:
            if where != "header" or pnode.data.get("required") is not True:
                continue
            schema = pnode.data.get("schema")
            if not isinstance(schema, dict):
                continue
            schema = deref(self.docs, child(pnode, "schema")).data
            values = schema.get("enum")
            if "const" in schema:
                result.append((wire, str(schema["const"])))
            elif isinstance(values, list) and len(values) == 1:
                result.append((wire, str(values[0])))
        return result

    def _response(self, node: Node, hint: str) -> tuple[str, str, str]:
        responses = node.data.get("responses") or {}
        codes = sorted(str(c) for c in responses if str(c).startswith("2"))
        code = codes[0] if codes else ("default" if "default" in responses else None)
        if code is None:
            return "None", "None", "empty"
        key = next(c for c in responses if str(c) == code)
        response = deref(self.docs, child(node, "responses", key))
        content = response.data.get("content") if isinstance(response.data, dict) else None
        if not isinstance(content, dict) or not content:
            return "None", "None", "empty"
        media = pick_media(list(content))
        kind = body_kind(media)
        if kind == "json":
            media_node = child(response, "content", media)
            if not isinstance(media_node.data, dict) or "schema" not in media_node.data:
                return "Any", "None", "json"
            annotation = self.types.annotation(child(media_node, "schema"), hint + "Response")
            return annotation, annotation if annotation != "Any" else "None", "json"
        if media.startswith("text/"):
            return "str", "None", "text"
        return "bytes", "None", "binary"

    def _paging(self, node: Node, data: dict[str, Any], hint: str, query: list[Parameter]) -> Paging | None:
        style_name = data.get("x-rungen-pagination")
        if style_name is None:
            return None
        style = self.styles.get(style_name)
        location = node.location.child("x-rungen-pagination")
        if style is None:
            raise fail(f"paging style {style_name!r} is not defined", location)
        item = self._item_annotation(node, hint, str(style.get("items") or ""), location)
        size_param = style.get("size-param")
        maximum = "None"
        for wire, where, pnode in self._parameters(self._path_item(node), node):
            if wire == size_param and where == "query" and isinstance(pnode.data.get("schema"), dict):
                schema = deref(self.docs, child(pnode, "schema")).data
                if isinstance(schema.get("maximum"), int):
                    maximum = text.literal(schema["maximum"])
        return Paging(text.literal(style_name), item, maximum)

    def _path_item(self, node: Node) -> Node:
        tokens = node.location.pointer.split("/")
        parent = "/".join(tokens[:-1])
        item = self.docs.lookup("#" + parent, node.file)
        return item

    def _item_annotation(self, node: Node, hint: str, items_path: str, location: Location) -> str:
        responses = node.data.get("responses") or {}
        codes = sorted(str(c) for c in responses if str(c).startswith("2"))
        if not codes:
            raise fail("a paginated operation needs a 2xx response", location)
        key = next(c for c in responses if str(c) == codes[0])
        response = deref(self.docs, child(node, "responses", key))
        media = pick_media(list((response.data.get("content") or {}).keys()) or ["application/json"])
        try:
            schema = child(response, "content", media, "schema")
        except (KeyError, TypeError):
            raise fail("a paginated operation needs a JSON response schema", location) from None
        for part in [p for p in items_path.split(".") if p]:
            resolved = deref(self.docs, schema)
            props = _properties(resolved.data, self.docs, resolved) if isinstance(resolved.data, dict) else {}
            if part not in props:
                raise fail(f"the response has no {part!r} for the paging style's items path {items_path!r}", location)
            schema = props[part]
        resolved = deref(self.docs, schema)
        if not isinstance(resolved.data, dict) or "items" not in resolved.data:
            raise fail(f"the paging items path {items_path!r} is not an array", location)
        return self.types.annotation(child(resolved, "items"), hint + "Item")

    def _doc(self, data: dict[str, Any], params: list[Parameter], deprecated: bool, method: str, path: str) -> str:
        lines = [text.doc(data.get("summary") or data.get("operationId") or f"{method.upper()} {path}", 300)]
        description = text.doc(data.get("description"))
        if description and description != lines[0]:
            lines += ["", description]
        if deprecated:
            lines += ["", ".. deprecated:: The API marks this operation as deprecated."]
        lines += ["", f"``{method.upper()} {text.doc(path, 300)}``"]
        documented = [p for p in params if p.doc or p.deprecated]
        if documented:
            lines += ["", "Args:"]
            for p in documented:
                words = " ".join(p.doc.split())
                if p.deprecated and words.lower().startswith("deprecated"):
                    words += " Passing it warns."
                elif p.deprecated:
                    words = "Deprecated by the API; passing it warns." + (" " + words if words else "")
                lines.append(f"    {p.name}: " + words)
        return "\n".join(lines)


def _default_resource(data: dict[str, Any], path: str) -> str:
    tags = data.get("tags")
    if isinstance(tags, list) and tags and isinstance(tags[0], str):
        return naming.identifier(tags[0], fallback="default")
    segments = [s for s in path.split("/") if s and not s.startswith("{")]
    return naming.identifier(segments[0] if segments else "default", fallback="default")


def group(operations: list[tuple[list[str], Operation, Location]], types: TypeBuilder) -> tuple[Resource, ...]:
    """Nest operations into resources by their dotted resource path, in first-seen order."""
    tree: dict[str, Any] = {}
    for path, operation, location in operations:
        node = tree
        for part in path:
            node = node.setdefault(part, {"__ops__": [], "__names__": naming.NameTable(naming.KEYWORDS, separator="_")})
        names: naming.NameTable = node["__names__"]
        wanted = operation.name
        claimed = names.claim(wanted)
        if claimed != wanted:
            types.warn(f"method name {wanted!r} is taken on this resource; named {claimed!r}", location)
            operation = _renamed(operation, claimed)
        node["__ops__"].append(operation)
    return _resources(tree, [], types.names)


def _renamed(operation: Operation, name: str) -> Operation:
    from dataclasses import replace

    return replace(operation, name=name)


def _resources(tree: dict[str, Any], prefix: list[str], classes: naming.NameTable) -> tuple[Resource, ...]:
    result = []
    for key, node in tree.items():
        if key.startswith("__"):
            continue
        path = prefix + [key]
        operations = tuple(node["__ops__"])
        taken = {op.name for op in operations}
        children = _resources({k: v for k, v in node.items()}, path, classes)
        children = tuple(c if c.attribute not in taken else _rename_resource(c) for c in children)
        class_name = _resource_class(classes, "".join(naming.pascal(p) for p in path) + "Resource")
        doc = f"Operations on {'.'.join(path)}."
        result.append(Resource(key, class_name, doc, operations, children, naming.module_file(key) if not prefix else ""))
    return tuple(result)


def _resource_class(classes: naming.NameTable, wanted: str) -> str:
    """A resource's class name, and its async twin's, both free of every model's name: a
    resource module star-imports the models, so a model of the same name would be shadowed."""
    name, counter = wanted, 2
    while name in classes or "Async" + name in classes:
        name, counter = f"{wanted}{counter}", counter + 1
    classes.claim("Async" + name)
    return classes.claim(name)


def _rename_resource(resource: Resource) -> Resource:
    from dataclasses import replace

    return replace(resource, attribute=resource.attribute + "_")


def _placeholder(annotation: str) -> str:
    if annotation.startswith("int"):
        return "1"
    if annotation.startswith("float"):
        return "1.0"
    if annotation.startswith("bool"):
        return "True"
    if annotation.startswith("List"):
        return "[]"
    if annotation.startswith("Literal["):
        return annotation[len("Literal[") :].split(",")[0].rstrip("]")
    if annotation == "str":
        return '"..."'
    return "..."


def _example_args(positional: list[Parameter], required: list[Parameter]) -> str:
    parts = [_placeholder(p.annotation) for p in positional]
    parts += [f"{p.name}={_placeholder(p.annotation)}" for p in required]
    return ", ".join(parts)
