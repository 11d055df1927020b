"""Authentication: pick a security scheme from the credentials given, check them, apply them.

Credentials are applied by the client's own send path (not an ``httpx.Auth`` flow), so it
knows exactly what it added and can take it all off a request that is redirected to
another origin. OAuth2 tokens are fetched by ``TokenCache``: one request in flight per
client, shared by threads and by asyncio tasks, with no lock held while it runs.
"""

from __future__ import annotations

import asyncio
import base64
import os
import threading
import time
from typing import Awaitable, Callable, Dict, List, Mapping, Optional, Sequence, Tuple

import httpx

from ._pattern_search import searches
from ._types import ClientConfig, SecurityScheme
from .errors import AuthenticationError, CredentialsError

__all__ = ["SchemeAuths", "CallCredentials", "TokenCache", "StaticCredential"]

#: Refresh an OAuth2 token this many seconds before it expires (at most half its lifetime).
REFRESH_MARGIN = 30.0
#: The lifetime assumed when a token answer does not give ``expires_in``.
DEFAULT_TOKEN_LIFETIME = 3600.0


class StaticCredential:
    """A credential that is the same on every request: a header, or an API key in a header,
    query parameter or cookie. Its value never shows in ``repr``."""

    def __init__(self, name: str, value: str, location: str = "header") -> None:
        self.name = name
        self._value = value
        self.location = location

    def apply(self, request: httpx.Request) -> None:
        """Add this credential to `request`."""
        if self.location == "query":
            request.url = request.url.copy_merge_params({self.name: self._value})
        elif self.location == "cookie":
            cookie = f"{self.name}={self._value}"
            existing = request.headers.get("Cookie")  # cookie parameters of the call
            request.headers["Cookie"] = f"{existing}; {cookie}" if existing else cookie
        else:
            request.headers[self.name] = self._value

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name}=<redacted>)"


class TokenCache:
    """OAuth2 client credentials: the current token, and the single flight that renews it.

    ``token()``/``atoken()`` return a live token, fetching one (through the client's own send
    path: its timeout, retries and error types) only when none is live and no other thread or
    task is already fetching one; the others wait for that fetch. ``invalidate(token)`` after
    a 401 drops the token only if it is still the current one, so the 401s of requests that
    were sent with it renew it once.
    """

    def __init__(
        self, token_url: str, client_id: str, client_secret: str, scopes: Tuple[str, ...] = ()
    ) -> None:
        self.token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._scopes = scopes
        self._token: Optional[str] = None
        self._refresh_at = 0.0
        self._flight: Optional[_Flight] = None
        self._lock = threading.Lock()  # guards the fields above; never held across I/O

    def __repr__(self) -> str:
        return f"TokenCache(token_url={self.token_url!r}, client_id=<redacted>)"

    def form(self) -> Dict[str, str]:
        """The token request's form body."""
        form = {
            "grant_type": "client_credentials",
            "client_id": self._client_id,
            "client_secret": self._client_secret,
        }
        if self._scopes:
            form["scope"] = " ".join(self._scopes)
        return form

    def invalidate(self, token: str) -> None:
        """Forget `token` (it was refused) unless a newer one has replaced it already."""
        with self._lock:
            if self._token == token:
                self._token = None

    def _claim(self) -> Tuple[Optional[str], "_Flight", bool]:
        """(the live token, or None and the flight to join, and whether this caller runs it)."""
        with self._lock:
            if self._token is not None and time.monotonic() < self._refresh_at:
                return self._token, _DONE, False
            if self._flight is None:
                self._flight = _Flight()
                return None, self._flight, True
            return None, self._flight, False

    def _finish(
        self, flight: "_Flight", answer: Optional[Tuple[str, float]], error: Optional[Exception]
    ) -> None:
        with self._lock:
            if answer is not None:
                token, lifetime = answer
                self._token = token
                self._refresh_at = time.monotonic() + lifetime - min(REFRESH_MARGIN, lifetime / 2.0)
                flight.token = token
            flight.error = error
            self._flight = None
            waiters, flight.waiters = flight.waiters, []
            flight.done.set()
        for loop, future in waiters:
            try:
                loop.call_soon_threadsafe(_resolve, future)
            except RuntimeError:  # that loop is closed: nobody waits there any more
                pass

    def token(self, fetch: Callable[[], Tuple[str, float]]) -> str:
        """A live token; `fetch` (blocking) gets a new one when this thread leads the flight."""
        while True:
            token, flight, leader = self._claim()
            if token is not None:
                return token
            if leader:
                try:
                    answer = fetch()
                except Exception as exc:
                    self._finish(flight, None, exc)
                    raise
                except BaseException:
                    self._finish(flight, None, None)
                    raise
                self._finish(flight, answer, None)
                return answer[0]
            flight.done.wait()
            if flight.error is not None:
                raise flight.error
            if flight.token is not None:
                return flight.token

    async def atoken(self, fetch: Callable[[], Awaitable[Tuple[str, float]]]) -> str:
        """A live token; `fetch` (awaited) gets a new one when this task leads the flight."""
        while True:
            token, flight, leader = self._claim()
            if token is not None:
                return token
            if leader:
                try:
                    answer = await fetch()
                except Exception as exc:
                    self._finish(flight, None, exc)
                    raise
                except BaseException:  # cancelled: a waiting task takes over
                    self._finish(flight, None, None)
                    raise
                self._finish(flight, answer, None)
                return answer[0]
            future: Optional["asyncio.Future[None]"] = None
            loop = asyncio.get_event_loop()  # inside a coroutine: the loop it runs on
            with self._lock:
                if not flight.done.is_set():
                    future = loop.create_future()
                    flight.waiters.append((loop, future))
            if future is not None:
                await future
            if flight.error is not None:
                raise flight.error
            if flight.token is not None:
                return flight.token

    @staticmethod
    def parse(response: httpx.Response) -> Tuple[str, float]:
        """(access token, lifetime in seconds) from a token answer; AuthenticationError otherwise."""
        if response.status_code >= 400 or not response.is_success:
            raise AuthenticationError(
                f"token request failed with status {response.status_code}",
                response=response,
                body=_json_or_text(response),
            )
        try:
            data = response.json()
        except ValueError:
            raise AuthenticationError(
                "token response is not JSON", response=response, body=response.text[:500]
            ) from None
        token = (
            (data.get("access_token") or data.get("accessToken"))
            if isinstance(data, dict)
            else None
        )
        if not isinstance(token, str) or not token:
            raise AuthenticationError(
                "token response has no access_token", response=response, body=None
            )
        lifetime = data.get("expires_in", data.get("expiresIn"))
        if isinstance(lifetime, str) and lifetime.isdigit():
            lifetime = int(lifetime)
        seconds = (
            float(lifetime)
            if isinstance(lifetime, (int, float)) and not isinstance(lifetime, bool)
            else DEFAULT_TOKEN_LIFETIME
        )
        return token, max(seconds, 0.0)


class _Flight:
    """One token fetch in progress, and who waits for it."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.token: Optional[str] = None
        self.error: Optional[Exception] = None
        self.waiters: List[Tuple[asyncio.AbstractEventLoop, "asyncio.Future[None]"]] = []


_DONE = _Flight()


def _resolve(future: "asyncio.Future[None]") -> None:
    if not future.done():
        future.set_result(None)


class CallCredentials:
    """What one call sends: static credentials, and at most one OAuth2 token cache."""

    def __init__(
        self, static: Sequence[StaticCredential] = (), tokens: Optional[TokenCache] = None
    ) -> None:
        self.static = tuple(static)
        self.tokens = tokens

    def apply(self, request: httpx.Request, token: Optional[str]) -> None:
        """Add every credential of the call to `request` (`token`: the OAuth2 token, if any)."""
        for credential in self.static:
            credential.apply(request)
        if token is not None:
            request.headers["Authorization"] = f"Bearer {token}"

    def query_names(self) -> frozenset[str]:
        """The query parameters that carry a credential (taken off a cross-origin redirect)."""
        return frozenset(c.name for c in self.static if c.location == "query")

    def header_names(self) -> frozenset[str]:
        """The headers that carry a credential, lowercase (taken off a cross-origin redirect)."""
        names = {"authorization", "proxy-authorization", "cookie"}
        return frozenset(names | {c.name.lower() for c in self.static if c.location == "header"})

    def __repr__(self) -> str:
        parts = [repr(c) for c in self.static] + ([repr(self.tokens)] if self.tokens else [])
        return f"CallCredentials({', '.join(parts)})"


NO_CREDENTIALS = CallCredentials()


class SchemeAuths:
    """The credentials of every security scheme that was given, and the choice per call.

    Arguments win over environment variables, which are read here, when the client is built.
    A requirement that combines schemes (a client id header and a secret header together) needs
    the credentials of each and applies them all. Raises ``CredentialsError`` when none of the
    document's requirements is complete (and no other scheme was given), or a given value has the
    wrong format.
    """

    def __init__(
        self, config: ClientConfig, arguments: Mapping[str, Optional[str]], base_url: str
    ) -> None:
        self._config = config
        #: scheme name -> its credentials, for the schemes whose credentials are all given
        self._by_name: Dict[str, CallCredentials] = {}
        for scheme in config.security:
            values = _values(scheme, arguments)
            if values is not None:
                _check_formats(scheme, values)
                self._by_name[scheme.name] = _credentials_for(scheme, values, base_url)
        #: what the document's own requirements get: the first one whose schemes are all given
        #: (without root requirements, the first complete scheme in the document's order)
        self.default: Optional[CallCredentials] = self._first_complete(config.requirements)
        if config.security and self.default is None and not self._other_schemes_given():
            raise CredentialsError(_missing_message(config))

    def _first_complete(self, requirements: Sequence[Sequence[str]]) -> Optional[CallCredentials]:
        if not requirements:
            return next(iter(self._by_name.values()), None)
        for names in requirements:
            if all(name in self._by_name for name in names):
                return _combined([self._by_name[name] for name in names])
        return None

    def _other_schemes_given(self) -> bool:
        """Whether a scheme outside the document's requirements was given: the credentials of
        operations that name their own security, so building the client is not an error."""
        named = {name for names in self._config.requirements for name in names}
        return bool(self._config.requirements) and any(n not in named for n in self._by_name)

    def for_call(
        self, authenticated: bool, requirements: Optional[Sequence[Sequence[str]]]
    ) -> CallCredentials:
        """The credentials of a call: none when it needs none; the default for the document's
        requirements; else those of the first of the operation's alternatives whose schemes all
        have credentials."""
        if not authenticated:
            return NO_CREDENTIALS
        if requirements is None:
            if self.default is None:
                raise CredentialsError(_missing_message(self._config))
            return self.default
        for names in requirements:
            if all(name in self._by_name for name in names):
                return _combined([self._by_name[name] for name in names])
        options = " or ".join(" + ".join(names) for names in requirements)
        raise CredentialsError(f"this operation needs the credentials of {options}")

    def __repr__(self) -> str:
        return f"SchemeAuths({', '.join(repr(c) for c in self._by_name.values())})"


def _combined(parts: List[CallCredentials]) -> CallCredentials:
    if len(parts) == 1:
        return parts[0]
    # the schemes this client cannot apply (e.g. mutual TLS) are the transport's
    static = [c for part in parts for c in part.static]
    tokens = next((part.tokens for part in parts if part.tokens is not None), None)
    return CallCredentials(static, tokens)


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
        if credential.pattern and not searches(credential.pattern, value):
            what = credential.format or f"a value matching {credential.pattern}"
            # nothing of the value itself: not a prefix, not its length
            raise CredentialsError(f"{credential.argument!r} is malformed: expected {what}")


def _missing_message(config: ClientConfig) -> str:
    by_name = {scheme.name: scheme for scheme in config.security}
    combined = [
        [by_name[name] for name in names if name in by_name] for names in config.requirements
    ]
    named = {scheme.name for schemes in combined for scheme in schemes}
    groups = [schemes for schemes in combined if schemes]
    groups += [[scheme] for scheme in config.security if scheme.name not in named]
    options = []
    for schemes in groups:
        parts = [
            f"{c.argument}=" + (f" (or ${c.env})" if c.env else "")
            for scheme in schemes
            for c in scheme.credentials
        ]
        options.append(" + ".join(parts))
    return "no credentials: pass " + " or ".join(options)


def _credentials_for(
    scheme: SecurityScheme, values: Mapping[str, str], base_url: str
) -> CallCredentials:
    if scheme.kind == "bearer":
        return CallCredentials([StaticCredential("Authorization", "Bearer " + values["token"])])
    if scheme.kind == "basic":
        pair = f"{values['username']}:{values['password']}".encode()
        return CallCredentials(
            [StaticCredential("Authorization", "Basic " + base64.b64encode(pair).decode("ascii"))]
        )
    if scheme.kind == "api_key":
        return CallCredentials(
            [StaticCredential(scheme.header or "X-API-Key", values["key"], scheme.location)]
        )
    if scheme.kind == "oauth2_client_credentials":
        token_url = scheme.token_url or "/oauth/token"
        if "://" not in token_url:
            token_url = base_url.rstrip("/") + "/" + token_url.lstrip("/")
        return CallCredentials(
            tokens=TokenCache(
                token_url, values["client-id"], values["client-secret"], scheme.scopes
            )
        )
    raise CredentialsError(f"unsupported security scheme kind {scheme.kind!r}")


def _json_or_text(response: httpx.Response) -> object:
    try:
        return response.json()
    except ValueError:
        return response.text[:500]
