"""Operations on activity_log.

``client.activity_log`` of the Runn API, sync and async.
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

__all__ = ["ActivityLogResource", "AsyncActivityLogResource"]


class ActivityLogResource(SyncResource):
    """Operations on activity_log."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        event_type: Optional[
            List[
                Literal[
                    "project_deleted",
                    "person_deleted",
                    "contract_deleted",
                    "actual_deleted",
                    "time_off_deleted",
                    "assignment_deleted",
                ]
            ]
        ] = None,
        occurred_after: Optional[datetime] = None,
        order_by: Optional[Literal["asc", "desc"]] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Union[Event, UnknownEvent]]:
        """List events

        Get a list of events that have occurred (deletions of projects, people, contracts, actuals, time offs and assignments), newest first by default. Test accounts are not supported. More events will be added in the future. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /activity-log/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            event_type: Filter by event type, e.g. project_deleted. If not provided, all event types are returned.
            occurred_after: Only return events that occurred after this time. ISO 8601 format.
            order_by: Order the events by when they occurred. Default "desc".
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/activity-log/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "eventType": event_type,
                    "occurredAfter": occurred_after,
                    "orderBy": order_by,
                },
                cast=EventList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Union[Event, UnknownEvent],
            200,
        )


class AsyncActivityLogResource(AsyncResource):
    """Operations on activity_log."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        event_type: Optional[
            List[
                Literal[
                    "project_deleted",
                    "person_deleted",
                    "contract_deleted",
                    "actual_deleted",
                    "time_off_deleted",
                    "assignment_deleted",
                ]
            ]
        ] = None,
        occurred_after: Optional[datetime] = None,
        order_by: Optional[Literal["asc", "desc"]] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Union[Event, UnknownEvent]]:
        """List events

        Get a list of events that have occurred (deletions of projects, people, contracts, actuals, time offs and assignments), newest first by default. Test accounts are not supported. More events will be added in the future. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /activity-log/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            event_type: Filter by event type, e.g. project_deleted. If not provided, all event types are returned.
            occurred_after: Only return events that occurred after this time. ISO 8601 format.
            order_by: Order the events by when they occurred. Default "desc".
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/activity-log/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "eventType": event_type,
                    "occurredAfter": occurred_after,
                    "orderBy": order_by,
                },
                cast=EventList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Union[Event, UnknownEvent],
            200,
        )
