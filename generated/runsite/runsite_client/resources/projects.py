"""Operations on projects.

``client.projects`` of the Runsite Public API, sync and async.
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


class ProjectsSecretsResource(SyncResource):
    """Operations on projects.secrets."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        project_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectSecretGroups:
        """List project secrets

        Returns the project's secrets grouped by key. Project secrets are scoped per
        environment (`production`, `staging`, `development`) and can be reused across services
        in the project.

        Inferred: the documentation says only "grouped by key" and shows no response body.
        This spec models it as an object whose property names are the secret keys and whose
        values list that key's per-scope secrets. Whether secret values are masked (`null`),
        as they are for web service env vars, is also Inferred.

        ``GET /api/projects/{project_id}/secrets``

        Args:
            project_id: The project's id.
        """
        return cast(
            ProjectSecretGroups,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/projects/{project_id}/secrets",
                    path_params={"project_id": project_id},
                    cast=ProjectSecretGroups,
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
        project_id: str,
        *,
        key: str,
        value: str,
        scope: SecretScope,
        is_secret: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectSecret:
        """Create a project secret

        Creates a secret for one environment scope of the project: `production` (used in
        production deployments), `staging` (used in staging environments) or `development`
        (used in development environments).

        Inferred: the response body is not documented; this spec assumes the created secret
        is returned, with the 201 status.

        ``POST /api/projects/{project_id}/secrets``

        Args:
            project_id: The project's id.
            key: Secret name, e.g. `STRIPE_SECRET_KEY`.
            value: Secret value.
            is_secret: Whether the value is secret.
        """
        return cast(
            ProjectSecret,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/projects/{project_id}/secrets",
                    path_params={"project_id": project_id},
                    json={"key": key, "value": value, "scope": scope, "is_secret": is_secret},
                    content_type="application/json",
                    cast=ProjectSecret,
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
        project_id: str,
        *,
        secrets: List[ProjectSecretBulkItem],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> OperationResult:
        """Set project secrets in bulk

        Sets several project secrets in one request; the same key may appear once per scope.
        Inferred: the response body is not documented (free-form JSON object here).

        ``PUT /api/projects/{project_id}/secrets/bulk``

        Args:
            project_id: The project's id.
        """
        return cast(
            OperationResult,
            self._client.request(
                Call(
                    method="PUT",
                    path="/api/projects/{project_id}/secrets/bulk",
                    path_params={"project_id": project_id},
                    json={"secrets": secrets},
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
        project_id: str,
        secret_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a project secret

        Deletes one project secret. Deletes need a key with `admin` scope. The 204 status is
        Inferred.

        ``DELETE /api/projects/{project_id}/secrets/{secret_id}``

        Args:
            project_id: The project's id.
            secret_id: The project secret's id (Inferred to be a UUID, like every other id).
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/api/projects/{project_id}/secrets/{secret_id}",
                path_params={"project_id": project_id, "secret_id": secret_id},
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


class ProjectsResource(SyncResource):
    """Operations on projects."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.secrets = ProjectsSecretsResource(client)

    def list(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectList:
        """List projects

        Returns all projects owned by the authenticated user, each with a count of its
        resources (`service_summary`). Not paginated: the response carries every project and
        their `total`.

        ``GET /api/projects``
        """
        return cast(
            ProjectList,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/projects",
                    cast=ProjectList,
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
        description: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Project:
        """Create a project

        Creates a project. Requires a key with `write` scope. Returns the new project
        (`id`, `name`, `description`, as read by the official CLI). The 201 status is Inferred.

        ``POST /api/projects``

        Args:
            name: Project name.
            description: Optional description.
        """
        return cast(
            Project,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/projects",
                    json={"name": name, "description": description},
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

    def get(
        self,
        project_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectDetail:
        """Get project details

        One project with its web services, Postgres and Redis/Valkey instances.

        ``GET /api/projects/{project_id}``

        Args:
            project_id: The project's id.
        """
        return cast(
            ProjectDetail,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/projects/{project_id}",
                    path_params={"project_id": project_id},
                    cast=ProjectDetail,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


class AsyncProjectsSecretsResource(AsyncResource):
    """Operations on projects.secrets."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def list(
        self,
        project_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectSecretGroups:
        """List project secrets

        Returns the project's secrets grouped by key. Project secrets are scoped per
        environment (`production`, `staging`, `development`) and can be reused across services
        in the project.

        Inferred: the documentation says only "grouped by key" and shows no response body.
        This spec models it as an object whose property names are the secret keys and whose
        values list that key's per-scope secrets. Whether secret values are masked (`null`),
        as they are for web service env vars, is also Inferred.

        ``GET /api/projects/{project_id}/secrets``

        Args:
            project_id: The project's id.
        """
        return cast(
            ProjectSecretGroups,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/projects/{project_id}/secrets",
                    path_params={"project_id": project_id},
                    cast=ProjectSecretGroups,
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
        project_id: str,
        *,
        key: str,
        value: str,
        scope: SecretScope,
        is_secret: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectSecret:
        """Create a project secret

        Creates a secret for one environment scope of the project: `production` (used in
        production deployments), `staging` (used in staging environments) or `development`
        (used in development environments).

        Inferred: the response body is not documented; this spec assumes the created secret
        is returned, with the 201 status.

        ``POST /api/projects/{project_id}/secrets``

        Args:
            project_id: The project's id.
            key: Secret name, e.g. `STRIPE_SECRET_KEY`.
            value: Secret value.
            is_secret: Whether the value is secret.
        """
        return cast(
            ProjectSecret,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/projects/{project_id}/secrets",
                    path_params={"project_id": project_id},
                    json={"key": key, "value": value, "scope": scope, "is_secret": is_secret},
                    content_type="application/json",
                    cast=ProjectSecret,
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
        project_id: str,
        *,
        secrets: List[ProjectSecretBulkItem],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> OperationResult:
        """Set project secrets in bulk

        Sets several project secrets in one request; the same key may appear once per scope.
        Inferred: the response body is not documented (free-form JSON object here).

        ``PUT /api/projects/{project_id}/secrets/bulk``

        Args:
            project_id: The project's id.
        """
        return cast(
            OperationResult,
            await self._client.request(
                Call(
                    method="PUT",
                    path="/api/projects/{project_id}/secrets/bulk",
                    path_params={"project_id": project_id},
                    json={"secrets": secrets},
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
        project_id: str,
        secret_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a project secret

        Deletes one project secret. Deletes need a key with `admin` scope. The 204 status is
        Inferred.

        ``DELETE /api/projects/{project_id}/secrets/{secret_id}``

        Args:
            project_id: The project's id.
            secret_id: The project secret's id (Inferred to be a UUID, like every other id).
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/api/projects/{project_id}/secrets/{secret_id}",
                path_params={"project_id": project_id, "secret_id": secret_id},
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


class AsyncProjectsResource(AsyncResource):
    """Operations on projects."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.secrets = AsyncProjectsSecretsResource(client)

    async def list(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectList:
        """List projects

        Returns all projects owned by the authenticated user, each with a count of its
        resources (`service_summary`). Not paginated: the response carries every project and
        their `total`.

        ``GET /api/projects``
        """
        return cast(
            ProjectList,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/projects",
                    cast=ProjectList,
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
        description: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Project:
        """Create a project

        Creates a project. Requires a key with `write` scope. Returns the new project
        (`id`, `name`, `description`, as read by the official CLI). The 201 status is Inferred.

        ``POST /api/projects``

        Args:
            name: Project name.
            description: Optional description.
        """
        return cast(
            Project,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/projects",
                    json={"name": name, "description": description},
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

    async def get(
        self,
        project_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectDetail:
        """Get project details

        One project with its web services, Postgres and Redis/Valkey instances.

        ``GET /api/projects/{project_id}``

        Args:
            project_id: The project's id.
        """
        return cast(
            ProjectDetail,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/projects/{project_id}",
                    path_params={"project_id": project_id},
                    cast=ProjectDetail,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )
