"""Operations on actuals.

``client.actuals`` of the Runn API, sync and async.
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

__all__ = ["ActualsResource", "AsyncActualsResource"]


class ActualsResource(SyncResource):
    """Operations on actuals."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["createdAt", "updatedAt", "id"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        min_date: Optional[date] = None,
        max_date: Optional[date] = None,
        project_id: Optional[int] = None,
        role_id: Optional[int] = None,
        person_id: Optional[int] = None,
        workstream_id: Optional[int] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Actual]:
        """List actuals

        Get a list of actuals, paginated (default 100, maximum 500 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /actuals/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 100, maximum 500). Default 100. At most 500.
            sort_by: Field to sort by: createdAt or updatedAt or id Default "id".
            order: Sort order: asc or desc Default "asc".
            min_date: Start date to filter by. Format: YYYY-MM-DD
            max_date: End date (inclusive). Format: YYYY-MM-DD
            project_id: Only actuals on this project.
            role_id: Only actuals in this role.
            person_id: Only actuals of this person.
            workstream_id: Only actuals in this workstream.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/actuals/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "minDate": min_date,
                    "maxDate": max_date,
                    "projectId": project_id,
                    "roleId": role_id,
                    "personId": person_id,
                    "workstreamId": workstream_id,
                    "modifiedAfter": modified_after,
                },
                cast=ActualList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Actual,
            500,
        )

    def create(
        self,
        *,
        date_: date,
        billable_minutes: float,
        nonbillable_minutes: float,
        person_id: int,
        project_id: int,
        role_id: int,
        billable_note: Union[str, NotGiven] = NOT_GIVEN,
        nonbillable_note: Union[str, NotGiven] = NOT_GIVEN,
        phase_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        workstream_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Actual:
        """Create or update an actual

        Minutes values represent the total time for a day and overwrite any previous actual on the same day (for the same project/person/role/workstream). [Learn more](https://developer.runn.io/docs/actuals-notes).

        ``POST /actuals/``

        Args:
            date_: The date this actual is for. Format: YYYY-MM-DD
            billable_minutes: The number of minutes that are billable. Either this or nonbillableMinutes must be set
            nonbillable_minutes: The number of minutes that are non billable. Either this or billableMinutes must be set
            person_id: The person this actual is for
            project_id: The project this actual is for
            role_id: The role the person was in when for this actual
            billable_note: A note about the billable minutes
            nonbillable_note: A note about the nonbillable minutes
            phase_id: The phase this actual is for, if any
            workstream_id: The workstream the actual belongs to
        """
        return cast(
            Actual,
            self._client.request(
                Call(
                    method="POST",
                    path="/actuals/",
                    json={
                        "date": date_,
                        "billableMinutes": billable_minutes,
                        "nonbillableMinutes": nonbillable_minutes,
                        "billableNote": billable_note,
                        "nonbillableNote": nonbillable_note,
                        "phaseId": phase_id,
                        "personId": person_id,
                        "projectId": project_id,
                        "roleId": role_id,
                        "workstreamId": workstream_id,
                    },
                    content_type="application/json",
                    cast=Actual,
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
        actuals: List[ActualInput],
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[Actual]:
        """Create or update actuals in bulk

        Create or update up to 100 'actuals' in a single API call. [Learn more](https://developer.runn.io/docs/actuals-notes).

        ``POST /actuals/bulk/``
        """
        return cast(
            List[Actual],
            self._client.request(
                Call(
                    method="POST",
                    path="/actuals/bulk/",
                    json={"actuals": actuals},
                    content_type="application/json",
                    cast=List[Actual],
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

    def add_time_entry(
        self,
        *,
        date_: date,
        billable_minutes: float,
        nonbillable_minutes: float,
        person_id: int,
        project_id: int,
        role_id: int,
        billable_note: Union[str, NotGiven] = NOT_GIVEN,
        nonbillable_note: Union[str, NotGiven] = NOT_GIVEN,
        phase_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        workstream_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Actual:
        """Update an actual

        Adds the given minutes to the matching actual (same day, project, person, role and workstream) and returns the Actual with updated minutes. Creates a new actual when there is none to update. [Learn more](https://developer.runn.io/docs/actuals-notes).

        ``POST /actuals/time-entry``

        Args:
            date_: The date the actual is for. Format: YYYY-MM-DD
            billable_minutes: The number of billable minutes to either add to a matching actual or create a new actual with
            nonbillable_minutes: The number of nonbillable minutes to either add to a matching actual or create a new actual with
            person_id: The person this time entry is for
            project_id: The project this time entry is for
            role_id: The role the person was in for the actual
            billable_note: A note about the billable minutes
            nonbillable_note: A note about the nonbillable minutes
            phase_id: The optional phase the actual is for. Leaving this undefined will not update the phase id on any existing actual. Providing `null` will clear it. Providing a value will update the phase id
            workstream_id: The optional workstream the actual is for. Leaving this undefined will not update the workstream id on any existing actual. Providing `null` will clear it. Providing a value will update the workstream id
        """
        return cast(
            Actual,
            self._client.request(
                Call(
                    method="POST",
                    path="/actuals/time-entry",
                    json={
                        "date": date_,
                        "billableMinutes": billable_minutes,
                        "billableNote": billable_note,
                        "nonbillableNote": nonbillable_note,
                        "nonbillableMinutes": nonbillable_minutes,
                        "phaseId": phase_id,
                        "personId": person_id,
                        "projectId": project_id,
                        "roleId": role_id,
                        "workstreamId": workstream_id,
                    },
                    content_type="application/json",
                    cast=Actual,
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
        actual_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a specific actual

        Deletes the actual record identified by the provided unique identifier `actualId`. This operation is irreversible and removes the actual record from the system.

        ``DELETE /actuals/{actualId}/``

        Args:
            actual_id: Unique identifier of the actual to be deleted.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/actuals/{actualId}/",
                path_params={"actualId": actual_id},
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


class AsyncActualsResource(AsyncResource):
    """Operations on actuals."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["createdAt", "updatedAt", "id"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        min_date: Optional[date] = None,
        max_date: Optional[date] = None,
        project_id: Optional[int] = None,
        role_id: Optional[int] = None,
        person_id: Optional[int] = None,
        workstream_id: Optional[int] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Actual]:
        """List actuals

        Get a list of actuals, paginated (default 100, maximum 500 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /actuals/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 100, maximum 500). Default 100. At most 500.
            sort_by: Field to sort by: createdAt or updatedAt or id Default "id".
            order: Sort order: asc or desc Default "asc".
            min_date: Start date to filter by. Format: YYYY-MM-DD
            max_date: End date (inclusive). Format: YYYY-MM-DD
            project_id: Only actuals on this project.
            role_id: Only actuals in this role.
            person_id: Only actuals of this person.
            workstream_id: Only actuals in this workstream.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/actuals/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "minDate": min_date,
                    "maxDate": max_date,
                    "projectId": project_id,
                    "roleId": role_id,
                    "personId": person_id,
                    "workstreamId": workstream_id,
                    "modifiedAfter": modified_after,
                },
                cast=ActualList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Actual,
            500,
        )

    async def create(
        self,
        *,
        date_: date,
        billable_minutes: float,
        nonbillable_minutes: float,
        person_id: int,
        project_id: int,
        role_id: int,
        billable_note: Union[str, NotGiven] = NOT_GIVEN,
        nonbillable_note: Union[str, NotGiven] = NOT_GIVEN,
        phase_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        workstream_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Actual:
        """Create or update an actual

        Minutes values represent the total time for a day and overwrite any previous actual on the same day (for the same project/person/role/workstream). [Learn more](https://developer.runn.io/docs/actuals-notes).

        ``POST /actuals/``

        Args:
            date_: The date this actual is for. Format: YYYY-MM-DD
            billable_minutes: The number of minutes that are billable. Either this or nonbillableMinutes must be set
            nonbillable_minutes: The number of minutes that are non billable. Either this or billableMinutes must be set
            person_id: The person this actual is for
            project_id: The project this actual is for
            role_id: The role the person was in when for this actual
            billable_note: A note about the billable minutes
            nonbillable_note: A note about the nonbillable minutes
            phase_id: The phase this actual is for, if any
            workstream_id: The workstream the actual belongs to
        """
        return cast(
            Actual,
            await self._client.request(
                Call(
                    method="POST",
                    path="/actuals/",
                    json={
                        "date": date_,
                        "billableMinutes": billable_minutes,
                        "nonbillableMinutes": nonbillable_minutes,
                        "billableNote": billable_note,
                        "nonbillableNote": nonbillable_note,
                        "phaseId": phase_id,
                        "personId": person_id,
                        "projectId": project_id,
                        "roleId": role_id,
                        "workstreamId": workstream_id,
                    },
                    content_type="application/json",
                    cast=Actual,
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
        actuals: List[ActualInput],
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[Actual]:
        """Create or update actuals in bulk

        Create or update up to 100 'actuals' in a single API call. [Learn more](https://developer.runn.io/docs/actuals-notes).

        ``POST /actuals/bulk/``
        """
        return cast(
            List[Actual],
            await self._client.request(
                Call(
                    method="POST",
                    path="/actuals/bulk/",
                    json={"actuals": actuals},
                    content_type="application/json",
                    cast=List[Actual],
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

    async def add_time_entry(
        self,
        *,
        date_: date,
        billable_minutes: float,
        nonbillable_minutes: float,
        person_id: int,
        project_id: int,
        role_id: int,
        billable_note: Union[str, NotGiven] = NOT_GIVEN,
        nonbillable_note: Union[str, NotGiven] = NOT_GIVEN,
        phase_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        workstream_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Actual:
        """Update an actual

        Adds the given minutes to the matching actual (same day, project, person, role and workstream) and returns the Actual with updated minutes. Creates a new actual when there is none to update. [Learn more](https://developer.runn.io/docs/actuals-notes).

        ``POST /actuals/time-entry``

        Args:
            date_: The date the actual is for. Format: YYYY-MM-DD
            billable_minutes: The number of billable minutes to either add to a matching actual or create a new actual with
            nonbillable_minutes: The number of nonbillable minutes to either add to a matching actual or create a new actual with
            person_id: The person this time entry is for
            project_id: The project this time entry is for
            role_id: The role the person was in for the actual
            billable_note: A note about the billable minutes
            nonbillable_note: A note about the nonbillable minutes
            phase_id: The optional phase the actual is for. Leaving this undefined will not update the phase id on any existing actual. Providing `null` will clear it. Providing a value will update the phase id
            workstream_id: The optional workstream the actual is for. Leaving this undefined will not update the workstream id on any existing actual. Providing `null` will clear it. Providing a value will update the workstream id
        """
        return cast(
            Actual,
            await self._client.request(
                Call(
                    method="POST",
                    path="/actuals/time-entry",
                    json={
                        "date": date_,
                        "billableMinutes": billable_minutes,
                        "billableNote": billable_note,
                        "nonbillableNote": nonbillable_note,
                        "nonbillableMinutes": nonbillable_minutes,
                        "phaseId": phase_id,
                        "personId": person_id,
                        "projectId": project_id,
                        "roleId": role_id,
                        "workstreamId": workstream_id,
                    },
                    content_type="application/json",
                    cast=Actual,
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
        actual_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a specific actual

        Deletes the actual record identified by the provided unique identifier `actualId`. This operation is irreversible and removes the actual record from the system.

        ``DELETE /actuals/{actualId}/``

        Args:
            actual_id: Unique identifier of the actual to be deleted.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/actuals/{actualId}/",
                path_params={"actualId": actual_id},
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
