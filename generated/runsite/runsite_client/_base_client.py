"""The transport core shared by every resource: URLs, headers, auth, retries, errors, parsing."""

from __future__ import annotations

import asyncio
import collections
import logging
import os
import random
import threading
import time
from dataclasses import dataclass, field
from typing import (
    Any,
    Callable,
    Deque,
    Dict,
    List,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    TypeVar,
    Union,
)

import httpx

from ._auth import CallCredentials, SchemeAuths, TokenCache
from ._params import (
    DEFAULT_STYLES,
    Style,
    cookie_header,
    file_parts,
    form_fields,
    header_value,
    path_segment,
    query_pairs,
)
from ._json import response_json, to_jsonable, validated
from ._redirects import Redirects, plain_http_refused
from ._resource import RAW_RESPONSE, APIResponse
from ._retries import (
    IDEMPOTENT_METHODS,
    INITIAL_BACKOFF,
    MAX_BACKOFF,
    RETRY_STATUSES,
    Attempts,
    parse_retry_after,
)
from ._types import NOT_GIVEN, ClientConfig, NotGiven, RequestOptions, Timeout, dig
from .errors import (
    APIResponseValidationError,
    APIStatusError,
    InsecureURLError,
    RateLimitError,
    RedirectError,
    ResponseTooLargeError,
    error_class,
)

__all__ = ["Call", "RateLimitInfo", "SyncAPIClient", "AsyncAPIClient"]

_T = TypeVar("_T")
#: The package's logger, named after the package (this module is one level below it).
log = logging.getLogger(__name__.rpartition(".")[0])

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
#: Bytes of an error body kept (in ``exc.body``); the rest is not read.
MAX_ERROR_BODY = 64 * 1024
SENSITIVE_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key"}
)


@dataclass
class Call:
    """One API call as a resource method describes it."""

    method: str
    path: str
    path_params: Dict[str, Any] = field(default_factory=dict)
    query: Dict[str, Any] = field(default_factory=dict)
    headers: Dict[str, Any] = field(default_factory=dict)
    cookies: Dict[str, Any] = field(default_factory=dict)
    #: (location, name) -> (style, explode) where the spec differs from OpenAPI's default
    styles: Dict[Tuple[str, str], Style] = field(default_factory=dict)
    json: Any = NOT_GIVEN
    data: Optional[Dict[str, Any]] = None
    files: Optional[Dict[str, Any]] = None
    content: Optional[bytes] = None
    content_type: Optional[str] = None
    cast: Any = None
    response_kind: str = "json"
    authenticated: bool = True
    #: the operation's own security requirements (alternatives, each the schemes it combines);
    #: None: the document's, met by the client's first scheme with credentials
    security: Optional[Sequence[Sequence[str]]] = None
    idempotency_header: Optional[str] = None
    options: RequestOptions = field(default_factory=RequestOptions)


@dataclass
class RateLimitInfo:
    """The rate-limit headers of the last response (None where the API did not send one)."""

    limit: Optional[int] = None
    remaining: Optional[int] = None
    reset: Optional[float] = None
    retry_after: Optional[float] = None
    observed_at: float = 0.0


def redact(headers: Mapping[str, str]) -> Dict[str, str]:
    """Headers safe to log: credentials replaced."""
    return {k: ("<redacted>" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


def _int_header(headers: httpx.Headers, name: Optional[str]) -> Optional[int]:
    if not name or name not in headers:
        return None
    try:
        return int(float(headers[name]))
    except ValueError:
        return None


class _BaseClient:
    """State and decisions shared by the sync and async clients; no I/O here."""

    _config: ClientConfig

    def __init__(
        self,
        *,
        config: ClientConfig,
        credentials: Mapping[str, Optional[str]],
        base_url: Optional[str],
        server_variables: Mapping[str, Optional[str]],
        timeout: Union[Timeout, NotGiven],
        max_retries: int,
        max_retry_time: float,
        default_headers: Optional[Mapping[str, str]],
        throttle: bool,
        allow_insecure_http: bool = False,
        max_response_size: Optional[int] = None,
    ) -> None:
        self._config = config
        self._allow_insecure_http = allow_insecure_http
        self._max_response_size = max_response_size
        self.base_url = self._resolve_base_url(base_url, server_variables)
        self._auth = SchemeAuths(config, credentials, self.base_url)
        self.timeout: Timeout = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout
        self.max_retries = max_retries
        self.max_retry_time = max_retry_time
        self._headers = {"Accept": "application/json", "User-Agent": config.user_agent}
        self._headers.update(config.constant_headers)
        self._headers.update(default_headers or {})
        self.rate_limit = RateLimitInfo()
        self._throttle = throttle
        self._sent: Deque[float] = collections.deque()
        self._throttle_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def _resolve_base_url(
        self, base_url: Optional[str], variables: Mapping[str, Optional[str]]
    ) -> str:
        explicit = base_url or os.environ.get(f"{self._config.env_prefix}_BASE_URL") or None
        if explicit is None:
            url = self._config.base_url
            for name, default in self._config.server_variables.items():
                value = (
                    variables.get(name)
                    or os.environ.get(f"{self._config.env_prefix}_{name.upper()}")
                    or default
                )
                url = url.replace("{" + name + "}", value)
        else:
            url = explicit
        parsed = httpx.URL(url)
        if parsed.scheme not in ("https", "http"):
            raise InsecureURLError(f"base URL must be an https:// URL: {url!r}")
        if plain_http_refused(parsed, self._allow_insecure_http):
            raise InsecureURLError(
                f"base URL {url!r} is plain http to a host that is not this machine: credentials and data "
                "would cross the network unencrypted. Use https://, or pass allow_insecure_http=True"
            )
        return url.rstrip("/")

    # -- building -----------------------------------------------------------------------

    def _url(self, call: Call) -> str:
        path = call.path
        for name, value in call.path_params.items():
            path = path.replace(
                "{" + name + "}",
                path_segment(name, value, call.styles.get(("path", name), DEFAULT_STYLES["path"])),
            )
        return self.base_url + path

    def _query(self, call: Call) -> str:
        """The query string, encoded here (httpx would also encode the separators of arrays)."""
        pairs: List[Tuple[str, str]] = []
        extra = call.options.extra_query or {}
        for name, value in call.query.items():
            if (
                not isinstance(value, NotGiven) and value is not None and name not in extra
            ):  # extra_query overrides
                pairs += query_pairs(
                    name, value, call.styles.get(("query", name), DEFAULT_STYLES["query"])
                )
        for name, value in extra.items():
            pairs += query_pairs(name, value, DEFAULT_STYLES["query"])
        return "&".join(f"{name}={value}" for name, value in pairs)

    def _request(
        self,
        client: Union[httpx.Client, httpx.AsyncClient],
        call: Call,
        idempotency_key: Optional[str],
    ) -> httpx.Request:
        options = call.options
        headers = dict(self._headers)
        for name, value in call.headers.items():
            if not isinstance(value, NotGiven) and value is not None:
                headers[name] = header_value(
                    value, call.styles.get(("header", name), DEFAULT_STYLES["header"])
                )
        cookies = cookie_header(call.cookies, call.styles)
        if cookies:
            headers["Cookie"] = cookies
        multipart = bool(call.content_type and call.content_type.lower().startswith("multipart/"))
        if call.content_type and not multipart:  # httpx writes the multipart boundary itself
            headers["Content-Type"] = call.content_type
        idempotency_header = call.idempotency_header or self._config.idempotency_header
        if idempotency_key and idempotency_header:
            headers[idempotency_header] = idempotency_key
        headers.update(options.extra_headers or {})
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        json_body = None if isinstance(call.json, NotGiven) else to_jsonable(call.json)
        data = form_fields(call.data) if call.data is not None else None
        files = file_parts(call.files or {}) if multipart else None
        if multipart and data is not None:
            # fields as parts without a file name: the body stays multipart even with no file given
            files = [
                (k, (None, v))
                for k, values in data.items()
                for v in (values if isinstance(values, list) else [values])
            ] + (files or [])
            data = None
        url = httpx.URL(self._url(call))
        query = self._query(call)
        return client.build_request(
            call.method,
            url.copy_with(query=query.encode("ascii")) if query else url,
            headers=headers,
            json=json_body,
            data=data,
            files=files,
            content=call.content,
            timeout=timeout,
        )

    # -- deciding ------------------------------------------------------------------------

    def _may_retry(self, call: Call) -> bool:
        return call.method.upper() in IDEMPOTENT_METHODS or call.options.retry_non_idempotent

    def _max_retries(self, call: Call) -> int:
        return (
            self.max_retries
            if isinstance(call.options.max_retries, NotGiven)
            else call.options.max_retries
        )

    def _retry_delay(self, attempt: int, response: Optional[httpx.Response]) -> float:
        """Seconds before retry `attempt` (0-based): what the API asked for, else backoff with jitter."""
        if response is not None:
            config = self._config.rate_limit
            wait = parse_retry_after(
                response.headers.get(config.retry_after_header), config.retry_after_unit
            )
            if wait is None and response.status_code == 429 and config.reset_header:
                wait = parse_retry_after(response.headers.get(config.reset_header), "seconds")
            if wait is not None:
                return wait
        backoff = min(INITIAL_BACKOFF * (2.0**attempt), MAX_BACKOFF)
        return backoff * (1.0 - 0.25 * random.random())  # up to 25% less, so clients spread out

    def _record(self, response: httpx.Response) -> None:
        config = self._config.rate_limit
        headers = response.headers
        retry_after = parse_retry_after(
            headers.get(config.retry_after_header), config.retry_after_unit
        )
        info = RateLimitInfo(
            limit=_int_header(headers, config.limit_header),
            remaining=_int_header(headers, config.remaining_header),
            reset=(
                parse_retry_after(headers.get(config.reset_header), "seconds")
                if config.reset_header
                else None
            ),
            retry_after=retry_after,
            observed_at=time.monotonic(),
        )
        if any(v is not None for v in (info.limit, info.remaining, info.reset, info.retry_after)):
            self.rate_limit = info

    def _throttle_wait(self) -> float:
        """Seconds to wait so as to stay inside the documented budget (only with throttle=True)."""
        if not self._throttle:
            return 0.0
        now = time.monotonic()
        wait = 0.0
        info = self.rate_limit
        if info.remaining == 0 and info.reset is not None:
            wait = max(wait, info.observed_at + info.reset - now)
        budget = self._config.rate_limit
        if budget.requests and budget.period:
            with self._throttle_lock:
                while self._sent and self._sent[0] <= now - budget.period:
                    self._sent.popleft()
                if len(self._sent) >= budget.requests:
                    wait = max(wait, self._sent[0] + budget.period - now)
                self._sent.append(now + max(wait, 0.0))
        return max(wait, 0.0)

    def _status_error(self, response: httpx.Response) -> APIStatusError:
        try:
            body: Any = response.json()
        except ValueError:
            body = response.text
        errors = self._config.errors
        detail = dig(body, errors.message) if isinstance(body, dict) else None
        if isinstance(detail, list):
            detail = "; ".join(_describe(item) for item in detail)
        code = dig(body, errors.code) if errors.code and isinstance(body, dict) else None
        request_id = (
            response.headers.get(errors.request_id_header) if errors.request_id_header else None
        )
        message = f"{response.status_code} {response.reason_phrase or 'error'}"
        if detail:
            message += f": {str(detail)[:500]}"
        elif isinstance(body, str) and body.strip():
            message += f": {body.strip()[:200]}"
        cls = error_class(response.status_code)
        error = cls(
            message,
            response=response,
            body=body,
            error_code=None if code is None else str(code),
            request_id=request_id,
        )
        if isinstance(error, RateLimitError):
            config = self._config.rate_limit
            error.retry_after = parse_retry_after(
                response.headers.get(config.retry_after_header), config.retry_after_unit
            )
        return error

    def _parse(self, call: Call, response: httpx.Response) -> Any:
        if call.response_kind == "empty" or response.status_code == 204:
            return (
                None
                if call.response_kind in ("empty", "json")
                else (b"" if call.response_kind == "binary" else "")
            )
        if call.response_kind == "binary":
            return response.content
        if call.response_kind == "text":
            return response.text
        if not response.content.strip():
            if call.cast is None:
                return None
            raise APIResponseValidationError(
                f"the {response.status_code} answer is empty where the API declares a body",
                response=response,
            )
        return validated(call.cast, response_json(response), response)

    def _body_limit(self, response: httpx.Response) -> Tuple[Optional[int], bool]:
        """(bytes of `response` to read at most, whether going past them is an error)."""
        if response.is_success and not Redirects.is_redirect(response):
            return self._max_response_size, True
        bound = (
            MAX_ERROR_BODY
            if self._max_response_size is None
            else min(MAX_ERROR_BODY, self._max_response_size)
        )
        return bound, False

    def _keep(
        self, response: httpx.Response, chunks: List[bytes], limit: Optional[int], strict: bool
    ) -> None:
        """Keep what was read of a streamed body (at most `limit` bytes); past it, an error when `strict`."""
        body = b"".join(chunks)
        response._content = body if limit is None else body[:limit]
        if strict and limit is not None and len(body) > limit:
            raise ResponseTooLargeError(
                f"the {response.status_code} answer is larger than max_response_size={limit} bytes; not read further",
                response=response,
                limit=limit,
            )

    def _token_call(self) -> Call:
        # the token request is safe to repeat: it creates nothing the caller could get twice
        return Call(
            method="POST",
            path="",
            authenticated=False,
            options=RequestOptions(retry_non_idempotent=True),
        )

    def _token_request(
        self, client: Union[httpx.Client, httpx.AsyncClient], tokens: TokenCache
    ) -> httpx.Request:
        headers = {"Accept": "application/json", "User-Agent": self._config.user_agent}
        return client.build_request(
            "POST", tokens.token_url, data=tokens.form(), headers=headers, timeout=self.timeout
        )

    def _token_answer(self, response: httpx.Response) -> Tuple[str, float]:
        if 300 <= response.status_code < 400:
            raise RedirectError(
                f"the token endpoint answered {response.status_code}: its redirects are never followed",
                response=response,
                body=None,
            )
        return TokenCache.parse(response)

    def _log_request(self, request: httpx.Request) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "request %s %s headers=%s", request.method, request.url, redact(request.headers)
            )

    def _log_response(self, url: httpx.URL, response: httpx.Response) -> None:
        # `url` as built, before credentials: an API key in the query stays out of the log
        if log.isEnabledFor(logging.DEBUG):
            log.debug("response %s %s -> %s", response.request.method, url, response.status_code)


def _describe(item: Any) -> str:
    if isinstance(item, dict) and "msg" in item:
        where = ".".join(str(p) for p in item.get("loc", []) if p != "body")
        return f"{where}: {item['msg']}" if where else str(item["msg"])
    return str(item)


class SyncAPIClient(_BaseClient):
    """The blocking client core."""

    def __init__(
        self,
        *,
        http_client: Optional[httpx.Client] = None,
        transport: Optional[httpx.BaseTransport] = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self._owns_client = http_client is None
        # redirects are followed here, not by httpx: see ``_send_redirected``
        self._client = http_client or httpx.Client(
            transport=transport, timeout=self.timeout, follow_redirects=False
        )
        self._sleep: Callable[[float], None] = time.sleep

    def close(self) -> None:
        """Close the underlying HTTP connections (only when this client created them)."""
        if self._owns_client:
            self._client.close()

    def __enter__(self: _T) -> _T:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def request(self, call: Call) -> Any:
        """Send `call` with retries and return its parsed body (or an APIResponse in a raw view)."""
        response = self.send(call)
        parsed = self._parse(call, response)
        return APIResponse(response, parsed) if RAW_RESPONSE.get() else parsed

    def send(self, call: Call) -> httpx.Response:
        """Send `call` with retries; return the successful response (body read) or raise its error."""
        attempts = Attempts(self, call)
        credentials = self._auth.for_call(call.authenticated, call.security)
        renewed = False
        while True:
            request = self._request(self._client, call, attempts.idempotency_key)
            wait = self._throttle_wait()
            if wait:
                self._sleep(wait)
            tokens = credentials.tokens
            token = self._token(tokens)
            self._log_request(request)
            url = request.url  # immutable: applying a query key makes a new URL
            try:
                response = self._send_redirected(request, credentials, token)
            except httpx.TransportError as exc:
                self._sleep(attempts.after_transport_error(exc, request))
                continue
            self._log_response(url, response)
            self._record(response)
            if response.is_success:
                return response
            if (
                response.status_code == 401
                and tokens is not None
                and token is not None
                and not renewed
            ):
                tokens.invalidate(token)  # a no-op when another call renewed it already
                renewed = True
                continue
            self._sleep(attempts.after_error_response(response))

    def _token(self, tokens: Optional[TokenCache]) -> Optional[str]:
        if tokens is None:
            return None
        cache = tokens
        return cache.token(lambda: self._fetch_token(cache))

    def _send_redirected(
        self, request: httpx.Request, credentials: CallCredentials, token: Optional[str]
    ) -> httpx.Response:
        """Send `request` with its credentials, following redirects (credentials stay with their origin)."""
        redirects = Redirects(request, credentials, token, self._allow_insecure_http)
        credentials.apply(request, token)
        while True:
            response = self._client.send(request, stream=True, follow_redirects=False)
            self._read(response)
            if not Redirects.is_redirect(response):
                return response
            request = redirects.follow(request, response)

    def _read(self, response: httpx.Response) -> None:
        """Read a streamed body up to its bound, then release the connection."""
        limit, strict = self._body_limit(response)
        chunks: List[bytes] = []
        size = 0
        try:
            for chunk in response.iter_bytes():
                chunks.append(chunk)
                size += len(chunk)
                if limit is not None and size > limit:
                    break
        finally:
            response.close()
        self._keep(response, chunks, limit, strict)

    def _fetch_token(self, tokens: TokenCache) -> Tuple[str, float]:
        """One token request, with the client's timeout and retries; redirects are not followed."""
        attempts = Attempts(self, self._token_call())
        while True:
            request = self._token_request(self._client, tokens)
            try:
                response = self._client.send(request, stream=True, follow_redirects=False)
                self._read(response)
            except httpx.TransportError as exc:
                self._sleep(attempts.after_transport_error(exc, request))
                continue
            if response.status_code in RETRY_STATUSES:
                self._sleep(attempts.after_error_response(response))
                continue
            return self._token_answer(response)


class AsyncAPIClient(_BaseClient):
    """The asyncio client core; behaves exactly as `SyncAPIClient`."""

    def __init__(
        self,
        *,
        http_client: Optional[httpx.AsyncClient] = None,
        transport: Optional[httpx.AsyncBaseTransport] = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self._owns_client = http_client is None
        # redirects are followed here, not by httpx: see ``_send_redirected``
        self._client = http_client or httpx.AsyncClient(
            transport=transport, timeout=self.timeout, follow_redirects=False
        )
        self._sleep: Callable[[float], Any] = asyncio.sleep

    async def close(self) -> None:
        """Close the underlying HTTP connections (only when this client created them)."""
        if self._owns_client:
            await self._client.aclose()

    async def __aenter__(self: _T) -> _T:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def request(self, call: Call) -> Any:
        """Send `call` with retries and return its parsed body (or an APIResponse in a raw view)."""
        response = await self.send(call)
        parsed = self._parse(call, response)
        return APIResponse(response, parsed) if RAW_RESPONSE.get() else parsed

    async def send(self, call: Call) -> httpx.Response:
        """Send `call` with retries; return the successful response (body read) or raise its error."""
        attempts = Attempts(self, call)
        credentials = self._auth.for_call(call.authenticated, call.security)
        renewed = False
        while True:
            request = self._request(self._client, call, attempts.idempotency_key)
            wait = self._throttle_wait()
            if wait:
                await self._sleep(wait)
            tokens = credentials.tokens
            token = await self._token(tokens)
            self._log_request(request)
            url = request.url  # immutable: applying a query key makes a new URL
            try:
                response = await self._send_redirected(request, credentials, token)
            except httpx.TransportError as exc:
                await self._sleep(attempts.after_transport_error(exc, request))
                continue
            self._log_response(url, response)
            self._record(response)
            if response.is_success:
                return response
            if (
                response.status_code == 401
                and tokens is not None
                and token is not None
                and not renewed
            ):
                tokens.invalidate(token)  # a no-op when another call renewed it already
                renewed = True
                continue
            await self._sleep(attempts.after_error_response(response))

    async def _token(self, tokens: Optional[TokenCache]) -> Optional[str]:
        if tokens is None:
            return None
        cache = tokens
        return await cache.atoken(lambda: self._fetch_token(cache))

    async def _send_redirected(
        self, request: httpx.Request, credentials: CallCredentials, token: Optional[str]
    ) -> httpx.Response:
        """Send `request` with its credentials, following redirects (credentials stay with their origin)."""
        redirects = Redirects(request, credentials, token, self._allow_insecure_http)
        credentials.apply(request, token)
        while True:
            response = await self._client.send(request, stream=True, follow_redirects=False)
            await self._read(response)
            if not Redirects.is_redirect(response):
                return response
            request = redirects.follow(request, response)

    async def _read(self, response: httpx.Response) -> None:
        """Read a streamed body up to its bound, then release the connection."""
        limit, strict = self._body_limit(response)
        chunks: List[bytes] = []
        size = 0
        try:
            async for chunk in response.aiter_bytes():
                chunks.append(chunk)
                size += len(chunk)
                if limit is not None and size > limit:
                    break
        finally:
            await response.aclose()
        self._keep(response, chunks, limit, strict)

    async def _fetch_token(self, tokens: TokenCache) -> Tuple[str, float]:
        """One token request, with the client's timeout and retries; redirects are not followed."""
        attempts = Attempts(self, self._token_call())
        while True:
            request = self._token_request(self._client, tokens)
            try:
                response = await self._client.send(request, stream=True, follow_redirects=False)
                await self._read(response)
            except httpx.TransportError as exc:
                await self._sleep(attempts.after_transport_error(exc, request))
                continue
            if response.status_code in RETRY_STATUSES:
                await self._sleep(attempts.after_error_response(response))
                continue
            return self._token_answer(response)
