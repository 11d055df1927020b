"""When to retry a call and how long to wait: backoff with jitter, ``Retry-After``, time bounds."""

from __future__ import annotations

import email.utils
import time
from typing import TYPE_CHECKING, Optional

import httpx

from .errors import APIConnectionError, APITimeoutError

if TYPE_CHECKING:
    from ._base_client import Call, _BaseClient

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_TIME",
    "IDEMPOTENT_METHODS",
    "INITIAL_BACKOFF",
    "MAX_BACKOFF",
    "RETRY_STATUSES",
    "Attempts",
    "new_idempotency_key",
    "parse_retry_after",
]

DEFAULT_MAX_RETRIES = 2
#: Retries stop once this many seconds have passed since the first attempt.
DEFAULT_MAX_RETRY_TIME = 120.0
INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


def parse_retry_after(
    value: Optional[str], unit: str, now: Optional[float] = None
) -> Optional[float]:
    """Seconds to wait from a Retry-After value: a number in `unit`, or an HTTP date."""
    if value is None or not value.strip():
        return None
    try:
        number = float(value.strip())
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        return max(0.0, when.timestamp() - (time.time() if now is None else now))
    if number < 0 or number != number:  # negative or NaN
        return None
    return number / 1000.0 if unit == "milliseconds" else number


def new_idempotency_key(call: Call) -> Optional[str]:
    """The key that makes a retried non-idempotent call safe: the caller's, else a new one."""
    if call.options.idempotency_key:
        return call.options.idempotency_key
    if call.method.upper() not in IDEMPOTENT_METHODS:
        import uuid

        return str(uuid.uuid4())
    return None


class Attempts:
    """The retry decisions for one call, shared by the sync and async send loops (no I/O here).

    Each ``after_*`` method either returns how long to wait before the next attempt or raises
    the error the caller gets: retries are bounded by ``max_retries`` and by
    ``max_retry_time``, counting the time already slept.
    """

    def __init__(self, client: _BaseClient, call: Call) -> None:
        self.client = client
        self.call = call
        self.idempotency_key = new_idempotency_key(call)
        self.started = time.monotonic()
        self.retries = client._max_retries(call)
        self.attempt = 0
        self.slept = 0.0

    def after_transport_error(self, exc: httpx.TransportError, request: httpx.Request) -> float:
        """The wait before retrying a connection error or timeout, or raise its API error."""
        if self.attempt < self.retries and self.client._may_retry(self.call):
            delay = self.client._retry_delay(self.attempt, None)
            if self._in_time(delay):
                return self._next(delay)
        if isinstance(exc, httpx.TimeoutException):
            raise APITimeoutError("request timed out", request=request) from exc
        raise APIConnectionError(
            f"connection error: {type(exc).__name__}", request=request
        ) from exc

    def after_error_response(self, response: httpx.Response) -> float:
        """The wait before retrying an error response (429 always, 5xx when safe), or raise its error."""
        status = response.status_code
        if (
            status in RETRY_STATUSES
            and self.attempt < self.retries
            and (status == 429 or self.client._may_retry(self.call))
        ):
            delay = self.client._retry_delay(self.attempt, response)
            if self._in_time(delay):
                return self._next(delay)
        raise self.client._status_error(response)

    def _in_time(self, delay: float) -> bool:
        elapsed = max(time.monotonic() - self.started, self.slept)
        return elapsed + delay <= self.client.max_retry_time

    def _next(self, delay: float) -> float:
        self.slept += delay
        self.attempt += 1
        return delay
