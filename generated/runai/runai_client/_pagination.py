"""Auto-paging iterators: every paging style the spec can declare, sync and async."""

from __future__ import annotations

import dataclasses
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Dict,
    Generic,
    Iterator,
    List,
    Optional,
    TypeVar,
)

import httpx

from ._types import NotGiven, PagingStyle, dig
from .errors import PaginationError

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, Call, SyncAPIClient

__all__ = ["Page", "SyncPager", "AsyncPager"]

_T = TypeVar("_T")


@dataclasses.dataclass
class Page(Generic[_T]):
    """One page: its items, the raw body (for metadata such as totals) and the HTTP response."""

    items: List[_T]
    body: Any
    response: httpx.Response
    next_query: Optional[Dict[str, Any]]

    @property
    def has_next(self) -> bool:
        """Whether the API says there are more pages."""
        return self.next_query is not None


def check_page_size(style: PagingStyle, query: Dict[str, Any], maximum: Optional[int]) -> None:
    """Refuse a page size above the documented maximum before any request is sent."""
    if style.size_param is None or maximum is None:
        return
    size = query.get(style.size_param)
    if isinstance(size, int) and not isinstance(size, bool) and size > maximum:
        raise PaginationError(
            f"{style.size_param}={size} is above the documented maximum of {maximum}"
        )


def next_query(
    style: PagingStyle,
    body: Any,
    sent: Dict[str, Any],
    count: int,
    first_count: Optional[int] = None,
) -> Optional[Dict[str, Any]]:
    """The query parameters of the next page, or None when this was the last page.

    `first_count` is the first page's length: the page size when the caller sent none.
    """
    if style.style == "cursor":
        assert style.cursor_param is not None
        cursor = dig(body, style.next_cursor)
        if cursor is None or cursor == "":
            return None
        if cursor == sent.get(style.cursor_param):
            raise PaginationError(
                f"the API returned the same cursor twice ({style.cursor_param}); stopping"
            )
        return {style.cursor_param: cursor}
    if style.style == "page-number":
        assert style.page_param is not None
        current = _int(sent.get(style.page_param)) or 1
        if style.next_page:
            following = dig(body, style.next_page)
            if following is None or following == "":
                return None
            if _int(following) is not None and _int(following) <= current:  # type: ignore[operator]
                raise PaginationError(
                    f"the API sent page {following} after page {current}; stopping"
                )
            return {style.page_param: following}
        if style.current_page and style.total_pages:
            page = _int(dig(body, style.current_page)) or current
            total = _int(dig(body, style.total_pages))
            if total is None or page >= total:
                return None
            return {style.page_param: page + 1}
        return None if count == 0 else {style.page_param: current + 1}
    if style.style == "offset":
        assert style.offset_param is not None
        offset = _int(sent.get(style.offset_param)) or 0
        if style.next_offset:
            following = dig(body, style.next_offset)
            if following is None:
                return None
            if _int(following) is not None and _int(following) <= offset:  # type: ignore[operator]
                raise PaginationError(
                    f"the API sent offset {following} after offset {offset}; stopping"
                )
            return {style.offset_param: following}
        if count == 0:
            return None
        if style.total:
            total = _int(dig(body, style.total))
            if total is not None and offset + count >= total:
                return None
            return {style.offset_param: offset + count}
        size = _int(sent.get(style.size_param)) if style.size_param else None
        size = first_count if size is None else size
        if size is not None and count < size:
            return None
        return {style.offset_param: offset + count}
    raise PaginationError(f"unknown paging style {style.style!r}")


def _int(value: Any) -> Optional[int]:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


class _Pager(Generic[_T]):
    def __init__(
        self, call: "Call", style: PagingStyle, item_cast: Any, max_size: Optional[int]
    ) -> None:
        call.query = {
            k: v for k, v in call.query.items() if not isinstance(v, NotGiven) and v is not None
        }
        check_page_size(style, call.query, max_size)
        self._call = call
        self._style = style
        self._item_cast = item_cast

    _first_count: Optional[int] = None
    _last_body: Optional[bytes] = None

    def _page(self, response: httpx.Response, call: "Call") -> Page[_T]:
        from ._json import response_json, validated

        body = response_json(response) if response.content.strip() else None
        raw_items = dig(body, self._style.items) if self._style.items else body
        if raw_items is None:
            raw_items = []
        if not isinstance(raw_items, list):
            raise PaginationError("the page's items are not a list")
        if raw_items and response.content == self._last_body:
            raise PaginationError("the API returned the same page twice; stopping")
        self._last_body = response.content
        if self._first_count is None:
            self._first_count = len(raw_items)
        items = [validated(self._item_cast, item, response) for item in raw_items]
        sent = {**call.query, **(call.options.extra_query or {})}
        return Page(
            items,
            body,
            response,
            next_query(self._style, body, sent, len(raw_items), self._first_count),
        )

    def _next_call(self, call: "Call", page: Page[_T]) -> "Call":
        assert page.next_query is not None
        # the same headers, timeout and retry options as the first call, only the paging query changes
        return dataclasses.replace(call, query={**call.query, **page.next_query})


class SyncPager(_Pager[_T]):
    """Iterates over every item of every page, fetching pages as needed.

    ``for item in pager`` walks items; ``pager.pages()`` walks pages; ``pager.first_page()``
    fetches one page with its metadata.
    """

    def __init__(
        self,
        client: "SyncAPIClient",
        call: "Call",
        style: PagingStyle,
        item_cast: Any,
        max_size: Optional[int],
    ) -> None:
        super().__init__(call, style, item_cast, max_size)
        self._client = client

    def first_page(self) -> Page[_T]:
        """Fetch the first page only."""
        return self._page(self._client.send(self._call), self._call)

    def pages(self) -> Iterator[Page[_T]]:
        """Every page, in order."""
        call = self._call
        while True:
            page = self._page(self._client.send(call), call)
            yield page
            if not page.has_next:
                return
            call = self._next_call(call, page)

    def __iter__(self) -> Iterator[_T]:
        for page in self.pages():
            yield from page.items


class AsyncPager(_Pager[_T]):
    """The asyncio twin of `SyncPager`: ``async for item in pager``."""

    def __init__(
        self,
        client: "AsyncAPIClient",
        call: "Call",
        style: PagingStyle,
        item_cast: Any,
        max_size: Optional[int],
    ) -> None:
        super().__init__(call, style, item_cast, max_size)
        self._client = client

    async def first_page(self) -> Page[_T]:
        """Fetch the first page only."""
        return self._page(await self._client.send(self._call), self._call)

    async def pages(self) -> AsyncIterator[Page[_T]]:
        """Every page, in order."""
        call = self._call
        while True:
            page = self._page(await self._client.send(call), call)
            yield page
            if not page.has_next:
                return
            call = self._next_call(call, page)

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for page in self.pages():
            for item in page.items:
                yield item
