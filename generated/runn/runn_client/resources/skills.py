"""Operations on skills.

``client.skills`` of the Runn API, sync and async.
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

__all__ = ["SkillsResource", "AsyncSkillsResource"]


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
                path_params={"skillId": skill_id},
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
                    path_params={"skillId": skill_id},
                    json={"people": people},
                    content_type="application/json",
                    cast=CompetencyValues,
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
            sort_by: Field to sort by: id, createdAt or updatedAt Default "id".
            order: Sort order: asc or desc Default "asc".
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/skills/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "modifiedAfter": modified_after,
                },
                cast=SkillList,
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
                    json={"name": name},
                    content_type="application/json",
                    cast=Skill,
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
                    path_params={"skillId": skill_id},
                    cast=Skill,
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
                path_params={"skillId": skill_id},
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
                    path_params={"skillId": skill_id},
                    json={"name": name},
                    content_type="application/json",
                    cast=Skill,
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
                path_params={"skillId": skill_id},
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
                    path_params={"skillId": skill_id},
                    json={"people": people},
                    content_type="application/json",
                    cast=CompetencyValues,
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
            sort_by: Field to sort by: id, createdAt or updatedAt Default "id".
            order: Sort order: asc or desc Default "asc".
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/skills/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "modifiedAfter": modified_after,
                },
                cast=SkillList,
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
                    json={"name": name},
                    content_type="application/json",
                    cast=Skill,
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
                    path_params={"skillId": skill_id},
                    cast=Skill,
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
                path_params={"skillId": skill_id},
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
                    path_params={"skillId": skill_id},
                    json={"name": name},
                    content_type="application/json",
                    cast=Skill,
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
