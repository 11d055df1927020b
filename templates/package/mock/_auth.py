"""Who may call the mock, and how often: the credentials it knows (registered by the user, read
from the environment, and the document's examples), the document's security schemes checked
against them, scopes and inactive credentials, the ``clientCredentials`` token endpoint, and the
rate limit with its headers.

The credential model: a token or API key is accepted only if it was registered (or issued by
the token endpoint and not yet expired); a Basic pair only if its user name and password were
registered together; a client id only with its own secret. Anything else is 401 in the API's
error shape. A credential registered with scopes gets 403 on methods outside them.
"""

from __future__ import annotations

import base64
import binascii
import collections
import json
import uuid
from http.cookies import CookieError, SimpleCookie
from typing import (
    Any,
    Callable,
    Deque,
    Dict,
    Iterable,
    List,
    NamedTuple,
    Optional,
    Tuple,
)
from urllib.parse import parse_qsl, unquote, urlsplit

from .._pattern_search import searches
from ._responses import Faults, Headers, Reply, Responses, Route, _put

__all__ = ["Auth", "Grant"]

#: Why a bearer token is refused when it does not have its scheme's ``pattern``.
_WRONG_FORMAT = "Invalid API key format"


class Grant(NamedTuple):
    """What a registered credential may do, and until when."""

    scopes: Optional[frozenset[str]]  # None: all of them
    active: bool = True
    expires: Optional[float] = None  # seconds since the epoch; None: never


#: Who a request counts against for the rate limit: (its credential, its client IP).
Caller = Tuple[str, str]


class Auth(Responses):
    """Authentication, authorization, issued tokens and the rate limit of a ``MockApp``."""

    tokens: Dict[str, float]
    hits: Dict[str, Deque[float]]
    ip_hits: Dict[str, Deque[float]]
    credentials: Dict[str, Grant]
    pairs: Dict[Tuple[str, str], Grant]
    clients: Dict[Tuple[str, str], Grant]
    rules: Dict[str, Any]
    faults: Faults
    clock: Callable[[], float]
    rate_limit: Optional[Tuple[int, float]]
    rate_config: Dict[str, Any]

    # -- registering credentials ----------------------------------------------------------------

    def add_credential(
        self,
        entries: Dict[str, str],
        *,
        scopes: Optional[Iterable[str]] = None,
        active: bool = True,
        expires: Optional[float] = None,
    ) -> None:
        """Register one credential, named by its ``x-rungen-credentials`` entries: ``{"token": t}``,
        ``{"key": k}``, ``{"username": u, "password": p}`` or ``{"client-id": i, "client-secret": s}``;
        from `expires` (seconds since the epoch) on, it is refused as expired.
        """
        grant = Grant(frozenset(scopes) if scopes is not None else None, active, expires)
        if "username" in entries or "password" in entries:
            self.pairs[(str(entries.get("username", "")), str(entries.get("password", "")))] = grant
        elif "client-id" in entries or "client-secret" in entries:
            self.clients[
                (
                    str(entries.get("client-id", "")),
                    str(entries.get("client-secret", "")),
                )
            ] = grant
        else:
            for value in entries.values():
                self.credentials[str(value)] = grant

    # -- auth --------------------------------------------------------------------------------

    def _schemes(self) -> Dict[str, Any]:
        return ((self.spec.get("components") or {}).get("securitySchemes")) or {}

    def _query_credentials(self) -> set[str]:
        """Query parameters that carry an API key (``apiKey`` schemes ``in: query``)."""
        return {
            str(s.get("name"))
            for s in self._schemes().values()
            if isinstance(s, dict) and s.get("type") == "apiKey" and s.get("in") == "query"
        }

    def _token_endpoint(
        self, method: str, path: str, headers: Dict[str, str], body: bytes
    ) -> Optional[Reply]:
        """Issue an access token where a ``clientCredentials`` flow's token URL is posted to: for a
        registered client id with its own secret (form fields, or HTTP Basic as RFC 6749 allows);
        errors in the RFC 6749 shape (``error``, ``error_description``)."""
        for scheme in self._schemes().values():
            flow = (
                ((scheme.get("flows") or {}).get("clientCredentials"))
                if isinstance(scheme, dict)
                else None
            )
            if not flow or method != "post":
                continue
            if urlsplit(str(flow.get("tokenUrl", ""))).path != path:
                continue
            form = dict(parse_qsl(body.decode("utf-8", "replace")))
            client = _basic_pair(headers.get("authorization", "")) or (
                form.get("client_id", ""),
                form.get("client_secret", ""),
            )
            if "grant_type" not in form:
                return _oauth_error(400, "invalid_request", "grant_type is required")
            if form["grant_type"] != "client_credentials":
                return _oauth_error(
                    400,
                    "unsupported_grant_type",
                    "only client_credentials is supported",
                )
            grant = self.clients.get(client)
            refused = _verdict(
                grant,
                "unknown client, or the wrong client secret",
                self.clock(),
                "the client",
            )
            if grant is None or refused:
                return _oauth_error(401, "invalid_client", refused or "unknown client")
            token, lifetime = self._issue(grant)
            return Reply(
                200,
                {"access_token": token, "token_type": "Bearer", "expires_in": lifetime},
            )
        return None

    def _token_grant(self, route: Route, body: Any, rule: Dict[str, Any]) -> Reply:
        """A token endpoint of the API's own (``token-grant``): a JSON body whose grant names the
        fields of the client id and secret; a registered client with its own secret gets a token
        that expires after ``token-lifetime``; anything else (another grant too) is 401 in the
        API's error shape."""
        body = body if isinstance(body, dict) else {}
        grant_type = body.get(str(rule.get("grant-field", "grantType")))
        fields = (rule.get("grants") or {}).get(grant_type) if isinstance(grant_type, str) else None
        if not isinstance(
            fields, dict
        ):  # a grant whose credentials the mock cannot know: none valid
            return self._error(route.operation, 401, f"Grant type not accepted: {grant_type!r}")
        client = (
            _first(body, fields.get("client-id")),
            _first(body, fields.get("client-secret")),
        )
        grant = self.clients.get(client)
        reason = _verdict(grant, "unknown client, or the wrong secret", self.clock(), "the client")
        if grant is None or reason:
            return self._error(route.operation, 401, f"Invalid client credentials: {reason}")
        token, lifetime = self._issue(grant)
        reply: Dict[str, Any] = {}
        _put(reply, str(rule.get("token", "access_token")), token)
        if rule.get("expires-in"):
            _put(reply, str(rule["expires-in"]), lifetime)
        return Reply(self._success(route.operation)[0], reply)

    def _issue(self, grant: Grant) -> Tuple[str, int]:
        """A new access token carrying `grant`'s scopes, valid for ``token-lifetime`` seconds."""
        lifetime = int((self.spec.get("x-rungen-mock") or {}).get("token-lifetime", 3600))
        token = "mock-" + uuid.UUID(int=self.rng.getrandbits(128), version=4).hex
        self.tokens[token] = self.clock() + lifetime
        self.credentials[token] = Grant(grant.scopes)  # the client's scopes
        return token, lifetime

    def _authenticate(
        self, route: Route, headers: Dict[str, str], query: Dict[str, str]
    ) -> Optional[Reply]:
        requirements = route.operation.get("security", self.spec.get("security"))
        if not requirements or any(not req for req in requirements):
            return None
        schemes = self._schemes()
        reasons = []
        for requirement in requirements:
            reason = next(
                (
                    r
                    for r in (
                        self._check_scheme(schemes.get(name) or {}, headers, query)
                        for name in requirement
                    )
                    if r
                ),
                None,
            )
            if reason is None:
                return None
            reasons.append(reason)
        # the reason of the scheme the caller tried, rather than "missing" of the ones it did not
        # (and, of two bearer schemes, the one whose format the token has)
        tried = sorted(
            (r for r in reasons if not r.startswith("Missing")),
            key=lambda r: r == _WRONG_FORMAT,
        )
        return self._error(route.operation, 401, (tried or reasons or ["Unauthorized"])[0])

    def _authorize(
        self, route: Route, method: str, headers: Dict[str, str], query: Dict[str, str]
    ) -> Optional[Reply]:
        """Scopes: a credential registered with scopes gets 403 on the methods of the others."""
        requirements = route.operation.get("security", self.spec.get("security"))
        if not requirements or any(not req for req in requirements):
            return None
        grant = self._grant(headers, query)
        if grant is None or grant.scopes is None:
            return None
        held = self._scope_closure(grant.scopes)
        needed = [
            scope
            for scope, methods in (self.rules.get("method-scopes") or {}).items()
            if method.upper() in methods
        ]
        missing = [scope for scope in needed if scope not in held]
        if missing:
            return self._error(
                route.operation,
                403,
                f"Insufficient scope: this credential lacks the {missing[0]!r} scope",
            )
        return None

    def _scope_closure(self, scopes: frozenset[str]) -> set[str]:
        """The scopes held, with those each includes (``scope-includes``: admin includes write ...)."""
        includes = self.rules.get("scope-includes") or {}
        held, todo = set(), list(scopes)
        while todo:
            scope = todo.pop()
            if scope not in held:
                held.add(scope)
                todo += [str(s) for s in includes.get(scope) or []]
        return held

    def _grant(self, headers: Dict[str, str], query: Dict[str, str]) -> Optional[Grant]:
        """The registration of the credential the caller sent (None when it sent none known)."""
        auth = headers.get("authorization", "")
        word, _, value = auth.partition(" ")
        if word.lower() == "basic":
            pair = _basic_pair(auth)
            return self.pairs.get(pair) if pair else None
        if word.lower() == "bearer":
            return self.credentials.get(value.strip())
        for scheme in self._schemes().values():
            if isinstance(scheme, dict) and scheme.get("type") == "apiKey":
                key = _api_key(scheme, headers, query)
                if key:
                    return self.credentials.get(key)
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
        """Why the request does not meet `scheme` (None when it does)."""
        kind = scheme.get("type")
        auth = headers.get("authorization", "")
        if kind == "mutualTLS":
            return None  # a client certificate is the TLS layer's to check, below any mock of HTTP
        if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            pair = _basic_pair(auth)
            if pair is None:
                return "Missing or invalid Basic credentials"
            return _verdict(self.pairs.get(pair), "Invalid API key or secret", self.clock())
        if kind == "apiKey":
            key = _api_key(scheme, headers, query)
            return (
                _verdict(self.credentials.get(key), "Invalid API key", self.clock())
                if key
                else f"Missing API key {scheme.get('name')}"
            )
        if not auth.startswith("Bearer ") or len(auth) <= 7:
            return "Missing or invalid bearer token"
        token = auth[7:].strip()
        if token in self.tokens:  # one this mock issued, whatever scheme it is offered under
            return (
                "Access token expired"
                if self.tokens[token] <= self.clock()
                else _verdict(self.credentials.get(token), "", self.clock())
            )
        if kind == "oauth2" and "clientCredentials" in (scheme.get("flows") or {}):
            return "Unknown access token"
        pattern = ((scheme.get("x-rungen-credentials") or {}).get("token") or {}).get("pattern")
        if isinstance(pattern, str) and pattern and not searches(pattern, token):
            return _WRONG_FORMAT
        if str(scheme.get("bearerFormat", "")).upper() == "JWT" and _jwt_expired(
            token, self.clock()
        ):
            return "Access token expired"
        return _verdict(self.credentials.get(token), "Invalid or unknown token", self.clock())

    # -- rate limits ---------------------------------------------------------------------------

    def _caller(self, headers: Dict[str, str], query: Dict[str, str], client_ip: str) -> Caller:
        """Who a request counts against: its Authorization header (else its API key), and its IP."""
        return (
            headers.get("authorization", "") or self._credential(headers, query),
            client_ip,
        )

    def _windows(self, caller: Caller, now: float, period: float) -> List[Deque[float]]:
        """The windows a request counts in: its credential's, and its IP's where the documented
        limit is also per IP (``x-rungen-rate-limit`` ``per: [credential, ip]``)."""
        per = self.rate_config.get("per") or ["credential"]
        windows = []
        if "credential" in per:
            windows.append(
                _trimmed(self.hits.setdefault(caller[0], collections.deque()), now, period)
            )
        if "ip" in per:
            windows.append(
                _trimmed(self.ip_hits.setdefault(caller[1], collections.deque()), now, period)
            )
        return windows

    def _rate_limited(self, caller: Caller) -> Optional[Reply]:
        """429 when any of the caller's windows is full; otherwise the request is counted in each."""
        if self.faults.force_429:
            self.faults.force_429 -= 1
            return self._too_many(caller, 1.0)
        if not self.rate_limit:
            return None
        limit, period = self.rate_limit
        now = self.clock()
        windows = self._windows(caller, now, period)
        full = [w for w in windows if len(w) >= limit]
        if full:
            return self._too_many(caller, max(w[0] for w in full) + period - now)
        for window in windows:
            window.append(now)
        return None

    def _rate_headers(self, caller: Caller) -> Headers:
        """The documented rate-limit headers, for the caller's tightest window."""
        names = self.rate_config.get("headers") or {}
        if not self.rate_limit or not names:
            return []
        limit, period = self.rate_limit
        now = self.clock()
        hits = max(self._windows(caller, now, period), key=len, default=collections.deque())
        out = []
        if names.get("limit"):
            out.append((names["limit"], str(limit)))
        if names.get("remaining"):
            out.append((names["remaining"], str(max(0, limit - len(hits)))))
        if names.get("reset"):
            out.append(
                (
                    names["reset"],
                    str(int(round(hits[0] + period - now))) if hits else "0",
                )
            )
        return out

    def _too_many(self, caller: Caller, wait: float) -> Reply:
        wait = max(wait, 0.0)
        retry = self.rate_config.get("retry-after") or {}
        extra = self._rate_headers(caller)
        if retry.get("header"):
            value = (
                str(int(round(wait * 1000)))
                if retry.get("unit") == "milliseconds"
                else str(max(1, int(round(wait))))
            )
            extra.append((retry["header"], value))
        return self._error(None, 429, "Too many requests", extra)


def _trimmed(hits: Deque[float], now: float, period: float) -> Deque[float]:
    """A window's request times within the last `period` seconds, oldest first (trimmed from the
    left, so a request costs the same however many came before)."""
    while hits and hits[0] <= now - period:
        hits.popleft()
    return hits


def _verdict(
    grant: Optional[Grant], unknown: str, now: float, what: str = "API key"
) -> Optional[str]:
    """Why a credential is refused: unknown, registered as inactive, or expired (None: accepted)."""
    if grant is None:
        return unknown or "Unknown credentials"
    if not grant.active:
        return f"{what} is inactive"
    if grant.expires is not None and grant.expires <= now:
        return f"{what} has expired"
    return None


def _first(body: Dict[str, Any], names: Any) -> str:
    """The value of the first of `names` (one field name or a list of them) that `body` holds."""
    for name in [names] if isinstance(names, str) else list(names or []):
        if isinstance(body.get(name), str):
            return str(body[name])
    return ""


def _jwt_expired(token: str, now: float) -> bool:
    """Whether a JWT's ``exp`` claim (seconds since the epoch) has passed; the signature is the
    issuer's to check, and a token without a readable ``exp`` does not expire here."""
    parts = token.split(".")
    if len(parts) != 3:
        return False
    try:
        claims = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return False
    exp = claims.get("exp") if isinstance(claims, dict) else None
    return isinstance(exp, (int, float)) and not isinstance(exp, bool) and exp <= now


def _oauth_error(status: int, code: str, description: str) -> Reply:
    return Reply(status, {"error": code, "error_description": description})


def _basic_pair(auth: str) -> Optional[Tuple[str, str]]:
    """The (user name, password) of a Basic Authorization header; None when it is not one."""
    word, _, encoded = auth.partition(" ")
    if word.lower() != "basic" or not encoded.strip():
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, colon, password = decoded.partition(":")
    return (user, password) if colon else None


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
