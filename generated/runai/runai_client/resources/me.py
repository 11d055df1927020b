"""Operations on me.

``client.me`` of the Run:ai REST API, sync and async.
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

__all__ = ["MeResource", "AsyncMeResource"]


class MeResource(SyncResource):
    """Operations on me."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def change_password(
        self,
        *,
        current_password: str,
        new_password: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChangePasswordResponse:
        """Change the caller's own password.

        Change the password of the calling user: send the current and the new password (providers.md section 5.7; official OpenAPI `change_user_password`). The official document's 200 schema names `currentPassword` and `newPassword` while its example shows `tempPassword`; both are kept as written (the answer's exact shape is not documented elsewhere).

        ``POST /api/v1/me/password``
        """
        return cast(
            ChangePasswordResponse,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/v1/me/password",
                    json={"currentPassword": current_password, "newPassword": new_password},
                    content_type="application/json",
                    cast=ChangePasswordResponse,
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


class AsyncMeResource(AsyncResource):
    """Operations on me."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def change_password(
        self,
        *,
        current_password: str,
        new_password: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChangePasswordResponse:
        """Change the caller's own password.

        Change the password of the calling user: send the current and the new password (providers.md section 5.7; official OpenAPI `change_user_password`). The official document's 200 schema names `currentPassword` and `newPassword` while its example shows `tempPassword`; both are kept as written (the answer's exact shape is not documented elsewhere).

        ``POST /api/v1/me/password``
        """
        return cast(
            ChangePasswordResponse,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/v1/me/password",
                    json={"currentPassword": current_password, "newPassword": new_password},
                    content_type="application/json",
                    cast=ChangePasswordResponse,
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
