"""Operations on databases.

``client.databases`` of the RunCloud API, sync and async.
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

__all__ = ["DatabasesResource", "AsyncDatabasesResource"]


class DatabasesResource(SyncResource):
    """Operations on databases."""

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
    ) -> SyncPager[Database]:
        """List databases

        Lists the databases on the server, paged. `search` searches the list of databases.

        ``GET /servers/{serverId}/databases``

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
                path="/servers/{serverId}/databases",
                path_params={"serverId": server_id},
                query={"search": search, "page": page, "perPage": per_page},
                cast=DatabaseList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            Database,
            40,
        )

    def create(
        self,
        server_id: int,
        *,
        name: str,
        collation: Union[str, NotGiven] = NOT_GIVEN,
        user: Union[int, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Database:
        """Create a database

        Creates a database. `name` is required; `collation` is optional (values from the Static Data API).

        ``POST /servers/{serverId}/databases``

        Args:
            server_id: Server id.
            name: Name of the database.
            collation: Database collation. You can get this value from the Static Data API.
            user: Id of a database user to grant on the new database. Seen only in a real request of a public deploy script, not in the official parameter list (Inferred).
        """
        return cast(
            Database,
            self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/databases",
                    path_params={"serverId": server_id},
                    json={"name": name, "collation": collation, "user": user},
                    content_type="application/json",
                    cast=Database,
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
        database_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Database:
        """Get a database

        Returns the database object.

        ``GET /servers/{serverId}/databases/{databaseId}``

        Args:
            server_id: Server id.
            database_id: Database id.
        """
        return cast(
            Database,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/databases/{databaseId}",
                    path_params={"serverId": server_id, "databaseId": database_id},
                    cast=Database,
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
        database_id: int,
        *,
        delete_user: Union[bool, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Database:
        """Delete a database

        Deletes the database. Send `deleteUser: true` to delete its database users as well.

        ``DELETE /servers/{serverId}/databases/{databaseId}``

        Args:
            server_id: Server id.
            database_id: Database id.
            delete_user: Also delete the database users of this database.
        """
        return cast(
            Database,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/databases/{databaseId}",
                    path_params={"serverId": server_id, "databaseId": database_id},
                    json={"deleteUser": delete_user},
                    content_type="application/json",
                    cast=Database,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def list_grants(
        self,
        server_id: int,
        database_id: int,
        *,
        search: Optional[str] = None,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[DatabaseUser]:
        """List database users granted on a database

        Lists the database users that have access to the database, paged.

        ``GET /servers/{serverId}/databases/{databaseId}/grant``

        Args:
            server_id: Server id.
            database_id: Database id.
            search: Search string to filter the list.
            page: Page number to return. The first page is 1 (`current_page: 1` in the documented examples; the minimum is Inferred).
            per_page: Number of results per page. The maximum is 40. The default of 15 is what the documented list examples show (`per_page: 15`). Default 15. At most 40.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/servers/{serverId}/databases/{databaseId}/grant",
                path_params={"serverId": server_id, "databaseId": database_id},
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

    def attach_user(
        self,
        server_id: int,
        database_id: int,
        *,
        id: int,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseUser:
        """Attach a database user

        Grants a database user access to the database.

        ``POST /servers/{serverId}/databases/{databaseId}/grant``

        Args:
            server_id: Server id.
            database_id: Database id.
            id: Database user id.
        """
        return cast(
            DatabaseUser,
            self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/databases/{databaseId}/grant",
                    path_params={"serverId": server_id, "databaseId": database_id},
                    json={"id": id},
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

    def revoke_user(
        self,
        server_id: int,
        database_id: int,
        *,
        id: int,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseUser:
        """Revoke a database user

        Revokes a database user's access to the database.

        ``DELETE /servers/{serverId}/databases/{databaseId}/grant``

        Args:
            server_id: Server id.
            database_id: Database id.
            id: Database user id.
        """
        return cast(
            DatabaseUser,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/databases/{databaseId}/grant",
                    path_params={"serverId": server_id, "databaseId": database_id},
                    json={"id": id},
                    content_type="application/json",
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


class AsyncDatabasesResource(AsyncResource):
    """Operations on databases."""

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
    ) -> AsyncPager[Database]:
        """List databases

        Lists the databases on the server, paged. `search` searches the list of databases.

        ``GET /servers/{serverId}/databases``

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
                path="/servers/{serverId}/databases",
                path_params={"serverId": server_id},
                query={"search": search, "page": page, "perPage": per_page},
                cast=DatabaseList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            Database,
            40,
        )

    async def create(
        self,
        server_id: int,
        *,
        name: str,
        collation: Union[str, NotGiven] = NOT_GIVEN,
        user: Union[int, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Database:
        """Create a database

        Creates a database. `name` is required; `collation` is optional (values from the Static Data API).

        ``POST /servers/{serverId}/databases``

        Args:
            server_id: Server id.
            name: Name of the database.
            collation: Database collation. You can get this value from the Static Data API.
            user: Id of a database user to grant on the new database. Seen only in a real request of a public deploy script, not in the official parameter list (Inferred).
        """
        return cast(
            Database,
            await self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/databases",
                    path_params={"serverId": server_id},
                    json={"name": name, "collation": collation, "user": user},
                    content_type="application/json",
                    cast=Database,
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
        database_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Database:
        """Get a database

        Returns the database object.

        ``GET /servers/{serverId}/databases/{databaseId}``

        Args:
            server_id: Server id.
            database_id: Database id.
        """
        return cast(
            Database,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/databases/{databaseId}",
                    path_params={"serverId": server_id, "databaseId": database_id},
                    cast=Database,
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
        database_id: int,
        *,
        delete_user: Union[bool, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Database:
        """Delete a database

        Deletes the database. Send `deleteUser: true` to delete its database users as well.

        ``DELETE /servers/{serverId}/databases/{databaseId}``

        Args:
            server_id: Server id.
            database_id: Database id.
            delete_user: Also delete the database users of this database.
        """
        return cast(
            Database,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/databases/{databaseId}",
                    path_params={"serverId": server_id, "databaseId": database_id},
                    json={"deleteUser": delete_user},
                    content_type="application/json",
                    cast=Database,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def list_grants(
        self,
        server_id: int,
        database_id: int,
        *,
        search: Optional[str] = None,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[DatabaseUser]:
        """List database users granted on a database

        Lists the database users that have access to the database, paged.

        ``GET /servers/{serverId}/databases/{databaseId}/grant``

        Args:
            server_id: Server id.
            database_id: Database id.
            search: Search string to filter the list.
            page: Page number to return. The first page is 1 (`current_page: 1` in the documented examples; the minimum is Inferred).
            per_page: Number of results per page. The maximum is 40. The default of 15 is what the documented list examples show (`per_page: 15`). Default 15. At most 40.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/servers/{serverId}/databases/{databaseId}/grant",
                path_params={"serverId": server_id, "databaseId": database_id},
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

    async def attach_user(
        self,
        server_id: int,
        database_id: int,
        *,
        id: int,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseUser:
        """Attach a database user

        Grants a database user access to the database.

        ``POST /servers/{serverId}/databases/{databaseId}/grant``

        Args:
            server_id: Server id.
            database_id: Database id.
            id: Database user id.
        """
        return cast(
            DatabaseUser,
            await self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/databases/{databaseId}/grant",
                    path_params={"serverId": server_id, "databaseId": database_id},
                    json={"id": id},
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

    async def revoke_user(
        self,
        server_id: int,
        database_id: int,
        *,
        id: int,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseUser:
        """Revoke a database user

        Revokes a database user's access to the database.

        ``DELETE /servers/{serverId}/databases/{databaseId}/grant``

        Args:
            server_id: Server id.
            database_id: Database id.
            id: Database user id.
        """
        return cast(
            DatabaseUser,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/databases/{databaseId}/grant",
                    path_params={"serverId": server_id, "databaseId": database_id},
                    json={"id": id},
                    content_type="application/json",
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
