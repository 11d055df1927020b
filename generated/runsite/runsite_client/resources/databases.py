"""Operations on databases.

``client.databases`` of the Runsite Public API, sync and async.
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
        *,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseList:
        """List managed databases

        Managed Postgres databases and Redis/Valkey instances (`kind`), with their `total`. Seen in
        the official CLI (providers.md section 4), which asks for `limit=100`; not in the seed page.

        ``GET /api/databases``

        Args:
            limit: Most databases to return. The CLI sends 100; the accepted range is not documented (Inferred: 1-100, like the deployments list). At most 100.
        """
        return cast(
            DatabaseList,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/databases",
                    query={"limit": limit},
                    cast=DatabaseList,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def create(
        self,
        *,
        name: str,
        plan_id: str,
        project_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ManagedDatabase:
        """Create a managed Postgres database

        Creates a managed Postgres database on a plan (`GET /api/plans?service_type=postgresql`
        lists them), optionally in a project. Seen in the official CLI (providers.md section 4).
        Inferred: the 201 status and the `provisioning` status of a new database.

        ``POST /api/databases``

        Args:
            plan_id: The plan's id (`GET /api/plans`).
            project_id: The project to put it in (optional).
        """
        return cast(
            ManagedDatabase,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/databases",
                    json={"name": name, "plan_id": plan_id, "project_id": project_id},
                    content_type="application/json",
                    cast=ManagedDatabase,
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

    def create_redis(
        self,
        *,
        name: str,
        plan_id: str,
        project_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ManagedDatabase:
        """Create a managed Redis/Valkey instance

        Creates a managed Redis/Valkey instance on a plan (`GET /api/plans?service_type=redis`
        lists them), optionally in a project. It is listed with the databases (`kind: valkey`).
        Seen in the official CLI (providers.md section 4). Inferred: the 201 status and the
        `provisioning` status of a new instance.

        ``POST /api/redis``

        Args:
            plan_id: The plan's id (`GET /api/plans`).
            project_id: The project to put it in (optional).
        """
        return cast(
            ManagedDatabase,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/redis",
                    json={"name": name, "plan_id": plan_id, "project_id": project_id},
                    content_type="application/json",
                    cast=ManagedDatabase,
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
        database_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ManagedDatabaseDetail:
        """Get a managed database

        One managed database or Redis/Valkey instance with its plan, limits, hosts and current
        usage. Seen in the official CLI (providers.md section 4).

        ``GET /api/databases/{database_id}``

        Args:
            database_id: The managed database's id.
        """
        return cast(
            ManagedDatabaseDetail,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/databases/{database_id}",
                    path_params={"database_id": database_id},
                    cast=ManagedDatabaseDetail,
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
        database_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a managed database

        Deletes a managed database or Redis/Valkey instance. Needs a key with `admin` scope.
        Seen in the official CLI (providers.md section 4). The 204 status is Inferred.

        ``DELETE /api/databases/{database_id}``

        Args:
            database_id: The managed database's id.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/api/databases/{database_id}",
                path_params={"database_id": database_id},
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

    def change_state(
        self,
        database_id: str,
        action: str,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseState:
        """Change a managed database's state

        Asks for a state change of a managed database (an action named in the path) and answers
        its id, kind and new status. Seen in the official CLI (providers.md section 4).

        ``POST /api/databases/{database_id}/{action}``

        Args:
            database_id: The managed database's id.
            action: The state change to make. The official CLI sends it as a path segment, but no source lists the action names (Inferred: words such as `start`, `stop`, `restart`).
        """
        return cast(
            DatabaseState,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/databases/{database_id}/{action}",
                    path_params={"database_id": database_id, "action": action},
                    cast=DatabaseState,
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


class AsyncDatabasesResource(AsyncResource):
    """Operations on databases."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def list(
        self,
        *,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseList:
        """List managed databases

        Managed Postgres databases and Redis/Valkey instances (`kind`), with their `total`. Seen in
        the official CLI (providers.md section 4), which asks for `limit=100`; not in the seed page.

        ``GET /api/databases``

        Args:
            limit: Most databases to return. The CLI sends 100; the accepted range is not documented (Inferred: 1-100, like the deployments list). At most 100.
        """
        return cast(
            DatabaseList,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/databases",
                    query={"limit": limit},
                    cast=DatabaseList,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def create(
        self,
        *,
        name: str,
        plan_id: str,
        project_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ManagedDatabase:
        """Create a managed Postgres database

        Creates a managed Postgres database on a plan (`GET /api/plans?service_type=postgresql`
        lists them), optionally in a project. Seen in the official CLI (providers.md section 4).
        Inferred: the 201 status and the `provisioning` status of a new database.

        ``POST /api/databases``

        Args:
            plan_id: The plan's id (`GET /api/plans`).
            project_id: The project to put it in (optional).
        """
        return cast(
            ManagedDatabase,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/databases",
                    json={"name": name, "plan_id": plan_id, "project_id": project_id},
                    content_type="application/json",
                    cast=ManagedDatabase,
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

    async def create_redis(
        self,
        *,
        name: str,
        plan_id: str,
        project_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ManagedDatabase:
        """Create a managed Redis/Valkey instance

        Creates a managed Redis/Valkey instance on a plan (`GET /api/plans?service_type=redis`
        lists them), optionally in a project. It is listed with the databases (`kind: valkey`).
        Seen in the official CLI (providers.md section 4). Inferred: the 201 status and the
        `provisioning` status of a new instance.

        ``POST /api/redis``

        Args:
            plan_id: The plan's id (`GET /api/plans`).
            project_id: The project to put it in (optional).
        """
        return cast(
            ManagedDatabase,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/redis",
                    json={"name": name, "plan_id": plan_id, "project_id": project_id},
                    content_type="application/json",
                    cast=ManagedDatabase,
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
        database_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ManagedDatabaseDetail:
        """Get a managed database

        One managed database or Redis/Valkey instance with its plan, limits, hosts and current
        usage. Seen in the official CLI (providers.md section 4).

        ``GET /api/databases/{database_id}``

        Args:
            database_id: The managed database's id.
        """
        return cast(
            ManagedDatabaseDetail,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/databases/{database_id}",
                    path_params={"database_id": database_id},
                    cast=ManagedDatabaseDetail,
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
        database_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a managed database

        Deletes a managed database or Redis/Valkey instance. Needs a key with `admin` scope.
        Seen in the official CLI (providers.md section 4). The 204 status is Inferred.

        ``DELETE /api/databases/{database_id}``

        Args:
            database_id: The managed database's id.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/api/databases/{database_id}",
                path_params={"database_id": database_id},
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

    async def change_state(
        self,
        database_id: str,
        action: str,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseState:
        """Change a managed database's state

        Asks for a state change of a managed database (an action named in the path) and answers
        its id, kind and new status. Seen in the official CLI (providers.md section 4).

        ``POST /api/databases/{database_id}/{action}``

        Args:
            database_id: The managed database's id.
            action: The state change to make. The official CLI sends it as a path segment, but no source lists the action names (Inferred: words such as `start`, `stop`, `restart`).
        """
        return cast(
            DatabaseState,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/databases/{database_id}/{action}",
                    path_params={"database_id": database_id, "action": action},
                    cast=DatabaseState,
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
