"""Who may call the mock, and how often: the document's security schemes checked, registered
credentials and their scopes, the ``clientCredentials`` token endpoint, and the rate limit with
its headers."""

from __future__ import annotations

import collections
import re
import uuid
from http.cookies import CookieError, SimpleCookie
from typing import Any, Callable, Deque, Dict, Optional, Tuple
from urllib.parse import parse_qsl, unquote, urlsplit

from ._responses import Faults, Headers, Reply, Responses, Route

__all__ = ["Auth"]


class Auth(Responses):
    """Authentication, authorization, issued tokens and the rate limit of a ``MockApp``."""

    tokens: Dict[str, float]
    hits: Dict[str, Deque[float]]
    credentials: Dict[str, Tuple[Optional[frozenset[str]], bool]]
    rules: Dict[str, Any]
    faults: Faults
    clock: Callable[[], float]
    rate_limit: Optional[Tuple[int, float]]
    rate_config: Dict[str, Any]

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
