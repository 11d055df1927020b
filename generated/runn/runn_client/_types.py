"""Small shared types: the "not given" sentinel, request options and the client's static configuration."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO, Any, Dict, Mapping, Optional, Sequence, Tuple, TypeVar, Union

import httpx

__all__ = ["NOT_GIVEN", "NotGiven", "Timeout", "RequestOptions", "FileContent", "FileTypes"]

_T = TypeVar("_T")


class NotGiven:
    """The type of ``NOT_GIVEN``: an argument the caller did not pass (``None`` is a value)."""

    _instance: Optional["NotGiven"] = None

    def __new__(cls) -> "NotGiven":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

#: A timeout in seconds, an ``httpx.Timeout``, or ``None`` for no timeout at all.
Timeout = Union[float, httpx.Timeout, None]

#: The bytes of an uploaded file, or an open binary file.
FileContent = Union[bytes, IO[bytes]]
#: A file field of a multipart body: the content, or (file name, content), or (file name, content, media type).
FileTypes = Union[
    FileContent, Tuple[Optional[str], FileContent], Tuple[Optional[str], FileContent, Optional[str]]
]


def given(value: Union[_T, NotGiven]) -> bool:
    """Whether an argument was passed."""
    return not isinstance(value, NotGiven)


@dataclass
class RequestOptions:
    """Per-call settings that override the client's: ``extra_headers``, ``timeout``, retries."""

    extra_headers: Optional[Mapping[str, str]] = None
    extra_query: Optional[Mapping[str, Any]] = None
    timeout: Union[Timeout, NotGiven] = NOT_GIVEN
    max_retries: Union[int, NotGiven] = NOT_GIVEN
    retry_non_idempotent: bool = False
    idempotency_key: Optional[str] = None


@dataclass(frozen=True)
class Credential:
    """One credential a security scheme needs, and where it may come from."""

    key: str
    argument: str
    env: Optional[str]
    pattern: Optional[str]
    format: Optional[str]


@dataclass(frozen=True)
class SecurityScheme:
    """How to authenticate: ``bearer``, ``basic``, ``api_key`` or ``oauth2_client_credentials``."""

    name: str
    kind: str
    credentials: Tuple[Credential, ...]
    header: Optional[str] = None
    location: str = "header"
    token_url: Optional[str] = None
    scopes: Tuple[str, ...] = ()


@dataclass(frozen=True)
class RateLimitConfig:
    """The documented rate limit and the headers that report it."""

    requests: Optional[int] = None
    period: Optional[float] = None
    limit_header: Optional[str] = None
    remaining_header: Optional[str] = None
    reset_header: Optional[str] = None
    retry_after_header: str = "Retry-After"
    retry_after_unit: str = "seconds"


@dataclass(frozen=True)
class ErrorConfig:
    """Where the message, code and request id of an error response are."""

    message: Tuple[str, ...] = ("message",)
    code: Tuple[str, ...] = ()
    request_id_header: Optional[str] = None


@dataclass(frozen=True)
class PagingStyle:
    """How a list operation pages (see ``_pagination``)."""

    style: str
    items: Tuple[str, ...]
    cursor_param: Optional[str] = None
    page_param: Optional[str] = None
    offset_param: Optional[str] = None
    size_param: Optional[str] = None
    next_cursor: Tuple[str, ...] = ()
    next_page: Tuple[str, ...] = ()
    current_page: Tuple[str, ...] = ()
    total_pages: Tuple[str, ...] = ()
    total: Tuple[str, ...] = ()
    next_offset: Tuple[str, ...] = ()


@dataclass(frozen=True)
class ClientConfig:
    """Everything the spec says about the API as a whole."""

    title: str
    env_prefix: str
    base_url: str
    server_variables: Dict[str, str]
    user_agent: str
    security: Tuple[SecurityScheme, ...]
    #: the document's security requirements: alternatives, each the schemes it combines (all apply)
    requirements: Sequence[Sequence[str]] = ()
    constant_headers: Dict[str, str] = field(default_factory=dict)
    rate_limit: RateLimitConfig = RateLimitConfig()
    errors: ErrorConfig = ErrorConfig()
    idempotency_header: Optional[str] = None


def dig(data: Any, path: Tuple[str, ...]) -> Any:
    """Walk a dotted path into JSON data; None when any step is missing."""
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data
