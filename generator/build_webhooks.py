"""Stage 4, build the IR: webhooks and callbacks, the requests an API sends to its users.

The client makes no such calls, but the payloads are part of the API: each JSON request
body of a webhook (OpenAPI 3.1 ``webhooks``) or of an operation's ``callbacks`` becomes a
typed parser, ``webhooks.parse_<name>(payload)``. Other media types warn and are skipped.
"""

from __future__ import annotations

from typing import Iterator

from . import naming, text
from .build_requests import body_kind, deref, pick_media
from .build_types import TypeBuilder
from .ir import Webhook
from .resolve import DocumentSet, Node, child

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class WebhookBuilder:
    """Typed payload parsers for a document's webhooks and callbacks."""

    def __init__(self, docs: DocumentSet, types: TypeBuilder) -> None:
        self.docs = docs
        self.types = types
        self.names = naming.NameTable(naming.RESERVED)

    def webhooks(self) -> tuple[Webhook, ...]:
        root = self.docs.root_node()
        result = []
        for origin, hint, item in self._path_items(root):
            methods = [m for m in _METHODS if isinstance(item.data, dict) and isinstance(item.data.get(m), dict)]
            for method in methods:
                suffix = f" {method}" if len(methods) > 1 else ""
                built = self._webhook(deref(self.docs, child(item, method)), method, origin, hint + suffix)
                if built is not None:
                    result.append(built)
        return tuple(result)

    def _path_items(self, root: Node) -> Iterator[tuple[str, str, Node]]:
        """(where it comes from, name hint, path item) for every webhook and callback."""
        hooks = root.data.get("webhooks")
        for name in hooks if isinstance(hooks, dict) else {}:
            yield f"webhook ``{text.one_line(name, 80)}``", str(name), deref(self.docs, child(root, "webhooks", name))
        paths = root.data.get("paths")
        for path in paths if isinstance(paths, dict) else {}:
            item = deref(self.docs, child(root, "paths", path))
            for method in _METHODS:
                op = item.data.get(method) if isinstance(item.data, dict) else None
                if not isinstance(op, dict) or not isinstance(op.get("callbacks"), dict):
                    continue
                op_node = deref(self.docs, child(item, method))
                owner = text.one_line(op.get("operationId") or f"{method.upper()} {path}", 80)
                for name in op["callbacks"]:
                    callback = deref(self.docs, child(op_node, "callbacks", name))
                    for expression in callback.data if isinstance(callback.data, dict) else {}:
                        origin = f"callback ``{text.one_line(name, 80)}`` of ``{owner}``"
                        yield origin, str(name), deref(self.docs, child(callback, expression))

    def _webhook(self, op: Node, method: str, origin: str, hint: str) -> Webhook | None:
        body = op.data.get("requestBody") if isinstance(op.data, dict) else None
        if body is None:
            return None  # nothing to parse: a bare notification
        body_node = deref(self.docs, child(op, "requestBody"))
        content = body_node.data.get("content") if isinstance(body_node.data, dict) else None
        if not isinstance(content, dict) or not content:
            return None
        media = pick_media([str(m) for m in content])
        if body_kind(media) != "json":
            self.types.warn(f"{media} payloads are not parsed (only JSON ones are); this webhook gets no parser", body_node.location.child("content"))
            return None
        schema = child(deref(self.docs, child(body_node, "content", media)), "schema")
        annotation = self.types.annotation(schema, naming.class_name(hint) + "Payload") if isinstance(schema.data, dict) else "Any"
        data = op.data
        summary = text.one_line(data.get("summary") or data.get("description") or f"The payload of the {hint} {method.upper()} request.", 200)
        return Webhook(
            function=self.names.claim("parse_" + naming.identifier(hint, fallback="event").rstrip("_")),
            summary=summary,
            doc=text.doc(data.get("description") if data.get("summary") else None),
            origin=f"{origin} (``{method.upper()}``)",
            annotation=annotation,
            deprecated=bool(data.get("deprecated")),
        )
