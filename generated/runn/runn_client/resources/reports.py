"""Operations on reports.

``client.reports`` of the Runn API, sync and async.
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

__all__ = ["ReportsResource", "AsyncReportsResource"]


class ReportsResource(SyncResource):
    """Operations on reports."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def person_hours(
        self,
        person_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        start_date: Optional[date] = None,
        end_date: Optional[date] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[HoursReportEntry]:
        """Get by-day entries for a person with assignments and actuals

        One entry per day, project and role of a person: actual minutes where they exist, else assigned minutes (multi-day assignments are split over their days). Paginated (default 50 per page, maximum 200). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /reports/hours/people/{personId}``

        Args:
            person_id: The person's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            start_date: Only include entries that start on or after this date. Format: YYYY-MM-DD
            end_date: Only include entries that end on or before this date. Format: YYYY-MM-DD
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/reports/hours/people/{personId}",
                path_params={"personId": person_id},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "startDate": start_date,
                    "endDate": end_date,
                },
                cast=HoursReportList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            HoursReportEntry,
            200,
        )

    def project_hours(
        self,
        project_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        start_date: Optional[date] = None,
        end_date: Optional[date] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[HoursReportEntry]:
        """Get by-day entries for a project with assignments and actuals

        One entry per day, person and role of a project: actual minutes where they exist, else assigned minutes (multi-day assignments are split over their days). Paginated (default 50 per page, maximum 200). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /reports/hours/projects/{projectId}``

        Args:
            project_id: The project's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            start_date: Only include entries that start on or after this date. Format: YYYY-MM-DD
            end_date: Only include entries that end on or before this date. Format: YYYY-MM-DD
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/reports/hours/projects/{projectId}",
                path_params={"projectId": project_id},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "startDate": start_date,
                    "endDate": end_date,
                },
                cast=HoursReportList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            HoursReportEntry,
            200,
        )

    def project_totals(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        include_archived: Optional[bool] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[ProjectAggregate]:
        """List totals for projects with assignments and actuals

        The billable and non-billable minutes of each project, from its actuals where they exist, else its assignments. Paginated, 10 projects per page at most (default 10). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /reports/totals/projects/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 10, maximum 10). Default 10. At most 10.
            include_archived: Include archived projects (default false). Default False.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/reports/totals/projects/",
                query={"cursor": cursor, "limit": limit, "includeArchived": include_archived},
                cast=ProjectAggregateList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            ProjectAggregate,
            10,
        )

    def project_total(
        self,
        project_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectAggregate:
        """Show totals for a project with assignments and actuals

        The billable and non-billable minutes of one project, from its actuals where they exist, else its assignments.

        ``GET /reports/totals/projects/{projectId}``

        Args:
            project_id: The unique identifier for the project.
        """
        return cast(
            ProjectAggregate,
            self._client.request(
                Call(
                    method="GET",
                    path="/reports/totals/projects/{projectId}",
                    path_params={"projectId": project_id},
                    cast=ProjectAggregate,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


class AsyncReportsResource(AsyncResource):
    """Operations on reports."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def person_hours(
        self,
        person_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        start_date: Optional[date] = None,
        end_date: Optional[date] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[HoursReportEntry]:
        """Get by-day entries for a person with assignments and actuals

        One entry per day, project and role of a person: actual minutes where they exist, else assigned minutes (multi-day assignments are split over their days). Paginated (default 50 per page, maximum 200). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /reports/hours/people/{personId}``

        Args:
            person_id: The person's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            start_date: Only include entries that start on or after this date. Format: YYYY-MM-DD
            end_date: Only include entries that end on or before this date. Format: YYYY-MM-DD
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/reports/hours/people/{personId}",
                path_params={"personId": person_id},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "startDate": start_date,
                    "endDate": end_date,
                },
                cast=HoursReportList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            HoursReportEntry,
            200,
        )

    def project_hours(
        self,
        project_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        start_date: Optional[date] = None,
        end_date: Optional[date] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[HoursReportEntry]:
        """Get by-day entries for a project with assignments and actuals

        One entry per day, person and role of a project: actual minutes where they exist, else assigned minutes (multi-day assignments are split over their days). Paginated (default 50 per page, maximum 200). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /reports/hours/projects/{projectId}``

        Args:
            project_id: The project's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            start_date: Only include entries that start on or after this date. Format: YYYY-MM-DD
            end_date: Only include entries that end on or before this date. Format: YYYY-MM-DD
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/reports/hours/projects/{projectId}",
                path_params={"projectId": project_id},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "startDate": start_date,
                    "endDate": end_date,
                },
                cast=HoursReportList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            HoursReportEntry,
            200,
        )

    def project_totals(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        include_archived: Optional[bool] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[ProjectAggregate]:
        """List totals for projects with assignments and actuals

        The billable and non-billable minutes of each project, from its actuals where they exist, else its assignments. Paginated, 10 projects per page at most (default 10). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /reports/totals/projects/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 10, maximum 10). Default 10. At most 10.
            include_archived: Include archived projects (default false). Default False.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/reports/totals/projects/",
                query={"cursor": cursor, "limit": limit, "includeArchived": include_archived},
                cast=ProjectAggregateList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            ProjectAggregate,
            10,
        )

    async def project_total(
        self,
        project_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectAggregate:
        """Show totals for a project with assignments and actuals

        The billable and non-billable minutes of one project, from its actuals where they exist, else its assignments.

        ``GET /reports/totals/projects/{projectId}``

        Args:
            project_id: The unique identifier for the project.
        """
        return cast(
            ProjectAggregate,
            await self._client.request(
                Call(
                    method="GET",
                    path="/reports/totals/projects/{projectId}",
                    path_params={"projectId": project_id},
                    cast=ProjectAggregate,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )
