"""Operations on assignments.

``client.assignments`` of the Runn API, sync and async.
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

__all__ = ["AssignmentsResource", "AsyncAssignmentsResource"]


class AssignmentsResource(SyncResource):
    """Operations on assignments."""

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
        person_id: Optional[int] = None,
        role_id: Optional[int] = None,
        project_id: Optional[int] = None,
        start_date: Optional[date] = None,
        end_date: Optional[date] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Assignment]:
        """List assignments

        Get a list of assignments, paginated (default 100, maximum 500 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /assignments/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 100, maximum 500). Default 100. At most 500.
            sort_by: Field to sort by: createdAt or updatedAt or id Default "id".
            order: Sort order: asc or desc Default "asc".
            person_id: Only assignments of this person.
            role_id: Only assignments in this role.
            project_id: Only assignments on this project.
            start_date: Format: YYYY-MM-DD
            end_date: Format: YYYY-MM-DD
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/assignments/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "personId": person_id,
                    "roleId": role_id,
                    "projectId": project_id,
                    "startDate": start_date,
                    "endDate": end_date,
                    "modifiedAfter": modified_after,
                },
                cast=AssignmentList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Assignment,
            500,
        )

    def create(
        self,
        *,
        person_id: int,
        project_id: int,
        role_id: int,
        start_date: date,
        end_date: date,
        minutes_per_day: float,
        phase_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        note: Union[str, NotGiven] = NOT_GIVEN,
        is_billable: Union[bool, NotGiven] = NOT_GIVEN,
        is_non_working_day: Union[bool, NotGiven] = NOT_GIVEN,
        workstream_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[Assignment]:
        """Create an assignment

        Creates a new assignment and returns a list of assignments. If the specified time period of the assignment overlaps with scheduled leave, the assignment is split into multiple segments. Each segment is returned as a separate assignment in the response.

        ``POST /assignments/``

        Args:
            person_id: The person this assignment is for
            project_id: The project this assignment is for
            role_id: The role the person will be in for this assignment
            start_date: The date this assignment starts. Format: YYYY-MM-DD
            end_date: The date this assignment ends. When using isNonWorkingDay=true, this needs to be the same as the startDate. Format: YYYY-MM-DD
            minutes_per_day: How many minutes per day are assigned
            phase_id: The phase this assignment is for, if any
            note: A note about this assignment
            is_billable: Whether this assignment is billable. This can only be set if this assignment is for a project without a non-billable pricing model or if it is for an external client
            is_non_working_day: Determine whether this assignment is for a single weekend day or a single holiday. If left blank it will be set automatically
            workstream_id: The workstream this assignment is for, if any
        """
        return cast(
            List[Assignment],
            self._client.request(
                Call(
                    method="POST",
                    path="/assignments/",
                    json={
                        "phaseId": phase_id,
                        "personId": person_id,
                        "projectId": project_id,
                        "roleId": role_id,
                        "startDate": start_date,
                        "endDate": end_date,
                        "minutesPerDay": minutes_per_day,
                        "note": note,
                        "isBillable": is_billable,
                        "isNonWorkingDay": is_non_working_day,
                        "workstreamId": workstream_id,
                    },
                    content_type="application/json",
                    cast=List[Assignment],
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
        assignment_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Assignment:
        """Delete an assignment

        Delete an assignment. The deleted assignment is returned.

        ``DELETE /assignments/{assignmentId}/``

        Args:
            assignment_id: The assignment's id.
        """
        return cast(
            Assignment,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/assignments/{assignmentId}/",
                    path_params={"assignmentId": assignment_id},
                    cast=Assignment,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


class AsyncAssignmentsResource(AsyncResource):
    """Operations on assignments."""

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
        person_id: Optional[int] = None,
        role_id: Optional[int] = None,
        project_id: Optional[int] = None,
        start_date: Optional[date] = None,
        end_date: Optional[date] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Assignment]:
        """List assignments

        Get a list of assignments, paginated (default 100, maximum 500 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /assignments/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 100, maximum 500). Default 100. At most 500.
            sort_by: Field to sort by: createdAt or updatedAt or id Default "id".
            order: Sort order: asc or desc Default "asc".
            person_id: Only assignments of this person.
            role_id: Only assignments in this role.
            project_id: Only assignments on this project.
            start_date: Format: YYYY-MM-DD
            end_date: Format: YYYY-MM-DD
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/assignments/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "personId": person_id,
                    "roleId": role_id,
                    "projectId": project_id,
                    "startDate": start_date,
                    "endDate": end_date,
                    "modifiedAfter": modified_after,
                },
                cast=AssignmentList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Assignment,
            500,
        )

    async def create(
        self,
        *,
        person_id: int,
        project_id: int,
        role_id: int,
        start_date: date,
        end_date: date,
        minutes_per_day: float,
        phase_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        note: Union[str, NotGiven] = NOT_GIVEN,
        is_billable: Union[bool, NotGiven] = NOT_GIVEN,
        is_non_working_day: Union[bool, NotGiven] = NOT_GIVEN,
        workstream_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[Assignment]:
        """Create an assignment

        Creates a new assignment and returns a list of assignments. If the specified time period of the assignment overlaps with scheduled leave, the assignment is split into multiple segments. Each segment is returned as a separate assignment in the response.

        ``POST /assignments/``

        Args:
            person_id: The person this assignment is for
            project_id: The project this assignment is for
            role_id: The role the person will be in for this assignment
            start_date: The date this assignment starts. Format: YYYY-MM-DD
            end_date: The date this assignment ends. When using isNonWorkingDay=true, this needs to be the same as the startDate. Format: YYYY-MM-DD
            minutes_per_day: How many minutes per day are assigned
            phase_id: The phase this assignment is for, if any
            note: A note about this assignment
            is_billable: Whether this assignment is billable. This can only be set if this assignment is for a project without a non-billable pricing model or if it is for an external client
            is_non_working_day: Determine whether this assignment is for a single weekend day or a single holiday. If left blank it will be set automatically
            workstream_id: The workstream this assignment is for, if any
        """
        return cast(
            List[Assignment],
            await self._client.request(
                Call(
                    method="POST",
                    path="/assignments/",
                    json={
                        "phaseId": phase_id,
                        "personId": person_id,
                        "projectId": project_id,
                        "roleId": role_id,
                        "startDate": start_date,
                        "endDate": end_date,
                        "minutesPerDay": minutes_per_day,
                        "note": note,
                        "isBillable": is_billable,
                        "isNonWorkingDay": is_non_working_day,
                        "workstreamId": workstream_id,
                    },
                    content_type="application/json",
                    cast=List[Assignment],
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
        assignment_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Assignment:
        """Delete an assignment

        Delete an assignment. The deleted assignment is returned.

        ``DELETE /assignments/{assignmentId}/``

        Args:
            assignment_id: The assignment's id.
        """
        return cast(
            Assignment,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/assignments/{assignmentId}/",
                    path_params={"assignmentId": assignment_id},
                    cast=Assignment,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )
