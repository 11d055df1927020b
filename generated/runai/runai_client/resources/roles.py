"""Operations on roles.

``client.roles`` of the Run:ai REST API, sync and async.
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
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> RolesV1:
        """Get a list of roles.

        Use to retrieve a list of roles. An access rule binds one of them (by its numeric `id`) to a subject in a scope.

        ``GET /api/v1/authorization/roles``
        """
        return cast(
            RolesV1,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/authorization/roles",
                    cast=RolesV1,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def get(
        self,
        role_id_path: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> RoleV1:
        """Get a role by id.

        Use to retrieve the details of a role by id.

        ``GET /api/v1/authorization/roles/{roleIdPath}``

        Args:
            role_id_path: The id of the role.
        """
        return cast(
            RoleV1,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/authorization/roles/{roleIdPath}",
                    path_params={"roleIdPath": role_id_path},
                    cast=RoleV1,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


class AsyncRolesResource(AsyncResource):
    """Operations on roles."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def list(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> RolesV1:
        """Get a list of roles.

        Use to retrieve a list of roles. An access rule binds one of them (by its numeric `id`) to a subject in a scope.

        ``GET /api/v1/authorization/roles``
        """
        return cast(
            RolesV1,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/authorization/roles",
                    cast=RolesV1,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def get(
        self,
        role_id_path: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> RoleV1:
        """Get a role by id.

        Use to retrieve the details of a role by id.

        ``GET /api/v1/authorization/roles/{roleIdPath}``

        Args:
            role_id_path: The id of the role.
        """
        return cast(
            RoleV1,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/authorization/roles/{roleIdPath}",
                    path_params={"roleIdPath": role_id_path},
                    cast=RoleV1,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )
