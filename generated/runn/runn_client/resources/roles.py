"""Operations on roles.

``client.roles`` of the Runn API, sync and async.
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

__all__ = ["RolesResource", "AsyncRolesResource"]


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
            sort_by: Field to sort by: createdAt or updatedAt or id Default "id".
            order: Sort order: asc or desc Default "asc".
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/roles/",
                query={
                    "name": name,
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "modifiedAfter": modified_after,
                },
                cast=RoleList,
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
                    json={
                        "name": name,
                        "defaultHourCost": default_hour_cost,
                        "standardRate": standard_rate,
                        "references": references,
                    },
                    content_type="application/json",
                    cast=Role,
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
                    path_params={"roleId": role_id},
                    cast=Role,
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
                    path_params={"roleId": role_id},
                    json={
                        "name": name,
                        "isArchived": is_archived,
                        "references": references,
                        "standardRate": standard_rate,
                        "defaultHourCost": default_hour_cost,
                    },
                    content_type="application/json",
                    cast=Role,
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
            sort_by: Field to sort by: createdAt or updatedAt or id Default "id".
            order: Sort order: asc or desc Default "asc".
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/roles/",
                query={
                    "name": name,
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "modifiedAfter": modified_after,
                },
                cast=RoleList,
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
                    json={
                        "name": name,
                        "defaultHourCost": default_hour_cost,
                        "standardRate": standard_rate,
                        "references": references,
                    },
                    content_type="application/json",
                    cast=Role,
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
                    path_params={"roleId": role_id},
                    cast=Role,
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
                    path_params={"roleId": role_id},
                    json={
                        "name": name,
                        "isArchived": is_archived,
                        "references": references,
                        "standardRate": standard_rate,
                        "defaultHourCost": default_hour_cost,
                    },
                    content_type="application/json",
                    cast=Role,
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
