"""Operations on legacy_clusters.

``client.legacy_clusters`` of the Run:ai REST API, sync and async.
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

__all__ = ["LegacyClustersResource", "AsyncLegacyClustersResource"]


class LegacyClustersProjectsResource(SyncResource):
    """Operations on legacy_clusters.projects."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        cluster_id: str,
        *,
        exclude_permissions: Optional[bool] = None,
        memory_unit_mb: Optional[bool] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[LegacyProject]:
        """List all projects and their details.

        Retrieves a list of all projects and details from a specific cluster. Use in reporting and analysis tools. Deprecated - use `/api/v1/org-unit/projects` instead.

        .. deprecated:: The API marks this operation as deprecated.

        ``GET /v1/k8s/clusters/{clusterId}/projects``

        Args:
            cluster_id: The Universally Unique Identifier (UUID) of the cluster.
            exclude_permissions: Backward compatibility of the 'permissions' field. If 'true', the 'permissions' field in the returned projects is not set. If 'false', the 'permissions' field is set in the returned projects.
            memory_unit_mb: Memory returned in MB. When set to `false` (default) memory will be returned in MiB.
        """
        warnings.warn(
            "client.legacy_clusters.projects.list() is deprecated by the API: see its documentation",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast(
            List[LegacyProject],
            self._client.request(
                Call(
                    method="GET",
                    path="/v1/k8s/clusters/{clusterId}/projects",
                    path_params={"clusterId": cluster_id},
                    query={
                        "excludePermissions": exclude_permissions,
                        "memoryUnitMb": memory_unit_mb,
                    },
                    cast=List[LegacyProject],
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
        cluster_id: str,
        *,
        name: str,
        department_id: int,
        node_pools_resources: Union[
            List[LegacyNodePoolAssignedResourcesCreate], NotGiven
        ] = NOT_GIVEN,
        namespace: Union[str, NotGiven] = NOT_GIVEN,
        deserved_gpus: Union[float, NotGiven] = NOT_GIVEN,
        max_allowed_gpus: Union[float, NotGiven] = NOT_GIVEN,
        gpu_over_quota_weight: Union[float, NotGiven] = NOT_GIVEN,
        default_node_pools: Union[List[str], NotGiven] = NOT_GIVEN,
        interactive_job_time_limit_secs: Union[float, NotGiven] = NOT_GIVEN,
        interactive_job_max_idle_duration_secs: Union[float, NotGiven] = NOT_GIVEN,
        interactive_preemptible_job_max_idle_duration_secs: Union[float, NotGiven] = NOT_GIVEN,
        training_job_time_limit_secs: Union[float, NotGiven] = NOT_GIVEN,
        training_job_max_idle_duration_secs: Union[float, NotGiven] = NOT_GIVEN,
        node_affinity: Union[JobsNodeAffinity, NotGiven] = NOT_GIVEN,
        permissions: Union[ResourcePermissions, NotGiven] = NOT_GIVEN,
        resources: Union[LegacyAssignedResources, NotGiven] = NOT_GIVEN,
        exclude_permissions: Optional[bool] = None,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> LegacyProject:
        """Create a new project.

        Creates a new project in a specific cluster. Deprecated - use `/api/v1/org-unit/projects` instead.

        .. deprecated:: The API marks this operation as deprecated.

        ``POST /v1/k8s/clusters/{clusterId}/projects``

        Args:
            cluster_id: The Universally Unique Identifier (UUID) of the cluster.
            name: Project Name
            department_id: ID of the department that owns the project.
            node_pools_resources: Resources assigned to this Project per Node Pool.
            namespace: The name of an existing namespace to use for the project in the cluster. Supported only for cluster versions 2.12 or higher.
            deserved_gpus: Deprecated. Use 'deserved' for the relevant resource type under `NodePoolResources`. The project's deserved GPU allocation in case the cluster has those resources. Passing it warns.
            max_allowed_gpus: Deprecated. Instead, use `maxAllowed` for the relevant resource type under `NodePoolResources`. An upper limit for the amount of GPUs the project can get (Even if over quota is allowed and resources are available). Passing it warns.
            gpu_over_quota_weight: Deprecated. Instead, use `overQuotaWeight` for the relevant resource type under `NodePoolResources`. The priority the project gets for over quota resources. Passing it warns.
            default_node_pools: Default node pools list for workload submission for this project if a workload doesn't specify a node pools list.
            interactive_job_time_limit_secs: A limit (in seconds) for the duration of interactive jobs from this project.
            interactive_job_max_idle_duration_secs: Maximum duration (in seconds) that an interactive job can be idle before being terminated.
            interactive_preemptible_job_max_idle_duration_secs: Maximum duration (in seconds) that an interactive preemptible job can be idle before being terminated.
            training_job_time_limit_secs: A limit (in seconds) for the duration of training jobs from this project. Available only from cluster version 2.12
            training_job_max_idle_duration_secs: Maximum duration (in seconds) that a training job can be idle before being terminated.
            node_affinity: Node affinity configuration for jobs in the project.
            permissions: Deprecated. Instead, use the `accessRules` API to add permissions to a specific subject in the project scope. Passing it warns.
            resources: Deprecated. Instead, use `nodePoolsResources`. Total resources assigned to the Project. Can only be used in PUT/POST when there is a single Node Pool in the system. The resources returned in `GET` are the sum of all Node Pool Resources. Passing it warns.
            exclude_permissions: Backward compatibility of the `permissions` field. If `true`, the `permissions` field in the request body is ignored. If `false`, relevant access rules for the `permissions` field are created in the project scope.
        """
        warnings.warn(
            "client.legacy_clusters.projects.create() is deprecated by the API: see its documentation",
            DeprecationWarning,
            stacklevel=2,
        )
        if deserved_gpus is not NOT_GIVEN:
            warnings.warn(
                "client.legacy_clusters.projects.create(): the argument deserved_gpus is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        if max_allowed_gpus is not NOT_GIVEN:
            warnings.warn(
                "client.legacy_clusters.projects.create(): the argument max_allowed_gpus is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        if gpu_over_quota_weight is not NOT_GIVEN:
            warnings.warn(
                "client.legacy_clusters.projects.create(): the argument gpu_over_quota_weight is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        if permissions is not NOT_GIVEN:
            warnings.warn(
                "client.legacy_clusters.projects.create(): the argument permissions is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        if resources is not NOT_GIVEN:
            warnings.warn(
                "client.legacy_clusters.projects.create(): the argument resources is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        return cast(
            LegacyProject,
            self._client.request(
                Call(
                    method="POST",
                    path="/v1/k8s/clusters/{clusterId}/projects",
                    path_params={"clusterId": cluster_id},
                    query={"excludePermissions": exclude_permissions},
                    json={
                        "name": name,
                        "departmentId": department_id,
                        "nodePoolsResources": node_pools_resources,
                        "namespace": namespace,
                        "deservedGpus": deserved_gpus,
                        "maxAllowedGpus": max_allowed_gpus,
                        "gpuOverQuotaWeight": gpu_over_quota_weight,
                        "defaultNodePools": default_node_pools,
                        "interactiveJobTimeLimitSecs": interactive_job_time_limit_secs,
                        "interactiveJobMaxIdleDurationSecs": interactive_job_max_idle_duration_secs,
                        "interactivePreemptibleJobMaxIdleDurationSecs": interactive_preemptible_job_max_idle_duration_secs,
                        "trainingJobTimeLimitSecs": training_job_time_limit_secs,
                        "trainingJobMaxIdleDurationSecs": training_job_max_idle_duration_secs,
                        "nodeAffinity": node_affinity,
                        "permissions": permissions,
                        "resources": resources,
                    },
                    content_type="application/json",
                    cast=LegacyProject,
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
        cluster_id: str,
        id: int,
        *,
        exclude_permissions: Optional[bool] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> LegacyProject:
        """List details of a specific project.

        Retrieves the details of a specific project from a specific cluster. Requires `view` permissions to the queried project. Deprecated - use `/api/v1/org-unit/projects/{projectId}` instead. (providers.md section 5.6: the legacy forms include GET/PUT/DELETE `/{id}`; official OpenAPI `getProject`, which types `id` as a string here and an integer on DELETE: the legacy project id is an integer, so it is one here. 400 and 401 are Inferred, as on the other legacy operations.)

        .. deprecated:: The API marks this operation as deprecated.

        ``GET /v1/k8s/clusters/{clusterId}/projects/{id}``

        Args:
            cluster_id: The Universally Unique Identifier (UUID) of the cluster.
            id: The unique id of the project.
            exclude_permissions: Backward compatibility of the `permissions` field. If `true`, the `permissions` field in the returned project is not set. If `false`, the `permissions` field is set.
        """
        warnings.warn(
            "client.legacy_clusters.projects.get() is deprecated by the API: see its documentation",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast(
            LegacyProject,
            self._client.request(
                Call(
                    method="GET",
                    path="/v1/k8s/clusters/{clusterId}/projects/{id}",
                    path_params={"clusterId": cluster_id, "id": id},
                    query={"excludePermissions": exclude_permissions},
                    cast=LegacyProject,
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
        cluster_id: str,
        id: int,
        *,
        node_pools_resources: Union[List[LegacyNodePoolAssignedResources], NotGiven] = NOT_GIVEN,
        deserved_gpus: Union[float, NotGiven] = NOT_GIVEN,
        max_allowed_gpus: Union[float, NotGiven] = NOT_GIVEN,
        gpu_over_quota_weight: Union[float, NotGiven] = NOT_GIVEN,
        default_node_pools: Union[List[str], NotGiven] = NOT_GIVEN,
        interactive_job_time_limit_secs: Union[float, NotGiven] = NOT_GIVEN,
        interactive_job_max_idle_duration_secs: Union[float, NotGiven] = NOT_GIVEN,
        interactive_preemptible_job_max_idle_duration_secs: Union[float, NotGiven] = NOT_GIVEN,
        training_job_time_limit_secs: Union[float, NotGiven] = NOT_GIVEN,
        training_job_max_idle_duration_secs: Union[float, NotGiven] = NOT_GIVEN,
        node_affinity: Union[JobsNodeAffinity, NotGiven] = NOT_GIVEN,
        permissions: Union[ResourcePermissions, NotGiven] = NOT_GIVEN,
        resources: Union[LegacyAssignedResources, NotGiven] = NOT_GIVEN,
        exclude_permissions: Optional[bool] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> LegacyProject:
        """Update a project.

        Updates a project's details in a specific cluster, for example its node pool resources. Deprecated - use `/api/v1/org-unit/projects/{projectId}` instead. (Official OpenAPI `updateProject`; 401 Inferred.)

        .. deprecated:: The API marks this operation as deprecated.

        ``PUT /v1/k8s/clusters/{clusterId}/projects/{id}``

        Args:
            cluster_id: The Universally Unique Identifier (UUID) of the cluster.
            id: The unique id of the project.
            node_pools_resources: Resources assigned to this Project per Node Pool.
            deserved_gpus: Deprecated. Use 'deserved' for the relevant resource type under `NodePoolResources`. The project's deserved GPU allocation in case the cluster has those resources. Passing it warns.
            max_allowed_gpus: Deprecated. Instead, use `maxAllowed` for the relevant resource type under `NodePoolResources`. An upper limit for the amount of GPUs the project can get (Even if over quota is allowed and resources are available). Passing it warns.
            gpu_over_quota_weight: Deprecated. Instead, use `overQuotaWeight` for the relevant resource type under `NodePoolResources`. The priority the project gets for over quota resources. Passing it warns.
            default_node_pools: Default node pools list for workload submission for this project if a workload doesn't specify a node pools list.
            interactive_job_time_limit_secs: A limit (in seconds) for the duration of interactive jobs from this project.
            interactive_job_max_idle_duration_secs: Maximum duration (in seconds) that an interactive job can be idle before being terminated.
            interactive_preemptible_job_max_idle_duration_secs: Maximum duration (in seconds) that an interactive preemptible job can be idle before being terminated.
            training_job_time_limit_secs: A limit (in seconds) for the duration of training jobs from this project. Available only from cluster version 2.12
            training_job_max_idle_duration_secs: Maximum duration (in seconds) that a training job can be idle before being terminated.
            node_affinity: Node affinity configuration for jobs in the project.
            permissions: Deprecated. Instead, use the `accessRules` API to add permissions to a specific subject in the project scope. Passing it warns.
            resources: Deprecated. Instead, use `nodePoolsResources`. Total resources assigned to the Project. Can only be used in PUT/POST when there is a single Node Pool in the system. The resources returned in `GET` are the sum of all Node Pool Resources. Passing it warns.
            exclude_permissions: Backward compatibility of the `permissions` field. If `true`, the `permissions` field in the returned project is not set. If `false`, the `permissions` field is set.
        """
        warnings.warn(
            "client.legacy_clusters.projects.update() is deprecated by the API: see its documentation",
            DeprecationWarning,
            stacklevel=2,
        )
        if deserved_gpus is not NOT_GIVEN:
            warnings.warn(
                "client.legacy_clusters.projects.update(): the argument deserved_gpus is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        if max_allowed_gpus is not NOT_GIVEN:
            warnings.warn(
                "client.legacy_clusters.projects.update(): the argument max_allowed_gpus is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        if gpu_over_quota_weight is not NOT_GIVEN:
            warnings.warn(
                "client.legacy_clusters.projects.update(): the argument gpu_over_quota_weight is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        if permissions is not NOT_GIVEN:
            warnings.warn(
                "client.legacy_clusters.projects.update(): the argument permissions is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        if resources is not NOT_GIVEN:
            warnings.warn(
                "client.legacy_clusters.projects.update(): the argument resources is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        return cast(
            LegacyProject,
            self._client.request(
                Call(
                    method="PUT",
                    path="/v1/k8s/clusters/{clusterId}/projects/{id}",
                    path_params={"clusterId": cluster_id, "id": id},
                    query={"excludePermissions": exclude_permissions},
                    json={
                        "nodePoolsResources": node_pools_resources,
                        "deservedGpus": deserved_gpus,
                        "maxAllowedGpus": max_allowed_gpus,
                        "gpuOverQuotaWeight": gpu_over_quota_weight,
                        "defaultNodePools": default_node_pools,
                        "interactiveJobTimeLimitSecs": interactive_job_time_limit_secs,
                        "interactiveJobMaxIdleDurationSecs": interactive_job_max_idle_duration_secs,
                        "interactivePreemptibleJobMaxIdleDurationSecs": interactive_preemptible_job_max_idle_duration_secs,
                        "trainingJobTimeLimitSecs": training_job_time_limit_secs,
                        "trainingJobMaxIdleDurationSecs": training_job_max_idle_duration_secs,
                        "nodeAffinity": node_affinity,
                        "permissions": permissions,
                        "resources": resources,
                    },
                    content_type="application/json",
                    cast=LegacyProject,
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
        cluster_id: str,
        id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> LegacyProject:
        """Delete a project.

        Deletes a project from a specific cluster; the answer is the deleted project. Deprecated - use `/api/v1/org-unit/projects/{projectId}` instead. (Official OpenAPI `deleteProject`; 400 and 401 Inferred.)

        .. deprecated:: The API marks this operation as deprecated.

        ``DELETE /v1/k8s/clusters/{clusterId}/projects/{id}``

        Args:
            cluster_id: The Universally Unique Identifier (UUID) of the cluster.
            id: The unique id of the project.
        """
        warnings.warn(
            "client.legacy_clusters.projects.delete() is deprecated by the API: see its documentation",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast(
            LegacyProject,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/v1/k8s/clusters/{clusterId}/projects/{id}",
                    path_params={"clusterId": cluster_id, "id": id},
                    cast=LegacyProject,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


class LegacyClustersDepartmentsResource(SyncResource):
    """Operations on legacy_clusters.departments."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        cluster_id: str,
        *,
        exclude_permissions: Optional[bool] = None,
        memory_unit_mb: Optional[bool] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[LegacyDepartment]:
        """List all departments.

        List all the departments managed by the tenant on a specific cluster.

        .. deprecated:: The API marks this operation as deprecated.

        ``GET /v1/k8s/clusters/{clusterId}/departments``

        Args:
            cluster_id: The Universally Unique Identifier (UUID) of the cluster.
            exclude_permissions: Backward compatibility of the `departmentAdmins` field. If `true`, the `departmentAdmins` field in the returned departments is not set. If `false`, the `departmentAdmins` is set in the returned departments.
            memory_unit_mb: Memory returned in MB. When set to `false` (default) memory will be returned in MiB.
        """
        warnings.warn(
            "client.legacy_clusters.departments.list() is deprecated by the API: see its documentation",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast(
            List[LegacyDepartment],
            self._client.request(
                Call(
                    method="GET",
                    path="/v1/k8s/clusters/{clusterId}/departments",
                    path_params={"clusterId": cluster_id},
                    query={
                        "excludePermissions": exclude_permissions,
                        "memoryUnitMb": memory_unit_mb,
                    },
                    cast=List[LegacyDepartment],
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


class LegacyClustersResource(SyncResource):
    """Operations on legacy_clusters."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.projects = LegacyClustersProjectsResource(client)
        self.departments = LegacyClustersDepartmentsResource(client)

    def list(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[LegacyCluster]:
        """List clusters (legacy admin API).

        Legacy admin API: get a list of clusters. This is the example call of the Run:ai REST API overview page (it needs an Administrator role). Replaced by `GET /api/v1/clusters`. Inferred deprecation: the path is absent from the current official OpenAPI document (providers.md section 5.4), so it is marked deprecated here although Run:ai does not mark it so. The response shape comes from the legacy admin API's clusters.yaml.

        .. deprecated:: The API marks this operation as deprecated.

        ``GET /v1/k8s/clusters``
        """
        warnings.warn(
            "client.legacy_clusters.list() is deprecated by the API: see its documentation",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast(
            List[LegacyCluster],
            self._client.request(
                Call(
                    method="GET",
                    path="/v1/k8s/clusters",
                    cast=List[LegacyCluster],
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


class AsyncLegacyClustersProjectsResource(AsyncResource):
    """Operations on legacy_clusters.projects."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def list(
        self,
        cluster_id: str,
        *,
        exclude_permissions: Optional[bool] = None,
        memory_unit_mb: Optional[bool] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[LegacyProject]:
        """List all projects and their details.

        Retrieves a list of all projects and details from a specific cluster. Use in reporting and analysis tools. Deprecated - use `/api/v1/org-unit/projects` instead.

        .. deprecated:: The API marks this operation as deprecated.

        ``GET /v1/k8s/clusters/{clusterId}/projects``

        Args:
            cluster_id: The Universally Unique Identifier (UUID) of the cluster.
            exclude_permissions: Backward compatibility of the 'permissions' field. If 'true', the 'permissions' field in the returned projects is not set. If 'false', the 'permissions' field is set in the returned projects.
            memory_unit_mb: Memory returned in MB. When set to `false` (default) memory will be returned in MiB.
        """
        warnings.warn(
            "client.legacy_clusters.projects.list() is deprecated by the API: see its documentation",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast(
            List[LegacyProject],
            await self._client.request(
                Call(
                    method="GET",
                    path="/v1/k8s/clusters/{clusterId}/projects",
                    path_params={"clusterId": cluster_id},
                    query={
                        "excludePermissions": exclude_permissions,
                        "memoryUnitMb": memory_unit_mb,
                    },
                    cast=List[LegacyProject],
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
        cluster_id: str,
        *,
        name: str,
        department_id: int,
        node_pools_resources: Union[
            List[LegacyNodePoolAssignedResourcesCreate], NotGiven
        ] = NOT_GIVEN,
        namespace: Union[str, NotGiven] = NOT_GIVEN,
        deserved_gpus: Union[float, NotGiven] = NOT_GIVEN,
        max_allowed_gpus: Union[float, NotGiven] = NOT_GIVEN,
        gpu_over_quota_weight: Union[float, NotGiven] = NOT_GIVEN,
        default_node_pools: Union[List[str], NotGiven] = NOT_GIVEN,
        interactive_job_time_limit_secs: Union[float, NotGiven] = NOT_GIVEN,
        interactive_job_max_idle_duration_secs: Union[float, NotGiven] = NOT_GIVEN,
        interactive_preemptible_job_max_idle_duration_secs: Union[float, NotGiven] = NOT_GIVEN,
        training_job_time_limit_secs: Union[float, NotGiven] = NOT_GIVEN,
        training_job_max_idle_duration_secs: Union[float, NotGiven] = NOT_GIVEN,
        node_affinity: Union[JobsNodeAffinity, NotGiven] = NOT_GIVEN,
        permissions: Union[ResourcePermissions, NotGiven] = NOT_GIVEN,
        resources: Union[LegacyAssignedResources, NotGiven] = NOT_GIVEN,
        exclude_permissions: Optional[bool] = None,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> LegacyProject:
        """Create a new project.

        Creates a new project in a specific cluster. Deprecated - use `/api/v1/org-unit/projects` instead.

        .. deprecated:: The API marks this operation as deprecated.

        ``POST /v1/k8s/clusters/{clusterId}/projects``

        Args:
            cluster_id: The Universally Unique Identifier (UUID) of the cluster.
            name: Project Name
            department_id: ID of the department that owns the project.
            node_pools_resources: Resources assigned to this Project per Node Pool.
            namespace: The name of an existing namespace to use for the project in the cluster. Supported only for cluster versions 2.12 or higher.
            deserved_gpus: Deprecated. Use 'deserved' for the relevant resource type under `NodePoolResources`. The project's deserved GPU allocation in case the cluster has those resources. Passing it warns.
            max_allowed_gpus: Deprecated. Instead, use `maxAllowed` for the relevant resource type under `NodePoolResources`. An upper limit for the amount of GPUs the project can get (Even if over quota is allowed and resources are available). Passing it warns.
            gpu_over_quota_weight: Deprecated. Instead, use `overQuotaWeight` for the relevant resource type under `NodePoolResources`. The priority the project gets for over quota resources. Passing it warns.
            default_node_pools: Default node pools list for workload submission for this project if a workload doesn't specify a node pools list.
            interactive_job_time_limit_secs: A limit (in seconds) for the duration of interactive jobs from this project.
            interactive_job_max_idle_duration_secs: Maximum duration (in seconds) that an interactive job can be idle before being terminated.
            interactive_preemptible_job_max_idle_duration_secs: Maximum duration (in seconds) that an interactive preemptible job can be idle before being terminated.
            training_job_time_limit_secs: A limit (in seconds) for the duration of training jobs from this project. Available only from cluster version 2.12
            training_job_max_idle_duration_secs: Maximum duration (in seconds) that a training job can be idle before being terminated.
            node_affinity: Node affinity configuration for jobs in the project.
            permissions: Deprecated. Instead, use the `accessRules` API to add permissions to a specific subject in the project scope. Passing it warns.
            resources: Deprecated. Instead, use `nodePoolsResources`. Total resources assigned to the Project. Can only be used in PUT/POST when there is a single Node Pool in the system. The resources returned in `GET` are the sum of all Node Pool Resources. Passing it warns.
            exclude_permissions: Backward compatibility of the `permissions` field. If `true`, the `permissions` field in the request body is ignored. If `false`, relevant access rules for the `permissions` field are created in the project scope.
        """
        warnings.warn(
            "client.legacy_clusters.projects.create() is deprecated by the API: see its documentation",
            DeprecationWarning,
            stacklevel=2,
        )
        if deserved_gpus is not NOT_GIVEN:
            warnings.warn(
                "client.legacy_clusters.projects.create(): the argument deserved_gpus is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        if max_allowed_gpus is not NOT_GIVEN:
            warnings.warn(
                "client.legacy_clusters.projects.create(): the argument max_allowed_gpus is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        if gpu_over_quota_weight is not NOT_GIVEN:
            warnings.warn(
                "client.legacy_clusters.projects.create(): the argument gpu_over_quota_weight is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        if permissions is not NOT_GIVEN:
            warnings.warn(
                "client.legacy_clusters.projects.create(): the argument permissions is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        if resources is not NOT_GIVEN:
            warnings.warn(
                "client.legacy_clusters.projects.create(): the argument resources is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        return cast(
            LegacyProject,
            await self._client.request(
                Call(
                    method="POST",
                    path="/v1/k8s/clusters/{clusterId}/projects",
                    path_params={"clusterId": cluster_id},
                    query={"excludePermissions": exclude_permissions},
                    json={
                        "name": name,
                        "departmentId": department_id,
                        "nodePoolsResources": node_pools_resources,
                        "namespace": namespace,
                        "deservedGpus": deserved_gpus,
                        "maxAllowedGpus": max_allowed_gpus,
                        "gpuOverQuotaWeight": gpu_over_quota_weight,
                        "defaultNodePools": default_node_pools,
                        "interactiveJobTimeLimitSecs": interactive_job_time_limit_secs,
                        "interactiveJobMaxIdleDurationSecs": interactive_job_max_idle_duration_secs,
                        "interactivePreemptibleJobMaxIdleDurationSecs": interactive_preemptible_job_max_idle_duration_secs,
                        "trainingJobTimeLimitSecs": training_job_time_limit_secs,
                        "trainingJobMaxIdleDurationSecs": training_job_max_idle_duration_secs,
                        "nodeAffinity": node_affinity,
                        "permissions": permissions,
                        "resources": resources,
                    },
                    content_type="application/json",
                    cast=LegacyProject,
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
        cluster_id: str,
        id: int,
        *,
        exclude_permissions: Optional[bool] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> LegacyProject:
        """List details of a specific project.

        Retrieves the details of a specific project from a specific cluster. Requires `view` permissions to the queried project. Deprecated - use `/api/v1/org-unit/projects/{projectId}` instead. (providers.md section 5.6: the legacy forms include GET/PUT/DELETE `/{id}`; official OpenAPI `getProject`, which types `id` as a string here and an integer on DELETE: the legacy project id is an integer, so it is one here. 400 and 401 are Inferred, as on the other legacy operations.)

        .. deprecated:: The API marks this operation as deprecated.

        ``GET /v1/k8s/clusters/{clusterId}/projects/{id}``

        Args:
            cluster_id: The Universally Unique Identifier (UUID) of the cluster.
            id: The unique id of the project.
            exclude_permissions: Backward compatibility of the `permissions` field. If `true`, the `permissions` field in the returned project is not set. If `false`, the `permissions` field is set.
        """
        warnings.warn(
            "client.legacy_clusters.projects.get() is deprecated by the API: see its documentation",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast(
            LegacyProject,
            await self._client.request(
                Call(
                    method="GET",
                    path="/v1/k8s/clusters/{clusterId}/projects/{id}",
                    path_params={"clusterId": cluster_id, "id": id},
                    query={"excludePermissions": exclude_permissions},
                    cast=LegacyProject,
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
        cluster_id: str,
        id: int,
        *,
        node_pools_resources: Union[List[LegacyNodePoolAssignedResources], NotGiven] = NOT_GIVEN,
        deserved_gpus: Union[float, NotGiven] = NOT_GIVEN,
        max_allowed_gpus: Union[float, NotGiven] = NOT_GIVEN,
        gpu_over_quota_weight: Union[float, NotGiven] = NOT_GIVEN,
        default_node_pools: Union[List[str], NotGiven] = NOT_GIVEN,
        interactive_job_time_limit_secs: Union[float, NotGiven] = NOT_GIVEN,
        interactive_job_max_idle_duration_secs: Union[float, NotGiven] = NOT_GIVEN,
        interactive_preemptible_job_max_idle_duration_secs: Union[float, NotGiven] = NOT_GIVEN,
        training_job_time_limit_secs: Union[float, NotGiven] = NOT_GIVEN,
        training_job_max_idle_duration_secs: Union[float, NotGiven] = NOT_GIVEN,
        node_affinity: Union[JobsNodeAffinity, NotGiven] = NOT_GIVEN,
        permissions: Union[ResourcePermissions, NotGiven] = NOT_GIVEN,
        resources: Union[LegacyAssignedResources, NotGiven] = NOT_GIVEN,
        exclude_permissions: Optional[bool] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> LegacyProject:
        """Update a project.

        Updates a project's details in a specific cluster, for example its node pool resources. Deprecated - use `/api/v1/org-unit/projects/{projectId}` instead. (Official OpenAPI `updateProject`; 401 Inferred.)

        .. deprecated:: The API marks this operation as deprecated.

        ``PUT /v1/k8s/clusters/{clusterId}/projects/{id}``

        Args:
            cluster_id: The Universally Unique Identifier (UUID) of the cluster.
            id: The unique id of the project.
            node_pools_resources: Resources assigned to this Project per Node Pool.
            deserved_gpus: Deprecated. Use 'deserved' for the relevant resource type under `NodePoolResources`. The project's deserved GPU allocation in case the cluster has those resources. Passing it warns.
            max_allowed_gpus: Deprecated. Instead, use `maxAllowed` for the relevant resource type under `NodePoolResources`. An upper limit for the amount of GPUs the project can get (Even if over quota is allowed and resources are available). Passing it warns.
            gpu_over_quota_weight: Deprecated. Instead, use `overQuotaWeight` for the relevant resource type under `NodePoolResources`. The priority the project gets for over quota resources. Passing it warns.
            default_node_pools: Default node pools list for workload submission for this project if a workload doesn't specify a node pools list.
            interactive_job_time_limit_secs: A limit (in seconds) for the duration of interactive jobs from this project.
            interactive_job_max_idle_duration_secs: Maximum duration (in seconds) that an interactive job can be idle before being terminated.
            interactive_preemptible_job_max_idle_duration_secs: Maximum duration (in seconds) that an interactive preemptible job can be idle before being terminated.
            training_job_time_limit_secs: A limit (in seconds) for the duration of training jobs from this project. Available only from cluster version 2.12
            training_job_max_idle_duration_secs: Maximum duration (in seconds) that a training job can be idle before being terminated.
            node_affinity: Node affinity configuration for jobs in the project.
            permissions: Deprecated. Instead, use the `accessRules` API to add permissions to a specific subject in the project scope. Passing it warns.
            resources: Deprecated. Instead, use `nodePoolsResources`. Total resources assigned to the Project. Can only be used in PUT/POST when there is a single Node Pool in the system. The resources returned in `GET` are the sum of all Node Pool Resources. Passing it warns.
            exclude_permissions: Backward compatibility of the `permissions` field. If `true`, the `permissions` field in the returned project is not set. If `false`, the `permissions` field is set.
        """
        warnings.warn(
            "client.legacy_clusters.projects.update() is deprecated by the API: see its documentation",
            DeprecationWarning,
            stacklevel=2,
        )
        if deserved_gpus is not NOT_GIVEN:
            warnings.warn(
                "client.legacy_clusters.projects.update(): the argument deserved_gpus is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        if max_allowed_gpus is not NOT_GIVEN:
            warnings.warn(
                "client.legacy_clusters.projects.update(): the argument max_allowed_gpus is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        if gpu_over_quota_weight is not NOT_GIVEN:
            warnings.warn(
                "client.legacy_clusters.projects.update(): the argument gpu_over_quota_weight is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        if permissions is not NOT_GIVEN:
            warnings.warn(
                "client.legacy_clusters.projects.update(): the argument permissions is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        if resources is not NOT_GIVEN:
            warnings.warn(
                "client.legacy_clusters.projects.update(): the argument resources is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        return cast(
            LegacyProject,
            await self._client.request(
                Call(
                    method="PUT",
                    path="/v1/k8s/clusters/{clusterId}/projects/{id}",
                    path_params={"clusterId": cluster_id, "id": id},
                    query={"excludePermissions": exclude_permissions},
                    json={
                        "nodePoolsResources": node_pools_resources,
                        "deservedGpus": deserved_gpus,
                        "maxAllowedGpus": max_allowed_gpus,
                        "gpuOverQuotaWeight": gpu_over_quota_weight,
                        "defaultNodePools": default_node_pools,
                        "interactiveJobTimeLimitSecs": interactive_job_time_limit_secs,
                        "interactiveJobMaxIdleDurationSecs": interactive_job_max_idle_duration_secs,
                        "interactivePreemptibleJobMaxIdleDurationSecs": interactive_preemptible_job_max_idle_duration_secs,
                        "trainingJobTimeLimitSecs": training_job_time_limit_secs,
                        "trainingJobMaxIdleDurationSecs": training_job_max_idle_duration_secs,
                        "nodeAffinity": node_affinity,
                        "permissions": permissions,
                        "resources": resources,
                    },
                    content_type="application/json",
                    cast=LegacyProject,
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
        cluster_id: str,
        id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> LegacyProject:
        """Delete a project.

        Deletes a project from a specific cluster; the answer is the deleted project. Deprecated - use `/api/v1/org-unit/projects/{projectId}` instead. (Official OpenAPI `deleteProject`; 400 and 401 Inferred.)

        .. deprecated:: The API marks this operation as deprecated.

        ``DELETE /v1/k8s/clusters/{clusterId}/projects/{id}``

        Args:
            cluster_id: The Universally Unique Identifier (UUID) of the cluster.
            id: The unique id of the project.
        """
        warnings.warn(
            "client.legacy_clusters.projects.delete() is deprecated by the API: see its documentation",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast(
            LegacyProject,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/v1/k8s/clusters/{clusterId}/projects/{id}",
                    path_params={"clusterId": cluster_id, "id": id},
                    cast=LegacyProject,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


class AsyncLegacyClustersDepartmentsResource(AsyncResource):
    """Operations on legacy_clusters.departments."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def list(
        self,
        cluster_id: str,
        *,
        exclude_permissions: Optional[bool] = None,
        memory_unit_mb: Optional[bool] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[LegacyDepartment]:
        """List all departments.

        List all the departments managed by the tenant on a specific cluster.

        .. deprecated:: The API marks this operation as deprecated.

        ``GET /v1/k8s/clusters/{clusterId}/departments``

        Args:
            cluster_id: The Universally Unique Identifier (UUID) of the cluster.
            exclude_permissions: Backward compatibility of the `departmentAdmins` field. If `true`, the `departmentAdmins` field in the returned departments is not set. If `false`, the `departmentAdmins` is set in the returned departments.
            memory_unit_mb: Memory returned in MB. When set to `false` (default) memory will be returned in MiB.
        """
        warnings.warn(
            "client.legacy_clusters.departments.list() is deprecated by the API: see its documentation",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast(
            List[LegacyDepartment],
            await self._client.request(
                Call(
                    method="GET",
                    path="/v1/k8s/clusters/{clusterId}/departments",
                    path_params={"clusterId": cluster_id},
                    query={
                        "excludePermissions": exclude_permissions,
                        "memoryUnitMb": memory_unit_mb,
                    },
                    cast=List[LegacyDepartment],
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


class AsyncLegacyClustersResource(AsyncResource):
    """Operations on legacy_clusters."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.projects = AsyncLegacyClustersProjectsResource(client)
        self.departments = AsyncLegacyClustersDepartmentsResource(client)

    async def list(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[LegacyCluster]:
        """List clusters (legacy admin API).

        Legacy admin API: get a list of clusters. This is the example call of the Run:ai REST API overview page (it needs an Administrator role). Replaced by `GET /api/v1/clusters`. Inferred deprecation: the path is absent from the current official OpenAPI document (providers.md section 5.4), so it is marked deprecated here although Run:ai does not mark it so. The response shape comes from the legacy admin API's clusters.yaml.

        .. deprecated:: The API marks this operation as deprecated.

        ``GET /v1/k8s/clusters``
        """
        warnings.warn(
            "client.legacy_clusters.list() is deprecated by the API: see its documentation",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast(
            List[LegacyCluster],
            await self._client.request(
                Call(
                    method="GET",
                    path="/v1/k8s/clusters",
                    cast=List[LegacyCluster],
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )
