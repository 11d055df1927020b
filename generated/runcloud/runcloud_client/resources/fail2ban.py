"""Operations on fail2ban.

``client.fail2ban`` of the RunCloud API, sync and async.
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

__all__ = ["Fail2banResource", "AsyncFail2banResource"]


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
                    path_params={"serverId": server_id},
                    cast=UndocumentedList,
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
                    path_params={"serverId": server_id},
                    json={"ip": ip},
                    content_type="application/json",
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
                    path_params={"serverId": server_id},
                    cast=UndocumentedList,
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
                    path_params={"serverId": server_id},
                    json={"ip": ip},
                    content_type="application/json",
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
