"""A stateful fake of the API, driven by its OpenAPI document: in-process, WSGI, or a local server.

Creates are stored and show up in later reads and lists, updates change them, deletes remove
them; credentials, request bodies and page sizes are checked as the document says; errors come
back in the API's own error shape; the documented rate limit is enforced with its headers.

Here ``MockApp`` is set up, exposed and routes each request; the rest is in the mixins it
builds on, each on the next: ``IssuedCredentials`` (``_issued``: keys the API's own operations
issue, rotate and revoke), ``Actions`` (``_actions``: behaviours the document declares),
``Collections`` (``_collections``: stored items and paging), ``Resources`` (``_resources``: the
collections, their parents and seeds),
``RequestChecks`` (``_requests``: parameters and bodies), ``Auth`` (``_auth``: credentials and
the rate limit) and ``Responses`` (``_responses``: reply bodies, errors, and the shared state).
"""

from __future__ import annotations

import json
import random
import re
import threading
import time
from typing import TYPE_CHECKING, Any, Callable, Deque, Dict, Iterable, List, Optional, Tuple
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ._auth import Grant
from ._issued import IssuedCredentials, ItemRef
from ._requests import MAX_BODY, _raw_query, body_length
from ._responses import (
    _REASONS,
    Faults,
    Headers,
    Reply,
    Route,
    _expired,
    _mask_rules,
    _masked,
    _put,
)
from ._schema import Schemas

if TYPE_CHECKING:  # imported where used: rungen reads the mock's seeds without httpx
    import httpx

__all__ = ["MockApp", "Faults"]

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class MockApp(IssuedCredentials):
    """The fake API. ``handle()`` is the whole behaviour; ``transport()``, ``wsgi`` and ``serve()`` expose it."""

    def __init__(
        self,
        spec: Dict[str, Any],
        *,
        seed: int = 0,
        rate_limit: Optional[Tuple[int, float]] = None,
        faults: Optional[Faults] = None,
        clock: Callable[[], float] = time.time,
        max_body: int = MAX_BODY,
    ) -> None:
        self.spec = spec
        self.schemas = Schemas.shared(spec)  # parsed and indexed once per document and process
        self.rng = random.Random(seed)
        self.faults = faults or Faults()
        self.clock = clock
        self.lock = threading.RLock()
        self.store: Dict[Tuple[str, Tuple[str, ...]], Dict[str, Any]] = {}
        self.created: set[Tuple[str, str]] = set()
        self.counters: Dict[str, int] = {}
        self.tokens: Dict[str, float] = {}
        self.hits: Dict[str, Deque[float]] = {}
        self.ip_hits: Dict[str, Deque[float]] = {}
        self.credentials: Dict[str, Grant] = {}
        self.pairs: Dict[Tuple[str, str], Grant] = {}
        self.clients: Dict[Tuple[str, str], Grant] = {}
        self.issued: Dict[str, ItemRef] = {}
        self.secret_of: Dict[ItemRef, str] = {}
        self.max_body = max_body
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
        self.routes = self.schemas.memo("routes", self._routes)
        self.route_memo = {}
        self.collection_memo = {}

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

    # -- entry points ----------------------------------------------------------------------

    def add_token(
        self,
        token: str,
        *,
        scopes: Optional[Iterable[str]] = None,
        active: bool = True,
        expires: Optional[float] = None,
    ) -> None:
        """Register a bearer token or API key (all scopes unless `scopes` is given), or an inactive
        one, or one refused from `expires` (seconds since the epoch) on."""
        self.add_credential({"token": token}, scopes=scopes, active=active, expires=expires)

    def should_drop(self) -> bool:
        """Whether to drop this request's connection (the ``drop_rate`` fault)."""
        with self.lock:
            return bool(self.faults.drop_rate) and self.rng.random() < self.faults.drop_rate

    def transport(self, client_ip: str = "127.0.0.1") -> httpx.MockTransport:
        """An httpx transport (sync and async) that answers from this mock, with no sockets; its
        requests come from `client_ip` (for a limit that is also per IP)."""
        import httpx

        def handler(request: httpx.Request) -> httpx.Response:
            if self.should_drop():
                raise httpx.RemoteProtocolError("connection dropped (mock fault)", request=request)
            body = request.read()
            if len(body) > self.max_body:
                status, headers, payload = self.refuse(
                    413,
                    f"Request body larger than {self.max_body} bytes",
                    dict(request.headers),
                    client_ip,
                )
            else:
                status, headers, payload = self.handle(
                    request.method,
                    request.url.raw_path.decode("ascii"),
                    dict(request.headers),
                    body,
                    client_ip,
                )
            return httpx.Response(status, headers=headers, content=payload)

        return httpx.MockTransport(handler)

    def wsgi(self, environ: Dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        """The mock as a WSGI application (for servers and schemathesis)."""
        headers = {
            k[5:].replace("_", "-").lower(): v for k, v in environ.items() if k.startswith("HTTP_")
        }
        if environ.get("CONTENT_TYPE"):
            headers["content-type"] = environ["CONTENT_TYPE"]
        client_ip = str(environ.get("REMOTE_ADDR") or "")
        length, refusal = body_length(
            [environ["CONTENT_LENGTH"]] if environ.get("CONTENT_LENGTH") else [], self.max_body
        )
        if refusal is not None:  # the WSGI server decides whether the connection stays open
            status, reply_headers, payload = self.refuse(
                *refusal, headers=headers, client_ip=client_ip
            )
            start_response(
                f"{status} {_REASONS.get(status, 'Status')}",
                reply_headers + [("Content-Length", str(len(payload)))],
            )
            return [payload]
        body = environ["wsgi.input"].read(length) if length else b""
        # PATH_INFO arrives percent-decoded: encode it again so '#' or '?' in an id stay in the path
        path = quote(environ.get("PATH_INFO", "/"), safe="/:@!$&'()*+,;=~")
        target = path + ("?" + environ["QUERY_STRING"] if environ.get("QUERY_STRING") else "")
        status, reply_headers, payload = self.handle(
            environ["REQUEST_METHOD"], target, headers, body, client_ip
        )
        reason = _REASONS.get(status, "Status")
        start_response(
            f"{status} {reason}", reply_headers + [("Content-Length", str(len(payload)))]
        )
        return [payload]

    def handle(
        self,
        method: str,
        target: str,
        headers: Dict[str, str],
        body: bytes,
        client_ip: str = "127.0.0.1",
    ) -> Tuple[int, Headers, bytes]:
        """Answer one request from `client_ip`: (status, headers, body)."""
        if self.faults.latency:
            time.sleep(self.faults.latency)
        headers = {k.lower(): v for k, v in headers.items()}
        with self.lock:
            try:
                reply = self._answer(method.lower(), target, headers, body, client_ip)
            except Exception as exc:  # a bug before the request was counted (in the rate limit)
                reply = self._error(None, 500, f"Mock error: {type(exc).__name__}: {exc}")
        return self._encode(reply)

    def refuse(
        self,
        status: int,
        message: str,
        headers: Optional[Dict[str, str]] = None,
        client_ip: str = "127.0.0.1",
    ) -> Tuple[int, Headers, bytes]:
        """An error in the API's shape for a request refused before it is read (its size, its
        framing); counted against the rate limit, with its headers, when the request's headers are known.
        """
        with self.lock:
            reply = self._error(None, status, message)
            if headers is not None:
                caller = self._caller({k.lower(): v for k, v in headers.items()}, {}, client_ip)
                limited = self._rate_limited(caller)
                reply = limited if limited is not None else reply
                reply.headers += [] if limited is not None else self._rate_headers(caller)
            return self._encode(reply)

    def _encode(self, reply: Reply) -> Tuple[int, Headers, bytes]:
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

    def _answer(
        self, method: str, target: str, headers: Dict[str, str], body: bytes, client_ip: str
    ) -> Reply:
        query = dict(parse_qsl(urlsplit(target).query, keep_blank_values=True))
        # every request counts and every answer carries the rate-limit headers, errors too
        caller = self._caller(headers, query, client_ip)
        limited = self._rate_limited(caller)
        if limited is not None:
            return limited
        try:
            reply = self._route(method, target, headers, body, query)
        except Exception as exc:  # a bug in the mock answers as a server would: 500, not a crash
            reply = self._error(None, 500, f"Mock error: {type(exc).__name__}: {exc}")
        reply.headers += self._rate_headers(caller)
        return reply

    def _route(
        self, method: str, target: str, headers: Dict[str, str], body: bytes, query: Dict[str, str]
    ) -> Reply:
        parts = urlsplit(target)
        path = parts.path
        if self.base_path and path.startswith(self.base_path + "/"):
            path = path[len(self.base_path) :]
        repeated = _raw_query(parts.query)
        matched = [r for r in self.routes if r.regex.match(path)]
        if not matched:
            # the token URL of a client-credentials flow need not be a path of the document
            return self._token_endpoint(method, path, headers, body) or self._error(
                None, 404, "No such endpoint"
            )
        # the most specific path wins (/cronjobs/rebuild over /cronjobs/{id}), whatever its methods;
        # of equally specific ones (`/a/{id}` DELETE, `/a/{digest}` GET), the one with the method
        best = [r for r in matched if r.literal_segments == matched[0].literal_segments]
        route = next((r for r in best if r.method == method), None)
        if route is None:
            allowed = sorted({r.method.upper() for r in best})
            return self._error(None, 405, "Method not allowed", [("Allow", ", ".join(allowed))])
        raw_values = dict(zip(route.params, route.regex.match(path).groups()))  # type: ignore[union-attr]
        path_values = self._path_values(route, raw_values)
        # a scalar's text (without a label's '.' or a matrix's ';name='), for the store's keys
        params = {
            name: value if isinstance(value, str) else unquote(raw_values[name])
            for name, value in path_values.items()
        }
        token_reply = self._token_endpoint(method, route.template, headers, body)
        if token_reply is not None:
            return token_reply
        denied = self._authenticate(route, headers, query) or self._authorize(
            route, method, headers, query
        )
        if denied is not None:
            return denied
        if self.faults.error_rate and self.rng.random() < self.faults.error_rate:
            return self._error(route.operation, 500, "Injected server error (mock fault)")
        parsed, refused = self._checked_request(route, path_values, query, headers, repeated, body)
        if refused is not None:
            return refused
        return self._dispatch(route, params, query, parsed, self._credential(headers, query))

    def _dispatch(
        self,
        route: Route,
        params: Dict[str, str],
        query: Dict[str, str],
        body: Any,
        caller: str = "",
    ) -> Reply:
        reply = self._checked_answer(
            route, self._dispatch_inner(route, params, query, body, caller)
        )
        if reply.status < 300 and reply.body is not None:
            reply.body = self.schemas.readable(reply.body, self._success(route.operation)[1])
        if self.masks and reply.body is not None:
            reply.body = _masked(reply.body, self.masks)
        return reply

    def _dispatch_inner(
        self, route: Route, params: Dict[str, str], query: Dict[str, str], body: Any, caller: str
    ) -> Reply:
        """The answer; with ``item-at``, the item is answered wrapped at that path."""
        at = (route.operation.get("x-rungen-mock") or {}).get("item-at")
        reply = self._dispatch_item(route, params, query, body, caller)
        if at and reply.status < 300 and reply.body is not None:
            wrapped: Dict[str, Any] = {}
            _put(wrapped, str(at), reply.body)
            reply.body = wrapped
        return reply

    def _dispatch_item(
        self, route: Route, params: Dict[str, str], query: Dict[str, str], body: Any, caller: str
    ) -> Reply:
        operation = route.operation
        status, schema = self._success(operation)
        rules = operation.get("x-rungen-mock") or {}
        if rules.get("item-at"):  # the answer's item, which is what the operation reads or writes
            schema = self._property_at(schema, str(rules["item-at"]))
        missing = self._missing_parent(route, params, caller)
        if missing is not None:
            return self._error(operation, 404, f"No such resource: {missing}")
        if "quota-status" in rules and self.quota is not None:
            if self.quota_used.get(caller, 0) >= self.quota:
                return self._error(operation, int(rules["quota-status"]), "Quota exceeded")
            self.quota_used[caller] = self.quota_used.get(caller, 0) + 1
        declared = self._declared(route, params, query, body, status, schema, caller)
        if declared is not None:
            return declared
        if operation.get("x-rungen-pagination") or (
            route.method == "get" and self._is_collection(route) and self._lists(operation)
        ):
            return self._list(route, params, query, status, caller)
        collection, item_id = self._collection_of(route, params)
        if rules.get("adds-from") and collection is not None and item_id is not None:
            return self._add_from(route, collection, item_id, status, schema, caller)
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
                props = self._shape_properties(
                    [item_schema or schema] + self._item_shapes(collection[0])
                )
                self._merge(stored[item_id], body, props)
                self._touch(stored[item_id], props, created=False)
                return Reply(
                    status,
                    (
                        self._conform(stored[item_id], schema, operation)
                        if returns_item
                        else self._document_body(operation, schema)
                    ),
                )
            if route.method == "delete":
                removed = self._remove(collection, item_id)
                return Reply(
                    status, removed if returns_item else self._document_body(operation, schema)
                )
        acted = self._act(route, params, body, status, schema, caller)
        return acted if acted is not None else Reply(status, self._document_body(operation, schema))


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
