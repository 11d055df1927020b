"""A stateful fake of the API, driven by its OpenAPI document: in-process, WSGI, or a local server.

Creates are stored and show up in later reads and lists, updates change them, deletes remove
them; credentials, request bodies and page sizes are checked as the document says; errors come
back in the API's own error shape; the documented rate limit is enforced with its headers.
"""

from __future__ import annotations

import collections
import copy
import datetime
import email.parser
import email.policy
import email.utils
import json
import random
import re
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.cookies import CookieError, SimpleCookie
from typing import Any, Callable, Deque, Dict, Iterable, List, Optional, Tuple
from urllib.parse import parse_qsl, quote, unquote, unquote_plus, urlsplit

import httpx

from ._schema import Schemas, coerce

__all__ = ["MockApp", "Faults"]

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
Headers = List[Tuple[str, str]]


@dataclass
class Faults:
    """Faults to inject into a mock's responses, for testing a caller's error handling."""

    latency: float = 0.0
    error_rate: float = 0.0
    force_429: int = 0
    drop_rate: float = 0.0


@dataclass
class Route:
    method: str
    template: str
    regex: "re.Pattern[str]"
    params: List[str]
    operation: Dict[str, Any]
    path_item: Dict[str, Any]
    literal_segments: int


@dataclass
class Reply:
    status: int
    body: Any = None
    headers: Headers = field(default_factory=list)
    raw: Optional[bytes] = None
    content_type: str = "application/json"


class MockApp:
    """The fake API. ``handle()`` is the whole behaviour; ``transport()``, ``wsgi`` and ``serve()`` expose it."""

    def __init__(
        self,
        spec: Dict[str, Any],
        *,
        seed: int = 0,
        rate_limit: Optional[Tuple[int, float]] = None,
        faults: Optional[Faults] = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.spec = spec
        self.schemas = Schemas(spec)
        self.rng = random.Random(seed)
        self.faults = faults or Faults()
        self.clock = clock
        self.lock = threading.RLock()
        self.store: Dict[Tuple[str, Tuple[str, ...]], Dict[str, Any]] = {}
        self.created: set[Tuple[str, str]] = set()
        self.counters: Dict[str, int] = {}
        self.tokens: Dict[str, float] = {}
        self.hits: Dict[str, Deque[float]] = {}
        self.credentials: Dict[str, Tuple[Optional[frozenset[str]], bool]] = {}
        self.owners: Dict[Tuple[Any, str], str] = {}
        self.quota: Optional[int] = None
        self.quota_used: Dict[str, int] = {}
        self.rules = spec.get("x-rungen-mock") or {}
        self.masks = _mask_rules(spec)
        config = spec.get("x-rungen-rate-limit") or {}
        if rate_limit is None and config.get("requests") and config.get("period"):
            rate_limit = (int(config["requests"]), float(config["period"]))
        self.rate_limit = rate_limit
        self.rate_config = config
        self.errors_config = spec.get("x-rungen-errors") or {"message": "message"}
        self.paging = spec.get("x-rungen-pagination") or {}
        self.base_path = _base_path(spec)
        self.routes = self._routes()

    # -- setup -----------------------------------------------------------------------------

    def _routes(self) -> List[Route]:
        routes = []
        for template, item in (self.spec.get("paths") or {}).items():
            item = self.schemas.resolve(item)
            for method in METHODS:
                if isinstance(item.get(method), dict):
                    params = re.findall(r"{([^}/]+)}", template)
                    pattern = "^" + re.sub(r"\\{[^}/]+\\}", "([^/]+)", re.escape(template)) + "$"
                    literal = sum(1 for s in template.split("/") if s and not s.startswith("{"))
                    routes.append(
                        Route(
                            method,
                            template,
                            re.compile(pattern),
                            params,
                            item[method],
                            item,
                            literal,
                        )
                    )
        routes.sort(key=lambda r: -r.literal_segments)
        return routes

    def _items(self, key: Tuple[str, Tuple[str, ...]]) -> Dict[str, Dict[str, Any]]:
        """A collection's items by id; on first use, the document's examples of it.

        The items of the list operation's example, else the item operation's example, else the
        create operation's (its request example, completed by its response example). A nested
        collection is seeded too, unless its parent item was created through the mock."""
        found = self.store.get(key)
        if found is None:
            found = self.store[key] = {}
            parent = re.match(r"^(.*)/\{[^}/]+\}", key[0])
            if parent and key[1] and (parent.group(1).rstrip("/"), key[1][-1]) in self.created:
                return found  # under an item made here, not one of the document's: empty
            for item in self._examples_of(key[0]):
                item_id = item.get(self._id_field(item, key[0]))
                if item_id is not None:
                    found[str(item_id)] = item
            if not found:
                seed = self._made_item(key[0])
                if seed is not None:
                    found[seed[0]] = seed[1]
        return found

    def _made_item(self, template: str) -> Optional[Tuple[str, Dict[str, Any]]]:
        """A collection the document gives no example item of still holds one: made from its item
        schema, under the id its item path would be called with (the path parameter's example,
        else one made from its schema), so that a reader of the document can reach it."""
        item_path = re.compile("^" + re.escape(template.rstrip("/")) + r"/\{([^}/]+)\}/?$")
        candidates = [r for r in self.routes if item_path.match(r.template)]
        item_route = next(
            (r for r in candidates if r.method == "get"), candidates[0] if candidates else None
        )
        if item_route is None:
            return None
        name = item_path.match(item_route.template).group(1)  # type: ignore[union-attr]
        param = next(
            (
                p
                for p in self._parameters(item_route)
                if p.get("in") == "path" and p.get("name") == name
            ),
            {},
        )
        value = _parameter_example(self.schemas, param)
        if isinstance(value, (dict, list)) or value is None:
            return None
        lister = next(
            (r for r in self.routes if r.template == template and r.method == "get"), None
        )
        if lister is not None and self._lists(lister.operation):
            schema = self._property_at(
                self._success(lister.operation)[1], self._items_path(lister.operation)
            )
            schema = (
                self.schemas.resolve(schema or {}).get("items")
                if isinstance(self.schemas.resolve(schema or {}), dict)
                else None
            )
        else:
            schema = self._success(item_route.operation)[1] if item_route.method == "get" else None
        item = self.schemas.example(schema, None) if schema is not None else {}
        item = item if isinstance(item, dict) else {}
        key = "true" if value is True else "false" if value is False else str(value)
        props = self.schemas.properties(schema)
        id_field = next((f for f in (name, "id", "uuid") if f in props), None)
        if id_field is not None:
            typed = coerce(key, self.schemas.resolve(props[id_field]))
            if typed is not None and not self.schemas.errors(typed, props[id_field]):
                item[id_field] = typed
        return key, item

    def _examples_of(self, template: str) -> List[Dict[str, Any]]:
        lister = next(
            (r for r in self.routes if r.template == template and r.method == "get"), None
        )
        if lister is not None and self._lists(lister.operation):
            example = self._success_example(lister.operation)
            items = (
                _dig(example, self._items_path(lister.operation)) if example is not None else None
            )
            if isinstance(items, list) and any(isinstance(item, dict) for item in items):
                return [item for item in items if isinstance(item, dict)]
        item_path = re.compile("^" + re.escape(template.rstrip("/")) + r"/\{[^}/]+\}/?$")
        getter = next(
            (r for r in self.routes if r.method == "get" and item_path.match(r.template)), None
        )
        example = self._success_example(getter.operation) if getter is not None else None
        if isinstance(example, dict):
            return [example]
        creator = next(
            (r for r in self.routes if r.template == template and r.method == "post"), None
        )
        if creator is None:
            return []
        created = self._success_example(creator.operation)
        created = created[0] if isinstance(created, list) and created else created
        item = _request_example(self.schemas, creator.operation)
        item = dict(item) if isinstance(item, dict) else {}
        item.update(created if isinstance(created, dict) else {})
        return [item] if item else []

    # -- entry points ----------------------------------------------------------------------

    def add_token(
        self, token: str, *, scopes: Optional[Iterable[str]] = None, active: bool = True
    ) -> None:
        """Register a credential (bearer token or API key) with limited scopes, or as inactive."""
        self.credentials[token] = (frozenset(scopes) if scopes is not None else None, active)

    def should_drop(self) -> bool:
        """Whether to drop this request's connection (the ``drop_rate`` fault)."""
        with self.lock:
            return bool(self.faults.drop_rate) and self.rng.random() < self.faults.drop_rate

    def transport(self) -> httpx.MockTransport:
        """An httpx transport (sync and async) that answers from this mock, with no sockets."""

        def handler(request: httpx.Request) -> httpx.Response:
            if self.should_drop():
                raise httpx.RemoteProtocolError("connection dropped (mock fault)", request=request)
            status, headers, body = self.handle(
                request.method,
                request.url.raw_path.decode("ascii"),
                dict(request.headers),
                request.read(),
            )
            return httpx.Response(status, headers=headers, content=body)

        return httpx.MockTransport(handler)

    def wsgi(self, environ: Dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        """The mock as a WSGI application (for servers and schemathesis)."""
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length) if length else b""
        headers = {
            k[5:].replace("_", "-").lower(): v for k, v in environ.items() if k.startswith("HTTP_")
        }
        if environ.get("CONTENT_TYPE"):
            headers["content-type"] = environ["CONTENT_TYPE"]
        # PATH_INFO arrives percent-decoded: encode it again so '#' or '?' in an id stay in the path
        path = quote(environ.get("PATH_INFO", "/"), safe="/:@!$&'()*+,;=~")
        target = path + ("?" + environ["QUERY_STRING"] if environ.get("QUERY_STRING") else "")
        status, reply_headers, payload = self.handle(
            environ["REQUEST_METHOD"], target, headers, body
        )
        reason = _REASONS.get(status, "Status")
        start_response(
            f"{status} {reason}", reply_headers + [("Content-Length", str(len(payload)))]
        )
        return [payload]

    def handle(
        self, method: str, target: str, headers: Dict[str, str], body: bytes
    ) -> Tuple[int, Headers, bytes]:
        """Answer one request: (status, headers, body)."""
        if self.faults.latency:
            time.sleep(self.faults.latency)
        headers = {k.lower(): v for k, v in headers.items()}
        with self.lock:
            try:
                reply = self._answer(method.lower(), target, headers, body)
            except (
                Exception
            ) as exc:  # a bug in the mock answers as a server would: 500, not a crash
                reply = self._error(None, 500, f"Mock error: {type(exc).__name__}: {exc}")
        payload = (
            reply.raw
            if reply.raw is not None
            else (b"" if reply.body is None else json.dumps(reply.body).encode())
        )
        out = list(reply.headers)
        if payload and not any(k.lower() == "content-type" for k, _ in out):
            out.append(("Content-Type", reply.content_type))
        return reply.status, out, payload

    # -- the behaviour -----------------------------------------------------------------------

    def _answer(self, method: str, target: str, headers: Dict[str, str], body: bytes) -> Reply:
        parts = urlsplit(target)
        path = parts.path
        if self.base_path and path.startswith(self.base_path + "/"):
            path = path[len(self.base_path) :]
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        repeated = _raw_query(parts.query)
        matched = [r for r in self.routes if r.regex.match(path)]
        if not matched:
            # the token URL of a client-credentials flow need not be a path of the document
            return self._token_endpoint(method, path, None, body) or self._error(
                None, 404, "No such endpoint"
            )
        # the most specific path wins (/cronjobs/rebuild over /cronjobs/{id}), whatever its methods
        template = matched[0].template
        route = next((r for r in matched if r.template == template and r.method == method), None)
        if route is None:
            allowed = sorted({r.method.upper() for r in matched if r.template == template})
            return self._error(None, 405, "Method not allowed", [("Allow", ", ".join(allowed))])
        raw_values = dict(zip(route.params, route.regex.match(path).groups()))  # type: ignore[union-attr]
        path_values = self._path_values(route, raw_values)
        # a scalar's text (without a label's '.' or a matrix's ';name='), for the store's keys
        params = {
            name: value if isinstance(value, str) else unquote(raw_values[name])
            for name, value in path_values.items()
        }
        token_reply = self._token_endpoint(method, route.template, route.operation, body)
        if token_reply is not None:
            return token_reply
        denied = self._authenticate(route, headers, query) or self._authorize(
            route, method, headers, query
        )
        if denied is not None:
            return denied
        limited = self._rate_limited(headers)
        if limited is not None:
            return limited
        if self.faults.error_rate and self.rng.random() < self.faults.error_rate:
            return self._error(route.operation, 500, "Injected server error (mock fault)")
        problems = self._check_parameters(route, path_values, query, headers, repeated)
        parsed: Any = None
        if not problems:
            parsed, problems = self._check_body(route, headers, body)
        if problems:
            return self._error(
                route.operation, self._validation_status(route.operation), "; ".join(problems[:5])
            )
        reply = self._dispatch(route, params, query, parsed, self._credential(headers, query))
        reply.headers += self._rate_headers(headers)
        return reply

    def _dispatch(
        self,
        route: Route,
        params: Dict[str, str],
        query: Dict[str, str],
        body: Any,
        caller: str = "",
    ) -> Reply:
        reply = self._dispatch_inner(route, params, query, body, caller)
        if reply.status < 300 and reply.body is not None:
            reply.body = self.schemas.readable(reply.body, self._success(route.operation)[1])
        if self.masks and reply.body is not None:
            reply.body = _masked(reply.body, self.masks)
        return reply

    def _dispatch_inner(
        self, route: Route, params: Dict[str, str], query: Dict[str, str], body: Any, caller: str
    ) -> Reply:
        operation = route.operation
        status, schema = self._success(operation)
        rules = operation.get("x-rungen-mock") or {}
        if "quota-status" in rules and self.quota is not None:
            if self.quota_used.get(caller, 0) >= self.quota:
                return self._error(operation, int(rules["quota-status"]), "Quota exceeded")
            self.quota_used[caller] = self.quota_used.get(caller, 0) + 1
        if operation.get("x-rungen-pagination") or (
            route.method == "get" and self._is_collection(route) and self._lists(operation)
        ):
            return self._list(route, params, query, status, caller)
        collection, item_id = self._collection_of(route, params)
        if route.method == "post" and item_id is None and self._is_collection(route):
            return self._create(route, params, body, status, schema, caller)
        if item_id is not None and collection is not None:
            stored = self._items(collection)
            if item_id not in stored or not self._visible(collection, item_id, caller):
                return self._error(operation, 404, f"No such resource: {item_id}")
            gone = rules.get("gone-when-expired") or {}
            if gone and _expired(stored[item_id].get(gone.get("field", "")), self.clock()):
                return self._error(
                    operation, int(gone.get("status", 410)), "The resource has expired"
                )
            if route.method == "get":
                resolved = self.schemas.resolve(schema)
                if (
                    isinstance(resolved, dict) and resolved.get("type") == "array"
                ):  # the item, as a list of one
                    return Reply(
                        status,
                        [self._conform(stored[item_id], resolved.get("items") or {}, operation)],
                    )
                return Reply(status, self._conform(stored[item_id], schema, operation))
            item_schema = self._item_schema(route)
            returns_item = self._has_body(operation) and (
                schema == item_schema or item_schema is None
            )
            if route.method in ("patch", "put"):
                self._merge(stored[item_id], body, self.schemas.properties(item_schema or schema))
                self._touch(stored[item_id], item_schema or schema, created=False)
                return Reply(
                    status,
                    (
                        self._conform(stored[item_id], schema, operation)
                        if returns_item
                        else self._document_body(operation, schema)
                    ),
                )
            if route.method == "delete":
                removed = stored.pop(item_id)
                return Reply(
                    status, removed if returns_item else self._document_body(operation, schema)
                )
        parent = rules.get("set-parent")
        sibling = rules.get("creates-sibling")
        if isinstance(parent, dict) or isinstance(sibling, dict):
            found = self._parent_item(route, params)
            if found is None:
                return self._error(operation, 404, "No such resource")
            if isinstance(parent, dict):
                found[2].update(parent)
            if isinstance(sibling, dict):
                return self._create_sibling(route, found, sibling, status, schema, caller)
        return Reply(status, self._document_body(operation, schema))

    def _parent_item(
        self, route: Route, params: Dict[str, str]
    ) -> Optional[Tuple[Tuple[str, Tuple[str, ...]], str, Dict[str, Any]]]:
        """The stored item an action path (``/things/{id}/verb``) hangs on: (collection, id, item)."""
        template = route.template.rstrip("/").rsplit("/", 1)[0]
        item_route = next((r for r in self.routes if r.template.rstrip("/") == template), None)
        if item_route is None:
            return None
        collection, item_id = self._collection_of(item_route, params)
        if collection is None or item_id is None:
            return None
        item = self._items(collection).get(item_id)
        return (collection, item_id, item) if item is not None else None

    def _create_sibling(
        self,
        route: Route,
        parent: Tuple[Tuple[str, Tuple[str, ...]], str, Dict[str, Any]],
        rule: Dict[str, Any],
        status: int,
        schema: Any,
        caller: str,
    ) -> Reply:
        """An action whose answer is a new item beside the one it hangs on (a rollback is a new deployment)."""
        collection, parent_id, source = parent
        example = self._document_body(route.operation, schema)
        item = copy.deepcopy(example if isinstance(example, dict) else source)
        id_field = self._id_field(item, collection[0])
        item[id_field] = self._new_id(
            collection[0], source.get(id_field), self.schemas.properties(schema).get(id_field)
        )
        if rule.get("source-field"):
            item[str(rule["source-field"])] = source.get(
                self._id_field(source, collection[0]), parent_id
            )
        self._touch(item, schema, created=True)
        self._items(collection)[str(item[id_field])] = item
        self.owners[(collection, str(item[id_field]))] = caller
        self.created.add((collection[0].rstrip("/"), str(item[id_field])))
        return Reply(status, self._conform(item, schema, route.operation))

    def _visible(self, collection: Any, item_id: str, caller: str) -> bool:
        owner = self.owners.get((collection, item_id))
        return not self.rules.get("owner-scoped") or owner is None or owner == caller

    def _document_body(self, operation: Dict[str, Any], schema: Any) -> Any:
        """The operation's documented success body: its example, else one made from its schema."""
        if not self._has_body(operation):
            return None
        example = self._success_example(operation)
        return example if example is not None else self.schemas.example(schema, self.rng)

    def _item_schema(self, route: Route) -> Any:
        getter = next(
            (r for r in self.routes if r.template == route.template and r.method == "get"), None
        )
        return self._success(getter.operation)[1] if getter is not None else None

    # -- collections -------------------------------------------------------------------------

    def _is_collection(self, route: Route) -> bool:
        """A path whose item path (``<path>/{id}``) also exists, or that a paged list reads."""
        prefix = route.template.rstrip("/") + "/{"
        if any(
            r.template.startswith(prefix)
            and r.template.count("/") == route.template.rstrip("/").count("/") + 1
            for r in self.routes
        ):
            return True
        return any(
            r.template == route.template
            and r.method == "get"
            and r.operation.get("x-rungen-pagination")
            for r in self.routes
        )

    def _collection_of(
        self, route: Route, params: Dict[str, str]
    ) -> Tuple[Optional[Tuple[str, Tuple[str, ...]]], Optional[str]]:
        template = route.template
        if self._is_collection(route):
            return (template, tuple(params[p] for p in route.params)), None
        match = re.match(r"^(.*)/\{([^}/]+)\}/?$", template)
        if not match:
            return None, None
        parent = match.group(1)
        for candidate in (parent, parent + "/"):
            parent_route = next((r for r in self.routes if r.template == candidate), None)
            if parent_route is not None:
                key = (candidate, tuple(params[p] for p in parent_route.params))
                return key, params[match.group(2)]
        return None, None

    def _create(
        self, route: Route, params: Dict[str, str], body: Any, status: int, schema: Any, caller: str
    ) -> Reply:
        store_key = (route.template, tuple(params[p] for p in route.params))
        collection = self._items(store_key)
        item_schema = self._one(schema)
        item = self._success_example(route.operation)
        if isinstance(item, list) and item and isinstance(item[0], dict):
            item = item[0]
        item = (
            copy.deepcopy(item)
            if isinstance(item, dict)
            else (self.schemas.example(item_schema, self.rng) or {})
        )
        props = self.schemas.properties(item_schema)
        self._merge(item, body, props)
        schema = item_schema
        id_field = self._id_field(item, route.template)
        if not (
            isinstance(body, dict)
            and id_field in body
            and id_field in self._item_params(route.template)
        ):
            item[id_field] = self._new_id(route.template, item.get(id_field), props.get(id_field))
        self._touch(item, schema, created=True)
        expires = (route.operation.get("x-rungen-mock") or {}).get("expires")
        if isinstance(expires, dict) and expires.get("field"):
            amount = body.get(expires.get("after-field", "")) if isinstance(body, dict) else None
            unit = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}.get(
                str(expires.get("unit", "seconds")), 1
            )
            when = self.clock() + float(amount) * unit if isinstance(amount, (int, float)) else None
            item[expires["field"]] = _iso(when) if when is not None else None
        collection[str(item[id_field])] = item
        self.created.add((route.template.rstrip("/"), str(item[id_field])))
        self.owners[(store_key, str(item[id_field]))] = caller
        wrapped = self.schemas.resolve(self._success(route.operation)[1])
        return Reply(
            status, [item] if isinstance(wrapped, dict) and wrapped.get("type") == "array" else item
        )

    def _one(self, schema: Any) -> Any:
        """The item schema of a create response (an array response holds the items)."""
        resolved = self.schemas.resolve(schema)
        if isinstance(resolved, dict) and resolved.get("type") == "array":
            return resolved.get("items") or {}
        return schema

    def _merge(self, item: Dict[str, Any], body: Any, props: Dict[str, Any]) -> None:
        """Copy request fields into a stored item where the response schema allows the value."""
        if not isinstance(body, dict):
            return
        for key, value in body.items():
            if not props:
                item[key] = value
            elif key in props and not self.schemas.errors(value, props[key]):
                item[key] = value

    def _conform(
        self, item: Dict[str, Any], schema: Any, operation: Dict[str, Any]
    ) -> Dict[str, Any]:
        """A stored item as this operation's schema wants it: missing required fields from its example."""
        resolved = self.schemas.resolve(schema)
        if not isinstance(resolved, dict) or not isinstance(item, dict):
            return item
        required: List[str] = []
        for part in [resolved] + [self.schemas.resolve(p) for p in resolved.get("allOf") or []]:
            if isinstance(part, dict):
                required += list(part.get("required") or [])
        missing = [name for name in required if name not in item]
        if not missing:
            return item
        example = self._success_example(operation)
        if not isinstance(example, dict):
            example = self.schemas.example(schema, self.rng) or {}
        props = self.schemas.properties(schema)
        for name in missing:
            item[name] = (
                copy.deepcopy(example[name])
                if name in example
                else self.schemas.example(props.get(name, {}), self.rng)
            )
        return item

    def _lists(self, operation: Dict[str, Any]) -> bool:
        """Whether a GET answers with a list (an array, or an object holding the items array)."""
        _, schema = self._success(operation)
        resolved = self.schemas.resolve(schema)
        if isinstance(resolved, dict) and resolved.get("type") == "array":
            return True
        return bool(self._items_path(operation))

    def _list(
        self,
        route: Route,
        params: Dict[str, str],
        query: Dict[str, str],
        status: int,
        _caller: str = "",
    ) -> Reply:
        key = (route.template, tuple(params[p] for p in route.params))
        items = [
            item
            for item_id, item in self._items(key).items()
            if self._visible(key, item_id, _caller)
        ]
        style = self.paging.get(route.operation.get("x-rungen-pagination") or "", {})
        template = self._success_example(route.operation)
        items_path = self._items_path(route.operation)
        size = self._page_size(route, style, query)
        page_items, meta = _page(style, items, query, size)
        schema = self._success(route.operation)[1]
        body = copy.deepcopy(template) if isinstance(template, dict) and items_path else {}
        if not items_path:
            return Reply(status, page_items)
        _put(body, items_path, page_items)
        for path, value in meta.items():
            target = style.get(path)
            if not target:
                continue
            if value is None and self.schemas.errors(None, self._property_at(schema, str(target))):
                # "no next page" where the schema has no null: the field is absent
                _drop(body, str(target))
            else:
                _put(body, target, value)
        return Reply(status, body)

    def _property_at(self, schema: Any, path: str) -> Any:
        """The schema of the field at a dotted path of a body (None when it is not declared)."""
        for key in [p for p in path.split(".") if p]:
            schema = self.schemas.properties(schema).get(key)
            if schema is None:
                return None
        return schema

    def _page_size(self, route: Route, style: Dict[str, Any], query: Dict[str, str]) -> int:
        name = style.get("size-param")
        if name and query.get(name, "").isdecimal():
            return max(1, int(query[name]))
        for param in self._parameters(route):
            if param.get("name") == name:
                default = self.schemas.resolve(param.get("schema") or {}).get("default")
                if isinstance(default, int):
                    return default
        return 50

    def _items_path(self, operation: Dict[str, Any]) -> str:
        style = self.paging.get(operation.get("x-rungen-pagination") or "", {})
        if "items" in style:
            return str(style["items"])
        _, schema = self._success(operation)
        schema = self.schemas.resolve(schema)
        if isinstance(schema, dict) and schema.get("type") == "array":
            return ""
        for name, prop in self.schemas.properties(schema).items():
            if self.schemas.resolve(prop).get("type") == "array":
                return str(name)
        return ""

    def _item_params(self, template: str) -> List[str]:
        """The names the item paths of a collection give its id (``{teamId}`` in ``/teams/{teamId}``):
        a create whose body carries one adds that item (a membership) rather than a new id."""
        prefix = re.compile("^" + re.escape(template.rstrip("/")) + r"/\{([^}/]+)\}")
        return [
            found.group(1) for found in (prefix.match(r.template) for r in self.routes) if found
        ]

    def _id_field(self, item: Dict[str, Any], template: str) -> str:
        """The field of a collection's item that its item path (``<collection>/{id}``) takes."""
        for name in self._item_params(template):
            if name in item:
                return name
        for candidate in ("id", "uuid"):
            if candidate in item:
                return candidate
        return "id"

    def _new_id(self, template: str, example: Any, schema: Any) -> Any:
        schema = self.schemas.resolve(schema) if schema is not None else {}
        kind = schema.get("type") if isinstance(schema, dict) else None
        if isinstance(example, int) or kind == "integer":
            collection_ids = [
                int(k)
                for (t, _), items in self.store.items()
                if t == template
                for k in items
                if str(k).isdecimal()
            ]
            self.counters[template] = max([self.counters.get(template, 0)] + collection_ids) + 1
            return self.counters[template]
        new = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        if isinstance(example, str):
            found = re.search(
                r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
                example,
            )
            if found:
                return example[: found.start()] + new + example[found.end() :]
        return new

    def _touch(self, item: Dict[str, Any], schema: Any, *, created: bool) -> None:
        now = datetime.datetime.fromtimestamp(self.clock(), datetime.timezone.utc)
        props = self.schemas.properties(schema)
        for name in ("created_at", "createdAt", "updated_at", "updatedAt"):
            if name not in props or (name.startswith("created") and not created):
                continue
            prop = self.schemas.resolve(props[name])
            if prop.get("format") == "date-time":
                item[name] = now.strftime("%Y-%m-%dT%H:%M:%SZ")
            else:
                item[name] = now.strftime("%Y-%m-%d %H:%M:%S")

    # -- checks ------------------------------------------------------------------------------

    def _parameters(self, route: Route) -> List[Dict[str, Any]]:
        merged: Dict[Tuple[str, str], Dict[str, Any]] = {}
        for owner in (route.path_item, route.operation):
            for param in owner.get("parameters") or []:
                param = self.schemas.resolve(param)
                if isinstance(param, dict):
                    merged[(param.get("name", ""), param.get("in", ""))] = param
        return list(merged.values())

    def _path_values(self, route: Route, raw: Dict[str, str]) -> Dict[str, Any]:
        """The path parameters as sent, read by their styles: text, a list of texts, a dict of
        texts, or None where the segment does not have its style's shape."""
        declared = {p.get("name"): p for p in self._parameters(route) if p.get("in") == "path"}
        values: Dict[str, Any] = {}
        for name, text in raw.items():
            param = declared.get(name) or {}
            values[name] = _path_parts(param, text, self.schemas.resolve(param.get("schema") or {}))
        return values

    def _check_parameters(
        self,
        route: Route,
        params: Dict[str, Any],
        query: Dict[str, str],
        headers: Dict[str, str],
        repeated: Dict[str, List[str]],
    ) -> List[str]:
        """Parameters against their schemas; query parameters the operation does not declare are refused."""
        problems = []
        declared = self._parameters(route)
        known = {
            p.get("name") for p in declared if p.get("in") == "query"
        } | self._query_credentials()
        cookies = _cookies(headers)
        problems += [
            f"query parameter {name!r}: not allowed" for name in repeated if name not in known
        ]
        for param in declared:
            name, where = param.get("name", ""), param.get("in")
            if where == "path" and name in params and params[name] is None:
                problems.append(
                    f"path parameter {name}: not in its {param.get('style', 'simple')} style"
                )
                continue
            raw = (
                {"path": params, "query": query, "header": headers, "cookie": cookies}
                .get(where or "", {})
                .get(name.lower() if where == "header" else name)
            )
            if raw is None:
                if (
                    param.get("required")
                    and where != "path"
                    and name.lower() not in ("accept", "content-type", "authorization")
                ):
                    problems.append(f"{where} parameter {name}: required")
                continue
            schema = self.schemas.resolve(param.get("schema") or {})
            if where == "path" and not isinstance(raw, str):
                typed = self._typed(raw, schema)
                if typed is None:
                    problems.append(f"{where} parameter {name}: not a valid {schema.get('type')}")
                else:
                    problems += self.schemas.errors(typed, schema, f"{where} parameter {name}")
                continue
            if where == "query" and _is_array(schema):
                items = self.schemas.resolve(schema.get("items") or {})
                texts = _array_values(param, repeated.get(name, []))
                # an empty item is a null where the items may be null (a query has no other spelling of it)
                nulls = [v == "" and not self.schemas.errors(None, items) for v in texts]
                listed = [None if null else coerce(v, items) for v, null in zip(texts, nulls)]
                if any(v is None and not null for v, null in zip(listed, nulls)):
                    problems.append(f"{where} parameter {name}: items must be {items.get('type')}")
                else:
                    problems += self.schemas.errors(listed, schema, f"{where} parameter {name}")
                continue
            value = coerce(raw, schema)
            if value is None:
                problems.append(f"{where} parameter {name}: not a valid {schema.get('type')}")
                continue
            problems += self.schemas.errors(value, schema, f"{where} parameter {name}")
        return problems

    def _typed(self, value: Any, schema: Any) -> Any:
        """Texts of a list or dict (a path segment, form fields) as their schemas' types; None when one cannot be."""
        if isinstance(value, list):
            items = (
                self.schemas.resolve(schema.get("items") or {}) if isinstance(schema, dict) else {}
            )
            listed = [coerce(v, items) if isinstance(v, str) else v for v in value]
            return None if any(v is None for v in listed) else listed
        if isinstance(value, dict):
            props = self.schemas.properties(schema)
            extra = schema.get("additionalProperties") if isinstance(schema, dict) else None
            typed = {}
            for key, text in value.items():
                sub = self.schemas.resolve(props.get(key, extra if isinstance(extra, dict) else {}))
                typed[key] = coerce(text, sub) if isinstance(text, str) else text
                if typed[key] is None:
                    return None
            return typed
        return coerce(value, schema) if isinstance(value, str) else value

    def _query_credentials(self) -> set[str]:
        """Query parameters that carry an API key (``apiKey`` schemes ``in: query``)."""
        return {
            str(s.get("name"))
            for s in self._schemes().values()
            if isinstance(s, dict) and s.get("type") == "apiKey" and s.get("in") == "query"
        }

    def _check_body(
        self, route: Route, headers: Dict[str, str], body: bytes
    ) -> Tuple[Any, List[str]]:
        spec = self.schemas.resolve(route.operation.get("requestBody"))
        if not isinstance(spec, dict):
            return None, []
        content = spec.get("content") or {}
        ctype = headers.get("content-type", "").split(";")[0].strip().lower()
        if not body:
            return None, (["body: required"] if spec.get("required") else [])
        if "json" in ctype or (not ctype and "application/json" in content):
            try:
                parsed = json.loads(body, parse_constant=_no_constant)
            except ValueError:
                return None, ["body: not valid JSON"]
            media: Any = content.get("application/json") or next(
                (v for k, v in content.items() if "json" in k), {}
            )
            return parsed, self.schemas.errors(
                parsed, (media or {}).get("schema") or {}, direction="request"
            )
        if ctype == "application/x-www-form-urlencoded" or ctype.startswith("multipart/"):
            media = self.schemas.resolve(
                content.get(ctype)
                or next(
                    (v for k, v in content.items() if k.split(";")[0].strip().lower() == ctype), {}
                )
            )
            schema = (media or {}).get("schema") or {} if isinstance(media, dict) else {}
            if ctype.startswith("multipart/"):
                fields = _multipart_fields(headers.get("content-type", ""), body)
                if fields is None:
                    return None, ["body: not a valid multipart body"]
            else:
                fields = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
            typed = self._form(fields, schema)
            return typed, self.schemas.errors(typed, schema, direction="request")
        return body, []

    def _form(self, fields: List[Tuple[str, str]], schema: Any) -> Dict[str, Any]:
        """Form fields (or multipart parts) as their schema's types: an array's items from repeated
        fields, an object from JSON text, scalars coerced (left as text when they cannot be)."""
        props = self.schemas.properties(schema)
        grouped: Dict[str, List[str]] = {}
        for name, value in fields:
            grouped.setdefault(name, []).append(value)
        typed: Dict[str, Any] = {}
        for name, values in grouped.items():
            prop = self.schemas.resolve(props.get(name, {}))
            if _is_array(prop):
                items = self.schemas.resolve(prop.get("items") or {})
                typed[name] = [_form_value(v, items) for v in values]
            else:
                typed[name] = _form_value(values[-1], prop)
        return typed

    def _validation_status(self, operation: Dict[str, Any]) -> int:
        """422 or 400, as the operation documents; else as most of the API's operations do."""
        codes = [str(c) for c in (operation.get("responses") or {})]
        for code in ("422", "400"):
            if code in codes:
                return int(code)
        counts = {
            code: sum(
                1
                for r in self.routes
                if code in [str(c) for c in (r.operation.get("responses") or {})]
            )
            for code in ("422", "400")
        }
        return int(max(counts, key=lambda c: (counts[c], c))) if any(counts.values()) else 400

    # -- auth --------------------------------------------------------------------------------

    def _schemes(self) -> Dict[str, Any]:
        return ((self.spec.get("components") or {}).get("securitySchemes")) or {}

    def _token_endpoint(
        self, method: str, path: str, operation: Optional[Dict[str, Any]], body: bytes
    ) -> Optional[Reply]:
        """Issue an access token where a ``clientCredentials`` flow's token URL is posted to."""
        for scheme in self._schemes().values():
            flow = (
                ((scheme.get("flows") or {}).get("clientCredentials"))
                if isinstance(scheme, dict)
                else None
            )
            if not flow or method != "post":
                continue
            token_path = urlsplit(str(flow.get("tokenUrl", ""))).path
            if token_path != path:
                continue
            form = dict(parse_qsl(body.decode("utf-8", "replace")))
            if (
                form.get("grant_type") != "client_credentials"
                or not form.get("client_id")
                or not form.get("client_secret")
            ):
                return self._error(operation, 400, "invalid_request", template_status=400)
            lifetime = int((self.spec.get("x-rungen-mock") or {}).get("token-lifetime", 3600))
            token = "mock-" + uuid.UUID(int=self.rng.getrandbits(128), version=4).hex
            self.tokens[token] = self.clock() + lifetime
            return Reply(
                200, {"access_token": token, "token_type": "Bearer", "expires_in": lifetime}
            )
        return None

    def _authenticate(
        self, route: Route, headers: Dict[str, str], query: Dict[str, str]
    ) -> Optional[Reply]:
        requirements = route.operation.get("security", self.spec.get("security"))
        if not requirements or any(not req for req in requirements):
            return None
        schemes = self._schemes()
        reasons = []
        for requirement in requirements:
            ok = True
            for name in requirement:
                reason = self._check_scheme(schemes.get(name) or {}, headers, query)
                if reason:
                    ok = False
                    reasons.append(reason)
            if ok:
                return None
        return self._error(route.operation, 401, reasons[0] if reasons else "Unauthorized")

    def _authorize(
        self, route: Route, method: str, headers: Dict[str, str], query: Dict[str, str]
    ) -> Optional[Reply]:
        """Registered credentials: once any is registered only they are accepted; inactive ones
        get 401, and scopes limit methods (403)."""
        requirements = route.operation.get("security", self.spec.get("security"))
        if not requirements or any(not req for req in requirements):
            return None
        token = self._credential(headers, query)
        if token not in self.credentials:
            return (
                self._error(route.operation, 401, "Unknown credentials")
                if self.credentials and token not in self.tokens
                else None
            )
        scopes, active = self.credentials[token]
        if not active:
            return self._error(route.operation, 401, "API key is inactive")
        needed = [
            scope
            for scope, methods in (self.rules.get("method-scopes") or {}).items()
            if method.upper() in methods
        ]
        if scopes is not None and any(scope not in scopes for scope in needed):
            return self._error(route.operation, 403, f"This token lacks the {needed[0]!r} scope")
        return None

    def _credential(self, headers: Dict[str, str], query: Dict[str, str]) -> str:
        """The caller's credential: the bearer token or Basic pair, else the first API key it sent."""
        auth = headers.get("authorization", "")
        if auth:
            return auth.split(" ", 1)[1] if " " in auth else auth
        for scheme in self._schemes().values():
            if isinstance(scheme, dict) and scheme.get("type") == "apiKey":
                key = _api_key(scheme, headers, query)
                if key:
                    return key
        return ""

    def _check_scheme(
        self, scheme: Dict[str, Any], headers: Dict[str, str], query: Dict[str, str]
    ) -> Optional[str]:
        kind = scheme.get("type")
        auth = headers.get("authorization", "")
        if kind == "mutualTLS":
            return None  # a client certificate is the TLS layer's to check, below any mock of HTTP
        if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            return (
                None
                if auth.startswith("Basic ") and len(auth) > 6
                else "Missing or invalid Basic credentials"
            )
        if kind == "apiKey":
            return (
                None
                if _api_key(scheme, headers, query)
                else f"Missing API key {scheme.get('name')}"
            )
        if not auth.startswith("Bearer ") or len(auth) <= 7:
            return "Missing or invalid bearer token"
        token = auth[7:]
        if token in self.tokens and self.tokens[token] <= self.clock():
            return (
                "Access token expired"  # one this mock issued, whatever scheme it is offered under
            )
        if kind == "oauth2" and "clientCredentials" in (scheme.get("flows") or {}):
            expires = self.tokens.get(token)
            if expires is None:
                return "Unknown access token"
            if expires <= self.clock():
                return "Access token expired"
            return None
        pattern = ((scheme.get("x-rungen-credentials") or {}).get("token") or {}).get("pattern")
        if pattern and not re.search(pattern, token):
            return "Invalid API key format"
        return None

    # -- rate limits ---------------------------------------------------------------------------

    def _rate_limited(self, headers: Dict[str, str]) -> Optional[Reply]:
        if self.faults.force_429:
            self.faults.force_429 -= 1
            return self._too_many(headers, 1.0)
        if not self.rate_limit:
            return None
        limit, period = self.rate_limit
        now = self.clock()
        hits = self._window(headers.get("authorization", ""), now, period)
        if len(hits) >= limit:
            return self._too_many(headers, hits[0] + period - now)
        hits.append(now)
        return None

    def _window(self, key: str, now: float, period: float) -> Deque[float]:
        """The times of a credential's requests within the last `period` seconds, oldest first
        (a deque trimmed from the left, so a request costs the same however many came before)."""
        hits = self.hits.setdefault(key, collections.deque())
        while hits and hits[0] <= now - period:
            hits.popleft()
        return hits

    def _rate_headers(self, headers: Dict[str, str]) -> Headers:
        names = self.rate_config.get("headers") or {}
        if not self.rate_limit or not names:
            return []
        limit, period = self.rate_limit
        now = self.clock()
        hits = self._window(headers.get("authorization", ""), now, period)
        out = []
        if names.get("limit"):
            out.append((names["limit"], str(limit)))
        if names.get("remaining"):
            out.append((names["remaining"], str(max(0, limit - len(hits)))))
        if names.get("reset"):
            out.append((names["reset"], str(int(round(hits[0] + period - now))) if hits else "0"))
        return out

    def _too_many(self, headers: Dict[str, str], wait: float) -> Reply:
        wait = max(wait, 0.0)
        retry = self.rate_config.get("retry-after") or {}
        extra = self._rate_headers(headers)
        if retry.get("header"):
            value = (
                str(int(round(wait * 1000)))
                if retry.get("unit") == "milliseconds"
                else str(max(1, int(round(wait))))
            )
            extra.append((retry["header"], value))
        return self._error(None, 429, "Too many requests", extra)

    # -- responses -----------------------------------------------------------------------------

    def _success(self, operation: Dict[str, Any]) -> Tuple[int, Any]:
        responses = operation.get("responses") or {}
        codes = _success_codes(responses)
        if not codes:
            return 200, None
        response = self.schemas.resolve(responses[next(c for c in responses if str(c) == codes[0])])
        media = ((response or {}).get("content") or {}).get("application/json") or {}
        return int(codes[0]) if codes[0].isdigit() else 200, media.get("schema")

    def _has_body(self, operation: Dict[str, Any]) -> bool:
        status, schema = self._success(operation)
        return status != 204 and schema is not None

    def _success_example(self, operation: Dict[str, Any]) -> Any:
        responses = operation.get("responses") or {}
        for code in _success_codes(responses):
            response = self.schemas.resolve(responses[next(c for c in responses if str(c) == code)])
            media = ((response or {}).get("content") or {}).get("application/json") or {}
            if "example" in media:
                return copy.deepcopy(media["example"])
            for example in (media.get("examples") or {}).values():
                example = self.schemas.resolve(example)
                if isinstance(example, dict) and "value" in example:
                    return copy.deepcopy(example["value"])
        return None

    def _error(
        self,
        operation: Optional[Dict[str, Any]],
        status: int,
        message: str,
        headers: Optional[Headers] = None,
        template_status: Optional[int] = None,
    ) -> Reply:
        """An error in the API's own shape: its documented example for the status (or any
        documented error example), with our message, code and status filled in."""
        body = self._error_template(operation, template_status or status) or self._error_template(
            operation, None
        )
        if not isinstance(body, dict):
            body = {}
        _put(body, str(self.errors_config.get("message", "message")), message)
        code_path = self.errors_config.get("code")
        if code_path and isinstance(_dig(body, str(code_path)), str):
            _put(body, str(code_path), _REASONS.get(status, "error").lower().replace(" ", "_"))
        if code_path and isinstance(_dig(body, str(code_path)), int):
            _put(body, str(code_path), status)
        for key in ("statusCode", "status"):
            if isinstance(body.get(key), int):
                body[key] = status
        return Reply(status, body, list(headers or []))

    def _error_template(self, operation: Optional[Dict[str, Any]], status: Optional[int]) -> Any:
        for source in ([operation] if operation else []) + self._all_operations():
            responses = source.get("responses") or {}
            codes = (
                [str(status)]
                if status is not None
                else sorted(str(c) for c in responses if str(c)[:1] in ("4", "5"))
            )
            for code in codes:
                key = next((c for c in responses if str(c) == code), None)
                response = self.schemas.resolve(responses[key]) if key is not None else None
                media: Any = (
                    ((response or {}).get("content") or {}).get("application/json")
                    if isinstance(response, dict)
                    else None
                )
                if isinstance(media, dict):
                    body = (
                        copy.deepcopy(media.get("example"))
                        if "example" in media
                        else self.schemas.example(media.get("schema"), self.rng)
                    )
                    if body is not None:
                        return body
        return None

    def _all_operations(self) -> List[Dict[str, Any]]:
        return [r.operation for r in self.routes]


def _success_codes(responses: Dict[str, Any]) -> List[str]:
    """The success statuses an operation documents; without any 2xx, its ``default`` response
    (as the client reads it) is the success."""
    codes = sorted(str(c) for c in responses if str(c).startswith("2"))
    return codes or (["default"] if "default" in [str(c) for c in responses] else [])


def _page(
    style: Dict[str, Any], items: List[Any], query: Dict[str, str], size: int
) -> Tuple[List[Any], Dict[str, Any]]:
    kind = style.get("style")
    total = len(items)
    if kind == "cursor":
        cursor = query.get(style.get("cursor-param", "cursor"), "0")
        start = int(cursor) if cursor.isdecimal() else 0
        end = start + size
        return items[start:end], {
            "next-cursor": str(end) if end < total else None,
            "total": total,
            "page-size": size,
        }
    if kind == "page-number":
        page = int(query.get(style.get("page-param", "page"), "1") or 1)
        start = (max(page, 1) - 1) * size
        pages = max(1, -(-total // size))
        meta = {
            "next-page": page + 1 if start + size < total else None,
            "current-page": page,
            "total-pages": pages,
            "total": total,
            "page-size": size,
        }
        return items[start : start + size], meta
    if kind == "offset":
        offset = int(query.get(style.get("offset-param", "offset"), "0") or 0)
        end = offset + size
        return items[offset:end], {
            "total": total,
            "next-offset": end if end < total else None,
            "page-size": size,
        }
    return items, {}


def _request_example(schemas: Schemas, operation: Dict[str, Any]) -> Any:
    """The JSON request body example of an operation (None without one)."""
    body = schemas.resolve(operation.get("requestBody"))
    media = (
        schemas.resolve(((body or {}).get("content") or {}).get("application/json"))
        if isinstance(body, dict)
        else None
    )
    if not isinstance(media, dict):
        return None
    if "example" in media:
        return copy.deepcopy(media["example"])
    for example in (media.get("examples") or {}).values():
        example = schemas.resolve(example)
        if isinstance(example, dict) and "value" in example:
            return copy.deepcopy(example["value"])
    return None


def _parameter_example(schemas: Schemas, param: Dict[str, Any]) -> Any:
    """A parameter's example (its own, its first ``examples`` entry, its schema's), else a value made from its schema."""
    if "example" in param:
        return param["example"]
    for example in (param.get("examples") or {}).values():
        example = schemas.resolve(example)
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    return schemas.example(param.get("schema") or {}, None)


def _raw_query(query: str) -> Dict[str, List[str]]:
    """Query values by (decoded) name, still percent-encoded: a delimiter is only a delimiter unencoded."""
    values: Dict[str, List[str]] = {}
    for pair in query.split("&") if query else []:
        if not pair:
            continue
        name, _, value = pair.partition("=")
        values.setdefault(unquote_plus(name), []).append(value)
    return values


_DELIMITERS = {
    "form": (",",),
    "spaceDelimited": ("%20", "+", " "),
    "pipeDelimited": ("|", "%7C", "%7c"),
}


def _array_values(param: Dict[str, Any], raw: List[str]) -> List[str]:
    """An array query parameter's items: repeated (``explode``) or joined by its style's delimiter.

    A non-exploded parameter may still be repeated (each value is split), as clients that
    ignore ``explode`` send it."""
    style = str(param.get("style", "form"))
    delimiters = _DELIMITERS.get(style, (",",))
    if param.get("explode", style == "form"):
        return [unquote_plus(v) for v in raw]
    items: List[str] = []
    for value in raw:
        if value == "":
            continue  # an empty array: the name with nothing after '='
        pieces = [value]
        for delimiter in delimiters:
            pieces = [part for piece in pieces for part in piece.split(delimiter)]
        items += [unquote_plus(piece) for piece in pieces]
    return items


def _multipart_fields(content_type: str, body: bytes) -> Optional[List[Tuple[str, str]]]:
    """A multipart/form-data body's parts as (name, text) pairs: files' bytes read as latin-1 text
    (so they check as strings); None when the body is not multipart."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    if not message.is_multipart():
        return None
    fields: List[Tuple[str, str]] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            return None
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        is_file = part.get_filename() is not None
        fields.append(
            (name, data.decode("latin-1") if is_file else data.decode("utf-8", "replace"))
        )
    return fields


def _form_value(text: str, schema: Any) -> Any:
    """One form field's text as its schema's type: an object or array from JSON, a scalar coerced."""
    if _is_object(schema) or _is_array(schema):
        try:
            return json.loads(text)
        except ValueError:
            return text
    typed = coerce(text, schema)
    return text if typed is None else typed


def _path_parts(param: Dict[str, Any], raw: str, schema: Any) -> Any:
    """A path segment read by its parameter's ``style`` and ``explode``: text for a scalar, a
    list of texts for an array, a dict of texts for an object (None when malformed)."""
    style, explode, name = (
        str(param.get("style", "simple")),
        param.get("explode", False) is True,
        str(param.get("name", "")),
    )
    kind = "array" if _is_array(schema) else "object" if _is_object(schema) else "scalar"
    if "content" in param:
        return unquote(raw)  # JSON text
    text, separator = raw, ","
    if style == "label":
        if not text.startswith("."):
            return None
        text, separator = text[1:], "." if explode else ","
    elif style == "matrix":
        if not text.startswith(";"):
            return None
        if explode and kind != "scalar":
            pairs = [piece.partition("=") for piece in text[1:].split(";")]
            if kind == "array":
                return (
                    [unquote(v) for k, _, v in pairs]
                    if all(unquote(k) == name for k, _, _ in pairs)
                    else None
                )
            return {unquote(k): unquote(v) for k, _, v in pairs}
        key, equals, text = text[1:].partition("=")
        if unquote(key) != name or not equals:
            return None
    if kind == "scalar":
        return unquote(text)
    pieces = text.split(separator) if text else []
    if kind == "array":
        return [unquote(piece) for piece in pieces]
    if explode:
        return {unquote(k): unquote(v) for k, _, v in (piece.partition("=") for piece in pieces)}
    if len(pieces) % 2:
        return None
    return {unquote(pieces[i]): unquote(pieces[i + 1]) for i in range(0, len(pieces), 2)}


def _is_object(schema: Any) -> bool:
    kind = schema.get("type") if isinstance(schema, dict) else None
    return (
        kind == "object"
        or (isinstance(kind, list) and "object" in kind)
        or (not kind and isinstance(schema, dict) and "properties" in schema)
    )


def _is_array(schema: Any) -> bool:
    kind = schema.get("type") if isinstance(schema, dict) else None
    return kind == "array" or (isinstance(kind, list) and "array" in kind)


def _api_key(scheme: Dict[str, Any], headers: Dict[str, str], query: Dict[str, str]) -> str:
    """The value an ``apiKey`` scheme was sent with: in its header, query parameter or cookie."""
    name = str(scheme.get("name", ""))
    where = scheme.get("in")
    if where == "query":
        return query.get(name, "")
    if where == "cookie":
        return _cookies(headers).get(name, "")
    return headers.get(name.lower(), "")


def _cookies(headers: Dict[str, str]) -> Dict[str, str]:
    """The cookies of a request, percent-decoded (as the client encodes them); none when the header is malformed."""
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(headers.get("cookie", ""))
    except CookieError:
        return {}
    return {name: unquote(morsel.value) for name, morsel in jar.items()}


def _iso(seconds: float) -> str:
    """A UTC date-time; past the calendar's end (a huge expiry), its last second."""
    try:
        return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).strftime(
            "%Y-%m-%dT%H:%M:%SZ"
        )
    except (OverflowError, OSError, ValueError):
        return "9999-12-31T23:59:59Z" if seconds > 0 else "1970-01-01T00:00:00Z"


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _expired(value: Any, now: float) -> bool:
    if not isinstance(value, str):
        return False
    try:
        when = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.timezone.utc)
    return when.timestamp() <= now


def _mask_rules(spec: Dict[str, Any]) -> List[Tuple[str, str]]:
    """(property, flag) pairs: the property is null in responses when the flag is true."""
    rules = []
    for schema in ((spec.get("components") or {}).get("schemas") or {}).values():
        for name, prop in (
            ((schema or {}).get("properties") or {}).items() if isinstance(schema, dict) else []
        ):
            when = (
                ((prop or {}).get("x-rungen-mock") or {}).get("mask-when")
                if isinstance(prop, dict)
                else None
            )
            if when:
                rules.append((str(name), str(when)))
    return sorted(set(rules))


def _masked(data: Any, rules: List[Tuple[str, str]]) -> Any:
    if isinstance(data, list):
        return [_masked(item, rules) for item in data]
    if isinstance(data, dict):
        out = {key: _masked(value, rules) for key, value in data.items()}
        for name, when in rules:
            if name in out and out.get(when) is True:
                out[name] = None
        return out
    return data


def _dig(data: Any, path: str) -> Any:
    for key in [p for p in path.split(".") if p]:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _put(data: Dict[str, Any], path: str, value: Any) -> None:
    keys = [p for p in path.split(".") if p]
    for key in keys[:-1]:
        if not isinstance(data.get(key), dict):
            data[key] = {}
        data = data[key]
    if keys:
        data[keys[-1]] = value


def _drop(data: Dict[str, Any], path: str) -> None:
    *parents, last = [p for p in path.split(".") if p] or [""]
    parent = _dig(data, ".".join(parents))
    if isinstance(parent, dict):
        parent.pop(last, None)


def _base_path(spec: Dict[str, Any]) -> str:
    servers = spec.get("servers") or []
    if not servers or not isinstance(servers[0], dict):
        return ""
    url = str(servers[0].get("url", ""))
    for name, variable in (servers[0].get("variables") or {}).items():
        url = url.replace(
            "{" + str(name) + "}",
            str(variable.get("default", "")) if isinstance(variable, dict) else "",
        )
    return urlsplit(re.sub(r"{[^}]+}", "x", url)).path.rstrip("/")


_REASONS = {
    200: "OK",
    201: "Created",
    202: "Accepted",
    204: "No Content",
    400: "Bad Request",
    401: "Unauthorized",
    402: "Payment Required",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    410: "Gone",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


def http_date(seconds: float) -> str:
    return email.utils.formatdate(seconds, usegmt=True)
