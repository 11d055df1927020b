"""Base classes of the resources, and their raw-response view (status, headers and parsed body)."""

from __future__ import annotations

import contextvars
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Generic, TypeVar

import httpx

from ._pagination import AsyncPager, SyncPager

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["APIResponse", "SyncResource", "AsyncResource"]

_T = TypeVar("_T")

#: Set while a raw-response call runs: the client then returns an APIResponse.
RAW_RESPONSE: contextvars.ContextVar[bool] = contextvars.ContextVar("raw_response", default=False)


class APIResponse(Generic[_T]):
    """An HTTP response with its parsed body: ``status_code``, ``headers``, ``parse()``."""

    def __init__(self, http_response: httpx.Response, parsed: _T) -> None:
        self.http_response = http_response
        self._parsed = parsed

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def parse(self) -> _T:
        """The body as the method would have returned it (for a list method: the first page)."""
        return self._parsed

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}]>"


class _RawView:
    def __init__(self, resource: Any) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Callable[..., APIResponse[Any]]:
        method = getattr(self._resource, name)

        def call(*args: Any, **kwargs: Any) -> APIResponse[Any]:
            token = RAW_RESPONSE.set(True)
            try:
                result = method(*args, **kwargs)
                if isinstance(result, SyncPager):
                    page = result.first_page()
                    return APIResponse(page.response, page)
                assert isinstance(result, APIResponse)
                return result
            finally:
                RAW_RESPONSE.reset(token)

        return call


class _AsyncRawView:
    def __init__(self, resource: Any) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Callable[..., Awaitable[APIResponse[Any]]]:
        method = getattr(self._resource, name)

        async def call(*args: Any, **kwargs: Any) -> APIResponse[Any]:
            token = RAW_RESPONSE.set(True)
            try:
                result = method(*args, **kwargs)
                if isinstance(result, AsyncPager):
                    page = await result.first_page()
                    return APIResponse(page.response, page)
                response = await result
                assert isinstance(response, APIResponse)
                return response
            finally:
                RAW_RESPONSE.reset(token)

        return call


class SyncResource:
    """Base of the blocking resources."""

    def __init__(self, client: "SyncAPIClient") -> None:
        self._client = client

    @property
    def with_raw_response(self) -> Any:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return _RawView(self)


class AsyncResource:
    """Base of the asyncio resources."""

    def __init__(self, client: "AsyncAPIClient") -> None:
        self._client = client

    @property
    def with_raw_response(self) -> Any:
        """The same methods, returning an ``APIResponse`` (status, headers, ``parse()``)."""
        return _AsyncRawView(self)
