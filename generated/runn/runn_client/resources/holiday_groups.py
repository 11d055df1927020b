"""Operations on holiday_groups.

``client.holiday_groups`` of the Runn API, sync and async.
"""

from __future__ import annotations

import warnings
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Mapping, Optional, Union, cast

from .._base_client import AsyncAPIClient, Call, SyncAPIClient
from .._config import PAGING
from .._pagination import AsyncPager, SyncPager
from .._resource import AsyncResource, SyncResource
from .._types import NOT_GIVEN, FileTypes, NotGiven, RequestOptions, Timeout
from ..models import *  # noqa: F403 - every model name is part of the signatures below

__all__ = ["HolidayGroupsResource", "AsyncHolidayGroupsResource"]


class HolidayGroupsHolidaysResource(SyncResource):
    """Operations on holiday_groups.holidays."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        holiday_group_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Holiday]:
        """Show holidays for a holiday group

        List the holidays of a holiday group, paginated (default 50 per page, maximum 200). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /holiday-groups/{holidayGroupId}/holidays``

        Args:
            holiday_group_id: The holiday group's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/holiday-groups/{holidayGroupId}/holidays",
                path_params={"holidayGroupId": holiday_group_id},
                query={"cursor": cursor, "limit": limit},
                cast=HolidayList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Holiday,
            200,
        )


class HolidayGroupsResource(SyncResource):
    """Operations on holiday_groups."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.holidays = HolidayGroupsHolidaysResource(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["createdAt", "updatedAt", "id"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[HolidayGroup]:
        """List holiday groups

        List the account's holiday groups (sets of public holidays people can follow), paginated (default 50 per page, maximum 200). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /holiday-groups/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            sort_by: Field to sort by: createdAt or updatedAt or id Default "id".
            order: Sort order: asc or desc Default "asc".
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/holiday-groups/",
                query={"cursor": cursor, "limit": limit, "sortBy": sort_by, "order": order},
                cast=HolidayGroupList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            HolidayGroup,
            200,
        )

    def get(
        self,
        holiday_group_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> HolidayGroup:
        """Show a holiday group

        Get one holiday group.

        ``GET /holiday-groups/{holidayGroupId}``

        Args:
            holiday_group_id: The holiday group's id.
        """
        return cast(
            HolidayGroup,
            self._client.request(
                Call(
                    method="GET",
                    path="/holiday-groups/{holidayGroupId}",
                    path_params={"holidayGroupId": holiday_group_id},
                    cast=HolidayGroup,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


class AsyncHolidayGroupsHolidaysResource(AsyncResource):
    """Operations on holiday_groups.holidays."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        holiday_group_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Holiday]:
        """Show holidays for a holiday group

        List the holidays of a holiday group, paginated (default 50 per page, maximum 200). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /holiday-groups/{holidayGroupId}/holidays``

        Args:
            holiday_group_id: The holiday group's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/holiday-groups/{holidayGroupId}/holidays",
                path_params={"holidayGroupId": holiday_group_id},
                query={"cursor": cursor, "limit": limit},
                cast=HolidayList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Holiday,
            200,
        )


class AsyncHolidayGroupsResource(AsyncResource):
    """Operations on holiday_groups."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.holidays = AsyncHolidayGroupsHolidaysResource(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["createdAt", "updatedAt", "id"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[HolidayGroup]:
        """List holiday groups

        List the account's holiday groups (sets of public holidays people can follow), paginated (default 50 per page, maximum 200). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /holiday-groups/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            sort_by: Field to sort by: createdAt or updatedAt or id Default "id".
            order: Sort order: asc or desc Default "asc".
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/holiday-groups/",
                query={"cursor": cursor, "limit": limit, "sortBy": sort_by, "order": order},
                cast=HolidayGroupList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            HolidayGroup,
            200,
        )

    async def get(
        self,
        holiday_group_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> HolidayGroup:
        """Show a holiday group

        Get one holiday group.

        ``GET /holiday-groups/{holidayGroupId}``

        Args:
            holiday_group_id: The holiday group's id.
        """
        return cast(
            HolidayGroup,
            await self._client.request(
                Call(
                    method="GET",
                    path="/holiday-groups/{holidayGroupId}",
                    path_params={"holidayGroupId": holiday_group_id},
                    cast=HolidayGroup,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )
