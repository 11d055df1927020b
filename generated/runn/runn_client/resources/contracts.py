"""Operations on contracts.

``client.contracts`` of the Runn API, sync and async.
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

__all__ = ["ContractsResource", "AsyncContractsResource"]


class ContractsResource(SyncResource):
    """Operations on contracts."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        modified_after: Optional[str] = None,
        sort_by: Optional[Literal["id", "createdAt", "updatedAt"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Contract]:
        """List contracts

        List the contracts of all people. See GET /people/{personId}/contracts to view all contracts for a specific person. See POST /people/{personId}/contracts to create a new contract for a person. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /contracts/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
            sort_by: Field to sort by: id, createdAt or updatedAt Default "id".
            order: Sort order: asc or desc Default "asc".
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/contracts/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "modifiedAfter": modified_after,
                    "sortBy": sort_by,
                    "order": order,
                },
                cast=ContractList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Contract,
            200,
        )

    def update(
        self,
        contract_id: int,
        *,
        role_id: Union[int, NotGiven] = NOT_GIVEN,
        start_date: Union[date, NotGiven] = NOT_GIVEN,
        end_date: Union[Optional[date], NotGiven] = NOT_GIVEN,
        employment_type: Union[Literal["employee", "contractor"], NotGiven] = NOT_GIVEN,
        cost_per_hour: Union[Optional[float], NotGiven] = NOT_GIVEN,
        minutes_per_day: Union[Optional[float], NotGiven] = NOT_GIVEN,
        rostered_days: Union[RosteredDaysInput, NotGiven] = NOT_GIVEN,
        job_title: Union[Optional[str], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Contract:
        """Update a contract

        Update a contract. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /contracts/{contractId}``

        Args:
            contract_id: The contract's id.
            start_date: Format: YYYY-MM-DD
            end_date: Format: YYYY-MM-DD. Pass null to remove the end date.
            cost_per_hour: Pass null to unset.
            minutes_per_day: Pass null to unset.
            job_title: Pass null or "" to unset. This feature is currently hidden, and can not be seen in the app
        """
        return cast(
            Contract,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/contracts/{contractId}",
                    path_params={"contractId": contract_id},
                    json={
                        "roleId": role_id,
                        "startDate": start_date,
                        "endDate": end_date,
                        "employmentType": employment_type,
                        "costPerHour": cost_per_hour,
                        "minutesPerDay": minutes_per_day,
                        "rosteredDays": rostered_days,
                        "jobTitle": job_title,
                    },
                    content_type="application/json",
                    cast=Contract,
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


class AsyncContractsResource(AsyncResource):
    """Operations on contracts."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        modified_after: Optional[str] = None,
        sort_by: Optional[Literal["id", "createdAt", "updatedAt"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Contract]:
        """List contracts

        List the contracts of all people. See GET /people/{personId}/contracts to view all contracts for a specific person. See POST /people/{personId}/contracts to create a new contract for a person. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /contracts/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
            sort_by: Field to sort by: id, createdAt or updatedAt Default "id".
            order: Sort order: asc or desc Default "asc".
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/contracts/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "modifiedAfter": modified_after,
                    "sortBy": sort_by,
                    "order": order,
                },
                cast=ContractList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Contract,
            200,
        )

    async def update(
        self,
        contract_id: int,
        *,
        role_id: Union[int, NotGiven] = NOT_GIVEN,
        start_date: Union[date, NotGiven] = NOT_GIVEN,
        end_date: Union[Optional[date], NotGiven] = NOT_GIVEN,
        employment_type: Union[Literal["employee", "contractor"], NotGiven] = NOT_GIVEN,
        cost_per_hour: Union[Optional[float], NotGiven] = NOT_GIVEN,
        minutes_per_day: Union[Optional[float], NotGiven] = NOT_GIVEN,
        rostered_days: Union[RosteredDaysInput, NotGiven] = NOT_GIVEN,
        job_title: Union[Optional[str], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Contract:
        """Update a contract

        Update a contract. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /contracts/{contractId}``

        Args:
            contract_id: The contract's id.
            start_date: Format: YYYY-MM-DD
            end_date: Format: YYYY-MM-DD. Pass null to remove the end date.
            cost_per_hour: Pass null to unset.
            minutes_per_day: Pass null to unset.
            job_title: Pass null or "" to unset. This feature is currently hidden, and can not be seen in the app
        """
        return cast(
            Contract,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/contracts/{contractId}",
                    path_params={"contractId": contract_id},
                    json={
                        "roleId": role_id,
                        "startDate": start_date,
                        "endDate": end_date,
                        "employmentType": employment_type,
                        "costPerHour": cost_per_hour,
                        "minutesPerDay": minutes_per_day,
                        "rosteredDays": rostered_days,
                        "jobTitle": job_title,
                    },
                    content_type="application/json",
                    cast=Contract,
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
