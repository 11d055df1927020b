"""Operations on projects.

``client.projects`` of the Runn API, sync and async.
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

__all__ = ["ProjectsResource", "AsyncProjectsResource"]


class ProjectsAssignmentsResource(SyncResource):
    """Operations on projects.assignments."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        project_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        person_id: Optional[int] = None,
        role_id: Optional[int] = None,
        start_date: Optional[date] = None,
        end_date: Optional[date] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Assignment]:
        """List assignments for a project

        List a project's assignments. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/{projectId}/assignments/``

        Args:
            project_id: The project's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            person_id: Only assignments of this person.
            role_id: Only assignments in this role.
            start_date: Include assignments that start or overlap with this date. Format: YYYY-MM-DD
            end_date: Include assignments that end on or overlap with this date. Format: YYYY-MM-DD
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/{projectId}/assignments/",
                path_params={"projectId": project_id},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "personId": person_id,
                    "roleId": role_id,
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
            200,
        )


class ProjectsActualsResource(SyncResource):
    """Operations on projects.actuals."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        project_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        person_id: Optional[int] = None,
        role_id: Optional[int] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Actual]:
        """List actuals for a project

        List a project's actuals. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/{projectId}/actuals/``

        Args:
            project_id: The project's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            person_id: Only actuals of this person.
            role_id: Only actuals in this role.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/{projectId}/actuals/",
                path_params={"projectId": project_id},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "personId": person_id,
                    "roleId": role_id,
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
            200,
        )


class ProjectsPeopleResource(SyncResource):
    """Operations on projects.people."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        project_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        include_archived: Optional[bool] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[CollectionPerson]:
        """List people assigned to a project

        List the people on a project. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/{projectId}/people/``

        Args:
            project_id: The project's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            include_archived: Include archived people (default true). Default True.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/{projectId}/people/",
                path_params={"projectId": project_id},
                query={"cursor": cursor, "limit": limit, "includeArchived": include_archived},
                cast=PersonList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            CollectionPerson,
            200,
        )


class ProjectsCustomFieldsResource(SyncResource):
    """Operations on projects.custom_fields."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def set_checkbox(
        self,
        project_id: int,
        *,
        id: Union[int, NotGiven] = NOT_GIVEN,
        value: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CheckboxFieldValue:
        """Add a checkbox custom value to a project

        Set the value of one checkbox custom field on a project (`id` is the custom field's id). Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /projects/{projectId}/custom-fields/checkbox/``

        Args:
            project_id: The project's id.
            id: Id of the checkbox custom field.
        """
        return cast(
            CheckboxFieldValue,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/projects/{projectId}/custom-fields/checkbox/",
                    path_params={"projectId": project_id},
                    json={"id": id, "value": value},
                    content_type="application/json",
                    cast=CheckboxFieldValue,
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

    def set_date(
        self,
        project_id: int,
        *,
        id: Union[int, NotGiven] = NOT_GIVEN,
        value: Union[Optional[date], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DateFieldValue:
        """Add a date custom field value to a project

        Set the value of one date custom field on a project (`id` is the custom field's id). Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /projects/{projectId}/custom-fields/date/``

        Args:
            project_id: The project's id.
            id: Id of the date custom field.
            value: Format: YYYY-MM-DD. Pass null to clear the value.
        """
        return cast(
            DateFieldValue,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/projects/{projectId}/custom-fields/date/",
                    path_params={"projectId": project_id},
                    json={"id": id, "value": value},
                    content_type="application/json",
                    cast=DateFieldValue,
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

    def set_select(
        self,
        project_id: int,
        *,
        id: Union[int, NotGiven] = NOT_GIVEN,
        values: Union[List[UpdatePersonSelectCustomFieldBodyValuesItem], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SelectFieldValue:
        """Add a select custom field to a project

        Set the value of one select custom field on a project (`id` is the custom field's id). Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /projects/{projectId}/custom-fields/select/``

        Args:
            project_id: The project's id.
            id: Id of the select custom field.
            values: The chosen options; pass [] to clear them.
        """
        return cast(
            SelectFieldValue,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/projects/{projectId}/custom-fields/select/",
                    path_params={"projectId": project_id},
                    json={"id": id, "values": values},
                    content_type="application/json",
                    cast=SelectFieldValue,
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

    def set_text(
        self,
        project_id: int,
        *,
        id: Union[int, NotGiven] = NOT_GIVEN,
        value: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TextFieldValue:
        """Add a text custom field value to a project

        Set the value of one text custom field on a project (`id` is the custom field's id). Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /projects/{projectId}/custom-fields/text/``

        Args:
            project_id: The project's id.
            id: Id of the text custom field.
        """
        return cast(
            TextFieldValue,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/projects/{projectId}/custom-fields/text/",
                    path_params={"projectId": project_id},
                    json={"id": id, "value": value},
                    content_type="application/json",
                    cast=TextFieldValue,
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


class ProjectsBudgetRolesResource(SyncResource):
    """Operations on projects.budget_roles."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        project_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[ProjectBudgetRole]:
        """Get a paginated list of project budget roles for a project

        List a project's budget roles. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/{projectId}/budget-roles/``

        Args:
            project_id: The project's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/{projectId}/budget-roles/",
                path_params={"projectId": project_id},
                query={"cursor": cursor, "limit": limit},
                cast=ProjectBudgetRoleList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            ProjectBudgetRole,
            200,
        )

    def create(
        self,
        project_id: int,
        *,
        role_id: int,
        estimated_minutes: Union[int, NotGiven] = NOT_GIVEN,
        estimated_budget: Union[int, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Create a project budget role

        Create a project budget role for a project. You cannot create a project budget role using estimated budget if a project rate does not exist for the role because the project rate is used to set the estimatedMinutes.

        ``POST /projects/{projectId}/budget-roles/``

        Args:
            project_id: The project's id.
            estimated_minutes: Minutes budgeted for the role. Give this or estimatedBudget.
            estimated_budget: Budget for the role in local currency. Give this or estimatedMinutes.
        """
        self._client.request(
            Call(
                method="POST",
                path="/projects/{projectId}/budget-roles/",
                path_params={"projectId": project_id},
                json={
                    "roleId": role_id,
                    "estimatedMinutes": estimated_minutes,
                    "estimatedBudget": estimated_budget,
                },
                content_type="application/json",
                cast=None,
                response_kind="empty",
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                    retry_non_idempotent=allow_retry,
                    idempotency_key=idempotency_key,
                ),
            )
        )

    def get(
        self,
        project_id: int,
        role_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectBudgetRole:
        """Get a project budget role

        Get the budget of one role on a project.

        ``GET /projects/{projectId}/budget-roles/{roleId}``

        Args:
            project_id: The project's id.
            role_id: The role's id.
        """
        return cast(
            ProjectBudgetRole,
            self._client.request(
                Call(
                    method="GET",
                    path="/projects/{projectId}/budget-roles/{roleId}",
                    path_params={"projectId": project_id, "roleId": role_id},
                    cast=ProjectBudgetRole,
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
        project_id: int,
        role_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a project budget role

        Delete a project budget role for a project. You cannot delete a project budget role if it is implicitly created from a project membership.

        ``DELETE /projects/{projectId}/budget-roles/{roleId}``

        Args:
            project_id: The project's id.
            role_id: The role's id.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/projects/{projectId}/budget-roles/{roleId}",
                path_params={"projectId": project_id, "roleId": role_id},
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

    def update(
        self,
        project_id: int,
        role_id: int,
        *,
        estimated_minutes: Union[int, NotGiven] = NOT_GIVEN,
        estimated_budget: Union[int, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectBudgetRole:
        """Update a project budget role

        Update a project budget role for a project, giving either `estimatedMinutes` or `estimatedBudget`. You cannot update a project budget role using estimated budget if a project rate does not exist for the role because the project rate is used to set the estimatedMinutes. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /projects/{projectId}/budget-roles/{roleId}``

        Args:
            project_id: The project's id.
            role_id: The role's id.
            estimated_minutes: Minutes budgeted for the role. Give this or estimatedBudget.
            estimated_budget: Budget for the role in local currency. Give this or estimatedMinutes.
        """
        return cast(
            ProjectBudgetRole,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/projects/{projectId}/budget-roles/{roleId}",
                    path_params={"projectId": project_id, "roleId": role_id},
                    json={
                        "estimatedMinutes": estimated_minutes,
                        "estimatedBudget": estimated_budget,
                    },
                    content_type="application/json",
                    cast=ProjectBudgetRole,
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


class ProjectsMilestonesResource(SyncResource):
    """Operations on projects.milestones."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
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
    ) -> SyncPager[Milestone]:
        """List milestones for a project

        List a project's milestones. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/{projectId}/milestones/``

        Args:
            project_id: The project's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            start_date: Milestones on this date or newer. Defaults to Monday of the current week. Format: YYYY-MM-DD.
            end_date: Milestones on this date or older. Format: YYYY-MM-DD.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/{projectId}/milestones/",
                path_params={"projectId": project_id},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "startDate": start_date,
                    "endDate": end_date,
                },
                cast=MilestoneList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Milestone,
            200,
        )

    def create(
        self,
        project_id: int,
        *,
        title: str,
        icon: str,
        date_: date,
        note: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Milestone:
        """Create a milestone for a project

        Create a milestone on a project.

        ``POST /projects/{projectId}/milestones/``

        Args:
            project_id: The project's id.
            icon: One of `start`, `end`, `flag`, `dollar`, `warning`, or an emoji to use as icon.
            date_: Format: YYYY-MM-DD
        """
        return cast(
            Milestone,
            self._client.request(
                Call(
                    method="POST",
                    path="/projects/{projectId}/milestones/",
                    path_params={"projectId": project_id},
                    json={"title": title, "icon": icon, "note": note, "date": date_},
                    content_type="application/json",
                    cast=Milestone,
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
        project_id: int,
        milestone_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a milestone for a project

        Delete a milestone.

        ``DELETE /projects/{projectId}/milestones/{milestoneId}``

        Args:
            project_id: The project's id.
            milestone_id: The milestone's id.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/projects/{projectId}/milestones/{milestoneId}",
                path_params={"projectId": project_id, "milestoneId": milestone_id},
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

    def update(
        self,
        project_id: int,
        milestone_id: int,
        *,
        title: Union[str, NotGiven] = NOT_GIVEN,
        icon: Union[str, NotGiven] = NOT_GIVEN,
        note: Union[str, NotGiven] = NOT_GIVEN,
        date_: Union[date, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Milestone:
        """Update a milestone for a project

        Update a milestone. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /projects/{projectId}/milestones/{milestoneId}``

        Args:
            project_id: The project's id.
            milestone_id: The milestone's id.
            icon: One of `start`, `end`, `flag`, `dollar`, `warning`, or an emoji to use as icon.
            date_: Format: YYYY-MM-DD
        """
        return cast(
            Milestone,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/projects/{projectId}/milestones/{milestoneId}",
                    path_params={"projectId": project_id, "milestoneId": milestone_id},
                    json={"title": title, "icon": icon, "note": note, "date": date_},
                    content_type="application/json",
                    cast=Milestone,
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


class ProjectsNotesResource(SyncResource):
    """Operations on projects.notes."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        project_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[ProjectNote]:
        """List notes for a project

        List a project's notes. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/{projectId}/notes/``

        Args:
            project_id: The project's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/{projectId}/notes/",
                path_params={"projectId": project_id},
                query={"cursor": cursor, "limit": limit},
                cast=ProjectNoteList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            ProjectNote,
            200,
        )

    def create(
        self,
        project_id: int,
        *,
        note: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectNote:
        """Create a project note

        Create a note on a project. Defaults creator to 'API' user

        ``POST /projects/{projectId}/notes/``

        Args:
            project_id: The project's id.
        """
        return cast(
            ProjectNote,
            self._client.request(
                Call(
                    method="POST",
                    path="/projects/{projectId}/notes/",
                    path_params={"projectId": project_id},
                    json={"note": note},
                    content_type="application/json",
                    cast=ProjectNote,
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


class ProjectsOtherExpensesResource(SyncResource):
    """Operations on projects.other_expenses."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        project_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[ProjectOtherExpense]:
        """List other expenses for a project

        List a project's non-labour expenses (default 20, maximum 50 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/{projectId}/other-expenses/``

        Args:
            project_id: Unique identifier for the project the expenses are for.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 20, maximum 50). Default 20. At most 50.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/{projectId}/other-expenses/",
                path_params={"projectId": project_id},
                query={"cursor": cursor, "limit": limit},
                cast=ProjectOtherExpenseList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            ProjectOtherExpense,
            50,
        )

    def create(
        self,
        project_id: int,
        *,
        cost: float,
        charge: float,
        name: str,
        date_: date,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectOtherExpense:
        """Create an other expense for a project

        Create a non-labour expense for a project.

        ``POST /projects/{projectId}/other-expenses/``

        Args:
            project_id: Unique identifier for the project the expense is for.
            cost: How much the item costs for your business (in your account's currency).
            charge: How much you are charging your clients for the item (in your account's currency).
            name: The item or service that was purchased.
            date_: The date the expense was incurred.
        """
        return cast(
            ProjectOtherExpense,
            self._client.request(
                Call(
                    method="POST",
                    path="/projects/{projectId}/other-expenses/",
                    path_params={"projectId": project_id},
                    json={"cost": cost, "charge": charge, "name": name, "date": date_},
                    content_type="application/json",
                    cast=ProjectOtherExpense,
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

    def update(
        self,
        project_id: int,
        other_expense_id: int,
        *,
        cost: Union[float, NotGiven] = NOT_GIVEN,
        charge: Union[float, NotGiven] = NOT_GIVEN,
        name: Union[str, NotGiven] = NOT_GIVEN,
        date_: Union[date, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectOtherExpense:
        """Update an other expense on a project

        Update a non-labour expense. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /projects/{projectId}/other-expenses/{otherExpenseId}/``

        Args:
            project_id: Unique identifier for the project the expense is for.
            other_expense_id: Unique identifier for the other expense to update.
            cost: How much the item costs for your business (in your account's currency).
            charge: How much you are charging your clients for the item (in your account's currency).
            name: The item or service that was purchased.
            date_: The date the expense was incurred.
        """
        return cast(
            ProjectOtherExpense,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/projects/{projectId}/other-expenses/{otherExpenseId}/",
                    path_params={"projectId": project_id, "otherExpenseId": other_expense_id},
                    json={"cost": cost, "charge": charge, "name": name, "date": date_},
                    content_type="application/json",
                    cast=ProjectOtherExpense,
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


class ProjectsPersonRequestsResource(SyncResource):
    """Operations on projects.person_requests."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        project_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[PersonRequest]:
        """List the person requests for a project

        List a project's person requests. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/{projectId}/person-requests/``

        Args:
            project_id: The project's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/{projectId}/person-requests/",
                path_params={"projectId": project_id},
                query={"cursor": cursor, "limit": limit},
                cast=PersonRequestList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            PersonRequest,
            200,
        )

    def create(
        self,
        project_id: int,
        *,
        person_id: int,
        status: Literal["NEED_TO_HIRE", "REQUESTED", "PENDING"],
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PersonRequest:
        """Create a person request on a project

        Person requests are used to request a placeholder role be filled with a person in the account or to request a new person be hired. This endpoint can be used to create a new person request.

        ``POST /projects/{projectId}/person-requests/``

        Args:
            project_id: The project's id.
            person_id: The placeholder to fill.
        """
        return cast(
            PersonRequest,
            self._client.request(
                Call(
                    method="POST",
                    path="/projects/{projectId}/person-requests/",
                    path_params={"projectId": project_id},
                    json={"personId": person_id, "status": status},
                    content_type="application/json",
                    cast=PersonRequest,
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

    def get(
        self,
        project_id: int,
        person_request_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PersonRequest:
        """Show a single person request for a project

        Get one person request.

        ``GET /projects/{projectId}/person-requests/{personRequestId}``

        Args:
            project_id: The project's id.
            person_request_id: The person request's id.
        """
        return cast(
            PersonRequest,
            self._client.request(
                Call(
                    method="GET",
                    path="/projects/{projectId}/person-requests/{personRequestId}",
                    path_params={"projectId": project_id, "personRequestId": person_request_id},
                    cast=PersonRequest,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def update(
        self,
        project_id: int,
        person_request_id: int,
        *,
        status: Union[Literal["NEED_TO_HIRE", "REQUESTED", "PENDING"], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PersonRequestStatus:
        """Update the status of a person request on a project

        Person requests are used to request a placeholder role be filled with another person in the account or to request a new person be hired. This endpoint can be used to update the status of a request to 'REQUESTED' or 'NEED_TO_HIRE', respectively. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /projects/{projectId}/person-requests/{personRequestId}``

        Args:
            project_id: The project's id.
            person_request_id: The person request's id.
        """
        return cast(
            PersonRequestStatus,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/projects/{projectId}/person-requests/{personRequestId}",
                    path_params={"projectId": project_id, "personRequestId": person_request_id},
                    json={"status": status},
                    content_type="application/json",
                    cast=PersonRequestStatus,
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


class ProjectsPhasesResource(SyncResource):
    """Operations on projects.phases."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        project_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[ProjectPhase]:
        """List phases for a project

        List a project's phases (default 20, maximum 50 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/{projectId}/phases/``

        Args:
            project_id: The project's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 20, maximum 50). Default 20. At most 50.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/{projectId}/phases/",
                path_params={"projectId": project_id},
                query={"cursor": cursor, "limit": limit},
                cast=ProjectPhaseList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            ProjectPhase,
            50,
        )

    def create(
        self,
        project_id: int,
        *,
        name: str,
        start_date: date,
        end_date: date,
        color: Union[
            Literal[
                "#67D0D5",
                "#FDCD4F",
                "#F191CC",
                "#B19DE6",
                "#9CE277",
                "#CD97DA",
                "#84DBA0",
                "#FFB077",
                "#9CC5BF",
                "#E8C681",
                "#6899F1",
                "#DDAE9F",
            ],
            NotGiven,
        ] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectPhase:
        """Create a phase for a project

        Create a phase. Project phases divide your project into smaller sections so you can group similar tasks and assignments together.

        ``POST /projects/{projectId}/phases/``

        Args:
            project_id: The project's id.
            name: The name of the project phase. Must be at least 1 character long.
            start_date: The start date of the project phase in ISO8601 format: YYYY-MM-DD
            end_date: The end date of the project phase in ISO8601 format: YYYY-MM-DD
            color: Hex color of the phase. Only a subset of colors is allowed.
        """
        return cast(
            ProjectPhase,
            self._client.request(
                Call(
                    method="POST",
                    path="/projects/{projectId}/phases/",
                    path_params={"projectId": project_id},
                    json={
                        "name": name,
                        "startDate": start_date,
                        "endDate": end_date,
                        "color": color,
                    },
                    content_type="application/json",
                    cast=ProjectPhase,
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

    def get(
        self,
        project_id: int,
        phase_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectPhase:
        """Show a phase for a project

        Get one project phase.

        ``GET /projects/{projectId}/phases/{phaseId}``

        Args:
            project_id: The project's id.
            phase_id: The phase's id.
        """
        return cast(
            ProjectPhase,
            self._client.request(
                Call(
                    method="GET",
                    path="/projects/{projectId}/phases/{phaseId}",
                    path_params={"projectId": project_id, "phaseId": phase_id},
                    cast=ProjectPhase,
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
        project_id: int,
        phase_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a phase for a project

        Delete a project phase.

        ``DELETE /projects/{projectId}/phases/{phaseId}``

        Args:
            project_id: The project's id.
            phase_id: The phase's id.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/projects/{projectId}/phases/{phaseId}",
                path_params={"projectId": project_id, "phaseId": phase_id},
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

    def update(
        self,
        project_id: int,
        phase_id: int,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        start_date: Union[date, NotGiven] = NOT_GIVEN,
        end_date: Union[date, NotGiven] = NOT_GIVEN,
        color: Union[
            Literal[
                "#67D0D5",
                "#FDCD4F",
                "#F191CC",
                "#B19DE6",
                "#9CE277",
                "#CD97DA",
                "#84DBA0",
                "#FFB077",
                "#9CC5BF",
                "#E8C681",
                "#6899F1",
                "#DDAE9F",
            ],
            NotGiven,
        ] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectPhase:
        """Update a phase for a project

        Update a project phase. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /projects/{projectId}/phases/{phaseId}``

        Args:
            project_id: The project's id.
            phase_id: The phase's id.
            name: The name of the project phase. Must be at least 1 character long.
            start_date: The start date of the project phase in ISO8601 format: YYYY-MM-DD
            end_date: The end date of the project phase in ISO8601 format: YYYY-MM-DD
            color: Hex color of the phase. Only a subset of colors is allowed.
        """
        return cast(
            ProjectPhase,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/projects/{projectId}/phases/{phaseId}",
                    path_params={"projectId": project_id, "phaseId": phase_id},
                    json={
                        "name": name,
                        "startDate": start_date,
                        "endDate": end_date,
                        "color": color,
                    },
                    content_type="application/json",
                    cast=ProjectPhase,
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


class ProjectsRatesResource(SyncResource):
    """Operations on projects.rates."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        project_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[ProjectRate]:
        """List role rates for a project

        List the rate of each role on a project. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/{projectId}/project-rates/``

        Args:
            project_id: The project's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/{projectId}/project-rates/",
                path_params={"projectId": project_id},
                query={"cursor": cursor, "limit": limit},
                cast=ProjectRateList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            ProjectRate,
            200,
        )

    def update(
        self,
        project_id: int,
        project_rate_id: int,
        *,
        rate: Union[float, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectRate:
        """Update a rate for a role on a project

        Change the rate of a role on a project. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /projects/{projectId}/project-rates/{projectRateId}/``

        Args:
            project_id: The project's id.
            project_rate_id: The project rate's id.
        """
        return cast(
            ProjectRate,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/projects/{projectId}/project-rates/{projectRateId}/",
                    path_params={"projectId": project_id, "projectRateId": project_rate_id},
                    json={"rate": rate},
                    content_type="application/json",
                    cast=ProjectRate,
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


class ProjectsWorkstreamsResource(SyncResource):
    """Operations on projects.workstreams."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        project_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        include_archived: Optional[bool] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[ProjectWorkstream]:
        """List workstreams assigned to a project

        List the workstreams assigned to a project. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/{projectId}/project-workstreams/``

        Args:
            project_id: The project's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            include_archived: Include archived workstreams (default true). Default True.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/{projectId}/project-workstreams/",
                path_params={"projectId": project_id},
                query={"cursor": cursor, "limit": limit, "includeArchived": include_archived},
                cast=ProjectWorkstreamList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            ProjectWorkstream,
            200,
        )

    def get(
        self,
        project_id: int,
        workstream_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectWorkstream:
        """View project workstream

        Get one workstream assigned to a project.

        ``GET /projects/{projectId}/project-workstreams/{workstreamId}/``

        Args:
            project_id: The project's id.
            workstream_id: The workstream's id.
        """
        return cast(
            ProjectWorkstream,
            self._client.request(
                Call(
                    method="GET",
                    path="/projects/{projectId}/project-workstreams/{workstreamId}/",
                    path_params={"projectId": project_id, "workstreamId": workstream_id},
                    cast=ProjectWorkstream,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def add(
        self,
        project_id: int,
        workstream_id: int,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectWorkstream:
        """Add a workstream to a project

        Assign an existing workstream to a project (no request body).

        ``POST /projects/{projectId}/project-workstreams/{workstreamId}/``

        Args:
            project_id: The project's id.
            workstream_id: The workstream's id.
        """
        return cast(
            ProjectWorkstream,
            self._client.request(
                Call(
                    method="POST",
                    path="/projects/{projectId}/project-workstreams/{workstreamId}/",
                    path_params={"projectId": project_id, "workstreamId": workstream_id},
                    cast=ProjectWorkstream,
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

    def remove(
        self,
        project_id: int,
        workstream_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectWorkstream:
        """Delete project workstream

        Remove a workstream from a project. The workstream is returned.

        ``DELETE /projects/{projectId}/project-workstreams/{workstreamId}/``

        Args:
            project_id: The project's id.
            workstream_id: The workstream's id.
        """
        return cast(
            ProjectWorkstream,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/projects/{projectId}/project-workstreams/{workstreamId}/",
                    path_params={"projectId": project_id, "workstreamId": workstream_id},
                    cast=ProjectWorkstream,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


class ProjectsTimesheetLockResource(SyncResource):
    """Operations on projects.timesheet_lock."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def get(
        self,
        project_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TimesheetLock:
        """Show a timesheet lock for a project

        Show whether a project's timesheets are locked, and until when. This feature currently in beta and only available to selected customers.

        ``GET /projects/{projectId}/timesheet-lock/``

        Args:
            project_id: The project's id.
        """
        return cast(
            TimesheetLock,
            self._client.request(
                Call(
                    method="GET",
                    path="/projects/{projectId}/timesheet-lock/",
                    path_params={"projectId": project_id},
                    cast=TimesheetLock,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def update(
        self,
        project_id: int,
        *,
        status: Union[Literal["LOCKED", "UNLOCKED"], NotGiven] = NOT_GIVEN,
        locked_until: Union[date, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TimesheetLock:
        """Update a timesheet lock for a project

        Lock a project's timesheets up to a date, or unlock them. This feature currently in beta and only available to selected customers. This will return an error and message if all timesheets haven't been filled out to selected date. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /projects/{projectId}/timesheet-lock/``

        Args:
            project_id: The project's id.
            locked_until: Lock timesheets up to this date (required when status is `LOCKED`). Format: YYYY-MM-DD
        """
        return cast(
            TimesheetLock,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/projects/{projectId}/timesheet-lock/",
                    path_params={"projectId": project_id},
                    json={"status": status, "lockedUntil": locked_until},
                    content_type="application/json",
                    cast=TimesheetLock,
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


class ProjectsResource(SyncResource):
    """Operations on projects."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.assignments = ProjectsAssignmentsResource(client)
        self.actuals = ProjectsActualsResource(client)
        self.people = ProjectsPeopleResource(client)
        self.custom_fields = ProjectsCustomFieldsResource(client)
        self.budget_roles = ProjectsBudgetRolesResource(client)
        self.milestones = ProjectsMilestonesResource(client)
        self.notes = ProjectsNotesResource(client)
        self.other_expenses = ProjectsOtherExpensesResource(client)
        self.person_requests = ProjectsPersonRequestsResource(client)
        self.phases = ProjectsPhasesResource(client)
        self.rates = ProjectsRatesResource(client)
        self.workstreams = ProjectsWorkstreamsResource(client)
        self.timesheet_lock = ProjectsTimesheetLockResource(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["createdAt", "updatedAt", "id"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        include_archived: Optional[bool] = None,
        modified_after: Optional[str] = None,
        external_id: Optional[str] = None,
        name: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Project]:
        """List projects

        Get a list of projects, paginated (default 50, maximum 200 per page). See `GET /people/{id}/projects` for all projects by person. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            sort_by: Field to sort by: createdAt or updatedAt or id Default "id".
            order: Sort order: asc or desc Default "asc".
            include_archived: Include archived projects (default true). Default True.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ. Note: A project is considered "modified" if any of its core properties change. Actions that count as modifying a project include changing the name, client, status, pricing model, rate type, team, budget, expenses budget, references, and archiving. A project is not considered modified just because another object it is associated with is changed (e.g. actuals, assignments, budget roles, custom fields, milestones, notes, other expenses, people, people requests, phases, rates, timesheet locks & workstreams).
            external_id: External ID value
            name: Case-insensitive substring match on project name (e.g. `Acme`).
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "includeArchived": include_archived,
                    "modifiedAfter": modified_after,
                    "externalId": external_id,
                    "name": name,
                },
                cast=ProjectList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Project,
            200,
        )

    def create(
        self,
        *,
        body: ProjectInput,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Project:
        """Create a project

        Create a project, either described field by field (`name` and `clientId` required) or duplicated from a template project (`fromTemplate` with `templateId` and `startDate`). Properties may be left out unless they are required.

        ``POST /projects/``
        """
        return cast(
            Project,
            self._client.request(
                Call(
                    method="POST",
                    path="/projects/",
                    json=body,
                    content_type="application/json",
                    cast=Project,
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

    def get(
        self,
        project_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Project:
        """Show a project

        Get one project.

        ``GET /projects/{projectId}``

        Args:
            project_id: The project's id.
        """
        return cast(
            Project,
            self._client.request(
                Call(
                    method="GET",
                    path="/projects/{projectId}",
                    path_params={"projectId": project_id},
                    cast=Project,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def update(
        self,
        project_id: int,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        is_confirmed: Union[bool, NotGiven] = NOT_GIVEN,
        is_archived: Union[bool, NotGiven] = NOT_GIVEN,
        is_template: Union[bool, NotGiven] = NOT_GIVEN,
        budget: Union[Optional[float], NotGiven] = NOT_GIVEN,
        expenses_budget: Union[Optional[float], NotGiven] = NOT_GIVEN,
        client_id: Union[int, NotGiven] = NOT_GIVEN,
        team_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        pricing_model: Union[Literal["fp", "tm", "nb"], NotGiven] = NOT_GIVEN,
        rate_type: Union[Literal["hours", "days"], NotGiven] = NOT_GIVEN,
        references: Union[List[Reference], NotGiven] = NOT_GIVEN,
        tags: Union[List[TagInput], NotGiven] = NOT_GIVEN,
        manager_ids: Union[List[int], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Project:
        """Update a project

        Update a project. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /projects/{projectId}``

        Args:
            project_id: The project's id.
            budget: Budget value in local currency. Pass null to unset.
            expenses_budget: Expenses budget value in local currency. Pass null to unset.
            team_id: Pass null to remove the project from its team.
            references: Replaces the project's references; pass [] to remove them all.
            tags: Replaces the project's tags; pass [] to remove them all.
            manager_ids: List of User IDs that manage the project. Pass [] to remove all managers.
        """
        return cast(
            Project,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/projects/{projectId}",
                    path_params={"projectId": project_id},
                    json={
                        "name": name,
                        "isConfirmed": is_confirmed,
                        "isArchived": is_archived,
                        "isTemplate": is_template,
                        "budget": budget,
                        "expensesBudget": expenses_budget,
                        "clientId": client_id,
                        "teamId": team_id,
                        "pricingModel": pricing_model,
                        "rateType": rate_type,
                        "references": references,
                        "tags": tags,
                        "managerIds": manager_ids,
                    },
                    content_type="application/json",
                    cast=Project,
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
        project_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a project

        Delete a project by id. You cannot delete a project that has any actuals or assignments (409 Conflict).

        ``DELETE /projects/{projectId}/``

        Args:
            project_id: The project's id.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/projects/{projectId}/",
                path_params={"projectId": project_id},
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

    def list_custom_fields(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[ProjectCustomField]:
        """List project custom fields

        List all custom fields across all projects (default 100, maximum 500 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/custom-fields``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 100, maximum 500). Default 100. At most 500.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/custom-fields",
                query={"cursor": cursor, "limit": limit, "modifiedAfter": modified_after},
                cast=ProjectCustomFieldList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            ProjectCustomField,
            500,
        )


class AsyncProjectsAssignmentsResource(AsyncResource):
    """Operations on projects.assignments."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        project_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        person_id: Optional[int] = None,
        role_id: Optional[int] = None,
        start_date: Optional[date] = None,
        end_date: Optional[date] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Assignment]:
        """List assignments for a project

        List a project's assignments. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/{projectId}/assignments/``

        Args:
            project_id: The project's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            person_id: Only assignments of this person.
            role_id: Only assignments in this role.
            start_date: Include assignments that start or overlap with this date. Format: YYYY-MM-DD
            end_date: Include assignments that end on or overlap with this date. Format: YYYY-MM-DD
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/{projectId}/assignments/",
                path_params={"projectId": project_id},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "personId": person_id,
                    "roleId": role_id,
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
            200,
        )


class AsyncProjectsActualsResource(AsyncResource):
    """Operations on projects.actuals."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        project_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        person_id: Optional[int] = None,
        role_id: Optional[int] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Actual]:
        """List actuals for a project

        List a project's actuals. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/{projectId}/actuals/``

        Args:
            project_id: The project's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            person_id: Only actuals of this person.
            role_id: Only actuals in this role.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/{projectId}/actuals/",
                path_params={"projectId": project_id},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "personId": person_id,
                    "roleId": role_id,
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
            200,
        )


class AsyncProjectsPeopleResource(AsyncResource):
    """Operations on projects.people."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        project_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        include_archived: Optional[bool] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[CollectionPerson]:
        """List people assigned to a project

        List the people on a project. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/{projectId}/people/``

        Args:
            project_id: The project's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            include_archived: Include archived people (default true). Default True.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/{projectId}/people/",
                path_params={"projectId": project_id},
                query={"cursor": cursor, "limit": limit, "includeArchived": include_archived},
                cast=PersonList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            CollectionPerson,
            200,
        )


class AsyncProjectsCustomFieldsResource(AsyncResource):
    """Operations on projects.custom_fields."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def set_checkbox(
        self,
        project_id: int,
        *,
        id: Union[int, NotGiven] = NOT_GIVEN,
        value: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CheckboxFieldValue:
        """Add a checkbox custom value to a project

        Set the value of one checkbox custom field on a project (`id` is the custom field's id). Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /projects/{projectId}/custom-fields/checkbox/``

        Args:
            project_id: The project's id.
            id: Id of the checkbox custom field.
        """
        return cast(
            CheckboxFieldValue,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/projects/{projectId}/custom-fields/checkbox/",
                    path_params={"projectId": project_id},
                    json={"id": id, "value": value},
                    content_type="application/json",
                    cast=CheckboxFieldValue,
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

    async def set_date(
        self,
        project_id: int,
        *,
        id: Union[int, NotGiven] = NOT_GIVEN,
        value: Union[Optional[date], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DateFieldValue:
        """Add a date custom field value to a project

        Set the value of one date custom field on a project (`id` is the custom field's id). Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /projects/{projectId}/custom-fields/date/``

        Args:
            project_id: The project's id.
            id: Id of the date custom field.
            value: Format: YYYY-MM-DD. Pass null to clear the value.
        """
        return cast(
            DateFieldValue,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/projects/{projectId}/custom-fields/date/",
                    path_params={"projectId": project_id},
                    json={"id": id, "value": value},
                    content_type="application/json",
                    cast=DateFieldValue,
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

    async def set_select(
        self,
        project_id: int,
        *,
        id: Union[int, NotGiven] = NOT_GIVEN,
        values: Union[List[UpdatePersonSelectCustomFieldBodyValuesItem], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SelectFieldValue:
        """Add a select custom field to a project

        Set the value of one select custom field on a project (`id` is the custom field's id). Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /projects/{projectId}/custom-fields/select/``

        Args:
            project_id: The project's id.
            id: Id of the select custom field.
            values: The chosen options; pass [] to clear them.
        """
        return cast(
            SelectFieldValue,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/projects/{projectId}/custom-fields/select/",
                    path_params={"projectId": project_id},
                    json={"id": id, "values": values},
                    content_type="application/json",
                    cast=SelectFieldValue,
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

    async def set_text(
        self,
        project_id: int,
        *,
        id: Union[int, NotGiven] = NOT_GIVEN,
        value: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TextFieldValue:
        """Add a text custom field value to a project

        Set the value of one text custom field on a project (`id` is the custom field's id). Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /projects/{projectId}/custom-fields/text/``

        Args:
            project_id: The project's id.
            id: Id of the text custom field.
        """
        return cast(
            TextFieldValue,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/projects/{projectId}/custom-fields/text/",
                    path_params={"projectId": project_id},
                    json={"id": id, "value": value},
                    content_type="application/json",
                    cast=TextFieldValue,
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


class AsyncProjectsBudgetRolesResource(AsyncResource):
    """Operations on projects.budget_roles."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        project_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[ProjectBudgetRole]:
        """Get a paginated list of project budget roles for a project

        List a project's budget roles. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/{projectId}/budget-roles/``

        Args:
            project_id: The project's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/{projectId}/budget-roles/",
                path_params={"projectId": project_id},
                query={"cursor": cursor, "limit": limit},
                cast=ProjectBudgetRoleList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            ProjectBudgetRole,
            200,
        )

    async def create(
        self,
        project_id: int,
        *,
        role_id: int,
        estimated_minutes: Union[int, NotGiven] = NOT_GIVEN,
        estimated_budget: Union[int, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Create a project budget role

        Create a project budget role for a project. You cannot create a project budget role using estimated budget if a project rate does not exist for the role because the project rate is used to set the estimatedMinutes.

        ``POST /projects/{projectId}/budget-roles/``

        Args:
            project_id: The project's id.
            estimated_minutes: Minutes budgeted for the role. Give this or estimatedBudget.
            estimated_budget: Budget for the role in local currency. Give this or estimatedMinutes.
        """
        await self._client.request(
            Call(
                method="POST",
                path="/projects/{projectId}/budget-roles/",
                path_params={"projectId": project_id},
                json={
                    "roleId": role_id,
                    "estimatedMinutes": estimated_minutes,
                    "estimatedBudget": estimated_budget,
                },
                content_type="application/json",
                cast=None,
                response_kind="empty",
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                    retry_non_idempotent=allow_retry,
                    idempotency_key=idempotency_key,
                ),
            )
        )

    async def get(
        self,
        project_id: int,
        role_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectBudgetRole:
        """Get a project budget role

        Get the budget of one role on a project.

        ``GET /projects/{projectId}/budget-roles/{roleId}``

        Args:
            project_id: The project's id.
            role_id: The role's id.
        """
        return cast(
            ProjectBudgetRole,
            await self._client.request(
                Call(
                    method="GET",
                    path="/projects/{projectId}/budget-roles/{roleId}",
                    path_params={"projectId": project_id, "roleId": role_id},
                    cast=ProjectBudgetRole,
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
        project_id: int,
        role_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a project budget role

        Delete a project budget role for a project. You cannot delete a project budget role if it is implicitly created from a project membership.

        ``DELETE /projects/{projectId}/budget-roles/{roleId}``

        Args:
            project_id: The project's id.
            role_id: The role's id.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/projects/{projectId}/budget-roles/{roleId}",
                path_params={"projectId": project_id, "roleId": role_id},
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

    async def update(
        self,
        project_id: int,
        role_id: int,
        *,
        estimated_minutes: Union[int, NotGiven] = NOT_GIVEN,
        estimated_budget: Union[int, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectBudgetRole:
        """Update a project budget role

        Update a project budget role for a project, giving either `estimatedMinutes` or `estimatedBudget`. You cannot update a project budget role using estimated budget if a project rate does not exist for the role because the project rate is used to set the estimatedMinutes. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /projects/{projectId}/budget-roles/{roleId}``

        Args:
            project_id: The project's id.
            role_id: The role's id.
            estimated_minutes: Minutes budgeted for the role. Give this or estimatedBudget.
            estimated_budget: Budget for the role in local currency. Give this or estimatedMinutes.
        """
        return cast(
            ProjectBudgetRole,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/projects/{projectId}/budget-roles/{roleId}",
                    path_params={"projectId": project_id, "roleId": role_id},
                    json={
                        "estimatedMinutes": estimated_minutes,
                        "estimatedBudget": estimated_budget,
                    },
                    content_type="application/json",
                    cast=ProjectBudgetRole,
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


class AsyncProjectsMilestonesResource(AsyncResource):
    """Operations on projects.milestones."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
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
    ) -> AsyncPager[Milestone]:
        """List milestones for a project

        List a project's milestones. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/{projectId}/milestones/``

        Args:
            project_id: The project's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            start_date: Milestones on this date or newer. Defaults to Monday of the current week. Format: YYYY-MM-DD.
            end_date: Milestones on this date or older. Format: YYYY-MM-DD.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/{projectId}/milestones/",
                path_params={"projectId": project_id},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "startDate": start_date,
                    "endDate": end_date,
                },
                cast=MilestoneList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Milestone,
            200,
        )

    async def create(
        self,
        project_id: int,
        *,
        title: str,
        icon: str,
        date_: date,
        note: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Milestone:
        """Create a milestone for a project

        Create a milestone on a project.

        ``POST /projects/{projectId}/milestones/``

        Args:
            project_id: The project's id.
            icon: One of `start`, `end`, `flag`, `dollar`, `warning`, or an emoji to use as icon.
            date_: Format: YYYY-MM-DD
        """
        return cast(
            Milestone,
            await self._client.request(
                Call(
                    method="POST",
                    path="/projects/{projectId}/milestones/",
                    path_params={"projectId": project_id},
                    json={"title": title, "icon": icon, "note": note, "date": date_},
                    content_type="application/json",
                    cast=Milestone,
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
        project_id: int,
        milestone_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a milestone for a project

        Delete a milestone.

        ``DELETE /projects/{projectId}/milestones/{milestoneId}``

        Args:
            project_id: The project's id.
            milestone_id: The milestone's id.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/projects/{projectId}/milestones/{milestoneId}",
                path_params={"projectId": project_id, "milestoneId": milestone_id},
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

    async def update(
        self,
        project_id: int,
        milestone_id: int,
        *,
        title: Union[str, NotGiven] = NOT_GIVEN,
        icon: Union[str, NotGiven] = NOT_GIVEN,
        note: Union[str, NotGiven] = NOT_GIVEN,
        date_: Union[date, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Milestone:
        """Update a milestone for a project

        Update a milestone. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /projects/{projectId}/milestones/{milestoneId}``

        Args:
            project_id: The project's id.
            milestone_id: The milestone's id.
            icon: One of `start`, `end`, `flag`, `dollar`, `warning`, or an emoji to use as icon.
            date_: Format: YYYY-MM-DD
        """
        return cast(
            Milestone,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/projects/{projectId}/milestones/{milestoneId}",
                    path_params={"projectId": project_id, "milestoneId": milestone_id},
                    json={"title": title, "icon": icon, "note": note, "date": date_},
                    content_type="application/json",
                    cast=Milestone,
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


class AsyncProjectsNotesResource(AsyncResource):
    """Operations on projects.notes."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        project_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[ProjectNote]:
        """List notes for a project

        List a project's notes. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/{projectId}/notes/``

        Args:
            project_id: The project's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/{projectId}/notes/",
                path_params={"projectId": project_id},
                query={"cursor": cursor, "limit": limit},
                cast=ProjectNoteList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            ProjectNote,
            200,
        )

    async def create(
        self,
        project_id: int,
        *,
        note: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectNote:
        """Create a project note

        Create a note on a project. Defaults creator to 'API' user

        ``POST /projects/{projectId}/notes/``

        Args:
            project_id: The project's id.
        """
        return cast(
            ProjectNote,
            await self._client.request(
                Call(
                    method="POST",
                    path="/projects/{projectId}/notes/",
                    path_params={"projectId": project_id},
                    json={"note": note},
                    content_type="application/json",
                    cast=ProjectNote,
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


class AsyncProjectsOtherExpensesResource(AsyncResource):
    """Operations on projects.other_expenses."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        project_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[ProjectOtherExpense]:
        """List other expenses for a project

        List a project's non-labour expenses (default 20, maximum 50 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/{projectId}/other-expenses/``

        Args:
            project_id: Unique identifier for the project the expenses are for.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 20, maximum 50). Default 20. At most 50.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/{projectId}/other-expenses/",
                path_params={"projectId": project_id},
                query={"cursor": cursor, "limit": limit},
                cast=ProjectOtherExpenseList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            ProjectOtherExpense,
            50,
        )

    async def create(
        self,
        project_id: int,
        *,
        cost: float,
        charge: float,
        name: str,
        date_: date,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectOtherExpense:
        """Create an other expense for a project

        Create a non-labour expense for a project.

        ``POST /projects/{projectId}/other-expenses/``

        Args:
            project_id: Unique identifier for the project the expense is for.
            cost: How much the item costs for your business (in your account's currency).
            charge: How much you are charging your clients for the item (in your account's currency).
            name: The item or service that was purchased.
            date_: The date the expense was incurred.
        """
        return cast(
            ProjectOtherExpense,
            await self._client.request(
                Call(
                    method="POST",
                    path="/projects/{projectId}/other-expenses/",
                    path_params={"projectId": project_id},
                    json={"cost": cost, "charge": charge, "name": name, "date": date_},
                    content_type="application/json",
                    cast=ProjectOtherExpense,
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

    async def update(
        self,
        project_id: int,
        other_expense_id: int,
        *,
        cost: Union[float, NotGiven] = NOT_GIVEN,
        charge: Union[float, NotGiven] = NOT_GIVEN,
        name: Union[str, NotGiven] = NOT_GIVEN,
        date_: Union[date, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectOtherExpense:
        """Update an other expense on a project

        Update a non-labour expense. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /projects/{projectId}/other-expenses/{otherExpenseId}/``

        Args:
            project_id: Unique identifier for the project the expense is for.
            other_expense_id: Unique identifier for the other expense to update.
            cost: How much the item costs for your business (in your account's currency).
            charge: How much you are charging your clients for the item (in your account's currency).
            name: The item or service that was purchased.
            date_: The date the expense was incurred.
        """
        return cast(
            ProjectOtherExpense,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/projects/{projectId}/other-expenses/{otherExpenseId}/",
                    path_params={"projectId": project_id, "otherExpenseId": other_expense_id},
                    json={"cost": cost, "charge": charge, "name": name, "date": date_},
                    content_type="application/json",
                    cast=ProjectOtherExpense,
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


class AsyncProjectsPersonRequestsResource(AsyncResource):
    """Operations on projects.person_requests."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        project_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[PersonRequest]:
        """List the person requests for a project

        List a project's person requests. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/{projectId}/person-requests/``

        Args:
            project_id: The project's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/{projectId}/person-requests/",
                path_params={"projectId": project_id},
                query={"cursor": cursor, "limit": limit},
                cast=PersonRequestList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            PersonRequest,
            200,
        )

    async def create(
        self,
        project_id: int,
        *,
        person_id: int,
        status: Literal["NEED_TO_HIRE", "REQUESTED", "PENDING"],
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PersonRequest:
        """Create a person request on a project

        Person requests are used to request a placeholder role be filled with a person in the account or to request a new person be hired. This endpoint can be used to create a new person request.

        ``POST /projects/{projectId}/person-requests/``

        Args:
            project_id: The project's id.
            person_id: The placeholder to fill.
        """
        return cast(
            PersonRequest,
            await self._client.request(
                Call(
                    method="POST",
                    path="/projects/{projectId}/person-requests/",
                    path_params={"projectId": project_id},
                    json={"personId": person_id, "status": status},
                    content_type="application/json",
                    cast=PersonRequest,
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

    async def get(
        self,
        project_id: int,
        person_request_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PersonRequest:
        """Show a single person request for a project

        Get one person request.

        ``GET /projects/{projectId}/person-requests/{personRequestId}``

        Args:
            project_id: The project's id.
            person_request_id: The person request's id.
        """
        return cast(
            PersonRequest,
            await self._client.request(
                Call(
                    method="GET",
                    path="/projects/{projectId}/person-requests/{personRequestId}",
                    path_params={"projectId": project_id, "personRequestId": person_request_id},
                    cast=PersonRequest,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def update(
        self,
        project_id: int,
        person_request_id: int,
        *,
        status: Union[Literal["NEED_TO_HIRE", "REQUESTED", "PENDING"], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PersonRequestStatus:
        """Update the status of a person request on a project

        Person requests are used to request a placeholder role be filled with another person in the account or to request a new person be hired. This endpoint can be used to update the status of a request to 'REQUESTED' or 'NEED_TO_HIRE', respectively. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /projects/{projectId}/person-requests/{personRequestId}``

        Args:
            project_id: The project's id.
            person_request_id: The person request's id.
        """
        return cast(
            PersonRequestStatus,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/projects/{projectId}/person-requests/{personRequestId}",
                    path_params={"projectId": project_id, "personRequestId": person_request_id},
                    json={"status": status},
                    content_type="application/json",
                    cast=PersonRequestStatus,
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


class AsyncProjectsPhasesResource(AsyncResource):
    """Operations on projects.phases."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        project_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[ProjectPhase]:
        """List phases for a project

        List a project's phases (default 20, maximum 50 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/{projectId}/phases/``

        Args:
            project_id: The project's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 20, maximum 50). Default 20. At most 50.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/{projectId}/phases/",
                path_params={"projectId": project_id},
                query={"cursor": cursor, "limit": limit},
                cast=ProjectPhaseList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            ProjectPhase,
            50,
        )

    async def create(
        self,
        project_id: int,
        *,
        name: str,
        start_date: date,
        end_date: date,
        color: Union[
            Literal[
                "#67D0D5",
                "#FDCD4F",
                "#F191CC",
                "#B19DE6",
                "#9CE277",
                "#CD97DA",
                "#84DBA0",
                "#FFB077",
                "#9CC5BF",
                "#E8C681",
                "#6899F1",
                "#DDAE9F",
            ],
            NotGiven,
        ] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectPhase:
        """Create a phase for a project

        Create a phase. Project phases divide your project into smaller sections so you can group similar tasks and assignments together.

        ``POST /projects/{projectId}/phases/``

        Args:
            project_id: The project's id.
            name: The name of the project phase. Must be at least 1 character long.
            start_date: The start date of the project phase in ISO8601 format: YYYY-MM-DD
            end_date: The end date of the project phase in ISO8601 format: YYYY-MM-DD
            color: Hex color of the phase. Only a subset of colors is allowed.
        """
        return cast(
            ProjectPhase,
            await self._client.request(
                Call(
                    method="POST",
                    path="/projects/{projectId}/phases/",
                    path_params={"projectId": project_id},
                    json={
                        "name": name,
                        "startDate": start_date,
                        "endDate": end_date,
                        "color": color,
                    },
                    content_type="application/json",
                    cast=ProjectPhase,
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

    async def get(
        self,
        project_id: int,
        phase_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectPhase:
        """Show a phase for a project

        Get one project phase.

        ``GET /projects/{projectId}/phases/{phaseId}``

        Args:
            project_id: The project's id.
            phase_id: The phase's id.
        """
        return cast(
            ProjectPhase,
            await self._client.request(
                Call(
                    method="GET",
                    path="/projects/{projectId}/phases/{phaseId}",
                    path_params={"projectId": project_id, "phaseId": phase_id},
                    cast=ProjectPhase,
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
        project_id: int,
        phase_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a phase for a project

        Delete a project phase.

        ``DELETE /projects/{projectId}/phases/{phaseId}``

        Args:
            project_id: The project's id.
            phase_id: The phase's id.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/projects/{projectId}/phases/{phaseId}",
                path_params={"projectId": project_id, "phaseId": phase_id},
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

    async def update(
        self,
        project_id: int,
        phase_id: int,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        start_date: Union[date, NotGiven] = NOT_GIVEN,
        end_date: Union[date, NotGiven] = NOT_GIVEN,
        color: Union[
            Literal[
                "#67D0D5",
                "#FDCD4F",
                "#F191CC",
                "#B19DE6",
                "#9CE277",
                "#CD97DA",
                "#84DBA0",
                "#FFB077",
                "#9CC5BF",
                "#E8C681",
                "#6899F1",
                "#DDAE9F",
            ],
            NotGiven,
        ] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectPhase:
        """Update a phase for a project

        Update a project phase. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /projects/{projectId}/phases/{phaseId}``

        Args:
            project_id: The project's id.
            phase_id: The phase's id.
            name: The name of the project phase. Must be at least 1 character long.
            start_date: The start date of the project phase in ISO8601 format: YYYY-MM-DD
            end_date: The end date of the project phase in ISO8601 format: YYYY-MM-DD
            color: Hex color of the phase. Only a subset of colors is allowed.
        """
        return cast(
            ProjectPhase,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/projects/{projectId}/phases/{phaseId}",
                    path_params={"projectId": project_id, "phaseId": phase_id},
                    json={
                        "name": name,
                        "startDate": start_date,
                        "endDate": end_date,
                        "color": color,
                    },
                    content_type="application/json",
                    cast=ProjectPhase,
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


class AsyncProjectsRatesResource(AsyncResource):
    """Operations on projects.rates."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        project_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[ProjectRate]:
        """List role rates for a project

        List the rate of each role on a project. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/{projectId}/project-rates/``

        Args:
            project_id: The project's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/{projectId}/project-rates/",
                path_params={"projectId": project_id},
                query={"cursor": cursor, "limit": limit},
                cast=ProjectRateList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            ProjectRate,
            200,
        )

    async def update(
        self,
        project_id: int,
        project_rate_id: int,
        *,
        rate: Union[float, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectRate:
        """Update a rate for a role on a project

        Change the rate of a role on a project. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /projects/{projectId}/project-rates/{projectRateId}/``

        Args:
            project_id: The project's id.
            project_rate_id: The project rate's id.
        """
        return cast(
            ProjectRate,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/projects/{projectId}/project-rates/{projectRateId}/",
                    path_params={"projectId": project_id, "projectRateId": project_rate_id},
                    json={"rate": rate},
                    content_type="application/json",
                    cast=ProjectRate,
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


class AsyncProjectsWorkstreamsResource(AsyncResource):
    """Operations on projects.workstreams."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        project_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        include_archived: Optional[bool] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[ProjectWorkstream]:
        """List workstreams assigned to a project

        List the workstreams assigned to a project. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/{projectId}/project-workstreams/``

        Args:
            project_id: The project's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            include_archived: Include archived workstreams (default true). Default True.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/{projectId}/project-workstreams/",
                path_params={"projectId": project_id},
                query={"cursor": cursor, "limit": limit, "includeArchived": include_archived},
                cast=ProjectWorkstreamList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            ProjectWorkstream,
            200,
        )

    async def get(
        self,
        project_id: int,
        workstream_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectWorkstream:
        """View project workstream

        Get one workstream assigned to a project.

        ``GET /projects/{projectId}/project-workstreams/{workstreamId}/``

        Args:
            project_id: The project's id.
            workstream_id: The workstream's id.
        """
        return cast(
            ProjectWorkstream,
            await self._client.request(
                Call(
                    method="GET",
                    path="/projects/{projectId}/project-workstreams/{workstreamId}/",
                    path_params={"projectId": project_id, "workstreamId": workstream_id},
                    cast=ProjectWorkstream,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def add(
        self,
        project_id: int,
        workstream_id: int,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectWorkstream:
        """Add a workstream to a project

        Assign an existing workstream to a project (no request body).

        ``POST /projects/{projectId}/project-workstreams/{workstreamId}/``

        Args:
            project_id: The project's id.
            workstream_id: The workstream's id.
        """
        return cast(
            ProjectWorkstream,
            await self._client.request(
                Call(
                    method="POST",
                    path="/projects/{projectId}/project-workstreams/{workstreamId}/",
                    path_params={"projectId": project_id, "workstreamId": workstream_id},
                    cast=ProjectWorkstream,
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

    async def remove(
        self,
        project_id: int,
        workstream_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectWorkstream:
        """Delete project workstream

        Remove a workstream from a project. The workstream is returned.

        ``DELETE /projects/{projectId}/project-workstreams/{workstreamId}/``

        Args:
            project_id: The project's id.
            workstream_id: The workstream's id.
        """
        return cast(
            ProjectWorkstream,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/projects/{projectId}/project-workstreams/{workstreamId}/",
                    path_params={"projectId": project_id, "workstreamId": workstream_id},
                    cast=ProjectWorkstream,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


class AsyncProjectsTimesheetLockResource(AsyncResource):
    """Operations on projects.timesheet_lock."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def get(
        self,
        project_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TimesheetLock:
        """Show a timesheet lock for a project

        Show whether a project's timesheets are locked, and until when. This feature currently in beta and only available to selected customers.

        ``GET /projects/{projectId}/timesheet-lock/``

        Args:
            project_id: The project's id.
        """
        return cast(
            TimesheetLock,
            await self._client.request(
                Call(
                    method="GET",
                    path="/projects/{projectId}/timesheet-lock/",
                    path_params={"projectId": project_id},
                    cast=TimesheetLock,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def update(
        self,
        project_id: int,
        *,
        status: Union[Literal["LOCKED", "UNLOCKED"], NotGiven] = NOT_GIVEN,
        locked_until: Union[date, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TimesheetLock:
        """Update a timesheet lock for a project

        Lock a project's timesheets up to a date, or unlock them. This feature currently in beta and only available to selected customers. This will return an error and message if all timesheets haven't been filled out to selected date. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /projects/{projectId}/timesheet-lock/``

        Args:
            project_id: The project's id.
            locked_until: Lock timesheets up to this date (required when status is `LOCKED`). Format: YYYY-MM-DD
        """
        return cast(
            TimesheetLock,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/projects/{projectId}/timesheet-lock/",
                    path_params={"projectId": project_id},
                    json={"status": status, "lockedUntil": locked_until},
                    content_type="application/json",
                    cast=TimesheetLock,
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


class AsyncProjectsResource(AsyncResource):
    """Operations on projects."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.assignments = AsyncProjectsAssignmentsResource(client)
        self.actuals = AsyncProjectsActualsResource(client)
        self.people = AsyncProjectsPeopleResource(client)
        self.custom_fields = AsyncProjectsCustomFieldsResource(client)
        self.budget_roles = AsyncProjectsBudgetRolesResource(client)
        self.milestones = AsyncProjectsMilestonesResource(client)
        self.notes = AsyncProjectsNotesResource(client)
        self.other_expenses = AsyncProjectsOtherExpensesResource(client)
        self.person_requests = AsyncProjectsPersonRequestsResource(client)
        self.phases = AsyncProjectsPhasesResource(client)
        self.rates = AsyncProjectsRatesResource(client)
        self.workstreams = AsyncProjectsWorkstreamsResource(client)
        self.timesheet_lock = AsyncProjectsTimesheetLockResource(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["createdAt", "updatedAt", "id"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        include_archived: Optional[bool] = None,
        modified_after: Optional[str] = None,
        external_id: Optional[str] = None,
        name: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Project]:
        """List projects

        Get a list of projects, paginated (default 50, maximum 200 per page). See `GET /people/{id}/projects` for all projects by person. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            sort_by: Field to sort by: createdAt or updatedAt or id Default "id".
            order: Sort order: asc or desc Default "asc".
            include_archived: Include archived projects (default true). Default True.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ. Note: A project is considered "modified" if any of its core properties change. Actions that count as modifying a project include changing the name, client, status, pricing model, rate type, team, budget, expenses budget, references, and archiving. A project is not considered modified just because another object it is associated with is changed (e.g. actuals, assignments, budget roles, custom fields, milestones, notes, other expenses, people, people requests, phases, rates, timesheet locks & workstreams).
            external_id: External ID value
            name: Case-insensitive substring match on project name (e.g. `Acme`).
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "includeArchived": include_archived,
                    "modifiedAfter": modified_after,
                    "externalId": external_id,
                    "name": name,
                },
                cast=ProjectList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Project,
            200,
        )

    async def create(
        self,
        *,
        body: ProjectInput,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Project:
        """Create a project

        Create a project, either described field by field (`name` and `clientId` required) or duplicated from a template project (`fromTemplate` with `templateId` and `startDate`). Properties may be left out unless they are required.

        ``POST /projects/``
        """
        return cast(
            Project,
            await self._client.request(
                Call(
                    method="POST",
                    path="/projects/",
                    json=body,
                    content_type="application/json",
                    cast=Project,
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

    async def get(
        self,
        project_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Project:
        """Show a project

        Get one project.

        ``GET /projects/{projectId}``

        Args:
            project_id: The project's id.
        """
        return cast(
            Project,
            await self._client.request(
                Call(
                    method="GET",
                    path="/projects/{projectId}",
                    path_params={"projectId": project_id},
                    cast=Project,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def update(
        self,
        project_id: int,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        is_confirmed: Union[bool, NotGiven] = NOT_GIVEN,
        is_archived: Union[bool, NotGiven] = NOT_GIVEN,
        is_template: Union[bool, NotGiven] = NOT_GIVEN,
        budget: Union[Optional[float], NotGiven] = NOT_GIVEN,
        expenses_budget: Union[Optional[float], NotGiven] = NOT_GIVEN,
        client_id: Union[int, NotGiven] = NOT_GIVEN,
        team_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        pricing_model: Union[Literal["fp", "tm", "nb"], NotGiven] = NOT_GIVEN,
        rate_type: Union[Literal["hours", "days"], NotGiven] = NOT_GIVEN,
        references: Union[List[Reference], NotGiven] = NOT_GIVEN,
        tags: Union[List[TagInput], NotGiven] = NOT_GIVEN,
        manager_ids: Union[List[int], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Project:
        """Update a project

        Update a project. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /projects/{projectId}``

        Args:
            project_id: The project's id.
            budget: Budget value in local currency. Pass null to unset.
            expenses_budget: Expenses budget value in local currency. Pass null to unset.
            team_id: Pass null to remove the project from its team.
            references: Replaces the project's references; pass [] to remove them all.
            tags: Replaces the project's tags; pass [] to remove them all.
            manager_ids: List of User IDs that manage the project. Pass [] to remove all managers.
        """
        return cast(
            Project,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/projects/{projectId}",
                    path_params={"projectId": project_id},
                    json={
                        "name": name,
                        "isConfirmed": is_confirmed,
                        "isArchived": is_archived,
                        "isTemplate": is_template,
                        "budget": budget,
                        "expensesBudget": expenses_budget,
                        "clientId": client_id,
                        "teamId": team_id,
                        "pricingModel": pricing_model,
                        "rateType": rate_type,
                        "references": references,
                        "tags": tags,
                        "managerIds": manager_ids,
                    },
                    content_type="application/json",
                    cast=Project,
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
        project_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a project

        Delete a project by id. You cannot delete a project that has any actuals or assignments (409 Conflict).

        ``DELETE /projects/{projectId}/``

        Args:
            project_id: The project's id.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/projects/{projectId}/",
                path_params={"projectId": project_id},
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

    def list_custom_fields(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[ProjectCustomField]:
        """List project custom fields

        List all custom fields across all projects (default 100, maximum 500 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /projects/custom-fields``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 100, maximum 500). Default 100. At most 500.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/projects/custom-fields",
                query={"cursor": cursor, "limit": limit, "modifiedAfter": modified_after},
                cast=ProjectCustomFieldList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            ProjectCustomField,
            500,
        )
