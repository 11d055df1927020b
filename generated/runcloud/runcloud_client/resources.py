"""Resources of the RunCloud API: ``client.<resource>.<method>(...)``, sync and async."""

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


class MetaResource(SyncResource):
    """Operations on meta."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def ping(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Pong:
        """Test authentication

        Tests the authentication. If the request is successful you get the pong message as the output.

        ``GET /ping``
        """
        return cast(
            Pong,
            self._client.request(
                Call(
                    method="GET",
                    path="/ping",
                    path_params={},
                    query={},
                    headers={},
                    cast=Pong,
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
                path_params={},
                query={
                    "search": search,
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=ServerList,
                response_kind="json",
                authenticated=True,
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
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "name": name,
                        "ipAddress": ip_address,
                        "provider": provider,
                    },
                    content_type="application/json",
                    cast=Server,
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
                path_params={},
                query={
                    "search": search,
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=ServerList,
                response_kind="json",
                authenticated=True,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    cast=Server,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    cast=Server,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    cast=InstallationScript,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    cast=ServerStats,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    cast=HardwareInfo,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    cast=PhpVersionList,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json={
                        "phpVersion": php_version,
                    },
                    content_type="application/json",
                    cast=Server,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json={
                        "name": name,
                        "provider": provider,
                    },
                    content_type="application/json",
                    cast=Server,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    cast=SshConfig,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json={
                        "passwordlessLogin": passwordless_login,
                        "useDns": use_dns,
                        "preventRootLogin": prevent_root_login,
                    },
                    content_type="application/json",
                    cast=SshConfig,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json={
                        "autoupdate": autoupdate,
                        "securityUpdate": security_update,
                    },
                    content_type="application/json",
                    cast=Server,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    cast=UndocumentedObject,
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
                path_params={
                    "serverId": server_id,
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


class SystemUsersResource(SyncResource):
    """Operations on system_users."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

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
    ) -> SyncPager[SystemUser]:
        """List system users

        Lists the Linux system users RunCloud manages on the server, paged.

        ``GET /servers/{serverId}/users``

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
                path="/servers/{serverId}/users",
                path_params={
                    "serverId": server_id,
                },
                query={
                    "search": search,
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=SystemUserList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            SystemUser,
            40,
        )

    def create(
        self,
        server_id: int,
        *,
        username: str,
        password: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SystemUser:
        """Create a system user

        Creates a system user on the server. The password is optional.

        ``POST /servers/{serverId}/users``

        Args:
            server_id: Server id.
            username: User name.
            password: Password (optional).
        """
        return cast(
            SystemUser,
            self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/users",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json={
                        "username": username,
                        "password": password,
                    },
                    content_type="application/json",
                    cast=SystemUser,
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

    def change_password(
        self,
        server_id: int,
        user_id: int,
        *,
        password: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SystemUser:
        """Change a system user's password

        Sets a new password for the system user.

        ``PATCH /servers/{serverId}/users/{userId}/password``

        Args:
            server_id: Server id.
            user_id: System user id.
            password: The new password.
        """
        return cast(
            SystemUser,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/users/{userId}/password",
                    path_params={
                        "serverId": server_id,
                        "userId": user_id,
                    },
                    query={},
                    headers={},
                    json={
                        "password": password,
                    },
                    content_type="application/json",
                    cast=SystemUser,
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

    def generate_deployment_key(
        self,
        server_id: int,
        user_id: int,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SystemUser:
        """Generate a Git deployment key

        Generates a Git deployment key (an SSH key pair) for the system user and returns the user with its public key.

        ``PATCH /servers/{serverId}/users/{userId}/deploymentkey``

        Args:
            server_id: Server id.
            user_id: System user id.
        """
        return cast(
            SystemUser,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/users/{userId}/deploymentkey",
                    path_params={
                        "serverId": server_id,
                        "userId": user_id,
                    },
                    query={},
                    headers={},
                    cast=SystemUser,
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

    def delete(
        self,
        server_id: int,
        user_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SystemUser:
        """Delete a system user

        Deletes the system user. The response is the deleted user.

        ``DELETE /servers/{serverId}/users/{userId}``

        Args:
            server_id: Server id.
            user_id: System user id.
        """
        return cast(
            SystemUser,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/users/{userId}",
                    path_params={
                        "serverId": server_id,
                        "userId": user_id,
                    },
                    query={},
                    headers={},
                    cast=SystemUser,
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


class DatabasesResource(SyncResource):
    """Operations on databases."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

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
    ) -> SyncPager[Database]:
        """List databases

        Lists the databases on the server, paged. `search` searches the list of databases.

        ``GET /servers/{serverId}/databases``

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
                path="/servers/{serverId}/databases",
                path_params={
                    "serverId": server_id,
                },
                query={
                    "search": search,
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=DatabaseList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            Database,
            40,
        )

    def create(
        self,
        server_id: int,
        *,
        name: str,
        collation: Union[str, NotGiven] = NOT_GIVEN,
        user: Union[int, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Database:
        """Create a database

        Creates a database. `name` is required; `collation` is optional (values from the Static Data API).

        ``POST /servers/{serverId}/databases``

        Args:
            server_id: Server id.
            name: Name of the database.
            collation: Database collation. You can get this value from the Static Data API.
            user: Id of a database user to grant on the new database. Seen only in a real request of a public deploy script, not in the official parameter list (Inferred).
        """
        return cast(
            Database,
            self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/databases",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json={
                        "name": name,
                        "collation": collation,
                        "user": user,
                    },
                    content_type="application/json",
                    cast=Database,
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
        server_id: int,
        database_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Database:
        """Get a database

        Returns the database object.

        ``GET /servers/{serverId}/databases/{databaseId}``

        Args:
            server_id: Server id.
            database_id: Database id.
        """
        return cast(
            Database,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/databases/{databaseId}",
                    path_params={
                        "serverId": server_id,
                        "databaseId": database_id,
                    },
                    query={},
                    headers={},
                    cast=Database,
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
        server_id: int,
        database_id: int,
        *,
        delete_user: Union[bool, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Database:
        """Delete a database

        Deletes the database. Send `deleteUser: true` to delete its database users as well.

        ``DELETE /servers/{serverId}/databases/{databaseId}``

        Args:
            server_id: Server id.
            database_id: Database id.
            delete_user: Also delete the database users of this database.
        """
        return cast(
            Database,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/databases/{databaseId}",
                    path_params={
                        "serverId": server_id,
                        "databaseId": database_id,
                    },
                    query={},
                    headers={},
                    json={
                        "deleteUser": delete_user,
                    },
                    content_type="application/json",
                    cast=Database,
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

    def list_grants(
        self,
        server_id: int,
        database_id: int,
        *,
        search: Optional[str] = None,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[DatabaseUser]:
        """List database users granted on a database

        Lists the database users that have access to the database, paged.

        ``GET /servers/{serverId}/databases/{databaseId}/grant``

        Args:
            server_id: Server id.
            database_id: Database id.
            search: Search string to filter the list.
            page: Page number to return. The first page is 1 (`current_page: 1` in the documented examples; the minimum is Inferred).
            per_page: Number of results per page. The maximum is 40. The default of 15 is what the documented list examples show (`per_page: 15`). Default 15. At most 40.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/servers/{serverId}/databases/{databaseId}/grant",
                path_params={
                    "serverId": server_id,
                    "databaseId": database_id,
                },
                query={
                    "search": search,
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=DatabaseUserList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            DatabaseUser,
            40,
        )

    def attach_user(
        self,
        server_id: int,
        database_id: int,
        *,
        id: int,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseUser:
        """Attach a database user

        Grants a database user access to the database.

        ``POST /servers/{serverId}/databases/{databaseId}/grant``

        Args:
            server_id: Server id.
            database_id: Database id.
            id: Database user id.
        """
        return cast(
            DatabaseUser,
            self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/databases/{databaseId}/grant",
                    path_params={
                        "serverId": server_id,
                        "databaseId": database_id,
                    },
                    query={},
                    headers={},
                    json={
                        "id": id,
                    },
                    content_type="application/json",
                    cast=DatabaseUser,
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

    def revoke_user(
        self,
        server_id: int,
        database_id: int,
        *,
        id: int,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseUser:
        """Revoke a database user

        Revokes a database user's access to the database.

        ``DELETE /servers/{serverId}/databases/{databaseId}/grant``

        Args:
            server_id: Server id.
            database_id: Database id.
            id: Database user id.
        """
        return cast(
            DatabaseUser,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/databases/{databaseId}/grant",
                    path_params={
                        "serverId": server_id,
                        "databaseId": database_id,
                    },
                    query={},
                    headers={},
                    json={
                        "id": id,
                    },
                    content_type="application/json",
                    cast=DatabaseUser,
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


class DatabaseUsersResource(SyncResource):
    """Operations on database_users."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

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
    ) -> SyncPager[DatabaseUser]:
        """List database users

        Lists the database users on the server, paged.

        ``GET /servers/{serverId}/databaseusers``

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
                path="/servers/{serverId}/databaseusers",
                path_params={
                    "serverId": server_id,
                },
                query={
                    "search": search,
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=DatabaseUserList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            DatabaseUser,
            40,
        )

    def create(
        self,
        server_id: int,
        *,
        username: str,
        password: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseUser:
        """Create a database user

        Creates a database user.

        ``POST /servers/{serverId}/databaseusers``

        Args:
            server_id: Server id.
            username: User name.
            password: Password.
        """
        return cast(
            DatabaseUser,
            self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/databaseusers",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json={
                        "username": username,
                        "password": password,
                    },
                    content_type="application/json",
                    cast=DatabaseUser,
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
        server_id: int,
        database_user_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseUser:
        """Get a database user

        Returns one database user.

        ``GET /servers/{serverId}/databaseusers/{databaseUserId}``

        Args:
            server_id: Server id.
            database_user_id: Database user id.
        """
        return cast(
            DatabaseUser,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/databaseusers/{databaseUserId}",
                    path_params={
                        "serverId": server_id,
                        "databaseUserId": database_user_id,
                    },
                    query={},
                    headers={},
                    cast=DatabaseUser,
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
        server_id: int,
        database_user_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseUser:
        """Delete a database user

        Deletes the database user. The response is the deleted user.

        ``DELETE /servers/{serverId}/databaseusers/{databaseUserId}``

        Args:
            server_id: Server id.
            database_user_id: Database user id.
        """
        return cast(
            DatabaseUser,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/databaseusers/{databaseUserId}",
                    path_params={
                        "serverId": server_id,
                        "databaseUserId": database_user_id,
                    },
                    query={},
                    headers={},
                    cast=DatabaseUser,
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

    def change_password(
        self,
        server_id: int,
        database_user_id: int,
        *,
        password: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseUser:
        """Change a database user's password

        Sets a new password for the database user.

        ``PATCH /servers/{serverId}/databaseusers/{databaseUserId}``

        Args:
            server_id: Server id.
            database_user_id: Database user id.
            password: The new password.
        """
        return cast(
            DatabaseUser,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/databaseusers/{databaseUserId}",
                    path_params={
                        "serverId": server_id,
                        "databaseUserId": database_user_id,
                    },
                    query={},
                    headers={},
                    json={
                        "password": password,
                    },
                    content_type="application/json",
                    cast=DatabaseUser,
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


class SshKeysResource(SyncResource):
    """Operations on ssh_keys."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        server_id: int,
        *,
        label: Optional[str] = None,
        search: Optional[str] = None,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[SshKey]:
        """List SSH keys

        Lists the SSH keys on the server, paged.

        ``GET /servers/{serverId}/sshcredentials``

        Args:
            server_id: Server id.
            label: Search string to search the label or the server user (the official page's name for the search parameter).
            search: Search string, as the v2 PHP SDK sends it (the official page calls it `label`).
            page: Page number to return. The first page is 1 (`current_page: 1` in the documented examples; the minimum is Inferred).
            per_page: Number of results per page. The maximum is 40. The default of 15 is what the documented list examples show (`per_page: 15`). Default 15. At most 40.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/servers/{serverId}/sshcredentials",
                path_params={
                    "serverId": server_id,
                },
                query={
                    "label": label,
                    "search": search,
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=SshKeyList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            SshKey,
            40,
        )

    def create(
        self,
        server_id: int,
        *,
        label: str,
        username: str,
        public_key: str,
        temporary: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SshKey:
        """Add an SSH key

        Adds a public key to a system user on the server. `label`, `username` and `publicKey` are required.

        ``POST /servers/{serverId}/sshcredentials``

        Args:
            server_id: Server id.
            label: Label of the credential.
            username: Username of the user inside your server.
            public_key: The SSH key string.
            temporary: Add the key as a temporary key (on the newer v2 page only).
        """
        return cast(
            SshKey,
            self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/sshcredentials",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json={
                        "label": label,
                        "username": username,
                        "publicKey": public_key,
                        "temporary": temporary,
                    },
                    content_type="application/json",
                    cast=SshKey,
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
        server_id: int,
        ssh_key_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SshKey:
        """Get an SSH key

        Returns one SSH key.

        ``GET /servers/{serverId}/sshcredentials/{sshKeyId}``

        Args:
            server_id: Server id.
            ssh_key_id: SSH key id.
        """
        return cast(
            SshKey,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/sshcredentials/{sshKeyId}",
                    path_params={
                        "serverId": server_id,
                        "sshKeyId": ssh_key_id,
                    },
                    query={},
                    headers={},
                    cast=SshKey,
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
        server_id: int,
        ssh_key_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SshKey:
        """Delete an SSH key

        Removes the SSH key. The response is the deleted key.

        ``DELETE /servers/{serverId}/sshcredentials/{sshKeyId}``

        Args:
            server_id: Server id.
            ssh_key_id: SSH key id.
        """
        return cast(
            SshKey,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/sshcredentials/{sshKeyId}",
                    path_params={
                        "serverId": server_id,
                        "sshKeyId": ssh_key_id,
                    },
                    query={},
                    headers={},
                    cast=SshKey,
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


class ServicesResource(SyncResource):
    """Operations on services."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ServiceList:
        """List services

        Lists the services on the server (NGINX, MariaDB, Supervisord, Redis, ...) and their status. The response envelope is not documented for v2; an old-API wrapper reads the items from `data`. Inferred.

        ``GET /servers/{serverId}/services``

        Args:
            server_id: Server id.
        """
        return cast(
            ServiceList,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/services",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    cast=ServiceList,
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

    def action(
        self,
        server_id: int,
        *,
        action: Literal["start", "stop", "restart", "reload"],
        real_name: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedObject:
        """Start, stop, restart or reload a service

        Runs a systemctl action on one service, named by its `realName` (for example `nginx-rc`).

        ``PATCH /servers/{serverId}/services``

        Args:
            server_id: Server id.
            action: What to do.
            real_name: The service's `realName`, e.g. `nginx-rc`.
        """
        return cast(
            UndocumentedObject,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/services",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json={
                        "action": action,
                        "realName": real_name,
                    },
                    content_type="application/json",
                    cast=UndocumentedObject,
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


class CronJobsResource(SyncResource):
    """Operations on cron_jobs."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

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
    ) -> SyncPager[CronJob]:
        """List cron jobs

        Lists the cron jobs on the server, paged.

        ``GET /servers/{serverId}/cronjobs``

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
                path="/servers/{serverId}/cronjobs",
                path_params={
                    "serverId": server_id,
                },
                query={
                    "search": search,
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=CronJobList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            CronJob,
            40,
        )

    def create(
        self,
        server_id: int,
        *,
        body: CronJobInput,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CronJob:
        """Create a cron job

        Creates a cron job. The request fields are not documented (the SDK passes them through); see the schema.

        ``POST /servers/{serverId}/cronjobs``

        Args:
            server_id: Server id.
        """
        return cast(
            CronJob,
            self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/cronjobs",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json=body,
                    content_type="application/json",
                    cast=CronJob,
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
        server_id: int,
        job_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CronJob:
        """Get a cron job

        Returns one cron job.

        ``GET /servers/{serverId}/cronjobs/{jobId}``

        Args:
            server_id: Server id.
            job_id: Cron job id.
        """
        return cast(
            CronJob,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/cronjobs/{jobId}",
                    path_params={
                        "serverId": server_id,
                        "jobId": job_id,
                    },
                    query={},
                    headers={},
                    cast=CronJob,
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
        server_id: int,
        job_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CronJob:
        """Delete a cron job

        Deletes the cron job. The response is the deleted job.

        ``DELETE /servers/{serverId}/cronjobs/{jobId}``

        Args:
            server_id: Server id.
            job_id: Cron job id.
        """
        return cast(
            CronJob,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/cronjobs/{jobId}",
                    path_params={
                        "serverId": server_id,
                        "jobId": job_id,
                    },
                    query={},
                    headers={},
                    cast=CronJob,
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

    def rebuild(
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
        """Rebuild the crontab

        Rebuilds the server's crontab from the cron jobs RunCloud knows.

        ``POST /servers/{serverId}/cronjobs/rebuild``

        Args:
            server_id: Server id.
        """
        self._client.request(
            Call(
                method="POST",
                path="/servers/{serverId}/cronjobs/rebuild",
                path_params={
                    "serverId": server_id,
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


class SupervisorsResource(SyncResource):
    """Operations on supervisors."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list_binaries(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedList:
        """List available binaries

        Lists the binaries a Supervisor job can run. The item shape is not documented.

        ``GET /servers/{serverId}/supervisors/binaries``

        Args:
            server_id: Server id.
        """
        return cast(
            UndocumentedList,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/supervisors/binaries",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    cast=UndocumentedList,
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
    ) -> SyncPager[SupervisorJob]:
        """List Supervisor jobs

        Lists the Supervisor jobs on the server, paged.

        ``GET /servers/{serverId}/supervisors``

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
                path="/servers/{serverId}/supervisors",
                path_params={
                    "serverId": server_id,
                },
                query={
                    "search": search,
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=SupervisorJobList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            SupervisorJob,
            40,
        )

    def create(
        self,
        server_id: int,
        *,
        body: SupervisorJobInput,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SupervisorJob:
        """Create a Supervisor job

        Creates a Supervisor job. The request fields are not documented (the SDK passes them through); see the schema.

        ``POST /servers/{serverId}/supervisors``

        Args:
            server_id: Server id.
        """
        return cast(
            SupervisorJob,
            self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/supervisors",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json=body,
                    content_type="application/json",
                    cast=SupervisorJob,
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

    def get_status(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedObject:
        """Get Supervisor job status

        Returns the status of the Supervisor jobs. The fields are not documented.

        ``GET /servers/{serverId}/supervisors/status``

        Args:
            server_id: Server id.
        """
        return cast(
            UndocumentedObject,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/supervisors/status",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    cast=UndocumentedObject,
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

    def rebuild(
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
        """Rebuild Supervisor jobs

        Rewrites the server's Supervisor configuration from the jobs RunCloud knows.

        ``POST /servers/{serverId}/supervisors/rebuild``

        Args:
            server_id: Server id.
        """
        self._client.request(
            Call(
                method="POST",
                path="/servers/{serverId}/supervisors/rebuild",
                path_params={
                    "serverId": server_id,
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

    def get(
        self,
        server_id: int,
        supervisor_job_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SupervisorJob:
        """Get a Supervisor job

        Returns one Supervisor job.

        ``GET /servers/{serverId}/supervisors/{supervisorJobId}``

        Args:
            server_id: Server id.
            supervisor_job_id: Supervisor job id.
        """
        return cast(
            SupervisorJob,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/supervisors/{supervisorJobId}",
                    path_params={
                        "serverId": server_id,
                        "supervisorJobId": supervisor_job_id,
                    },
                    query={},
                    headers={},
                    cast=SupervisorJob,
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
        server_id: int,
        supervisor_job_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SupervisorJob:
        """Delete a Supervisor job

        Deletes the Supervisor job. The response is the deleted job.

        ``DELETE /servers/{serverId}/supervisors/{supervisorJobId}``

        Args:
            server_id: Server id.
            supervisor_job_id: Supervisor job id.
        """
        return cast(
            SupervisorJob,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/supervisors/{supervisorJobId}",
                    path_params={
                        "serverId": server_id,
                        "supervisorJobId": supervisor_job_id,
                    },
                    query={},
                    headers={},
                    cast=SupervisorJob,
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

    def reload(
        self,
        server_id: int,
        supervisor_job_id: int,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SupervisorJob:
        """Reload a Supervisor job

        Reloads (restarts) the Supervisor job.

        ``POST /servers/{serverId}/supervisors/{supervisorJobId}/reload``

        Args:
            server_id: Server id.
            supervisor_job_id: Supervisor job id.
        """
        return cast(
            SupervisorJob,
            self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/supervisors/{supervisorJobId}/reload",
                    path_params={
                        "serverId": server_id,
                        "supervisorJobId": supervisor_job_id,
                    },
                    query={},
                    headers={},
                    cast=SupervisorJob,
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


class FirewallRulesResource(SyncResource):
    """Operations on firewall_rules."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        server_id: int,
        *,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[FirewallRule]:
        """List firewall rules

        Lists the firewall rules of the server, paged.

        ``GET /servers/{serverId}/security/firewalls``

        Args:
            server_id: Server id.
            page: Page number to return. The first page is 1 (`current_page: 1` in the documented examples; the minimum is Inferred).
            per_page: Number of results per page. The maximum is 40. The default of 15 is what the documented list examples show (`per_page: 15`). Default 15. At most 40.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/servers/{serverId}/security/firewalls",
                path_params={
                    "serverId": server_id,
                },
                query={
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=FirewallRuleList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            FirewallRule,
            40,
        )

    def deploy(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Deploy firewall rules

        Deploys the firewall rules to the server.

        ``PUT /servers/{serverId}/security/firewalls``

        Args:
            server_id: Server id.
        """
        self._client.request(
            Call(
                method="PUT",
                path="/servers/{serverId}/security/firewalls",
                path_params={
                    "serverId": server_id,
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

    def create(
        self,
        server_id: int,
        *,
        body: FirewallRuleInput,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> FirewallRule:
        """Create a firewall rule

        Creates a firewall rule. It takes effect once the rules are deployed. The request fields are not documented (the SDK passes them through); see the schema.

        ``POST /servers/{serverId}/security/firewalls``

        Args:
            server_id: Server id.
        """
        return cast(
            FirewallRule,
            self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/security/firewalls",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json=body,
                    content_type="application/json",
                    cast=FirewallRule,
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
        server_id: int,
        rule_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> FirewallRule:
        """Get a firewall rule

        Returns one firewall rule.

        ``GET /servers/{serverId}/security/firewalls/{ruleId}``

        Args:
            server_id: Server id.
            rule_id: Firewall rule id.
        """
        return cast(
            FirewallRule,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/security/firewalls/{ruleId}",
                    path_params={
                        "serverId": server_id,
                        "ruleId": rule_id,
                    },
                    query={},
                    headers={},
                    cast=FirewallRule,
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
        server_id: int,
        rule_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> FirewallRule:
        """Delete a firewall rule

        Deletes the firewall rule. The response is the deleted rule.

        ``DELETE /servers/{serverId}/security/firewalls/{ruleId}``

        Args:
            server_id: Server id.
            rule_id: Firewall rule id.
        """
        return cast(
            FirewallRule,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/security/firewalls/{ruleId}",
                    path_params={
                        "serverId": server_id,
                        "ruleId": rule_id,
                    },
                    query={},
                    headers={},
                    cast=FirewallRule,
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


class Fail2banResource(SyncResource):
    """Operations on fail2ban."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list_blocked_ips(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedList:
        """List blocked IP addresses

        Lists the IP addresses Fail2Ban has blocked. The item shape is not documented.

        ``GET /servers/{serverId}/security/fail2ban/blockedip``

        Args:
            server_id: Server id.
        """
        return cast(
            UndocumentedList,
            self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/security/fail2ban/blockedip",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    cast=UndocumentedList,
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

    def unblock_ip(
        self,
        server_id: int,
        *,
        ip: str,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedObject:
        """Unblock an IP address

        Removes an IP address from the Fail2Ban block list.

        ``DELETE /servers/{serverId}/security/fail2ban/blockedip``

        Args:
            server_id: Server id.
            ip: The blocked IP address.
        """
        return cast(
            UndocumentedObject,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/security/fail2ban/blockedip",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json={
                        "ip": ip,
                    },
                    content_type="application/json",
                    cast=UndocumentedObject,
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
                path_params={
                    "serverId": server_id,
                    "webAppId": web_app_id,
                },
                query={
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=DomainList,
                response_kind="json",
                authenticated=True,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    json={
                        "name": name,
                    },
                    content_type="application/json",
                    cast=Domain,
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
                    query={},
                    headers={},
                    cast=Domain,
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
                    query={},
                    headers={},
                    cast=Domain,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    cast=Git,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    json={
                        "provider": provider,
                        "repository": repository,
                        "branch": branch,
                    },
                    content_type="application/json",
                    cast=Git,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                        "gitId": git_id,
                    },
                    query={},
                    headers={},
                    json={
                        "branch": branch,
                    },
                    content_type="application/json",
                    cast=Git,
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
                path_params={
                    "serverId": server_id,
                    "webAppId": web_app_id,
                    "gitId": git_id,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                        "gitId": git_id,
                    },
                    query={},
                    headers={},
                    json={
                        "autoDeploy": auto_deploy,
                        "deployScript": deploy_script,
                    },
                    content_type="application/json",
                    cast=Git,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                        "gitId": git_id,
                    },
                    query={},
                    headers={},
                    cast=Git,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    cast=Script,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    json={
                        "name": name,
                    },
                    content_type="application/json",
                    cast=Script,
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
                    query={},
                    headers={},
                    cast=Script,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    cast=Ssl,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    json=body,
                    content_type="application/json",
                    cast=Ssl,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                        "sslId": ssl_id,
                    },
                    query={},
                    headers={},
                    cast=Ssl,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                        "sslId": ssl_id,
                    },
                    query={},
                    headers={},
                    cast=Ssl,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                        "sslId": ssl_id,
                    },
                    query={},
                    headers={},
                    json=body,
                    content_type="application/json",
                    cast=Ssl,
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
                path_params={
                    "serverId": server_id,
                },
                query={
                    "search": search,
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=WebAppList,
                response_kind="json",
                authenticated=True,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    cast=WebApp,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    cast=WebApp,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    cast=WebApp,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    cast=WebApp,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    cast=WebApp,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    cast=UndocumentedObject,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    json={
                        "phpVersion": php_version,
                    },
                    content_type="application/json",
                    cast=WebApp,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    json=body,
                    content_type="application/json",
                    cast=WebApp,
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
                path_params={
                    "serverId": server_id,
                    "webAppId": web_app_id,
                },
                query={
                    "search": search,
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=LogList,
                response_kind="json",
                authenticated=True,
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


class StaticDataResource(SyncResource):
    """Operations on static_data."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list_database_collations(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedList:
        """List database collations

        Lists the collations a database can be created with. The item shape is not documented.

        ``GET /static/databases/collations``
        """
        return cast(
            UndocumentedList,
            self._client.request(
                Call(
                    method="GET",
                    path="/static/databases/collations",
                    path_params={},
                    query={},
                    headers={},
                    cast=UndocumentedList,
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

    def list_timezones(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedList:
        """List timezones

        Lists the timezones a web application can use. The item shape is not documented.

        ``GET /static/timezones``
        """
        return cast(
            UndocumentedList,
            self._client.request(
                Call(
                    method="GET",
                    path="/static/timezones",
                    path_params={},
                    query={},
                    headers={},
                    cast=UndocumentedList,
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

    def list_script_installers(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedList:
        """List script installers

        Lists the PHP scripts the script installer can install. The item shape is not documented.

        ``GET /static/webapps/installers``
        """
        return cast(
            UndocumentedList,
            self._client.request(
                Call(
                    method="GET",
                    path="/static/webapps/installers",
                    path_params={},
                    query={},
                    headers={},
                    cast=UndocumentedList,
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


class ExternalApiKeysResource(SyncResource):
    """Operations on external_api_keys."""

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
    ) -> SyncPager[ApiKey]:
        """List 3rd-party API keys

        Lists your 3rd-party API keys (for example Cloudflare), paged.

        ``GET /settings/externalapi``

        Args:
            search: Search string to filter the list.
            page: Page number to return. The first page is 1 (`current_page: 1` in the documented examples; the minimum is Inferred).
            per_page: Number of results per page. The maximum is 40. The default of 15 is what the documented list examples show (`per_page: 15`). Default 15. At most 40.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/settings/externalapi",
                path_params={},
                query={
                    "search": search,
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=ApiKeyList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            ApiKey,
            40,
        )

    def create(
        self,
        *,
        service: str,
        label: str,
        secret: str,
        username: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ApiKey:
        """Add a 3rd-party API key

        Adds a 3rd-party API key. `service` is lower case (for example `cloudflare`); `username` is required for Cloudflare.

        ``POST /settings/externalapi``

        Args:
            service: Service, lower case, e.g. `cloudflare`.
            label: Label.
            secret: The secret.
            username: User name at the service; required for Cloudflare.
        """
        return cast(
            ApiKey,
            self._client.request(
                Call(
                    method="POST",
                    path="/settings/externalapi",
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "service": service,
                        "label": label,
                        "secret": secret,
                        "username": username,
                    },
                    content_type="application/json",
                    cast=ApiKey,
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

    def delete(
        self,
        api_key_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ApiKey:
        """Delete a 3rd-party API key

        Deletes the 3rd-party API key. The response is the deleted key.

        ``DELETE /settings/externalapi/{apiKeyId}``

        Args:
            api_key_id: 3rd-party API key id.
        """
        return cast(
            ApiKey,
            self._client.request(
                Call(
                    method="DELETE",
                    path="/settings/externalapi/{apiKeyId}",
                    path_params={
                        "apiKeyId": api_key_id,
                    },
                    query={},
                    headers={},
                    cast=ApiKey,
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
        api_key_id: int,
        *,
        label: Union[str, NotGiven] = NOT_GIVEN,
        secret: Union[str, NotGiven] = NOT_GIVEN,
        username: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ApiKey:
        """Update a 3rd-party API key

        Changes the label, secret or username of the 3rd-party API key.

        ``PATCH /settings/externalapi/{apiKeyId}``

        Args:
            api_key_id: 3rd-party API key id.
            label: Label.
            secret: The secret.
            username: User name at the service.
        """
        return cast(
            ApiKey,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/settings/externalapi/{apiKeyId}",
                    path_params={
                        "apiKeyId": api_key_id,
                    },
                    query={},
                    headers={},
                    json={
                        "label": label,
                        "secret": secret,
                        "username": username,
                    },
                    content_type="application/json",
                    cast=ApiKey,
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


class AsyncMetaResource(AsyncResource):
    """Operations on meta."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def ping(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Pong:
        """Test authentication

        Tests the authentication. If the request is successful you get the pong message as the output.

        ``GET /ping``
        """
        return cast(
            Pong,
            await self._client.request(
                Call(
                    method="GET",
                    path="/ping",
                    path_params={},
                    query={},
                    headers={},
                    cast=Pong,
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
                path_params={},
                query={
                    "search": search,
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=ServerList,
                response_kind="json",
                authenticated=True,
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
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "name": name,
                        "ipAddress": ip_address,
                        "provider": provider,
                    },
                    content_type="application/json",
                    cast=Server,
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
                path_params={},
                query={
                    "search": search,
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=ServerList,
                response_kind="json",
                authenticated=True,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    cast=Server,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    cast=Server,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    cast=InstallationScript,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    cast=ServerStats,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    cast=HardwareInfo,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    cast=PhpVersionList,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json={
                        "phpVersion": php_version,
                    },
                    content_type="application/json",
                    cast=Server,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json={
                        "name": name,
                        "provider": provider,
                    },
                    content_type="application/json",
                    cast=Server,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    cast=SshConfig,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json={
                        "passwordlessLogin": passwordless_login,
                        "useDns": use_dns,
                        "preventRootLogin": prevent_root_login,
                    },
                    content_type="application/json",
                    cast=SshConfig,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json={
                        "autoupdate": autoupdate,
                        "securityUpdate": security_update,
                    },
                    content_type="application/json",
                    cast=Server,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    cast=UndocumentedObject,
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
                path_params={
                    "serverId": server_id,
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


class AsyncSystemUsersResource(AsyncResource):
    """Operations on system_users."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

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
    ) -> AsyncPager[SystemUser]:
        """List system users

        Lists the Linux system users RunCloud manages on the server, paged.

        ``GET /servers/{serverId}/users``

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
                path="/servers/{serverId}/users",
                path_params={
                    "serverId": server_id,
                },
                query={
                    "search": search,
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=SystemUserList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            SystemUser,
            40,
        )

    async def create(
        self,
        server_id: int,
        *,
        username: str,
        password: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SystemUser:
        """Create a system user

        Creates a system user on the server. The password is optional.

        ``POST /servers/{serverId}/users``

        Args:
            server_id: Server id.
            username: User name.
            password: Password (optional).
        """
        return cast(
            SystemUser,
            await self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/users",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json={
                        "username": username,
                        "password": password,
                    },
                    content_type="application/json",
                    cast=SystemUser,
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

    async def change_password(
        self,
        server_id: int,
        user_id: int,
        *,
        password: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SystemUser:
        """Change a system user's password

        Sets a new password for the system user.

        ``PATCH /servers/{serverId}/users/{userId}/password``

        Args:
            server_id: Server id.
            user_id: System user id.
            password: The new password.
        """
        return cast(
            SystemUser,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/users/{userId}/password",
                    path_params={
                        "serverId": server_id,
                        "userId": user_id,
                    },
                    query={},
                    headers={},
                    json={
                        "password": password,
                    },
                    content_type="application/json",
                    cast=SystemUser,
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

    async def generate_deployment_key(
        self,
        server_id: int,
        user_id: int,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SystemUser:
        """Generate a Git deployment key

        Generates a Git deployment key (an SSH key pair) for the system user and returns the user with its public key.

        ``PATCH /servers/{serverId}/users/{userId}/deploymentkey``

        Args:
            server_id: Server id.
            user_id: System user id.
        """
        return cast(
            SystemUser,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/users/{userId}/deploymentkey",
                    path_params={
                        "serverId": server_id,
                        "userId": user_id,
                    },
                    query={},
                    headers={},
                    cast=SystemUser,
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

    async def delete(
        self,
        server_id: int,
        user_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SystemUser:
        """Delete a system user

        Deletes the system user. The response is the deleted user.

        ``DELETE /servers/{serverId}/users/{userId}``

        Args:
            server_id: Server id.
            user_id: System user id.
        """
        return cast(
            SystemUser,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/users/{userId}",
                    path_params={
                        "serverId": server_id,
                        "userId": user_id,
                    },
                    query={},
                    headers={},
                    cast=SystemUser,
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


class AsyncDatabasesResource(AsyncResource):
    """Operations on databases."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

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
    ) -> AsyncPager[Database]:
        """List databases

        Lists the databases on the server, paged. `search` searches the list of databases.

        ``GET /servers/{serverId}/databases``

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
                path="/servers/{serverId}/databases",
                path_params={
                    "serverId": server_id,
                },
                query={
                    "search": search,
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=DatabaseList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            Database,
            40,
        )

    async def create(
        self,
        server_id: int,
        *,
        name: str,
        collation: Union[str, NotGiven] = NOT_GIVEN,
        user: Union[int, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Database:
        """Create a database

        Creates a database. `name` is required; `collation` is optional (values from the Static Data API).

        ``POST /servers/{serverId}/databases``

        Args:
            server_id: Server id.
            name: Name of the database.
            collation: Database collation. You can get this value from the Static Data API.
            user: Id of a database user to grant on the new database. Seen only in a real request of a public deploy script, not in the official parameter list (Inferred).
        """
        return cast(
            Database,
            await self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/databases",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json={
                        "name": name,
                        "collation": collation,
                        "user": user,
                    },
                    content_type="application/json",
                    cast=Database,
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
        server_id: int,
        database_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Database:
        """Get a database

        Returns the database object.

        ``GET /servers/{serverId}/databases/{databaseId}``

        Args:
            server_id: Server id.
            database_id: Database id.
        """
        return cast(
            Database,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/databases/{databaseId}",
                    path_params={
                        "serverId": server_id,
                        "databaseId": database_id,
                    },
                    query={},
                    headers={},
                    cast=Database,
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
        server_id: int,
        database_id: int,
        *,
        delete_user: Union[bool, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Database:
        """Delete a database

        Deletes the database. Send `deleteUser: true` to delete its database users as well.

        ``DELETE /servers/{serverId}/databases/{databaseId}``

        Args:
            server_id: Server id.
            database_id: Database id.
            delete_user: Also delete the database users of this database.
        """
        return cast(
            Database,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/databases/{databaseId}",
                    path_params={
                        "serverId": server_id,
                        "databaseId": database_id,
                    },
                    query={},
                    headers={},
                    json={
                        "deleteUser": delete_user,
                    },
                    content_type="application/json",
                    cast=Database,
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

    def list_grants(
        self,
        server_id: int,
        database_id: int,
        *,
        search: Optional[str] = None,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[DatabaseUser]:
        """List database users granted on a database

        Lists the database users that have access to the database, paged.

        ``GET /servers/{serverId}/databases/{databaseId}/grant``

        Args:
            server_id: Server id.
            database_id: Database id.
            search: Search string to filter the list.
            page: Page number to return. The first page is 1 (`current_page: 1` in the documented examples; the minimum is Inferred).
            per_page: Number of results per page. The maximum is 40. The default of 15 is what the documented list examples show (`per_page: 15`). Default 15. At most 40.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/servers/{serverId}/databases/{databaseId}/grant",
                path_params={
                    "serverId": server_id,
                    "databaseId": database_id,
                },
                query={
                    "search": search,
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=DatabaseUserList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            DatabaseUser,
            40,
        )

    async def attach_user(
        self,
        server_id: int,
        database_id: int,
        *,
        id: int,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseUser:
        """Attach a database user

        Grants a database user access to the database.

        ``POST /servers/{serverId}/databases/{databaseId}/grant``

        Args:
            server_id: Server id.
            database_id: Database id.
            id: Database user id.
        """
        return cast(
            DatabaseUser,
            await self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/databases/{databaseId}/grant",
                    path_params={
                        "serverId": server_id,
                        "databaseId": database_id,
                    },
                    query={},
                    headers={},
                    json={
                        "id": id,
                    },
                    content_type="application/json",
                    cast=DatabaseUser,
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

    async def revoke_user(
        self,
        server_id: int,
        database_id: int,
        *,
        id: int,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseUser:
        """Revoke a database user

        Revokes a database user's access to the database.

        ``DELETE /servers/{serverId}/databases/{databaseId}/grant``

        Args:
            server_id: Server id.
            database_id: Database id.
            id: Database user id.
        """
        return cast(
            DatabaseUser,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/databases/{databaseId}/grant",
                    path_params={
                        "serverId": server_id,
                        "databaseId": database_id,
                    },
                    query={},
                    headers={},
                    json={
                        "id": id,
                    },
                    content_type="application/json",
                    cast=DatabaseUser,
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


class AsyncDatabaseUsersResource(AsyncResource):
    """Operations on database_users."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

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
    ) -> AsyncPager[DatabaseUser]:
        """List database users

        Lists the database users on the server, paged.

        ``GET /servers/{serverId}/databaseusers``

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
                path="/servers/{serverId}/databaseusers",
                path_params={
                    "serverId": server_id,
                },
                query={
                    "search": search,
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=DatabaseUserList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            DatabaseUser,
            40,
        )

    async def create(
        self,
        server_id: int,
        *,
        username: str,
        password: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseUser:
        """Create a database user

        Creates a database user.

        ``POST /servers/{serverId}/databaseusers``

        Args:
            server_id: Server id.
            username: User name.
            password: Password.
        """
        return cast(
            DatabaseUser,
            await self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/databaseusers",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json={
                        "username": username,
                        "password": password,
                    },
                    content_type="application/json",
                    cast=DatabaseUser,
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
        server_id: int,
        database_user_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseUser:
        """Get a database user

        Returns one database user.

        ``GET /servers/{serverId}/databaseusers/{databaseUserId}``

        Args:
            server_id: Server id.
            database_user_id: Database user id.
        """
        return cast(
            DatabaseUser,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/databaseusers/{databaseUserId}",
                    path_params={
                        "serverId": server_id,
                        "databaseUserId": database_user_id,
                    },
                    query={},
                    headers={},
                    cast=DatabaseUser,
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
        server_id: int,
        database_user_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseUser:
        """Delete a database user

        Deletes the database user. The response is the deleted user.

        ``DELETE /servers/{serverId}/databaseusers/{databaseUserId}``

        Args:
            server_id: Server id.
            database_user_id: Database user id.
        """
        return cast(
            DatabaseUser,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/databaseusers/{databaseUserId}",
                    path_params={
                        "serverId": server_id,
                        "databaseUserId": database_user_id,
                    },
                    query={},
                    headers={},
                    cast=DatabaseUser,
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

    async def change_password(
        self,
        server_id: int,
        database_user_id: int,
        *,
        password: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DatabaseUser:
        """Change a database user's password

        Sets a new password for the database user.

        ``PATCH /servers/{serverId}/databaseusers/{databaseUserId}``

        Args:
            server_id: Server id.
            database_user_id: Database user id.
            password: The new password.
        """
        return cast(
            DatabaseUser,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/databaseusers/{databaseUserId}",
                    path_params={
                        "serverId": server_id,
                        "databaseUserId": database_user_id,
                    },
                    query={},
                    headers={},
                    json={
                        "password": password,
                    },
                    content_type="application/json",
                    cast=DatabaseUser,
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


class AsyncSshKeysResource(AsyncResource):
    """Operations on ssh_keys."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        server_id: int,
        *,
        label: Optional[str] = None,
        search: Optional[str] = None,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[SshKey]:
        """List SSH keys

        Lists the SSH keys on the server, paged.

        ``GET /servers/{serverId}/sshcredentials``

        Args:
            server_id: Server id.
            label: Search string to search the label or the server user (the official page's name for the search parameter).
            search: Search string, as the v2 PHP SDK sends it (the official page calls it `label`).
            page: Page number to return. The first page is 1 (`current_page: 1` in the documented examples; the minimum is Inferred).
            per_page: Number of results per page. The maximum is 40. The default of 15 is what the documented list examples show (`per_page: 15`). Default 15. At most 40.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/servers/{serverId}/sshcredentials",
                path_params={
                    "serverId": server_id,
                },
                query={
                    "label": label,
                    "search": search,
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=SshKeyList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            SshKey,
            40,
        )

    async def create(
        self,
        server_id: int,
        *,
        label: str,
        username: str,
        public_key: str,
        temporary: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SshKey:
        """Add an SSH key

        Adds a public key to a system user on the server. `label`, `username` and `publicKey` are required.

        ``POST /servers/{serverId}/sshcredentials``

        Args:
            server_id: Server id.
            label: Label of the credential.
            username: Username of the user inside your server.
            public_key: The SSH key string.
            temporary: Add the key as a temporary key (on the newer v2 page only).
        """
        return cast(
            SshKey,
            await self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/sshcredentials",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json={
                        "label": label,
                        "username": username,
                        "publicKey": public_key,
                        "temporary": temporary,
                    },
                    content_type="application/json",
                    cast=SshKey,
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
        server_id: int,
        ssh_key_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SshKey:
        """Get an SSH key

        Returns one SSH key.

        ``GET /servers/{serverId}/sshcredentials/{sshKeyId}``

        Args:
            server_id: Server id.
            ssh_key_id: SSH key id.
        """
        return cast(
            SshKey,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/sshcredentials/{sshKeyId}",
                    path_params={
                        "serverId": server_id,
                        "sshKeyId": ssh_key_id,
                    },
                    query={},
                    headers={},
                    cast=SshKey,
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
        server_id: int,
        ssh_key_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SshKey:
        """Delete an SSH key

        Removes the SSH key. The response is the deleted key.

        ``DELETE /servers/{serverId}/sshcredentials/{sshKeyId}``

        Args:
            server_id: Server id.
            ssh_key_id: SSH key id.
        """
        return cast(
            SshKey,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/sshcredentials/{sshKeyId}",
                    path_params={
                        "serverId": server_id,
                        "sshKeyId": ssh_key_id,
                    },
                    query={},
                    headers={},
                    cast=SshKey,
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


class AsyncServicesResource(AsyncResource):
    """Operations on services."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def list(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ServiceList:
        """List services

        Lists the services on the server (NGINX, MariaDB, Supervisord, Redis, ...) and their status. The response envelope is not documented for v2; an old-API wrapper reads the items from `data`. Inferred.

        ``GET /servers/{serverId}/services``

        Args:
            server_id: Server id.
        """
        return cast(
            ServiceList,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/services",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    cast=ServiceList,
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

    async def action(
        self,
        server_id: int,
        *,
        action: Literal["start", "stop", "restart", "reload"],
        real_name: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedObject:
        """Start, stop, restart or reload a service

        Runs a systemctl action on one service, named by its `realName` (for example `nginx-rc`).

        ``PATCH /servers/{serverId}/services``

        Args:
            server_id: Server id.
            action: What to do.
            real_name: The service's `realName`, e.g. `nginx-rc`.
        """
        return cast(
            UndocumentedObject,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/servers/{serverId}/services",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json={
                        "action": action,
                        "realName": real_name,
                    },
                    content_type="application/json",
                    cast=UndocumentedObject,
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


class AsyncCronJobsResource(AsyncResource):
    """Operations on cron_jobs."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

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
    ) -> AsyncPager[CronJob]:
        """List cron jobs

        Lists the cron jobs on the server, paged.

        ``GET /servers/{serverId}/cronjobs``

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
                path="/servers/{serverId}/cronjobs",
                path_params={
                    "serverId": server_id,
                },
                query={
                    "search": search,
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=CronJobList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            CronJob,
            40,
        )

    async def create(
        self,
        server_id: int,
        *,
        body: CronJobInput,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CronJob:
        """Create a cron job

        Creates a cron job. The request fields are not documented (the SDK passes them through); see the schema.

        ``POST /servers/{serverId}/cronjobs``

        Args:
            server_id: Server id.
        """
        return cast(
            CronJob,
            await self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/cronjobs",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json=body,
                    content_type="application/json",
                    cast=CronJob,
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
        server_id: int,
        job_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CronJob:
        """Get a cron job

        Returns one cron job.

        ``GET /servers/{serverId}/cronjobs/{jobId}``

        Args:
            server_id: Server id.
            job_id: Cron job id.
        """
        return cast(
            CronJob,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/cronjobs/{jobId}",
                    path_params={
                        "serverId": server_id,
                        "jobId": job_id,
                    },
                    query={},
                    headers={},
                    cast=CronJob,
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
        server_id: int,
        job_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CronJob:
        """Delete a cron job

        Deletes the cron job. The response is the deleted job.

        ``DELETE /servers/{serverId}/cronjobs/{jobId}``

        Args:
            server_id: Server id.
            job_id: Cron job id.
        """
        return cast(
            CronJob,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/cronjobs/{jobId}",
                    path_params={
                        "serverId": server_id,
                        "jobId": job_id,
                    },
                    query={},
                    headers={},
                    cast=CronJob,
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

    async def rebuild(
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
        """Rebuild the crontab

        Rebuilds the server's crontab from the cron jobs RunCloud knows.

        ``POST /servers/{serverId}/cronjobs/rebuild``

        Args:
            server_id: Server id.
        """
        await self._client.request(
            Call(
                method="POST",
                path="/servers/{serverId}/cronjobs/rebuild",
                path_params={
                    "serverId": server_id,
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


class AsyncSupervisorsResource(AsyncResource):
    """Operations on supervisors."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def list_binaries(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedList:
        """List available binaries

        Lists the binaries a Supervisor job can run. The item shape is not documented.

        ``GET /servers/{serverId}/supervisors/binaries``

        Args:
            server_id: Server id.
        """
        return cast(
            UndocumentedList,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/supervisors/binaries",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    cast=UndocumentedList,
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
    ) -> AsyncPager[SupervisorJob]:
        """List Supervisor jobs

        Lists the Supervisor jobs on the server, paged.

        ``GET /servers/{serverId}/supervisors``

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
                path="/servers/{serverId}/supervisors",
                path_params={
                    "serverId": server_id,
                },
                query={
                    "search": search,
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=SupervisorJobList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            SupervisorJob,
            40,
        )

    async def create(
        self,
        server_id: int,
        *,
        body: SupervisorJobInput,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SupervisorJob:
        """Create a Supervisor job

        Creates a Supervisor job. The request fields are not documented (the SDK passes them through); see the schema.

        ``POST /servers/{serverId}/supervisors``

        Args:
            server_id: Server id.
        """
        return cast(
            SupervisorJob,
            await self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/supervisors",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json=body,
                    content_type="application/json",
                    cast=SupervisorJob,
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

    async def get_status(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedObject:
        """Get Supervisor job status

        Returns the status of the Supervisor jobs. The fields are not documented.

        ``GET /servers/{serverId}/supervisors/status``

        Args:
            server_id: Server id.
        """
        return cast(
            UndocumentedObject,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/supervisors/status",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    cast=UndocumentedObject,
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

    async def rebuild(
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
        """Rebuild Supervisor jobs

        Rewrites the server's Supervisor configuration from the jobs RunCloud knows.

        ``POST /servers/{serverId}/supervisors/rebuild``

        Args:
            server_id: Server id.
        """
        await self._client.request(
            Call(
                method="POST",
                path="/servers/{serverId}/supervisors/rebuild",
                path_params={
                    "serverId": server_id,
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

    async def get(
        self,
        server_id: int,
        supervisor_job_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SupervisorJob:
        """Get a Supervisor job

        Returns one Supervisor job.

        ``GET /servers/{serverId}/supervisors/{supervisorJobId}``

        Args:
            server_id: Server id.
            supervisor_job_id: Supervisor job id.
        """
        return cast(
            SupervisorJob,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/supervisors/{supervisorJobId}",
                    path_params={
                        "serverId": server_id,
                        "supervisorJobId": supervisor_job_id,
                    },
                    query={},
                    headers={},
                    cast=SupervisorJob,
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
        server_id: int,
        supervisor_job_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SupervisorJob:
        """Delete a Supervisor job

        Deletes the Supervisor job. The response is the deleted job.

        ``DELETE /servers/{serverId}/supervisors/{supervisorJobId}``

        Args:
            server_id: Server id.
            supervisor_job_id: Supervisor job id.
        """
        return cast(
            SupervisorJob,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/supervisors/{supervisorJobId}",
                    path_params={
                        "serverId": server_id,
                        "supervisorJobId": supervisor_job_id,
                    },
                    query={},
                    headers={},
                    cast=SupervisorJob,
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

    async def reload(
        self,
        server_id: int,
        supervisor_job_id: int,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SupervisorJob:
        """Reload a Supervisor job

        Reloads (restarts) the Supervisor job.

        ``POST /servers/{serverId}/supervisors/{supervisorJobId}/reload``

        Args:
            server_id: Server id.
            supervisor_job_id: Supervisor job id.
        """
        return cast(
            SupervisorJob,
            await self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/supervisors/{supervisorJobId}/reload",
                    path_params={
                        "serverId": server_id,
                        "supervisorJobId": supervisor_job_id,
                    },
                    query={},
                    headers={},
                    cast=SupervisorJob,
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


class AsyncFirewallRulesResource(AsyncResource):
    """Operations on firewall_rules."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        server_id: int,
        *,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[FirewallRule]:
        """List firewall rules

        Lists the firewall rules of the server, paged.

        ``GET /servers/{serverId}/security/firewalls``

        Args:
            server_id: Server id.
            page: Page number to return. The first page is 1 (`current_page: 1` in the documented examples; the minimum is Inferred).
            per_page: Number of results per page. The maximum is 40. The default of 15 is what the documented list examples show (`per_page: 15`). Default 15. At most 40.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/servers/{serverId}/security/firewalls",
                path_params={
                    "serverId": server_id,
                },
                query={
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=FirewallRuleList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            FirewallRule,
            40,
        )

    async def deploy(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Deploy firewall rules

        Deploys the firewall rules to the server.

        ``PUT /servers/{serverId}/security/firewalls``

        Args:
            server_id: Server id.
        """
        await self._client.request(
            Call(
                method="PUT",
                path="/servers/{serverId}/security/firewalls",
                path_params={
                    "serverId": server_id,
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

    async def create(
        self,
        server_id: int,
        *,
        body: FirewallRuleInput,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> FirewallRule:
        """Create a firewall rule

        Creates a firewall rule. It takes effect once the rules are deployed. The request fields are not documented (the SDK passes them through); see the schema.

        ``POST /servers/{serverId}/security/firewalls``

        Args:
            server_id: Server id.
        """
        return cast(
            FirewallRule,
            await self._client.request(
                Call(
                    method="POST",
                    path="/servers/{serverId}/security/firewalls",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json=body,
                    content_type="application/json",
                    cast=FirewallRule,
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
        server_id: int,
        rule_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> FirewallRule:
        """Get a firewall rule

        Returns one firewall rule.

        ``GET /servers/{serverId}/security/firewalls/{ruleId}``

        Args:
            server_id: Server id.
            rule_id: Firewall rule id.
        """
        return cast(
            FirewallRule,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/security/firewalls/{ruleId}",
                    path_params={
                        "serverId": server_id,
                        "ruleId": rule_id,
                    },
                    query={},
                    headers={},
                    cast=FirewallRule,
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
        server_id: int,
        rule_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> FirewallRule:
        """Delete a firewall rule

        Deletes the firewall rule. The response is the deleted rule.

        ``DELETE /servers/{serverId}/security/firewalls/{ruleId}``

        Args:
            server_id: Server id.
            rule_id: Firewall rule id.
        """
        return cast(
            FirewallRule,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/security/firewalls/{ruleId}",
                    path_params={
                        "serverId": server_id,
                        "ruleId": rule_id,
                    },
                    query={},
                    headers={},
                    cast=FirewallRule,
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


class AsyncFail2banResource(AsyncResource):
    """Operations on fail2ban."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def list_blocked_ips(
        self,
        server_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedList:
        """List blocked IP addresses

        Lists the IP addresses Fail2Ban has blocked. The item shape is not documented.

        ``GET /servers/{serverId}/security/fail2ban/blockedip``

        Args:
            server_id: Server id.
        """
        return cast(
            UndocumentedList,
            await self._client.request(
                Call(
                    method="GET",
                    path="/servers/{serverId}/security/fail2ban/blockedip",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    cast=UndocumentedList,
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

    async def unblock_ip(
        self,
        server_id: int,
        *,
        ip: str,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedObject:
        """Unblock an IP address

        Removes an IP address from the Fail2Ban block list.

        ``DELETE /servers/{serverId}/security/fail2ban/blockedip``

        Args:
            server_id: Server id.
            ip: The blocked IP address.
        """
        return cast(
            UndocumentedObject,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/servers/{serverId}/security/fail2ban/blockedip",
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
                    json={
                        "ip": ip,
                    },
                    content_type="application/json",
                    cast=UndocumentedObject,
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
                path_params={
                    "serverId": server_id,
                    "webAppId": web_app_id,
                },
                query={
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=DomainList,
                response_kind="json",
                authenticated=True,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    json={
                        "name": name,
                    },
                    content_type="application/json",
                    cast=Domain,
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
                    query={},
                    headers={},
                    cast=Domain,
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
                    query={},
                    headers={},
                    cast=Domain,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    cast=Git,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    json={
                        "provider": provider,
                        "repository": repository,
                        "branch": branch,
                    },
                    content_type="application/json",
                    cast=Git,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                        "gitId": git_id,
                    },
                    query={},
                    headers={},
                    json={
                        "branch": branch,
                    },
                    content_type="application/json",
                    cast=Git,
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
                path_params={
                    "serverId": server_id,
                    "webAppId": web_app_id,
                    "gitId": git_id,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                        "gitId": git_id,
                    },
                    query={},
                    headers={},
                    json={
                        "autoDeploy": auto_deploy,
                        "deployScript": deploy_script,
                    },
                    content_type="application/json",
                    cast=Git,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                        "gitId": git_id,
                    },
                    query={},
                    headers={},
                    cast=Git,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    cast=Script,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    json={
                        "name": name,
                    },
                    content_type="application/json",
                    cast=Script,
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
                    query={},
                    headers={},
                    cast=Script,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    cast=Ssl,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    json=body,
                    content_type="application/json",
                    cast=Ssl,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                        "sslId": ssl_id,
                    },
                    query={},
                    headers={},
                    cast=Ssl,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                        "sslId": ssl_id,
                    },
                    query={},
                    headers={},
                    cast=Ssl,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                        "sslId": ssl_id,
                    },
                    query={},
                    headers={},
                    json=body,
                    content_type="application/json",
                    cast=Ssl,
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
                path_params={
                    "serverId": server_id,
                },
                query={
                    "search": search,
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=WebAppList,
                response_kind="json",
                authenticated=True,
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
                    path_params={
                        "serverId": server_id,
                    },
                    query={},
                    headers={},
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    cast=WebApp,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    cast=WebApp,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    cast=WebApp,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    cast=WebApp,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    cast=WebApp,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    cast=UndocumentedObject,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    json={
                        "phpVersion": php_version,
                    },
                    content_type="application/json",
                    cast=WebApp,
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
                    path_params={
                        "serverId": server_id,
                        "webAppId": web_app_id,
                    },
                    query={},
                    headers={},
                    json=body,
                    content_type="application/json",
                    cast=WebApp,
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
                path_params={
                    "serverId": server_id,
                    "webAppId": web_app_id,
                },
                query={
                    "search": search,
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=LogList,
                response_kind="json",
                authenticated=True,
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


class AsyncStaticDataResource(AsyncResource):
    """Operations on static_data."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def list_database_collations(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedList:
        """List database collations

        Lists the collations a database can be created with. The item shape is not documented.

        ``GET /static/databases/collations``
        """
        return cast(
            UndocumentedList,
            await self._client.request(
                Call(
                    method="GET",
                    path="/static/databases/collations",
                    path_params={},
                    query={},
                    headers={},
                    cast=UndocumentedList,
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

    async def list_timezones(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedList:
        """List timezones

        Lists the timezones a web application can use. The item shape is not documented.

        ``GET /static/timezones``
        """
        return cast(
            UndocumentedList,
            await self._client.request(
                Call(
                    method="GET",
                    path="/static/timezones",
                    path_params={},
                    query={},
                    headers={},
                    cast=UndocumentedList,
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

    async def list_script_installers(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedList:
        """List script installers

        Lists the PHP scripts the script installer can install. The item shape is not documented.

        ``GET /static/webapps/installers``
        """
        return cast(
            UndocumentedList,
            await self._client.request(
                Call(
                    method="GET",
                    path="/static/webapps/installers",
                    path_params={},
                    query={},
                    headers={},
                    cast=UndocumentedList,
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


class AsyncExternalApiKeysResource(AsyncResource):
    """Operations on external_api_keys."""

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
    ) -> AsyncPager[ApiKey]:
        """List 3rd-party API keys

        Lists your 3rd-party API keys (for example Cloudflare), paged.

        ``GET /settings/externalapi``

        Args:
            search: Search string to filter the list.
            page: Page number to return. The first page is 1 (`current_page: 1` in the documented examples; the minimum is Inferred).
            per_page: Number of results per page. The maximum is 40. The default of 15 is what the documented list examples show (`per_page: 15`). Default 15. At most 40.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/settings/externalapi",
                path_params={},
                query={
                    "search": search,
                    "page": page,
                    "perPage": per_page,
                },
                headers={},
                cast=ApiKeyList,
                response_kind="json",
                authenticated=True,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["page"],
            ApiKey,
            40,
        )

    async def create(
        self,
        *,
        service: str,
        label: str,
        secret: str,
        username: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ApiKey:
        """Add a 3rd-party API key

        Adds a 3rd-party API key. `service` is lower case (for example `cloudflare`); `username` is required for Cloudflare.

        ``POST /settings/externalapi``

        Args:
            service: Service, lower case, e.g. `cloudflare`.
            label: Label.
            secret: The secret.
            username: User name at the service; required for Cloudflare.
        """
        return cast(
            ApiKey,
            await self._client.request(
                Call(
                    method="POST",
                    path="/settings/externalapi",
                    path_params={},
                    query={},
                    headers={},
                    json={
                        "service": service,
                        "label": label,
                        "secret": secret,
                        "username": username,
                    },
                    content_type="application/json",
                    cast=ApiKey,
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

    async def delete(
        self,
        api_key_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ApiKey:
        """Delete a 3rd-party API key

        Deletes the 3rd-party API key. The response is the deleted key.

        ``DELETE /settings/externalapi/{apiKeyId}``

        Args:
            api_key_id: 3rd-party API key id.
        """
        return cast(
            ApiKey,
            await self._client.request(
                Call(
                    method="DELETE",
                    path="/settings/externalapi/{apiKeyId}",
                    path_params={
                        "apiKeyId": api_key_id,
                    },
                    query={},
                    headers={},
                    cast=ApiKey,
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
        api_key_id: int,
        *,
        label: Union[str, NotGiven] = NOT_GIVEN,
        secret: Union[str, NotGiven] = NOT_GIVEN,
        username: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ApiKey:
        """Update a 3rd-party API key

        Changes the label, secret or username of the 3rd-party API key.

        ``PATCH /settings/externalapi/{apiKeyId}``

        Args:
            api_key_id: 3rd-party API key id.
            label: Label.
            secret: The secret.
            username: User name at the service.
        """
        return cast(
            ApiKey,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/settings/externalapi/{apiKeyId}",
                    path_params={
                        "apiKeyId": api_key_id,
                    },
                    query={},
                    headers={},
                    json={
                        "label": label,
                        "secret": secret,
                        "username": username,
                    },
                    content_type="application/json",
                    cast=ApiKey,
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
