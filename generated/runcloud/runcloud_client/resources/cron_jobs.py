"""Operations on cron_jobs.

``client.cron_jobs`` of the RunCloud API, sync and async.
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

__all__ = ["CronJobsResource", "AsyncCronJobsResource"]


class CronJobsResource(SyncResource):
    """Operations on cron_jobs."""

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
    ) -> SyncPager[CronJob]:
        """List cron jobs

        Lists the cron jobs on the server, paged.

        ``GET /servers/{serverId}/cronjobs``

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
                path="/servers/{serverId}/cronjobs",
                path_params={"serverId": server_id},
                query={"search": search, "page": page, "perPage": per_page},
                cast=CronJobList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            CronJob,
            40,
        )

    def create(
        self,
        server_id: int,
        *,
        body: CronJobInput,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CronJob:
        """Create a cron job

        Creates a cron job. The request fields are not documented (the SDK passes them through); see the schema.

        ``POST /servers/{serverId}/cronjobs``

        Args:
            server_id: Server id.
        """
        return cast(
            CronJob,
            self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/cronjobs",
                    path_params={"serverId": server_id},
                    json=body,
                    content_type="application/json",
                    cast=CronJob,
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
        job_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CronJob:
        """Get a cron job

        Returns one cron job.

        ``GET /servers/{serverId}/cronjobs/{jobId}``

        Args:
            server_id: Server id.
            job_id: Cron job id.
        """
        return cast(
            CronJob,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/cronjobs/{jobId}",
                    path_params={"serverId": server_id, "jobId": job_id},
                    cast=CronJob,
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
        job_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CronJob:
        """Delete a cron job

        Deletes the cron job. The response is the deleted job.

        ``DELETE /servers/{serverId}/cronjobs/{jobId}``

        Args:
            server_id: Server id.
            job_id: Cron job id.
        """
        return cast(
            CronJob,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/cronjobs/{jobId}",
                    path_params={"serverId": server_id, "jobId": job_id},
                    cast=CronJob,
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
        """Rebuild the crontab

        Rebuilds the server's crontab from the cron jobs RunCloud knows.

        ``POST /servers/{serverId}/cronjobs/rebuild``

        Args:
            server_id: Server id.
        """
        self._client.request(
            Call(
                method="POST",
                path="/servers/{serverId}/cronjobs/rebuild",
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


class AsyncCronJobsResource(AsyncResource):
    """Operations on cron_jobs."""

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
    ) -> AsyncPager[CronJob]:
        """List cron jobs

        Lists the cron jobs on the server, paged.

        ``GET /servers/{serverId}/cronjobs``

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
                path="/servers/{serverId}/cronjobs",
                path_params={"serverId": server_id},
                query={"search": search, "page": page, "perPage": per_page},
                cast=CronJobList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            CronJob,
            40,
        )

    async def create(
        self,
        server_id: int,
        *,
        body: CronJobInput,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CronJob:
        """Create a cron job

        Creates a cron job. The request fields are not documented (the SDK passes them through); see the schema.

        ``POST /servers/{serverId}/cronjobs``

        Args:
            server_id: Server id.
        """
        return cast(
            CronJob,
            await self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/cronjobs",
                    path_params={"serverId": server_id},
                    json=body,
                    content_type="application/json",
                    cast=CronJob,
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
        job_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CronJob:
        """Get a cron job

        Returns one cron job.

        ``GET /servers/{serverId}/cronjobs/{jobId}``

        Args:
            server_id: Server id.
            job_id: Cron job id.
        """
        return cast(
            CronJob,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/cronjobs/{jobId}",
                    path_params={"serverId": server_id, "jobId": job_id},
                    cast=CronJob,
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
        job_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CronJob:
        """Delete a cron job

        Deletes the cron job. The response is the deleted job.

        ``DELETE /servers/{serverId}/cronjobs/{jobId}``

        Args:
            server_id: Server id.
            job_id: Cron job id.
        """
        return cast(
            CronJob,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/cronjobs/{jobId}",
                    path_params={"serverId": server_id, "jobId": job_id},
                    cast=CronJob,
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
        """Rebuild the crontab

        Rebuilds the server's crontab from the cron jobs RunCloud knows.

        ``POST /servers/{serverId}/cronjobs/rebuild``

        Args:
            server_id: Server id.
        """
        await self._client.request(
            Call(
                method="POST",
                path="/servers/{serverId}/cronjobs/rebuild",
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
