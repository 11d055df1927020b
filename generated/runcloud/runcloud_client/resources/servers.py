"""Operations on servers.

``client.servers`` of the RunCloud API, sync and async.
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

__all__ = ["ServersResource", "AsyncServersResource"]


class ServersResource(SyncResource):
    """Operations on servers."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        search: Optional[str] = None,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Server]:
        """List servers

        Lists the servers in your account, paged.

        ``GET /servers``

        Args:
            search: Search string to filter the list.
            page: Page number to return. The first page is 1 (`current_page: 1` in the documented examples; the minimum is Inferred).
            per_page: Number of results per page. The maximum is 40. The default of 15 is what the documented list examples show (`per_page: 15`). Default 15. At most 40.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/servers",
                query={"search": search, "page": page, "perPage": per_page},
                cast=ServerList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            Server,
            40,
        )

    def create(
        self,
        *,
        name: str,
        ip_address: str,
        provider: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Server:
        """Create (connect) a server

        Adds a new server to RunCloud. The response is the new server; fetch its installation script next.

        ``POST /servers``

        Args:
            name: Server name.
            ip_address: Public IP address of the server.
            provider: Name of the hosting provider (free text; an unofficial client offers Digital Ocean, Linode, Vultr, AWS, Other).
        """
        return cast(
            Server,
            self._client.request(
                Call(
                    method="POST",
                    path="/servers",
                    json={"name": name, "ipAddress": ip_address, "provider": provider},
                    content_type="application/json",
                    cast=Server,
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

    def list_shared(
        self,
        *,
        search: Optional[str] = None,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Server]:
        """List shared servers

        Lists the servers other RunCloud users share with you, paged.

        ``GET /servers/shared``

        Args:
            search: Search string to filter the list.
            page: Page number to return. The first page is 1 (`current_page: 1` in the documented examples; the minimum is Inferred).
            per_page: Number of results per page. The maximum is 40. The default of 15 is what the documented list examples show (`per_page: 15`). Default 15. At most 40.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/servers/shared",
                query={"search": search, "page": page, "perPage": per_page},
                cast=ServerList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            Server,
            40,
        )

    def get(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Server:
        """Get a server

        Returns one server.

        ``GET /servers/{serverId}``

        Args:
            server_id: Server id.
        """
        return cast(
            Server,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}",
                    path_params={"serverId": server_id},
                    cast=Server,
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
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Server:
        """Delete a server

        Deletes a server from RunCloud. The response is the deleted server.

        ``DELETE /servers/{serverId}``

        Args:
            server_id: Server id.
        """
        return cast(
            Server,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}",
                    path_params={"serverId": server_id},
                    cast=Server,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def get_installation_script(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> InstallationScript:
        """Get the installation script

        Returns the shell script to run on the server to install the RunCloud agent.

        ``GET /servers/{serverId}/installationscript``

        Args:
            server_id: Server id.
        """
        return cast(
            InstallationScript,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/installationscript",
                    path_params={"serverId": server_id},
                    cast=InstallationScript,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def get_stats(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ServerStats:
        """Get server stats

        Returns counts of what runs on the server and where it is.

        ``GET /servers/{serverId}/stats``

        Args:
            server_id: Server id.
        """
        return cast(
            ServerStats,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/stats",
                    path_params={"serverId": server_id},
                    cast=ServerStats,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def get_hardware_info(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> HardwareInfo:
        """Get hardware info

        Returns the server's hardware information.

        ``GET /servers/{serverId}/hardwareinfo``

        Args:
            server_id: Server id.
        """
        return cast(
            HardwareInfo,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/hardwareinfo",
                    path_params={"serverId": server_id},
                    cast=HardwareInfo,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def list_php_versions(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PhpVersionList:
        """List installed PHP versions

        Returns the PHP versions installed on the server.

        ``GET /servers/{serverId}/php/version``

        Args:
            server_id: Server id.
        """
        return cast(
            PhpVersionList,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/php/version",
                    path_params={"serverId": server_id},
                    cast=PhpVersionList,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def update_php_cli(
        self,
        server_id: int,
        *,
        php_version: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Server:
        """Change the PHP-CLI version

        Sets the PHP version used by the `php` command line on the server.

        ``PATCH /servers/{serverId}/php/cli``

        Args:
            server_id: Server id.
            php_version: PHP version name, e.g. `php74rc` (see the server's installed PHP versions).
        """
        return cast(
            Server,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/php/cli",
                    path_params={"serverId": server_id},
                    json={"phpVersion": php_version},
                    content_type="application/json",
                    cast=Server,
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

    def update_meta(
        self,
        server_id: int,
        *,
        name: str,
        provider: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Server:
        """Update server metadata

        Renames the server and/or sets its provider name.

        ``PATCH /servers/{serverId}/settings/meta``

        Args:
            server_id: Server id.
            name: New server name.
            provider: Name of the hosting provider.
        """
        return cast(
            Server,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/settings/meta",
                    path_params={"serverId": server_id},
                    json={"name": name, "provider": provider},
                    content_type="application/json",
                    cast=Server,
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

    def get_ssh_settings(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SshConfig:
        """Get SSH configuration

        Returns the server's SSH daemon settings.

        ``GET /servers/{serverId}/settings/ssh``

        Args:
            server_id: Server id.
        """
        return cast(
            SshConfig,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/settings/ssh",
                    path_params={"serverId": server_id},
                    cast=SshConfig,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def update_ssh_settings(
        self,
        server_id: int,
        *,
        passwordless_login: Union[bool, NotGiven] = NOT_GIVEN,
        use_dns: Union[bool, NotGiven] = NOT_GIVEN,
        prevent_root_login: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SshConfig:
        """Update SSH configuration

        Changes the server's SSH daemon settings.

        ``PATCH /servers/{serverId}/settings/ssh``

        Args:
            server_id: Server id.
            passwordless_login: Allow only key-based (passwordless) login.
            use_dns: SSH daemon `UseDNS`.
            prevent_root_login: Refuse SSH logins as root.
        """
        return cast(
            SshConfig,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/settings/ssh",
                    path_params={"serverId": server_id},
                    json={
                        "passwordlessLogin": passwordless_login,
                        "useDns": use_dns,
                        "preventRootLogin": prevent_root_login,
                    },
                    content_type="application/json",
                    cast=SshConfig,
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

    def update_autoupdate(
        self,
        server_id: int,
        *,
        autoupdate: Union[bool, NotGiven] = NOT_GIVEN,
        security_update: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Server:
        """Update automatic update settings

        Turns automatic software updates and automatic security updates on or off. The body field names come from an unofficial TypeScript client (`autoupdate`, `securityUpdate`); MCP clients (LOW) send `softwareUpdate` instead of `autoupdate`. Inferred.

        ``PATCH /servers/{serverId}/settings/autoupdate``

        Args:
            server_id: Server id.
            autoupdate: Automatic software updates on or off.
            security_update: Automatic security updates on or off.
        """
        return cast(
            Server,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/settings/autoupdate",
                    path_params={"serverId": server_id},
                    json={"autoupdate": autoupdate, "securityUpdate": security_update},
                    content_type="application/json",
                    cast=Server,
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

    def get_latest_health(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedObject:
        """Get latest health

        Returns the latest health record of the server. Its fields are not documented.

        ``GET /servers/{serverId}/health/latest``

        Args:
            server_id: Server id.
        """
        return cast(
            UndocumentedObject,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/health/latest",
                    path_params={"serverId": server_id},
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

    def clean_disk(
        self,
        server_id: int,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Run the disk cleaner

        Starts the disk cleaner on the server. The response body is empty.

        ``POST /servers/{serverId}/health/diskcleaner``

        Args:
            server_id: Server id.
        """
        self._client.request(
            Call(
                method="POST",
                path="/servers/{serverId}/health/diskcleaner",
                path_params={"serverId": server_id},
                cast=None,
                response_kind="empty",
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


class AsyncServersResource(AsyncResource):
    """Operations on servers."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        search: Optional[str] = None,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Server]:
        """List servers

        Lists the servers in your account, paged.

        ``GET /servers``

        Args:
            search: Search string to filter the list.
            page: Page number to return. The first page is 1 (`current_page: 1` in the documented examples; the minimum is Inferred).
            per_page: Number of results per page. The maximum is 40. The default of 15 is what the documented list examples show (`per_page: 15`). Default 15. At most 40.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/servers",
                query={"search": search, "page": page, "perPage": per_page},
                cast=ServerList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            Server,
            40,
        )

    async def create(
        self,
        *,
        name: str,
        ip_address: str,
        provider: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Server:
        """Create (connect) a server

        Adds a new server to RunCloud. The response is the new server; fetch its installation script next.

        ``POST /servers``

        Args:
            name: Server name.
            ip_address: Public IP address of the server.
            provider: Name of the hosting provider (free text; an unofficial client offers Digital Ocean, Linode, Vultr, AWS, Other).
        """
        return cast(
            Server,
            await self._client.request(
                Call(
                    method="POST",
                    path="/servers",
                    json={"name": name, "ipAddress": ip_address, "provider": provider},
                    content_type="application/json",
                    cast=Server,
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

    def list_shared(
        self,
        *,
        search: Optional[str] = None,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Server]:
        """List shared servers

        Lists the servers other RunCloud users share with you, paged.

        ``GET /servers/shared``

        Args:
            search: Search string to filter the list.
            page: Page number to return. The first page is 1 (`current_page: 1` in the documented examples; the minimum is Inferred).
            per_page: Number of results per page. The maximum is 40. The default of 15 is what the documented list examples show (`per_page: 15`). Default 15. At most 40.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/servers/shared",
                query={"search": search, "page": page, "perPage": per_page},
                cast=ServerList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            Server,
            40,
        )

    async def get(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Server:
        """Get a server

        Returns one server.

        ``GET /servers/{serverId}``

        Args:
            server_id: Server id.
        """
        return cast(
            Server,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}",
                    path_params={"serverId": server_id},
                    cast=Server,
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
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Server:
        """Delete a server

        Deletes a server from RunCloud. The response is the deleted server.

        ``DELETE /servers/{serverId}``

        Args:
            server_id: Server id.
        """
        return cast(
            Server,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}",
                    path_params={"serverId": server_id},
                    cast=Server,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def get_installation_script(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> InstallationScript:
        """Get the installation script

        Returns the shell script to run on the server to install the RunCloud agent.

        ``GET /servers/{serverId}/installationscript``

        Args:
            server_id: Server id.
        """
        return cast(
            InstallationScript,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/installationscript",
                    path_params={"serverId": server_id},
                    cast=InstallationScript,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def get_stats(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ServerStats:
        """Get server stats

        Returns counts of what runs on the server and where it is.

        ``GET /servers/{serverId}/stats``

        Args:
            server_id: Server id.
        """
        return cast(
            ServerStats,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/stats",
                    path_params={"serverId": server_id},
                    cast=ServerStats,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def get_hardware_info(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> HardwareInfo:
        """Get hardware info

        Returns the server's hardware information.

        ``GET /servers/{serverId}/hardwareinfo``

        Args:
            server_id: Server id.
        """
        return cast(
            HardwareInfo,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/hardwareinfo",
                    path_params={"serverId": server_id},
                    cast=HardwareInfo,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def list_php_versions(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PhpVersionList:
        """List installed PHP versions

        Returns the PHP versions installed on the server.

        ``GET /servers/{serverId}/php/version``

        Args:
            server_id: Server id.
        """
        return cast(
            PhpVersionList,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/php/version",
                    path_params={"serverId": server_id},
                    cast=PhpVersionList,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def update_php_cli(
        self,
        server_id: int,
        *,
        php_version: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Server:
        """Change the PHP-CLI version

        Sets the PHP version used by the `php` command line on the server.

        ``PATCH /servers/{serverId}/php/cli``

        Args:
            server_id: Server id.
            php_version: PHP version name, e.g. `php74rc` (see the server's installed PHP versions).
        """
        return cast(
            Server,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/php/cli",
                    path_params={"serverId": server_id},
                    json={"phpVersion": php_version},
                    content_type="application/json",
                    cast=Server,
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

    async def update_meta(
        self,
        server_id: int,
        *,
        name: str,
        provider: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Server:
        """Update server metadata

        Renames the server and/or sets its provider name.

        ``PATCH /servers/{serverId}/settings/meta``

        Args:
            server_id: Server id.
            name: New server name.
            provider: Name of the hosting provider.
        """
        return cast(
            Server,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/settings/meta",
                    path_params={"serverId": server_id},
                    json={"name": name, "provider": provider},
                    content_type="application/json",
                    cast=Server,
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

    async def get_ssh_settings(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SshConfig:
        """Get SSH configuration

        Returns the server's SSH daemon settings.

        ``GET /servers/{serverId}/settings/ssh``

        Args:
            server_id: Server id.
        """
        return cast(
            SshConfig,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/settings/ssh",
                    path_params={"serverId": server_id},
                    cast=SshConfig,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def update_ssh_settings(
        self,
        server_id: int,
        *,
        passwordless_login: Union[bool, NotGiven] = NOT_GIVEN,
        use_dns: Union[bool, NotGiven] = NOT_GIVEN,
        prevent_root_login: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SshConfig:
        """Update SSH configuration

        Changes the server's SSH daemon settings.

        ``PATCH /servers/{serverId}/settings/ssh``

        Args:
            server_id: Server id.
            passwordless_login: Allow only key-based (passwordless) login.
            use_dns: SSH daemon `UseDNS`.
            prevent_root_login: Refuse SSH logins as root.
        """
        return cast(
            SshConfig,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/settings/ssh",
                    path_params={"serverId": server_id},
                    json={
                        "passwordlessLogin": passwordless_login,
                        "useDns": use_dns,
                        "preventRootLogin": prevent_root_login,
                    },
                    content_type="application/json",
                    cast=SshConfig,
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

    async def update_autoupdate(
        self,
        server_id: int,
        *,
        autoupdate: Union[bool, NotGiven] = NOT_GIVEN,
        security_update: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Server:
        """Update automatic update settings

        Turns automatic software updates and automatic security updates on or off. The body field names come from an unofficial TypeScript client (`autoupdate`, `securityUpdate`); MCP clients (LOW) send `softwareUpdate` instead of `autoupdate`. Inferred.

        ``PATCH /servers/{serverId}/settings/autoupdate``

        Args:
            server_id: Server id.
            autoupdate: Automatic software updates on or off.
            security_update: Automatic security updates on or off.
        """
        return cast(
            Server,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/settings/autoupdate",
                    path_params={"serverId": server_id},
                    json={"autoupdate": autoupdate, "securityUpdate": security_update},
                    content_type="application/json",
                    cast=Server,
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

    async def get_latest_health(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedObject:
        """Get latest health

        Returns the latest health record of the server. Its fields are not documented.

        ``GET /servers/{serverId}/health/latest``

        Args:
            server_id: Server id.
        """
        return cast(
            UndocumentedObject,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/health/latest",
                    path_params={"serverId": server_id},
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

    async def clean_disk(
        self,
        server_id: int,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Run the disk cleaner

        Starts the disk cleaner on the server. The response body is empty.

        ``POST /servers/{serverId}/health/diskcleaner``

        Args:
            server_id: Server id.
        """
        await self._client.request(
            Call(
                method="POST",
                path="/servers/{serverId}/health/diskcleaner",
                path_params={"serverId": server_id},
                cast=None,
                response_kind="empty",
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
