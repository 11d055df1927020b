"""Operations on database_users.

``client.database_users`` of the RunCloud API, sync and async.
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

__all__ = ["DatabaseUsersResource", "AsyncDatabaseUsersResource"]


class DatabaseUsersResource(SyncResource):
    """Operations on database_users."""

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
    ) -> SyncPager[DatabaseUser]:
        """List database users

        Lists the database users on the server, paged.

        ``GET /servers/{serverId}/databaseusers``

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
                path="/servers/{serverId}/databaseusers",
                path_params={"serverId": server_id},
                query={"search": search, "page": page, "perPage": per_page},
                cast=DatabaseUserList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            DatabaseUser,
            40,
        )

    def create(
        self,
        server_id: int,
        *,
        username: str,
        password: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseUser:
        """Create a database user

        Creates a database user.

        ``POST /servers/{serverId}/databaseusers``

        Args:
            server_id: Server id.
            username: User name.
            password: Password.
        """
        return cast(
            DatabaseUser,
            self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/databaseusers",
                    path_params={"serverId": server_id},
                    json={"username": username, "password": password},
                    content_type="application/json",
                    cast=DatabaseUser,
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
        server_id: int,
        database_user_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseUser:
        """Get a database user

        Returns one database user.

        ``GET /servers/{serverId}/databaseusers/{databaseUserId}``

        Args:
            server_id: Server id.
            database_user_id: Database user id.
        """
        return cast(
            DatabaseUser,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/databaseusers/{databaseUserId}",
                    path_params={"serverId": server_id, "databaseUserId": database_user_id},
                    cast=DatabaseUser,
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
        server_id: int,
        database_user_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseUser:
        """Delete a database user

        Deletes the database user. The response is the deleted user.

        ``DELETE /servers/{serverId}/databaseusers/{databaseUserId}``

        Args:
            server_id: Server id.
            database_user_id: Database user id.
        """
        return cast(
            DatabaseUser,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/databaseusers/{databaseUserId}",
                    path_params={"serverId": server_id, "databaseUserId": database_user_id},
                    cast=DatabaseUser,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def change_password(
        self,
        server_id: int,
        database_user_id: int,
        *,
        password: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseUser:
        """Change a database user's password

        Sets a new password for the database user.

        ``PATCH /servers/{serverId}/databaseusers/{databaseUserId}``

        Args:
            server_id: Server id.
            database_user_id: Database user id.
            password: The new password.
        """
        return cast(
            DatabaseUser,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/databaseusers/{databaseUserId}",
                    path_params={"serverId": server_id, "databaseUserId": database_user_id},
                    json={"password": password},
                    content_type="application/json",
                    cast=DatabaseUser,
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


class AsyncDatabaseUsersResource(AsyncResource):
    """Operations on database_users."""

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
    ) -> AsyncPager[DatabaseUser]:
        """List database users

        Lists the database users on the server, paged.

        ``GET /servers/{serverId}/databaseusers``

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
                path="/servers/{serverId}/databaseusers",
                path_params={"serverId": server_id},
                query={"search": search, "page": page, "perPage": per_page},
                cast=DatabaseUserList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            DatabaseUser,
            40,
        )

    async def create(
        self,
        server_id: int,
        *,
        username: str,
        password: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseUser:
        """Create a database user

        Creates a database user.

        ``POST /servers/{serverId}/databaseusers``

        Args:
            server_id: Server id.
            username: User name.
            password: Password.
        """
        return cast(
            DatabaseUser,
            await self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/databaseusers",
                    path_params={"serverId": server_id},
                    json={"username": username, "password": password},
                    content_type="application/json",
                    cast=DatabaseUser,
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
        server_id: int,
        database_user_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseUser:
        """Get a database user

        Returns one database user.

        ``GET /servers/{serverId}/databaseusers/{databaseUserId}``

        Args:
            server_id: Server id.
            database_user_id: Database user id.
        """
        return cast(
            DatabaseUser,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/databaseusers/{databaseUserId}",
                    path_params={"serverId": server_id, "databaseUserId": database_user_id},
                    cast=DatabaseUser,
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
        server_id: int,
        database_user_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseUser:
        """Delete a database user

        Deletes the database user. The response is the deleted user.

        ``DELETE /servers/{serverId}/databaseusers/{databaseUserId}``

        Args:
            server_id: Server id.
            database_user_id: Database user id.
        """
        return cast(
            DatabaseUser,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/databaseusers/{databaseUserId}",
                    path_params={"serverId": server_id, "databaseUserId": database_user_id},
                    cast=DatabaseUser,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def change_password(
        self,
        server_id: int,
        database_user_id: int,
        *,
        password: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseUser:
        """Change a database user's password

        Sets a new password for the database user.

        ``PATCH /servers/{serverId}/databaseusers/{databaseUserId}``

        Args:
            server_id: Server id.
            database_user_id: Database user id.
            password: The new password.
        """
        return cast(
            DatabaseUser,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/databaseusers/{databaseUserId}",
                    path_params={"serverId": server_id, "databaseUserId": database_user_id},
                    json={"password": password},
                    content_type="application/json",
                    cast=DatabaseUser,
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
