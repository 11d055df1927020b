"""Operations on clusters.

``client.clusters`` of the Run:ai REST API, sync and async.
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

__all__ = ["ClustersResource", "AsyncClustersResource"]


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
            verbosity: response verbosity level. Default "full".
            include_requested_for_delete: When true, includes clusters that are marked for deletion
        """
        return cast(
            List[DisplayedCluster],
            self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/clusters",
                    query={
                        "verbosity": verbosity,
                        "includeRequestedForDelete": include_requested_for_delete,
                    },
                    cast=List[DisplayedCluster],
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
                    json={"name": name, "domain": domain, "version": version},
                    content_type="application/json",
                    cast=DisplayedCluster,
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
            verbosity: response verbosity level. Default "full".
        """
        return cast(
            DisplayedCluster,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/clusters/{clusterUuid}",
                    path_params={"clusterUuid": cluster_uuid},
                    query={"verbosity": verbosity},
                    cast=DisplayedCluster,
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
                path_params={"clusterUuid": cluster_uuid},
                json={"name": name},
                content_type="application/json",
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
                    path_params={"clusterUuid": cluster_uuid},
                    query={"force": force},
                    cast=HttpResponse,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def get_install_info(
        self,
        cluster_uuid: str,
        *,
        version: str,
        remote_cluster_url: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ClusterInstallationInfoResponse:
        """Retrieve the installation instructions of a cluster by ID.

        Use to retrieve installation instruction for a cluster by Universally Unique Identifier (UUID). Supports clusters version 2.15 or above. The query parameter `version` (the cluster version to install) is required (providers.md section 5.4; official OpenAPI `get_cluster_install_info_by_uuid`). 400 is Inferred, as on the other operations that take parameters.

        ``GET /api/v1/clusters/{clusterUuid}/cluster-install-info``

        Args:
            cluster_uuid: The Universally Unique Identifier (UUID) of the cluster.
            version: The cluster version to install
            remote_cluster_url: The remote URL of the runai cluster
        """
        return cast(
            ClusterInstallationInfoResponse,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/clusters/{clusterUuid}/cluster-install-info",
                    path_params={"clusterUuid": cluster_uuid},
                    query={"version": version, "remoteClusterUrl": remote_cluster_url},
                    cast=ClusterInstallationInfoResponse,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
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
            verbosity: response verbosity level. Default "full".
            include_requested_for_delete: When true, includes clusters that are marked for deletion
        """
        return cast(
            List[DisplayedCluster],
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/clusters",
                    query={
                        "verbosity": verbosity,
                        "includeRequestedForDelete": include_requested_for_delete,
                    },
                    cast=List[DisplayedCluster],
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
                    json={"name": name, "domain": domain, "version": version},
                    content_type="application/json",
                    cast=DisplayedCluster,
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
            verbosity: response verbosity level. Default "full".
        """
        return cast(
            DisplayedCluster,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/clusters/{clusterUuid}",
                    path_params={"clusterUuid": cluster_uuid},
                    query={"verbosity": verbosity},
                    cast=DisplayedCluster,
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
                path_params={"clusterUuid": cluster_uuid},
                json={"name": name},
                content_type="application/json",
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
                    path_params={"clusterUuid": cluster_uuid},
                    query={"force": force},
                    cast=HttpResponse,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def get_install_info(
        self,
        cluster_uuid: str,
        *,
        version: str,
        remote_cluster_url: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ClusterInstallationInfoResponse:
        """Retrieve the installation instructions of a cluster by ID.

        Use to retrieve installation instruction for a cluster by Universally Unique Identifier (UUID). Supports clusters version 2.15 or above. The query parameter `version` (the cluster version to install) is required (providers.md section 5.4; official OpenAPI `get_cluster_install_info_by_uuid`). 400 is Inferred, as on the other operations that take parameters.

        ``GET /api/v1/clusters/{clusterUuid}/cluster-install-info``

        Args:
            cluster_uuid: The Universally Unique Identifier (UUID) of the cluster.
            version: The cluster version to install
            remote_cluster_url: The remote URL of the runai cluster
        """
        return cast(
            ClusterInstallationInfoResponse,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/clusters/{clusterUuid}/cluster-install-info",
                    path_params={"clusterUuid": cluster_uuid},
                    query={"version": version, "remoteClusterUrl": remote_cluster_url},
                    cast=ClusterInstallationInfoResponse,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )
