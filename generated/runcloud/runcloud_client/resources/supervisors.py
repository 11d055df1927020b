"""Operations on supervisors.

``client.supervisors`` of the RunCloud API, sync and async.
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

__all__ = ["SupervisorsResource", "AsyncSupervisorsResource"]


class SupervisorsResource(SyncResource):
    """Operations on supervisors."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list_binaries(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedList:
        """List available binaries

        Lists the binaries a Supervisor job can run. The item shape is not documented.

        ``GET /servers/{serverId}/supervisors/binaries``

        Args:
            server_id: Server id.
        """
        return cast(
            UndocumentedList,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/supervisors/binaries",
                    path_params={"serverId": server_id},
                    cast=UndocumentedList,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

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
    ) -> SyncPager[SupervisorJob]:
        """List Supervisor jobs

        Lists the Supervisor jobs on the server, paged.

        ``GET /servers/{serverId}/supervisors``

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
                path="/servers/{serverId}/supervisors",
                path_params={"serverId": server_id},
                query={"search": search, "page": page, "perPage": per_page},
                cast=SupervisorJobList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            SupervisorJob,
            40,
        )

    def create(
        self,
        server_id: int,
        *,
        body: SupervisorJobInput,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SupervisorJob:
        """Create a Supervisor job

        Creates a Supervisor job. The request fields are not documented (the SDK passes them through); see the schema.

        ``POST /servers/{serverId}/supervisors``

        Args:
            server_id: Server id.
        """
        return cast(
            SupervisorJob,
            self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/supervisors",
                    path_params={"serverId": server_id},
                    json=body,
                    content_type="application/json",
                    cast=SupervisorJob,
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

    def get_status(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedObject:
        """Get Supervisor job status

        Returns the status of the Supervisor jobs. The fields are not documented.

        ``GET /servers/{serverId}/supervisors/status``

        Args:
            server_id: Server id.
        """
        return cast(
            UndocumentedObject,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/supervisors/status",
                    path_params={"serverId": server_id},
                    cast=UndocumentedObject,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def rebuild(
        self,
        server_id: int,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Rebuild Supervisor jobs

        Rewrites the server's Supervisor configuration from the jobs RunCloud knows.

        ``POST /servers/{serverId}/supervisors/rebuild``

        Args:
            server_id: Server id.
        """
        self._client.request(
            Call(
                method="POST",
                path="/servers/{serverId}/supervisors/rebuild",
                path_params={"serverId": server_id},
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

    def get(
        self,
        server_id: int,
        supervisor_job_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SupervisorJob:
        """Get a Supervisor job

        Returns one Supervisor job.

        ``GET /servers/{serverId}/supervisors/{supervisorJobId}``

        Args:
            server_id: Server id.
            supervisor_job_id: Supervisor job id.
        """
        return cast(
            SupervisorJob,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/supervisors/{supervisorJobId}",
                    path_params={"serverId": server_id, "supervisorJobId": supervisor_job_id},
                    cast=SupervisorJob,
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
        supervisor_job_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SupervisorJob:
        """Delete a Supervisor job

        Deletes the Supervisor job. The response is the deleted job.

        ``DELETE /servers/{serverId}/supervisors/{supervisorJobId}``

        Args:
            server_id: Server id.
            supervisor_job_id: Supervisor job id.
        """
        return cast(
            SupervisorJob,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/supervisors/{supervisorJobId}",
                    path_params={"serverId": server_id, "supervisorJobId": supervisor_job_id},
                    cast=SupervisorJob,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def reload(
        self,
        server_id: int,
        supervisor_job_id: int,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SupervisorJob:
        """Reload a Supervisor job

        Reloads (restarts) the Supervisor job.

        ``POST /servers/{serverId}/supervisors/{supervisorJobId}/reload``

        Args:
            server_id: Server id.
            supervisor_job_id: Supervisor job id.
        """
        return cast(
            SupervisorJob,
            self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/supervisors/{supervisorJobId}/reload",
                    path_params={"serverId": server_id, "supervisorJobId": supervisor_job_id},
                    cast=SupervisorJob,
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


class AsyncSupervisorsResource(AsyncResource):
    """Operations on supervisors."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def list_binaries(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedList:
        """List available binaries

        Lists the binaries a Supervisor job can run. The item shape is not documented.

        ``GET /servers/{serverId}/supervisors/binaries``

        Args:
            server_id: Server id.
        """
        return cast(
            UndocumentedList,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/supervisors/binaries",
                    path_params={"serverId": server_id},
                    cast=UndocumentedList,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

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
    ) -> AsyncPager[SupervisorJob]:
        """List Supervisor jobs

        Lists the Supervisor jobs on the server, paged.

        ``GET /servers/{serverId}/supervisors``

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
                path="/servers/{serverId}/supervisors",
                path_params={"serverId": server_id},
                query={"search": search, "page": page, "perPage": per_page},
                cast=SupervisorJobList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            SupervisorJob,
            40,
        )

    async def create(
        self,
        server_id: int,
        *,
        body: SupervisorJobInput,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SupervisorJob:
        """Create a Supervisor job

        Creates a Supervisor job. The request fields are not documented (the SDK passes them through); see the schema.

        ``POST /servers/{serverId}/supervisors``

        Args:
            server_id: Server id.
        """
        return cast(
            SupervisorJob,
            await self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/supervisors",
                    path_params={"serverId": server_id},
                    json=body,
                    content_type="application/json",
                    cast=SupervisorJob,
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

    async def get_status(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedObject:
        """Get Supervisor job status

        Returns the status of the Supervisor jobs. The fields are not documented.

        ``GET /servers/{serverId}/supervisors/status``

        Args:
            server_id: Server id.
        """
        return cast(
            UndocumentedObject,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/supervisors/status",
                    path_params={"serverId": server_id},
                    cast=UndocumentedObject,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def rebuild(
        self,
        server_id: int,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Rebuild Supervisor jobs

        Rewrites the server's Supervisor configuration from the jobs RunCloud knows.

        ``POST /servers/{serverId}/supervisors/rebuild``

        Args:
            server_id: Server id.
        """
        await self._client.request(
            Call(
                method="POST",
                path="/servers/{serverId}/supervisors/rebuild",
                path_params={"serverId": server_id},
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

    async def get(
        self,
        server_id: int,
        supervisor_job_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SupervisorJob:
        """Get a Supervisor job

        Returns one Supervisor job.

        ``GET /servers/{serverId}/supervisors/{supervisorJobId}``

        Args:
            server_id: Server id.
            supervisor_job_id: Supervisor job id.
        """
        return cast(
            SupervisorJob,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/supervisors/{supervisorJobId}",
                    path_params={"serverId": server_id, "supervisorJobId": supervisor_job_id},
                    cast=SupervisorJob,
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
        supervisor_job_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SupervisorJob:
        """Delete a Supervisor job

        Deletes the Supervisor job. The response is the deleted job.

        ``DELETE /servers/{serverId}/supervisors/{supervisorJobId}``

        Args:
            server_id: Server id.
            supervisor_job_id: Supervisor job id.
        """
        return cast(
            SupervisorJob,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/supervisors/{supervisorJobId}",
                    path_params={"serverId": server_id, "supervisorJobId": supervisor_job_id},
                    cast=SupervisorJob,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def reload(
        self,
        server_id: int,
        supervisor_job_id: int,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SupervisorJob:
        """Reload a Supervisor job

        Reloads (restarts) the Supervisor job.

        ``POST /servers/{serverId}/supervisors/{supervisorJobId}/reload``

        Args:
            server_id: Server id.
            supervisor_job_id: Supervisor job id.
        """
        return cast(
            SupervisorJob,
            await self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/supervisors/{supervisorJobId}/reload",
                    path_params={"serverId": server_id, "supervisorJobId": supervisor_job_id},
                    cast=SupervisorJob,
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
