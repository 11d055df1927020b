"""Operations on plans.

``client.plans`` of the Runsite Public API, sync and async.
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

__all__ = ["PlansResource", "AsyncPlansResource"]


class PlansResource(SyncResource):
    """Operations on plans."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        service_type: Optional[ServiceType] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PlanList:
        """List plans

        The plans a web service, Postgres database or Redis/Valkey instance can be created on,
        with their monthly price in cents and their limits. Seen in the official CLI
        (providers.md section 4); the body has no `total`.

        ``GET /api/plans``

        Args:
            service_type: Only the plans of this kind of service.
        """
        return cast(
            PlanList,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/plans",
                    query={"service_type": service_type},
                    cast=PlanList,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


class AsyncPlansResource(AsyncResource):
    """Operations on plans."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def list(
        self,
        *,
        service_type: Optional[ServiceType] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PlanList:
        """List plans

        The plans a web service, Postgres database or Redis/Valkey instance can be created on,
        with their monthly price in cents and their limits. Seen in the official CLI
        (providers.md section 4); the body has no `total`.

        ``GET /api/plans``

        Args:
            service_type: Only the plans of this kind of service.
        """
        return cast(
            PlanList,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/plans",
                    query={"service_type": service_type},
                    cast=PlanList,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )
