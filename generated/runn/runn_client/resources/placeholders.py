"""Operations on placeholders.

``client.placeholders`` of the Runn API, sync and async.
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

__all__ = ["PlaceholdersResource", "AsyncPlaceholdersResource"]


class PlaceholdersSkillsResource(SyncResource):
    """Operations on placeholders.skills."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def add(
        self,
        placeholder_id: int,
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
        """Add a skill to a placeholder

        Add a skill (with an optional level, 1 to 4) to a placeholder.

        ``POST /placeholders/{placeholderId}/skills/``

        Args:
            placeholder_id: The placeholder's id.
            level: Skill level: 1, 2, 3 or 4, or null for no level.
        """
        return cast(
            Competency,
            self._client.request(
                Call(
                    method="POST",
                    path="/placeholders/{placeholderId}/skills/",
                    path_params={"placeholderId": placeholder_id},
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
        placeholder_id: int,
        skill_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Remove a skill from a placeholder

        Remove a skill from a placeholder (204).

        ``DELETE /placeholders/{placeholderId}/skills/{skillId}``

        Args:
            placeholder_id: The placeholder's id.
            skill_id: The skill's id.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/placeholders/{placeholderId}/skills/{skillId}",
                path_params={"placeholderId": placeholder_id, "skillId": skill_id},
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


class PlaceholdersTeamsResource(SyncResource):
    """Operations on placeholders.teams."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def add(
        self,
        placeholder_id: int,
        *,
        team_id: int,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Add a placeholder to a team

        Add a placeholder to a team.

        ``POST /placeholders/{placeholderId}/teams/``

        Args:
            placeholder_id: The placeholder's id.
        """
        self._client.request(
            Call(
                method="POST",
                path="/placeholders/{placeholderId}/teams/",
                path_params={"placeholderId": placeholder_id},
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
        placeholder_id: int,
        team_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Remove a placeholder from a team

        Remove a placeholder from a team. The API answers 202 with no body.

        ``DELETE /placeholders/{placeholderId}/teams/{teamId}``

        Args:
            placeholder_id: The placeholder's id.
            team_id: The team's id.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/placeholders/{placeholderId}/teams/{teamId}",
                path_params={"placeholderId": placeholder_id, "teamId": team_id},
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


class PlaceholdersResource(SyncResource):
    """Operations on placeholders."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.skills = PlaceholdersSkillsResource(client)
        self.teams = PlaceholdersTeamsResource(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["createdAt", "updatedAt", "id"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Placeholder]:
        """List placeholders

        List placeholders (stand-ins for people not yet hired or chosen), paginated (default 50 per page, maximum 200). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /placeholders/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            sort_by: Field to sort by: createdAt or updatedAt or id Default "id".
            order: Sort order: asc or desc Default "asc".
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/placeholders/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "modifiedAfter": modified_after,
                },
                cast=PlaceholderList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Placeholder,
            200,
        )

    def create(
        self,
        *,
        role_id: int,
        cost_per_hour: Union[float, NotGiven] = NOT_GIVEN,
        tags: Union[List[TagInput], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PlaceholderCreated:
        """Create a placeholder

        Also creates a contract that defaults to the role cost. Please note that placeholders with no project or assignments will be deleted within 24 hours.

        ``POST /placeholders/``

        Args:
            cost_per_hour: Defaults to the role's cost per hour
        """
        return cast(
            PlaceholderCreated,
            self._client.request(
                Call(
                    method="POST",
                    path="/placeholders/",
                    json={"roleId": role_id, "costPerHour": cost_per_hour, "tags": tags},
                    content_type="application/json",
                    cast=PlaceholderCreated,
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


class AsyncPlaceholdersSkillsResource(AsyncResource):
    """Operations on placeholders.skills."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def add(
        self,
        placeholder_id: int,
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
        """Add a skill to a placeholder

        Add a skill (with an optional level, 1 to 4) to a placeholder.

        ``POST /placeholders/{placeholderId}/skills/``

        Args:
            placeholder_id: The placeholder's id.
            level: Skill level: 1, 2, 3 or 4, or null for no level.
        """
        return cast(
            Competency,
            await self._client.request(
                Call(
                    method="POST",
                    path="/placeholders/{placeholderId}/skills/",
                    path_params={"placeholderId": placeholder_id},
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
        placeholder_id: int,
        skill_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Remove a skill from a placeholder

        Remove a skill from a placeholder (204).

        ``DELETE /placeholders/{placeholderId}/skills/{skillId}``

        Args:
            placeholder_id: The placeholder's id.
            skill_id: The skill's id.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/placeholders/{placeholderId}/skills/{skillId}",
                path_params={"placeholderId": placeholder_id, "skillId": skill_id},
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


class AsyncPlaceholdersTeamsResource(AsyncResource):
    """Operations on placeholders.teams."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def add(
        self,
        placeholder_id: int,
        *,
        team_id: int,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Add a placeholder to a team

        Add a placeholder to a team.

        ``POST /placeholders/{placeholderId}/teams/``

        Args:
            placeholder_id: The placeholder's id.
        """
        await self._client.request(
            Call(
                method="POST",
                path="/placeholders/{placeholderId}/teams/",
                path_params={"placeholderId": placeholder_id},
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
        placeholder_id: int,
        team_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Remove a placeholder from a team

        Remove a placeholder from a team. The API answers 202 with no body.

        ``DELETE /placeholders/{placeholderId}/teams/{teamId}``

        Args:
            placeholder_id: The placeholder's id.
            team_id: The team's id.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/placeholders/{placeholderId}/teams/{teamId}",
                path_params={"placeholderId": placeholder_id, "teamId": team_id},
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


class AsyncPlaceholdersResource(AsyncResource):
    """Operations on placeholders."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.skills = AsyncPlaceholdersSkillsResource(client)
        self.teams = AsyncPlaceholdersTeamsResource(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["createdAt", "updatedAt", "id"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Placeholder]:
        """List placeholders

        List placeholders (stand-ins for people not yet hired or chosen), paginated (default 50 per page, maximum 200). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /placeholders/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            sort_by: Field to sort by: createdAt or updatedAt or id Default "id".
            order: Sort order: asc or desc Default "asc".
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/placeholders/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "modifiedAfter": modified_after,
                },
                cast=PlaceholderList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Placeholder,
            200,
        )

    async def create(
        self,
        *,
        role_id: int,
        cost_per_hour: Union[float, NotGiven] = NOT_GIVEN,
        tags: Union[List[TagInput], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PlaceholderCreated:
        """Create a placeholder

        Also creates a contract that defaults to the role cost. Please note that placeholders with no project or assignments will be deleted within 24 hours.

        ``POST /placeholders/``

        Args:
            cost_per_hour: Defaults to the role's cost per hour
        """
        return cast(
            PlaceholderCreated,
            await self._client.request(
                Call(
                    method="POST",
                    path="/placeholders/",
                    json={"roleId": role_id, "costPerHour": cost_per_hour, "tags": tags},
                    content_type="application/json",
                    cast=PlaceholderCreated,
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
