"""Operations on api_keys.

``client.api_keys`` of the Runsite Public API, sync and async.
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

__all__ = ["ApiKeysResource", "AsyncApiKeysResource"]


class ApiKeysResource(SyncResource):
    """Operations on api_keys."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[ApiKey]:
        """List API keys

        The user's API keys (without their secrets). Key management is kept inside the
        authenticated user session (API Keys page): it takes a dashboard JWT, not an API key. The
        path has no `/v1` in any source. Inferred: the body is a JSON array of keys (no source shows
        the list's shape).

        ``GET /api/api-keys``
        """
        return cast(
            List[ApiKey],
            self._client.request(
                Call(
                    method="GET",
                    path="/api/api-keys",
                    cast=List[ApiKey],
                    security=[["jwtAuth"]],
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
        scope: ApiKeyScope,
        expires_at: Union[Optional[datetime], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ApiKey:
        """Create an API key

        Creates an API key with a name, a scope and an optional expiration date. The answer is the
        only place the key itself (`plaintext_key`) is shown: store it then. An expired key is
        rejected automatically (401). Takes a dashboard JWT, not an API key (API Keys page). The
        201 status is Inferred.

        ``POST /api/api-keys``

        Args:
            expires_at: When the key stops working (optional; none by default).
        """
        return cast(
            ApiKey,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/api-keys",
                    json={"name": name, "scope": scope, "expires_at": expires_at},
                    content_type="application/json",
                    cast=ApiKey,
                    security=[["jwtAuth"]],
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

    def revoke(
        self,
        key_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Revoke an API key

        Revokes an API key: it is disabled at once, and any further request with it gets 401.
        Takes a dashboard JWT, not an API key (API Keys page). The 204 status is Inferred.

        ``DELETE /api/api-keys/{key_id}``

        Args:
            key_id: The API key's id (Inferred to be a UUID, like every other id).
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/api/api-keys/{key_id}",
                path_params={"key_id": key_id},
                cast=None,
                response_kind="empty",
                security=[["jwtAuth"]],
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )

    def rotate(
        self,
        key_id: str,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ApiKey:
        """Rotate an API key

        Generates a new secret for the key and invalidates the old one immediately (for periodic
        rotation, or when a key may have leaked). The answer shows the new secret
        (`plaintext_key`) once. Takes a dashboard JWT, not an API key (API Keys page).

        ``POST /api/api-keys/{key_id}/rotate``

        Args:
            key_id: The API key's id (Inferred to be a UUID, like every other id).
        """
        return cast(
            ApiKey,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/api-keys/{key_id}/rotate",
                    path_params={"key_id": key_id},
                    cast=ApiKey,
                    security=[["jwtAuth"]],
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


class AsyncApiKeysResource(AsyncResource):
    """Operations on api_keys."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def list(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[ApiKey]:
        """List API keys

        The user's API keys (without their secrets). Key management is kept inside the
        authenticated user session (API Keys page): it takes a dashboard JWT, not an API key. The
        path has no `/v1` in any source. Inferred: the body is a JSON array of keys (no source shows
        the list's shape).

        ``GET /api/api-keys``
        """
        return cast(
            List[ApiKey],
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/api-keys",
                    cast=List[ApiKey],
                    security=[["jwtAuth"]],
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
        scope: ApiKeyScope,
        expires_at: Union[Optional[datetime], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ApiKey:
        """Create an API key

        Creates an API key with a name, a scope and an optional expiration date. The answer is the
        only place the key itself (`plaintext_key`) is shown: store it then. An expired key is
        rejected automatically (401). Takes a dashboard JWT, not an API key (API Keys page). The
        201 status is Inferred.

        ``POST /api/api-keys``

        Args:
            expires_at: When the key stops working (optional; none by default).
        """
        return cast(
            ApiKey,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/api-keys",
                    json={"name": name, "scope": scope, "expires_at": expires_at},
                    content_type="application/json",
                    cast=ApiKey,
                    security=[["jwtAuth"]],
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

    async def revoke(
        self,
        key_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Revoke an API key

        Revokes an API key: it is disabled at once, and any further request with it gets 401.
        Takes a dashboard JWT, not an API key (API Keys page). The 204 status is Inferred.

        ``DELETE /api/api-keys/{key_id}``

        Args:
            key_id: The API key's id (Inferred to be a UUID, like every other id).
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/api/api-keys/{key_id}",
                path_params={"key_id": key_id},
                cast=None,
                response_kind="empty",
                security=[["jwtAuth"]],
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )

    async def rotate(
        self,
        key_id: str,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ApiKey:
        """Rotate an API key

        Generates a new secret for the key and invalidates the old one immediately (for periodic
        rotation, or when a key may have leaked). The answer shows the new secret
        (`plaintext_key`) once. Takes a dashboard JWT, not an API key (API Keys page).

        ``POST /api/api-keys/{key_id}/rotate``

        Args:
            key_id: The API key's id (Inferred to be a UUID, like every other id).
        """
        return cast(
            ApiKey,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/api-keys/{key_id}/rotate",
                    path_params={"key_id": key_id},
                    cast=ApiKey,
                    security=[["jwtAuth"]],
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
