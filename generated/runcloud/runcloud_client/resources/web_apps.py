"""Operations on web_apps.

``client.web_apps`` of the RunCloud API, sync and async.
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

__all__ = ["WebAppsResource", "AsyncWebAppsResource"]


class WebAppsDomainsResource(SyncResource):
    """Operations on web_apps.domains."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        server_id: int,
        web_app_id: int,
        *,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Domain]:
        """List domain names

        Lists the web application's domain names, paged.

        ``GET /servers/{serverId}/webapps/{webAppId}/domains``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            page: Page number to return. The first page is 1 (`current_page: 1` in the documented examples; the minimum is Inferred).
            per_page: Number of results per page. The maximum is 40. The default of 15 is what the documented list examples show (`per_page: 15`). Default 15. At most 40.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/servers/{serverId}/webapps/{webAppId}/domains",
                path_params={"serverId": server_id, "webAppId": web_app_id},
                query={"page": page, "perPage": per_page},
                cast=DomainList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            Domain,
            40,
        )

    def create(
        self,
        server_id: int,
        web_app_id: int,
        *,
        name: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Domain:
        """Add a domain name

        Adds a domain name to the web application.

        ``POST /servers/{serverId}/webapps/{webAppId}/domains``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            name: Domain name.
        """
        return cast(
            Domain,
            self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/webapps/{webAppId}/domains",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    json={"name": name},
                    content_type="application/json",
                    cast=Domain,
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
        server_id: int,
        web_app_id: int,
        domain_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Domain:
        """Get a domain name

        Returns one domain name. This path is seen only in an unofficial TypeScript client, not in the SDK. Inferred.

        ``GET /servers/{serverId}/webapps/{webAppId}/domains/{domainId}``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            domain_id: Domain name id.
        """
        return cast(
            Domain,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/webapps/{webAppId}/domains/{domainId}",
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                        "domainId": domain_id,
                    },
                    cast=Domain,
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
        server_id: int,
        web_app_id: int,
        domain_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Domain:
        """Delete a domain name

        Removes the domain name from the web application.

        ``DELETE /servers/{serverId}/webapps/{webAppId}/domains/{domainId}``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            domain_id: Domain name id.
        """
        return cast(
            Domain,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/webapps/{webAppId}/domains/{domainId}",
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                        "domainId": domain_id,
                    },
                    cast=Domain,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


class WebAppsGitResource(SyncResource):
    """Operations on web_apps.git."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def get(
        self,
        server_id: int,
        web_app_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Git:
        """Get Git settings

        Returns the web application's Git repository settings.

        ``GET /servers/{serverId}/webapps/{webAppId}/git``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
        """
        return cast(
            Git,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/webapps/{webAppId}/git",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    cast=Git,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def clone(
        self,
        server_id: int,
        web_app_id: int,
        *,
        provider: str,
        repository: str,
        branch: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Git:
        """Clone a Git repository

        Clones a Git repository into the web application. The system user's deployment key must have access to it.

        ``POST /servers/{serverId}/webapps/{webAppId}/git``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            provider: Git provider, e.g. `github`.
            repository: Repository as `owner/repo`.
            branch: Branch to deploy.
        """
        return cast(
            Git,
            self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/webapps/{webAppId}/git",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    json={"provider": provider, "repository": repository, "branch": branch},
                    content_type="application/json",
                    cast=Git,
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

    def change_branch(
        self,
        server_id: int,
        web_app_id: int,
        git_id: int,
        *,
        branch: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Git:
        """Change the Git branch

        Changes the branch the web application deploys from.

        ``PATCH /servers/{serverId}/webapps/{webAppId}/git/{gitId}/branch``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            git_id: Git id (from the web application's Git settings).
            branch: Branch to deploy.
        """
        return cast(
            Git,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/webapps/{webAppId}/git/{gitId}/branch",
                    path_params={"serverId": server_id, "webAppId": web_app_id, "gitId": git_id},
                    json={"branch": branch},
                    content_type="application/json",
                    cast=Git,
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

    def force_deploy(
        self,
        server_id: int,
        web_app_id: int,
        git_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Force a deployment

        Pulls the repository and runs the deployment script now.

        ``PUT /servers/{serverId}/webapps/{webAppId}/git/{gitId}/script``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            git_id: Git id (from the web application's Git settings).
        """
        self._client.request(
            Call(
                method="PUT",
                path="/servers/{serverId}/webapps/{webAppId}/git/{gitId}/script",
                path_params={"serverId": server_id, "webAppId": web_app_id, "gitId": git_id},
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

    def update_script(
        self,
        server_id: int,
        web_app_id: int,
        git_id: int,
        *,
        auto_deploy: Union[bool, NotGiven] = NOT_GIVEN,
        deploy_script: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Git:
        """Customize the deployment script

        Sets the deployment script and turns auto-deploy on or off. The SDK passes the body through; the field names come from an unofficial TypeScript client. Inferred.

        ``PATCH /servers/{serverId}/webapps/{webAppId}/git/{gitId}/script``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            git_id: Git id (from the web application's Git settings).
            auto_deploy: Deploy on every push (webhook).
            deploy_script: Deployment script.
        """
        return cast(
            Git,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/webapps/{webAppId}/git/{gitId}/script",
                    path_params={"serverId": server_id, "webAppId": web_app_id, "gitId": git_id},
                    json={"autoDeploy": auto_deploy, "deployScript": deploy_script},
                    content_type="application/json",
                    cast=Git,
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

    def delete(
        self,
        server_id: int,
        web_app_id: int,
        git_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Git:
        """Remove the Git repository

        Detaches the Git repository from the web application.

        ``DELETE /servers/{serverId}/webapps/{webAppId}/git/{gitId}``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            git_id: Git id (from the web application's Git settings).
        """
        return cast(
            Git,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/webapps/{webAppId}/git/{gitId}",
                    path_params={"serverId": server_id, "webAppId": web_app_id, "gitId": git_id},
                    cast=Git,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


class WebAppsInstallerResource(SyncResource):
    """Operations on web_apps.installer."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def get(
        self,
        server_id: int,
        web_app_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Script:
        """Get the installed script

        Returns the PHP script installed in the web application.

        ``GET /servers/{serverId}/webapps/{webAppId}/installer``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
        """
        return cast(
            Script,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/webapps/{webAppId}/installer",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    cast=Script,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def install(
        self,
        server_id: int,
        web_app_id: int,
        *,
        name: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Script:
        """Install a PHP script

        Installs a PHP script (for example WordPress) into the web application. `name` is an installer name from the Static Data API.

        ``POST /servers/{serverId}/webapps/{webAppId}/installer``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            name: Installer name from the Static Data API, e.g. `wordpress`.
        """
        return cast(
            Script,
            self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/webapps/{webAppId}/installer",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    json={"name": name},
                    content_type="application/json",
                    cast=Script,
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

    def delete(
        self,
        server_id: int,
        web_app_id: int,
        script_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Script:
        """Remove the installed script

        Removes the PHP script from the web application.

        ``DELETE /servers/{serverId}/webapps/{webAppId}/installer/{scriptId}``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            script_id: Installed script id.
        """
        return cast(
            Script,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/webapps/{webAppId}/installer/{scriptId}",
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                        "scriptId": script_id,
                    },
                    cast=Script,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


class WebAppsSslResource(SyncResource):
    """Operations on web_apps.ssl."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def get(
        self,
        server_id: int,
        web_app_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Ssl:
        """Get SSL

        Returns the web application's SSL/TLS settings.

        ``GET /servers/{serverId}/webapps/{webAppId}/ssl``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
        """
        return cast(
            Ssl,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/webapps/{webAppId}/ssl",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    cast=Ssl,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def install(
        self,
        server_id: int,
        web_app_id: int,
        *,
        body: SslInput,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Ssl:
        """Install SSL

        Installs an SSL/TLS certificate for the web application. The request fields are not documented (the SDK passes them through); see the schema.

        ``POST /servers/{serverId}/webapps/{webAppId}/ssl``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
        """
        return cast(
            Ssl,
            self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/webapps/{webAppId}/ssl",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    json=body,
                    content_type="application/json",
                    cast=Ssl,
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

    def redeploy(
        self,
        server_id: int,
        web_app_id: int,
        ssl_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Ssl:
        """Redeploy SSL

        Redeploys the SSL/TLS certificate.

        ``PUT /servers/{serverId}/webapps/{webAppId}/ssl/{sslId}``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            ssl_id: SSL id (from the web application's SSL settings).
        """
        return cast(
            Ssl,
            self._client.request(
                Call(
                    method="PUT",
                    path="/servers/{serverId}/webapps/{webAppId}/ssl/{sslId}",
                    path_params={"serverId": server_id, "webAppId": web_app_id, "sslId": ssl_id},
                    cast=Ssl,
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
        server_id: int,
        web_app_id: int,
        ssl_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Ssl:
        """Delete SSL

        Removes the SSL/TLS certificate from the web application.

        ``DELETE /servers/{serverId}/webapps/{webAppId}/ssl/{sslId}``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            ssl_id: SSL id (from the web application's SSL settings).
        """
        return cast(
            Ssl,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/webapps/{webAppId}/ssl/{sslId}",
                    path_params={"serverId": server_id, "webAppId": web_app_id, "sslId": ssl_id},
                    cast=Ssl,
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
        server_id: int,
        web_app_id: int,
        ssl_id: int,
        *,
        body: SslInput,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Ssl:
        """Update SSL

        Changes the SSL/TLS settings. The request fields are not documented; see the schema.

        ``PATCH /servers/{serverId}/webapps/{webAppId}/ssl/{sslId}``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            ssl_id: SSL id (from the web application's SSL settings).
        """
        return cast(
            Ssl,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/webapps/{webAppId}/ssl/{sslId}",
                    path_params={"serverId": server_id, "webAppId": web_app_id, "sslId": ssl_id},
                    json=body,
                    content_type="application/json",
                    cast=Ssl,
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


class WebAppsResource(SyncResource):
    """Operations on web_apps."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.domains = WebAppsDomainsResource(client)
        self.git = WebAppsGitResource(client)
        self.installer = WebAppsInstallerResource(client)
        self.ssl = WebAppsSslResource(client)

    def list(
        self,
        server_id: int,
        *,
        search: Optional[str] = None,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[WebApp]:
        """List web applications

        Lists the web applications on the server, paged.

        ``GET /servers/{serverId}/webapps``

        Args:
            server_id: Server id.
            search: Search string to filter the list.
            page: Page number to return. The first page is 1 (`current_page: 1` in the documented examples; the minimum is Inferred).
            per_page: Number of results per page. The maximum is 40. The default of 15 is what the documented list examples show (`per_page: 15`). Default 15. At most 40.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/servers/{serverId}/webapps",
                path_params={"serverId": server_id},
                query={"search": search, "page": page, "perPage": per_page},
                cast=WebAppList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            WebApp,
            40,
        )

    def create_custom(
        self,
        server_id: int,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        domain_name: Union[str, NotGiven] = NOT_GIVEN,
        user: Union[int, NotGiven] = NOT_GIVEN,
        public_path: Union[Optional[str], NotGiven] = NOT_GIVEN,
        php_version: Union[str, NotGiven] = NOT_GIVEN,
        stack: Union[str, NotGiven] = NOT_GIVEN,
        stack_mode: Union[str, NotGiven] = NOT_GIVEN,
        clickjacking_protection: Union[bool, NotGiven] = NOT_GIVEN,
        xss_protection: Union[bool, NotGiven] = NOT_GIVEN,
        mime_sniffing_protection: Union[bool, NotGiven] = NOT_GIVEN,
        process_manager: Union[str, NotGiven] = NOT_GIVEN,
        process_manager_max_children: Union[int, NotGiven] = NOT_GIVEN,
        process_manager_max_requests: Union[int, NotGiven] = NOT_GIVEN,
        open_basedir: Union[str, NotGiven] = NOT_GIVEN,
        timezone: Union[str, NotGiven] = NOT_GIVEN,
        disable_functions: Union[str, NotGiven] = NOT_GIVEN,
        max_execution_time: Union[int, NotGiven] = NOT_GIVEN,
        max_input_time: Union[int, NotGiven] = NOT_GIVEN,
        max_input_vars: Union[int, NotGiven] = NOT_GIVEN,
        memory_limit: Union[int, NotGiven] = NOT_GIVEN,
        post_max_size: Union[int, NotGiven] = NOT_GIVEN,
        upload_max_filesize: Union[int, NotGiven] = NOT_GIVEN,
        session_gc_maxlifetime: Union[int, NotGiven] = NOT_GIVEN,
        allow_url_fopen: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebApp:
        """Create a custom PHP web application

        Creates a custom (PHP) web application. The fields come from real requests in public scripts; which of them are required is not documented. The response is the new web application, including `pullKey1` and `pullKey2`.

        ``POST /servers/{serverId}/webapps/custom``

        Args:
            server_id: Server id.
            name: Web application name.
            domain_name: First domain name.
            user: Id of the system user that will own the application.
            public_path: Public directory below the root (e.g. `/public`); null for the root.
            php_version: PHP version, e.g. `php73rc`.
            stack: Web stack, e.g. `nativenginx` or `hybrid`.
            stack_mode: Stack mode, e.g. `production`.
            clickjacking_protection: NGINX clickjacking protection header.
            xss_protection: NGINX XSS protection header.
            mime_sniffing_protection: NGINX MIME-sniffing protection header.
            process_manager: PHP-FPM process manager, e.g. `ondemand` or `dynamic`.
            process_manager_max_children: PHP-FPM `pm.max_children` (50 in the seen requests).
            process_manager_max_requests: PHP-FPM `pm.max_requests` (500 in the seen requests).
            open_basedir: PHP `open_basedir`, colon-separated directories.
            timezone: PHP timezone, e.g. `UTC` (values from the Static Data API).
            disable_functions: PHP `disable_functions`, comma-separated.
            max_execution_time: PHP `max_execution_time`, seconds.
            max_input_time: PHP `max_input_time`, seconds.
            max_input_vars: PHP `max_input_vars`.
            memory_limit: PHP `memory_limit`, MB.
            post_max_size: PHP `post_max_size`, MB.
            upload_max_filesize: PHP `upload_max_filesize`, MB.
            session_gc_maxlifetime: PHP `session.gc_maxlifetime`, seconds.
            allow_url_fopen: PHP `allow_url_fopen`.
        """
        return cast(
            WebApp,
            self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/webapps/custom",
                    path_params={"serverId": server_id},
                    json={
                        "name": name,
                        "domainName": domain_name,
                        "user": user,
                        "publicPath": public_path,
                        "phpVersion": php_version,
                        "stack": stack,
                        "stackMode": stack_mode,
                        "clickjackingProtection": clickjacking_protection,
                        "xssProtection": xss_protection,
                        "mimeSniffingProtection": mime_sniffing_protection,
                        "processManager": process_manager,
                        "processManagerMaxChildren": process_manager_max_children,
                        "processManagerMaxRequests": process_manager_max_requests,
                        "openBasedir": open_basedir,
                        "timezone": timezone,
                        "disableFunctions": disable_functions,
                        "maxExecutionTime": max_execution_time,
                        "maxInputTime": max_input_time,
                        "maxInputVars": max_input_vars,
                        "memoryLimit": memory_limit,
                        "postMaxSize": post_max_size,
                        "uploadMaxFilesize": upload_max_filesize,
                        "sessionGcMaxlifetime": session_gc_maxlifetime,
                        "allowUrlFopen": allow_url_fopen,
                    },
                    content_type="application/json",
                    cast=WebApp,
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
        server_id: int,
        web_app_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebApp:
        """Get a web application

        Returns one web application.

        ``GET /servers/{serverId}/webapps/{webAppId}``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
        """
        return cast(
            WebApp,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/webapps/{webAppId}",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    cast=WebApp,
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
        server_id: int,
        web_app_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebApp:
        """Delete a web application

        Deletes the web application. The response is the deleted application.

        ``DELETE /servers/{serverId}/webapps/{webAppId}``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
        """
        return cast(
            WebApp,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/webapps/{webAppId}",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    cast=WebApp,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def set_default(
        self,
        server_id: int,
        web_app_id: int,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebApp:
        """Set as default application

        Makes this web application the server's default application (the one served for unmatched domains).

        ``POST /servers/{serverId}/webapps/{webAppId}/default``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
        """
        return cast(
            WebApp,
            self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/webapps/{webAppId}/default",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    cast=WebApp,
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

    def unset_default(
        self,
        server_id: int,
        web_app_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebApp:
        """Remove default application

        Stops this web application being the server's default application.

        ``DELETE /servers/{serverId}/webapps/{webAppId}/default``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
        """
        return cast(
            WebApp,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/webapps/{webAppId}/default",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    cast=WebApp,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def rebuild(
        self,
        server_id: int,
        web_app_id: int,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebApp:
        """Rebuild a web application

        Rebuilds the web application's configuration on the server.

        ``POST /servers/{serverId}/webapps/{webAppId}/rebuild``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
        """
        return cast(
            WebApp,
            self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/webapps/{webAppId}/rebuild",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    cast=WebApp,
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

    def get_settings(
        self,
        server_id: int,
        web_app_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedObject:
        """Get web application settings

        Returns the web application's settings. The fields are not documented; the example's keys are illustrative, taken from the create body (Inferred).

        ``GET /servers/{serverId}/webapps/{webAppId}/settings``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
        """
        return cast(
            UndocumentedObject,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/webapps/{webAppId}/settings",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    cast=UndocumentedObject,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def update_php_version(
        self,
        server_id: int,
        web_app_id: int,
        *,
        php_version: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebApp:
        """Change the PHP version

        Changes the PHP version the web application runs on.

        ``PATCH /servers/{serverId}/webapps/{webAppId}/settings/php``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            php_version: PHP version name, e.g. `php74rc` (see the server's installed PHP versions).
        """
        return cast(
            WebApp,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/webapps/{webAppId}/settings/php",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    json={"phpVersion": php_version},
                    content_type="application/json",
                    cast=WebApp,
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

    def update_fpm_nginx(
        self,
        server_id: int,
        web_app_id: int,
        *,
        body: FpmNginxSettingsInput,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebApp:
        """Update FPM and NGINX settings

        Changes the web application's PHP-FPM and NGINX settings. The request fields are not documented (the SDK passes them through); see the schema.

        ``PATCH /servers/{serverId}/webapps/{webAppId}/settings/fpmnginx``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
        """
        return cast(
            WebApp,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/webapps/{webAppId}/settings/fpmnginx",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    json=body,
                    content_type="application/json",
                    cast=WebApp,
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

    def list_logs(
        self,
        server_id: int,
        web_app_id: int,
        *,
        search: Optional[str] = None,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Log]:
        """List web application log

        Lists the web application's event log, paged.

        ``GET /servers/{serverId}/webapps/{webAppId}/log``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            search: Search string to filter the list.
            page: Page number to return. The first page is 1 (`current_page: 1` in the documented examples; the minimum is Inferred).
            per_page: Number of results per page. The maximum is 40. The default of 15 is what the documented list examples show (`per_page: 15`). Default 15. At most 40.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/servers/{serverId}/webapps/{webAppId}/log",
                path_params={"serverId": server_id, "webAppId": web_app_id},
                query={"search": search, "page": page, "perPage": per_page},
                cast=LogList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            Log,
            40,
        )


class AsyncWebAppsDomainsResource(AsyncResource):
    """Operations on web_apps.domains."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        server_id: int,
        web_app_id: int,
        *,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Domain]:
        """List domain names

        Lists the web application's domain names, paged.

        ``GET /servers/{serverId}/webapps/{webAppId}/domains``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            page: Page number to return. The first page is 1 (`current_page: 1` in the documented examples; the minimum is Inferred).
            per_page: Number of results per page. The maximum is 40. The default of 15 is what the documented list examples show (`per_page: 15`). Default 15. At most 40.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/servers/{serverId}/webapps/{webAppId}/domains",
                path_params={"serverId": server_id, "webAppId": web_app_id},
                query={"page": page, "perPage": per_page},
                cast=DomainList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            Domain,
            40,
        )

    async def create(
        self,
        server_id: int,
        web_app_id: int,
        *,
        name: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Domain:
        """Add a domain name

        Adds a domain name to the web application.

        ``POST /servers/{serverId}/webapps/{webAppId}/domains``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            name: Domain name.
        """
        return cast(
            Domain,
            await self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/webapps/{webAppId}/domains",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    json={"name": name},
                    content_type="application/json",
                    cast=Domain,
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
        server_id: int,
        web_app_id: int,
        domain_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Domain:
        """Get a domain name

        Returns one domain name. This path is seen only in an unofficial TypeScript client, not in the SDK. Inferred.

        ``GET /servers/{serverId}/webapps/{webAppId}/domains/{domainId}``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            domain_id: Domain name id.
        """
        return cast(
            Domain,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/webapps/{webAppId}/domains/{domainId}",
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                        "domainId": domain_id,
                    },
                    cast=Domain,
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
        server_id: int,
        web_app_id: int,
        domain_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Domain:
        """Delete a domain name

        Removes the domain name from the web application.

        ``DELETE /servers/{serverId}/webapps/{webAppId}/domains/{domainId}``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            domain_id: Domain name id.
        """
        return cast(
            Domain,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/webapps/{webAppId}/domains/{domainId}",
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                        "domainId": domain_id,
                    },
                    cast=Domain,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


class AsyncWebAppsGitResource(AsyncResource):
    """Operations on web_apps.git."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def get(
        self,
        server_id: int,
        web_app_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Git:
        """Get Git settings

        Returns the web application's Git repository settings.

        ``GET /servers/{serverId}/webapps/{webAppId}/git``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
        """
        return cast(
            Git,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/webapps/{webAppId}/git",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    cast=Git,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def clone(
        self,
        server_id: int,
        web_app_id: int,
        *,
        provider: str,
        repository: str,
        branch: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Git:
        """Clone a Git repository

        Clones a Git repository into the web application. The system user's deployment key must have access to it.

        ``POST /servers/{serverId}/webapps/{webAppId}/git``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            provider: Git provider, e.g. `github`.
            repository: Repository as `owner/repo`.
            branch: Branch to deploy.
        """
        return cast(
            Git,
            await self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/webapps/{webAppId}/git",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    json={"provider": provider, "repository": repository, "branch": branch},
                    content_type="application/json",
                    cast=Git,
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

    async def change_branch(
        self,
        server_id: int,
        web_app_id: int,
        git_id: int,
        *,
        branch: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Git:
        """Change the Git branch

        Changes the branch the web application deploys from.

        ``PATCH /servers/{serverId}/webapps/{webAppId}/git/{gitId}/branch``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            git_id: Git id (from the web application's Git settings).
            branch: Branch to deploy.
        """
        return cast(
            Git,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/webapps/{webAppId}/git/{gitId}/branch",
                    path_params={"serverId": server_id, "webAppId": web_app_id, "gitId": git_id},
                    json={"branch": branch},
                    content_type="application/json",
                    cast=Git,
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

    async def force_deploy(
        self,
        server_id: int,
        web_app_id: int,
        git_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Force a deployment

        Pulls the repository and runs the deployment script now.

        ``PUT /servers/{serverId}/webapps/{webAppId}/git/{gitId}/script``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            git_id: Git id (from the web application's Git settings).
        """
        await self._client.request(
            Call(
                method="PUT",
                path="/servers/{serverId}/webapps/{webAppId}/git/{gitId}/script",
                path_params={"serverId": server_id, "webAppId": web_app_id, "gitId": git_id},
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

    async def update_script(
        self,
        server_id: int,
        web_app_id: int,
        git_id: int,
        *,
        auto_deploy: Union[bool, NotGiven] = NOT_GIVEN,
        deploy_script: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Git:
        """Customize the deployment script

        Sets the deployment script and turns auto-deploy on or off. The SDK passes the body through; the field names come from an unofficial TypeScript client. Inferred.

        ``PATCH /servers/{serverId}/webapps/{webAppId}/git/{gitId}/script``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            git_id: Git id (from the web application's Git settings).
            auto_deploy: Deploy on every push (webhook).
            deploy_script: Deployment script.
        """
        return cast(
            Git,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/webapps/{webAppId}/git/{gitId}/script",
                    path_params={"serverId": server_id, "webAppId": web_app_id, "gitId": git_id},
                    json={"autoDeploy": auto_deploy, "deployScript": deploy_script},
                    content_type="application/json",
                    cast=Git,
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

    async def delete(
        self,
        server_id: int,
        web_app_id: int,
        git_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Git:
        """Remove the Git repository

        Detaches the Git repository from the web application.

        ``DELETE /servers/{serverId}/webapps/{webAppId}/git/{gitId}``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            git_id: Git id (from the web application's Git settings).
        """
        return cast(
            Git,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/webapps/{webAppId}/git/{gitId}",
                    path_params={"serverId": server_id, "webAppId": web_app_id, "gitId": git_id},
                    cast=Git,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


class AsyncWebAppsInstallerResource(AsyncResource):
    """Operations on web_apps.installer."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def get(
        self,
        server_id: int,
        web_app_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Script:
        """Get the installed script

        Returns the PHP script installed in the web application.

        ``GET /servers/{serverId}/webapps/{webAppId}/installer``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
        """
        return cast(
            Script,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/webapps/{webAppId}/installer",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    cast=Script,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def install(
        self,
        server_id: int,
        web_app_id: int,
        *,
        name: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Script:
        """Install a PHP script

        Installs a PHP script (for example WordPress) into the web application. `name` is an installer name from the Static Data API.

        ``POST /servers/{serverId}/webapps/{webAppId}/installer``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            name: Installer name from the Static Data API, e.g. `wordpress`.
        """
        return cast(
            Script,
            await self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/webapps/{webAppId}/installer",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    json={"name": name},
                    content_type="application/json",
                    cast=Script,
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

    async def delete(
        self,
        server_id: int,
        web_app_id: int,
        script_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Script:
        """Remove the installed script

        Removes the PHP script from the web application.

        ``DELETE /servers/{serverId}/webapps/{webAppId}/installer/{scriptId}``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            script_id: Installed script id.
        """
        return cast(
            Script,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/webapps/{webAppId}/installer/{scriptId}",
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                        "scriptId": script_id,
                    },
                    cast=Script,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


class AsyncWebAppsSslResource(AsyncResource):
    """Operations on web_apps.ssl."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def get(
        self,
        server_id: int,
        web_app_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Ssl:
        """Get SSL

        Returns the web application's SSL/TLS settings.

        ``GET /servers/{serverId}/webapps/{webAppId}/ssl``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
        """
        return cast(
            Ssl,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/webapps/{webAppId}/ssl",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    cast=Ssl,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def install(
        self,
        server_id: int,
        web_app_id: int,
        *,
        body: SslInput,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Ssl:
        """Install SSL

        Installs an SSL/TLS certificate for the web application. The request fields are not documented (the SDK passes them through); see the schema.

        ``POST /servers/{serverId}/webapps/{webAppId}/ssl``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
        """
        return cast(
            Ssl,
            await self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/webapps/{webAppId}/ssl",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    json=body,
                    content_type="application/json",
                    cast=Ssl,
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

    async def redeploy(
        self,
        server_id: int,
        web_app_id: int,
        ssl_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Ssl:
        """Redeploy SSL

        Redeploys the SSL/TLS certificate.

        ``PUT /servers/{serverId}/webapps/{webAppId}/ssl/{sslId}``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            ssl_id: SSL id (from the web application's SSL settings).
        """
        return cast(
            Ssl,
            await self._client.request(
                Call(
                    method="PUT",
                    path="/servers/{serverId}/webapps/{webAppId}/ssl/{sslId}",
                    path_params={"serverId": server_id, "webAppId": web_app_id, "sslId": ssl_id},
                    cast=Ssl,
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
        server_id: int,
        web_app_id: int,
        ssl_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Ssl:
        """Delete SSL

        Removes the SSL/TLS certificate from the web application.

        ``DELETE /servers/{serverId}/webapps/{webAppId}/ssl/{sslId}``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            ssl_id: SSL id (from the web application's SSL settings).
        """
        return cast(
            Ssl,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/webapps/{webAppId}/ssl/{sslId}",
                    path_params={"serverId": server_id, "webAppId": web_app_id, "sslId": ssl_id},
                    cast=Ssl,
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
        server_id: int,
        web_app_id: int,
        ssl_id: int,
        *,
        body: SslInput,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Ssl:
        """Update SSL

        Changes the SSL/TLS settings. The request fields are not documented; see the schema.

        ``PATCH /servers/{serverId}/webapps/{webAppId}/ssl/{sslId}``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            ssl_id: SSL id (from the web application's SSL settings).
        """
        return cast(
            Ssl,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/webapps/{webAppId}/ssl/{sslId}",
                    path_params={"serverId": server_id, "webAppId": web_app_id, "sslId": ssl_id},
                    json=body,
                    content_type="application/json",
                    cast=Ssl,
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


class AsyncWebAppsResource(AsyncResource):
    """Operations on web_apps."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.domains = AsyncWebAppsDomainsResource(client)
        self.git = AsyncWebAppsGitResource(client)
        self.installer = AsyncWebAppsInstallerResource(client)
        self.ssl = AsyncWebAppsSslResource(client)

    def list(
        self,
        server_id: int,
        *,
        search: Optional[str] = None,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[WebApp]:
        """List web applications

        Lists the web applications on the server, paged.

        ``GET /servers/{serverId}/webapps``

        Args:
            server_id: Server id.
            search: Search string to filter the list.
            page: Page number to return. The first page is 1 (`current_page: 1` in the documented examples; the minimum is Inferred).
            per_page: Number of results per page. The maximum is 40. The default of 15 is what the documented list examples show (`per_page: 15`). Default 15. At most 40.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/servers/{serverId}/webapps",
                path_params={"serverId": server_id},
                query={"search": search, "page": page, "perPage": per_page},
                cast=WebAppList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            WebApp,
            40,
        )

    async def create_custom(
        self,
        server_id: int,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        domain_name: Union[str, NotGiven] = NOT_GIVEN,
        user: Union[int, NotGiven] = NOT_GIVEN,
        public_path: Union[Optional[str], NotGiven] = NOT_GIVEN,
        php_version: Union[str, NotGiven] = NOT_GIVEN,
        stack: Union[str, NotGiven] = NOT_GIVEN,
        stack_mode: Union[str, NotGiven] = NOT_GIVEN,
        clickjacking_protection: Union[bool, NotGiven] = NOT_GIVEN,
        xss_protection: Union[bool, NotGiven] = NOT_GIVEN,
        mime_sniffing_protection: Union[bool, NotGiven] = NOT_GIVEN,
        process_manager: Union[str, NotGiven] = NOT_GIVEN,
        process_manager_max_children: Union[int, NotGiven] = NOT_GIVEN,
        process_manager_max_requests: Union[int, NotGiven] = NOT_GIVEN,
        open_basedir: Union[str, NotGiven] = NOT_GIVEN,
        timezone: Union[str, NotGiven] = NOT_GIVEN,
        disable_functions: Union[str, NotGiven] = NOT_GIVEN,
        max_execution_time: Union[int, NotGiven] = NOT_GIVEN,
        max_input_time: Union[int, NotGiven] = NOT_GIVEN,
        max_input_vars: Union[int, NotGiven] = NOT_GIVEN,
        memory_limit: Union[int, NotGiven] = NOT_GIVEN,
        post_max_size: Union[int, NotGiven] = NOT_GIVEN,
        upload_max_filesize: Union[int, NotGiven] = NOT_GIVEN,
        session_gc_maxlifetime: Union[int, NotGiven] = NOT_GIVEN,
        allow_url_fopen: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebApp:
        """Create a custom PHP web application

        Creates a custom (PHP) web application. The fields come from real requests in public scripts; which of them are required is not documented. The response is the new web application, including `pullKey1` and `pullKey2`.

        ``POST /servers/{serverId}/webapps/custom``

        Args:
            server_id: Server id.
            name: Web application name.
            domain_name: First domain name.
            user: Id of the system user that will own the application.
            public_path: Public directory below the root (e.g. `/public`); null for the root.
            php_version: PHP version, e.g. `php73rc`.
            stack: Web stack, e.g. `nativenginx` or `hybrid`.
            stack_mode: Stack mode, e.g. `production`.
            clickjacking_protection: NGINX clickjacking protection header.
            xss_protection: NGINX XSS protection header.
            mime_sniffing_protection: NGINX MIME-sniffing protection header.
            process_manager: PHP-FPM process manager, e.g. `ondemand` or `dynamic`.
            process_manager_max_children: PHP-FPM `pm.max_children` (50 in the seen requests).
            process_manager_max_requests: PHP-FPM `pm.max_requests` (500 in the seen requests).
            open_basedir: PHP `open_basedir`, colon-separated directories.
            timezone: PHP timezone, e.g. `UTC` (values from the Static Data API).
            disable_functions: PHP `disable_functions`, comma-separated.
            max_execution_time: PHP `max_execution_time`, seconds.
            max_input_time: PHP `max_input_time`, seconds.
            max_input_vars: PHP `max_input_vars`.
            memory_limit: PHP `memory_limit`, MB.
            post_max_size: PHP `post_max_size`, MB.
            upload_max_filesize: PHP `upload_max_filesize`, MB.
            session_gc_maxlifetime: PHP `session.gc_maxlifetime`, seconds.
            allow_url_fopen: PHP `allow_url_fopen`.
        """
        return cast(
            WebApp,
            await self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/webapps/custom",
                    path_params={"serverId": server_id},
                    json={
                        "name": name,
                        "domainName": domain_name,
                        "user": user,
                        "publicPath": public_path,
                        "phpVersion": php_version,
                        "stack": stack,
                        "stackMode": stack_mode,
                        "clickjackingProtection": clickjacking_protection,
                        "xssProtection": xss_protection,
                        "mimeSniffingProtection": mime_sniffing_protection,
                        "processManager": process_manager,
                        "processManagerMaxChildren": process_manager_max_children,
                        "processManagerMaxRequests": process_manager_max_requests,
                        "openBasedir": open_basedir,
                        "timezone": timezone,
                        "disableFunctions": disable_functions,
                        "maxExecutionTime": max_execution_time,
                        "maxInputTime": max_input_time,
                        "maxInputVars": max_input_vars,
                        "memoryLimit": memory_limit,
                        "postMaxSize": post_max_size,
                        "uploadMaxFilesize": upload_max_filesize,
                        "sessionGcMaxlifetime": session_gc_maxlifetime,
                        "allowUrlFopen": allow_url_fopen,
                    },
                    content_type="application/json",
                    cast=WebApp,
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
        server_id: int,
        web_app_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebApp:
        """Get a web application

        Returns one web application.

        ``GET /servers/{serverId}/webapps/{webAppId}``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
        """
        return cast(
            WebApp,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/webapps/{webAppId}",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    cast=WebApp,
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
        server_id: int,
        web_app_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebApp:
        """Delete a web application

        Deletes the web application. The response is the deleted application.

        ``DELETE /servers/{serverId}/webapps/{webAppId}``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
        """
        return cast(
            WebApp,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/webapps/{webAppId}",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    cast=WebApp,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def set_default(
        self,
        server_id: int,
        web_app_id: int,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebApp:
        """Set as default application

        Makes this web application the server's default application (the one served for unmatched domains).

        ``POST /servers/{serverId}/webapps/{webAppId}/default``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
        """
        return cast(
            WebApp,
            await self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/webapps/{webAppId}/default",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    cast=WebApp,
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

    async def unset_default(
        self,
        server_id: int,
        web_app_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebApp:
        """Remove default application

        Stops this web application being the server's default application.

        ``DELETE /servers/{serverId}/webapps/{webAppId}/default``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
        """
        return cast(
            WebApp,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/webapps/{webAppId}/default",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    cast=WebApp,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def rebuild(
        self,
        server_id: int,
        web_app_id: int,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebApp:
        """Rebuild a web application

        Rebuilds the web application's configuration on the server.

        ``POST /servers/{serverId}/webapps/{webAppId}/rebuild``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
        """
        return cast(
            WebApp,
            await self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/webapps/{webAppId}/rebuild",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    cast=WebApp,
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

    async def get_settings(
        self,
        server_id: int,
        web_app_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedObject:
        """Get web application settings

        Returns the web application's settings. The fields are not documented; the example's keys are illustrative, taken from the create body (Inferred).

        ``GET /servers/{serverId}/webapps/{webAppId}/settings``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
        """
        return cast(
            UndocumentedObject,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/webapps/{webAppId}/settings",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    cast=UndocumentedObject,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def update_php_version(
        self,
        server_id: int,
        web_app_id: int,
        *,
        php_version: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebApp:
        """Change the PHP version

        Changes the PHP version the web application runs on.

        ``PATCH /servers/{serverId}/webapps/{webAppId}/settings/php``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            php_version: PHP version name, e.g. `php74rc` (see the server's installed PHP versions).
        """
        return cast(
            WebApp,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/webapps/{webAppId}/settings/php",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    json={"phpVersion": php_version},
                    content_type="application/json",
                    cast=WebApp,
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

    async def update_fpm_nginx(
        self,
        server_id: int,
        web_app_id: int,
        *,
        body: FpmNginxSettingsInput,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebApp:
        """Update FPM and NGINX settings

        Changes the web application's PHP-FPM and NGINX settings. The request fields are not documented (the SDK passes them through); see the schema.

        ``PATCH /servers/{serverId}/webapps/{webAppId}/settings/fpmnginx``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
        """
        return cast(
            WebApp,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/webapps/{webAppId}/settings/fpmnginx",
                    path_params={"serverId": server_id, "webAppId": web_app_id},
                    json=body,
                    content_type="application/json",
                    cast=WebApp,
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

    def list_logs(
        self,
        server_id: int,
        web_app_id: int,
        *,
        search: Optional[str] = None,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Log]:
        """List web application log

        Lists the web application's event log, paged.

        ``GET /servers/{serverId}/webapps/{webAppId}/log``

        Args:
            server_id: Server id.
            web_app_id: Web application id.
            search: Search string to filter the list.
            page: Page number to return. The first page is 1 (`current_page: 1` in the documented examples; the minimum is Inferred).
            per_page: Number of results per page. The maximum is 40. The default of 15 is what the documented list examples show (`per_page: 15`). Default 15. At most 40.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/servers/{serverId}/webapps/{webAppId}/log",
                path_params={"serverId": server_id, "webAppId": web_app_id},
                query={"search": search, "page": page, "perPage": per_page},
                cast=LogList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            Log,
            40,
        )
