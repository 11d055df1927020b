"""Operations on teams.

``client.teams`` of the Runn API, sync and async.
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

__all__ = ["TeamsResource", "AsyncTeamsResource"]


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
                path_params={"teamId": team_id},
                query={"cursor": cursor, "limit": limit},
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
            sort_by: Field to sort by: createdAt or updatedAt or id Default "id".
            order: Sort order: asc or desc Default "asc".
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/teams/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "modifiedAfter": modified_after,
                    "sortBy": sort_by,
                    "order": order,
                },
                cast=TeamList,
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
                    json={"name": name},
                    content_type="application/json",
                    cast=Team,
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
                    path_params={"teamId": team_id},
                    cast=Team,
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
                path_params={"teamId": team_id},
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
                    path_params={"teamId": team_id},
                    json={"name": name},
                    content_type="application/json",
                    cast=Team,
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
                path_params={"teamId": team_id},
                query={"cursor": cursor, "limit": limit},
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
            sort_by: Field to sort by: createdAt or updatedAt or id Default "id".
            order: Sort order: asc or desc Default "asc".
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/teams/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "modifiedAfter": modified_after,
                    "sortBy": sort_by,
                    "order": order,
                },
                cast=TeamList,
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
                    json={"name": name},
                    content_type="application/json",
                    cast=Team,
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
                    path_params={"teamId": team_id},
                    cast=Team,
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
                path_params={"teamId": team_id},
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
                    path_params={"teamId": team_id},
                    json={"name": name},
                    content_type="application/json",
                    cast=Team,
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
