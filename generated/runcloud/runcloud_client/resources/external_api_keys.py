"""Operations on external_api_keys.

``client.external_api_keys`` of the RunCloud API, sync and async.
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

__all__ = ["ExternalApiKeysResource", "AsyncExternalApiKeysResource"]


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
                query={"search": search, "page": page, "perPage": per_page},
                cast=ApiKeyList,
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
                    json={
                        "service": service,
                        "label": label,
                        "secret": secret,
                        "username": username,
                    },
                    content_type="application/json",
                    cast=ApiKey,
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
                    path_params={"apiKeyId": api_key_id},
                    cast=ApiKey,
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
                    path_params={"apiKeyId": api_key_id},
                    json={"label": label, "secret": secret, "username": username},
                    content_type="application/json",
                    cast=ApiKey,
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
                query={"search": search, "page": page, "perPage": per_page},
                cast=ApiKeyList,
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
                    json={
                        "service": service,
                        "label": label,
                        "secret": secret,
                        "username": username,
                    },
                    content_type="application/json",
                    cast=ApiKey,
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
                    path_params={"apiKeyId": api_key_id},
                    cast=ApiKey,
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
                    path_params={"apiKeyId": api_key_id},
                    json={"label": label, "secret": secret, "username": username},
                    content_type="application/json",
                    cast=ApiKey,
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
