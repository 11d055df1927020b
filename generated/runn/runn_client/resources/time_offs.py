"""Operations on time_offs.

``client.time_offs`` of the Runn API, sync and async.
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

__all__ = ["TimeOffsResource", "AsyncTimeOffsResource"]


class TimeOffsLeaveResource(SyncResource):
    """Operations on time_offs.leave."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["id", "createdAt", "updatedAt"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        person_id: Optional[int] = None,
        start_date: Optional[date] = None,
        end_date: Optional[date] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[TimeOff]:
        """List leave time offs

        Get leave time offs, paginated (default 50, maximum 200 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /time-offs/leave/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            sort_by: Field to sort by: id, createdAt or updatedAt Default "id".
            order: Sort order: asc or desc Default "asc".
            person_id: Only time offs of this person.
            start_date: Format: YYYY-MM-DD
            end_date: Format: YYYY-MM-DD
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/time-offs/leave/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "personId": person_id,
                    "startDate": start_date,
                    "endDate": end_date,
                    "modifiedAfter": modified_after,
                },
                cast=TimeOffList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            TimeOff,
            200,
        )

    def create(
        self,
        *,
        person_id: int,
        start_date: date,
        end_date: date,
        note: Union[str, NotGiven] = NOT_GIVEN,
        minutes_per_day: Union[Optional[int], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TimeOff:
        """Create a leave time off

        #### Create or Update

        This endpoint may return an existing time off if the new time off is a subset of an existing one.

        #### Automatic Merging

        If one or more existing time offs overlap with the specified start/end date, they will be automatically merged.

        #### Partial Time Offs

        If the `minutesPerDay` field is provided, automatic merging will only occur if any overlapping time off has the same `minutesPerDay` value. If the `minutesPerDay` value differs, the request will fail.

        ``POST /time-offs/leave/``

        Args:
            person_id: The unique identifier for the person.
            start_date: The start date of the time-off. Format: YYYY-MM-DD
            end_date: The end date of the time-off. Format: YYYY-MM-DD
            note: A note or comment related to the time-off, if any.
            minutes_per_day: The minutes per day taken as time off. Omit this property if time-off is for full day(s) as per person's contract.
        """
        return cast(
            TimeOff,
            self._client.request(
                Call(
                    method="POST",
                    path="/time-offs/leave/",
                    json={
                        "personId": person_id,
                        "startDate": start_date,
                        "endDate": end_date,
                        "note": note,
                        "minutesPerDay": minutes_per_day,
                    },
                    content_type="application/json",
                    cast=TimeOff,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                        retry_non_idempotent=allow_retry,
                        idempotency_key=idempotency_key,
                    ),
                )
            ),
        )

    def create_bulk(
        self,
        *,
        time_offs: List[TimeOffLeaveInput],
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[TimeOff]:
        """Create leave time offs in bulk

        Create up to 100 leave time offs in one call.

        #### Create or Update

        This endpoint may return existing time offs if the new time off is a subset of an existing one.

        #### Automatic Merging

        If one or more existing time offs overlap with the specified start/end date, they will be automatically merged.

        #### Partial Time Offs

        If the `minutesPerDay` field is provided, automatic merging will only occur if any overlapping time off has the same `minutesPerDay` value. If the `minutesPerDay` value differs, the request will fail.

        ``POST /time-offs/leave/bulk/``
        """
        return cast(
            List[TimeOff],
            self._client.request(
                Call(
                    method="POST",
                    path="/time-offs/leave/bulk/",
                    json={"time_offs": time_offs},
                    content_type="application/json",
                    cast=List[TimeOff],
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                        retry_non_idempotent=allow_retry,
                        idempotency_key=idempotency_key,
                    ),
                )
            ),
        )

    def delete_bulk(
        self,
        *,
        time_off_ids: List[int],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete leave time offs in bulk

        Delete up to 100 leave time offs by id in one call (the ids are sent in the request body).

        ``DELETE /time-offs/leave/bulk/``
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/time-offs/leave/bulk/",
                json={"timeOffIds": time_off_ids},
                content_type="application/json",
                cast=None,
                response_kind="empty",
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )

    def get(
        self,
        time_off_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TimeOff:
        """Show a leave time off

        Get one leave time off.

        ``GET /time-offs/leave/{timeOffId}/``

        Args:
            time_off_id: The unique identifier for the time-off.
        """
        return cast(
            TimeOff,
            self._client.request(
                Call(
                    method="GET",
                    path="/time-offs/leave/{timeOffId}/",
                    path_params={"timeOffId": time_off_id},
                    cast=TimeOff,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def delete(
        self,
        time_off_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a leave time off

        Delete one leave time off.

        ``DELETE /time-offs/leave/{timeOffId}/``

        Args:
            time_off_id: The unique identifier for the time-off.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/time-offs/leave/{timeOffId}/",
                path_params={"timeOffId": time_off_id},
                cast=None,
                response_kind="empty",
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )


class TimeOffsHolidaysResource(SyncResource):
    """Operations on time_offs.holidays."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["id", "createdAt", "updatedAt"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        person_id: Optional[int] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[HolidayTimeOff]:
        """List holiday time offs

        Get holiday time offs (public holidays people take off), paginated (default 50, maximum 200 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /time-offs/holidays/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            sort_by: Field to sort by: id, createdAt or updatedAt Default "id".
            order: Sort order: asc or desc Default "asc".
            person_id: Only time offs of this person.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/time-offs/holidays/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "personId": person_id,
                    "modifiedAfter": modified_after,
                },
                cast=HolidayTimeOffList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            HolidayTimeOff,
            200,
        )

    def create(
        self,
        *,
        person_id: int,
        holiday_id: int,
        note: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TimeOff:
        """Create a holiday time off

        Give a person a holiday (from their holiday group) off.

        ``POST /time-offs/holidays/``

        Args:
            person_id: The unique identifier for the person.
            holiday_id: The unique identifier for the holiday.
            note: A note or comment related to the time-off, if any.
        """
        return cast(
            TimeOff,
            self._client.request(
                Call(
                    method="POST",
                    path="/time-offs/holidays/",
                    json={"personId": person_id, "note": note, "holidayId": holiday_id},
                    content_type="application/json",
                    cast=TimeOff,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                        retry_non_idempotent=allow_retry,
                        idempotency_key=idempotency_key,
                    ),
                )
            ),
        )

    def delete(
        self,
        time_off_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a holiday time off

        Delete one holiday time off.

        ``DELETE /time-offs/holidays/{timeOffId}``

        Args:
            time_off_id: The unique identifier for the time-off.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/time-offs/holidays/{timeOffId}",
                path_params={"timeOffId": time_off_id},
                cast=None,
                response_kind="empty",
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )


class TimeOffsRosteredOffResource(SyncResource):
    """Operations on time_offs.rostered_off."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["id", "createdAt", "updatedAt"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        person_id: Optional[int] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[TimeOff]:
        """List rostered time offs

        Get rostered days off, paginated (default 50, maximum 200 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /time-offs/rostered-off/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            sort_by: Field to sort by: id, createdAt or updatedAt Default "id".
            order: Sort order: asc or desc Default "asc".
            person_id: Only time offs of this person.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/time-offs/rostered-off/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "personId": person_id,
                    "modifiedAfter": modified_after,
                },
                cast=TimeOffList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            TimeOff,
            200,
        )

    def delete(
        self,
        time_off_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a rostered time off

        Delete one rostered day off.

        ``DELETE /time-offs/rostered-off/{timeOffId}``

        Args:
            time_off_id: The unique identifier for the time-off.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/time-offs/rostered-off/{timeOffId}",
                path_params={"timeOffId": time_off_id},
                cast=None,
                response_kind="empty",
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )


class TimeOffsResource(SyncResource):
    """Operations on time_offs."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.leave = TimeOffsLeaveResource(client)
        self.holidays = TimeOffsHolidaysResource(client)
        self.rostered_off = TimeOffsRosteredOffResource(client)


class AsyncTimeOffsLeaveResource(AsyncResource):
    """Operations on time_offs.leave."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["id", "createdAt", "updatedAt"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        person_id: Optional[int] = None,
        start_date: Optional[date] = None,
        end_date: Optional[date] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[TimeOff]:
        """List leave time offs

        Get leave time offs, paginated (default 50, maximum 200 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /time-offs/leave/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            sort_by: Field to sort by: id, createdAt or updatedAt Default "id".
            order: Sort order: asc or desc Default "asc".
            person_id: Only time offs of this person.
            start_date: Format: YYYY-MM-DD
            end_date: Format: YYYY-MM-DD
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/time-offs/leave/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "personId": person_id,
                    "startDate": start_date,
                    "endDate": end_date,
                    "modifiedAfter": modified_after,
                },
                cast=TimeOffList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            TimeOff,
            200,
        )

    async def create(
        self,
        *,
        person_id: int,
        start_date: date,
        end_date: date,
        note: Union[str, NotGiven] = NOT_GIVEN,
        minutes_per_day: Union[Optional[int], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TimeOff:
        """Create a leave time off

        #### Create or Update

        This endpoint may return an existing time off if the new time off is a subset of an existing one.

        #### Automatic Merging

        If one or more existing time offs overlap with the specified start/end date, they will be automatically merged.

        #### Partial Time Offs

        If the `minutesPerDay` field is provided, automatic merging will only occur if any overlapping time off has the same `minutesPerDay` value. If the `minutesPerDay` value differs, the request will fail.

        ``POST /time-offs/leave/``

        Args:
            person_id: The unique identifier for the person.
            start_date: The start date of the time-off. Format: YYYY-MM-DD
            end_date: The end date of the time-off. Format: YYYY-MM-DD
            note: A note or comment related to the time-off, if any.
            minutes_per_day: The minutes per day taken as time off. Omit this property if time-off is for full day(s) as per person's contract.
        """
        return cast(
            TimeOff,
            await self._client.request(
                Call(
                    method="POST",
                    path="/time-offs/leave/",
                    json={
                        "personId": person_id,
                        "startDate": start_date,
                        "endDate": end_date,
                        "note": note,
                        "minutesPerDay": minutes_per_day,
                    },
                    content_type="application/json",
                    cast=TimeOff,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                        retry_non_idempotent=allow_retry,
                        idempotency_key=idempotency_key,
                    ),
                )
            ),
        )

    async def create_bulk(
        self,
        *,
        time_offs: List[TimeOffLeaveInput],
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[TimeOff]:
        """Create leave time offs in bulk

        Create up to 100 leave time offs in one call.

        #### Create or Update

        This endpoint may return existing time offs if the new time off is a subset of an existing one.

        #### Automatic Merging

        If one or more existing time offs overlap with the specified start/end date, they will be automatically merged.

        #### Partial Time Offs

        If the `minutesPerDay` field is provided, automatic merging will only occur if any overlapping time off has the same `minutesPerDay` value. If the `minutesPerDay` value differs, the request will fail.

        ``POST /time-offs/leave/bulk/``
        """
        return cast(
            List[TimeOff],
            await self._client.request(
                Call(
                    method="POST",
                    path="/time-offs/leave/bulk/",
                    json={"time_offs": time_offs},
                    content_type="application/json",
                    cast=List[TimeOff],
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                        retry_non_idempotent=allow_retry,
                        idempotency_key=idempotency_key,
                    ),
                )
            ),
        )

    async def delete_bulk(
        self,
        *,
        time_off_ids: List[int],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete leave time offs in bulk

        Delete up to 100 leave time offs by id in one call (the ids are sent in the request body).

        ``DELETE /time-offs/leave/bulk/``
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/time-offs/leave/bulk/",
                json={"timeOffIds": time_off_ids},
                content_type="application/json",
                cast=None,
                response_kind="empty",
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )

    async def get(
        self,
        time_off_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TimeOff:
        """Show a leave time off

        Get one leave time off.

        ``GET /time-offs/leave/{timeOffId}/``

        Args:
            time_off_id: The unique identifier for the time-off.
        """
        return cast(
            TimeOff,
            await self._client.request(
                Call(
                    method="GET",
                    path="/time-offs/leave/{timeOffId}/",
                    path_params={"timeOffId": time_off_id},
                    cast=TimeOff,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def delete(
        self,
        time_off_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a leave time off

        Delete one leave time off.

        ``DELETE /time-offs/leave/{timeOffId}/``

        Args:
            time_off_id: The unique identifier for the time-off.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/time-offs/leave/{timeOffId}/",
                path_params={"timeOffId": time_off_id},
                cast=None,
                response_kind="empty",
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )


class AsyncTimeOffsHolidaysResource(AsyncResource):
    """Operations on time_offs.holidays."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["id", "createdAt", "updatedAt"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        person_id: Optional[int] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[HolidayTimeOff]:
        """List holiday time offs

        Get holiday time offs (public holidays people take off), paginated (default 50, maximum 200 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /time-offs/holidays/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            sort_by: Field to sort by: id, createdAt or updatedAt Default "id".
            order: Sort order: asc or desc Default "asc".
            person_id: Only time offs of this person.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/time-offs/holidays/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "personId": person_id,
                    "modifiedAfter": modified_after,
                },
                cast=HolidayTimeOffList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            HolidayTimeOff,
            200,
        )

    async def create(
        self,
        *,
        person_id: int,
        holiday_id: int,
        note: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TimeOff:
        """Create a holiday time off

        Give a person a holiday (from their holiday group) off.

        ``POST /time-offs/holidays/``

        Args:
            person_id: The unique identifier for the person.
            holiday_id: The unique identifier for the holiday.
            note: A note or comment related to the time-off, if any.
        """
        return cast(
            TimeOff,
            await self._client.request(
                Call(
                    method="POST",
                    path="/time-offs/holidays/",
                    json={"personId": person_id, "note": note, "holidayId": holiday_id},
                    content_type="application/json",
                    cast=TimeOff,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                        retry_non_idempotent=allow_retry,
                        idempotency_key=idempotency_key,
                    ),
                )
            ),
        )

    async def delete(
        self,
        time_off_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a holiday time off

        Delete one holiday time off.

        ``DELETE /time-offs/holidays/{timeOffId}``

        Args:
            time_off_id: The unique identifier for the time-off.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/time-offs/holidays/{timeOffId}",
                path_params={"timeOffId": time_off_id},
                cast=None,
                response_kind="empty",
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )


class AsyncTimeOffsRosteredOffResource(AsyncResource):
    """Operations on time_offs.rostered_off."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["id", "createdAt", "updatedAt"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        person_id: Optional[int] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[TimeOff]:
        """List rostered time offs

        Get rostered days off, paginated (default 50, maximum 200 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /time-offs/rostered-off/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            sort_by: Field to sort by: id, createdAt or updatedAt Default "id".
            order: Sort order: asc or desc Default "asc".
            person_id: Only time offs of this person.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/time-offs/rostered-off/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "personId": person_id,
                    "modifiedAfter": modified_after,
                },
                cast=TimeOffList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            TimeOff,
            200,
        )

    async def delete(
        self,
        time_off_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a rostered time off

        Delete one rostered day off.

        ``DELETE /time-offs/rostered-off/{timeOffId}``

        Args:
            time_off_id: The unique identifier for the time-off.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/time-offs/rostered-off/{timeOffId}",
                path_params={"timeOffId": time_off_id},
                cast=None,
                response_kind="empty",
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )


class AsyncTimeOffsResource(AsyncResource):
    """Operations on time_offs."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.leave = AsyncTimeOffsLeaveResource(client)
        self.holidays = AsyncTimeOffsHolidaysResource(client)
        self.rostered_off = AsyncTimeOffsRosteredOffResource(client)
