"""Authentication: pick a security scheme from the credentials given, check them, apply them."""

from __future__ import annotations

import asyncio
import base64
import os
import re
import threading
import time
from typing import AsyncGenerator, Dict, Generator, List, Mapping, Optional, Sequence, Tuple

import httpx

from ._types import ClientConfig, SecurityScheme
from .errors import AuthenticationError, CredentialsError

__all__ = ["SchemeAuths"]

#: Refresh an OAuth2 token this many seconds before it expires.
REFRESH_MARGIN = 30.0


class SchemeAuths:
    """The auth of every security scheme whose credentials were given, and the choice per call.

    Arguments win over environment variables, which are read here, when the client is built.
    Raises ``CredentialsError`` when no scheme is complete or a given value has the wrong format.
    """

    def __init__(
        self, config: ClientConfig, arguments: Mapping[str, Optional[str]], base_url: str
    ) -> None:
        self._config = config
        #: scheme name -> its auth, for the schemes whose credentials are all given
        self._by_name: Dict[str, httpx.Auth] = {}
        for scheme in config.security:
            values = _values(scheme, arguments)
            if values is not None:
                _check_formats(scheme, values)
                self._by_name[scheme.name] = _auth_for(scheme, values, base_url)
        #: the first complete scheme in the document's order: what the document's own requirement gets
        self.default: Optional[httpx.Auth] = next(iter(self._by_name.values()), None)
        if config.security and self.default is None:
            raise CredentialsError(_missing_message(config))

    def for_call(
        self, authenticated: bool, requirements: Optional[Sequence[Sequence[str]]]
    ) -> Optional[httpx.Auth]:
        """The auth of a call: none when it needs none; the default for the document's requirements;
        else that of the first of the operation's alternatives whose schemes all have credentials.
        """
        if not authenticated:
            return None
        if requirements is None:
            return self.default
        for names in requirements:
            if all(name in self._by_name for name in names):
                return _combined([self._by_name[name] for name in names])
        options = " or ".join(" + ".join(names) for names in requirements)
        raise CredentialsError(f"this operation needs the credentials of {options}")

    def __repr__(self) -> str:
        return f"SchemeAuths({', '.join(repr(auth) for auth in self._by_name.values())})"


def _combined(auths: List[httpx.Auth]) -> Optional[httpx.Auth]:
    if not auths:
        return None  # the schemes this client cannot apply (e.g. mutual TLS) are the transport's
    return auths[0] if len(auths) == 1 else AllOf(auths)


def _values(
    scheme: SecurityScheme, arguments: Mapping[str, Optional[str]]
) -> Optional[Dict[str, str]]:
    values: Dict[str, str] = {}
    for credential in scheme.credentials:
        value = arguments.get(credential.argument)
        if value is None and credential.env:
            value = os.environ.get(credential.env) or None
        if value is None:
            return None
        values[credential.key] = value
    return values


def _check_formats(scheme: SecurityScheme, values: Mapping[str, str]) -> None:
    for credential in scheme.credentials:
        value = values[credential.key]
        if credential.pattern and not re.search(credential.pattern, value):
            what = credential.format or f"a value matching {credential.pattern}"
            raise CredentialsError(
                f"{credential.argument!r} is malformed: expected {what} "
                f"(got {len(value)} characters starting {value[:4]!r}…)"
            )


def _missing_message(config: ClientConfig) -> str:
    options = []
    for scheme in config.security:
        parts = [
            f"{c.argument}=" + (f" (or ${c.env})" if c.env else "") for c in scheme.credentials
        ]
        options.append(" + ".join(parts))
    return "no credentials: pass " + " or ".join(options)


def _auth_for(scheme: SecurityScheme, values: Mapping[str, str], base_url: str) -> httpx.Auth:
    if scheme.kind == "bearer":
        return HeaderAuth("Authorization", "Bearer " + values["token"])
    if scheme.kind == "basic":
        pair = f"{values['username']}:{values['password']}".encode()
        return HeaderAuth("Authorization", "Basic " + base64.b64encode(pair).decode("ascii"))
    if scheme.kind == "api_key":
        return ApiKeyAuth(scheme.header or "X-API-Key", values["key"], scheme.location)
    if scheme.kind == "oauth2_client_credentials":
        token_url = scheme.token_url or "/oauth/token"
        if "://" not in token_url:
            token_url = base_url.rstrip("/") + "/" + token_url.lstrip("/")
        return ClientCredentialsAuth(
            token_url, values["client-id"], values["client-secret"], scheme.scopes
        )
    raise CredentialsError(f"unsupported security scheme kind {scheme.kind!r}")


class HeaderAuth(httpx.Auth):
    """Sets one header on every request; its value never shows in ``repr``."""

    def __init__(self, header: str, value: str) -> None:
        self._header = header
        self._value = value

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self._header] = self._value
        yield request

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._header}=<redacted>)"


class ApiKeyAuth(httpx.Auth):
    """An API key in a header, query parameter or cookie."""

    def __init__(self, name: str, key: str, location: str) -> None:
        self._name = name
        self._key = key
        self._location = location

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._location == "query":
            request.url = request.url.copy_merge_params({self._name: self._key})
        elif self._location == "cookie":
            cookie = f"{self._name}={self._key}"
            existing = request.headers.get("Cookie")  # cookie parameters of the call
            request.headers["Cookie"] = f"{existing}; {cookie}" if existing else cookie
        else:
            request.headers[self._name] = self._key
        yield request

    def __repr__(self) -> str:
        return f"ApiKeyAuth({self._name}=<redacted>)"


class AllOf(httpx.Auth):
    """Several schemes at once (a requirement that combines them): the header and API-key ones
    are applied first, then the one with a flow of its own (OAuth2) runs."""

    def __init__(self, auths: List[httpx.Auth]) -> None:
        flows = [a for a in auths if not isinstance(a, (HeaderAuth, ApiKeyAuth))]
        self._simple: List[httpx.Auth] = [
            a for a in auths if isinstance(a, (HeaderAuth, ApiKeyAuth))
        ]
        self._main: Optional[httpx.Auth] = flows[0] if flows else None
        self._simple += flows[1:]
        self.requires_response_body = bool(
            self._main is not None and self._main.requires_response_body
        )

    def _prepare(self, request: httpx.Request) -> None:
        for auth in self._simple:
            next(auth.auth_flow(request))  # a one-step flow: it sets its header, query or cookie

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        self._prepare(request)
        if self._main is None:
            yield request
            return
        yield from self._main.sync_auth_flow(request)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        self._prepare(request)
        if self._main is None:
            yield request
            return
        flow = self._main.async_auth_flow(request)
        outgoing = await flow.__anext__()
        while True:
            response = yield outgoing
            try:
                outgoing = await flow.asend(response)
            except StopAsyncIteration:
                return

    def __repr__(self) -> str:
        return f"AllOf({', '.join(repr(a) for a in self._simple + ([self._main] if self._main else []))})"


class ClientCredentialsAuth(httpx.Auth):
    """OAuth2 client credentials: fetch a token, cache it, refresh it early, retry once on 401.

    Safe to share between threads (a lock) and between tasks (an asyncio lock per loop).
    """

    requires_response_body = True

    def __init__(
        self, token_url: str, client_id: str, client_secret: str, scopes: Tuple[str, ...] = ()
    ) -> None:
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._scopes = scopes
        self._token: Optional[str] = None
        self._expires_at = 0.0
        self._lock = threading.Lock()
        self._async_lock: Optional[asyncio.Lock] = None

    def __repr__(self) -> str:
        return f"ClientCredentialsAuth(token_url={self._token_url!r}, client_id=<redacted>)"

    def _valid(self) -> bool:
        return self._token is not None and time.monotonic() < self._expires_at - REFRESH_MARGIN

    def _token_request(self) -> httpx.Request:
        form = {
            "grant_type": "client_credentials",
            "client_id": self._client_id,
            "client_secret": self._client_secret,
        }
        if self._scopes:
            form["scope"] = " ".join(self._scopes)
        return httpx.Request(
            "POST", self._token_url, data=form, headers={"Accept": "application/json"}
        )

    def _store(self, response: httpx.Response) -> None:
        if response.status_code >= 400:
            raise AuthenticationError(
                f"token request failed with status {response.status_code}",
                response=response,
                body=_json_or_text(response),
            )
        data = response.json()
        token = data.get("access_token") or data.get("accessToken")
        if not isinstance(token, str):
            raise AuthenticationError(
                "token response has no access_token", response=response, body=data
            )
        lifetime = data.get("expires_in", data.get("expiresIn"))
        self._token = token
        self._expires_at = time.monotonic() + (
            float(lifetime) if isinstance(lifetime, (int, float)) else 3600.0
        )

    def _apply(self, request: httpx.Request) -> None:
        request.headers["Authorization"] = f"Bearer {self._token}"

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        with self._lock:
            if not self._valid():
                response = yield self._token_request()
                response.read()
                self._store(response)
            self._apply(request)
        response = yield request
        if response.status_code == 401:
            with self._lock:
                token_response = yield self._token_request()
                token_response.read()
                self._store(token_response)
                self._apply(request)
            yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self._async_lock is None:
            self._async_lock = asyncio.Lock()
        async with self._async_lock:
            if not self._valid():
                response = yield self._token_request()
                await response.aread()
                self._store(response)
            self._apply(request)
        response = yield request
        if response.status_code == 401:
            async with self._async_lock:
                token_response = yield self._token_request()
                await token_response.aread()
                self._store(token_response)
                self._apply(request)
            yield request


def _json_or_text(response: httpx.Response) -> object:
    try:
        return response.json()
    except ValueError:
        return response.text
