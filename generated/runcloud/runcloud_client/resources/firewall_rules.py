"""Operations on firewall_rules.

``client.firewall_rules`` of the RunCloud API, sync and async.
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

__all__ = ["FirewallRulesResource", "AsyncFirewallRulesResource"]


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
                path_params={"serverId": server_id},
                query={"page": page, "perPage": per_page},
                cast=FirewallRuleList,
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
                path_params={"serverId": server_id},
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
                    path_params={"serverId": server_id},
                    json=body,
                    content_type="application/json",
                    cast=FirewallRule,
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
                    path_params={"serverId": server_id, "ruleId": rule_id},
                    cast=FirewallRule,
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
                    path_params={"serverId": server_id, "ruleId": rule_id},
                    cast=FirewallRule,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
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
                path_params={"serverId": server_id},
                query={"page": page, "perPage": per_page},
                cast=FirewallRuleList,
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
                path_params={"serverId": server_id},
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
                    path_params={"serverId": server_id},
                    json=body,
                    content_type="application/json",
                    cast=FirewallRule,
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
                    path_params={"serverId": server_id, "ruleId": rule_id},
                    cast=FirewallRule,
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
                    path_params={"serverId": server_id, "ruleId": rule_id},
                    cast=FirewallRule,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )
