"""Operations on departments.

``client.departments`` of the Run:ai REST API, sync and async.
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

__all__ = ["DepartmentsResource", "AsyncDepartmentsResource"]


class DepartmentsResource(SyncResource):
    """Operations on departments."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        filter_by: Optional[List[str]] = None,
        sort_by: Optional[DepartmentFilterSortFields] = None,
        verbosity: Optional[Verbosity] = None,
        sort_order: Optional[Literal["asc", "desc"]] = None,
        offset: Optional[int] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[DepartmentForList]:
        """Get departments

        List departments. Pages are requested with `offset` and `limit` (default 50, maximum 500); the response's `next` is the offset of the next page. Inferred: `next` is absent on the last page (the official spec does not mark it required and only shows `next: 1`).

        ``GET /api/v1/org-unit/departments``

        Args:
            filter_by: Filter results by a parameter. Use the format field-name operator value. Operators are == Equals, != Not equals, <= Less than or equal, >= Greater than or equal, =@ contains, !@ Does not contains, =^ Starts with and =$ Ends with. Dates are in ISO 8601 timestamp format and available for operators ==, !=, <= and >=.
            sort_by: Sort results by a parameters.
            verbosity: Departments verbosity. If it is set to "verbose", status will be returned. If it is not defined or set to "brief" only unit specific data will be returned.
            sort_order: Sort results in descending or ascending order. Default "asc".
            offset: The offset of the first item returned in the collection.
            limit: The maximum number of entries to return. Default 50. At most 500.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/api/v1/org-unit/departments",
                query={
                    "filterBy": filter_by,
                    "sortBy": sort_by,
                    "verbosity": verbosity,
                    "sortOrder": sort_order,
                    "offset": offset,
                    "limit": limit,
                },
                styles={("query", "filterBy"): ("form", False)},
                cast=DepartmentListResponse,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["departments"],
            DepartmentForList,
            500,
        )

    def create(
        self,
        *,
        name: str,
        cluster_id: ClusterId,
        resources: List[ResourcesNullable],
        description: Union[str, NotGiven] = NOT_GIVEN,
        scheduling_rules: Union[Optional[SchedulingRules], NotGiven] = NOT_GIVEN,
        default_node_pools: Union[Optional[List[str]], NotGiven] = NOT_GIVEN,
        node_types: Union[Optional[NodeTypesPerWorkload], NotGiven] = NOT_GIVEN,
        overtime_data: Union[OvertimeData, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Department:
        """Create department

        Create Department

        ``POST /api/v1/org-unit/departments``

        Args:
            resources: Resources assigned to this Organization per Node Pool
            description: department's description
            default_node_pools: default order of node pools for workloads. will be enforced if no list is defined in workload policy
            node_types: default node types configuration for workloads. will be enforced if no node type is configured in workload policy
        """
        return cast(
            Department,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/v1/org-unit/departments",
                    json={
                        "description": description,
                        "schedulingRules": scheduling_rules,
                        "defaultNodePools": default_node_pools,
                        "nodeTypes": node_types,
                        "name": name,
                        "clusterId": cluster_id,
                        "overtimeData": overtime_data,
                        "resources": resources,
                    },
                    content_type="application/json",
                    cast=Department,
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

    def count(
        self,
        *,
        filter_by: Optional[List[str]] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CountResponse:
        """Count departments

        count departments

        ``GET /api/v1/org-unit/departments/count``

        Args:
            filter_by: Filter results by a parameter. Use the format field-name operator value. Operators are == Equals, != Not equals, <= Less than or equal, >= Greater than or equal, =@ contains, !@ Does not contains, =^ Starts with and =$ Ends with. Dates are in ISO 8601 timestamp format and available for operators ==, !=, <= and >=.
        """
        return cast(
            CountResponse,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/org-unit/departments/count",
                    query={"filterBy": filter_by},
                    styles={("query", "filterBy"): ("form", False)},
                    cast=CountResponse,
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
        department_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Department:
        """Get department

        Get department by Id

        ``GET /api/v1/org-unit/departments/{departmentId}``

        Args:
            department_id: The id of the department.
        """
        return cast(
            Department,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/org-unit/departments/{departmentId}",
                    path_params={"departmentId": department_id},
                    cast=Department,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def update(
        self,
        department_id: str,
        *,
        resources: List[ResourcesNullable],
        description: Union[str, NotGiven] = NOT_GIVEN,
        scheduling_rules: Union[Optional[SchedulingRules], NotGiven] = NOT_GIVEN,
        default_node_pools: Union[Optional[List[str]], NotGiven] = NOT_GIVEN,
        node_types: Union[Optional[NodeTypesPerWorkload], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Department:
        """Update department

        Update department by Id

        ``PUT /api/v1/org-unit/departments/{departmentId}``

        Args:
            department_id: The id of the department.
            resources: Resources assigned to this Organization per Node Pool
            description: department's description
            default_node_pools: default order of node pools for workloads. will be enforced if no list is defined in workload policy
            node_types: default node types configuration for workloads. will be enforced if no node type is configured in workload policy
        """
        return cast(
            Department,
            self._client.request(
                Call(
                    method="PUT",
                    path="/api/v1/org-unit/departments/{departmentId}",
                    path_params={"departmentId": department_id},
                    json={
                        "description": description,
                        "schedulingRules": scheduling_rules,
                        "defaultNodePools": default_node_pools,
                        "nodeTypes": node_types,
                        "resources": resources,
                    },
                    content_type="application/json",
                    cast=Department,
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
        department_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete department

        Delete department by Id

        ``DELETE /api/v1/org-unit/departments/{departmentId}``

        Args:
            department_id: The id of the department.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/api/v1/org-unit/departments/{departmentId}",
                path_params={"departmentId": department_id},
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

    def update_resources(
        self,
        department_id: str,
        *,
        body: ResourcesUpdateRequest,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[Resources]:
        """Update department resources

        Replace the resources (quota per node pool) of a department: the body is the full list of the resources of its node pools. The answer is the department's resources after the change (providers.md section 5.6; official OpenAPI `update_department_resources`).

        ``PUT /api/v1/org-unit/departments/{departmentId}/resources``

        Args:
            department_id: The id of the department.
            body: Department resources to update.
        """
        return cast(
            List[Resources],
            self._client.request(
                Call(
                    method="PUT",
                    path="/api/v1/org-unit/departments/{departmentId}/resources",
                    path_params={"departmentId": department_id},
                    json=body,
                    content_type="application/json",
                    cast=List[Resources],
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def patch_resources(
        self,
        department_id: str,
        *,
        body: ResourcesUpdateRequest,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[Resources]:
        """Patch department resources

        Partial updates to specific items in the list. Should be used for update one or more attributes of an item without modifying the entire resource. The answer is the department's resources after the change (providers.md section 5.6; official OpenAPI `patch_department_resources`).

        ``PATCH /api/v1/org-unit/departments/{departmentId}/resources``

        Args:
            department_id: The id of the department.
            body: Department resources to patch.
        """
        return cast(
            List[Resources],
            self._client.request(
                Call(
                    method="PATCH",
                    path="/api/v1/org-unit/departments/{departmentId}/resources",
                    path_params={"departmentId": department_id},
                    json=body,
                    content_type="application/json",
                    cast=List[Resources],
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


class AsyncDepartmentsResource(AsyncResource):
    """Operations on departments."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        filter_by: Optional[List[str]] = None,
        sort_by: Optional[DepartmentFilterSortFields] = None,
        verbosity: Optional[Verbosity] = None,
        sort_order: Optional[Literal["asc", "desc"]] = None,
        offset: Optional[int] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[DepartmentForList]:
        """Get departments

        List departments. Pages are requested with `offset` and `limit` (default 50, maximum 500); the response's `next` is the offset of the next page. Inferred: `next` is absent on the last page (the official spec does not mark it required and only shows `next: 1`).

        ``GET /api/v1/org-unit/departments``

        Args:
            filter_by: Filter results by a parameter. Use the format field-name operator value. Operators are == Equals, != Not equals, <= Less than or equal, >= Greater than or equal, =@ contains, !@ Does not contains, =^ Starts with and =$ Ends with. Dates are in ISO 8601 timestamp format and available for operators ==, !=, <= and >=.
            sort_by: Sort results by a parameters.
            verbosity: Departments verbosity. If it is set to "verbose", status will be returned. If it is not defined or set to "brief" only unit specific data will be returned.
            sort_order: Sort results in descending or ascending order. Default "asc".
            offset: The offset of the first item returned in the collection.
            limit: The maximum number of entries to return. Default 50. At most 500.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/api/v1/org-unit/departments",
                query={
                    "filterBy": filter_by,
                    "sortBy": sort_by,
                    "verbosity": verbosity,
                    "sortOrder": sort_order,
                    "offset": offset,
                    "limit": limit,
                },
                styles={("query", "filterBy"): ("form", False)},
                cast=DepartmentListResponse,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["departments"],
            DepartmentForList,
            500,
        )

    async def create(
        self,
        *,
        name: str,
        cluster_id: ClusterId,
        resources: List[ResourcesNullable],
        description: Union[str, NotGiven] = NOT_GIVEN,
        scheduling_rules: Union[Optional[SchedulingRules], NotGiven] = NOT_GIVEN,
        default_node_pools: Union[Optional[List[str]], NotGiven] = NOT_GIVEN,
        node_types: Union[Optional[NodeTypesPerWorkload], NotGiven] = NOT_GIVEN,
        overtime_data: Union[OvertimeData, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Department:
        """Create department

        Create Department

        ``POST /api/v1/org-unit/departments``

        Args:
            resources: Resources assigned to this Organization per Node Pool
            description: department's description
            default_node_pools: default order of node pools for workloads. will be enforced if no list is defined in workload policy
            node_types: default node types configuration for workloads. will be enforced if no node type is configured in workload policy
        """
        return cast(
            Department,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/v1/org-unit/departments",
                    json={
                        "description": description,
                        "schedulingRules": scheduling_rules,
                        "defaultNodePools": default_node_pools,
                        "nodeTypes": node_types,
                        "name": name,
                        "clusterId": cluster_id,
                        "overtimeData": overtime_data,
                        "resources": resources,
                    },
                    content_type="application/json",
                    cast=Department,
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

    async def count(
        self,
        *,
        filter_by: Optional[List[str]] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CountResponse:
        """Count departments

        count departments

        ``GET /api/v1/org-unit/departments/count``

        Args:
            filter_by: Filter results by a parameter. Use the format field-name operator value. Operators are == Equals, != Not equals, <= Less than or equal, >= Greater than or equal, =@ contains, !@ Does not contains, =^ Starts with and =$ Ends with. Dates are in ISO 8601 timestamp format and available for operators ==, !=, <= and >=.
        """
        return cast(
            CountResponse,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/org-unit/departments/count",
                    query={"filterBy": filter_by},
                    styles={("query", "filterBy"): ("form", False)},
                    cast=CountResponse,
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
        department_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Department:
        """Get department

        Get department by Id

        ``GET /api/v1/org-unit/departments/{departmentId}``

        Args:
            department_id: The id of the department.
        """
        return cast(
            Department,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/org-unit/departments/{departmentId}",
                    path_params={"departmentId": department_id},
                    cast=Department,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def update(
        self,
        department_id: str,
        *,
        resources: List[ResourcesNullable],
        description: Union[str, NotGiven] = NOT_GIVEN,
        scheduling_rules: Union[Optional[SchedulingRules], NotGiven] = NOT_GIVEN,
        default_node_pools: Union[Optional[List[str]], NotGiven] = NOT_GIVEN,
        node_types: Union[Optional[NodeTypesPerWorkload], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Department:
        """Update department

        Update department by Id

        ``PUT /api/v1/org-unit/departments/{departmentId}``

        Args:
            department_id: The id of the department.
            resources: Resources assigned to this Organization per Node Pool
            description: department's description
            default_node_pools: default order of node pools for workloads. will be enforced if no list is defined in workload policy
            node_types: default node types configuration for workloads. will be enforced if no node type is configured in workload policy
        """
        return cast(
            Department,
            await self._client.request(
                Call(
                    method="PUT",
                    path="/api/v1/org-unit/departments/{departmentId}",
                    path_params={"departmentId": department_id},
                    json={
                        "description": description,
                        "schedulingRules": scheduling_rules,
                        "defaultNodePools": default_node_pools,
                        "nodeTypes": node_types,
                        "resources": resources,
                    },
                    content_type="application/json",
                    cast=Department,
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
        department_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete department

        Delete department by Id

        ``DELETE /api/v1/org-unit/departments/{departmentId}``

        Args:
            department_id: The id of the department.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/api/v1/org-unit/departments/{departmentId}",
                path_params={"departmentId": department_id},
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

    async def update_resources(
        self,
        department_id: str,
        *,
        body: ResourcesUpdateRequest,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[Resources]:
        """Update department resources

        Replace the resources (quota per node pool) of a department: the body is the full list of the resources of its node pools. The answer is the department's resources after the change (providers.md section 5.6; official OpenAPI `update_department_resources`).

        ``PUT /api/v1/org-unit/departments/{departmentId}/resources``

        Args:
            department_id: The id of the department.
            body: Department resources to update.
        """
        return cast(
            List[Resources],
            await self._client.request(
                Call(
                    method="PUT",
                    path="/api/v1/org-unit/departments/{departmentId}/resources",
                    path_params={"departmentId": department_id},
                    json=body,
                    content_type="application/json",
                    cast=List[Resources],
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def patch_resources(
        self,
        department_id: str,
        *,
        body: ResourcesUpdateRequest,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[Resources]:
        """Patch department resources

        Partial updates to specific items in the list. Should be used for update one or more attributes of an item without modifying the entire resource. The answer is the department's resources after the change (providers.md section 5.6; official OpenAPI `patch_department_resources`).

        ``PATCH /api/v1/org-unit/departments/{departmentId}/resources``

        Args:
            department_id: The id of the department.
            body: Department resources to patch.
        """
        return cast(
            List[Resources],
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/api/v1/org-unit/departments/{departmentId}/resources",
                    path_params={"departmentId": department_id},
                    json=body,
                    content_type="application/json",
                    cast=List[Resources],
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
