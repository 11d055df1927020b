"""Data models of the Runsite Public API, generated from its OpenAPI document.

Field names are snake_case; each keeps the API's own spelling as its alias, so
``model_dump(by_alias=True)`` gives the JSON the API sends and accepts.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, ClassVar, Dict, List, Literal, Optional, Tuple, TypeAlias, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "SecretScope",
    "ServiceType",
    "ApiKeyScope",
    "DatabaseKind",
    "ProjectList",
    "Project",
    "ProjectDetail",
    "ProjectSecret",
    "ProjectSecretBulkItem",
    "WebServiceList",
    "EnvironmentVariableInput",
    "WebServiceDetail",
    "ContainerLogs",
    "ResourceMetrics",
    "MetricsHistory",
    "Connection",
    "DeploymentList",
    "Deployment",
    "EnvironmentVariableList",
    "EnvironmentVariable",
    "EnvironmentVariableBulkItem",
    "DatabaseList",
    "ManagedDatabase",
    "ManagedDatabaseDetail",
    "DatabaseState",
    "PlanList",
    "User",
    "CurrentApiKey",
    "ApiKey",
    "Error",
    "ValidationIssue",
    "ProjectInput",
    "ServiceSummary",
    "ProjectSummary",
    "ProjectDatabase",
    "ProjectRedis",
    "ProjectSecretInput",
    "ProjectSecretBulkInput",
    "WebServiceSummary",
    "WebServiceInput",
    "WebServiceUpdate",
    "MetricsPoint",
    "ConnectionInput",
    "DeploymentInput",
    "EnvironmentVariableBulkInput",
    "DatabaseInput",
    "Plan",
    "ApiKeyInput",
    "ProjectSecretGroups",
    "OperationResult",
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


SecretScope: TypeAlias = Literal["production", "staging", "development"]
"""Environment a project secret applies to: `production` (used in production
deployments), `staging` (used in staging environments), `development` (used in
development environments)."""

ServiceType: TypeAlias = Literal["web_service", "postgresql", "redis"]
"""The kind of service a plan is for."""

ApiKeyScope: TypeAlias = Literal["read", "write", "admin"]
"""What a key may do: `read` (read-only), `write` (read, and create/update projects,
services, env vars and deployments) or `admin` (full access including deletes)."""

DatabaseKind: TypeAlias = Literal["postgresql", "valkey"]
"""What a managed database runs."""


class ProjectList(_Model):
    """Every project of the authenticated user (not paginated)."""

    projects: List[ProjectSummary]

    total: int
    """Number of projects."""


class Project(_Model):
    """A project as returned on creation."""

    id: str

    name: str

    description: Optional[str] = Field(
        default=None,
    )


class ProjectDetail(_Model):
    """One project with its web services, Postgres and Redis/Valkey instances."""

    id: str

    name: str

    description: Optional[str] = Field(
        default=None,
    )

    workspace_id: Optional[str] = Field(
        default=None,
    )

    created_at: Optional[datetime] = Field(
        default=None,
    )

    updated_at: Optional[datetime] = Field(
        default=None,
    )

    web_services_list: Optional[List[WebServiceSummary]] = Field(
        default=None,
    )

    databases_list: Optional[List[ProjectDatabase]] = Field(
        default=None,
    )

    redis_list: Optional[List[ProjectRedis]] = Field(
        default=None,
    )


class ProjectSecret(_Model):
    """A project secret for one scope. Inferred: no source shows this object; its fields are
    those of the create body plus the `id` that the delete path takes."""

    id: str
    """Secret id, used by `DELETE /api/projects/{project_id}/secrets/{secret_id}`."""

    key: str

    value: Optional[str] = Field(
        default=None,
    )
    """Secret value; `null` when masked (Inferred)."""

    scope: Union[SecretScope, str]

    is_secret: Optional[bool] = Field(
        default=None,
    )


class ProjectSecretBulkItem(_Model):
    """One secret in a bulk request."""

    key: str

    value: str

    scope: Union[SecretScope, str]

    is_secret: Optional[bool] = Field(
        default=None,
    )


class WebServiceList(_Model):
    """Every web service (not paginated)."""

    web_services: List[WebServiceSummary]

    total: int
    """Number of web services."""


class EnvironmentVariableInput(_Model):
    """Body of `POST /api/web-services/{web_service_id}/env`, and an item of `env_vars`
    when creating a web service."""

    key: str
    """Variable name."""

    value: str
    """Variable value."""

    is_secret: Optional[bool] = Field(
        default=None,
    )
    """Secret variables have their value masked when listed."""


class WebServiceDetail(_Model):
    """One web service."""

    id: str

    name: str

    status: str
    """Service status, e.g. `running`, `stopped`."""

    url: Optional[str] = Field(
        default=None,
    )
    """Default URL on the runsite.app domain."""

    subdomain: Optional[str] = Field(
        default=None,
    )

    project_type: Optional[str] = Field(
        default=None,
    )
    """Kind of service, e.g. `web_service`, `worker`."""

    github_branch: Optional[str] = Field(
        default=None,
    )

    github_repo_full_name: Optional[str] = Field(
        default=None,
    )
    """Repository as `owner/name`."""

    min_instances: Optional[int] = Field(
        default=None,
    )

    max_instances: Optional[int] = Field(
        default=None,
    )

    updated_at: Optional[datetime] = Field(
        default=None,
    )


class ContainerLogs(_Model):
    """Container logs of a web service."""

    logs: str
    """Raw log text."""

    container_id: Optional[str] = Field(
        default=None,
    )

    timestamp: Optional[datetime] = Field(
        default=None,
    )


class ResourceMetrics(_Model):
    """Current usage of a web service; all zeros while it is not `running`."""

    cpu_usage_millicores: Optional[int] = Field(
        default=None,
    )

    cpu_limit_millicores: Optional[int] = Field(
        default=None,
    )

    cpu_usage_percent: Optional[float] = Field(
        default=None,
    )

    memory_usage_bytes: Optional[int] = Field(
        default=None,
    )

    memory_limit_bytes: Optional[int] = Field(
        default=None,
    )

    memory_usage_percent: Optional[float] = Field(
        default=None,
    )

    instance_count: Optional[int] = Field(
        default=None,
    )

    timestamp: Optional[datetime] = Field(
        default=None,
    )


class MetricsHistory(_Model):
    """Usage history of a web service."""

    data_points: List[MetricsPoint]

    period_seconds: Optional[int] = Field(
        default=None,
    )


class Connection(_Model):
    """A connection between a web service and a database or Redis/Valkey instance."""

    id: str

    target_type: str
    """`database` or `redis`."""

    env_var_key: str
    """Name of the secret environment variable injected into the service."""


class DeploymentList(_Model):
    """One page of deployments, newest first."""

    deployments: List[Deployment]

    total: int
    """Total number of deployments of the service."""


class Deployment(_Model):
    """A deployment of a web service."""

    id: str

    web_service_id: str

    commit_sha: Optional[str] = Field(
        default=None,
    )

    commit_message: Optional[str] = Field(
        default=None,
    )

    branch: Optional[str] = Field(
        default=None,
    )

    image_ref: Optional[str] = Field(
        default=None,
    )
    """Docker image of an image-based deployment."""

    status: str
    """Deployment status. Values seen: `building`, `running`; the runtime docs also name
    DEPLOYING and FAILED states in the dashboard. The full list is not documented."""

    is_live: Optional[bool] = Field(
        default=None,
    )
    """Whether this deployment is the one serving traffic."""

    build_logs: Optional[str] = Field(
        default=None,
    )

    error_message: Optional[str] = Field(
        default=None,
    )

    started_at: Optional[datetime] = Field(
        default=None,
    )

    finished_at: Optional[datetime] = Field(
        default=None,
    )

    trigger_type: Optional[str] = Field(
        default=None,
    )
    """What started the deployment, e.g. `manual`."""

    created_at: Optional[datetime] = Field(
        default=None,
    )

    rollback_from_deployment_id: Optional[str] = Field(
        default=None,
    )
    """Set on deployments created by a rollback."""


class EnvironmentVariableList(_Model):
    """Every environment variable of a web service (not paginated)."""

    environment_variables: List[EnvironmentVariable]

    total: int


class EnvironmentVariable(_Model):
    """An environment variable of a web service."""

    id: str

    web_service_id: Optional[str] = Field(
        default=None,
    )

    key: str

    value: Optional[str]
    """The value; `null` when masked (secret variables)."""

    is_secret: bool

    created_at: Optional[datetime] = Field(
        default=None,
    )

    updated_at: Optional[datetime] = Field(
        default=None,
    )


class EnvironmentVariableBulkItem(_Model):
    """One variable in a bulk upsert. Include `id` for a variable that already exists; omit
    it (do not send `null`) to create one."""

    id: Optional[str] = Field(
        default=None,
    )
    """Id of the existing variable to update."""

    key: str

    value: str

    is_secret: Optional[bool] = Field(
        default=None,
    )


class DatabaseList(_Model):
    """The user's managed databases."""

    databases: List[ManagedDatabase]

    total: int


class ManagedDatabase(_Model):
    """A managed Postgres database or Redis/Valkey instance, as listed."""

    id: str

    kind: Union[DatabaseKind, str]

    name: str

    status: str
    """Its state (values are not documented; `running` in the CLI's fixtures)."""

    plan_name: Optional[str] = Field(
        default=None,
    )

    storage_limit_gb: Optional[float] = Field(
        default=None,
    )

    created_at: Optional[datetime] = Field(
        default=None,
    )


class ManagedDatabaseDetail(_Model):
    """One managed database with its plan, limits, hosts and current usage."""

    id: str

    kind: Union[DatabaseKind, str]

    name: str

    status: str

    plan_name: Optional[str] = Field(
        default=None,
    )

    memory_limit_mb: Optional[int] = Field(
        default=None,
    )

    storage_limit_gb: Optional[float] = Field(
        default=None,
    )

    region: Optional[str] = Field(
        default=None,
    )

    internal_hostname: Optional[str] = Field(
        default=None,
    )

    external_hostname: Optional[str] = Field(
        default=None,
    )
    """Set only when public access is enabled."""

    public_access_enabled: Optional[bool] = Field(
        default=None,
    )

    created_at: Optional[datetime] = Field(
        default=None,
    )

    cpu_usage_percent: Optional[float] = Field(
        default=None,
    )

    memory_usage_percent: Optional[float] = Field(
        default=None,
    )

    instance_count: Optional[int] = Field(
        default=None,
    )


class DatabaseState(_Model):
    """A managed database's state after a state change."""

    id: str

    kind: Union[DatabaseKind, str]

    status: str


class PlanList(_Model):
    """The plans (no `total` in this body)."""

    plans: List[Plan]


class User(_Model):
    """A Runsite user."""

    id: str

    email: str

    name: Optional[str] = Field(
        default=None,
    )

    active_workspace_name: Optional[str] = Field(
        default=None,
    )

    created_at: Optional[datetime] = Field(
        default=None,
    )


class CurrentApiKey(_Model):
    """The API key a request is authenticated with (never the key itself)."""

    id: str

    name: str

    key_prefix: str
    """The first characters of the key, to recognise it."""

    scope: Union[ApiKeyScope, str]

    expires_at: Optional[datetime] = Field(
        default=None,
    )

    last_used_at: Optional[datetime] = Field(
        default=None,
    )


class ApiKey(_Model):
    """An API key. `plaintext_key` carries the key itself only in the answer that creates or
    rotates it; it is `null` everywhere else."""

    id: str

    name: str

    key_prefix: str
    """The first characters of the key, to recognise it."""

    scope: Union[ApiKeyScope, str]

    is_active: bool
    """False once the key is revoked."""

    plaintext_key: Optional[str] = Field(
        default=None,
    )
    """The key itself, shown once."""

    last_used_at: Optional[datetime] = Field(
        default=None,
    )

    expires_at: Optional[datetime] = Field(
        default=None,
    )

    created_at: Optional[datetime] = Field(
        default=None,
    )

    updated_at: Optional[datetime] = Field(
        default=None,
    )


class Error(_Model):
    """Every error has this format. `detail` is a message string, or FastAPI's list of
    problems (a form the official CLI reads; the documented statuses carry the string)."""

    detail: Union[str, List[ValidationIssue]]
    """Error message describing what went wrong, or FastAPI's list of validation problems."""


class ValidationIssue(_Model):
    """One request validation problem (FastAPI/pydantic format)."""

    loc: List[Union[str, int]]
    """Where the problem is, e.g. `["body", "port"]`; list indexes are integers."""

    msg: str
    """What is wrong."""

    type: Optional[str] = Field(
        default=None,
    )
    """Machine-readable kind of problem."""


class ProjectInput(_Model):
    """Body of `POST /api/projects`."""

    name: str
    """Project name."""

    description: Optional[str] = Field(
        default=None,
    )
    """Optional description."""


class ServiceSummary(_Model):
    """Number of resources of each kind in a project."""

    web_services: Optional[int] = Field(
        default=None,
    )

    postgresql: Optional[int] = Field(
        default=None,
    )

    redis: Optional[int] = Field(
        default=None,
    )

    object_storage: Optional[int] = Field(
        default=None,
    )

    email: Optional[int] = Field(
        default=None,
    )


class ProjectSummary(_Model):
    """A project in the project list."""

    id: str

    name: str

    description: Optional[str] = Field(
        default=None,
    )

    workspace_id: Optional[str] = Field(
        default=None,
    )

    service_summary: Optional[ServiceSummary] = Field(
        default=None,
    )

    created_at: Optional[datetime] = Field(
        default=None,
    )

    updated_at: Optional[datetime] = Field(
        default=None,
    )


class ProjectDatabase(_Model):
    """A managed Postgres database in a project."""

    id: str

    name: str

    status: Optional[str] = Field(
        default=None,
    )

    postgres_version: Optional[str] = Field(
        default=None,
    )


class ProjectRedis(_Model):
    """A Redis/Valkey instance in a project."""

    id: str

    name: str

    status: Optional[str] = Field(
        default=None,
    )

    redis_version: Optional[str] = Field(
        default=None,
    )


class ProjectSecretInput(_Model):
    """Body of `POST /api/projects/{project_id}/secrets`."""

    key: str
    """Secret name, e.g. `STRIPE_SECRET_KEY`."""

    value: str
    """Secret value."""

    scope: Union[SecretScope, str]

    is_secret: Optional[bool] = Field(
        default=None,
    )
    """Whether the value is secret."""


class ProjectSecretBulkInput(_Model):
    """Body of `PUT /api/projects/{project_id}/secrets/bulk`."""

    secrets: List[ProjectSecretBulkItem]


class WebServiceSummary(_Model):
    """A web service in a list."""

    id: str

    name: str

    status: str
    """Service status, e.g. `running`, `stopped`."""

    url: Optional[str] = Field(
        default=None,
    )
    """Default URL on the runsite.app domain; `null` when the service has none."""

    project_id: Optional[str] = Field(
        default=None,
    )
    """Project the service belongs to; `null` when it has none."""

    project_type: Optional[str] = Field(
        default=None,
    )
    """Kind of service, e.g. `web_service`, `worker`."""

    source_type: Optional[Union[Literal["git", "image"], str]] = Field(
        default=None,
    )
    """Where the service is built from."""

    image_ref: Optional[str] = Field(
        default=None,
    )
    """Docker image reference for image-based services."""

    github_branch: Optional[str] = Field(
        default=None,
    )
    """Configured branch."""

    min_instances: Optional[int] = Field(
        default=None,
    )

    max_instances: Optional[int] = Field(
        default=None,
    )

    updated_at: Optional[datetime] = Field(
        default=None,
    )


class WebServiceInput(_Model):
    """Body of `POST /api/web-services`. Only `name` is required; the API applies its own
    defaults to every field not sent."""

    name: str
    """Service name."""

    project_id: Optional[str] = Field(
        default=None,
    )
    """UUID of the project to create the service in."""

    project_type: Optional[str] = Field(
        default=None,
    )
    """Kind of service, e.g. `web_service`, `worker`."""

    source_type: Optional[Union[Literal["git", "image"], str]] = Field(
        default=None,
    )
    """Build from a Git repository or run a Docker image."""

    git_repository_url: Optional[str] = Field(
        default=None,
    )
    """Repository to build from (GitHub, GitLab or Bitbucket)."""

    github_branch: Optional[str] = Field(
        default=None,
    )
    """Branch to deploy."""

    image_ref: Optional[str] = Field(
        default=None,
    )
    """Docker image to run (any registry-hosted image, public or private)."""

    port: Optional[int] = Field(
        default=None,
    )
    """Application port."""

    build_command: Optional[str] = Field(
        default=None,
    )
    """Optional command run before image build (used by buildpacks)."""

    start_command: Optional[str] = Field(
        default=None,
    )
    """Process command, when not using the Dockerfile CMD."""

    pre_deploy_command: Optional[str] = Field(
        default=None,
    )
    """Command run after build, before traffic is shifted (e.g. db migrate)."""

    health_check_path: Optional[str] = Field(
        default=None,
    )
    """HTTP path that returns 200 when the service is ready."""

    dockerfile_path: Optional[str] = Field(
        default=None,
    )
    """Custom path to the Dockerfile (default `./Dockerfile`)."""

    root_directory: Optional[str] = Field(
        default=None,
    )
    """Sub-folder used as the project root (for monorepos)."""

    min_instances: Optional[int] = Field(
        default=None,
    )
    """Minimum number of instances."""

    max_instances: Optional[int] = Field(
        default=None,
    )
    """Maximum number of instances."""

    auto_deploy: Optional[bool] = Field(
        default=None,
    )
    """Deploy automatically on push."""

    env_vars: Optional[List[EnvironmentVariableInput]] = Field(
        default=None,
    )
    """Environment variables to create with the service."""


class WebServiceUpdate(_Model):
    """Body of `PATCH /api/web-services/{web_service_id}`; every field is optional. The docs
    show `name` and `min_instances`; the other fields are Inferred from the create body."""

    name: Optional[str] = Field(
        default=None,
    )

    github_branch: Optional[str] = Field(
        default=None,
    )

    git_repository_url: Optional[str] = Field(
        default=None,
    )

    image_ref: Optional[str] = Field(
        default=None,
    )

    port: Optional[int] = Field(
        default=None,
    )

    build_command: Optional[str] = Field(
        default=None,
    )

    start_command: Optional[str] = Field(
        default=None,
    )

    pre_deploy_command: Optional[str] = Field(
        default=None,
    )

    health_check_path: Optional[str] = Field(
        default=None,
    )

    dockerfile_path: Optional[str] = Field(
        default=None,
    )

    root_directory: Optional[str] = Field(
        default=None,
    )

    min_instances: Optional[int] = Field(
        default=None,
    )

    max_instances: Optional[int] = Field(
        default=None,
    )

    auto_deploy: Optional[bool] = Field(
        default=None,
    )


class MetricsPoint(_Model):
    """Usage at one point in time."""

    timestamp: Optional[datetime] = Field(
        default=None,
    )

    cpu_usage_millicores: Optional[int] = Field(
        default=None,
    )

    cpu_limit_millicores: Optional[int] = Field(
        default=None,
    )

    cpu_usage_percent: Optional[float] = Field(
        default=None,
    )

    memory_usage_bytes: Optional[int] = Field(
        default=None,
    )

    memory_limit_bytes: Optional[int] = Field(
        default=None,
    )

    memory_usage_percent: Optional[float] = Field(
        default=None,
    )

    instance_count: Optional[int] = Field(
        default=None,
    )


class ConnectionInput(_Model):
    """Body of `POST /api/web-services/{web_service_id}/connections`."""

    target_type: Union[Literal["database", "redis"], str]
    """`database` for a managed Postgres database, `redis` for a Redis/Valkey instance."""

    target_id: str
    """Id of the database or Redis/Valkey instance."""


class DeploymentInput(_Model):
    """Body of `POST /api/web-services/{web_service_id}/deployments`."""

    branch: Optional[str] = Field(
        default=None,
    )
    """Branch to deploy; defaults to the service's configured branch."""


class EnvironmentVariableBulkInput(_Model):
    """Body of `PUT /api/web-services/{web_service_id}/env/bulk`."""

    variables: List[EnvironmentVariableBulkItem]


class DatabaseInput(_Model):
    """Body of `POST /api/databases` and `POST /api/redis`."""

    name: str

    plan_id: str
    """The plan's id (`GET /api/plans`)."""

    project_id: Optional[str] = Field(
        default=None,
    )
    """The project to put it in (optional)."""


class Plan(_Model):
    """A plan a service can be created on."""

    id: str

    slug: str

    name: str

    monthly_price_cents: int
    """The monthly price in cents."""

    cpu_limit: Optional[float] = Field(
        default=None,
    )
    """CPU limit (unit not documented)."""

    memory_limit_mb: Optional[int] = Field(
        default=None,
    )

    storage_limit_gb: Optional[float] = Field(
        default=None,
    )


class ApiKeyInput(_Model):
    """Body of `POST /api/api-keys`."""

    name: str

    scope: Union[ApiKeyScope, str]

    expires_at: Optional[datetime] = Field(
        default=None,
    )
    """When the key stops working (optional; none by default)."""


ProjectSecretGroups: TypeAlias = Dict[str, List[ProjectSecret]]
"""Project secrets grouped by key: each property is a secret key and lists that key's
secrets, one per scope. Shape Inferred from "Returns secrets grouped by key"."""

OperationResult: TypeAlias = Dict[str, Any]
"""Undocumented JSON response body of an action (deploy, restart, stop, start, cancel,
bulk upserts). Kept free-form because no source shows its fields."""
