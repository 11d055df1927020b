"""Operations on people.

``client.people`` of the Runn API, sync and async.
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

__all__ = ["PeopleResource", "AsyncPeopleResource"]


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
                    path_params={"personId": person_id},
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
                    path_params={"personId": person_id},
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
                    path_params={"personId": person_id},
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
                    path_params={"personId": person_id},
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
                path_params={"personId": person_id},
                query={"cursor": cursor, "limit": limit},
                cast=ContractList,
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
                    path_params={"personId": person_id},
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
                    path_params={"personId": person_id},
                    cast=Contract,
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
                path_params={"personId": person_id, "contractId": contract_id},
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
                path_params={"personId": person_id},
                query={"cursor": cursor, "limit": limit},
                cast=PersonTeamList,
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
                path_params={"personId": person_id},
                json={"teamId": team_id},
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
                path_params={"personId": person_id, "teamId": team_id},
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
                path_params={"personId": person_id},
                query={"cursor": cursor, "limit": limit},
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
                path_params={"personId": person_id},
                json={"projectId": project_id, "roleId": role_id, "workstreamId": workstream_id},
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
                path_params={"personId": person_id},
                query={"cursor": cursor, "limit": limit, "modifiedAfter": modified_after},
                cast=CompetencyList,
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
                    path_params={"personId": person_id},
                    json={"skillId": skill_id, "level": level},
                    content_type="application/json",
                    cast=Competency,
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
                path_params={"personId": person_id, "skillId": skill_id},
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
                    path_params={"personId": person_id, "skillId": skill_id},
                    json={"level": level},
                    content_type="application/json",
                    cast=Competency,
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
                path_params={"personId": person_id},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "projectId": project_id,
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
                path_params={"personId": person_id},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "projectId": project_id,
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
                path_params={"personId": person_id},
                query={"cursor": cursor, "limit": limit},
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
                path_params={"personId": person_id},
                query={"cursor": cursor, "limit": limit},
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
                path_params={"personId": person_id},
                query={"cursor": cursor, "limit": limit},
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
            sort_by: Field to sort by: createdAt or updatedAt or id Default "id".
            order: Sort order: asc or desc Default "asc".
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
                    path_params={"personId": person_id},
                    cast=Person,
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
                path_params={"personId": person_id},
                query={"force": force},
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
                    path_params={"personId": person_id},
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
                query={"cursor": cursor, "limit": limit, "modifiedAfter": modified_after},
                cast=ContractList,
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
                query={"cursor": cursor, "limit": limit, "modifiedAfter": modified_after},
                cast=PersonCustomFieldList,
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
                query={"cursor": cursor, "limit": limit, "modifiedAfter": modified_after},
                cast=PersonNoteList,
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
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "includePlaceholders": include_placeholders,
                    "modifiedAfter": modified_after,
                },
                cast=PersonCompetencyList,
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
                    path_params={"personId": person_id},
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
                    path_params={"personId": person_id},
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
                    path_params={"personId": person_id},
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
                    path_params={"personId": person_id},
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
                path_params={"personId": person_id},
                query={"cursor": cursor, "limit": limit},
                cast=ContractList,
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
                    path_params={"personId": person_id},
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
                    path_params={"personId": person_id},
                    cast=Contract,
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
                path_params={"personId": person_id, "contractId": contract_id},
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
                path_params={"personId": person_id},
                query={"cursor": cursor, "limit": limit},
                cast=PersonTeamList,
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
                path_params={"personId": person_id},
                json={"teamId": team_id},
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
                path_params={"personId": person_id, "teamId": team_id},
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
                path_params={"personId": person_id},
                query={"cursor": cursor, "limit": limit},
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
                path_params={"personId": person_id},
                json={"projectId": project_id, "roleId": role_id, "workstreamId": workstream_id},
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
                path_params={"personId": person_id},
                query={"cursor": cursor, "limit": limit, "modifiedAfter": modified_after},
                cast=CompetencyList,
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
                    path_params={"personId": person_id},
                    json={"skillId": skill_id, "level": level},
                    content_type="application/json",
                    cast=Competency,
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
                path_params={"personId": person_id, "skillId": skill_id},
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
                    path_params={"personId": person_id, "skillId": skill_id},
                    json={"level": level},
                    content_type="application/json",
                    cast=Competency,
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
                path_params={"personId": person_id},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "projectId": project_id,
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
                path_params={"personId": person_id},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "projectId": project_id,
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
                path_params={"personId": person_id},
                query={"cursor": cursor, "limit": limit},
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
                path_params={"personId": person_id},
                query={"cursor": cursor, "limit": limit},
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
                path_params={"personId": person_id},
                query={"cursor": cursor, "limit": limit},
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
            sort_by: Field to sort by: createdAt or updatedAt or id Default "id".
            order: Sort order: asc or desc Default "asc".
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
                    path_params={"personId": person_id},
                    cast=Person,
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
                path_params={"personId": person_id},
                query={"force": force},
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
                    path_params={"personId": person_id},
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
                query={"cursor": cursor, "limit": limit, "modifiedAfter": modified_after},
                cast=ContractList,
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
                query={"cursor": cursor, "limit": limit, "modifiedAfter": modified_after},
                cast=PersonCustomFieldList,
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
                query={"cursor": cursor, "limit": limit, "modifiedAfter": modified_after},
                cast=PersonNoteList,
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
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "includePlaceholders": include_placeholders,
                    "modifiedAfter": modified_after,
                },
                cast=PersonCompetencyList,
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
