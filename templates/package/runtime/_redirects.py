"""Redirects, followed by the client itself so that credentials never leave their origin."""

from __future__ import annotations

import ipaddress
from typing import Optional, Set, Tuple

import httpx

from ._auth import CallCredentials
from .errors import RedirectError, TooManyRedirectsError

__all__ = ["MAX_REDIRECTS", "Redirects", "is_loopback", "origin"]

#: Redirects followed for one request before ``TooManyRedirectsError``.
MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
#: Headers that carry credentials whoever set them: never sent to another origin.
CREDENTIAL_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "x-api-key", "api-key"}
)


def origin(url: httpx.URL) -> Tuple[str, str, int]:
    """(scheme, host, port) of `url`, the port made explicit."""
    default = {"https": 443, "http": 80}.get(url.scheme, 0)
    return url.scheme, url.host.lower(), url.port or default


def is_loopback(host: str) -> bool:
    """Whether `host` is this machine (``localhost``, 127.0.0.0/8, ``::1``)."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def plain_http_refused(url: httpx.URL, allow_insecure_http: bool) -> bool:
    """Whether `url` is plain http to a host that is not this machine, and that was not allowed."""
    return url.scheme == "http" and not allow_insecure_http and not is_loopback(url.host)


class Redirects:
    """The redirects of one request: whether an answer is one, and the request it leads to.

    Made from the request before its credentials were applied: a redirect to the same origin
    gets them again, one to another scheme, host or port gets none of them (headers, query
    keys, cookies), whatever the ``Location`` says.
    """

    def __init__(
        self,
        request: httpx.Request,
        credentials: CallCredentials,
        token: Optional[str],
        allow_insecure_http: bool,
    ) -> None:
        self._headers = httpx.Headers(request.headers)
        self._origin = origin(request.url)
        self._credentials = credentials
        self._token = token
        self._allow_insecure_http = allow_insecure_http
        self._visited: Set[Tuple[str, str]] = {(request.method, str(request.url))}
        self.count = 0

    @staticmethod
    def is_redirect(response: httpx.Response) -> bool:
        """Whether `response` is a redirect the client would follow (a 3xx with a Location)."""
        return response.status_code in REDIRECT_STATUSES and "location" in response.headers

    def follow(self, request: httpx.Request, response: httpx.Response) -> httpx.Request:
        """The request `response` (a redirect of `request`) leads to, or a ``RedirectError``."""
        status, method = response.status_code, request.method
        if status in (301, 302, 303) and method not in ("GET", "HEAD"):
            raise _error(
                f"{status} answering a {method}: not followed, it would be re-sent as a GET",
                response,
            )
        try:
            url = request.url.join(response.headers["location"])
        except httpx.InvalidURL:
            raise _error(f"{status} with an invalid Location", response) from None
        if url.scheme not in ("http", "https"):
            raise _error(f"{status} to a {url.scheme or 'relative'} URL: not followed", response)
        if plain_http_refused(url, self._allow_insecure_http) or (
            url.scheme == "http" and request.url.scheme == "https" and not self._allow_insecure_http
        ):
            raise _error(
                f"{status} from https to plain http: not followed (allow_insecure_http=True allows it)",
                response,
            )
        self.count += 1
        if self.count > MAX_REDIRECTS:
            raise TooManyRedirectsError(
                f"more than {MAX_REDIRECTS} redirects", response=response, body=None
            )
        if (method, str(url)) in self._visited:
            raise TooManyRedirectsError(
                f"{status}: a redirect loop (back to a URL already requested)",
                response=response,
                body=None,
            )
        self._visited.add((method, str(url)))
        same_origin = origin(url) == self._origin
        headers = httpx.Headers(self._headers)
        headers.pop("host", None)
        if not same_origin:
            for name in CREDENTIAL_HEADERS | self._credentials.header_names():
                headers.pop(name, None)
            names = self._credentials.query_names()
            if names:
                url = url.copy_with(
                    params=[(k, v) for k, v in url.params.multi_items() if k not in names]
                )
        content = None
        if method not in ("GET", "HEAD"):
            try:
                content = request.read()
            except httpx.StreamError:
                raise _error(f"{status}: the request body cannot be sent again", response) from None
        else:
            headers.pop("content-length", None)
            headers.pop("transfer-encoding", None)
        redirected = httpx.Request(
            method, url, headers=headers, content=content, extensions=request.extensions
        )
        if same_origin:
            self._credentials.apply(redirected, self._token)
        return redirected


def _error(message: str, response: httpx.Response) -> RedirectError:
    return RedirectError(message, response=response, body=None)
