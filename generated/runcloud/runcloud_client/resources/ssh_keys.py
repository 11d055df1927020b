"""Operations on ssh_keys.

``client.ssh_keys`` of the RunCloud API, sync and async.
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

__all__ = ["SshKeysResource", "AsyncSshKeysResource"]


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
                path_params={"serverId": server_id},
                query={"label": label, "search": search, "page": page, "perPage": per_page},
                cast=SshKeyList,
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
                    path_params={"serverId": server_id},
                    json={
                        "label": label,
                        "username": username,
                        "publicKey": public_key,
                        "temporary": temporary,
                    },
                    content_type="application/json",
                    cast=SshKey,
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
                    path_params={"serverId": server_id, "sshKeyId": ssh_key_id},
                    cast=SshKey,
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
                    path_params={"serverId": server_id, "sshKeyId": ssh_key_id},
                    cast=SshKey,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
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
                path_params={"serverId": server_id},
                query={"label": label, "search": search, "page": page, "perPage": per_page},
                cast=SshKeyList,
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
                    path_params={"serverId": server_id},
                    json={
                        "label": label,
                        "username": username,
                        "publicKey": public_key,
                        "temporary": temporary,
                    },
                    content_type="application/json",
                    cast=SshKey,
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
                    path_params={"serverId": server_id, "sshKeyId": ssh_key_id},
                    cast=SshKey,
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
                    path_params={"serverId": server_id, "sshKeyId": ssh_key_id},
                    cast=SshKey,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )
