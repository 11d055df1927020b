"""Data models of the Run:ai REST API, generated from its OpenAPI document.

Field names are snake_case; each keeps the API's own spelling as its alias, so
``model_dump(by_alias=True)`` gives the JSON the API sends and accepts.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, ClassVar, Dict, List, Literal, Optional, Tuple, TypeAlias, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "TokenRequestGrantTypeEnum",
    "ProjectFilterSortFields",
    "DepartmentFilterSortFields",
    "Verbosity",
    "UsersFilterSortFields",
    "AccessRuleSubjectType",
    "AccessRuleScopeType",
    "ClusterState",
    "MemoryUnits",
    "ProjectPhase",
    "OAuth2TokenResponse",
    "TokenResponse",
    "AppTokenResponse",
    "DisplayedCluster",
    "HttpResponse",
    "ClusterInstallationInfoResponse",
    "LegacyCluster",
    "ProjectListResponse",
    "Project",
    "SchedulingRules",
    "NodeTypesPerWorkload",
    "ResourcesNullable",
    "ResourcesNullableNodePool",
    "ResourcesNullableGpu",
    "ResourcesNullableMemoryOption1",
    "CountResponse",
    "Resources",
    "ResourcesNodePool",
    "ResourcesGpu",
    "ResourcesMemoryOption1",
    "DepartmentListResponse",
    "DepartmentForList",
    "DepartmentForListStatus",
    "OvertimeData",
    "Department",
    "DepartmentStatus",
    "LegacyProject",
    "LegacyNodePoolAssignedResourcesCreate",
    "JobsNodeAffinity",
    "ResourcePermissions",
    "LegacyAssignedResources",
    "LegacyNodePoolAssignedResources",
    "LegacyDepartment",
    "User",
    "UserPostResponse",
    "TempPasswordResponse",
    "ChangePasswordResponse",
    "RoleV1",
    "AccessRuleList",
    "AccessRule",
    "AggregatedResources",
    "AggregatedResourcesNodePool",
    "AggregatedResourcesMemory",
    "ClusterCreationRequest",
    "ClusterDependenciesStatus",
    "ClusterDependencyStatus",
    "ClusterDisplayedStatus",
    "ClusterDisplayedStatusConditionsItem",
    "ClusterDisplayedStatusOperandsValue",
    "ClusterDisplayedStatusPlatform",
    "ClusterReportedConfig",
    "ClusterReportedStatus",
    "ClusterUpdateRequest",
    "DataDepartmentFields",
    "DataUpdatableDepartmentFields",
    "DataUpdatableFields",
    "DepartmentCreationRequest",
    "DepartmentProjectChild",
    "DepartmentProjectParent",
    "DepartmentUpdateRequest",
    "DeservedResource",
    "Error",
    "LegacyDepartmentCommonFields",
    "LegacyNodePoolResources",
    "LegacyProjectCommonFields",
    "LegacyProjectCreateRequest",
    "LegacyProjectStatus",
    "LegacyResource",
    "NodeAffinity",
    "NodePoolQuotaStatus",
    "NodeTypeForProject",
    "NonNullResource",
    "OAuth2Error",
    "OAuth2TokenRequest",
    "OvertimeRangeData",
    "ProjectCreationRequest",
    "ProjectEffective",
    "ProjectStatus",
    "ProjectUpdateRequest",
    "QuotaStatus",
    "QuotaStatusNodePool",
    "QuotaStatusResource",
    "QuotaStatusResourceList",
    "Resource",
    "TokenRequest",
    "TotalResources",
    "UserCreationRequest",
    "AccessRuleCreationFields",
    "Permission",
    "UserChangePasswordRequest",
    "AppTokenRequest",
    "LegacyProjectUpdateRequest",
    "ClusterId",
    "ResourcesUpdateRequest",
    "Users",
    "RolesV1",
    "NodePoolsQuotaStatuses",
    "TenantId",
]


class _Model(BaseModel):
    """Base of every model: accepts field names or API names, keeps unknown fields.

    Validators are built when a model is first used, not at import (``defer_build``), so
    importing the package stays fast however many models the API has.
    """

    model_config = ConfigDict(populate_by_name=True, extra="allow", defer_build=True)


class _UnknownVariant(_Model):
    """Base of a tagged union's fallback member: a variant whose tag the spec did not list.

    It refuses the tags the spec lists, so a known variant with a wrong shape is still an
    error instead of passing as unknown.
    """

    _tag: ClassVar[Tuple[str, str, Tuple[str, ...]]] = ("", "", ())

    @model_validator(mode="before")
    @classmethod
    def _unknown_tag_only(cls, data: Any) -> Any:
        wire, attribute, known = cls._tag
        value = (
            data.get(wire, data.get(attribute))
            if isinstance(data, dict)
            else getattr(data, attribute, None)
        )
        if value in known:
            raise ValueError(f"{wire}={value!r} names a known variant, which did not validate")
        return data


TokenRequestGrantTypeEnum: TypeAlias = Literal[
    "app_token",
    "client_credentials",
    "refresh_token",
    "exchange_token",
    "password",
    "external_token_exchange",
]

ProjectFilterSortFields: TypeAlias = Literal[
    "name",
    "clusterId",
    "departmentId",
    "parentId",
    "parentName",
    "phase",
    "totalGpuQuota",
    "gpuAllocated",
    "createdAt",
    "avgGpuAllocation24h",
    "avgGpuUtilization24h",
    "avgGpuMemoryUtilization24h",
    "avgGpuAllocation7d",
    "avgGpuUtilization7d",
    "avgGpuMemoryUtilization7d",
    "avgGpuAllocation30d",
    "avgGpuUtilization30d",
    "avgGpuMemoryUtilization30d",
]

DepartmentFilterSortFields: TypeAlias = Literal[
    "name",
    "clusterId",
    "totalGpuQuota",
    "gpuAllocated",
    "createdAt",
    "avgGpuAllocation24h",
    "avgGpuUtilization24h",
    "avgGpuMemoryUtilization24h",
    "avgGpuAllocation7d",
    "avgGpuUtilization7d",
    "avgGpuMemoryUtilization7d",
    "avgGpuAllocation30d",
    "avgGpuUtilization30d",
    "avgGpuMemoryUtilization30d",
]

Verbosity: TypeAlias = Literal["meta", "brief", "verbose"]

UsersFilterSortFields: TypeAlias = Literal[
    "username", "createdBy", "lastLogin", "creationTime", "lastUpdated", "type"
]

AccessRuleSubjectType: TypeAlias = Literal["user", "app", "service-account", "group"]
"""The subject assigned to the access rule. The 'app' subject type is deprecated; use 'service-account' instead."""

AccessRuleScopeType: TypeAlias = Literal["system", "tenant", "cluster", "department", "project"]
"""The type of scope the access rule applies to. Valid values: system, tenant, cluster, department, project."""

ClusterState: TypeAlias = Literal[
    "WaitingToConnect",
    "Connected",
    "Disconnected",
    "MissingPrerequisites",
    "ServiceIssues",
    "Unknown",
]
"""The cluster's state."""

MemoryUnits: TypeAlias = Literal["Mib", "MB", "GB"]

ProjectPhase: TypeAlias = Literal[
    "Creating", "Updating", "Deleting", "Deleted", "Initializing", "Ready", "NotReady", "Unknown"
]


class OAuth2TokenResponse(_Model):
    """OAuth2TokenResponse"""

    access_token: str
    """The access token issued by the authorization server"""

    token_type: str
    """The type of the token issued (typically "Bearer")"""

    expires_in: Optional[int] = Field(
        default=None,
    )
    """The lifetime in seconds of the access token"""

    refresh_token: Optional[str] = Field(
        default=None,
    )
    """The refresh token, which can be used to obtain new access tokens"""

    id_token: Optional[str] = Field(
        default=None,
    )
    """ID Token value associated with the authenticated session (OpenID Connect)"""

    scope: Optional[str] = Field(
        default=None,
    )
    """The scope of the access token"""


class TokenResponse(_Model):
    """TokenResponse"""

    access_token: Optional[str] = Field(
        default=None,
        alias="accessToken",
    )
    """The bearer token to send as `Authorization: Bearer <ACCESS-TOKEN>`."""

    id_token: Optional[str] = Field(
        default=None,
        alias="idToken",
    )

    refresh_token: Optional[str] = Field(
        default=None,
        alias="refreshToken",
    )

    expires_in: Optional[int] = Field(
        default=None,
        alias="expiresIn",
    )
    """Token lifetime in seconds"""


class AppTokenResponse(_Model):
    """AppTokenResponse"""

    access_token: str

    id_token: str


class DisplayedCluster(_Model):
    """DisplayedCluster"""

    uuid: str

    tenant_id: TenantId = Field(
        alias="tenantId",
    )

    name: str

    created_at: datetime = Field(
        alias="createdAt",
    )

    domain: Optional[str] = Field(
        default=None,
    )

    version: Optional[str] = Field(
        default=None,
    )

    status: Optional[ClusterDisplayedStatus] = Field(
        default=None,
    )

    updated_at: Optional[datetime] = Field(
        default=None,
        alias="updatedAt",
    )

    deleted_at: Optional[datetime] = Field(
        default=None,
        alias="deletedAt",
    )

    last_liveness: Optional[datetime] = Field(
        default=None,
        alias="lastLiveness",
    )

    delete_requested_at: Optional[datetime] = Field(
        default=None,
        alias="deleteRequestedAt",
    )
    """the timestamp value of when the cluster deletion request was received"""


class HttpResponse(_Model):
    """Status body of an accepted (202) asynchronous request."""

    code: int

    message: str


class ClusterInstallationInfoResponse(_Model):
    """How to install the cluster (official OpenAPI `ClusterInstallationInfoResponse`)."""

    installation_str: str = Field(
        alias="installationStr",
    )

    repository_name: str = Field(
        alias="repositoryName",
    )

    chart_repo_url: str = Field(
        alias="chartRepoURL",
    )

    client_secret: str = Field(
        alias="clientSecret",
    )


class LegacyCluster(_Model):
    """A cluster as the legacy admin API (`/v1/k8s`) returns it."""

    name: str

    cluster_uuid: str = Field(
        alias="clusterUuid",
    )

    tenant_id: Optional[int] = Field(
        default=None,
        alias="tenantId",
    )

    created_at: Optional[str] = Field(
        default=None,
        alias="createdAt",
    )
    """Creation time (a string; the legacy spec gives no format)."""

    description: Optional[str] = Field(
        default=None,
    )


class ProjectListResponse(_Model):
    """A page of projects; `next` is the offset of the next page."""

    projects: List[Project]

    next: Optional[int] = Field(
        default=None,
    )
    """The offset of the next page."""


class Project(_Model):
    """Project"""

    description: str
    """project's description"""

    scheduling_rules: Optional[SchedulingRules] = Field(
        default=None,
        alias="schedulingRules",
    )

    default_node_pools: Optional[List[str]] = Field(
        default=None,
        alias="defaultNodePools",
    )
    """default order of node pools for workloads. will be enforced if no list is defined in workload policy"""

    node_types: Optional[NodeTypesPerWorkload] = Field(
        default=None,
        alias="nodeTypes",
    )
    """default node types configuration for workloads. will be enforced if no node type is configured in workload policy"""

    id: str

    name: str

    cluster_id: ClusterId = Field(
        alias="clusterId",
    )

    parent_id: str = Field(
        alias="parentId",
    )
    """department parent uuid"""

    requested_namespace: Optional[str] = Field(
        default=None,
        alias="requestedNamespace",
    )
    """the project's namespace only if requested"""

    enforce_runai_scheduler: bool = Field(
        alias="enforceRunaiScheduler",
    )
    """a flag to enforce that all pods in this namespace will be scheduled with runai-scheduler. Supported for cluster v2.21+"""

    status: ProjectStatus

    total_resources: TotalResources = Field(
        alias="totalResources",
    )

    created_at: datetime = Field(
        alias="createdAt",
    )

    updated_at: datetime = Field(
        alias="updatedAt",
    )

    created_by: Optional[str] = Field(
        default=None,
        alias="createdBy",
    )

    updated_by: Optional[str] = Field(
        default=None,
        alias="updatedBy",
    )

    parent: Optional[DepartmentProjectParent] = Field(
        default=None,
    )

    effective: ProjectEffective

    overtime_data: Optional[OvertimeData] = Field(
        default=None,
        alias="overtimeData",
    )

    resources: List[Resources]
    """Resources assigned to this Organization per Node Pool"""


class SchedulingRules(_Model):
    """SchedulingRules"""

    interactive_job_time_limit_seconds: Optional[int] = Field(
        default=None,
        alias="interactiveJobTimeLimitSeconds",
    )
    """interactive job time limit in seconds"""

    interactive_job_max_idle_duration_seconds: Optional[int] = Field(
        default=None,
        alias="interactiveJobMaxIdleDurationSeconds",
    )
    """interactive job max idle duration in seconds"""

    interactive_job_preempt_idle_duration_seconds: Optional[int] = Field(
        default=None,
        alias="interactiveJobPreemptIdleDurationSeconds",
    )
    """interactive job preempt idle duration in seconds"""

    training_job_max_idle_duration_seconds: Optional[int] = Field(
        default=None,
        alias="trainingJobMaxIdleDurationSeconds",
    )
    """training job max idle duration in seconds"""

    training_job_time_limit_seconds: Optional[int] = Field(
        default=None,
        alias="trainingJobTimeLimitSeconds",
    )
    """training job time limit in seconds"""


class NodeTypesPerWorkload(_Model):
    """NodeTypesPerWorkload"""

    training: Optional[List[str]] = Field(
        default=None,
    )
    """ids of the node types for training workloads"""

    workspace: Optional[List[str]] = Field(
        default=None,
    )
    """ids of the node types for workspace workloads"""

    names: Optional[Dict[str, str]] = Field(
        default=None,
    )
    """mapping of ids to names"""


class ResourcesNullable(_Model):
    """ResourcesNullable"""

    node_pool: Optional[ResourcesNullableNodePool] = Field(
        default=None,
        alias="nodePool",
    )
    """the node pool which the resources refer to"""

    gpu: Optional[ResourcesNullableGpu] = Field(
        default=None,
    )

    cpu: Optional[Resource] = Field(
        default=None,
    )
    """CPU in Millicores to the project in the node pool"""

    memory: Optional[ResourcesNullableMemoryOption1] = Field(
        default=None,
    )

    priority: Optional[str] = Field(
        default=None,
    )


class ResourcesNullableNodePool(_Model):
    """the node pool which the resources refer to"""

    id: str
    """node pool id"""

    name: Optional[str] = Field(
        default=None,
    )
    """node pool name"""


class ResourcesNullableGpu(_Model):
    """ResourcesNullableGpu"""

    deserved: Optional[float] = Field(
        default=None,
    )
    """The project resource allocation that it is deserved to get in case the cluster has those resources"""

    limit: Optional[float] = Field(
        default=None,
    )
    """Maximum amount of resources the project can get"""

    over_quota_weight: Optional[float] = Field(
        default=None,
        alias="overQuotaWeight",
    )
    """The priority the project gets for over quota resources"""


class ResourcesNullableMemoryOption1(_Model):
    """ResourcesNullableMemoryOption1"""

    deserved: Optional[float] = Field(
        default=None,
    )
    """The project resource allocation that it is deserved to get in case the cluster has those resources"""

    limit: Optional[float] = Field(
        default=None,
    )
    """Maximum amount of resources the project can get"""

    over_quota_weight: Optional[float] = Field(
        default=None,
        alias="overQuotaWeight",
    )
    """The priority the project gets for over quota resources"""

    units: Union[MemoryUnits, str]


class CountResponse(_Model):
    """CountResponse"""

    count: int


class Resources(_Model):
    """Resources"""

    node_pool: Optional[ResourcesNodePool] = Field(
        default=None,
        alias="nodePool",
    )
    """the node pool which the resources refer to"""

    gpu: ResourcesGpu

    cpu: Optional[Resource] = Field(
        default=None,
    )
    """CPU in Millicores to the project in the node pool"""

    memory: Optional[ResourcesMemoryOption1] = Field(
        default=None,
    )

    priority: Optional[str] = Field(
        default=None,
    )


class ResourcesNodePool(_Model):
    """the node pool which the resources refer to"""

    id: str
    """node pool id"""

    name: Optional[str] = Field(
        default=None,
    )
    """node pool name"""


class ResourcesGpu(_Model):
    """ResourcesGpu"""

    deserved: float
    """The project resource allocation that it is deserved to get in case the cluster has those resources"""

    limit: Optional[float] = Field(
        default=None,
    )
    """Maximum amount of resources the project can get"""

    over_quota_weight: Optional[float] = Field(
        default=None,
        alias="overQuotaWeight",
    )
    """The priority the project gets for over quota resources"""


class ResourcesMemoryOption1(_Model):
    """ResourcesMemoryOption1"""

    deserved: Optional[float] = Field(
        default=None,
    )
    """The project resource allocation that it is deserved to get in case the cluster has those resources"""

    limit: Optional[float] = Field(
        default=None,
    )
    """Maximum amount of resources the project can get"""

    over_quota_weight: Optional[float] = Field(
        default=None,
        alias="overQuotaWeight",
    )
    """The priority the project gets for over quota resources"""

    units: Union[MemoryUnits, str]


class DepartmentListResponse(_Model):
    """A page of departments; `next` is the offset of the next page."""

    departments: List[DepartmentForList]

    next: Optional[int] = Field(
        default=None,
    )
    """The offset of the next page."""


class DepartmentForList(_Model):
    """DepartmentForList"""

    description: Optional[str] = Field(
        default=None,
    )
    """department's description"""

    scheduling_rules: Optional[SchedulingRules] = Field(
        default=None,
        alias="schedulingRules",
    )

    default_node_pools: Optional[List[str]] = Field(
        default=None,
        alias="defaultNodePools",
    )
    """default order of node pools for workloads. will be enforced if no list is defined in workload policy"""

    node_types: Optional[NodeTypesPerWorkload] = Field(
        default=None,
        alias="nodeTypes",
    )
    """default node types configuration for workloads. will be enforced if no node type is configured in workload policy"""

    name: str

    cluster_id: ClusterId = Field(
        alias="clusterId",
    )

    overtime_data: Optional[OvertimeData] = Field(
        default=None,
        alias="overtimeData",
    )

    id: str

    created_at: datetime = Field(
        alias="createdAt",
    )

    updated_at: datetime = Field(
        alias="updatedAt",
    )

    created_by: Optional[str] = Field(
        default=None,
        alias="createdBy",
    )

    updated_by: Optional[str] = Field(
        default=None,
        alias="updatedBy",
    )

    children: Optional[List[DepartmentProjectChild]] = Field(
        default=None,
    )

    status: Optional[DepartmentForListStatus] = Field(
        default=None,
    )

    total_resources: Optional[TotalResources] = Field(
        alias="totalResources",
    )

    resources: List[Resources]
    """Resources assigned to this Organization per Node Pool"""


class DepartmentForListStatus(_Model):
    """DepartmentForListStatus"""

    quota_status: Optional[QuotaStatus] = Field(
        default=None,
        alias="quotaStatus",
    )


class OvertimeData(_Model):
    """OvertimeData"""

    range24h_data: Optional[OvertimeRangeData] = Field(
        default=None,
        alias="range24hData",
    )

    range7d_data: Optional[OvertimeRangeData] = Field(
        default=None,
        alias="range7dData",
    )

    range30d_data: Optional[OvertimeRangeData] = Field(
        default=None,
        alias="range30dData",
    )


class Department(_Model):
    """Department"""

    description: str
    """department's description"""

    scheduling_rules: Optional[SchedulingRules] = Field(
        default=None,
        alias="schedulingRules",
    )

    default_node_pools: Optional[List[str]] = Field(
        default=None,
        alias="defaultNodePools",
    )
    """default order of node pools for workloads. will be enforced if no list is defined in workload policy"""

    node_types: Optional[NodeTypesPerWorkload] = Field(
        default=None,
        alias="nodeTypes",
    )
    """default node types configuration for workloads. will be enforced if no node type is configured in workload policy"""

    name: str

    cluster_id: ClusterId = Field(
        alias="clusterId",
    )

    overtime_data: Optional[OvertimeData] = Field(
        default=None,
        alias="overtimeData",
    )

    id: str

    created_at: datetime = Field(
        alias="createdAt",
    )

    updated_at: datetime = Field(
        alias="updatedAt",
    )

    created_by: Optional[str] = Field(
        default=None,
        alias="createdBy",
    )

    updated_by: Optional[str] = Field(
        default=None,
        alias="updatedBy",
    )

    children: Optional[List[DepartmentProjectChild]] = Field(
        default=None,
    )

    projects_aggregated_resources: Optional[List[AggregatedResources]] = Field(
        default=None,
        alias="projectsAggregatedResources",
    )

    status: Optional[DepartmentStatus] = Field(
        default=None,
    )

    total_resources: TotalResources = Field(
        alias="totalResources",
    )

    resources: List[Resources]
    """Resources assigned to this Organization per Node Pool"""


class DepartmentStatus(_Model):
    """DepartmentStatus"""

    node_pool_quota_statuses: Optional[List[QuotaStatusNodePool]] = Field(
        default=None,
        alias="nodePoolQuotaStatuses",
    )

    quota_status: Optional[QuotaStatus] = Field(
        default=None,
        alias="quotaStatus",
    )


class LegacyProject(_Model):
    """LegacyProject"""

    name: Optional[str] = Field(
        default=None,
    )
    """Project name."""

    node_pools_resources: Optional[List[LegacyNodePoolAssignedResources]] = Field(
        default=None,
        alias="nodePoolsResources",
    )
    """Resources assigned to this Project per Node Pool."""

    namespace: Optional[str] = Field(
        default=None,
    )
    """The name of an existing namespace to use for the project in the cluster. Supported only for cluster versions 2.12 or higher."""

    id: Optional[int] = Field(
        default=None,
    )
    """Project id.

    Read-only: set by the API; left out of request arguments."""

    department_id: Optional[int] = Field(
        default=None,
        alias="departmentId",
    )
    """ID of the department that owns the project."""

    tenant_id: Optional[int] = Field(
        default=None,
        alias="tenantId",
    )
    """ID of the tenant where the project is located."""

    cluster_uuid: Optional[str] = Field(
        default=None,
        alias="clusterUuid",
    )
    """ID of the cluster where the project is located."""

    department_name: Optional[str] = Field(
        default=None,
        alias="departmentName",
    )
    """Name of the department where the project is located."""

    interactive_node_affinity: Optional[str] = Field(
        default=None,
        alias="interactiveNodeAffinity",
    )

    train_node_affinity: Optional[str] = Field(
        default=None,
        alias="trainNodeAffinity",
    )

    created_at: Optional[datetime] = Field(
        default=None,
        alias="createdAt",
    )
    """Creation date of the project."""

    status: Optional[LegacyProjectStatus] = Field(
        default=None,
    )

    phase: Optional[str] = Field(
        default=None,
    )
    """project's phase"""

    deserved_gpus: Optional[float] = Field(
        default=None,
        alias="deservedGpus",
        deprecated=True,
    )
    """Deprecated. Use 'deserved' for the relevant resource type under `NodePoolResources`. The project's deserved GPU allocation in case the cluster has those resources."""

    max_allowed_gpus: Optional[float] = Field(
        default=None,
        alias="maxAllowedGpus",
        deprecated=True,
    )
    """Deprecated. Instead, use `maxAllowed` for the relevant resource type under `NodePoolResources`. An upper limit for the amount of GPUs the project can get (Even if over quota is allowed and resources are available)."""

    gpu_over_quota_weight: Optional[float] = Field(
        default=None,
        alias="gpuOverQuotaWeight",
        deprecated=True,
    )
    """Deprecated. Instead, use `overQuotaWeight` for the relevant resource type under `NodePoolResources`. The priority the project gets for over quota resources."""

    default_node_pools: Optional[List[str]] = Field(
        default=None,
        alias="defaultNodePools",
    )
    """Default node pools list for workload submission for this project if a workload doesn't specify a node pools list."""

    interactive_job_time_limit_secs: Optional[float] = Field(
        default=None,
        alias="interactiveJobTimeLimitSecs",
    )
    """A limit (in seconds) for the duration of interactive jobs from this project."""

    interactive_job_max_idle_duration_secs: Optional[float] = Field(
        default=None,
        alias="interactiveJobMaxIdleDurationSecs",
    )
    """Maximum duration (in seconds) that an interactive job can be idle before being terminated."""

    interactive_preemptible_job_max_idle_duration_secs: Optional[float] = Field(
        default=None,
        alias="interactivePreemptibleJobMaxIdleDurationSecs",
    )
    """Maximum duration (in seconds) that an interactive preemptible job can be idle before being terminated."""

    training_job_time_limit_secs: Optional[float] = Field(
        default=None,
        alias="trainingJobTimeLimitSecs",
    )
    """A limit (in seconds) for the duration of training jobs from this project. Available only from cluster version 2.12"""

    training_job_max_idle_duration_secs: Optional[float] = Field(
        default=None,
        alias="trainingJobMaxIdleDurationSecs",
    )
    """Maximum duration (in seconds) that a training job can be idle before being terminated."""

    node_affinity: Optional[JobsNodeAffinity] = Field(
        default=None,
        alias="nodeAffinity",
    )
    """Node affinity configuration for jobs in the project."""

    permissions: Optional[ResourcePermissions] = Field(
        default=None,
        deprecated=True,
    )
    """Deprecated. Instead, use the `accessRules` API to add permissions to a specific subject in the project scope."""

    resources: Optional[LegacyAssignedResources] = Field(
        default=None,
        deprecated=True,
    )
    """Deprecated. Instead, use `nodePoolsResources`. Total resources assigned to the Project. Can only be used in PUT/POST when there is a single Node Pool in the system. The resources returned in `GET` are the sum of all Node Pool Resources."""


class LegacyNodePoolAssignedResourcesCreate(_Model):
    """LegacyNodePoolAssignedResourcesCreate"""

    node_pool: LegacyNodePoolResources = Field(
        alias="nodePool",
    )
    """The node pool which the assigned resources refer to."""

    gpu: Optional[LegacyResource] = Field(
        default=None,
    )
    """Number of GPUs assigned in the node pool."""

    cpu: Optional[LegacyResource] = Field(
        default=None,
    )
    """Number of CPU Millicores assigned in the node pool. Supported only if the 'CPU Resources Quota' feature flag is enabled."""

    memory: Optional[LegacyResource] = Field(
        default=None,
    )
    """Amount of CPU Memory Mib assigned in the node pool. Supported only if the 'CPU Resources Quota' feature flag is enabled."""


class JobsNodeAffinity(_Model):
    """JobsNodeAffinity"""

    train: Optional[NodeAffinity] = Field(
        default=None,
    )
    """Node affinity configuration for training jobs."""

    interactive: Optional[NodeAffinity] = Field(
        default=None,
    )
    """Node affinity configuration for interactive jobs."""


class ResourcePermissions(_Model):
    """ResourcePermissions"""

    users: Optional[List[str]] = Field(
        default=None,
    )
    """Names of users that have permissions to the project."""

    groups: Optional[List[str]] = Field(
        default=None,
    )
    """Names of groups that have permissions to the project."""

    applications: Optional[List[str]] = Field(
        default=None,
    )
    """Names of applications that have permissions to the project."""


class LegacyAssignedResources(_Model):
    """LegacyAssignedResources"""

    id: Optional[float] = Field(
        default=None,
    )

    gpu: Optional[LegacyResource] = Field(
        default=None,
    )
    """GPU number assigned"""

    cpu: Optional[LegacyResource] = Field(
        default=None,
    )
    """CPU Millicores assigned. Supported only if 'CPU Resources Quota' feature flag is enabled."""

    memory: Optional[LegacyResource] = Field(
        default=None,
    )
    """CPU Memory Mib assigned. Supported only if 'CPU Resources Quota' feature flag is enabled."""


class LegacyNodePoolAssignedResources(_Model):
    """LegacyNodePoolAssignedResources"""

    id: float
    """The id of the assigned resources. Required in PUT when updating the assigned resources."""

    node_pool: LegacyNodePoolResources = Field(
        alias="nodePool",
    )
    """The node pool which the assigned resources refer to."""

    gpu: Optional[LegacyResource] = Field(
        default=None,
    )
    """Number of GPUs assigned in the node pool."""

    cpu: Optional[LegacyResource] = Field(
        default=None,
    )
    """Number of CPU Millicores assigned in the node pool. Supported only if the 'CPU Resources Quota' feature flag is enabled."""

    memory: Optional[LegacyResource] = Field(
        default=None,
    )
    """Amount of CPU Memory Mib assigned in the node pool. Supported only if the 'CPU Resources Quota' feature flag is enabled."""


class LegacyDepartment(_Model):
    """LegacyDepartment"""

    node_pools_resources: Optional[List[LegacyNodePoolAssignedResources]] = Field(
        default=None,
        alias="nodePoolsResources",
    )
    """Resources assigned to the Department per node pool."""

    tenant_id: Optional[int] = Field(
        default=None,
        alias="tenantId",
    )
    """The tenant id this cluster belongs to."""

    cluster_uuid: Optional[str] = Field(
        default=None,
        alias="clusterUuid",
    )
    """The cluster UUID this department belongs to."""

    created_at: Optional[datetime] = Field(
        default=None,
        alias="createdAt",
    )
    """The creation date of the department."""

    id: Optional[int] = Field(
        default=None,
    )
    """The unique id identifying the department."""

    projects: Optional[List[LegacyProject]] = Field(
        default=None,
    )
    """Projects under this department."""

    projects_deserved_gpus: Optional[str] = Field(
        default=None,
        alias="projectsDeservedGpus",
        deprecated=True,
    )
    """Deprecated. Instead, use 'nodePoolsResources' field. Total deserved GPUs of the projects under this department - as string."""

    department_admins: Optional[List[str]] = Field(
        default=None,
        alias="departmentAdmins",
    )
    """Id's of users with department admin role that are assigned to managed the department"""

    name: Optional[str] = Field(
        default=None,
    )
    """The name of the department."""

    deserved_gpus: Optional[float] = Field(
        default=None,
        alias="deservedGpus",
        deprecated=True,
    )
    """Deprecated. Instead, use `deserved` for the relevant resource type under `NodePoolResources`. Deserved GPUs for the department."""

    allow_over_quota: Optional[bool] = Field(
        default=None,
        alias="allowOverQuota",
        deprecated=True,
    )
    """Deprecated. Instead, use `maxAllowed` for the relevant resource type under `NodePoolResources`. Is over quota allowed for the department."""

    max_allowed_gpus: Optional[float] = Field(
        default=None,
        alias="maxAllowedGpus",
        deprecated=True,
    )
    """Deprecated. Instead, use `maxAllowed` for the relevant resource type under `NodePoolResources`. Max allowed GPUs for the department."""

    resources: Optional[LegacyAssignedResources] = Field(
        default=None,
        deprecated=True,
    )
    """Deprecated. Instead, use 'nodePoolsResources'. Total resources assigned to the Department. Can only be used in PUT/POST when there is a single Node Pool in the system. The resources returned in GET are the sum of all Node Pool Resources."""


class User(_Model):
    """User"""

    id: str

    username: str

    created_by: str = Field(
        alias="createdBy",
    )

    created_at: Optional[datetime] = Field(
        alias="createdAt",
    )

    updated_at: Optional[datetime] = Field(
        alias="updatedAt",
    )

    last_login: Optional[datetime] = Field(
        alias="lastLogin",
    )

    is_local: Optional[bool] = Field(
        alias="isLocal",
    )

    groups: Optional[List[str]] = Field(
        default=None,
    )


class UserPostResponse(_Model):
    """UserPostResponse"""

    id: str

    username: str

    temp_password: str = Field(
        alias="tempPassword",
    )


class TempPasswordResponse(_Model):
    """A new temporary password."""

    temp_password: Optional[str] = Field(
        default=None,
        alias="tempPassword",
    )
    """The new temporary password."""


class ChangePasswordResponse(_Model):
    """The answer of `POST /api/v1/me/password` as the official document writes it (its example shows `tempPassword` instead)."""

    current_password: Optional[str] = Field(
        default=None,
        alias="currentPassword",
    )

    new_password: Optional[str] = Field(
        default=None,
        alias="newPassword",
    )


class RoleV1(_Model):
    """A role that access rules bind to subjects."""

    id: int

    created_at: datetime = Field(
        alias="createdAt",
    )

    updated_at: datetime = Field(
        alias="updatedAt",
    )

    deleted_at: Optional[datetime] = Field(
        default=None,
        alias="deletedAt",
    )

    created_by: str = Field(
        alias="createdBy",
    )

    custom: bool

    effective_enabled: bool = Field(
        alias="effectiveEnabled",
    )

    permissions: List[Permission]

    name: str

    description: str

    enabled: Optional[bool] = Field(
        default=None,
    )


class AccessRuleList(_Model):
    """The access rules."""

    total_records: int = Field(
        alias="totalRecords",
    )

    display_records: int = Field(
        alias="displayRecords",
    )

    access_rules: List[AccessRule] = Field(
        alias="accessRules",
    )


class AccessRule(_Model):
    """An access rule; `roleName` and `scopeName` are filled in by the API."""

    subject_id: str = Field(
        alias="subjectId",
    )
    """The unique identifier of the subject (e.g., user, group, or app); a user's is their username (email)."""

    subject_type: Union[AccessRuleSubjectType, str] = Field(
        alias="subjectType",
    )

    role_id: int = Field(
        alias="roleId",
    )
    """The numeric ID of the assigned role."""

    scope_id: str = Field(
        alias="scopeId",
    )
    """The unique identifier of the scope (for a project, its id)."""

    scope_type: Union[AccessRuleScopeType, str] = Field(
        alias="scopeType",
    )

    cluster_id: Optional[ClusterId] = Field(
        default=None,
        alias="clusterId",
    )

    role_name: str = Field(
        alias="roleName",
    )
    """The name of the assigned role (e.g., admin, viewer).

    Read-only: set by the API; left out of request arguments."""

    scope_name: str = Field(
        alias="scopeName",
    )
    """Human-readable name of the scope (e.g., tenant-x).

    Read-only: set by the API; left out of request arguments."""

    id: int
    """The ID of the access rule entry.

    Read-only: set by the API; left out of request arguments."""

    created_at: datetime = Field(
        alias="createdAt",
    )
    """The timestamp for when the access rule was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """The timestamp for the last time the access rule was updated."""

    deleted_at: Optional[datetime] = Field(
        default=None,
        alias="deletedAt",
    )
    """The timestamp indicating when the access rule was deleted."""

    tenant_id: TenantId = Field(
        alias="tenantId",
    )

    created_by: str = Field(
        alias="createdBy",
    )
    """Identifier of the user who created the access rule."""


class AggregatedResources(_Model):
    """Sum of all resources assigned to the projects under this department per Node Pool"""

    node_pool: AggregatedResourcesNodePool = Field(
        alias="nodePool",
    )
    """the node pool which the resources refer to"""

    gpu: Optional[DeservedResource] = Field(
        default=None,
    )

    cpu: Optional[DeservedResource] = Field(
        default=None,
    )

    memory: Optional[AggregatedResourcesMemory] = Field(
        default=None,
    )


class AggregatedResourcesNodePool(_Model):
    """the node pool which the resources refer to"""

    id: str
    """node pool id"""

    name: str
    """node pool name"""


class AggregatedResourcesMemory(_Model):
    """AggregatedResourcesMemory"""

    deserved: Optional[float] = Field(
        default=None,
    )
    """The project resource allocation that it is deserved to get in case the cluster has those resources"""

    units: Union[MemoryUnits, str]


class ClusterCreationRequest(_Model):
    """A new cluster. The maximum lengths (253, 253 and 50 characters) are those of the run-ai-docs 2.25 Clusters page (providers.md section 5.4); the official OpenAPI document does not state them."""

    name: str

    domain: Optional[str] = Field(
        default=None,
    )

    version: Optional[str] = Field(
        default=None,
    )


class ClusterDependenciesStatus(_Model):
    """ClusterDependenciesStatus"""

    required: Dict[str, ClusterDependencyStatus]

    optional: Dict[str, ClusterDependencyStatus]


class ClusterDependencyStatus(_Model):
    """ClusterDependencyStatus"""

    available: bool
    """whether the dependency is available"""

    reason: Optional[str] = Field(
        default=None,
    )
    """the reason for the dependency status"""

    components: Optional[Dict[str, ClusterDependencyStatus]] = Field(
        default=None,
    )


class ClusterDisplayedStatus(_Model):
    """The cluster's displayed status."""

    conditions: Optional[List[ClusterDisplayedStatusConditionsItem]] = Field(
        default=None,
    )

    operands: Optional[Dict[str, ClusterDisplayedStatusOperandsValue]] = Field(
        default=None,
    )
    """OperandStatuses specifies the status of the managed operands"""

    platform: Optional[ClusterDisplayedStatusPlatform] = Field(
        default=None,
    )

    config: Optional[ClusterReportedConfig] = Field(
        default=None,
    )

    dependencies: Optional[ClusterDependenciesStatus] = Field(
        default=None,
    )

    state: Optional[Union[ClusterState, str]] = Field(
        default=None,
    )


class ClusterDisplayedStatusConditionsItem(_Model):
    """Condition contains details for one aspect of the current state of this API Resource"""

    last_transition_time: datetime = Field(
        alias="lastTransitionTime",
    )
    """lastTransitionTime is the last time the condition transitioned from one status to another. This should be when the underlying condition changed.  If that is not known, then using the time when the API field changed is acceptable."""

    message: str
    """message is a human readable message indicating details about the transition. This may be an empty string."""

    observed_generation: Optional[int] = Field(
        default=None,
        alias="observedGeneration",
    )
    """observedGeneration represents the .metadata.generation that the condition was set based upon. For instance, if .metadata.generation is currently 12, but the .status.conditions[x].observedGeneration is 9, the condition is out of date with respect to the current state of the instance."""

    reason: str
    """reason contains a programmatic identifier indicating the reason for the condition's last transition. Producers of specific condition types may define expected values and meanings for this field, and whether the values are considered a guaranteed API. The value should be a CamelCase string. This field may not be empty."""

    status: Union[Literal["True", "False", "Unknown"], str]
    """status of the condition, one of True, False, Unknown."""

    type: str
    """type of condition in CamelCase or in foo.example.com/CamelCase. --- Many .condition.type values are consistent across resources like Available, but because arbitrary conditions can be useful (see .node.status.conditions), the ability to deconflict is important. The regex it matches is (dns1123SubdomainFmt/)?(qualifiedNameFmt)"""


class ClusterDisplayedStatusOperandsValue(_Model):
    """Status specifies the status of an operand. And operand manages resources, some of which are not immediately available and need their status monitored, such as Deployments, Daemonsets, Ingressess etc. Some resources are immediately available and should not be monitored once accepted by the cluster, such as Services, ConfigMaps, Secrets etc. If all resources of an operand are ready, a Status with Ready set to 'true' and a nil 'Reasons' slice should be returned, otherwise, a Status with 'Reasons' slice containig the reason why the Operand is not ready (Deployment pods are not ready for example.)"""

    last_transition_time: Optional[datetime] = Field(
        default=None,
        alias="lastTransitionTime",
    )
    """LastTransitionTime specifies the last time the operand readiness changed"""

    ready: bool
    """Ready specifies if the operand is ready or not"""

    reasons: Optional[List[str]] = Field(
        default=None,
    )
    """Reasons specifies the reasons why the operand is not ready"""

    unready_threshold_crossed: Optional[bool] = Field(
        default=None,
        alias="unreadyThresholdCrossed",
    )
    """UnreadyThresholdCrossed specifies if the operand has been unready for longer than the threshold"""


class ClusterDisplayedStatusPlatform(_Model):
    """ClusterDisplayedStatusPlatform"""

    type: Optional[Union[Literal["vanilla", "openshift", "rke", "gke", "aks", "eks"], str]] = Field(
        default=None,
    )
    """the cluster platform type"""

    kube_version: Optional[str] = Field(
        default=None,
        alias="kubeVersion",
    )
    """the cluster kubernetes version"""


class ClusterReportedConfig(_Model):
    """Holds cluster configuration values."""

    workload_ownership_protection: Optional[bool] = Field(
        default=None,
        alias="workloadOwnershipProtection",
    )
    """indicates if the cluster workload ownership protection is enabled"""

    subdomain_enabled: Optional[bool] = Field(
        default=None,
        alias="subdomainEnabled",
    )
    """indicates if the cluster subdomain is enabled"""

    ingress_class: Optional[str] = Field(
        default=None,
        alias="ingressClass",
    )
    """the ingress class that is configured for the cluster"""


class ClusterReportedStatus(_Model):
    """the cluster status reported by the cluster"""

    conditions: Optional[List[ClusterDisplayedStatusConditionsItem]] = Field(
        default=None,
    )

    operands: Optional[Dict[str, ClusterDisplayedStatusOperandsValue]] = Field(
        default=None,
    )
    """OperandStatuses specifies the status of the managed operands"""

    platform: Optional[ClusterDisplayedStatusPlatform] = Field(
        default=None,
    )

    config: Optional[ClusterReportedConfig] = Field(
        default=None,
    )

    dependencies: Optional[ClusterDependenciesStatus] = Field(
        default=None,
    )


class ClusterUpdateRequest(_Model):
    """ClusterUpdateRequest"""

    name: str


class DataDepartmentFields(_Model):
    """DataDepartmentFields"""

    description: Optional[str] = Field(
        default=None,
    )
    """department's description"""

    scheduling_rules: Optional[SchedulingRules] = Field(
        default=None,
        alias="schedulingRules",
    )

    default_node_pools: Optional[List[str]] = Field(
        default=None,
        alias="defaultNodePools",
    )
    """default order of node pools for workloads. will be enforced if no list is defined in workload policy"""

    node_types: Optional[NodeTypesPerWorkload] = Field(
        default=None,
        alias="nodeTypes",
    )
    """default node types configuration for workloads. will be enforced if no node type is configured in workload policy"""

    name: str

    cluster_id: ClusterId = Field(
        alias="clusterId",
    )

    overtime_data: Optional[OvertimeData] = Field(
        default=None,
        alias="overtimeData",
    )


class DataUpdatableDepartmentFields(_Model):
    """Updatable fields"""

    description: Optional[str] = Field(
        default=None,
    )
    """department's description"""

    scheduling_rules: Optional[SchedulingRules] = Field(
        default=None,
        alias="schedulingRules",
    )

    default_node_pools: Optional[List[str]] = Field(
        default=None,
        alias="defaultNodePools",
    )
    """default order of node pools for workloads. will be enforced if no list is defined in workload policy"""

    node_types: Optional[NodeTypesPerWorkload] = Field(
        default=None,
        alias="nodeTypes",
    )
    """default node types configuration for workloads. will be enforced if no node type is configured in workload policy"""


class DataUpdatableFields(_Model):
    """Updatable fields"""

    description: Optional[str] = Field(
        default=None,
    )
    """project's description"""

    scheduling_rules: Optional[SchedulingRules] = Field(
        default=None,
        alias="schedulingRules",
    )

    default_node_pools: Optional[List[str]] = Field(
        default=None,
        alias="defaultNodePools",
    )
    """default order of node pools for workloads. will be enforced if no list is defined in workload policy"""

    node_types: Optional[NodeTypesPerWorkload] = Field(
        default=None,
        alias="nodeTypes",
    )
    """default node types configuration for workloads. will be enforced if no node type is configured in workload policy"""


class DepartmentCreationRequest(_Model):
    """DepartmentCreationRequest"""

    description: Optional[str] = Field(
        default=None,
    )
    """department's description"""

    scheduling_rules: Optional[SchedulingRules] = Field(
        default=None,
        alias="schedulingRules",
    )

    default_node_pools: Optional[List[str]] = Field(
        default=None,
        alias="defaultNodePools",
    )
    """default order of node pools for workloads. will be enforced if no list is defined in workload policy"""

    node_types: Optional[NodeTypesPerWorkload] = Field(
        default=None,
        alias="nodeTypes",
    )
    """default node types configuration for workloads. will be enforced if no node type is configured in workload policy"""

    name: str

    cluster_id: ClusterId = Field(
        alias="clusterId",
    )

    overtime_data: Optional[OvertimeData] = Field(
        default=None,
        alias="overtimeData",
    )

    resources: List[ResourcesNullable]
    """Resources assigned to this Organization per Node Pool"""


class DepartmentProjectChild(_Model):
    """Department or project child"""

    id: str

    name: str

    children: Optional[List[DepartmentProjectChild]] = Field(
        default=None,
    )


class DepartmentProjectParent(_Model):
    """Department or project parent"""

    id: str

    name: str

    parent: Optional[DepartmentProjectParent] = Field(
        default=None,
    )


class DepartmentUpdateRequest(_Model):
    """DepartmentUpdateRequest"""

    description: Optional[str] = Field(
        default=None,
    )
    """department's description"""

    scheduling_rules: Optional[SchedulingRules] = Field(
        default=None,
        alias="schedulingRules",
    )

    default_node_pools: Optional[List[str]] = Field(
        default=None,
        alias="defaultNodePools",
    )
    """default order of node pools for workloads. will be enforced if no list is defined in workload policy"""

    node_types: Optional[NodeTypesPerWorkload] = Field(
        default=None,
        alias="nodeTypes",
    )
    """default node types configuration for workloads. will be enforced if no node type is configured in workload policy"""

    resources: List[ResourcesNullable]
    """Resources assigned to this Organization per Node Pool"""


class DeservedResource(_Model):
    """DeservedResource"""

    deserved: Optional[float] = Field(
        default=None,
    )
    """The project resource allocation that it is deserved to get in case the cluster has those resources"""


class Error(_Model):
    """Error body of the 4xx/5xx responses of the `/api/...` endpoints: `code` is the HTTP status."""

    code: int

    message: str

    details: Optional[str] = Field(
        default=None,
    )


class LegacyDepartmentCommonFields(_Model):
    """LegacyDepartmentCommonFields"""

    name: Optional[str] = Field(
        default=None,
    )
    """The name of the department."""

    deserved_gpus: Optional[float] = Field(
        default=None,
        alias="deservedGpus",
        deprecated=True,
    )
    """Deprecated. Instead, use `deserved` for the relevant resource type under `NodePoolResources`. Deserved GPUs for the department."""

    allow_over_quota: Optional[bool] = Field(
        default=None,
        alias="allowOverQuota",
        deprecated=True,
    )
    """Deprecated. Instead, use `maxAllowed` for the relevant resource type under `NodePoolResources`. Is over quota allowed for the department."""

    max_allowed_gpus: Optional[float] = Field(
        default=None,
        alias="maxAllowedGpus",
        deprecated=True,
    )
    """Deprecated. Instead, use `maxAllowed` for the relevant resource type under `NodePoolResources`. Max allowed GPUs for the department."""

    resources: Optional[LegacyAssignedResources] = Field(
        default=None,
        deprecated=True,
    )
    """Deprecated. Instead, use 'nodePoolsResources'. Total resources assigned to the Department. Can only be used in PUT/POST when there is a single Node Pool in the system. The resources returned in GET are the sum of all Node Pool Resources."""


class LegacyNodePoolResources(_Model):
    """LegacyNodePoolResources"""

    id: float
    """Node pool id."""

    name: Optional[str] = Field(
        default=None,
    )
    """Node pool name."""


class LegacyProjectCommonFields(_Model):
    """LegacyProjectCommonFields"""

    deserved_gpus: Optional[float] = Field(
        default=None,
        alias="deservedGpus",
        deprecated=True,
    )
    """Deprecated. Use 'deserved' for the relevant resource type under `NodePoolResources`. The project's deserved GPU allocation in case the cluster has those resources."""

    max_allowed_gpus: Optional[float] = Field(
        default=None,
        alias="maxAllowedGpus",
        deprecated=True,
    )
    """Deprecated. Instead, use `maxAllowed` for the relevant resource type under `NodePoolResources`. An upper limit for the amount of GPUs the project can get (Even if over quota is allowed and resources are available)."""

    gpu_over_quota_weight: Optional[float] = Field(
        default=None,
        alias="gpuOverQuotaWeight",
        deprecated=True,
    )
    """Deprecated. Instead, use `overQuotaWeight` for the relevant resource type under `NodePoolResources`. The priority the project gets for over quota resources."""

    default_node_pools: Optional[List[str]] = Field(
        default=None,
        alias="defaultNodePools",
    )
    """Default node pools list for workload submission for this project if a workload doesn't specify a node pools list."""

    interactive_job_time_limit_secs: Optional[float] = Field(
        default=None,
        alias="interactiveJobTimeLimitSecs",
    )
    """A limit (in seconds) for the duration of interactive jobs from this project."""

    interactive_job_max_idle_duration_secs: Optional[float] = Field(
        default=None,
        alias="interactiveJobMaxIdleDurationSecs",
    )
    """Maximum duration (in seconds) that an interactive job can be idle before being terminated."""

    interactive_preemptible_job_max_idle_duration_secs: Optional[float] = Field(
        default=None,
        alias="interactivePreemptibleJobMaxIdleDurationSecs",
    )
    """Maximum duration (in seconds) that an interactive preemptible job can be idle before being terminated."""

    training_job_time_limit_secs: Optional[float] = Field(
        default=None,
        alias="trainingJobTimeLimitSecs",
    )
    """A limit (in seconds) for the duration of training jobs from this project. Available only from cluster version 2.12"""

    training_job_max_idle_duration_secs: Optional[float] = Field(
        default=None,
        alias="trainingJobMaxIdleDurationSecs",
    )
    """Maximum duration (in seconds) that a training job can be idle before being terminated."""

    node_affinity: Optional[JobsNodeAffinity] = Field(
        default=None,
        alias="nodeAffinity",
    )
    """Node affinity configuration for jobs in the project."""

    permissions: Optional[ResourcePermissions] = Field(
        default=None,
        deprecated=True,
    )
    """Deprecated. Instead, use the `accessRules` API to add permissions to a specific subject in the project scope."""

    resources: Optional[LegacyAssignedResources] = Field(
        default=None,
        deprecated=True,
    )
    """Deprecated. Instead, use `nodePoolsResources`. Total resources assigned to the Project. Can only be used in PUT/POST when there is a single Node Pool in the system. The resources returned in `GET` are the sum of all Node Pool Resources."""


class LegacyProjectCreateRequest(_Model):
    """LegacyProjectCreateRequest"""

    name: str
    """Project Name"""

    department_id: int = Field(
        alias="departmentId",
    )
    """ID of the department that owns the project."""

    node_pools_resources: Optional[List[LegacyNodePoolAssignedResourcesCreate]] = Field(
        default=None,
        alias="nodePoolsResources",
    )
    """Resources assigned to this Project per Node Pool."""

    namespace: Optional[str] = Field(
        default=None,
    )
    """The name of an existing namespace to use for the project in the cluster. Supported only for cluster versions 2.12 or higher."""

    deserved_gpus: Optional[float] = Field(
        default=None,
        alias="deservedGpus",
        deprecated=True,
    )
    """Deprecated. Use 'deserved' for the relevant resource type under `NodePoolResources`. The project's deserved GPU allocation in case the cluster has those resources."""

    max_allowed_gpus: Optional[float] = Field(
        default=None,
        alias="maxAllowedGpus",
        deprecated=True,
    )
    """Deprecated. Instead, use `maxAllowed` for the relevant resource type under `NodePoolResources`. An upper limit for the amount of GPUs the project can get (Even if over quota is allowed and resources are available)."""

    gpu_over_quota_weight: Optional[float] = Field(
        default=None,
        alias="gpuOverQuotaWeight",
        deprecated=True,
    )
    """Deprecated. Instead, use `overQuotaWeight` for the relevant resource type under `NodePoolResources`. The priority the project gets for over quota resources."""

    default_node_pools: Optional[List[str]] = Field(
        default=None,
        alias="defaultNodePools",
    )
    """Default node pools list for workload submission for this project if a workload doesn't specify a node pools list."""

    interactive_job_time_limit_secs: Optional[float] = Field(
        default=None,
        alias="interactiveJobTimeLimitSecs",
    )
    """A limit (in seconds) for the duration of interactive jobs from this project."""

    interactive_job_max_idle_duration_secs: Optional[float] = Field(
        default=None,
        alias="interactiveJobMaxIdleDurationSecs",
    )
    """Maximum duration (in seconds) that an interactive job can be idle before being terminated."""

    interactive_preemptible_job_max_idle_duration_secs: Optional[float] = Field(
        default=None,
        alias="interactivePreemptibleJobMaxIdleDurationSecs",
    )
    """Maximum duration (in seconds) that an interactive preemptible job can be idle before being terminated."""

    training_job_time_limit_secs: Optional[float] = Field(
        default=None,
        alias="trainingJobTimeLimitSecs",
    )
    """A limit (in seconds) for the duration of training jobs from this project. Available only from cluster version 2.12"""

    training_job_max_idle_duration_secs: Optional[float] = Field(
        default=None,
        alias="trainingJobMaxIdleDurationSecs",
    )
    """Maximum duration (in seconds) that a training job can be idle before being terminated."""

    node_affinity: Optional[JobsNodeAffinity] = Field(
        default=None,
        alias="nodeAffinity",
    )
    """Node affinity configuration for jobs in the project."""

    permissions: Optional[ResourcePermissions] = Field(
        default=None,
        deprecated=True,
    )
    """Deprecated. Instead, use the `accessRules` API to add permissions to a specific subject in the project scope."""

    resources: Optional[LegacyAssignedResources] = Field(
        default=None,
        deprecated=True,
    )
    """Deprecated. Instead, use `nodePoolsResources`. Total resources assigned to the Project. Can only be used in PUT/POST when there is a single Node Pool in the system. The resources returned in `GET` are the sum of all Node Pool Resources."""


class LegacyProjectStatus(_Model):
    """LegacyProjectStatus"""

    namespace: Optional[str] = Field(
        default=None,
    )
    """The namespace of the project"""

    message: Optional[str] = Field(
        default=None,
    )
    """Detailed phase message"""

    quota_statuses: Optional[NodePoolsQuotaStatuses] = Field(
        default=None,
        alias="quotaStatuses",
    )


class LegacyResource(_Model):
    """LegacyResource"""

    deserved: Optional[float] = Field(
        default=None,
    )
    """The amount of resources guaranteed to be allocated in case the cluster has those resources."""

    max_allowed: Optional[float] = Field(
        default=None,
        alias="maxAllowed",
    )
    """Maximum amount of resources that can be allocated. If equal to deserved, no over-quota will be allowed. Use "-1" for unlimited over quota."""

    over_quota_weight: Optional[float] = Field(
        default=None,
        alias="overQuotaWeight",
    )
    """The priority for over quota resources."""


class NodeAffinity(_Model):
    """NodeAffinity"""

    affinity_type: Optional[Union[Literal["no_limit", "only_selected"], str]] = Field(
        default=None,
        alias="affinityType",
    )
    """The type of affinity of the jobs on the nodes."""

    selected_types: Optional[List[NodeTypeForProject]] = Field(
        default=None,
        alias="selectedTypes",
    )


class NodePoolQuotaStatus(_Model):
    """NodePoolQuotaStatus"""

    node_pool_name: Optional[str] = Field(
        default=None,
        alias="nodePoolName",
    )
    """The node pool name which the current quota status refers to."""

    allocated: Optional[QuotaStatusResourceList] = Field(
        default=None,
    )

    allocated_non_preemptible: Optional[QuotaStatusResourceList] = Field(
        default=None,
        alias="allocatedNonPreemptible",
    )

    requested: Optional[QuotaStatusResourceList] = Field(
        default=None,
    )


class NodeTypeForProject(_Model):
    """NodeTypeForProject"""

    id: Optional[float] = Field(
        default=None,
    )

    name: Optional[str] = Field(
        default=None,
    )


class NonNullResource(_Model):
    """NonNullResource"""

    deserved: Optional[float] = Field(
        default=None,
    )
    """The project resource allocation that it is deserved to get in case the cluster has those resources"""

    limit: Optional[float] = Field(
        default=None,
    )
    """Maximum amount of resources the project can get"""

    over_quota_weight: Optional[float] = Field(
        default=None,
        alias="overQuotaWeight",
    )
    """The priority the project gets for over quota resources"""


class OAuth2Error(_Model):
    """OAuth 2.0 error response (RFC 6749 Section 5.2)"""

    error: Union[
        Literal[
            "invalid_request",
            "invalid_client",
            "invalid_grant",
            "unauthorized_client",
            "unsupported_grant_type",
            "invalid_scope",
            "server_error",
            "temporarily_unavailable",
        ],
        str,
    ]
    """A single ASCII error code"""

    error_description: Optional[str] = Field(
        default=None,
    )
    """Human-readable ASCII text providing additional information"""

    error_uri: Optional[str] = Field(
        default=None,
    )
    """URI identifying a human-readable web page with information about the error"""


class OAuth2TokenRequest(_Model):
    """OAuth2 token request (RFC 6749), sent as application/x-www-form-urlencoded."""

    grant_type: Union[
        Literal["authorization_code", "client_credentials", "password", "refresh_token"], str
    ]
    """The OAuth2 grant type that determines how the token will be issued."""

    client_id: Optional[str] = Field(
        default=None,
    )
    """OAuth2 client identifier"""

    client_secret: Optional[str] = Field(
        default=None,
    )
    """OAuth2 client secret"""

    username: Optional[str] = Field(
        default=None,
    )
    """Resource owner username (for password grant)"""

    password: Optional[str] = Field(
        default=None,
    )
    """The password of the resource owner. Required only when using the password grant type."""

    refresh_token: Optional[str] = Field(
        default=None,
    )
    """The refresh token used to obtain a new access token. Required only when using the refresh_token grant type."""

    code: Optional[str] = Field(
        default=None,
    )
    """Authorization code issued by the authorization server. Used in the authorization_code grant to exchange the code for an access token."""

    redirect_uri: Optional[str] = Field(
        default=None,
    )
    """The redirect URI used during the authorization request. Required for the authorization_code grant to validate the redirect destination."""


class OvertimeRangeData(_Model):
    """Average data for the specified time range, or for the lifetime of the project/department if it exists for less than the time range."""

    average_gpu_allocation: Optional[float] = Field(
        default=None,
        alias="averageGpuAllocation",
    )
    """The average gpu devices allocation of the project/department."""

    average_gpu_utilization: Optional[float] = Field(
        default=None,
        alias="averageGpuUtilization",
    )
    """The average gpu utilization percentage of the project/department."""

    average_gpu_memory_utilization: Optional[float] = Field(
        default=None,
        alias="averageGpuMemoryUtilization",
    )
    """The average gpu memory utilization percentage of the project/department. Only available for cluster versions >= 2.22."""

    updated_at: Optional[datetime] = Field(
        default=None,
        alias="updatedAt",
    )


class ProjectCreationRequest(_Model):
    """ProjectCreationRequest"""

    description: Optional[str] = Field(
        default=None,
    )
    """project's description"""

    scheduling_rules: Optional[SchedulingRules] = Field(
        default=None,
        alias="schedulingRules",
    )

    default_node_pools: Optional[List[str]] = Field(
        default=None,
        alias="defaultNodePools",
    )
    """default order of node pools for workloads. will be enforced if no list is defined in workload policy"""

    node_types: Optional[NodeTypesPerWorkload] = Field(
        default=None,
        alias="nodeTypes",
    )
    """default node types configuration for workloads. will be enforced if no node type is configured in workload policy"""

    name: str

    cluster_id: ClusterId = Field(
        alias="clusterId",
    )

    requested_namespace: Optional[str] = Field(
        default=None,
        alias="requestedNamespace",
    )
    """project's requested namespace"""

    enforce_runai_scheduler: Optional[bool] = Field(
        default=None,
        alias="enforceRunaiScheduler",
    )
    """a flag to enforce that all pods in this namespace will be scheduled with runai-scheduler. Supported for cluster v2.21+"""

    parent_id: Optional[str] = Field(
        default=None,
        alias="parentId",
    )
    """department parent uuid"""

    resources: List[ResourcesNullable]
    """Resources assigned to this Organization per Node Pool"""


class ProjectEffective(_Model):
    """ProjectEffective"""

    scheduling_rules: Optional[SchedulingRules] = Field(
        default=None,
        alias="schedulingRules",
    )

    default_node_pools: Optional[List[str]] = Field(
        default=None,
        alias="defaultNodePools",
    )
    """default order of node pools for workloads. will be enforced if no list is defined in workload policy"""

    node_types: Optional[NodeTypesPerWorkload] = Field(
        default=None,
        alias="nodeTypes",
    )
    """default node types configuration for workloads. will be enforced if no node type is configured in workload policy"""


class ProjectStatus(_Model):
    """ProjectStatus"""

    namespace: Optional[str] = Field(
        default=None,
    )
    """the project's namespace"""

    phase: Optional[Union[ProjectPhase, str]] = Field(
        default=None,
    )
    """the project's phase"""

    phase_message: Optional[str] = Field(
        default=None,
        alias="phaseMessage",
    )
    """the project's phase message"""

    last_updated_time: Optional[datetime] = Field(
        default=None,
        alias="lastUpdatedTime",
    )

    node_pool_quota_statuses: Optional[List[QuotaStatusNodePool]] = Field(
        default=None,
        alias="nodePoolQuotaStatuses",
    )

    quota_status: Optional[QuotaStatus] = Field(
        default=None,
        alias="quotaStatus",
    )

    additional_status_data: Optional[Dict[str, Any]] = Field(
        default=None,
        alias="additionalStatusData",
    )


class ProjectUpdateRequest(_Model):
    """ProjectUpdateRequest"""

    description: Optional[str] = Field(
        default=None,
    )
    """project's description"""

    scheduling_rules: Optional[SchedulingRules] = Field(
        default=None,
        alias="schedulingRules",
    )

    default_node_pools: Optional[List[str]] = Field(
        default=None,
        alias="defaultNodePools",
    )
    """default order of node pools for workloads. will be enforced if no list is defined in workload policy"""

    node_types: Optional[NodeTypesPerWorkload] = Field(
        default=None,
        alias="nodeTypes",
    )
    """default node types configuration for workloads. will be enforced if no node type is configured in workload policy"""

    enforce_runai_scheduler: Optional[bool] = Field(
        default=None,
        alias="enforceRunaiScheduler",
    )
    """a flag to enforce that all pods in this namespace will be scheduled with runai-scheduler. Supported for cluster v2.21+"""

    resources: List[ResourcesNullable]
    """Resources assigned to this Organization per Node Pool"""


class QuotaStatus(_Model):
    """Sum of all quota statuses of all the node pools"""

    allocated: Optional[QuotaStatusResource] = Field(
        default=None,
    )

    allocated_non_preemptible: Optional[QuotaStatusResource] = Field(
        default=None,
        alias="allocatedNonPreemptible",
    )

    requested: Optional[QuotaStatusResource] = Field(
        default=None,
    )


class QuotaStatusNodePool(_Model):
    """QuotaStatusNodePool"""

    allocated: Optional[QuotaStatusResource] = Field(
        default=None,
    )

    allocated_non_preemptible: Optional[QuotaStatusResource] = Field(
        default=None,
        alias="allocatedNonPreemptible",
    )

    requested: Optional[QuotaStatusResource] = Field(
        default=None,
    )

    node_pool_name: str = Field(
        alias="nodePoolName",
    )
    """The node pool name which the current quota status refers to"""

    node_pool_id: str = Field(
        alias="nodePoolId",
    )
    """The node pool id which the current quota status refers to"""


class QuotaStatusResource(_Model):
    """QuotaStatusResource"""

    gpu: Optional[float] = Field(
        default=None,
    )
    """The number of GPUs (allocated/requested/...)."""

    cpu: Optional[float] = Field(
        default=None,
    )
    """CPU in Millicores (allocated/requested/...)."""

    memory: Optional[float] = Field(
        default=None,
    )
    """Memory in MB (allocated/requested/...)."""


class QuotaStatusResourceList(_Model):
    """QuotaStatusResourceList"""

    gpu: Optional[float] = Field(
        default=None,
    )
    """The number of GPUs (allocated/requested/...)."""

    cpu: Optional[float] = Field(
        default=None,
    )
    """CPU in Millicores (allocated/requested/...)."""

    memory: Optional[float] = Field(
        default=None,
    )
    """Memory in Mib (allocated/requested/...)."""


class Resource(_Model):
    """Resource"""

    deserved: Optional[float] = Field(
        default=None,
    )
    """The project resource allocation that it is deserved to get in case the cluster has those resources"""

    limit: Optional[float] = Field(
        default=None,
    )
    """Maximum amount of resources the project can get"""

    over_quota_weight: Optional[float] = Field(
        default=None,
        alias="overQuotaWeight",
    )
    """The priority the project gets for over quota resources"""


class TokenRequest(_Model):
    """Token request. `grantType` selects which other fields are needed."""

    grant_type: Optional[Union[TokenRequestGrantTypeEnum, str]] = Field(
        default=None,
        alias="grantType",
    )

    app_id: Optional[str] = Field(
        default=None,
        alias="appID",
        deprecated=True,
    )

    app_secret: Optional[str] = Field(
        default=None,
        alias="appSecret",
        deprecated=True,
    )

    code: Optional[str] = Field(
        default=None,
    )

    redirect_uri: Optional[str] = Field(
        default=None,
        alias="redirectUri",
    )

    refresh_token: Optional[str] = Field(
        default=None,
        alias="refreshToken",
    )

    username: Optional[str] = Field(
        default=None,
    )

    password: Optional[str] = Field(
        default=None,
    )

    client_id: Optional[str] = Field(
        default=None,
        alias="clientID",
    )

    client_secret: Optional[str] = Field(
        default=None,
        alias="clientSecret",
    )

    external_token: Optional[str] = Field(
        default=None,
        alias="externalToken",
    )


class TotalResources(_Model):
    """TotalResources"""

    gpu_quota: Optional[float] = Field(
        default=None,
        alias="gpuQuota",
    )
    """Total gpu quota of the org unit"""

    cpu_quota: Optional[float] = Field(
        default=None,
        alias="cpuQuota",
    )
    """Total cpu quota of the org unit in Millicores"""

    memory_quota: Optional[float] = Field(
        default=None,
        alias="memoryQuota",
    )
    """Total memory quota of the org unit in MB"""


class UserCreationRequest(_Model):
    """UserCreationRequest"""

    email: str
    """The email of the user. Must be a valid email address."""

    reset_password: Optional[bool] = Field(
        default=None,
        alias="resetPassword",
    )

    notify: Optional[bool] = Field(
        default=None,
    )
    """When true, send an email to the user. The email includes a link to reset the password."""


class AccessRuleCreationFields(_Model):
    """The fields of an access rule given when creating it."""

    subject_id: str = Field(
        alias="subjectId",
    )
    """The unique identifier of the subject (e.g., user, group, or app); a user's is their username (email)."""

    subject_type: Union[AccessRuleSubjectType, str] = Field(
        alias="subjectType",
    )

    role_id: int = Field(
        alias="roleId",
    )
    """The numeric ID of the assigned role."""

    scope_id: str = Field(
        alias="scopeId",
    )
    """The unique identifier of the scope (for a project, its id)."""

    scope_type: Union[AccessRuleScopeType, str] = Field(
        alias="scopeType",
    )

    cluster_id: Optional[ClusterId] = Field(
        default=None,
        alias="clusterId",
    )


class Permission(_Model):
    """What a role may do with one kind of resource."""

    resource_type: str = Field(
        alias="resourceType",
    )
    """The kind of resource (e.g. `project`, `workloads`)."""

    display_name: str = Field(
        alias="displayName",
    )

    group_id: Union[
        Literal[
            "organization", "physical-resource", "iam", "dashboard", "workload", "workload-asset"
        ],
        str,
    ] = Field(
        alias="groupId",
    )

    actions: List[Union[Literal["create", "read", "update", "delete", "sync"], str]]


class UserChangePasswordRequest(_Model):
    """UserChangePasswordRequest"""

    current_password: str = Field(
        alias="currentPassword",
    )

    new_password: str = Field(
        alias="newPassword",
    )


class AppTokenRequest(_Model):
    """An application's id, name and secret (deprecated application token request)."""

    id: str

    name: str

    secret: str


class LegacyProjectUpdateRequest(_Model):
    """LegacyProjectUpdateRequest"""

    node_pools_resources: Optional[List[LegacyNodePoolAssignedResources]] = Field(
        default=None,
        alias="nodePoolsResources",
    )
    """Resources assigned to this Project per Node Pool."""

    deserved_gpus: Optional[float] = Field(
        default=None,
        alias="deservedGpus",
        deprecated=True,
    )
    """Deprecated. Use 'deserved' for the relevant resource type under `NodePoolResources`. The project's deserved GPU allocation in case the cluster has those resources."""

    max_allowed_gpus: Optional[float] = Field(
        default=None,
        alias="maxAllowedGpus",
        deprecated=True,
    )
    """Deprecated. Instead, use `maxAllowed` for the relevant resource type under `NodePoolResources`. An upper limit for the amount of GPUs the project can get (Even if over quota is allowed and resources are available)."""

    gpu_over_quota_weight: Optional[float] = Field(
        default=None,
        alias="gpuOverQuotaWeight",
        deprecated=True,
    )
    """Deprecated. Instead, use `overQuotaWeight` for the relevant resource type under `NodePoolResources`. The priority the project gets for over quota resources."""

    default_node_pools: Optional[List[str]] = Field(
        default=None,
        alias="defaultNodePools",
    )
    """Default node pools list for workload submission for this project if a workload doesn't specify a node pools list."""

    interactive_job_time_limit_secs: Optional[float] = Field(
        default=None,
        alias="interactiveJobTimeLimitSecs",
    )
    """A limit (in seconds) for the duration of interactive jobs from this project."""

    interactive_job_max_idle_duration_secs: Optional[float] = Field(
        default=None,
        alias="interactiveJobMaxIdleDurationSecs",
    )
    """Maximum duration (in seconds) that an interactive job can be idle before being terminated."""

    interactive_preemptible_job_max_idle_duration_secs: Optional[float] = Field(
        default=None,
        alias="interactivePreemptibleJobMaxIdleDurationSecs",
    )
    """Maximum duration (in seconds) that an interactive preemptible job can be idle before being terminated."""

    training_job_time_limit_secs: Optional[float] = Field(
        default=None,
        alias="trainingJobTimeLimitSecs",
    )
    """A limit (in seconds) for the duration of training jobs from this project. Available only from cluster version 2.12"""

    training_job_max_idle_duration_secs: Optional[float] = Field(
        default=None,
        alias="trainingJobMaxIdleDurationSecs",
    )
    """Maximum duration (in seconds) that a training job can be idle before being terminated."""

    node_affinity: Optional[JobsNodeAffinity] = Field(
        default=None,
        alias="nodeAffinity",
    )
    """Node affinity configuration for jobs in the project."""

    permissions: Optional[ResourcePermissions] = Field(
        default=None,
        deprecated=True,
    )
    """Deprecated. Instead, use the `accessRules` API to add permissions to a specific subject in the project scope."""

    resources: Optional[LegacyAssignedResources] = Field(
        default=None,
        deprecated=True,
    )
    """Deprecated. Instead, use `nodePoolsResources`. Total resources assigned to the Project. Can only be used in PUT/POST when there is a single Node Pool in the system. The resources returned in `GET` are the sum of all Node Pool Resources."""


ClusterId: TypeAlias = str
"""The id of the cluster."""

ResourcesUpdateRequest: TypeAlias = List[ResourcesNullable]
"""Resources assigned to this Project per Node Pool"""

Users: TypeAlias = List[User]

RolesV1: TypeAlias = List[RoleV1]
"""The roles."""

NodePoolsQuotaStatuses: TypeAlias = List[NodePoolQuotaStatus]
"""The current quota status for each node pool. Supported only for cluster versions 2.15+ or higher."""

TenantId: TypeAlias = int
"""The id of the tenant."""
