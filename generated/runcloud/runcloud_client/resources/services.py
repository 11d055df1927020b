"""Operations on services.

``client.services`` of the RunCloud API, sync and async.
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

__all__ = ["ServicesResource", "AsyncServicesResource"]


class ServicesResource(SyncResource):
    """Operations on services."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ServiceList:
        """List services

        Lists the services on the server (NGINX, MariaDB, Supervisord, Redis, ...) and their status. The response envelope is not documented for v2; an old-API wrapper reads the items from `data`. Inferred.

        ``GET /servers/{serverId}/services``

        Args:
            server_id: Server id.
        """
        return cast(
            ServiceList,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/services",
                    path_params={"serverId": server_id},
                    cast=ServiceList,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def action(
        self,
        server_id: int,
        *,
        action: Literal["start", "stop", "restart", "reload"],
        real_name: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedObject:
        """Start, stop, restart or reload a service

        Runs a systemctl action on one service, named by its `realName` (for example `nginx-rc`).

        ``PATCH /servers/{serverId}/services``

        Args:
            server_id: Server id.
            action: What to do.
            real_name: The service's `realName`, e.g. `nginx-rc`.
        """
        return cast(
            UndocumentedObject,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/services",
                    path_params={"serverId": server_id},
                    json={"action": action, "realName": real_name},
                    content_type="application/json",
                    cast=UndocumentedObject,
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


class AsyncServicesResource(AsyncResource):
    """Operations on services."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def list(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ServiceList:
        """List services

        Lists the services on the server (NGINX, MariaDB, Supervisord, Redis, ...) and their status. The response envelope is not documented for v2; an old-API wrapper reads the items from `data`. Inferred.

        ``GET /servers/{serverId}/services``

        Args:
            server_id: Server id.
        """
        return cast(
            ServiceList,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/services",
                    path_params={"serverId": server_id},
                    cast=ServiceList,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def action(
        self,
        server_id: int,
        *,
        action: Literal["start", "stop", "restart", "reload"],
        real_name: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedObject:
        """Start, stop, restart or reload a service

        Runs a systemctl action on one service, named by its `realName` (for example `nginx-rc`).

        ``PATCH /servers/{serverId}/services``

        Args:
            server_id: Server id.
            action: What to do.
            real_name: The service's `realName`, e.g. `nginx-rc`.
        """
        return cast(
            UndocumentedObject,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/services",
                    path_params={"serverId": server_id},
                    json={"action": action, "realName": real_name},
                    content_type="application/json",
                    cast=UndocumentedObject,
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
