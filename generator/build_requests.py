"""IR builder, requests: an operation's parameters (with their serialization style) and its body."""

from __future__ import annotations

from typing import Any

from . import naming, text
from .build_types import TypeBuilder, _properties, _required, has_flag
from .errors import fail
from .ir import Body, Parameter
from .resolve import DocumentSet, Node, RefError, child

#: Parameter location -> (its default (style, explode), the styles supported there).
STYLES: dict[str, tuple[tuple[str, bool], frozenset[str]]] = {
    "path": (("simple", False), frozenset({"simple", "label", "matrix"})),
    "query": (("form", True), frozenset({"form", "spaceDelimited", "pipeDelimited", "deepObject"})),
    "header": (("simple", False), frozenset({"simple"})),
    "cookie": (("form", True), frozenset({"form"})),
}
#: Names a method argument may not take: the per-call options every method has.
CALL_OPTIONS = frozenset({"extra_headers", "extra_query", "timeout", "max_retries", "allow_retry", "idempotency_key", "self"})
#: Names an argument may not take.
PARAM_RESERVED = naming.KEYWORDS | naming.CODE_NAMES | CALL_OPTIONS | frozenset(
    {"Call", "RequestOptions", "NOT_GIVEN", "NotGiven", "PAGING", "SyncPager", "AsyncPager"}
)


def deref(docs: DocumentSet, node: Node) -> Node:
    """`node` with its $refs followed; a dangling one is a located error."""
    try:
        return docs.deref(node)
    except RefError as exc:
        raise fail(str(exc), node.location) from None


class RequestBuilder:
    """Parameters and bodies of operations, as method arguments."""

    def __init__(self, docs: DocumentSet, types: TypeBuilder) -> None:
        self.docs = docs
        self.types = types

    def parameter(self, wire: str, where: str, pnode: Node, hint: str, table: naming.NameTable) -> Parameter:
        """One path, query, header or cookie parameter as an argument."""
        data = pnode.data
        name = table.claim(naming.identifier(wire, fallback="param", reserved=PARAM_RESERVED))
        annotation = "Any"
        schema_data: dict[str, Any] = {}
        if "schema" in data:
            schema_node = child(pnode, "schema")
            annotation = self.types.annotation(schema_node, hint + naming.pascal(wire))
            resolved = deref(self.docs, schema_node).data
            schema_data = resolved if isinstance(resolved, dict) else {}
        elif isinstance(data.get("content"), dict) and data["content"]:
            media = next(iter(data["content"]))
            if isinstance(data["content"][media], dict) and "schema" in data["content"][media]:
                annotation = self.types.annotation(child(pnode, "content", media, "schema"), hint + naming.pascal(wire))
        required = where == "path" or data.get("required") is True
        if not required:
            annotation = "Optional[" + annotation + "]" if not annotation.startswith("Optional[") and annotation != "Any" else annotation
        doc = text.clean(data.get("description"), 1000)
        notes = []
        if "default" in schema_data:
            notes.append(f"Default {text.literal(schema_data['default'])}.")
        if "maximum" in schema_data:
            notes.append(f"At most {text.literal(schema_data['maximum'])}.")
        full = " ".join([doc] + notes).strip()
        style, explode = self._style(where, pnode)
        return Parameter(
            name, wire, text.literal(wire), where, annotation, required, "" if required else "None", text.doc(full, 1000), data.get("deprecated") is True,
            style, explode,
        )

    def _style(self, where: str, pnode: Node) -> tuple[str, bool]:
        """The parameter's (style, explode): as the spec says where supported, else the default."""
        default, allowed = STYLES[where]
        data = pnode.data
        content = data.get("content")
        if isinstance(content, dict) and content:
            media = next(iter(content))
            if body_kind(str(media)) == "json":
                return "json", False  # the value is sent as JSON text
            self.types.warn(f"parameter content {text.one_line(media, 60)!r} is not supported; sent as text", pnode.location.child("content"))
            return default
        style = data.get("style", default[0])
        if style not in allowed:
            self.types.warn(f"style {text.one_line(style, 40)!r} is not supported for {where} parameters; {default[0]!r} is used", pnode.location.child("style"))
            style = default[0]
        explode = data.get("explode", style == "form")
        return str(style), explode is True

    def body(self, node: Node, hint: str, table: naming.NameTable) -> Body | None:
        """The request body of the operation at `node`, or None."""
        if "requestBody" not in node.data:
            return None
        body = deref(self.docs, child(node, "requestBody"))
        content = body.data.get("content") or {}
        if not isinstance(content, dict) or not content:
            return None
        media = pick_media(list(content))
        media_node = child(body, "content", media)
        required = body.data.get("required") is True
        kind = body_kind(media)
        if kind == "binary" or "schema" not in (media_node.data or {}):
            whole = Parameter(table.claim("content"), "content", text.literal("content"), "body", "bytes" if required else "Optional[bytes]", required, "" if required else "None", "The raw request body.")
            return Body("binary", text.literal(media), whole=whole)
        schema_node = child(media_node, "schema")
        resolved = deref(self.docs, schema_node)
        props = _properties(resolved.data, self.docs, resolved) if isinstance(resolved.data, dict) else {}
        if props and kind in ("json", "form", "multipart"):
            needed = _required(resolved.data, self.docs, resolved)
            fields: list[Parameter] = []
            files: list[Parameter] = []
            model_hint = hint + "Body"
            alternatives = self._alternative_properties(resolved, set(props))
            undeclared = sorted(needed - set(props) - set(alternatives))
            for wire, prop in [*props.items(), *alternatives.items(), *((w, None) for w in undeclared)]:
                if prop is not None and has_flag(prop, "readOnly", self.docs):
                    continue  # set by the API, never sent
                name = _claim(table, naming.identifier(wire, fallback="field", reserved=PARAM_RESERVED), "body")
                file_kind = _file_kind(prop, self.docs) if kind == "multipart" and prop is not None else None
                annotation = file_kind or (self.types.annotation(prop, model_hint + naming.pascal(wire)) if prop is not None else "Any")
                is_required = wire in needed and required and wire not in alternatives
                if not is_required:
                    annotation = f"Union[{annotation}, NotGiven]"
                pdata = prop.data if prop is not None and isinstance(prop.data, dict) else {}
                if prop is None:
                    pdata = {"description": "Required by the API document, which does not describe it."}
                elif wire in alternatives:
                    pdata = {**pdata, "description": " ".join(filter(None, [pdata.get("description"), "(Sent only in some of the body's alternative shapes.)"]))}
                (files if file_kind else fields).append(
                    Parameter(name, wire, text.literal(wire), "body", annotation, is_required, "" if is_required else "NOT_GIVEN", text.doc(pdata.get("description"), 1000), pdata.get("deprecated") is True)
                )
            return Body(kind, text.literal(media), fields=tuple(fields), files=tuple(files))
        annotation = self.types.annotation(schema_node, hint + "Body")
        whole = Parameter(
            table.claim("body"), "body", text.literal("body"), "body", annotation if required else f"Optional[{annotation}]" if annotation != "Any" else "Any",
            required, "" if required else "None", text.doc(body.data.get("description"), 1000),
        )
        return Body(kind if kind != "multipart" else "multipart", text.literal(media), whole=whole)


    def _alternative_properties(self, schema: Node, known: set[str]) -> dict[str, Node]:
        """Properties of the members of a body's ``oneOf``/``anyOf`` beside its own properties:
        each becomes an optional argument, since only some shapes carry it."""
        found: dict[str, Node] = {}
        for key in ("oneOf", "anyOf"):
            members = schema.data.get(key)
            for i, _ in enumerate(members if isinstance(members, list) else []):
                member = deref(self.docs, child(schema, key, i))
                if not isinstance(member.data, dict):
                    continue
                for wire, prop in _properties(member.data, self.docs, member).items():
                    if wire not in known:
                        found.setdefault(wire, prop)
        return found


def _claim(table: naming.NameTable, name: str, where: str) -> str:
    if name in table:
        name = f"{name}_{where}"
    return table.claim(name)


def pick_media(types: list[str]) -> str:
    """The media type rungen prefers among those offered: JSON, then forms, text, binary."""
    def rank(media: str) -> int:
        m = media.lower().split(";")[0].strip()
        if m == "application/json" or m.endswith("+json"):
            return 0
        if m == "application/x-www-form-urlencoded":
            return 1
        if m.startswith("multipart/"):
            return 2
        if m.startswith("text/"):
            return 3
        return 4

    return sorted(types, key=lambda m: (rank(m), types.index(m)))[0]


def body_kind(media: str) -> str:
    """How a media type is sent or read: json, form, multipart or binary."""
    m = media.lower().split(";")[0].strip()
    if m == "application/json" or m.endswith("+json") or m == "*/*":
        return "json"
    if m == "application/x-www-form-urlencoded":
        return "form"
    if m.startswith("multipart/"):
        return "multipart"
    return "binary"


def _file_kind(prop: Node, docs: DocumentSet) -> str | None:
    """``FileTypes`` for a binary property of a multipart body, ``List[FileTypes]`` for an array of them."""
    data = deref(docs, prop).data
    if not isinstance(data, dict):
        return None
    if data.get("format") == "binary" or (data.get("type") == "string" and "contentMediaType" in data and "contentEncoding" not in data):
        return "FileTypes"
    if data.get("type") == "array" and isinstance(data.get("items"), dict):
        return "List[FileTypes]" if _file_kind(child(deref(docs, prop), "items"), docs) == "FileTypes" else None
    return None
