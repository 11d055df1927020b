"""Resources of the Runn API: ``client.<resource>.<method>(...)``, sync and async."""

from __future__ import annotations

import warnings
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Mapping, Optional, Union, cast

from ._base_client import AsyncAPIClient, Call, SyncAPIClient
from ._config import PAGING
from ._pagination import AsyncPager, SyncPager
from ._resource import AsyncResource, SyncResource
from ._types import NOT_GIVEN, FileTypes, NotGiven, RequestOptions, Timeout
from .models import *  # noqa: F403 - every model name is part of the signatures below


class MeResource(SyncResource):
    """Operations on me."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def get(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Me:
        """Who am I?

        Get information about the currently authenticated user.

        ``GET /me/``
        """
        return cast(
            Me,
            self._client.request(
                Call(
                    method="GET",
                    path="/me/",
                    path_params={},
                    query={},
                    headers={},
                    cast=Me,
                    response_kind="json",
                    authenticated=True,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


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
    ) -> SyncPager[Event]:
        """List events

        Get a list of events that have occurred (deletions of projects, people, contracts, actuals, time offs and assignments), newest first by default. Test accounts are not supported. More events will be added in the future. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /activity-log/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            event_type: Filter by event type, e.g. project_deleted. If not provided, all event types are returned.
            occurred_after: Only return events that occurred after this time. ISO 8601 format.
            order_by: Order the events by when they occurred. Default 'desc'.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/activity-log/",
                path_params={},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "eventType": event_type,
                    "occurredAfter": occurred_after,
                    "orderBy": order_by,
                },
                headers={},
                cast=EventList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Event,
            200,
        )


class PeopleCustomFieldsResource(SyncResource):
    """Operations on people.custom_fields."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def set_checkbox(
        self,
        person_id: int,
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
        """Add a checkbox custom value to a person

        Set the value of one checkbox custom field on a person (`id` is the custom field's id). Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /people/{personId}/custom-fields/checkbox/``

        Args:
            person_id: The person's id.
            id: Id of the checkbox custom field.
        """
        return cast(
            CheckboxFieldValue,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/people/{personId}/custom-fields/checkbox/",
                    path_params={
                        "personId": person_id,
                    },
                    query={},
                    headers={},
                    json={
                        "id": id,
                        "value": value,
                    },
                    content_type="application/json",
                    cast=CheckboxFieldValue,
                    response_kind="json",
                    authenticated=True,
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
        person_id: int,
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
        """Add a date custom value to a person

        Set the value of one date custom field on a person (`id` is the custom field's id). Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /people/{personId}/custom-fields/date/``

        Args:
            person_id: The person's id.
            id: Id of the date custom field.
            value: Format: YYYY-MM-DD. Pass null to clear the value.
        """
        return cast(
            DateFieldValue,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/people/{personId}/custom-fields/date/",
                    path_params={
                        "personId": person_id,
                    },
                    query={},
                    headers={},
                    json={
                        "id": id,
                        "value": value,
                    },
                    content_type="application/json",
                    cast=DateFieldValue,
                    response_kind="json",
                    authenticated=True,
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
        person_id: int,
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
        """Add custom select options to a person

        Set the value of one select custom field on a person (`id` is the custom field's id). Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /people/{personId}/custom-fields/select/``

        Args:
            person_id: The person's id.
            id: Id of the select custom field.
            values: The chosen options; pass [] to clear them.
        """
        return cast(
            SelectFieldValue,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/people/{personId}/custom-fields/select/",
                    path_params={
                        "personId": person_id,
                    },
                    query={},
                    headers={},
                    json={
                        "id": id,
                        "values": values,
                    },
                    content_type="application/json",
                    cast=SelectFieldValue,
                    response_kind="json",
                    authenticated=True,
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
        person_id: int,
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
        """Add a text custom value to a person

        Set the value of one text custom field on a person (`id` is the custom field's id). Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /people/{personId}/custom-fields/text/``

        Args:
            person_id: The person's id.
            id: Id of the text custom field.
        """
        return cast(
            TextFieldValue,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/people/{personId}/custom-fields/text/",
                    path_params={
                        "personId": person_id,
                    },
                    query={},
                    headers={},
                    json={
                        "id": id,
                        "value": value,
                    },
                    content_type="application/json",
                    cast=TextFieldValue,
                    response_kind="json",
                    authenticated=True,
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


class PeopleContractsResource(SyncResource):
    """Operations on people.contracts."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        person_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Contract]:
        """List contracts for a person

        List a person's contracts (default 20, maximum 50 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/{personId}/contracts/``

        Args:
            person_id: The person's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 20, maximum 50). Default 20. At most 50.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/{personId}/contracts/",
                path_params={
                    "personId": person_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=ContractList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Contract,
            50,
        )

    def create(
        self,
        person_id: int,
        *,
        role_id: int,
        start_date: Union[date, NotGiven] = NOT_GIVEN,
        end_date: Union[date, NotGiven] = NOT_GIVEN,
        employment_type: Union[Literal["employee", "contractor"], NotGiven] = NOT_GIVEN,
        cost_per_hour: Union[float, NotGiven] = NOT_GIVEN,
        minutes_per_day: Union[float, NotGiven] = NOT_GIVEN,
        rostered_days: Union[RosteredDaysInput, NotGiven] = NOT_GIVEN,
        job_title: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Contract:
        """Add a new contract to a person

        Add a new contract to a person, e.g. to give them a new role or job title. Properties may be left out unless they are required.

        ``POST /people/{personId}/contracts/``

        Args:
            person_id: The person's id.
            start_date: Defaults to today. Format: YYYY-MM-DD
            end_date: Format: YYYY-MM-DD
            employment_type: The type of employment for the contract.
            cost_per_hour: Defaults to the role's cost per hour
            minutes_per_day: Defaults to the account's default minutes per day
            job_title: This feature is currently hidden, and can not be seen in the app
        """
        return cast(
            Contract,
            self._client.request(
                Call(
                    method="POST",
                    path="/people/{personId}/contracts/",
                    path_params={
                        "personId": person_id,
                    },
                    query={},
                    headers={},
                    json={
                        "roleId": role_id,
                        "startDate": start_date,
                        "endDate": end_date,
                        "employmentType": employment_type,
                        "costPerHour": cost_per_hour,
                        "minutesPerDay": minutes_per_day,
                        "rosteredDays": rostered_days,
                        "jobTitle": job_title,
                    },
                    content_type="application/json",
                    cast=Contract,
                    response_kind="json",
                    authenticated=True,
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

    def get_current(
        self,
        person_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Contract:
        """Show current contract for a person

        Get the contract a person is on today.

        ``GET /people/{personId}/contracts/current``

        Args:
            person_id: The person's id.
        """
        return cast(
            Contract,
            self._client.request(
                Call(
                    method="GET",
                    path="/people/{personId}/contracts/current",
                    path_params={
                        "personId": person_id,
                    },
                    query={},
                    headers={},
                    cast=Contract,
                    response_kind="json",
                    authenticated=True,
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
        person_id: int,
        contract_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a contract for a person

        Delete one of a person's contracts.

        ``DELETE /people/{personId}/contracts/{contractId}``

        Args:
            person_id: The person's id.
            contract_id: The contract's id.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/people/{personId}/contracts/{contractId}",
                path_params={
                    "personId": person_id,
                    "contractId": contract_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )


class PeopleTeamsResource(SyncResource):
    """Operations on people.teams."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list_current(
        self,
        person_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[PersonTeam]:
        """Show current team

        Show the team a person currently belongs to. The answer is a paginated collection (default 20, maximum 50 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/{personId}/teams/current``

        Args:
            person_id: The person's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 20, maximum 50). Default 20. At most 50.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/{personId}/teams/current",
                path_params={
                    "personId": person_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=PersonTeamList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            PersonTeam,
            50,
        )

    def add(
        self,
        person_id: int,
        *,
        team_id: int,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Add a person to a team

        Add a person to a team.

        ``POST /people/{personId}/teams/``

        Args:
            person_id: The person's id.
        """
        self._client.request(
            Call(
                method="POST",
                path="/people/{personId}/teams/",
                path_params={
                    "personId": person_id,
                },
                query={},
                headers={},
                json={
                    "teamId": team_id,
                },
                content_type="application/json",
                cast=None,
                response_kind="empty",
                authenticated=True,
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

    def remove(
        self,
        person_id: int,
        team_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Remove a person from a team

        Remove a person from a team.

        ``DELETE /people/{personId}/teams/{teamId}``

        Args:
            person_id: The person's id.
            team_id: The team's id.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/people/{personId}/teams/{teamId}",
                path_params={
                    "personId": person_id,
                    "teamId": team_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )


class PeopleProjectsResource(SyncResource):
    """Operations on people.projects."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        person_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Project]:
        """List projects for a person

        List the projects a person is on. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/{personId}/projects/``

        Args:
            person_id: The person's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/{personId}/projects/",
                path_params={
                    "personId": person_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=ProjectList,
                response_kind="json",
                authenticated=True,
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

    def add(
        self,
        person_id: int,
        *,
        project_id: int,
        role_id: int,
        workstream_id: Union[int, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Add project to a person

        Add a person to a project in a role (and optionally a workstream).

        ``POST /people/{personId}/projects/``

        Args:
            person_id: The person's id.
        """
        self._client.request(
            Call(
                method="POST",
                path="/people/{personId}/projects/",
                path_params={
                    "personId": person_id,
                },
                query={},
                headers={},
                json={
                    "projectId": project_id,
                    "roleId": role_id,
                    "workstreamId": workstream_id,
                },
                content_type="application/json",
                cast=None,
                response_kind="empty",
                authenticated=True,
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


class PeopleSkillsResource(SyncResource):
    """Operations on people.skills."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        person_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Competency]:
        """List skills for a person

        List a person's skills with their levels. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/{personId}/skills/``

        Args:
            person_id: The person's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/{personId}/skills/",
                path_params={
                    "personId": person_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=CompetencyList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Competency,
            200,
        )

    def add(
        self,
        person_id: int,
        *,
        skill_id: int,
        level: Union[Optional[int], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Competency:
        """Add a skill to a person

        Add a skill to a person, optionally with a level from 1 to 4.

        ``POST /people/{personId}/skills/``

        Args:
            person_id: The person's id.
            level: Skill level: 1, 2, 3 or 4, or null for no level.
        """
        return cast(
            Competency,
            self._client.request(
                Call(
                    method="POST",
                    path="/people/{personId}/skills/",
                    path_params={
                        "personId": person_id,
                    },
                    query={},
                    headers={},
                    json={
                        "skillId": skill_id,
                        "level": level,
                    },
                    content_type="application/json",
                    cast=Competency,
                    response_kind="json",
                    authenticated=True,
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
        person_id: int,
        skill_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Remove a skill from a person

        Remove a skill from a person.

        ``DELETE /people/{personId}/skills/{skillId}``

        Args:
            person_id: The person's id.
            skill_id: The skill's id.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/people/{personId}/skills/{skillId}",
                path_params={
                    "personId": person_id,
                    "skillId": skill_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
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
        person_id: int,
        skill_id: int,
        *,
        level: Union[Optional[int], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Competency:
        """Update a skill for a person

        Change the level of a person's skill. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /people/{personId}/skills/{skillId}``

        Args:
            person_id: The person's id.
            skill_id: The skill's id.
            level: Skill level: 1, 2, 3 or 4, or null for no level.
        """
        return cast(
            Competency,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/people/{personId}/skills/{skillId}",
                    path_params={
                        "personId": person_id,
                        "skillId": skill_id,
                    },
                    query={},
                    headers={},
                    json={
                        "level": level,
                    },
                    content_type="application/json",
                    cast=Competency,
                    response_kind="json",
                    authenticated=True,
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


class PeopleAssignmentsResource(SyncResource):
    """Operations on people.assignments."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        person_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        project_id: Optional[int] = None,
        role_id: Optional[int] = None,
        start_date: Optional[date] = None,
        end_date: Optional[date] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Assignment]:
        """List assignments for a person

        List a person's assignments. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/{personId}/assignments/``

        Args:
            person_id: The person's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            project_id: Only assignments on this project.
            role_id: Only assignments in this role.
            start_date: Include assignments that start or overlap with this date. Format: YYYY-MM-DD
            end_date: Include assignments that end on or overlap with this date. Format: YYYY-MM-DD
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/{personId}/assignments/",
                path_params={
                    "personId": person_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "projectId": project_id,
                    "roleId": role_id,
                    "startDate": start_date,
                    "endDate": end_date,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=AssignmentList,
                response_kind="json",
                authenticated=True,
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


class PeopleActualsResource(SyncResource):
    """Operations on people.actuals."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        person_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        project_id: Optional[int] = None,
        role_id: Optional[int] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Actual]:
        """List actuals for a person

        List a person's actuals. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/{personId}/actuals/``

        Args:
            person_id: The person's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            project_id: Only actuals on this project.
            role_id: Only actuals in this role.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/{personId}/actuals/",
                path_params={
                    "personId": person_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "projectId": project_id,
                    "roleId": role_id,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=ActualList,
                response_kind="json",
                authenticated=True,
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


class PeopleTimeOffsResource(SyncResource):
    """Operations on people.time_offs."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list_leave(
        self,
        person_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[TimeOff]:
        """List leave for a person

        List a person's leave time offs. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/{personId}/time-offs/leave``

        Args:
            person_id: The person's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/{personId}/time-offs/leave",
                path_params={
                    "personId": person_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=TimeOffList,
                response_kind="json",
                authenticated=True,
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

    def list_holidays(
        self,
        person_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[HolidayTimeOff]:
        """List holidays for a person

        List the public holidays a person takes off. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/{personId}/time-offs/holidays``

        Args:
            person_id: The person's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/{personId}/time-offs/holidays",
                path_params={
                    "personId": person_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=HolidayTimeOffList,
                response_kind="json",
                authenticated=True,
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

    def list_rostered_off(
        self,
        person_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[TimeOff]:
        """List rostered time offs for a person

        List a person's rostered days off. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/{personId}/time-offs/rostered-off``

        Args:
            person_id: The person's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/{personId}/time-offs/rostered-off",
                path_params={
                    "personId": person_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=TimeOffList,
                response_kind="json",
                authenticated=True,
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


class PeopleResource(SyncResource):
    """Operations on people."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.custom_fields = PeopleCustomFieldsResource(client)
        self.contracts = PeopleContractsResource(client)
        self.teams = PeopleTeamsResource(client)
        self.projects = PeopleProjectsResource(client)
        self.skills = PeopleSkillsResource(client)
        self.assignments = PeopleAssignmentsResource(client)
        self.actuals = PeopleActualsResource(client)
        self.time_offs = PeopleTimeOffsResource(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["createdAt", "updatedAt", "id"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        include_placeholders: Optional[bool] = None,
        email: Optional[str] = None,
        first_name: Optional[str] = None,
        last_name: Optional[str] = None,
        modified_after: Optional[str] = None,
        external_id: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[CollectionPerson]:
        """List people

        Get a list of people, paginated (default 50, maximum 200 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            sort_by: Field to sort by: createdAt or updatedAt or id Default 'id'.
            order: Sort order: asc or desc Default 'asc'.
            include_placeholders: Also return placeholders. Default False.
            email: If provided, will only return people with an email that are a substring of this value (case-insensitive).
            first_name: If provided, will only return people with a first name that is a substring of this value (case-insensitive).
            last_name: If provided, will only return people with a last name that is a substring of this value (case-insensitive).
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ. Note: A person is considered "modified" if any of its core properties change. Actions that count as modifying a person include changing first name, last name, email, references, tags and archiving. A person is not considered modified just because another object it is associated with is changed (e.g. a contract, project or an assignment).
            external_id: External ID value
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/",
                path_params={},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "includePlaceholders": include_placeholders,
                    "email": email,
                    "firstName": first_name,
                    "lastName": last_name,
                    "modifiedAfter": modified_after,
                    "externalId": external_id,
                },
                headers={},
                cast=PersonList,
                response_kind="json",
                authenticated=True,
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

    def create(
        self,
        *,
        first_name: str,
        last_name: str,
        role_id: int,
        email: Union[str, NotGiven] = NOT_GIVEN,
        team_id: Union[int, NotGiven] = NOT_GIVEN,
        holidays_group_id: Union[int, NotGiven] = NOT_GIVEN,
        tags: Union[List[TagInput], NotGiven] = NOT_GIVEN,
        references: Union[List[Reference], NotGiven] = NOT_GIVEN,
        managers: Union[List[ManagerRef], NotGiven] = NOT_GIVEN,
        start_date: Union[date, NotGiven] = NOT_GIVEN,
        end_date: Union[date, NotGiven] = NOT_GIVEN,
        employment_type: Union[Literal["employee", "contractor"], NotGiven] = NOT_GIVEN,
        cost_per_hour: Union[float, NotGiven] = NOT_GIVEN,
        minutes_per_day: Union[float, NotGiven] = NOT_GIVEN,
        rostered_days: Union[RosteredDaysInput, NotGiven] = NOT_GIVEN,
        job_title: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Person:
        """Create a person

        Create a person. Also creates a new contract for the person (from `roleId` and the other contract fields). Properties may be left out unless they are required.

        ``POST /people/``

        Args:
            role_id: Role of the person's first contract.
            start_date: Defaults to today. Format: YYYY-MM-DD
            end_date: Format: YYYY-MM-DD
            employment_type: The type of employment for the contract.
            cost_per_hour: Defaults to the role's cost per hour
            minutes_per_day: Defaults to the account's default minutes per day
            job_title: This feature is currently hidden, and can not be seen in the app
        """
        return cast(
            Person,
            self._client.request(
                Call(
                    method="POST",
                    path="/people/",
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "firstName": first_name,
                        "lastName": last_name,
                        "email": email,
                        "teamId": team_id,
                        "holidaysGroupId": holidays_group_id,
                        "tags": tags,
                        "references": references,
                        "managers": managers,
                        "roleId": role_id,
                        "startDate": start_date,
                        "endDate": end_date,
                        "employmentType": employment_type,
                        "costPerHour": cost_per_hour,
                        "minutesPerDay": minutes_per_day,
                        "rosteredDays": rostered_days,
                        "jobTitle": job_title,
                    },
                    content_type="application/json",
                    cast=Person,
                    response_kind="json",
                    authenticated=True,
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
        person_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Person:
        """Show a person

        Get one person, with notes, skills and custom field values.

        ``GET /people/{personId}``

        Args:
            person_id: The person's id.
        """
        return cast(
            Person,
            self._client.request(
                Call(
                    method="GET",
                    path="/people/{personId}",
                    path_params={
                        "personId": person_id,
                    },
                    query={},
                    headers={},
                    cast=Person,
                    response_kind="json",
                    authenticated=True,
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
        person_id: int,
        *,
        force: Optional[bool] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a person

        Delete a person by their ID; fails when person has existing assignments or actuals to preserve historical reports. Override this behaviour by using the force query flag.

        ``DELETE /people/{personId}``

        Args:
            person_id: The person's id.
            force: Delete the person even when they have assignments or actuals. Default False.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/people/{personId}",
                path_params={
                    "personId": person_id,
                },
                query={
                    "force": force,
                },
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
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
        person_id: int,
        *,
        first_name: Union[str, NotGiven] = NOT_GIVEN,
        last_name: Union[str, NotGiven] = NOT_GIVEN,
        email: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[List[TagInput], NotGiven] = NOT_GIVEN,
        references: Union[List[Reference], NotGiven] = NOT_GIVEN,
        is_archived: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Person:
        """Update a person

        Update a person. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`). To add a new role or job title to a person, see POST /people/{personId}/contracts

        ``PATCH /people/{personId}``

        Args:
            person_id: The person's id.
            email: Pass null or "" to remove the email address.
            tags: Replaces the person's tags; pass [] to remove them all.
            references: Replaces the person's references; pass [] to remove them all.
        """
        return cast(
            Person,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/people/{personId}",
                    path_params={
                        "personId": person_id,
                    },
                    query={},
                    headers={},
                    json={
                        "firstName": first_name,
                        "lastName": last_name,
                        "email": email,
                        "tags": tags,
                        "references": references,
                        "isArchived": is_archived,
                    },
                    content_type="application/json",
                    cast=Person,
                    response_kind="json",
                    authenticated=True,
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

    def list_current_contracts(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Contract]:
        """List people current contracts

        List current contracts across all people (default 100, maximum 500 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/contracts/current``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 100, maximum 500). Default 100. At most 500.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/contracts/current",
                path_params={},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=ContractList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Contract,
            500,
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
    ) -> SyncPager[PersonCustomField]:
        """List people custom fields

        List all custom fields across all people (default 100, maximum 500 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/custom-fields``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 100, maximum 500). Default 100. At most 500.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/custom-fields",
                path_params={},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=PersonCustomFieldList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            PersonCustomField,
            500,
        )

    def list_notes(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[PersonNote]:
        """List people notes

        List all person notes across all people (default 100, maximum 500 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/notes``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 100, maximum 500). Default 100. At most 500.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/notes",
                path_params={},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=PersonNoteList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            PersonNote,
            500,
        )

    def list_skills(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        include_placeholders: Optional[bool] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[PersonCompetency]:
        """List people skills

        List the skills of all people, with their levels. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/skills``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            include_placeholders: Also return the skills of placeholders. Default False.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/skills",
                path_params={},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "includePlaceholders": include_placeholders,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=PersonCompetencyList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            PersonCompetency,
            200,
        )


class ClientsProjectsResource(SyncResource):
    """Operations on clients.projects."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        client_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        include_archived: Optional[bool] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Project]:
        """List a client's projects

        List the projects of one client. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /clients/{clientId}/projects/``

        Args:
            client_id: The client's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            include_archived: Also return archived projects. Default False.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/clients/{clientId}/projects/",
                path_params={
                    "clientId": client_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "includeArchived": include_archived,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=ProjectList,
                response_kind="json",
                authenticated=True,
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


class ClientsResource(SyncResource):
    """Operations on clients."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.projects = ClientsProjectsResource(client)

    def list(
        self,
        *,
        name: Optional[str] = None,
        sort_by: Optional[Literal["id", "createdAt", "updatedAt"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Client]:
        """List clients

        Get all clients in the account, paginated (default 50, maximum 200 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /clients/``

        Args:
            name: If provided, will only return clients with a name that is a substring of this value (case-insensitive).
            sort_by: Field to sort by: id, createdAt or updatedAt Default 'id'.
            order: Sort order: asc or desc Default 'asc'.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/clients/",
                path_params={},
                query={
                    "name": name,
                    "sortBy": sort_by,
                    "order": order,
                    "cursor": cursor,
                    "limit": limit,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=ClientList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Client,
            200,
        )

    def create(
        self,
        *,
        name: str,
        website: Union[str, NotGiven] = NOT_GIVEN,
        references: Union[List[Reference], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Client:
        """Create a client

        Create a client. Properties may be left out unless they are required.

        ``POST /clients/``

        Args:
            website: The client's website (a URL).
        """
        return cast(
            Client,
            self._client.request(
                Call(
                    method="POST",
                    path="/clients/",
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "name": name,
                        "website": website,
                        "references": references,
                    },
                    content_type="application/json",
                    cast=Client,
                    response_kind="json",
                    authenticated=True,
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
        clients: List[ClientInput],
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[Client]:
        """Create clients in bulk

        Create up to 100 'clients' in a single API call. [Learn more](https://developer.runn.io/docs/clients-notes).

        ``POST /clients/bulk/``
        """
        return cast(
            List[Client],
            self._client.request(
                Call(
                    method="POST",
                    path="/clients/bulk/",
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "clients": clients,
                    },
                    content_type="application/json",
                    cast=List[Client],
                    response_kind="json",
                    authenticated=True,
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
        client_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Client:
        """Show a client

        Get one client.

        ``GET /clients/{clientId}``

        Args:
            client_id: The client's id.
        """
        return cast(
            Client,
            self._client.request(
                Call(
                    method="GET",
                    path="/clients/{clientId}",
                    path_params={
                        "clientId": client_id,
                    },
                    query={},
                    headers={},
                    cast=Client,
                    response_kind="json",
                    authenticated=True,
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
        client_id: int,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        website: Union[Optional[str], NotGiven] = NOT_GIVEN,
        is_archived: Union[bool, NotGiven] = NOT_GIVEN,
        references: Union[List[Reference], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Client:
        """Update a client

        Update a client, e.g. `PATCH /clients/123` with `{"name": "My updated name"}`. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /clients/{clientId}``

        Args:
            client_id: The client's id.
            website: The client's website (a URL). Pass null or "" to unset it.
            references: Replaces the client's references; pass [] to remove them all.
        """
        return cast(
            Client,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/clients/{clientId}",
                    path_params={
                        "clientId": client_id,
                    },
                    query={},
                    headers={},
                    json={
                        "name": name,
                        "website": website,
                        "isArchived": is_archived,
                        "references": references,
                    },
                    content_type="application/json",
                    cast=Client,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "personId": person_id,
                    "roleId": role_id,
                    "startDate": start_date,
                    "endDate": end_date,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=AssignmentList,
                response_kind="json",
                authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "personId": person_id,
                    "roleId": role_id,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=ActualList,
                response_kind="json",
                authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "includeArchived": include_archived,
                },
                headers={},
                cast=PersonList,
                response_kind="json",
                authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    json={
                        "id": id,
                        "value": value,
                    },
                    content_type="application/json",
                    cast=CheckboxFieldValue,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    json={
                        "id": id,
                        "value": value,
                    },
                    content_type="application/json",
                    cast=DateFieldValue,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    json={
                        "id": id,
                        "values": values,
                    },
                    content_type="application/json",
                    cast=SelectFieldValue,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    json={
                        "id": id,
                        "value": value,
                    },
                    content_type="application/json",
                    cast=TextFieldValue,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=ProjectBudgetRoleList,
                response_kind="json",
                authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={},
                headers={},
                json={
                    "roleId": role_id,
                    "estimatedMinutes": estimated_minutes,
                    "estimatedBudget": estimated_budget,
                },
                content_type="application/json",
                cast=None,
                response_kind="empty",
                authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                        "roleId": role_id,
                    },
                    query={},
                    headers={},
                    cast=ProjectBudgetRole,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                    "roleId": role_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                        "roleId": role_id,
                    },
                    query={},
                    headers={},
                    json={
                        "estimatedMinutes": estimated_minutes,
                        "estimatedBudget": estimated_budget,
                    },
                    content_type="application/json",
                    cast=ProjectBudgetRole,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "startDate": start_date,
                    "endDate": end_date,
                },
                headers={},
                cast=MilestoneList,
                response_kind="json",
                authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    json={
                        "title": title,
                        "icon": icon,
                        "note": note,
                        "date": date_,
                    },
                    content_type="application/json",
                    cast=Milestone,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                    "milestoneId": milestone_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                        "milestoneId": milestone_id,
                    },
                    query={},
                    headers={},
                    json={
                        "title": title,
                        "icon": icon,
                        "note": note,
                        "date": date_,
                    },
                    content_type="application/json",
                    cast=Milestone,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=ProjectNoteList,
                response_kind="json",
                authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    json={
                        "note": note,
                    },
                    content_type="application/json",
                    cast=ProjectNote,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=ProjectOtherExpenseList,
                response_kind="json",
                authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    json={
                        "cost": cost,
                        "charge": charge,
                        "name": name,
                        "date": date_,
                    },
                    content_type="application/json",
                    cast=ProjectOtherExpense,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                        "otherExpenseId": other_expense_id,
                    },
                    query={},
                    headers={},
                    json={
                        "cost": cost,
                        "charge": charge,
                        "name": name,
                        "date": date_,
                    },
                    content_type="application/json",
                    cast=ProjectOtherExpense,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=PersonRequestList,
                response_kind="json",
                authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    json={
                        "personId": person_id,
                        "status": status,
                    },
                    content_type="application/json",
                    cast=PersonRequest,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                        "personRequestId": person_request_id,
                    },
                    query={},
                    headers={},
                    cast=PersonRequest,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                        "personRequestId": person_request_id,
                    },
                    query={},
                    headers={},
                    json={
                        "status": status,
                    },
                    content_type="application/json",
                    cast=PersonRequestStatus,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=ProjectPhaseList,
                response_kind="json",
                authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    json={
                        "name": name,
                        "startDate": start_date,
                        "endDate": end_date,
                        "color": color,
                    },
                    content_type="application/json",
                    cast=ProjectPhase,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                        "phaseId": phase_id,
                    },
                    query={},
                    headers={},
                    cast=ProjectPhase,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                    "phaseId": phase_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                        "phaseId": phase_id,
                    },
                    query={},
                    headers={},
                    json={
                        "name": name,
                        "startDate": start_date,
                        "endDate": end_date,
                        "color": color,
                    },
                    content_type="application/json",
                    cast=ProjectPhase,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=ProjectRateList,
                response_kind="json",
                authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                        "projectRateId": project_rate_id,
                    },
                    query={},
                    headers={},
                    json={
                        "rate": rate,
                    },
                    content_type="application/json",
                    cast=ProjectRate,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "includeArchived": include_archived,
                },
                headers={},
                cast=ProjectWorkstreamList,
                response_kind="json",
                authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                        "workstreamId": workstream_id,
                    },
                    query={},
                    headers={},
                    cast=ProjectWorkstream,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                        "workstreamId": workstream_id,
                    },
                    query={},
                    headers={},
                    cast=ProjectWorkstream,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                        "workstreamId": workstream_id,
                    },
                    query={},
                    headers={},
                    cast=ProjectWorkstream,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    cast=TimesheetLock,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    json={
                        "status": status,
                        "lockedUntil": locked_until,
                    },
                    content_type="application/json",
                    cast=TimesheetLock,
                    response_kind="json",
                    authenticated=True,
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
            sort_by: Field to sort by: createdAt or updatedAt or id Default 'id'.
            order: Sort order: asc or desc Default 'asc'.
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
                path_params={},
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
                headers={},
                cast=ProjectList,
                response_kind="json",
                authenticated=True,
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
                    path_params={},
                    query={},
                    headers={},
                    json=body,
                    content_type="application/json",
                    cast=Project,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    cast=Project,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
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
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
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
                path_params={},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=ProjectCustomFieldList,
                response_kind="json",
                authenticated=True,
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


class RolesResource(SyncResource):
    """Operations on roles."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        name: Optional[str] = None,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["createdAt", "updatedAt", "id"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Role]:
        """List roles

        Get all roles in the account, paginated (default 50, maximum 200 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /roles/``

        Args:
            name: If provided, will only return roles with a name that is a substring of this value (case-insensitive).
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            sort_by: Field to sort by: createdAt or updatedAt or id Default 'id'.
            order: Sort order: asc or desc Default 'asc'.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/roles/",
                path_params={},
                query={
                    "name": name,
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=RoleList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Role,
            200,
        )

    def create(
        self,
        *,
        name: str,
        default_hour_cost: Union[float, NotGiven] = NOT_GIVEN,
        standard_rate: Union[float, NotGiven] = NOT_GIVEN,
        references: Union[List[Reference], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Role:
        """Create a role

        Create a role. Properties may be left out unless they are required.

        ``POST /roles/``
        """
        return cast(
            Role,
            self._client.request(
                Call(
                    method="POST",
                    path="/roles/",
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "name": name,
                        "defaultHourCost": default_hour_cost,
                        "standardRate": standard_rate,
                        "references": references,
                    },
                    content_type="application/json",
                    cast=Role,
                    response_kind="json",
                    authenticated=True,
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
        role_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Role:
        """Show a role

        Get one role.

        ``GET /roles/{roleId}``

        Args:
            role_id: The role's id.
        """
        return cast(
            Role,
            self._client.request(
                Call(
                    method="GET",
                    path="/roles/{roleId}",
                    path_params={
                        "roleId": role_id,
                    },
                    query={},
                    headers={},
                    cast=Role,
                    response_kind="json",
                    authenticated=True,
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
        role_id: int,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        is_archived: Union[bool, NotGiven] = NOT_GIVEN,
        references: Union[List[Reference], NotGiven] = NOT_GIVEN,
        standard_rate: Union[float, NotGiven] = NOT_GIVEN,
        default_hour_cost: Union[float, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Role:
        """Update a role

        Update a role. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /roles/{roleId}``

        Args:
            role_id: The role's id.
            references: Replaces the role's references; pass [] to remove them all.
        """
        return cast(
            Role,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/roles/{roleId}",
                    path_params={
                        "roleId": role_id,
                    },
                    query={},
                    headers={},
                    json={
                        "name": name,
                        "isArchived": is_archived,
                        "references": references,
                        "standardRate": standard_rate,
                        "defaultHourCost": default_hour_cost,
                    },
                    content_type="application/json",
                    cast=Role,
                    response_kind="json",
                    authenticated=True,
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


class TeamsPeopleResource(SyncResource):
    """Operations on teams.people."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        team_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[CollectionPerson]:
        """List people in a team

        List the people in a team. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /teams/{teamId}/people/``

        Args:
            team_id: The team's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/teams/{teamId}/people/",
                path_params={
                    "teamId": team_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=PersonList,
                response_kind="json",
                authenticated=True,
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


class TeamsResource(SyncResource):
    """Operations on teams."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.people = TeamsPeopleResource(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        modified_after: Optional[str] = None,
        sort_by: Optional[Literal["createdAt", "updatedAt", "id"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Team]:
        """List teams

        Get all teams in the account, paginated (default 50, maximum 200 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /teams/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
            sort_by: Field to sort by: createdAt or updatedAt or id Default 'id'.
            order: Sort order: asc or desc Default 'asc'.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/teams/",
                path_params={},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "modifiedAfter": modified_after,
                    "sortBy": sort_by,
                    "order": order,
                },
                headers={},
                cast=TeamList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Team,
            200,
        )

    def create(
        self,
        *,
        name: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Team:
        """Create a team

        Create a team.

        ``POST /teams/``
        """
        return cast(
            Team,
            self._client.request(
                Call(
                    method="POST",
                    path="/teams/",
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "name": name,
                    },
                    content_type="application/json",
                    cast=Team,
                    response_kind="json",
                    authenticated=True,
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
        team_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Team:
        """Show a team

        Get one team.

        ``GET /teams/{teamId}/``

        Args:
            team_id: The team's id.
        """
        return cast(
            Team,
            self._client.request(
                Call(
                    method="GET",
                    path="/teams/{teamId}/",
                    path_params={
                        "teamId": team_id,
                    },
                    query={},
                    headers={},
                    cast=Team,
                    response_kind="json",
                    authenticated=True,
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
        team_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a team

        Delete a team.

        ``DELETE /teams/{teamId}/``

        Args:
            team_id: The team's id.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/teams/{teamId}/",
                path_params={
                    "teamId": team_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
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
        team_id: int,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Team:
        """Update a team

        Rename a team. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /teams/{teamId}/``

        Args:
            team_id: The team's id.
        """
        return cast(
            Team,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/teams/{teamId}/",
                    path_params={
                        "teamId": team_id,
                    },
                    query={},
                    headers={},
                    json={
                        "name": name,
                    },
                    content_type="application/json",
                    cast=Team,
                    response_kind="json",
                    authenticated=True,
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
            sort_by: Field to sort by: createdAt or updatedAt or id Default 'id'.
            order: Sort order: asc or desc Default 'asc'.
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
                path_params={},
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
                headers={},
                cast=AssignmentList,
                response_kind="json",
                authenticated=True,
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
                    path_params={},
                    query={},
                    headers={},
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
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "assignmentId": assignment_id,
                    },
                    query={},
                    headers={},
                    cast=Assignment,
                    response_kind="json",
                    authenticated=True,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


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
            sort_by: Field to sort by: createdAt or updatedAt or id Default 'id'.
            order: Sort order: asc or desc Default 'asc'.
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
                path_params={},
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
                headers={},
                cast=ActualList,
                response_kind="json",
                authenticated=True,
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
                    path_params={},
                    query={},
                    headers={},
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
                    response_kind="json",
                    authenticated=True,
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
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "actuals": actuals,
                    },
                    content_type="application/json",
                    cast=List[Actual],
                    response_kind="json",
                    authenticated=True,
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
                    path_params={},
                    query={},
                    headers={},
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
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "actualId": actual_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )


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
            sort_by: Field to sort by: id, createdAt or updatedAt Default 'id'.
            order: Sort order: asc or desc Default 'asc'.
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
                path_params={},
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
                headers={},
                cast=TimeOffList,
                response_kind="json",
                authenticated=True,
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
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "personId": person_id,
                        "startDate": start_date,
                        "endDate": end_date,
                        "note": note,
                        "minutesPerDay": minutes_per_day,
                    },
                    content_type="application/json",
                    cast=TimeOff,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "time_offs": time_offs,
                    },
                    content_type="application/json",
                    cast=List[TimeOff],
                    response_kind="json",
                    authenticated=True,
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
                path_params={},
                query={},
                headers={},
                json={
                    "timeOffIds": time_off_ids,
                },
                content_type="application/json",
                cast=None,
                response_kind="empty",
                authenticated=True,
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
                    path_params={
                        "timeOffId": time_off_id,
                    },
                    query={},
                    headers={},
                    cast=TimeOff,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "timeOffId": time_off_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
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
            sort_by: Field to sort by: id, createdAt or updatedAt Default 'id'.
            order: Sort order: asc or desc Default 'asc'.
            person_id: Only time offs of this person.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/time-offs/holidays/",
                path_params={},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "personId": person_id,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=HolidayTimeOffList,
                response_kind="json",
                authenticated=True,
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
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "personId": person_id,
                        "note": note,
                        "holidayId": holiday_id,
                    },
                    content_type="application/json",
                    cast=TimeOff,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "timeOffId": time_off_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
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
            sort_by: Field to sort by: id, createdAt or updatedAt Default 'id'.
            order: Sort order: asc or desc Default 'asc'.
            person_id: Only time offs of this person.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/time-offs/rostered-off/",
                path_params={},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "personId": person_id,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=TimeOffList,
                response_kind="json",
                authenticated=True,
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
                path_params={
                    "timeOffId": time_off_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
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


class ContractsResource(SyncResource):
    """Operations on contracts."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        modified_after: Optional[str] = None,
        sort_by: Optional[Literal["id", "createdAt", "updatedAt"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Contract]:
        """List contracts

        List the contracts of all people. See GET /people/{personId}/contracts to view all contracts for a specific person. See POST /people/{personId}/contracts to create a new contract for a person. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /contracts/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
            sort_by: Field to sort by: id, createdAt or updatedAt Default 'id'.
            order: Sort order: asc or desc Default 'asc'.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/contracts/",
                path_params={},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "modifiedAfter": modified_after,
                    "sortBy": sort_by,
                    "order": order,
                },
                headers={},
                cast=ContractList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Contract,
            200,
        )

    def update(
        self,
        contract_id: int,
        *,
        role_id: Union[int, NotGiven] = NOT_GIVEN,
        start_date: Union[date, NotGiven] = NOT_GIVEN,
        end_date: Union[Optional[date], NotGiven] = NOT_GIVEN,
        employment_type: Union[Literal["employee", "contractor"], NotGiven] = NOT_GIVEN,
        cost_per_hour: Union[Optional[float], NotGiven] = NOT_GIVEN,
        minutes_per_day: Union[Optional[float], NotGiven] = NOT_GIVEN,
        rostered_days: Union[RosteredDaysInput, NotGiven] = NOT_GIVEN,
        job_title: Union[Optional[str], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Contract:
        """Update a contract

        Update a contract. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /contracts/{contractId}``

        Args:
            contract_id: The contract's id.
            start_date: Format: YYYY-MM-DD
            end_date: Format: YYYY-MM-DD. Pass null to remove the end date.
            cost_per_hour: Pass null to unset.
            minutes_per_day: Pass null to unset.
            job_title: Pass null or "" to unset. This feature is currently hidden, and can not be seen in the app
        """
        return cast(
            Contract,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/contracts/{contractId}",
                    path_params={
                        "contractId": contract_id,
                    },
                    query={},
                    headers={},
                    json={
                        "roleId": role_id,
                        "startDate": start_date,
                        "endDate": end_date,
                        "employmentType": employment_type,
                        "costPerHour": cost_per_hour,
                        "minutesPerDay": minutes_per_day,
                        "rosteredDays": rostered_days,
                        "jobTitle": job_title,
                    },
                    content_type="application/json",
                    cast=Contract,
                    response_kind="json",
                    authenticated=True,
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


class SkillsPeopleResource(SyncResource):
    """Operations on skills.people."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        skill_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[CollectionPerson]:
        """List people for a skill

        List the people who have a skill. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /skills/{skillId}/people/``

        Args:
            skill_id: The skill's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/skills/{skillId}/people/",
                path_params={
                    "skillId": skill_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=PersonList,
                response_kind="json",
                authenticated=True,
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

    def add(
        self,
        skill_id: int,
        *,
        people: List[AddPeopleToSkillBodyPeopleItem],
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CompetencyValues:
        """Add people to a skill

        Give a skill to several people at once, each with an optional level from 1 to 4.

        ``POST /skills/{skillId}/people/``

        Args:
            skill_id: The skill's id.
        """
        return cast(
            CompetencyValues,
            self._client.request(
                Call(
                    method="POST",
                    path="/skills/{skillId}/people/",
                    path_params={
                        "skillId": skill_id,
                    },
                    query={},
                    headers={},
                    json={
                        "people": people,
                    },
                    content_type="application/json",
                    cast=CompetencyValues,
                    response_kind="json",
                    authenticated=True,
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


class SkillsResource(SyncResource):
    """Operations on skills."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.people = SkillsPeopleResource(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["id", "createdAt", "updatedAt"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Skill]:
        """List skills

        Get all skills in the account, paginated (default 50, maximum 200 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /skills/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            sort_by: Field to sort by: id, createdAt or updatedAt Default 'id'.
            order: Sort order: asc or desc Default 'asc'.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/skills/",
                path_params={},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=SkillList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Skill,
            200,
        )

    def create(
        self,
        *,
        name: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Skill:
        """Create a skill

        Create a skill.

        ``POST /skills/``
        """
        return cast(
            Skill,
            self._client.request(
                Call(
                    method="POST",
                    path="/skills/",
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "name": name,
                    },
                    content_type="application/json",
                    cast=Skill,
                    response_kind="json",
                    authenticated=True,
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
        skill_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Skill:
        """Show a skill

        Get one skill.

        ``GET /skills/{skillId}``

        Args:
            skill_id: The skill's id.
        """
        return cast(
            Skill,
            self._client.request(
                Call(
                    method="GET",
                    path="/skills/{skillId}",
                    path_params={
                        "skillId": skill_id,
                    },
                    query={},
                    headers={},
                    cast=Skill,
                    response_kind="json",
                    authenticated=True,
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
        skill_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a skill

        Delete a skill.

        ``DELETE /skills/{skillId}``

        Args:
            skill_id: The skill's id.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/skills/{skillId}",
                path_params={
                    "skillId": skill_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
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
        skill_id: int,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Skill:
        """Update a skill

        Rename a skill. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /skills/{skillId}``

        Args:
            skill_id: The skill's id.
        """
        return cast(
            Skill,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/skills/{skillId}",
                    path_params={
                        "skillId": skill_id,
                    },
                    query={},
                    headers={},
                    json={
                        "name": name,
                    },
                    content_type="application/json",
                    cast=Skill,
                    response_kind="json",
                    authenticated=True,
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


class AsyncMeResource(AsyncResource):
    """Operations on me."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def get(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Me:
        """Who am I?

        Get information about the currently authenticated user.

        ``GET /me/``
        """
        return cast(
            Me,
            await self._client.request(
                Call(
                    method="GET",
                    path="/me/",
                    path_params={},
                    query={},
                    headers={},
                    cast=Me,
                    response_kind="json",
                    authenticated=True,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
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
    ) -> AsyncPager[Event]:
        """List events

        Get a list of events that have occurred (deletions of projects, people, contracts, actuals, time offs and assignments), newest first by default. Test accounts are not supported. More events will be added in the future. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /activity-log/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            event_type: Filter by event type, e.g. project_deleted. If not provided, all event types are returned.
            occurred_after: Only return events that occurred after this time. ISO 8601 format.
            order_by: Order the events by when they occurred. Default 'desc'.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/activity-log/",
                path_params={},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "eventType": event_type,
                    "occurredAfter": occurred_after,
                    "orderBy": order_by,
                },
                headers={},
                cast=EventList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Event,
            200,
        )


class AsyncPeopleCustomFieldsResource(AsyncResource):
    """Operations on people.custom_fields."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def set_checkbox(
        self,
        person_id: int,
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
        """Add a checkbox custom value to a person

        Set the value of one checkbox custom field on a person (`id` is the custom field's id). Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /people/{personId}/custom-fields/checkbox/``

        Args:
            person_id: The person's id.
            id: Id of the checkbox custom field.
        """
        return cast(
            CheckboxFieldValue,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/people/{personId}/custom-fields/checkbox/",
                    path_params={
                        "personId": person_id,
                    },
                    query={},
                    headers={},
                    json={
                        "id": id,
                        "value": value,
                    },
                    content_type="application/json",
                    cast=CheckboxFieldValue,
                    response_kind="json",
                    authenticated=True,
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
        person_id: int,
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
        """Add a date custom value to a person

        Set the value of one date custom field on a person (`id` is the custom field's id). Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /people/{personId}/custom-fields/date/``

        Args:
            person_id: The person's id.
            id: Id of the date custom field.
            value: Format: YYYY-MM-DD. Pass null to clear the value.
        """
        return cast(
            DateFieldValue,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/people/{personId}/custom-fields/date/",
                    path_params={
                        "personId": person_id,
                    },
                    query={},
                    headers={},
                    json={
                        "id": id,
                        "value": value,
                    },
                    content_type="application/json",
                    cast=DateFieldValue,
                    response_kind="json",
                    authenticated=True,
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
        person_id: int,
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
        """Add custom select options to a person

        Set the value of one select custom field on a person (`id` is the custom field's id). Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /people/{personId}/custom-fields/select/``

        Args:
            person_id: The person's id.
            id: Id of the select custom field.
            values: The chosen options; pass [] to clear them.
        """
        return cast(
            SelectFieldValue,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/people/{personId}/custom-fields/select/",
                    path_params={
                        "personId": person_id,
                    },
                    query={},
                    headers={},
                    json={
                        "id": id,
                        "values": values,
                    },
                    content_type="application/json",
                    cast=SelectFieldValue,
                    response_kind="json",
                    authenticated=True,
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
        person_id: int,
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
        """Add a text custom value to a person

        Set the value of one text custom field on a person (`id` is the custom field's id). Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /people/{personId}/custom-fields/text/``

        Args:
            person_id: The person's id.
            id: Id of the text custom field.
        """
        return cast(
            TextFieldValue,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/people/{personId}/custom-fields/text/",
                    path_params={
                        "personId": person_id,
                    },
                    query={},
                    headers={},
                    json={
                        "id": id,
                        "value": value,
                    },
                    content_type="application/json",
                    cast=TextFieldValue,
                    response_kind="json",
                    authenticated=True,
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


class AsyncPeopleContractsResource(AsyncResource):
    """Operations on people.contracts."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        person_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Contract]:
        """List contracts for a person

        List a person's contracts (default 20, maximum 50 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/{personId}/contracts/``

        Args:
            person_id: The person's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 20, maximum 50). Default 20. At most 50.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/{personId}/contracts/",
                path_params={
                    "personId": person_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=ContractList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Contract,
            50,
        )

    async def create(
        self,
        person_id: int,
        *,
        role_id: int,
        start_date: Union[date, NotGiven] = NOT_GIVEN,
        end_date: Union[date, NotGiven] = NOT_GIVEN,
        employment_type: Union[Literal["employee", "contractor"], NotGiven] = NOT_GIVEN,
        cost_per_hour: Union[float, NotGiven] = NOT_GIVEN,
        minutes_per_day: Union[float, NotGiven] = NOT_GIVEN,
        rostered_days: Union[RosteredDaysInput, NotGiven] = NOT_GIVEN,
        job_title: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Contract:
        """Add a new contract to a person

        Add a new contract to a person, e.g. to give them a new role or job title. Properties may be left out unless they are required.

        ``POST /people/{personId}/contracts/``

        Args:
            person_id: The person's id.
            start_date: Defaults to today. Format: YYYY-MM-DD
            end_date: Format: YYYY-MM-DD
            employment_type: The type of employment for the contract.
            cost_per_hour: Defaults to the role's cost per hour
            minutes_per_day: Defaults to the account's default minutes per day
            job_title: This feature is currently hidden, and can not be seen in the app
        """
        return cast(
            Contract,
            await self._client.request(
                Call(
                    method="POST",
                    path="/people/{personId}/contracts/",
                    path_params={
                        "personId": person_id,
                    },
                    query={},
                    headers={},
                    json={
                        "roleId": role_id,
                        "startDate": start_date,
                        "endDate": end_date,
                        "employmentType": employment_type,
                        "costPerHour": cost_per_hour,
                        "minutesPerDay": minutes_per_day,
                        "rosteredDays": rostered_days,
                        "jobTitle": job_title,
                    },
                    content_type="application/json",
                    cast=Contract,
                    response_kind="json",
                    authenticated=True,
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

    async def get_current(
        self,
        person_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Contract:
        """Show current contract for a person

        Get the contract a person is on today.

        ``GET /people/{personId}/contracts/current``

        Args:
            person_id: The person's id.
        """
        return cast(
            Contract,
            await self._client.request(
                Call(
                    method="GET",
                    path="/people/{personId}/contracts/current",
                    path_params={
                        "personId": person_id,
                    },
                    query={},
                    headers={},
                    cast=Contract,
                    response_kind="json",
                    authenticated=True,
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
        person_id: int,
        contract_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a contract for a person

        Delete one of a person's contracts.

        ``DELETE /people/{personId}/contracts/{contractId}``

        Args:
            person_id: The person's id.
            contract_id: The contract's id.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/people/{personId}/contracts/{contractId}",
                path_params={
                    "personId": person_id,
                    "contractId": contract_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )


class AsyncPeopleTeamsResource(AsyncResource):
    """Operations on people.teams."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list_current(
        self,
        person_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[PersonTeam]:
        """Show current team

        Show the team a person currently belongs to. The answer is a paginated collection (default 20, maximum 50 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/{personId}/teams/current``

        Args:
            person_id: The person's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 20, maximum 50). Default 20. At most 50.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/{personId}/teams/current",
                path_params={
                    "personId": person_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=PersonTeamList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            PersonTeam,
            50,
        )

    async def add(
        self,
        person_id: int,
        *,
        team_id: int,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Add a person to a team

        Add a person to a team.

        ``POST /people/{personId}/teams/``

        Args:
            person_id: The person's id.
        """
        await self._client.request(
            Call(
                method="POST",
                path="/people/{personId}/teams/",
                path_params={
                    "personId": person_id,
                },
                query={},
                headers={},
                json={
                    "teamId": team_id,
                },
                content_type="application/json",
                cast=None,
                response_kind="empty",
                authenticated=True,
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

    async def remove(
        self,
        person_id: int,
        team_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Remove a person from a team

        Remove a person from a team.

        ``DELETE /people/{personId}/teams/{teamId}``

        Args:
            person_id: The person's id.
            team_id: The team's id.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/people/{personId}/teams/{teamId}",
                path_params={
                    "personId": person_id,
                    "teamId": team_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )


class AsyncPeopleProjectsResource(AsyncResource):
    """Operations on people.projects."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        person_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Project]:
        """List projects for a person

        List the projects a person is on. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/{personId}/projects/``

        Args:
            person_id: The person's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/{personId}/projects/",
                path_params={
                    "personId": person_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=ProjectList,
                response_kind="json",
                authenticated=True,
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

    async def add(
        self,
        person_id: int,
        *,
        project_id: int,
        role_id: int,
        workstream_id: Union[int, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Add project to a person

        Add a person to a project in a role (and optionally a workstream).

        ``POST /people/{personId}/projects/``

        Args:
            person_id: The person's id.
        """
        await self._client.request(
            Call(
                method="POST",
                path="/people/{personId}/projects/",
                path_params={
                    "personId": person_id,
                },
                query={},
                headers={},
                json={
                    "projectId": project_id,
                    "roleId": role_id,
                    "workstreamId": workstream_id,
                },
                content_type="application/json",
                cast=None,
                response_kind="empty",
                authenticated=True,
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


class AsyncPeopleSkillsResource(AsyncResource):
    """Operations on people.skills."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        person_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Competency]:
        """List skills for a person

        List a person's skills with their levels. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/{personId}/skills/``

        Args:
            person_id: The person's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/{personId}/skills/",
                path_params={
                    "personId": person_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=CompetencyList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Competency,
            200,
        )

    async def add(
        self,
        person_id: int,
        *,
        skill_id: int,
        level: Union[Optional[int], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Competency:
        """Add a skill to a person

        Add a skill to a person, optionally with a level from 1 to 4.

        ``POST /people/{personId}/skills/``

        Args:
            person_id: The person's id.
            level: Skill level: 1, 2, 3 or 4, or null for no level.
        """
        return cast(
            Competency,
            await self._client.request(
                Call(
                    method="POST",
                    path="/people/{personId}/skills/",
                    path_params={
                        "personId": person_id,
                    },
                    query={},
                    headers={},
                    json={
                        "skillId": skill_id,
                        "level": level,
                    },
                    content_type="application/json",
                    cast=Competency,
                    response_kind="json",
                    authenticated=True,
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
        person_id: int,
        skill_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Remove a skill from a person

        Remove a skill from a person.

        ``DELETE /people/{personId}/skills/{skillId}``

        Args:
            person_id: The person's id.
            skill_id: The skill's id.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/people/{personId}/skills/{skillId}",
                path_params={
                    "personId": person_id,
                    "skillId": skill_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
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
        person_id: int,
        skill_id: int,
        *,
        level: Union[Optional[int], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Competency:
        """Update a skill for a person

        Change the level of a person's skill. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /people/{personId}/skills/{skillId}``

        Args:
            person_id: The person's id.
            skill_id: The skill's id.
            level: Skill level: 1, 2, 3 or 4, or null for no level.
        """
        return cast(
            Competency,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/people/{personId}/skills/{skillId}",
                    path_params={
                        "personId": person_id,
                        "skillId": skill_id,
                    },
                    query={},
                    headers={},
                    json={
                        "level": level,
                    },
                    content_type="application/json",
                    cast=Competency,
                    response_kind="json",
                    authenticated=True,
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


class AsyncPeopleAssignmentsResource(AsyncResource):
    """Operations on people.assignments."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        person_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        project_id: Optional[int] = None,
        role_id: Optional[int] = None,
        start_date: Optional[date] = None,
        end_date: Optional[date] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Assignment]:
        """List assignments for a person

        List a person's assignments. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/{personId}/assignments/``

        Args:
            person_id: The person's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            project_id: Only assignments on this project.
            role_id: Only assignments in this role.
            start_date: Include assignments that start or overlap with this date. Format: YYYY-MM-DD
            end_date: Include assignments that end on or overlap with this date. Format: YYYY-MM-DD
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/{personId}/assignments/",
                path_params={
                    "personId": person_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "projectId": project_id,
                    "roleId": role_id,
                    "startDate": start_date,
                    "endDate": end_date,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=AssignmentList,
                response_kind="json",
                authenticated=True,
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


class AsyncPeopleActualsResource(AsyncResource):
    """Operations on people.actuals."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        person_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        project_id: Optional[int] = None,
        role_id: Optional[int] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Actual]:
        """List actuals for a person

        List a person's actuals. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/{personId}/actuals/``

        Args:
            person_id: The person's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            project_id: Only actuals on this project.
            role_id: Only actuals in this role.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/{personId}/actuals/",
                path_params={
                    "personId": person_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "projectId": project_id,
                    "roleId": role_id,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=ActualList,
                response_kind="json",
                authenticated=True,
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


class AsyncPeopleTimeOffsResource(AsyncResource):
    """Operations on people.time_offs."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list_leave(
        self,
        person_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[TimeOff]:
        """List leave for a person

        List a person's leave time offs. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/{personId}/time-offs/leave``

        Args:
            person_id: The person's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/{personId}/time-offs/leave",
                path_params={
                    "personId": person_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=TimeOffList,
                response_kind="json",
                authenticated=True,
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

    def list_holidays(
        self,
        person_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[HolidayTimeOff]:
        """List holidays for a person

        List the public holidays a person takes off. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/{personId}/time-offs/holidays``

        Args:
            person_id: The person's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/{personId}/time-offs/holidays",
                path_params={
                    "personId": person_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=HolidayTimeOffList,
                response_kind="json",
                authenticated=True,
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

    def list_rostered_off(
        self,
        person_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[TimeOff]:
        """List rostered time offs for a person

        List a person's rostered days off. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/{personId}/time-offs/rostered-off``

        Args:
            person_id: The person's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/{personId}/time-offs/rostered-off",
                path_params={
                    "personId": person_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=TimeOffList,
                response_kind="json",
                authenticated=True,
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


class AsyncPeopleResource(AsyncResource):
    """Operations on people."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.custom_fields = AsyncPeopleCustomFieldsResource(client)
        self.contracts = AsyncPeopleContractsResource(client)
        self.teams = AsyncPeopleTeamsResource(client)
        self.projects = AsyncPeopleProjectsResource(client)
        self.skills = AsyncPeopleSkillsResource(client)
        self.assignments = AsyncPeopleAssignmentsResource(client)
        self.actuals = AsyncPeopleActualsResource(client)
        self.time_offs = AsyncPeopleTimeOffsResource(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["createdAt", "updatedAt", "id"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        include_placeholders: Optional[bool] = None,
        email: Optional[str] = None,
        first_name: Optional[str] = None,
        last_name: Optional[str] = None,
        modified_after: Optional[str] = None,
        external_id: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[CollectionPerson]:
        """List people

        Get a list of people, paginated (default 50, maximum 200 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            sort_by: Field to sort by: createdAt or updatedAt or id Default 'id'.
            order: Sort order: asc or desc Default 'asc'.
            include_placeholders: Also return placeholders. Default False.
            email: If provided, will only return people with an email that are a substring of this value (case-insensitive).
            first_name: If provided, will only return people with a first name that is a substring of this value (case-insensitive).
            last_name: If provided, will only return people with a last name that is a substring of this value (case-insensitive).
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ. Note: A person is considered "modified" if any of its core properties change. Actions that count as modifying a person include changing first name, last name, email, references, tags and archiving. A person is not considered modified just because another object it is associated with is changed (e.g. a contract, project or an assignment).
            external_id: External ID value
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/",
                path_params={},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "includePlaceholders": include_placeholders,
                    "email": email,
                    "firstName": first_name,
                    "lastName": last_name,
                    "modifiedAfter": modified_after,
                    "externalId": external_id,
                },
                headers={},
                cast=PersonList,
                response_kind="json",
                authenticated=True,
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

    async def create(
        self,
        *,
        first_name: str,
        last_name: str,
        role_id: int,
        email: Union[str, NotGiven] = NOT_GIVEN,
        team_id: Union[int, NotGiven] = NOT_GIVEN,
        holidays_group_id: Union[int, NotGiven] = NOT_GIVEN,
        tags: Union[List[TagInput], NotGiven] = NOT_GIVEN,
        references: Union[List[Reference], NotGiven] = NOT_GIVEN,
        managers: Union[List[ManagerRef], NotGiven] = NOT_GIVEN,
        start_date: Union[date, NotGiven] = NOT_GIVEN,
        end_date: Union[date, NotGiven] = NOT_GIVEN,
        employment_type: Union[Literal["employee", "contractor"], NotGiven] = NOT_GIVEN,
        cost_per_hour: Union[float, NotGiven] = NOT_GIVEN,
        minutes_per_day: Union[float, NotGiven] = NOT_GIVEN,
        rostered_days: Union[RosteredDaysInput, NotGiven] = NOT_GIVEN,
        job_title: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Person:
        """Create a person

        Create a person. Also creates a new contract for the person (from `roleId` and the other contract fields). Properties may be left out unless they are required.

        ``POST /people/``

        Args:
            role_id: Role of the person's first contract.
            start_date: Defaults to today. Format: YYYY-MM-DD
            end_date: Format: YYYY-MM-DD
            employment_type: The type of employment for the contract.
            cost_per_hour: Defaults to the role's cost per hour
            minutes_per_day: Defaults to the account's default minutes per day
            job_title: This feature is currently hidden, and can not be seen in the app
        """
        return cast(
            Person,
            await self._client.request(
                Call(
                    method="POST",
                    path="/people/",
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "firstName": first_name,
                        "lastName": last_name,
                        "email": email,
                        "teamId": team_id,
                        "holidaysGroupId": holidays_group_id,
                        "tags": tags,
                        "references": references,
                        "managers": managers,
                        "roleId": role_id,
                        "startDate": start_date,
                        "endDate": end_date,
                        "employmentType": employment_type,
                        "costPerHour": cost_per_hour,
                        "minutesPerDay": minutes_per_day,
                        "rosteredDays": rostered_days,
                        "jobTitle": job_title,
                    },
                    content_type="application/json",
                    cast=Person,
                    response_kind="json",
                    authenticated=True,
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
        person_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Person:
        """Show a person

        Get one person, with notes, skills and custom field values.

        ``GET /people/{personId}``

        Args:
            person_id: The person's id.
        """
        return cast(
            Person,
            await self._client.request(
                Call(
                    method="GET",
                    path="/people/{personId}",
                    path_params={
                        "personId": person_id,
                    },
                    query={},
                    headers={},
                    cast=Person,
                    response_kind="json",
                    authenticated=True,
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
        person_id: int,
        *,
        force: Optional[bool] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a person

        Delete a person by their ID; fails when person has existing assignments or actuals to preserve historical reports. Override this behaviour by using the force query flag.

        ``DELETE /people/{personId}``

        Args:
            person_id: The person's id.
            force: Delete the person even when they have assignments or actuals. Default False.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/people/{personId}",
                path_params={
                    "personId": person_id,
                },
                query={
                    "force": force,
                },
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
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
        person_id: int,
        *,
        first_name: Union[str, NotGiven] = NOT_GIVEN,
        last_name: Union[str, NotGiven] = NOT_GIVEN,
        email: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[List[TagInput], NotGiven] = NOT_GIVEN,
        references: Union[List[Reference], NotGiven] = NOT_GIVEN,
        is_archived: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Person:
        """Update a person

        Update a person. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`). To add a new role or job title to a person, see POST /people/{personId}/contracts

        ``PATCH /people/{personId}``

        Args:
            person_id: The person's id.
            email: Pass null or "" to remove the email address.
            tags: Replaces the person's tags; pass [] to remove them all.
            references: Replaces the person's references; pass [] to remove them all.
        """
        return cast(
            Person,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/people/{personId}",
                    path_params={
                        "personId": person_id,
                    },
                    query={},
                    headers={},
                    json={
                        "firstName": first_name,
                        "lastName": last_name,
                        "email": email,
                        "tags": tags,
                        "references": references,
                        "isArchived": is_archived,
                    },
                    content_type="application/json",
                    cast=Person,
                    response_kind="json",
                    authenticated=True,
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

    def list_current_contracts(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Contract]:
        """List people current contracts

        List current contracts across all people (default 100, maximum 500 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/contracts/current``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 100, maximum 500). Default 100. At most 500.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/contracts/current",
                path_params={},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=ContractList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Contract,
            500,
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
    ) -> AsyncPager[PersonCustomField]:
        """List people custom fields

        List all custom fields across all people (default 100, maximum 500 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/custom-fields``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 100, maximum 500). Default 100. At most 500.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/custom-fields",
                path_params={},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=PersonCustomFieldList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            PersonCustomField,
            500,
        )

    def list_notes(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[PersonNote]:
        """List people notes

        List all person notes across all people (default 100, maximum 500 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/notes``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 100, maximum 500). Default 100. At most 500.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/notes",
                path_params={},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=PersonNoteList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            PersonNote,
            500,
        )

    def list_skills(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        include_placeholders: Optional[bool] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[PersonCompetency]:
        """List people skills

        List the skills of all people, with their levels. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people/skills``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            include_placeholders: Also return the skills of placeholders. Default False.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/people/skills",
                path_params={},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "includePlaceholders": include_placeholders,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=PersonCompetencyList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            PersonCompetency,
            200,
        )


class AsyncClientsProjectsResource(AsyncResource):
    """Operations on clients.projects."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        client_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        include_archived: Optional[bool] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Project]:
        """List a client's projects

        List the projects of one client. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /clients/{clientId}/projects/``

        Args:
            client_id: The client's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            include_archived: Also return archived projects. Default False.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/clients/{clientId}/projects/",
                path_params={
                    "clientId": client_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "includeArchived": include_archived,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=ProjectList,
                response_kind="json",
                authenticated=True,
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


class AsyncClientsResource(AsyncResource):
    """Operations on clients."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.projects = AsyncClientsProjectsResource(client)

    def list(
        self,
        *,
        name: Optional[str] = None,
        sort_by: Optional[Literal["id", "createdAt", "updatedAt"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Client]:
        """List clients

        Get all clients in the account, paginated (default 50, maximum 200 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /clients/``

        Args:
            name: If provided, will only return clients with a name that is a substring of this value (case-insensitive).
            sort_by: Field to sort by: id, createdAt or updatedAt Default 'id'.
            order: Sort order: asc or desc Default 'asc'.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/clients/",
                path_params={},
                query={
                    "name": name,
                    "sortBy": sort_by,
                    "order": order,
                    "cursor": cursor,
                    "limit": limit,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=ClientList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Client,
            200,
        )

    async def create(
        self,
        *,
        name: str,
        website: Union[str, NotGiven] = NOT_GIVEN,
        references: Union[List[Reference], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Client:
        """Create a client

        Create a client. Properties may be left out unless they are required.

        ``POST /clients/``

        Args:
            website: The client's website (a URL).
        """
        return cast(
            Client,
            await self._client.request(
                Call(
                    method="POST",
                    path="/clients/",
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "name": name,
                        "website": website,
                        "references": references,
                    },
                    content_type="application/json",
                    cast=Client,
                    response_kind="json",
                    authenticated=True,
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
        clients: List[ClientInput],
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[Client]:
        """Create clients in bulk

        Create up to 100 'clients' in a single API call. [Learn more](https://developer.runn.io/docs/clients-notes).

        ``POST /clients/bulk/``
        """
        return cast(
            List[Client],
            await self._client.request(
                Call(
                    method="POST",
                    path="/clients/bulk/",
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "clients": clients,
                    },
                    content_type="application/json",
                    cast=List[Client],
                    response_kind="json",
                    authenticated=True,
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
        client_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Client:
        """Show a client

        Get one client.

        ``GET /clients/{clientId}``

        Args:
            client_id: The client's id.
        """
        return cast(
            Client,
            await self._client.request(
                Call(
                    method="GET",
                    path="/clients/{clientId}",
                    path_params={
                        "clientId": client_id,
                    },
                    query={},
                    headers={},
                    cast=Client,
                    response_kind="json",
                    authenticated=True,
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
        client_id: int,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        website: Union[Optional[str], NotGiven] = NOT_GIVEN,
        is_archived: Union[bool, NotGiven] = NOT_GIVEN,
        references: Union[List[Reference], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Client:
        """Update a client

        Update a client, e.g. `PATCH /clients/123` with `{"name": "My updated name"}`. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /clients/{clientId}``

        Args:
            client_id: The client's id.
            website: The client's website (a URL). Pass null or "" to unset it.
            references: Replaces the client's references; pass [] to remove them all.
        """
        return cast(
            Client,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/clients/{clientId}",
                    path_params={
                        "clientId": client_id,
                    },
                    query={},
                    headers={},
                    json={
                        "name": name,
                        "website": website,
                        "isArchived": is_archived,
                        "references": references,
                    },
                    content_type="application/json",
                    cast=Client,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "personId": person_id,
                    "roleId": role_id,
                    "startDate": start_date,
                    "endDate": end_date,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=AssignmentList,
                response_kind="json",
                authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "personId": person_id,
                    "roleId": role_id,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=ActualList,
                response_kind="json",
                authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "includeArchived": include_archived,
                },
                headers={},
                cast=PersonList,
                response_kind="json",
                authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    json={
                        "id": id,
                        "value": value,
                    },
                    content_type="application/json",
                    cast=CheckboxFieldValue,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    json={
                        "id": id,
                        "value": value,
                    },
                    content_type="application/json",
                    cast=DateFieldValue,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    json={
                        "id": id,
                        "values": values,
                    },
                    content_type="application/json",
                    cast=SelectFieldValue,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    json={
                        "id": id,
                        "value": value,
                    },
                    content_type="application/json",
                    cast=TextFieldValue,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=ProjectBudgetRoleList,
                response_kind="json",
                authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={},
                headers={},
                json={
                    "roleId": role_id,
                    "estimatedMinutes": estimated_minutes,
                    "estimatedBudget": estimated_budget,
                },
                content_type="application/json",
                cast=None,
                response_kind="empty",
                authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                        "roleId": role_id,
                    },
                    query={},
                    headers={},
                    cast=ProjectBudgetRole,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                    "roleId": role_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                        "roleId": role_id,
                    },
                    query={},
                    headers={},
                    json={
                        "estimatedMinutes": estimated_minutes,
                        "estimatedBudget": estimated_budget,
                    },
                    content_type="application/json",
                    cast=ProjectBudgetRole,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "startDate": start_date,
                    "endDate": end_date,
                },
                headers={},
                cast=MilestoneList,
                response_kind="json",
                authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    json={
                        "title": title,
                        "icon": icon,
                        "note": note,
                        "date": date_,
                    },
                    content_type="application/json",
                    cast=Milestone,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                    "milestoneId": milestone_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                        "milestoneId": milestone_id,
                    },
                    query={},
                    headers={},
                    json={
                        "title": title,
                        "icon": icon,
                        "note": note,
                        "date": date_,
                    },
                    content_type="application/json",
                    cast=Milestone,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=ProjectNoteList,
                response_kind="json",
                authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    json={
                        "note": note,
                    },
                    content_type="application/json",
                    cast=ProjectNote,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=ProjectOtherExpenseList,
                response_kind="json",
                authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    json={
                        "cost": cost,
                        "charge": charge,
                        "name": name,
                        "date": date_,
                    },
                    content_type="application/json",
                    cast=ProjectOtherExpense,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                        "otherExpenseId": other_expense_id,
                    },
                    query={},
                    headers={},
                    json={
                        "cost": cost,
                        "charge": charge,
                        "name": name,
                        "date": date_,
                    },
                    content_type="application/json",
                    cast=ProjectOtherExpense,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=PersonRequestList,
                response_kind="json",
                authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    json={
                        "personId": person_id,
                        "status": status,
                    },
                    content_type="application/json",
                    cast=PersonRequest,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                        "personRequestId": person_request_id,
                    },
                    query={},
                    headers={},
                    cast=PersonRequest,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                        "personRequestId": person_request_id,
                    },
                    query={},
                    headers={},
                    json={
                        "status": status,
                    },
                    content_type="application/json",
                    cast=PersonRequestStatus,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=ProjectPhaseList,
                response_kind="json",
                authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    json={
                        "name": name,
                        "startDate": start_date,
                        "endDate": end_date,
                        "color": color,
                    },
                    content_type="application/json",
                    cast=ProjectPhase,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                        "phaseId": phase_id,
                    },
                    query={},
                    headers={},
                    cast=ProjectPhase,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                    "phaseId": phase_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                        "phaseId": phase_id,
                    },
                    query={},
                    headers={},
                    json={
                        "name": name,
                        "startDate": start_date,
                        "endDate": end_date,
                        "color": color,
                    },
                    content_type="application/json",
                    cast=ProjectPhase,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=ProjectRateList,
                response_kind="json",
                authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                        "projectRateId": project_rate_id,
                    },
                    query={},
                    headers={},
                    json={
                        "rate": rate,
                    },
                    content_type="application/json",
                    cast=ProjectRate,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "includeArchived": include_archived,
                },
                headers={},
                cast=ProjectWorkstreamList,
                response_kind="json",
                authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                        "workstreamId": workstream_id,
                    },
                    query={},
                    headers={},
                    cast=ProjectWorkstream,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                        "workstreamId": workstream_id,
                    },
                    query={},
                    headers={},
                    cast=ProjectWorkstream,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                        "workstreamId": workstream_id,
                    },
                    query={},
                    headers={},
                    cast=ProjectWorkstream,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    cast=TimesheetLock,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    json={
                        "status": status,
                        "lockedUntil": locked_until,
                    },
                    content_type="application/json",
                    cast=TimesheetLock,
                    response_kind="json",
                    authenticated=True,
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
            sort_by: Field to sort by: createdAt or updatedAt or id Default 'id'.
            order: Sort order: asc or desc Default 'asc'.
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
                path_params={},
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
                headers={},
                cast=ProjectList,
                response_kind="json",
                authenticated=True,
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
                    path_params={},
                    query={},
                    headers={},
                    json=body,
                    content_type="application/json",
                    cast=Project,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    cast=Project,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
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
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
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
                path_params={},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=ProjectCustomFieldList,
                response_kind="json",
                authenticated=True,
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


class AsyncRolesResource(AsyncResource):
    """Operations on roles."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        name: Optional[str] = None,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["createdAt", "updatedAt", "id"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Role]:
        """List roles

        Get all roles in the account, paginated (default 50, maximum 200 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /roles/``

        Args:
            name: If provided, will only return roles with a name that is a substring of this value (case-insensitive).
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            sort_by: Field to sort by: createdAt or updatedAt or id Default 'id'.
            order: Sort order: asc or desc Default 'asc'.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/roles/",
                path_params={},
                query={
                    "name": name,
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=RoleList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Role,
            200,
        )

    async def create(
        self,
        *,
        name: str,
        default_hour_cost: Union[float, NotGiven] = NOT_GIVEN,
        standard_rate: Union[float, NotGiven] = NOT_GIVEN,
        references: Union[List[Reference], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Role:
        """Create a role

        Create a role. Properties may be left out unless they are required.

        ``POST /roles/``
        """
        return cast(
            Role,
            await self._client.request(
                Call(
                    method="POST",
                    path="/roles/",
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "name": name,
                        "defaultHourCost": default_hour_cost,
                        "standardRate": standard_rate,
                        "references": references,
                    },
                    content_type="application/json",
                    cast=Role,
                    response_kind="json",
                    authenticated=True,
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
        role_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Role:
        """Show a role

        Get one role.

        ``GET /roles/{roleId}``

        Args:
            role_id: The role's id.
        """
        return cast(
            Role,
            await self._client.request(
                Call(
                    method="GET",
                    path="/roles/{roleId}",
                    path_params={
                        "roleId": role_id,
                    },
                    query={},
                    headers={},
                    cast=Role,
                    response_kind="json",
                    authenticated=True,
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
        role_id: int,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        is_archived: Union[bool, NotGiven] = NOT_GIVEN,
        references: Union[List[Reference], NotGiven] = NOT_GIVEN,
        standard_rate: Union[float, NotGiven] = NOT_GIVEN,
        default_hour_cost: Union[float, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Role:
        """Update a role

        Update a role. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /roles/{roleId}``

        Args:
            role_id: The role's id.
            references: Replaces the role's references; pass [] to remove them all.
        """
        return cast(
            Role,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/roles/{roleId}",
                    path_params={
                        "roleId": role_id,
                    },
                    query={},
                    headers={},
                    json={
                        "name": name,
                        "isArchived": is_archived,
                        "references": references,
                        "standardRate": standard_rate,
                        "defaultHourCost": default_hour_cost,
                    },
                    content_type="application/json",
                    cast=Role,
                    response_kind="json",
                    authenticated=True,
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


class AsyncTeamsPeopleResource(AsyncResource):
    """Operations on teams.people."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        team_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[CollectionPerson]:
        """List people in a team

        List the people in a team. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /teams/{teamId}/people/``

        Args:
            team_id: The team's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/teams/{teamId}/people/",
                path_params={
                    "teamId": team_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=PersonList,
                response_kind="json",
                authenticated=True,
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


class AsyncTeamsResource(AsyncResource):
    """Operations on teams."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.people = AsyncTeamsPeopleResource(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        modified_after: Optional[str] = None,
        sort_by: Optional[Literal["createdAt", "updatedAt", "id"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Team]:
        """List teams

        Get all teams in the account, paginated (default 50, maximum 200 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /teams/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
            sort_by: Field to sort by: createdAt or updatedAt or id Default 'id'.
            order: Sort order: asc or desc Default 'asc'.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/teams/",
                path_params={},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "modifiedAfter": modified_after,
                    "sortBy": sort_by,
                    "order": order,
                },
                headers={},
                cast=TeamList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Team,
            200,
        )

    async def create(
        self,
        *,
        name: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Team:
        """Create a team

        Create a team.

        ``POST /teams/``
        """
        return cast(
            Team,
            await self._client.request(
                Call(
                    method="POST",
                    path="/teams/",
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "name": name,
                    },
                    content_type="application/json",
                    cast=Team,
                    response_kind="json",
                    authenticated=True,
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
        team_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Team:
        """Show a team

        Get one team.

        ``GET /teams/{teamId}/``

        Args:
            team_id: The team's id.
        """
        return cast(
            Team,
            await self._client.request(
                Call(
                    method="GET",
                    path="/teams/{teamId}/",
                    path_params={
                        "teamId": team_id,
                    },
                    query={},
                    headers={},
                    cast=Team,
                    response_kind="json",
                    authenticated=True,
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
        team_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a team

        Delete a team.

        ``DELETE /teams/{teamId}/``

        Args:
            team_id: The team's id.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/teams/{teamId}/",
                path_params={
                    "teamId": team_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
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
        team_id: int,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Team:
        """Update a team

        Rename a team. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /teams/{teamId}/``

        Args:
            team_id: The team's id.
        """
        return cast(
            Team,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/teams/{teamId}/",
                    path_params={
                        "teamId": team_id,
                    },
                    query={},
                    headers={},
                    json={
                        "name": name,
                    },
                    content_type="application/json",
                    cast=Team,
                    response_kind="json",
                    authenticated=True,
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
            sort_by: Field to sort by: createdAt or updatedAt or id Default 'id'.
            order: Sort order: asc or desc Default 'asc'.
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
                path_params={},
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
                headers={},
                cast=AssignmentList,
                response_kind="json",
                authenticated=True,
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
                    path_params={},
                    query={},
                    headers={},
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
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "assignmentId": assignment_id,
                    },
                    query={},
                    headers={},
                    cast=Assignment,
                    response_kind="json",
                    authenticated=True,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
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
            sort_by: Field to sort by: createdAt or updatedAt or id Default 'id'.
            order: Sort order: asc or desc Default 'asc'.
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
                path_params={},
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
                headers={},
                cast=ActualList,
                response_kind="json",
                authenticated=True,
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
                    path_params={},
                    query={},
                    headers={},
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
                    response_kind="json",
                    authenticated=True,
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
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "actuals": actuals,
                    },
                    content_type="application/json",
                    cast=List[Actual],
                    response_kind="json",
                    authenticated=True,
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
                    path_params={},
                    query={},
                    headers={},
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
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "actualId": actual_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )


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
            sort_by: Field to sort by: id, createdAt or updatedAt Default 'id'.
            order: Sort order: asc or desc Default 'asc'.
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
                path_params={},
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
                headers={},
                cast=TimeOffList,
                response_kind="json",
                authenticated=True,
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
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "personId": person_id,
                        "startDate": start_date,
                        "endDate": end_date,
                        "note": note,
                        "minutesPerDay": minutes_per_day,
                    },
                    content_type="application/json",
                    cast=TimeOff,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "time_offs": time_offs,
                    },
                    content_type="application/json",
                    cast=List[TimeOff],
                    response_kind="json",
                    authenticated=True,
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
                path_params={},
                query={},
                headers={},
                json={
                    "timeOffIds": time_off_ids,
                },
                content_type="application/json",
                cast=None,
                response_kind="empty",
                authenticated=True,
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
                    path_params={
                        "timeOffId": time_off_id,
                    },
                    query={},
                    headers={},
                    cast=TimeOff,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "timeOffId": time_off_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
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
            sort_by: Field to sort by: id, createdAt or updatedAt Default 'id'.
            order: Sort order: asc or desc Default 'asc'.
            person_id: Only time offs of this person.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/time-offs/holidays/",
                path_params={},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "personId": person_id,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=HolidayTimeOffList,
                response_kind="json",
                authenticated=True,
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
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "personId": person_id,
                        "note": note,
                        "holidayId": holiday_id,
                    },
                    content_type="application/json",
                    cast=TimeOff,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "timeOffId": time_off_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
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
            sort_by: Field to sort by: id, createdAt or updatedAt Default 'id'.
            order: Sort order: asc or desc Default 'asc'.
            person_id: Only time offs of this person.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/time-offs/rostered-off/",
                path_params={},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "personId": person_id,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=TimeOffList,
                response_kind="json",
                authenticated=True,
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
                path_params={
                    "timeOffId": time_off_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
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


class AsyncContractsResource(AsyncResource):
    """Operations on contracts."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        modified_after: Optional[str] = None,
        sort_by: Optional[Literal["id", "createdAt", "updatedAt"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Contract]:
        """List contracts

        List the contracts of all people. See GET /people/{personId}/contracts to view all contracts for a specific person. See POST /people/{personId}/contracts to create a new contract for a person. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /contracts/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
            sort_by: Field to sort by: id, createdAt or updatedAt Default 'id'.
            order: Sort order: asc or desc Default 'asc'.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/contracts/",
                path_params={},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "modifiedAfter": modified_after,
                    "sortBy": sort_by,
                    "order": order,
                },
                headers={},
                cast=ContractList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Contract,
            200,
        )

    async def update(
        self,
        contract_id: int,
        *,
        role_id: Union[int, NotGiven] = NOT_GIVEN,
        start_date: Union[date, NotGiven] = NOT_GIVEN,
        end_date: Union[Optional[date], NotGiven] = NOT_GIVEN,
        employment_type: Union[Literal["employee", "contractor"], NotGiven] = NOT_GIVEN,
        cost_per_hour: Union[Optional[float], NotGiven] = NOT_GIVEN,
        minutes_per_day: Union[Optional[float], NotGiven] = NOT_GIVEN,
        rostered_days: Union[RosteredDaysInput, NotGiven] = NOT_GIVEN,
        job_title: Union[Optional[str], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Contract:
        """Update a contract

        Update a contract. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /contracts/{contractId}``

        Args:
            contract_id: The contract's id.
            start_date: Format: YYYY-MM-DD
            end_date: Format: YYYY-MM-DD. Pass null to remove the end date.
            cost_per_hour: Pass null to unset.
            minutes_per_day: Pass null to unset.
            job_title: Pass null or "" to unset. This feature is currently hidden, and can not be seen in the app
        """
        return cast(
            Contract,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/contracts/{contractId}",
                    path_params={
                        "contractId": contract_id,
                    },
                    query={},
                    headers={},
                    json={
                        "roleId": role_id,
                        "startDate": start_date,
                        "endDate": end_date,
                        "employmentType": employment_type,
                        "costPerHour": cost_per_hour,
                        "minutesPerDay": minutes_per_day,
                        "rosteredDays": rostered_days,
                        "jobTitle": job_title,
                    },
                    content_type="application/json",
                    cast=Contract,
                    response_kind="json",
                    authenticated=True,
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


class AsyncSkillsPeopleResource(AsyncResource):
    """Operations on skills.people."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        skill_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[CollectionPerson]:
        """List people for a skill

        List the people who have a skill. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /skills/{skillId}/people/``

        Args:
            skill_id: The skill's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/skills/{skillId}/people/",
                path_params={
                    "skillId": skill_id,
                },
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                headers={},
                cast=PersonList,
                response_kind="json",
                authenticated=True,
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

    async def add(
        self,
        skill_id: int,
        *,
        people: List[AddPeopleToSkillBodyPeopleItem],
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CompetencyValues:
        """Add people to a skill

        Give a skill to several people at once, each with an optional level from 1 to 4.

        ``POST /skills/{skillId}/people/``

        Args:
            skill_id: The skill's id.
        """
        return cast(
            CompetencyValues,
            await self._client.request(
                Call(
                    method="POST",
                    path="/skills/{skillId}/people/",
                    path_params={
                        "skillId": skill_id,
                    },
                    query={},
                    headers={},
                    json={
                        "people": people,
                    },
                    content_type="application/json",
                    cast=CompetencyValues,
                    response_kind="json",
                    authenticated=True,
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


class AsyncSkillsResource(AsyncResource):
    """Operations on skills."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.people = AsyncSkillsPeopleResource(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["id", "createdAt", "updatedAt"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Skill]:
        """List skills

        Get all skills in the account, paginated (default 50, maximum 200 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /skills/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            sort_by: Field to sort by: id, createdAt or updatedAt Default 'id'.
            order: Sort order: asc or desc Default 'asc'.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/skills/",
                path_params={},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "modifiedAfter": modified_after,
                },
                headers={},
                cast=SkillList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Skill,
            200,
        )

    async def create(
        self,
        *,
        name: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Skill:
        """Create a skill

        Create a skill.

        ``POST /skills/``
        """
        return cast(
            Skill,
            await self._client.request(
                Call(
                    method="POST",
                    path="/skills/",
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "name": name,
                    },
                    content_type="application/json",
                    cast=Skill,
                    response_kind="json",
                    authenticated=True,
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
        skill_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Skill:
        """Show a skill

        Get one skill.

        ``GET /skills/{skillId}``

        Args:
            skill_id: The skill's id.
        """
        return cast(
            Skill,
            await self._client.request(
                Call(
                    method="GET",
                    path="/skills/{skillId}",
                    path_params={
                        "skillId": skill_id,
                    },
                    query={},
                    headers={},
                    cast=Skill,
                    response_kind="json",
                    authenticated=True,
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
        skill_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a skill

        Delete a skill.

        ``DELETE /skills/{skillId}``

        Args:
            skill_id: The skill's id.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/skills/{skillId}",
                path_params={
                    "skillId": skill_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
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
        skill_id: int,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Skill:
        """Update a skill

        Rename a skill. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /skills/{skillId}``

        Args:
            skill_id: The skill's id.
        """
        return cast(
            Skill,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/skills/{skillId}",
                    path_params={
                        "skillId": skill_id,
                    },
                    query={},
                    headers={},
                    json={
                        "name": name,
                    },
                    content_type="application/json",
                    cast=Skill,
                    response_kind="json",
                    authenticated=True,
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
