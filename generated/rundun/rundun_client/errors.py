"""Exceptions raised by the Rundun client: one base class, one class per HTTP status."""

from __future__ import annotations

from typing import Any, Dict, Optional, Type

import httpx

__all__ = [
    "RundunError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "GoneError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "UnexpectedStatusError",
    "CredentialsError",
    "InsecureURLError",
    "PaginationError",
    "APIResponseValidationError",
    "ResponseTooLargeError",
    "RedirectError",
    "TooManyRedirectsError",
]


class RundunError(Exception):
    """Base class of every error this package raises."""


class CredentialsError(RundunError, ValueError):
    """Credentials are missing or malformed; raised before any request is sent."""


class InsecureURLError(RundunError, ValueError):
    """A plain ``http://`` URL for a host that is not this machine, without ``allow_insecure_http=True``."""


class PaginationError(RundunError):
    """The API's paging went wrong (e.g. the same cursor twice) or a page size is out of range."""


class APIError(RundunError):
    """A request failed."""

    def __init__(self, message: str, *, request: Optional[httpx.Request] = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The request never got a response: DNS, TCP, TLS or a dropped connection."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIResponseValidationError(APIError):
    """A successful answer the client cannot use: not JSON, empty, or not of the declared type.

    Attributes:
        status_code: the HTTP status.
        headers: the response headers.
        body: the start of the body as text (at most ``BODY_EXCERPT`` characters).
    """

    BODY_EXCERPT = 2000

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = response.text[: self.BODY_EXCERPT]


class ResponseTooLargeError(APIError):
    """The answer's body exceeded the client's ``max_response_size``; reading stopped there."""

    def __init__(self, message: str, *, response: httpx.Response, limit: int) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.limit = limit


class APIStatusError(APIError):
    """The API answered with an error status.

    Attributes:
        status_code: the HTTP status.
        body: the parsed JSON error body (or the text when it is not JSON).
        error_code: the provider's machine-readable code, when the body has one.
        request_id: the request id header, when the provider sends one.
        headers: the response headers (rate-limit headers included).
    """

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        error_code: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.error_code = error_code
        self.request_id = request_id
        self.headers = response.headers


class BadRequestError(APIStatusError):
    """400: the request was malformed or is missing a required field."""


class AuthenticationError(APIStatusError):
    """401: the credentials are missing, wrong, expired or inactive."""


class PaymentRequiredError(APIStatusError):
    """402: a quota or plan limit was reached."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials are valid but lack the scope or role."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist (or is not visible to these credentials)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class GoneError(APIStatusError):
    """410: the resource existed but is gone (e.g. expired)."""


class UnprocessableEntityError(APIStatusError):
    """422: the body was well formed but failed validation."""


class RateLimitError(APIStatusError):
    """429: too many requests; ``retry_after`` is the wait the API asked for, in seconds."""

    retry_after: Optional[float] = None


class InternalServerError(APIStatusError):
    """5xx: the API failed on its side."""


class UnexpectedStatusError(APIStatusError):
    """Any other status the client did not expect."""


class RedirectError(APIStatusError):
    """A redirect the client does not follow: a 301/302/303 answering a method other than GET or
    HEAD (following it would silently turn the request into a GET), a redirect away from
    ``https``, or one from the OAuth2 token endpoint."""


class TooManyRedirectsError(RedirectError):
    """Redirects went on past the client's limit, or back to a URL already visited (a loop)."""


STATUS_ERRORS: Dict[int, Type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    410: GoneError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class(status: int) -> Type[APIStatusError]:
    """The exception class for an HTTP status."""
    if status >= 500:
        return InternalServerError
    return STATUS_ERRORS.get(status, UnexpectedStatusError)
