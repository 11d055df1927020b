"""Operations on system_users.

``client.system_users`` of the RunCloud API, sync and async.
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

__all__ = ["SystemUsersResource", "AsyncSystemUsersResource"]


class SystemUsersResource(SyncResource):
    """Operations on system_users."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        server_id: int,
        *,
        search: Optional[str] = None,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[SystemUser]:
        """List system users

        Lists the Linux system users RunCloud manages on the server, paged.

        ``GET /servers/{serverId}/users``

        Args:
            server_id: Server id.
            search: Search string to filter the list.
            page: Page number to return. The first page is 1 (`current_page: 1` in the documented examples; the minimum is Inferred).
            per_page: Number of results per page. The maximum is 40. The default of 15 is what the documented list examples show (`per_page: 15`). Default 15. At most 40.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/servers/{serverId}/users",
                path_params={"serverId": server_id},
                query={"search": search, "page": page, "perPage": per_page},
                cast=SystemUserList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            SystemUser,
            40,
        )

    def create(
        self,
        server_id: int,
        *,
        username: str,
        password: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SystemUser:
        """Create a system user

        Creates a system user on the server. The password is optional.

        ``POST /servers/{serverId}/users``

        Args:
            server_id: Server id.
            username: User name.
            password: Password (optional).
        """
        return cast(
            SystemUser,
            self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/users",
                    path_params={"serverId": server_id},
                    json={"username": username, "password": password},
                    content_type="application/json",
                    cast=SystemUser,
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

    def change_password(
        self,
        server_id: int,
        user_id: int,
        *,
        password: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SystemUser:
        """Change a system user's password

        Sets a new password for the system user.

        ``PATCH /servers/{serverId}/users/{userId}/password``

        Args:
            server_id: Server id.
            user_id: System user id.
            password: The new password.
        """
        return cast(
            SystemUser,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/users/{userId}/password",
                    path_params={"serverId": server_id, "userId": user_id},
                    json={"password": password},
                    content_type="application/json",
                    cast=SystemUser,
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

    def generate_deployment_key(
        self,
        server_id: int,
        user_id: int,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SystemUser:
        """Generate a Git deployment key

        Generates a Git deployment key (an SSH key pair) for the system user and returns the user with its public key.

        ``PATCH /servers/{serverId}/users/{userId}/deploymentkey``

        Args:
            server_id: Server id.
            user_id: System user id.
        """
        return cast(
            SystemUser,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/users/{userId}/deploymentkey",
                    path_params={"serverId": server_id, "userId": user_id},
                    cast=SystemUser,
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
        server_id: int,
        user_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SystemUser:
        """Delete a system user

        Deletes the system user. The response is the deleted user.

        ``DELETE /servers/{serverId}/users/{userId}``

        Args:
            server_id: Server id.
            user_id: System user id.
        """
        return cast(
            SystemUser,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/users/{userId}",
                    path_params={"serverId": server_id, "userId": user_id},
                    cast=SystemUser,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


class AsyncSystemUsersResource(AsyncResource):
    """Operations on system_users."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        server_id: int,
        *,
        search: Optional[str] = None,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[SystemUser]:
        """List system users

        Lists the Linux system users RunCloud manages on the server, paged.

        ``GET /servers/{serverId}/users``

        Args:
            server_id: Server id.
            search: Search string to filter the list.
            page: Page number to return. The first page is 1 (`current_page: 1` in the documented examples; the minimum is Inferred).
            per_page: Number of results per page. The maximum is 40. The default of 15 is what the documented list examples show (`per_page: 15`). Default 15. At most 40.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/servers/{serverId}/users",
                path_params={"serverId": server_id},
                query={"search": search, "page": page, "perPage": per_page},
                cast=SystemUserList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            SystemUser,
            40,
        )

    async def create(
        self,
        server_id: int,
        *,
        username: str,
        password: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SystemUser:
        """Create a system user

        Creates a system user on the server. The password is optional.

        ``POST /servers/{serverId}/users``

        Args:
            server_id: Server id.
            username: User name.
            password: Password (optional).
        """
        return cast(
            SystemUser,
            await self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/users",
                    path_params={"serverId": server_id},
                    json={"username": username, "password": password},
                    content_type="application/json",
                    cast=SystemUser,
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

    async def change_password(
        self,
        server_id: int,
        user_id: int,
        *,
        password: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SystemUser:
        """Change a system user's password

        Sets a new password for the system user.

        ``PATCH /servers/{serverId}/users/{userId}/password``

        Args:
            server_id: Server id.
            user_id: System user id.
            password: The new password.
        """
        return cast(
            SystemUser,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/users/{userId}/password",
                    path_params={"serverId": server_id, "userId": user_id},
                    json={"password": password},
                    content_type="application/json",
                    cast=SystemUser,
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

    async def generate_deployment_key(
        self,
        server_id: int,
        user_id: int,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SystemUser:
        """Generate a Git deployment key

        Generates a Git deployment key (an SSH key pair) for the system user and returns the user with its public key.

        ``PATCH /servers/{serverId}/users/{userId}/deploymentkey``

        Args:
            server_id: Server id.
            user_id: System user id.
        """
        return cast(
            SystemUser,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/users/{userId}/deploymentkey",
                    path_params={"serverId": server_id, "userId": user_id},
                    cast=SystemUser,
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
        server_id: int,
        user_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SystemUser:
        """Delete a system user

        Deletes the system user. The response is the deleted user.

        ``DELETE /servers/{serverId}/users/{userId}``

        Args:
            server_id: Server id.
            user_id: System user id.
        """
        return cast(
            SystemUser,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/users/{userId}",
                    path_params={"serverId": server_id, "userId": user_id},
                    cast=SystemUser,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )
