"""Operations on projects.

``client.projects`` of the Run:ai REST API, sync and async.
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

__all__ = ["ProjectsResource", "AsyncProjectsResource"]


class ProjectsResource(SyncResource):
    """Operations on projects."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        filter_by: Optional[List[str]] = None,
        sort_by: Optional[ProjectFilterSortFields] = None,
        sort_order: Optional[Literal["asc", "desc"]] = None,
        offset: Optional[int] = None,
        limit: Optional[int] = None,
        search: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Project]:
        """Get projects

        List projects. Pages are requested with `offset` and `limit` (default 50, maximum 500); the response's `next` is the offset of the next page. Inferred: `next` is absent on the last page (the official spec does not mark it required and only shows `next: 1`).

        ``GET /api/v1/org-unit/projects``

        Args:
            filter_by: Filter results by a parameter. Use the format field-name operator value. Operators are == Equals, != Not equals, <= Less than or equal, >= Greater than or equal, =@ contains, !@ Does not contains, =^ Starts with and =$ Ends with. Dates are in ISO 8601 timestamp format and available for operators ==, !=, <= and >=.
            sort_by: Sort results by a parameters.
            sort_order: Sort results in descending or ascending order. Default "asc".
            offset: The offset of the first item returned in the collection.
            limit: The maximum number of entries to return. Default 50. At most 500.
            search: Filter results by a free text search.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/api/v1/org-unit/projects",
                query={
                    "filterBy": filter_by,
                    "sortBy": sort_by,
                    "sortOrder": sort_order,
                    "offset": offset,
                    "limit": limit,
                    "search": search,
                },
                styles={("query", "filterBy"): ("form", False)},
                cast=ProjectListResponse,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["projects"],
            Project,
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
        requested_namespace: Union[str, NotGiven] = NOT_GIVEN,
        enforce_runai_scheduler: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        parent_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Project:
        """Create project

        Create a project

        ``POST /api/v1/org-unit/projects``

        Args:
            resources: Resources assigned to this Organization per Node Pool
            description: project's description
            default_node_pools: default order of node pools for workloads. will be enforced if no list is defined in workload policy
            node_types: default node types configuration for workloads. will be enforced if no node type is configured in workload policy
            requested_namespace: project's requested namespace
            enforce_runai_scheduler: a flag to enforce that all pods in this namespace will be scheduled with runai-scheduler. Supported for cluster v2.21+
            parent_id: department parent uuid
        """
        return cast(
            Project,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/v1/org-unit/projects",
                    json={
                        "description": description,
                        "schedulingRules": scheduling_rules,
                        "defaultNodePools": default_node_pools,
                        "nodeTypes": node_types,
                        "name": name,
                        "clusterId": cluster_id,
                        "requestedNamespace": requested_namespace,
                        "enforceRunaiScheduler": enforce_runai_scheduler,
                        "parentId": parent_id,
                        "resources": resources,
                    },
                    content_type="application/json",
                    cast=Project,
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
        search: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CountResponse:
        """Count projects

        count projects

        ``GET /api/v1/org-unit/projects/count``

        Args:
            filter_by: Filter results by a parameter. Use the format field-name operator value. Operators are == Equals, != Not equals, <= Less than or equal, >= Greater than or equal, =@ contains, !@ Does not contains, =^ Starts with and =$ Ends with. Dates are in ISO 8601 timestamp format and available for operators ==, !=, <= and >=.
            search: Filter results by a free text search.
        """
        return cast(
            CountResponse,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/org-unit/projects/count",
                    query={"filterBy": filter_by, "search": search},
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
        project_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Project:
        """Get project

        Get a project by id

        ``GET /api/v1/org-unit/projects/{projectId}``

        Args:
            project_id: The project id
        """
        return cast(
            Project,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/org-unit/projects/{projectId}",
                    path_params={"projectId": project_id},
                    cast=Project,
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
        project_id: str,
        *,
        resources: List[ResourcesNullable],
        description: Union[str, NotGiven] = NOT_GIVEN,
        scheduling_rules: Union[Optional[SchedulingRules], NotGiven] = NOT_GIVEN,
        default_node_pools: Union[Optional[List[str]], NotGiven] = NOT_GIVEN,
        node_types: Union[Optional[NodeTypesPerWorkload], NotGiven] = NOT_GIVEN,
        enforce_runai_scheduler: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Project:
        """Update project

        Update project by Id

        ``PUT /api/v1/org-unit/projects/{projectId}``

        Args:
            project_id: The project id
            resources: Resources assigned to this Organization per Node Pool
            description: project's description
            default_node_pools: default order of node pools for workloads. will be enforced if no list is defined in workload policy
            node_types: default node types configuration for workloads. will be enforced if no node type is configured in workload policy
            enforce_runai_scheduler: a flag to enforce that all pods in this namespace will be scheduled with runai-scheduler. Supported for cluster v2.21+
        """
        return cast(
            Project,
            self._client.request(
                Call(
                    method="PUT",
                    path="/api/v1/org-unit/projects/{projectId}",
                    path_params={"projectId": project_id},
                    json={
                        "description": description,
                        "schedulingRules": scheduling_rules,
                        "defaultNodePools": default_node_pools,
                        "nodeTypes": node_types,
                        "enforceRunaiScheduler": enforce_runai_scheduler,
                        "resources": resources,
                    },
                    content_type="application/json",
                    cast=Project,
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
        project_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete project

        Delete a project

        ``DELETE /api/v1/org-unit/projects/{projectId}``

        Args:
            project_id: The project id
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/api/v1/org-unit/projects/{projectId}",
                path_params={"projectId": project_id},
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
        project_id: str,
        *,
        body: ResourcesUpdateRequest,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[Resources]:
        """Update project resources

        Replace the resources (quota per node pool) of a project: the body is the full list of the resources of its node pools. The answer is the project's resources after the change (providers.md section 5.5; official OpenAPI `update_project_resources`).

        ``PUT /api/v1/org-unit/projects/{projectId}/resources``

        Args:
            project_id: The project id
            body: Project resources to update.
        """
        return cast(
            List[Resources],
            self._client.request(
                Call(
                    method="PUT",
                    path="/api/v1/org-unit/projects/{projectId}/resources",
                    path_params={"projectId": project_id},
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
        project_id: str,
        *,
        body: ResourcesUpdateRequest,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[Resources]:
        """Patch project resources

        Partial updates to specific items in the list. Should be used for update one or more attributes of an item without modifying the entire resource. The answer is the project's resources after the change (providers.md section 5.5; official OpenAPI `patch_project_resources`).

        ``PATCH /api/v1/org-unit/projects/{projectId}/resources``

        Args:
            project_id: The project id
            body: Project resources to patch.
        """
        return cast(
            List[Resources],
            self._client.request(
                Call(
                    method="PATCH",
                    path="/api/v1/org-unit/projects/{projectId}/resources",
                    path_params={"projectId": project_id},
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


class AsyncProjectsResource(AsyncResource):
    """Operations on projects."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        filter_by: Optional[List[str]] = None,
        sort_by: Optional[ProjectFilterSortFields] = None,
        sort_order: Optional[Literal["asc", "desc"]] = None,
        offset: Optional[int] = None,
        limit: Optional[int] = None,
        search: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Project]:
        """Get projects

        List projects. Pages are requested with `offset` and `limit` (default 50, maximum 500); the response's `next` is the offset of the next page. Inferred: `next` is absent on the last page (the official spec does not mark it required and only shows `next: 1`).

        ``GET /api/v1/org-unit/projects``

        Args:
            filter_by: Filter results by a parameter. Use the format field-name operator value. Operators are == Equals, != Not equals, <= Less than or equal, >= Greater than or equal, =@ contains, !@ Does not contains, =^ Starts with and =$ Ends with. Dates are in ISO 8601 timestamp format and available for operators ==, !=, <= and >=.
            sort_by: Sort results by a parameters.
            sort_order: Sort results in descending or ascending order. Default "asc".
            offset: The offset of the first item returned in the collection.
            limit: The maximum number of entries to return. Default 50. At most 500.
            search: Filter results by a free text search.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/api/v1/org-unit/projects",
                query={
                    "filterBy": filter_by,
                    "sortBy": sort_by,
                    "sortOrder": sort_order,
                    "offset": offset,
                    "limit": limit,
                    "search": search,
                },
                styles={("query", "filterBy"): ("form", False)},
                cast=ProjectListResponse,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["projects"],
            Project,
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
        requested_namespace: Union[str, NotGiven] = NOT_GIVEN,
        enforce_runai_scheduler: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        parent_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Project:
        """Create project

        Create a project

        ``POST /api/v1/org-unit/projects``

        Args:
            resources: Resources assigned to this Organization per Node Pool
            description: project's description
            default_node_pools: default order of node pools for workloads. will be enforced if no list is defined in workload policy
            node_types: default node types configuration for workloads. will be enforced if no node type is configured in workload policy
            requested_namespace: project's requested namespace
            enforce_runai_scheduler: a flag to enforce that all pods in this namespace will be scheduled with runai-scheduler. Supported for cluster v2.21+
            parent_id: department parent uuid
        """
        return cast(
            Project,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/v1/org-unit/projects",
                    json={
                        "description": description,
                        "schedulingRules": scheduling_rules,
                        "defaultNodePools": default_node_pools,
                        "nodeTypes": node_types,
                        "name": name,
                        "clusterId": cluster_id,
                        "requestedNamespace": requested_namespace,
                        "enforceRunaiScheduler": enforce_runai_scheduler,
                        "parentId": parent_id,
                        "resources": resources,
                    },
                    content_type="application/json",
                    cast=Project,
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
        search: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CountResponse:
        """Count projects

        count projects

        ``GET /api/v1/org-unit/projects/count``

        Args:
            filter_by: Filter results by a parameter. Use the format field-name operator value. Operators are == Equals, != Not equals, <= Less than or equal, >= Greater than or equal, =@ contains, !@ Does not contains, =^ Starts with and =$ Ends with. Dates are in ISO 8601 timestamp format and available for operators ==, !=, <= and >=.
            search: Filter results by a free text search.
        """
        return cast(
            CountResponse,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/org-unit/projects/count",
                    query={"filterBy": filter_by, "search": search},
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
        project_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Project:
        """Get project

        Get a project by id

        ``GET /api/v1/org-unit/projects/{projectId}``

        Args:
            project_id: The project id
        """
        return cast(
            Project,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/org-unit/projects/{projectId}",
                    path_params={"projectId": project_id},
                    cast=Project,
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
        project_id: str,
        *,
        resources: List[ResourcesNullable],
        description: Union[str, NotGiven] = NOT_GIVEN,
        scheduling_rules: Union[Optional[SchedulingRules], NotGiven] = NOT_GIVEN,
        default_node_pools: Union[Optional[List[str]], NotGiven] = NOT_GIVEN,
        node_types: Union[Optional[NodeTypesPerWorkload], NotGiven] = NOT_GIVEN,
        enforce_runai_scheduler: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Project:
        """Update project

        Update project by Id

        ``PUT /api/v1/org-unit/projects/{projectId}``

        Args:
            project_id: The project id
            resources: Resources assigned to this Organization per Node Pool
            description: project's description
            default_node_pools: default order of node pools for workloads. will be enforced if no list is defined in workload policy
            node_types: default node types configuration for workloads. will be enforced if no node type is configured in workload policy
            enforce_runai_scheduler: a flag to enforce that all pods in this namespace will be scheduled with runai-scheduler. Supported for cluster v2.21+
        """
        return cast(
            Project,
            await self._client.request(
                Call(
                    method="PUT",
                    path="/api/v1/org-unit/projects/{projectId}",
                    path_params={"projectId": project_id},
                    json={
                        "description": description,
                        "schedulingRules": scheduling_rules,
                        "defaultNodePools": default_node_pools,
                        "nodeTypes": node_types,
                        "enforceRunaiScheduler": enforce_runai_scheduler,
                        "resources": resources,
                    },
                    content_type="application/json",
                    cast=Project,
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
        project_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete project

        Delete a project

        ``DELETE /api/v1/org-unit/projects/{projectId}``

        Args:
            project_id: The project id
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/api/v1/org-unit/projects/{projectId}",
                path_params={"projectId": project_id},
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
        project_id: str,
        *,
        body: ResourcesUpdateRequest,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[Resources]:
        """Update project resources

        Replace the resources (quota per node pool) of a project: the body is the full list of the resources of its node pools. The answer is the project's resources after the change (providers.md section 5.5; official OpenAPI `update_project_resources`).

        ``PUT /api/v1/org-unit/projects/{projectId}/resources``

        Args:
            project_id: The project id
            body: Project resources to update.
        """
        return cast(
            List[Resources],
            await self._client.request(
                Call(
                    method="PUT",
                    path="/api/v1/org-unit/projects/{projectId}/resources",
                    path_params={"projectId": project_id},
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
        project_id: str,
        *,
        body: ResourcesUpdateRequest,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[Resources]:
        """Patch project resources

        Partial updates to specific items in the list. Should be used for update one or more attributes of an item without modifying the entire resource. The answer is the project's resources after the change (providers.md section 5.5; official OpenAPI `patch_project_resources`).

        ``PATCH /api/v1/org-unit/projects/{projectId}/resources``

        Args:
            project_id: The project id
            body: Project resources to patch.
        """
        return cast(
            List[Resources],
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/api/v1/org-unit/projects/{projectId}/resources",
                    path_params={"projectId": project_id},
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
