"""Operations on web_services.

``client.web_services`` of the Runsite Public API, sync and async.
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

__all__ = ["WebServicesResource", "AsyncWebServicesResource"]


class WebServicesConnectionsResource(SyncResource):
    """Operations on web_services.connections."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def create(
        self,
        web_service_id: str,
        *,
        target_type: Literal["database", "redis"],
        target_id: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Connection:
        """Connect a database or Redis to a web service

        Connects a managed Postgres database (`target_type: database`) or Redis/Valkey
        instance (`target_type: redis`) to the service by injecting a secret environment
        variable; the response names it (`env_var_key`). Deploy or restart the service to pick
        it up. Not in the seed page; seen in the official CLI (providers.md). The 201 status is
        Inferred.

        ``POST /api/web-services/{web_service_id}/connections``

        Args:
            web_service_id: The web service's id.
            target_type: `database` for a managed Postgres database, `redis` for a Redis/Valkey instance.
            target_id: Id of the database or Redis/Valkey instance.
        """
        return cast(
            Connection,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/web-services/{web_service_id}/connections",
                    path_params={"web_service_id": web_service_id},
                    json={"target_type": target_type, "target_id": target_id},
                    content_type="application/json",
                    cast=Connection,
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


class WebServicesDeploymentsResource(SyncResource):
    """Operations on web_services.deployments."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        web_service_id: str,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Deployment]:
        """List deployments

        Lists the service's deployments, newest first, a page at a time.

        ``GET /api/web-services/{web_service_id}/deployments``

        Args:
            web_service_id: The web service's id.
            limit: Results per page (1–100). Default 10. At most 100.
            offset: Pagination offset. Default 0.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/api/web-services/{web_service_id}/deployments",
                path_params={"web_service_id": web_service_id},
                query={"limit": limit, "offset": offset},
                cast=DeploymentList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["offset"],
            Deployment,
            100,
        )

    def create(
        self,
        web_service_id: str,
        *,
        branch: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Deployment:
        """Trigger a deployment

        Triggers a deployment. The `branch` field is optional: it defaults to the service's
        configured branch. The 201 status is Inferred.

        ``POST /api/web-services/{web_service_id}/deployments``

        Args:
            web_service_id: The web service's id.
            branch: Branch to deploy; defaults to the service's configured branch.
        """
        return cast(
            Deployment,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/web-services/{web_service_id}/deployments",
                    path_params={"web_service_id": web_service_id},
                    json={"branch": branch},
                    content_type="application/json",
                    cast=Deployment,
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
        web_service_id: str,
        deployment_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Deployment:
        """Get a deployment

        One deployment, including its build logs.

        ``GET /api/web-services/{web_service_id}/deployments/{deployment_id}``

        Args:
            web_service_id: The web service's id.
            deployment_id: The deployment's id.
        """
        return cast(
            Deployment,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/web-services/{web_service_id}/deployments/{deployment_id}",
                    path_params={"web_service_id": web_service_id, "deployment_id": deployment_id},
                    cast=Deployment,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def cancel(
        self,
        web_service_id: str,
        deployment_id: str,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> OperationResult:
        """Cancel a deployment

        Cancels a deployment. Not in the seed page; documented in a newer version of the
        Public API page (providers.md). Inferred: the response body is not documented
        (free-form JSON object here).

        ``POST /api/web-services/{web_service_id}/deployments/{deployment_id}/cancel``

        Args:
            web_service_id: The web service's id.
            deployment_id: The deployment's id.
        """
        return cast(
            OperationResult,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/web-services/{web_service_id}/deployments/{deployment_id}/cancel",
                    path_params={"web_service_id": web_service_id, "deployment_id": deployment_id},
                    cast=OperationResult,
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

    def rollback(
        self,
        web_service_id: str,
        deployment_id: str,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Deployment:
        """Roll back to a deployment

        Rolls the service back to the given deployment. This creates a new deployment, which
        is returned with `rollback_from_deployment_id` set (response shape seen in the
        official CLI).

        ``POST /api/web-services/{web_service_id}/deployments/{deployment_id}/rollback``

        Args:
            web_service_id: The web service's id.
            deployment_id: The deployment's id.
        """
        return cast(
            Deployment,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/web-services/{web_service_id}/deployments/{deployment_id}/rollback",
                    path_params={"web_service_id": web_service_id, "deployment_id": deployment_id},
                    cast=Deployment,
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


class WebServicesEnvResource(SyncResource):
    """Operations on web_services.env."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        web_service_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> EnvironmentVariableList:
        """List environment variables

        Lists the service's environment variables. Values of secret variables are masked in
        the response (`value` is `null`). Not paginated.

        ``GET /api/web-services/{web_service_id}/env``

        Args:
            web_service_id: The web service's id.
        """
        return cast(
            EnvironmentVariableList,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/web-services/{web_service_id}/env",
                    path_params={"web_service_id": web_service_id},
                    cast=EnvironmentVariableList,
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
        web_service_id: str,
        *,
        key: str,
        value: str,
        is_secret: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> EnvironmentVariable:
        """Create an environment variable

        Adds one environment variable to the service. Inferred: the response body is not
        documented; this spec assumes the created variable is returned (same shape as the list
        items), with the 201 status.

        ``POST /api/web-services/{web_service_id}/env``

        Args:
            web_service_id: The web service's id.
            key: Variable name.
            value: Variable value.
            is_secret: Secret variables have their value masked when listed.
        """
        return cast(
            EnvironmentVariable,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/web-services/{web_service_id}/env",
                    path_params={"web_service_id": web_service_id},
                    json={"key": key, "value": value, "is_secret": is_secret},
                    content_type="application/json",
                    cast=EnvironmentVariable,
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

    def bulk_update(
        self,
        web_service_id: str,
        *,
        variables: List[EnvironmentVariableBulkItem],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> OperationResult:
        """Set environment variables in bulk

        Creates or updates several environment variables at once. An item for an existing
        variable must carry that variable's `id`; an item without `id` creates a variable, and
        is rejected with 409 Conflict when its key already exists (official CLI). Omit `id`
        rather than sending `null`. The docs' own example sends no ids; the generated mock
        upserts such items by `key` (updates the variable with that key, else creates one)
        rather than answering 409. Inferred: the response body is not documented (free-form
        JSON object here).

        ``PUT /api/web-services/{web_service_id}/env/bulk``

        Args:
            web_service_id: The web service's id.
        """
        return cast(
            OperationResult,
            self._client.request(
                Call(
                    method="PUT",
                    path="/api/web-services/{web_service_id}/env/bulk",
                    path_params={"web_service_id": web_service_id},
                    json={"variables": variables},
                    content_type="application/json",
                    cast=OperationResult,
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
        web_service_id: str,
        var_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete an environment variable

        Deletes one environment variable by its id. Needs a key with `admin` scope. The 204
        status is Inferred.

        ``DELETE /api/web-services/{web_service_id}/env/{var_id}``

        Args:
            web_service_id: The web service's id.
            var_id: The environment variable's id (the `id` of a list item).
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/api/web-services/{web_service_id}/env/{var_id}",
                path_params={"web_service_id": web_service_id, "var_id": var_id},
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


class WebServicesResource(SyncResource):
    """Operations on web_services."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.connections = WebServicesConnectionsResource(client)
        self.deployments = WebServicesDeploymentsResource(client)
        self.env = WebServicesEnvResource(client)

    def list(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebServiceList:
        """List web services

        Lists every web service of the account (across projects). Not paginated: the response
        carries every service and their `total`.

        ``GET /api/web-services``
        """
        return cast(
            WebServiceList,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/web-services",
                    cast=WebServiceList,
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
        *,
        name: str,
        project_id: Union[str, NotGiven] = NOT_GIVEN,
        project_type: Union[str, NotGiven] = NOT_GIVEN,
        source_type: Union[Literal["git", "image"], NotGiven] = NOT_GIVEN,
        git_repository_url: Union[str, NotGiven] = NOT_GIVEN,
        github_branch: Union[str, NotGiven] = NOT_GIVEN,
        image_ref: Union[str, NotGiven] = NOT_GIVEN,
        port: Union[int, NotGiven] = NOT_GIVEN,
        build_command: Union[str, NotGiven] = NOT_GIVEN,
        start_command: Union[str, NotGiven] = NOT_GIVEN,
        pre_deploy_command: Union[str, NotGiven] = NOT_GIVEN,
        health_check_path: Union[str, NotGiven] = NOT_GIVEN,
        dockerfile_path: Union[str, NotGiven] = NOT_GIVEN,
        root_directory: Union[str, NotGiven] = NOT_GIVEN,
        min_instances: Union[int, NotGiven] = NOT_GIVEN,
        max_instances: Union[int, NotGiven] = NOT_GIVEN,
        auto_deploy: Union[bool, NotGiven] = NOT_GIVEN,
        env_vars: Union[List[EnvironmentVariableInput], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebServiceDetail:
        """Create a web service

        Creates a web service from a Git repository or a Docker image. Only `name` is
        required; the API applies its own defaults (port 8080, one instance, branch `main`,
        ...) to every field not sent. Deploy it afterwards with `POST
        /api/web-services/{web_service_id}/deploy` or `.../deployments`. The 201 status is
        Inferred.

        ``POST /api/web-services``

        Args:
            name: Service name.
            project_id: UUID of the project to create the service in.
            project_type: Kind of service, e.g. `web_service`, `worker`.
            source_type: Build from a Git repository or run a Docker image.
            git_repository_url: Repository to build from (GitHub, GitLab or Bitbucket).
            github_branch: Branch to deploy.
            image_ref: Docker image to run (any registry-hosted image, public or private).
            port: Application port.
            build_command: Optional command run before image build (used by buildpacks).
            start_command: Process command, when not using the Dockerfile CMD.
            pre_deploy_command: Command run after build, before traffic is shifted (e.g. db migrate).
            health_check_path: HTTP path that returns 200 when the service is ready.
            dockerfile_path: Custom path to the Dockerfile (default `./Dockerfile`).
            root_directory: Sub-folder used as the project root (for monorepos).
            min_instances: Minimum number of instances.
            max_instances: Maximum number of instances.
            auto_deploy: Deploy automatically on push.
            env_vars: Environment variables to create with the service.
        """
        return cast(
            WebServiceDetail,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/web-services",
                    json={
                        "name": name,
                        "project_id": project_id,
                        "project_type": project_type,
                        "source_type": source_type,
                        "git_repository_url": git_repository_url,
                        "github_branch": github_branch,
                        "image_ref": image_ref,
                        "port": port,
                        "build_command": build_command,
                        "start_command": start_command,
                        "pre_deploy_command": pre_deploy_command,
                        "health_check_path": health_check_path,
                        "dockerfile_path": dockerfile_path,
                        "root_directory": root_directory,
                        "min_instances": min_instances,
                        "max_instances": max_instances,
                        "auto_deploy": auto_deploy,
                        "env_vars": env_vars,
                    },
                    content_type="application/json",
                    cast=WebServiceDetail,
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
        web_service_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebServiceDetail:
        """Get a web service

        One web service.

        ``GET /api/web-services/{web_service_id}``

        Args:
            web_service_id: The web service's id.
        """
        return cast(
            WebServiceDetail,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/web-services/{web_service_id}",
                    path_params={"web_service_id": web_service_id},
                    cast=WebServiceDetail,
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
        web_service_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a web service

        Deletes a web service. Needs a key with `admin` scope. Not in the seed page;
        documented in a newer version of the Public API page (providers.md). The 204 status
        is Inferred.

        ``DELETE /api/web-services/{web_service_id}``

        Args:
            web_service_id: The web service's id.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/api/web-services/{web_service_id}",
                path_params={"web_service_id": web_service_id},
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

    def update(
        self,
        web_service_id: str,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        github_branch: Union[str, NotGiven] = NOT_GIVEN,
        git_repository_url: Union[str, NotGiven] = NOT_GIVEN,
        image_ref: Union[str, NotGiven] = NOT_GIVEN,
        port: Union[int, NotGiven] = NOT_GIVEN,
        build_command: Union[str, NotGiven] = NOT_GIVEN,
        start_command: Union[str, NotGiven] = NOT_GIVEN,
        pre_deploy_command: Union[str, NotGiven] = NOT_GIVEN,
        health_check_path: Union[str, NotGiven] = NOT_GIVEN,
        dockerfile_path: Union[str, NotGiven] = NOT_GIVEN,
        root_directory: Union[str, NotGiven] = NOT_GIVEN,
        min_instances: Union[int, NotGiven] = NOT_GIVEN,
        max_instances: Union[int, NotGiven] = NOT_GIVEN,
        auto_deploy: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebServiceDetail:
        """Update a web service

        Changes a web service's configuration (e.g. `{"name": ..., "min_instances": ...}`).
        Not in the seed page; documented in a newer version of the Public API page
        (providers.md). Inferred: which fields besides `name` and `min_instances` may be
        changed (this spec accepts the configuration fields of the create body) and the
        response (assumed to be the updated service).

        ``PATCH /api/web-services/{web_service_id}``

        Args:
            web_service_id: The web service's id.
        """
        return cast(
            WebServiceDetail,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/api/web-services/{web_service_id}",
                    path_params={"web_service_id": web_service_id},
                    json={
                        "name": name,
                        "github_branch": github_branch,
                        "git_repository_url": git_repository_url,
                        "image_ref": image_ref,
                        "port": port,
                        "build_command": build_command,
                        "start_command": start_command,
                        "pre_deploy_command": pre_deploy_command,
                        "health_check_path": health_check_path,
                        "dockerfile_path": dockerfile_path,
                        "root_directory": root_directory,
                        "min_instances": min_instances,
                        "max_instances": max_instances,
                        "auto_deploy": auto_deploy,
                    },
                    content_type="application/json",
                    cast=WebServiceDetail,
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

    def deploy(
        self,
        web_service_id: str,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> OperationResult:
        """Deploy a web service

        Triggers a fresh deployment of the current configured branch. The official CLI also
        uses this endpoint to start a stopped service. Inferred: the response body is not
        documented (free-form JSON object here).

        ``POST /api/web-services/{web_service_id}/deploy``

        Args:
            web_service_id: The web service's id.
        """
        return cast(
            OperationResult,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/web-services/{web_service_id}/deploy",
                    path_params={"web_service_id": web_service_id},
                    cast=OperationResult,
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

    def restart(
        self,
        web_service_id: str,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> OperationResult:
        """Restart a web service

        Re-rolls existing instances without rebuilding. Inferred: the response body is not
        documented (free-form JSON object here).

        ``POST /api/web-services/{web_service_id}/restart``

        Args:
            web_service_id: The web service's id.
        """
        return cast(
            OperationResult,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/web-services/{web_service_id}/restart",
                    path_params={"web_service_id": web_service_id},
                    cast=OperationResult,
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

    def stop(
        self,
        web_service_id: str,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> OperationResult:
        """Stop a web service

        Releases compute; env vars and disks are preserved. Inferred: the response body is not
        documented (free-form JSON object here).

        ``POST /api/web-services/{web_service_id}/stop``

        Args:
            web_service_id: The web service's id.
        """
        return cast(
            OperationResult,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/web-services/{web_service_id}/stop",
                    path_params={"web_service_id": web_service_id},
                    cast=OperationResult,
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

    def start(
        self,
        web_service_id: str,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> OperationResult:
        """Start a web service

        Starts a stopped web service. Only in a newer version of the Public API page
        (providers.md); the official CLI's `start` command calls `/deploy` instead. Inferred:
        the response body is not documented (free-form JSON object here).

        ``POST /api/web-services/{web_service_id}/start``

        Args:
            web_service_id: The web service's id.
        """
        return cast(
            OperationResult,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/web-services/{web_service_id}/start",
                    path_params={"web_service_id": web_service_id},
                    cast=OperationResult,
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

    def logs(
        self,
        web_service_id: str,
        *,
        tail: Optional[int] = None,
        since: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ContainerLogs:
        """Get container logs

        Returns the service's container logs as raw text.

        ``GET /api/web-services/{web_service_id}/logs``

        Args:
            web_service_id: The web service's id.
            tail: Number of log lines (1–10000). Default 100. At most 10000.
            since: Unix timestamp (seconds) to filter logs from.
        """
        return cast(
            ContainerLogs,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/web-services/{web_service_id}/logs",
                    path_params={"web_service_id": web_service_id},
                    query={"tail": tail, "since": since},
                    cast=ContainerLogs,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def metrics(
        self,
        web_service_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ResourceMetrics:
        """Get current resource usage

        Current CPU and memory usage and instance count of the service. All zeros while the
        service is not `running`. Not in the seed page; seen in the official CLI
        (providers.md).

        ``GET /api/web-services/{web_service_id}/metrics``

        Args:
            web_service_id: The web service's id.
        """
        return cast(
            ResourceMetrics,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/web-services/{web_service_id}/metrics",
                    path_params={"web_service_id": web_service_id},
                    cast=ResourceMetrics,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def metrics_history(
        self,
        web_service_id: str,
        *,
        period: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> MetricsHistory:
        """Get resource usage history

        Usage data points over a period. Not in the seed page; seen in the official CLI
        (providers.md), which always sends `period`. Inferred: whether `period` is required
        and its default.

        ``GET /api/web-services/{web_service_id}/metrics/history``

        Args:
            web_service_id: The web service's id.
            period: Length of the history window, in seconds.
        """
        return cast(
            MetricsHistory,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/web-services/{web_service_id}/metrics/history",
                    path_params={"web_service_id": web_service_id},
                    query={"period": period},
                    cast=MetricsHistory,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


class AsyncWebServicesConnectionsResource(AsyncResource):
    """Operations on web_services.connections."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def create(
        self,
        web_service_id: str,
        *,
        target_type: Literal["database", "redis"],
        target_id: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Connection:
        """Connect a database or Redis to a web service

        Connects a managed Postgres database (`target_type: database`) or Redis/Valkey
        instance (`target_type: redis`) to the service by injecting a secret environment
        variable; the response names it (`env_var_key`). Deploy or restart the service to pick
        it up. Not in the seed page; seen in the official CLI (providers.md). The 201 status is
        Inferred.

        ``POST /api/web-services/{web_service_id}/connections``

        Args:
            web_service_id: The web service's id.
            target_type: `database` for a managed Postgres database, `redis` for a Redis/Valkey instance.
            target_id: Id of the database or Redis/Valkey instance.
        """
        return cast(
            Connection,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/web-services/{web_service_id}/connections",
                    path_params={"web_service_id": web_service_id},
                    json={"target_type": target_type, "target_id": target_id},
                    content_type="application/json",
                    cast=Connection,
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


class AsyncWebServicesDeploymentsResource(AsyncResource):
    """Operations on web_services.deployments."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        web_service_id: str,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Deployment]:
        """List deployments

        Lists the service's deployments, newest first, a page at a time.

        ``GET /api/web-services/{web_service_id}/deployments``

        Args:
            web_service_id: The web service's id.
            limit: Results per page (1–100). Default 10. At most 100.
            offset: Pagination offset. Default 0.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/api/web-services/{web_service_id}/deployments",
                path_params={"web_service_id": web_service_id},
                query={"limit": limit, "offset": offset},
                cast=DeploymentList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["offset"],
            Deployment,
            100,
        )

    async def create(
        self,
        web_service_id: str,
        *,
        branch: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Deployment:
        """Trigger a deployment

        Triggers a deployment. The `branch` field is optional: it defaults to the service's
        configured branch. The 201 status is Inferred.

        ``POST /api/web-services/{web_service_id}/deployments``

        Args:
            web_service_id: The web service's id.
            branch: Branch to deploy; defaults to the service's configured branch.
        """
        return cast(
            Deployment,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/web-services/{web_service_id}/deployments",
                    path_params={"web_service_id": web_service_id},
                    json={"branch": branch},
                    content_type="application/json",
                    cast=Deployment,
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
        web_service_id: str,
        deployment_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Deployment:
        """Get a deployment

        One deployment, including its build logs.

        ``GET /api/web-services/{web_service_id}/deployments/{deployment_id}``

        Args:
            web_service_id: The web service's id.
            deployment_id: The deployment's id.
        """
        return cast(
            Deployment,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/web-services/{web_service_id}/deployments/{deployment_id}",
                    path_params={"web_service_id": web_service_id, "deployment_id": deployment_id},
                    cast=Deployment,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def cancel(
        self,
        web_service_id: str,
        deployment_id: str,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> OperationResult:
        """Cancel a deployment

        Cancels a deployment. Not in the seed page; documented in a newer version of the
        Public API page (providers.md). Inferred: the response body is not documented
        (free-form JSON object here).

        ``POST /api/web-services/{web_service_id}/deployments/{deployment_id}/cancel``

        Args:
            web_service_id: The web service's id.
            deployment_id: The deployment's id.
        """
        return cast(
            OperationResult,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/web-services/{web_service_id}/deployments/{deployment_id}/cancel",
                    path_params={"web_service_id": web_service_id, "deployment_id": deployment_id},
                    cast=OperationResult,
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

    async def rollback(
        self,
        web_service_id: str,
        deployment_id: str,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Deployment:
        """Roll back to a deployment

        Rolls the service back to the given deployment. This creates a new deployment, which
        is returned with `rollback_from_deployment_id` set (response shape seen in the
        official CLI).

        ``POST /api/web-services/{web_service_id}/deployments/{deployment_id}/rollback``

        Args:
            web_service_id: The web service's id.
            deployment_id: The deployment's id.
        """
        return cast(
            Deployment,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/web-services/{web_service_id}/deployments/{deployment_id}/rollback",
                    path_params={"web_service_id": web_service_id, "deployment_id": deployment_id},
                    cast=Deployment,
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


class AsyncWebServicesEnvResource(AsyncResource):
    """Operations on web_services.env."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def list(
        self,
        web_service_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> EnvironmentVariableList:
        """List environment variables

        Lists the service's environment variables. Values of secret variables are masked in
        the response (`value` is `null`). Not paginated.

        ``GET /api/web-services/{web_service_id}/env``

        Args:
            web_service_id: The web service's id.
        """
        return cast(
            EnvironmentVariableList,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/web-services/{web_service_id}/env",
                    path_params={"web_service_id": web_service_id},
                    cast=EnvironmentVariableList,
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
        web_service_id: str,
        *,
        key: str,
        value: str,
        is_secret: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> EnvironmentVariable:
        """Create an environment variable

        Adds one environment variable to the service. Inferred: the response body is not
        documented; this spec assumes the created variable is returned (same shape as the list
        items), with the 201 status.

        ``POST /api/web-services/{web_service_id}/env``

        Args:
            web_service_id: The web service's id.
            key: Variable name.
            value: Variable value.
            is_secret: Secret variables have their value masked when listed.
        """
        return cast(
            EnvironmentVariable,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/web-services/{web_service_id}/env",
                    path_params={"web_service_id": web_service_id},
                    json={"key": key, "value": value, "is_secret": is_secret},
                    content_type="application/json",
                    cast=EnvironmentVariable,
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

    async def bulk_update(
        self,
        web_service_id: str,
        *,
        variables: List[EnvironmentVariableBulkItem],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> OperationResult:
        """Set environment variables in bulk

        Creates or updates several environment variables at once. An item for an existing
        variable must carry that variable's `id`; an item without `id` creates a variable, and
        is rejected with 409 Conflict when its key already exists (official CLI). Omit `id`
        rather than sending `null`. The docs' own example sends no ids; the generated mock
        upserts such items by `key` (updates the variable with that key, else creates one)
        rather than answering 409. Inferred: the response body is not documented (free-form
        JSON object here).

        ``PUT /api/web-services/{web_service_id}/env/bulk``

        Args:
            web_service_id: The web service's id.
        """
        return cast(
            OperationResult,
            await self._client.request(
                Call(
                    method="PUT",
                    path="/api/web-services/{web_service_id}/env/bulk",
                    path_params={"web_service_id": web_service_id},
                    json={"variables": variables},
                    content_type="application/json",
                    cast=OperationResult,
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
        web_service_id: str,
        var_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete an environment variable

        Deletes one environment variable by its id. Needs a key with `admin` scope. The 204
        status is Inferred.

        ``DELETE /api/web-services/{web_service_id}/env/{var_id}``

        Args:
            web_service_id: The web service's id.
            var_id: The environment variable's id (the `id` of a list item).
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/api/web-services/{web_service_id}/env/{var_id}",
                path_params={"web_service_id": web_service_id, "var_id": var_id},
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


class AsyncWebServicesResource(AsyncResource):
    """Operations on web_services."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.connections = AsyncWebServicesConnectionsResource(client)
        self.deployments = AsyncWebServicesDeploymentsResource(client)
        self.env = AsyncWebServicesEnvResource(client)

    async def list(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebServiceList:
        """List web services

        Lists every web service of the account (across projects). Not paginated: the response
        carries every service and their `total`.

        ``GET /api/web-services``
        """
        return cast(
            WebServiceList,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/web-services",
                    cast=WebServiceList,
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
        *,
        name: str,
        project_id: Union[str, NotGiven] = NOT_GIVEN,
        project_type: Union[str, NotGiven] = NOT_GIVEN,
        source_type: Union[Literal["git", "image"], NotGiven] = NOT_GIVEN,
        git_repository_url: Union[str, NotGiven] = NOT_GIVEN,
        github_branch: Union[str, NotGiven] = NOT_GIVEN,
        image_ref: Union[str, NotGiven] = NOT_GIVEN,
        port: Union[int, NotGiven] = NOT_GIVEN,
        build_command: Union[str, NotGiven] = NOT_GIVEN,
        start_command: Union[str, NotGiven] = NOT_GIVEN,
        pre_deploy_command: Union[str, NotGiven] = NOT_GIVEN,
        health_check_path: Union[str, NotGiven] = NOT_GIVEN,
        dockerfile_path: Union[str, NotGiven] = NOT_GIVEN,
        root_directory: Union[str, NotGiven] = NOT_GIVEN,
        min_instances: Union[int, NotGiven] = NOT_GIVEN,
        max_instances: Union[int, NotGiven] = NOT_GIVEN,
        auto_deploy: Union[bool, NotGiven] = NOT_GIVEN,
        env_vars: Union[List[EnvironmentVariableInput], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebServiceDetail:
        """Create a web service

        Creates a web service from a Git repository or a Docker image. Only `name` is
        required; the API applies its own defaults (port 8080, one instance, branch `main`,
        ...) to every field not sent. Deploy it afterwards with `POST
        /api/web-services/{web_service_id}/deploy` or `.../deployments`. The 201 status is
        Inferred.

        ``POST /api/web-services``

        Args:
            name: Service name.
            project_id: UUID of the project to create the service in.
            project_type: Kind of service, e.g. `web_service`, `worker`.
            source_type: Build from a Git repository or run a Docker image.
            git_repository_url: Repository to build from (GitHub, GitLab or Bitbucket).
            github_branch: Branch to deploy.
            image_ref: Docker image to run (any registry-hosted image, public or private).
            port: Application port.
            build_command: Optional command run before image build (used by buildpacks).
            start_command: Process command, when not using the Dockerfile CMD.
            pre_deploy_command: Command run after build, before traffic is shifted (e.g. db migrate).
            health_check_path: HTTP path that returns 200 when the service is ready.
            dockerfile_path: Custom path to the Dockerfile (default `./Dockerfile`).
            root_directory: Sub-folder used as the project root (for monorepos).
            min_instances: Minimum number of instances.
            max_instances: Maximum number of instances.
            auto_deploy: Deploy automatically on push.
            env_vars: Environment variables to create with the service.
        """
        return cast(
            WebServiceDetail,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/web-services",
                    json={
                        "name": name,
                        "project_id": project_id,
                        "project_type": project_type,
                        "source_type": source_type,
                        "git_repository_url": git_repository_url,
                        "github_branch": github_branch,
                        "image_ref": image_ref,
                        "port": port,
                        "build_command": build_command,
                        "start_command": start_command,
                        "pre_deploy_command": pre_deploy_command,
                        "health_check_path": health_check_path,
                        "dockerfile_path": dockerfile_path,
                        "root_directory": root_directory,
                        "min_instances": min_instances,
                        "max_instances": max_instances,
                        "auto_deploy": auto_deploy,
                        "env_vars": env_vars,
                    },
                    content_type="application/json",
                    cast=WebServiceDetail,
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
        web_service_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebServiceDetail:
        """Get a web service

        One web service.

        ``GET /api/web-services/{web_service_id}``

        Args:
            web_service_id: The web service's id.
        """
        return cast(
            WebServiceDetail,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/web-services/{web_service_id}",
                    path_params={"web_service_id": web_service_id},
                    cast=WebServiceDetail,
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
        web_service_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a web service

        Deletes a web service. Needs a key with `admin` scope. Not in the seed page;
        documented in a newer version of the Public API page (providers.md). The 204 status
        is Inferred.

        ``DELETE /api/web-services/{web_service_id}``

        Args:
            web_service_id: The web service's id.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/api/web-services/{web_service_id}",
                path_params={"web_service_id": web_service_id},
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

    async def update(
        self,
        web_service_id: str,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        github_branch: Union[str, NotGiven] = NOT_GIVEN,
        git_repository_url: Union[str, NotGiven] = NOT_GIVEN,
        image_ref: Union[str, NotGiven] = NOT_GIVEN,
        port: Union[int, NotGiven] = NOT_GIVEN,
        build_command: Union[str, NotGiven] = NOT_GIVEN,
        start_command: Union[str, NotGiven] = NOT_GIVEN,
        pre_deploy_command: Union[str, NotGiven] = NOT_GIVEN,
        health_check_path: Union[str, NotGiven] = NOT_GIVEN,
        dockerfile_path: Union[str, NotGiven] = NOT_GIVEN,
        root_directory: Union[str, NotGiven] = NOT_GIVEN,
        min_instances: Union[int, NotGiven] = NOT_GIVEN,
        max_instances: Union[int, NotGiven] = NOT_GIVEN,
        auto_deploy: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebServiceDetail:
        """Update a web service

        Changes a web service's configuration (e.g. `{"name": ..., "min_instances": ...}`).
        Not in the seed page; documented in a newer version of the Public API page
        (providers.md). Inferred: which fields besides `name` and `min_instances` may be
        changed (this spec accepts the configuration fields of the create body) and the
        response (assumed to be the updated service).

        ``PATCH /api/web-services/{web_service_id}``

        Args:
            web_service_id: The web service's id.
        """
        return cast(
            WebServiceDetail,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/api/web-services/{web_service_id}",
                    path_params={"web_service_id": web_service_id},
                    json={
                        "name": name,
                        "github_branch": github_branch,
                        "git_repository_url": git_repository_url,
                        "image_ref": image_ref,
                        "port": port,
                        "build_command": build_command,
                        "start_command": start_command,
                        "pre_deploy_command": pre_deploy_command,
                        "health_check_path": health_check_path,
                        "dockerfile_path": dockerfile_path,
                        "root_directory": root_directory,
                        "min_instances": min_instances,
                        "max_instances": max_instances,
                        "auto_deploy": auto_deploy,
                    },
                    content_type="application/json",
                    cast=WebServiceDetail,
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

    async def deploy(
        self,
        web_service_id: str,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> OperationResult:
        """Deploy a web service

        Triggers a fresh deployment of the current configured branch. The official CLI also
        uses this endpoint to start a stopped service. Inferred: the response body is not
        documented (free-form JSON object here).

        ``POST /api/web-services/{web_service_id}/deploy``

        Args:
            web_service_id: The web service's id.
        """
        return cast(
            OperationResult,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/web-services/{web_service_id}/deploy",
                    path_params={"web_service_id": web_service_id},
                    cast=OperationResult,
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

    async def restart(
        self,
        web_service_id: str,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> OperationResult:
        """Restart a web service

        Re-rolls existing instances without rebuilding. Inferred: the response body is not
        documented (free-form JSON object here).

        ``POST /api/web-services/{web_service_id}/restart``

        Args:
            web_service_id: The web service's id.
        """
        return cast(
            OperationResult,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/web-services/{web_service_id}/restart",
                    path_params={"web_service_id": web_service_id},
                    cast=OperationResult,
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

    async def stop(
        self,
        web_service_id: str,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> OperationResult:
        """Stop a web service

        Releases compute; env vars and disks are preserved. Inferred: the response body is not
        documented (free-form JSON object here).

        ``POST /api/web-services/{web_service_id}/stop``

        Args:
            web_service_id: The web service's id.
        """
        return cast(
            OperationResult,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/web-services/{web_service_id}/stop",
                    path_params={"web_service_id": web_service_id},
                    cast=OperationResult,
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

    async def start(
        self,
        web_service_id: str,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> OperationResult:
        """Start a web service

        Starts a stopped web service. Only in a newer version of the Public API page
        (providers.md); the official CLI's `start` command calls `/deploy` instead. Inferred:
        the response body is not documented (free-form JSON object here).

        ``POST /api/web-services/{web_service_id}/start``

        Args:
            web_service_id: The web service's id.
        """
        return cast(
            OperationResult,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/web-services/{web_service_id}/start",
                    path_params={"web_service_id": web_service_id},
                    cast=OperationResult,
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

    async def logs(
        self,
        web_service_id: str,
        *,
        tail: Optional[int] = None,
        since: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ContainerLogs:
        """Get container logs

        Returns the service's container logs as raw text.

        ``GET /api/web-services/{web_service_id}/logs``

        Args:
            web_service_id: The web service's id.
            tail: Number of log lines (1–10000). Default 100. At most 10000.
            since: Unix timestamp (seconds) to filter logs from.
        """
        return cast(
            ContainerLogs,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/web-services/{web_service_id}/logs",
                    path_params={"web_service_id": web_service_id},
                    query={"tail": tail, "since": since},
                    cast=ContainerLogs,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def metrics(
        self,
        web_service_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ResourceMetrics:
        """Get current resource usage

        Current CPU and memory usage and instance count of the service. All zeros while the
        service is not `running`. Not in the seed page; seen in the official CLI
        (providers.md).

        ``GET /api/web-services/{web_service_id}/metrics``

        Args:
            web_service_id: The web service's id.
        """
        return cast(
            ResourceMetrics,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/web-services/{web_service_id}/metrics",
                    path_params={"web_service_id": web_service_id},
                    cast=ResourceMetrics,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def metrics_history(
        self,
        web_service_id: str,
        *,
        period: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> MetricsHistory:
        """Get resource usage history

        Usage data points over a period. Not in the seed page; seen in the official CLI
        (providers.md), which always sends `period`. Inferred: whether `period` is required
        and its default.

        ``GET /api/web-services/{web_service_id}/metrics/history``

        Args:
            web_service_id: The web service's id.
            period: Length of the history window, in seconds.
        """
        return cast(
            MetricsHistory,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/web-services/{web_service_id}/metrics/history",
                    path_params={"web_service_id": web_service_id},
                    query={"period": period},
                    cast=MetricsHistory,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )
