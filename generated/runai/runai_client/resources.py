"""Resources of the Run:ai REST API: ``client.<resource>.<method>(...)``, sync and async."""

from __future__ import annotations

import warnings
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Mapping, Optional, Union, cast

from ._base_client import AsyncAPIClient, Call, SyncAPIClient
from ._config import PAGING
from ._pagination import AsyncPager, SyncPager
from ._resource import AsyncResource, SyncResource
from ._types import NOT_GIVEN, FileTypes, NotGiven, RequestOptions, Timeout
from .models import *  # noqa: F403 - every model name is part of the signatures below


class TokenResource(SyncResource):
    """Operations on token."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def grant_token_v2(
        self,
        *,
        grant_type: Literal[
            "authorization_code", "client_credentials", "password", "refresh_token"
        ],
        client_id: Union[str, NotGiven] = NOT_GIVEN,
        client_secret: Union[str, NotGiven] = NOT_GIVEN,
        username: Union[str, NotGiven] = NOT_GIVEN,
        password: Union[str, NotGiven] = NOT_GIVEN,
        refresh_token: Union[str, NotGiven] = NOT_GIVEN,
        code: Union[str, NotGiven] = NOT_GIVEN,
        redirect_uri: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> OAuth2TokenResponse:
        """Create an access token v2

        Use this endpoint to obtain an access token. Compliant with standard OAuth2 protocol and supports the common OAuth2 grant types. For `client_credentials`, obtain the client id and secret using the service accounts or access keys endpoints. The body is `application/x-www-form-urlencoded`. This endpoint takes no bearer token; it is the token URL of the `oauth2` security scheme.

        ``POST /api/v2/token``

        Args:
            grant_type: The OAuth2 grant type that determines how the token will be issued.
            client_id: OAuth2 client identifier
            client_secret: OAuth2 client secret
            username: Resource owner username (for password grant)
            password: The password of the resource owner. Required only when using the password grant type.
            refresh_token: The refresh token used to obtain a new access token. Required only when using the refresh_token grant type.
            code: Authorization code issued by the authorization server. Used in the authorization_code grant to exchange the code for an access token.
            redirect_uri: The redirect URI used during the authorization request. Required for the authorization_code grant to validate the redirect destination.
        """
        return cast(
            OAuth2TokenResponse,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/v2/token",
                    path_params={},
                    query={},
                    headers={},
                    data={
                        "grant_type": grant_type,
                        "client_id": client_id,
                        "client_secret": client_secret,
                        "username": username,
                        "password": password,
                        "refresh_token": refresh_token,
                        "code": code,
                        "redirect_uri": redirect_uri,
                    },
                    content_type="application/x-www-form-urlencoded",
                    cast=OAuth2TokenResponse,
                    response_kind="json",
                    authenticated=False,
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

    def grant_token(
        self,
        *,
        grant_type: Union[TokenRequestGrantTypeEnum, NotGiven] = NOT_GIVEN,
        app_id: Union[str, NotGiven] = NOT_GIVEN,
        app_secret: Union[str, NotGiven] = NOT_GIVEN,
        code: Union[str, NotGiven] = NOT_GIVEN,
        redirect_uri: Union[str, NotGiven] = NOT_GIVEN,
        refresh_token: Union[str, NotGiven] = NOT_GIVEN,
        username: Union[str, NotGiven] = NOT_GIVEN,
        password: Union[str, NotGiven] = NOT_GIVEN,
        client_id: Union[str, NotGiven] = NOT_GIVEN,
        client_secret: Union[str, NotGiven] = NOT_GIVEN,
        external_token: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TokenResponse:
        """Create an access token v1

        Create tokens using the `grantType` field of a JSON body. With `grantType: client_credentials`, send the `clientID` and `clientSecret` (obtain them using the service accounts or access keys endpoints, or from a client application). Other grant types: `refresh_token` (`refreshToken`, `clientID`), `exchange_token` (`code`, `clientID`, `redirectUri`), `external_token_exchange` (`externalToken`: an access token from an external IdP), `password` (`username`, `password`) and the deprecated `app_token` (`appID`, `appSecret`, obtained using the applications or user applications endpoints). The response's `expiresIn` is the token lifetime in seconds. This endpoint takes no bearer token. The documentation's example spells the client id field `clientId`; the official schema spells it `clientID`, which is kept here.

        ``POST /api/v1/token``
        """
        return cast(
            TokenResponse,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/v1/token",
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "grantType": grant_type,
                        "appID": app_id,
                        "appSecret": app_secret,
                        "code": code,
                        "redirectUri": redirect_uri,
                        "refreshToken": refresh_token,
                        "username": username,
                        "password": password,
                        "clientID": client_id,
                        "clientSecret": client_secret,
                        "externalToken": external_token,
                    },
                    content_type="application/json",
                    cast=TokenResponse,
                    response_kind="json",
                    authenticated=False,
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


class ClustersResource(SyncResource):
    """Operations on clusters."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        verbosity: Optional[Literal["metadata", "full"]] = None,
        include_requested_for_delete: Optional[bool] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[DisplayedCluster]:
        """Get a list of clusters.

        Retrieve a list of clusters with details.

        ``GET /api/v1/clusters``

        Args:
            verbosity: response verbosity level. Default 'full'.
            include_requested_for_delete: When true, includes clusters that are marked for deletion
        """
        return cast(
            List[DisplayedCluster],
            self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/clusters",
                    path_params={},
                    query={
                        "verbosity": verbosity,
                        "includeRequestedForDelete": include_requested_for_delete,
                    },
                    headers={},
                    cast=List[DisplayedCluster],
                    response_kind="json",
                    authenticated=True,
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
        domain: Union[str, NotGiven] = NOT_GIVEN,
        version: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DisplayedCluster:
        """Create a cluster.

        Use to create a Kubernetes cluster.

        ``POST /api/v1/clusters``
        """
        return cast(
            DisplayedCluster,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/v1/clusters",
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "name": name,
                        "domain": domain,
                        "version": version,
                    },
                    content_type="application/json",
                    cast=DisplayedCluster,
                    response_kind="json",
                    authenticated=True,
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
        cluster_uuid: str,
        *,
        verbosity: Optional[Literal["metadata", "full"]] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DisplayedCluster:
        """Get cluster by id.

        Retrieve cluster details by Universally Unique Identifier (UUID).

        ``GET /api/v1/clusters/{clusterUuid}``

        Args:
            cluster_uuid: The Universally Unique Identifier (UUID) of the cluster.
            verbosity: response verbosity level. Default 'full'.
        """
        return cast(
            DisplayedCluster,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/clusters/{clusterUuid}",
                    path_params={
                        "clusterUuid": cluster_uuid,
                    },
                    query={
                        "verbosity": verbosity,
                    },
                    headers={},
                    cast=DisplayedCluster,
                    response_kind="json",
                    authenticated=True,
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
        cluster_uuid: str,
        *,
        name: str,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Update a cluster by id.

        Use to update the details of a Kubernetes cluster by Universally Unique Identifier (UUID).

        ``PUT /api/v1/clusters/{clusterUuid}``

        Args:
            cluster_uuid: The Universally Unique Identifier (UUID) of the cluster.
        """
        self._client.request(
            Call(
                method="PUT",
                path="/api/v1/clusters/{clusterUuid}",
                path_params={
                    "clusterUuid": cluster_uuid,
                },
                query={},
                headers={},
                json={
                    "name": name,
                },
                content_type="application/json",
                cast=None,
                response_kind="empty",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )

    def delete(
        self,
        cluster_uuid: str,
        *,
        force: Optional[bool] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> HttpResponse:
        """Delete a cluster by id.

        Use to delete a cluster by Universally Unique Identifier (UUID). Will return 202 for success if this api was called on a cluster that its version is >=2.20, and force query param is false or not provided. Will return 204 for success if force query param is true, or if cluster is in a version < 2.20.

        ``DELETE /api/v1/clusters/{clusterUuid}``

        Args:
            cluster_uuid: The Universally Unique Identifier (UUID) of the cluster.
            force: if true will force cluster instant deletion otherwise will start cluster graceful deletion process. Default False.
        """
        return cast(
            HttpResponse,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/api/v1/clusters/{clusterUuid}",
                    path_params={
                        "clusterUuid": cluster_uuid,
                    },
                    query={
                        "force": force,
                    },
                    headers={},
                    cast=HttpResponse,
                    response_kind="json",
                    authenticated=True,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


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
            "getProjects is deprecated: see the API's documentation",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast(
            List[LegacyProject],
            self._client.request(
                Call(
                    method="GET",
                    path="/v1/k8s/clusters/{clusterId}/projects",
                    path_params={
                        "clusterId": cluster_id,
                    },
                    query={
                        "excludePermissions": exclude_permissions,
                        "memoryUnitMb": memory_unit_mb,
                    },
                    headers={},
                    cast=List[LegacyProject],
                    response_kind="json",
                    authenticated=True,
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
            deserved_gpus: Deprecated. Use 'deserved' for the relevant resource type under `NodePoolResources`. The project's deserved GPU allocation in case the cluster has those resources.
            max_allowed_gpus: Deprecated. Instead, use `maxAllowed` for the relevant resource type under `NodePoolResources`. An upper limit for the amount of GPUs the project can get (Even if over quota is allowed and resources are available).
            gpu_over_quota_weight: Deprecated. Instead, use `overQuotaWeight` for the relevant resource type under `NodePoolResources`. The priority the project gets for over quota resources.
            default_node_pools: Default node pools list for workload submission for this project if a workload doesn't specify a node pools list.
            interactive_job_time_limit_secs: A limit (in seconds) for the duration of interactive jobs from this project.
            interactive_job_max_idle_duration_secs: Maximum duration (in seconds) that an interactive job can be idle before being terminated.
            interactive_preemptible_job_max_idle_duration_secs: Maximum duration (in seconds) that an interactive preemptible job can be idle before being terminated.
            training_job_time_limit_secs: A limit (in seconds) for the duration of training jobs from this project. Available only from cluster version 2.12
            training_job_max_idle_duration_secs: Maximum duration (in seconds) that a training job can be idle before being terminated.
            node_affinity: Node affinity configuration for jobs in the project.
            permissions: Deprecated. Instead, use the `accessRules` API to add permissions to a specific subject in the project scope.
            resources: Deprecated. Instead, use `nodePoolsResources`. Total resources assigned to the Project. Can only be used in PUT/POST when there is a single Node Pool in the system. The resources returned in `GET` are the sum of all Node Pool Resources.
            exclude_permissions: Backward compatibility of the `permissions` field. If `true`, the `permissions` field in the request body is ignored. If `false`, relevant access rules for the `permissions` field are created in the project scope.
        """
        warnings.warn(
            "createProject is deprecated: see the API's documentation",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast(
            LegacyProject,
            self._client.request(
                Call(
                    method="POST",
                    path="/v1/k8s/clusters/{clusterId}/projects",
                    path_params={
                        "clusterId": cluster_id,
                    },
                    query={
                        "excludePermissions": exclude_permissions,
                    },
                    headers={},
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
                    response_kind="json",
                    authenticated=True,
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
            "getDepartments is deprecated: see the API's documentation",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast(
            List[LegacyDepartment],
            self._client.request(
                Call(
                    method="GET",
                    path="/v1/k8s/clusters/{clusterId}/departments",
                    path_params={
                        "clusterId": cluster_id,
                    },
                    query={
                        "excludePermissions": exclude_permissions,
                        "memoryUnitMb": memory_unit_mb,
                    },
                    headers={},
                    cast=List[LegacyDepartment],
                    response_kind="json",
                    authenticated=True,
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
            "getLegacyClusters is deprecated: see the API's documentation",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast(
            List[LegacyCluster],
            self._client.request(
                Call(
                    method="GET",
                    path="/v1/k8s/clusters",
                    path_params={},
                    query={},
                    headers={},
                    cast=List[LegacyCluster],
                    response_kind="json",
                    authenticated=True,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


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
            sort_order: Sort results in descending or ascending order. Default 'asc'.
            offset: The offset of the first item returned in the collection.
            limit: The maximum number of entries to return. Default 50. At most 500.
            search: Filter results by a free text search.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/api/v1/org-unit/projects",
                path_params={},
                query={
                    "filterBy": filter_by,
                    "sortBy": sort_by,
                    "sortOrder": sort_order,
                    "offset": offset,
                    "limit": limit,
                    "search": search,
                },
                headers={},
                styles={
                    ("query", "filterBy"): ("form", False),
                },
                cast=ProjectListResponse,
                response_kind="json",
                authenticated=True,
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
        scheduling_rules: Union[SchedulingRules, NotGiven] = NOT_GIVEN,
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
                    path_params={},
                    query={},
                    headers={},
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
                    response_kind="json",
                    authenticated=True,
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
                    path_params={},
                    query={
                        "filterBy": filter_by,
                        "search": search,
                    },
                    headers={},
                    styles={
                        ("query", "filterBy"): ("form", False),
                    },
                    cast=CountResponse,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    cast=Project,
                    response_kind="json",
                    authenticated=True,
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
        scheduling_rules: Union[SchedulingRules, NotGiven] = NOT_GIVEN,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
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
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )


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
            sort_order: Sort results in descending or ascending order. Default 'asc'.
            offset: The offset of the first item returned in the collection.
            limit: The maximum number of entries to return. Default 50. At most 500.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/api/v1/org-unit/departments",
                path_params={},
                query={
                    "filterBy": filter_by,
                    "sortBy": sort_by,
                    "verbosity": verbosity,
                    "sortOrder": sort_order,
                    "offset": offset,
                    "limit": limit,
                },
                headers={},
                styles={
                    ("query", "filterBy"): ("form", False),
                },
                cast=DepartmentListResponse,
                response_kind="json",
                authenticated=True,
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
        scheduling_rules: Union[SchedulingRules, NotGiven] = NOT_GIVEN,
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
                    path_params={},
                    query={},
                    headers={},
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
                    response_kind="json",
                    authenticated=True,
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
                    path_params={},
                    query={
                        "filterBy": filter_by,
                    },
                    headers={},
                    styles={
                        ("query", "filterBy"): ("form", False),
                    },
                    cast=CountResponse,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "departmentId": department_id,
                    },
                    query={},
                    headers={},
                    cast=Department,
                    response_kind="json",
                    authenticated=True,
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
        scheduling_rules: Union[SchedulingRules, NotGiven] = NOT_GIVEN,
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
                    path_params={
                        "departmentId": department_id,
                    },
                    query={},
                    headers={},
                    json={
                        "description": description,
                        "schedulingRules": scheduling_rules,
                        "defaultNodePools": default_node_pools,
                        "nodeTypes": node_types,
                        "resources": resources,
                    },
                    content_type="application/json",
                    cast=Department,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "departmentId": department_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )


class UsersResource(SyncResource):
    """Operations on users."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        filter: Optional[str] = None,
        filter_by: Optional[List[str]] = None,
        sort_by: Optional[UsersFilterSortFields] = None,
        sort_order: Optional[Literal["asc", "desc"]] = None,
        offset: Optional[int] = None,
        limit: Optional[int] = None,
        search: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[User]:
        """Get users.

        Retrieve a list of platform users. The response is a bare array; pages are requested with `offset` and `limit` (default 500, maximum 500). The response carries no total and no next offset, so a page shorter than `limit` is the last one.

        ``GET /api/v1/users``

        Args:
            filter: Filter results by user attribute.
            filter_by: Filter results by a parameter. Use the format field-name operator value. Operators are <= Less than or equal, >= Greater than or equal, =@ contains. Dates are in ISO 8601 timestamp format and available for operators <=, >= and ==.
            sort_by: Sort results by a parameters.
            sort_order: Sort results in descending or ascending order. Default 'asc'.
            offset: The offset of the first item returned in the collection.
            limit: The maximum number of entries to return. Default 500. At most 500.
            search: Filter results by a free text search.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/api/v1/users",
                path_params={},
                query={
                    "filter": filter,
                    "filterBy": filter_by,
                    "sortBy": sort_by,
                    "sortOrder": sort_order,
                    "offset": offset,
                    "limit": limit,
                    "search": search,
                },
                headers={},
                styles={
                    ("query", "filterBy"): ("form", False),
                },
                cast=Users,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["users"],
            User,
            500,
        )

    def create(
        self,
        *,
        email: str,
        reset_password: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        notify: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UserPostResponse:
        """Create a local user.

        Use to create a local platform user.

        ``POST /api/v1/users``

        Args:
            email: The email of the user. Must be a valid email address.
            notify: When true, send an email to the user. The email includes a link to reset the password.
        """
        return cast(
            UserPostResponse,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/v1/users",
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "email": email,
                        "resetPassword": reset_password,
                        "notify": notify,
                    },
                    content_type="application/json",
                    cast=UserPostResponse,
                    response_kind="json",
                    authenticated=True,
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
        """Count users

        count users

        ``GET /api/v1/users/count``

        Args:
            filter_by: Filter results by a parameter. Use the format field-name operator value. Operators are <= Less than or equal, >= Greater than or equal, =@ contains. Dates are in ISO 8601 timestamp format and available for operators <=, >= and ==.
            search: Filter results by a free text search.
        """
        return cast(
            CountResponse,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/users/count",
                    path_params={},
                    query={
                        "filterBy": filter_by,
                        "search": search,
                    },
                    headers={},
                    styles={
                        ("query", "filterBy"): ("form", False),
                    },
                    cast=CountResponse,
                    response_kind="json",
                    authenticated=True,
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
        user_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> User:
        """Get a user by id.

        Retrieve a user's details by id.

        ``GET /api/v1/users/{userId}``

        Args:
            user_id: The id of the user
        """
        return cast(
            User,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/users/{userId}",
                    path_params={
                        "userId": user_id,
                    },
                    query={},
                    headers={},
                    cast=User,
                    response_kind="json",
                    authenticated=True,
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
        user_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a user by id.

        Use to delete a user by id.

        ``DELETE /api/v1/users/{userId}``

        Args:
            user_id: The id of the user
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/api/v1/users/{userId}",
                path_params={
                    "userId": user_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )

    def reset_password(
        self,
        user_id: str,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TempPasswordResponse:
        """Reset a user's password.

        Use to reset a user's password. The response holds a new temporary password.

        ``POST /api/v1/users/{userId}/password``

        Args:
            user_id: The id of the user
        """
        return cast(
            TempPasswordResponse,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/v1/users/{userId}/password",
                    path_params={
                        "userId": user_id,
                    },
                    query={},
                    headers={},
                    cast=TempPasswordResponse,
                    response_kind="json",
                    authenticated=True,
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

    def logout(
        self,
        user_id: str,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Logout a user.

        Use to force a user to logout.

        ``POST /api/v1/users/{userId}/logout``

        Args:
            user_id: The id of the user
        """
        self._client.request(
            Call(
                method="POST",
                path="/api/v1/users/{userId}/logout",
                path_params={
                    "userId": user_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                    retry_non_idempotent=allow_retry,
                    idempotency_key=idempotency_key,
                ),
            )
        )


class AsyncTokenResource(AsyncResource):
    """Operations on token."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def grant_token_v2(
        self,
        *,
        grant_type: Literal[
            "authorization_code", "client_credentials", "password", "refresh_token"
        ],
        client_id: Union[str, NotGiven] = NOT_GIVEN,
        client_secret: Union[str, NotGiven] = NOT_GIVEN,
        username: Union[str, NotGiven] = NOT_GIVEN,
        password: Union[str, NotGiven] = NOT_GIVEN,
        refresh_token: Union[str, NotGiven] = NOT_GIVEN,
        code: Union[str, NotGiven] = NOT_GIVEN,
        redirect_uri: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> OAuth2TokenResponse:
        """Create an access token v2

        Use this endpoint to obtain an access token. Compliant with standard OAuth2 protocol and supports the common OAuth2 grant types. For `client_credentials`, obtain the client id and secret using the service accounts or access keys endpoints. The body is `application/x-www-form-urlencoded`. This endpoint takes no bearer token; it is the token URL of the `oauth2` security scheme.

        ``POST /api/v2/token``

        Args:
            grant_type: The OAuth2 grant type that determines how the token will be issued.
            client_id: OAuth2 client identifier
            client_secret: OAuth2 client secret
            username: Resource owner username (for password grant)
            password: The password of the resource owner. Required only when using the password grant type.
            refresh_token: The refresh token used to obtain a new access token. Required only when using the refresh_token grant type.
            code: Authorization code issued by the authorization server. Used in the authorization_code grant to exchange the code for an access token.
            redirect_uri: The redirect URI used during the authorization request. Required for the authorization_code grant to validate the redirect destination.
        """
        return cast(
            OAuth2TokenResponse,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/v2/token",
                    path_params={},
                    query={},
                    headers={},
                    data={
                        "grant_type": grant_type,
                        "client_id": client_id,
                        "client_secret": client_secret,
                        "username": username,
                        "password": password,
                        "refresh_token": refresh_token,
                        "code": code,
                        "redirect_uri": redirect_uri,
                    },
                    content_type="application/x-www-form-urlencoded",
                    cast=OAuth2TokenResponse,
                    response_kind="json",
                    authenticated=False,
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

    async def grant_token(
        self,
        *,
        grant_type: Union[TokenRequestGrantTypeEnum, NotGiven] = NOT_GIVEN,
        app_id: Union[str, NotGiven] = NOT_GIVEN,
        app_secret: Union[str, NotGiven] = NOT_GIVEN,
        code: Union[str, NotGiven] = NOT_GIVEN,
        redirect_uri: Union[str, NotGiven] = NOT_GIVEN,
        refresh_token: Union[str, NotGiven] = NOT_GIVEN,
        username: Union[str, NotGiven] = NOT_GIVEN,
        password: Union[str, NotGiven] = NOT_GIVEN,
        client_id: Union[str, NotGiven] = NOT_GIVEN,
        client_secret: Union[str, NotGiven] = NOT_GIVEN,
        external_token: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TokenResponse:
        """Create an access token v1

        Create tokens using the `grantType` field of a JSON body. With `grantType: client_credentials`, send the `clientID` and `clientSecret` (obtain them using the service accounts or access keys endpoints, or from a client application). Other grant types: `refresh_token` (`refreshToken`, `clientID`), `exchange_token` (`code`, `clientID`, `redirectUri`), `external_token_exchange` (`externalToken`: an access token from an external IdP), `password` (`username`, `password`) and the deprecated `app_token` (`appID`, `appSecret`, obtained using the applications or user applications endpoints). The response's `expiresIn` is the token lifetime in seconds. This endpoint takes no bearer token. The documentation's example spells the client id field `clientId`; the official schema spells it `clientID`, which is kept here.

        ``POST /api/v1/token``
        """
        return cast(
            TokenResponse,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/v1/token",
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "grantType": grant_type,
                        "appID": app_id,
                        "appSecret": app_secret,
                        "code": code,
                        "redirectUri": redirect_uri,
                        "refreshToken": refresh_token,
                        "username": username,
                        "password": password,
                        "clientID": client_id,
                        "clientSecret": client_secret,
                        "externalToken": external_token,
                    },
                    content_type="application/json",
                    cast=TokenResponse,
                    response_kind="json",
                    authenticated=False,
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


class AsyncClustersResource(AsyncResource):
    """Operations on clusters."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def list(
        self,
        *,
        verbosity: Optional[Literal["metadata", "full"]] = None,
        include_requested_for_delete: Optional[bool] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[DisplayedCluster]:
        """Get a list of clusters.

        Retrieve a list of clusters with details.

        ``GET /api/v1/clusters``

        Args:
            verbosity: response verbosity level. Default 'full'.
            include_requested_for_delete: When true, includes clusters that are marked for deletion
        """
        return cast(
            List[DisplayedCluster],
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/clusters",
                    path_params={},
                    query={
                        "verbosity": verbosity,
                        "includeRequestedForDelete": include_requested_for_delete,
                    },
                    headers={},
                    cast=List[DisplayedCluster],
                    response_kind="json",
                    authenticated=True,
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
        domain: Union[str, NotGiven] = NOT_GIVEN,
        version: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DisplayedCluster:
        """Create a cluster.

        Use to create a Kubernetes cluster.

        ``POST /api/v1/clusters``
        """
        return cast(
            DisplayedCluster,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/v1/clusters",
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "name": name,
                        "domain": domain,
                        "version": version,
                    },
                    content_type="application/json",
                    cast=DisplayedCluster,
                    response_kind="json",
                    authenticated=True,
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
        cluster_uuid: str,
        *,
        verbosity: Optional[Literal["metadata", "full"]] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DisplayedCluster:
        """Get cluster by id.

        Retrieve cluster details by Universally Unique Identifier (UUID).

        ``GET /api/v1/clusters/{clusterUuid}``

        Args:
            cluster_uuid: The Universally Unique Identifier (UUID) of the cluster.
            verbosity: response verbosity level. Default 'full'.
        """
        return cast(
            DisplayedCluster,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/clusters/{clusterUuid}",
                    path_params={
                        "clusterUuid": cluster_uuid,
                    },
                    query={
                        "verbosity": verbosity,
                    },
                    headers={},
                    cast=DisplayedCluster,
                    response_kind="json",
                    authenticated=True,
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
        cluster_uuid: str,
        *,
        name: str,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Update a cluster by id.

        Use to update the details of a Kubernetes cluster by Universally Unique Identifier (UUID).

        ``PUT /api/v1/clusters/{clusterUuid}``

        Args:
            cluster_uuid: The Universally Unique Identifier (UUID) of the cluster.
        """
        await self._client.request(
            Call(
                method="PUT",
                path="/api/v1/clusters/{clusterUuid}",
                path_params={
                    "clusterUuid": cluster_uuid,
                },
                query={},
                headers={},
                json={
                    "name": name,
                },
                content_type="application/json",
                cast=None,
                response_kind="empty",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )

    async def delete(
        self,
        cluster_uuid: str,
        *,
        force: Optional[bool] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> HttpResponse:
        """Delete a cluster by id.

        Use to delete a cluster by Universally Unique Identifier (UUID). Will return 202 for success if this api was called on a cluster that its version is >=2.20, and force query param is false or not provided. Will return 204 for success if force query param is true, or if cluster is in a version < 2.20.

        ``DELETE /api/v1/clusters/{clusterUuid}``

        Args:
            cluster_uuid: The Universally Unique Identifier (UUID) of the cluster.
            force: if true will force cluster instant deletion otherwise will start cluster graceful deletion process. Default False.
        """
        return cast(
            HttpResponse,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/api/v1/clusters/{clusterUuid}",
                    path_params={
                        "clusterUuid": cluster_uuid,
                    },
                    query={
                        "force": force,
                    },
                    headers={},
                    cast=HttpResponse,
                    response_kind="json",
                    authenticated=True,
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
            "getProjects is deprecated: see the API's documentation",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast(
            List[LegacyProject],
            await self._client.request(
                Call(
                    method="GET",
                    path="/v1/k8s/clusters/{clusterId}/projects",
                    path_params={
                        "clusterId": cluster_id,
                    },
                    query={
                        "excludePermissions": exclude_permissions,
                        "memoryUnitMb": memory_unit_mb,
                    },
                    headers={},
                    cast=List[LegacyProject],
                    response_kind="json",
                    authenticated=True,
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
            deserved_gpus: Deprecated. Use 'deserved' for the relevant resource type under `NodePoolResources`. The project's deserved GPU allocation in case the cluster has those resources.
            max_allowed_gpus: Deprecated. Instead, use `maxAllowed` for the relevant resource type under `NodePoolResources`. An upper limit for the amount of GPUs the project can get (Even if over quota is allowed and resources are available).
            gpu_over_quota_weight: Deprecated. Instead, use `overQuotaWeight` for the relevant resource type under `NodePoolResources`. The priority the project gets for over quota resources.
            default_node_pools: Default node pools list for workload submission for this project if a workload doesn't specify a node pools list.
            interactive_job_time_limit_secs: A limit (in seconds) for the duration of interactive jobs from this project.
            interactive_job_max_idle_duration_secs: Maximum duration (in seconds) that an interactive job can be idle before being terminated.
            interactive_preemptible_job_max_idle_duration_secs: Maximum duration (in seconds) that an interactive preemptible job can be idle before being terminated.
            training_job_time_limit_secs: A limit (in seconds) for the duration of training jobs from this project. Available only from cluster version 2.12
            training_job_max_idle_duration_secs: Maximum duration (in seconds) that a training job can be idle before being terminated.
            node_affinity: Node affinity configuration for jobs in the project.
            permissions: Deprecated. Instead, use the `accessRules` API to add permissions to a specific subject in the project scope.
            resources: Deprecated. Instead, use `nodePoolsResources`. Total resources assigned to the Project. Can only be used in PUT/POST when there is a single Node Pool in the system. The resources returned in `GET` are the sum of all Node Pool Resources.
            exclude_permissions: Backward compatibility of the `permissions` field. If `true`, the `permissions` field in the request body is ignored. If `false`, relevant access rules for the `permissions` field are created in the project scope.
        """
        warnings.warn(
            "createProject is deprecated: see the API's documentation",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast(
            LegacyProject,
            await self._client.request(
                Call(
                    method="POST",
                    path="/v1/k8s/clusters/{clusterId}/projects",
                    path_params={
                        "clusterId": cluster_id,
                    },
                    query={
                        "excludePermissions": exclude_permissions,
                    },
                    headers={},
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
                    response_kind="json",
                    authenticated=True,
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
            "getDepartments is deprecated: see the API's documentation",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast(
            List[LegacyDepartment],
            await self._client.request(
                Call(
                    method="GET",
                    path="/v1/k8s/clusters/{clusterId}/departments",
                    path_params={
                        "clusterId": cluster_id,
                    },
                    query={
                        "excludePermissions": exclude_permissions,
                        "memoryUnitMb": memory_unit_mb,
                    },
                    headers={},
                    cast=List[LegacyDepartment],
                    response_kind="json",
                    authenticated=True,
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
            "getLegacyClusters is deprecated: see the API's documentation",
            DeprecationWarning,
            stacklevel=2,
        )
        return cast(
            List[LegacyCluster],
            await self._client.request(
                Call(
                    method="GET",
                    path="/v1/k8s/clusters",
                    path_params={},
                    query={},
                    headers={},
                    cast=List[LegacyCluster],
                    response_kind="json",
                    authenticated=True,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
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
            sort_order: Sort results in descending or ascending order. Default 'asc'.
            offset: The offset of the first item returned in the collection.
            limit: The maximum number of entries to return. Default 50. At most 500.
            search: Filter results by a free text search.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/api/v1/org-unit/projects",
                path_params={},
                query={
                    "filterBy": filter_by,
                    "sortBy": sort_by,
                    "sortOrder": sort_order,
                    "offset": offset,
                    "limit": limit,
                    "search": search,
                },
                headers={},
                styles={
                    ("query", "filterBy"): ("form", False),
                },
                cast=ProjectListResponse,
                response_kind="json",
                authenticated=True,
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
        scheduling_rules: Union[SchedulingRules, NotGiven] = NOT_GIVEN,
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
                    path_params={},
                    query={},
                    headers={},
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
                    response_kind="json",
                    authenticated=True,
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
                    path_params={},
                    query={
                        "filterBy": filter_by,
                        "search": search,
                    },
                    headers={},
                    styles={
                        ("query", "filterBy"): ("form", False),
                    },
                    cast=CountResponse,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
                    cast=Project,
                    response_kind="json",
                    authenticated=True,
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
        scheduling_rules: Union[SchedulingRules, NotGiven] = NOT_GIVEN,
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
                    path_params={
                        "projectId": project_id,
                    },
                    query={},
                    headers={},
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
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "projectId": project_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
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
            sort_order: Sort results in descending or ascending order. Default 'asc'.
            offset: The offset of the first item returned in the collection.
            limit: The maximum number of entries to return. Default 50. At most 500.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/api/v1/org-unit/departments",
                path_params={},
                query={
                    "filterBy": filter_by,
                    "sortBy": sort_by,
                    "verbosity": verbosity,
                    "sortOrder": sort_order,
                    "offset": offset,
                    "limit": limit,
                },
                headers={},
                styles={
                    ("query", "filterBy"): ("form", False),
                },
                cast=DepartmentListResponse,
                response_kind="json",
                authenticated=True,
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
        scheduling_rules: Union[SchedulingRules, NotGiven] = NOT_GIVEN,
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
                    path_params={},
                    query={},
                    headers={},
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
                    response_kind="json",
                    authenticated=True,
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
                    path_params={},
                    query={
                        "filterBy": filter_by,
                    },
                    headers={},
                    styles={
                        ("query", "filterBy"): ("form", False),
                    },
                    cast=CountResponse,
                    response_kind="json",
                    authenticated=True,
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
                    path_params={
                        "departmentId": department_id,
                    },
                    query={},
                    headers={},
                    cast=Department,
                    response_kind="json",
                    authenticated=True,
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
        scheduling_rules: Union[SchedulingRules, NotGiven] = NOT_GIVEN,
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
                    path_params={
                        "departmentId": department_id,
                    },
                    query={},
                    headers={},
                    json={
                        "description": description,
                        "schedulingRules": scheduling_rules,
                        "defaultNodePools": default_node_pools,
                        "nodeTypes": node_types,
                        "resources": resources,
                    },
                    content_type="application/json",
                    cast=Department,
                    response_kind="json",
                    authenticated=True,
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
                path_params={
                    "departmentId": department_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )


class AsyncUsersResource(AsyncResource):
    """Operations on users."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        filter: Optional[str] = None,
        filter_by: Optional[List[str]] = None,
        sort_by: Optional[UsersFilterSortFields] = None,
        sort_order: Optional[Literal["asc", "desc"]] = None,
        offset: Optional[int] = None,
        limit: Optional[int] = None,
        search: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[User]:
        """Get users.

        Retrieve a list of platform users. The response is a bare array; pages are requested with `offset` and `limit` (default 500, maximum 500). The response carries no total and no next offset, so a page shorter than `limit` is the last one.

        ``GET /api/v1/users``

        Args:
            filter: Filter results by user attribute.
            filter_by: Filter results by a parameter. Use the format field-name operator value. Operators are <= Less than or equal, >= Greater than or equal, =@ contains. Dates are in ISO 8601 timestamp format and available for operators <=, >= and ==.
            sort_by: Sort results by a parameters.
            sort_order: Sort results in descending or ascending order. Default 'asc'.
            offset: The offset of the first item returned in the collection.
            limit: The maximum number of entries to return. Default 500. At most 500.
            search: Filter results by a free text search.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/api/v1/users",
                path_params={},
                query={
                    "filter": filter,
                    "filterBy": filter_by,
                    "sortBy": sort_by,
                    "sortOrder": sort_order,
                    "offset": offset,
                    "limit": limit,
                    "search": search,
                },
                headers={},
                styles={
                    ("query", "filterBy"): ("form", False),
                },
                cast=Users,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["users"],
            User,
            500,
        )

    async def create(
        self,
        *,
        email: str,
        reset_password: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        notify: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UserPostResponse:
        """Create a local user.

        Use to create a local platform user.

        ``POST /api/v1/users``

        Args:
            email: The email of the user. Must be a valid email address.
            notify: When true, send an email to the user. The email includes a link to reset the password.
        """
        return cast(
            UserPostResponse,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/v1/users",
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "email": email,
                        "resetPassword": reset_password,
                        "notify": notify,
                    },
                    content_type="application/json",
                    cast=UserPostResponse,
                    response_kind="json",
                    authenticated=True,
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
        """Count users

        count users

        ``GET /api/v1/users/count``

        Args:
            filter_by: Filter results by a parameter. Use the format field-name operator value. Operators are <= Less than or equal, >= Greater than or equal, =@ contains. Dates are in ISO 8601 timestamp format and available for operators <=, >= and ==.
            search: Filter results by a free text search.
        """
        return cast(
            CountResponse,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/users/count",
                    path_params={},
                    query={
                        "filterBy": filter_by,
                        "search": search,
                    },
                    headers={},
                    styles={
                        ("query", "filterBy"): ("form", False),
                    },
                    cast=CountResponse,
                    response_kind="json",
                    authenticated=True,
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
        user_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> User:
        """Get a user by id.

        Retrieve a user's details by id.

        ``GET /api/v1/users/{userId}``

        Args:
            user_id: The id of the user
        """
        return cast(
            User,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/users/{userId}",
                    path_params={
                        "userId": user_id,
                    },
                    query={},
                    headers={},
                    cast=User,
                    response_kind="json",
                    authenticated=True,
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
        user_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a user by id.

        Use to delete a user by id.

        ``DELETE /api/v1/users/{userId}``

        Args:
            user_id: The id of the user
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/api/v1/users/{userId}",
                path_params={
                    "userId": user_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )

    async def reset_password(
        self,
        user_id: str,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TempPasswordResponse:
        """Reset a user's password.

        Use to reset a user's password. The response holds a new temporary password.

        ``POST /api/v1/users/{userId}/password``

        Args:
            user_id: The id of the user
        """
        return cast(
            TempPasswordResponse,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/v1/users/{userId}/password",
                    path_params={
                        "userId": user_id,
                    },
                    query={},
                    headers={},
                    cast=TempPasswordResponse,
                    response_kind="json",
                    authenticated=True,
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

    async def logout(
        self,
        user_id: str,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Logout a user.

        Use to force a user to logout.

        ``POST /api/v1/users/{userId}/logout``

        Args:
            user_id: The id of the user
        """
        await self._client.request(
            Call(
                method="POST",
                path="/api/v1/users/{userId}/logout",
                path_params={
                    "userId": user_id,
                },
                query={},
                headers={},
                cast=None,
                response_kind="empty",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                    retry_non_idempotent=allow_retry,
                    idempotency_key=idempotency_key,
                ),
            )
        )
