"""Operations on users.

``client.users`` of the Runsite Public API, sync and async.
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

__all__ = ["UsersResource", "AsyncUsersResource"]


class UsersResource(SyncResource):
    """Operations on users."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def me(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> User:
        """Get the current user

        The user the credential belongs to. Seen in the official CLI (providers.md section 4).

        ``GET /api/users/me``
        """
        return cast(
            User,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/users/me",
                    cast=User,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def current_api_key(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CurrentApiKey:
        """Get the API key in use

        The API key the request is authenticated with: its name, prefix, scope and dates (never
        the key itself). Seen in the official CLI (providers.md section 4).

        ``GET /api/users/me/api-key``
        """
        return cast(
            CurrentApiKey,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/users/me/api-key",
                    cast=CurrentApiKey,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


class AsyncUsersResource(AsyncResource):
    """Operations on users."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def me(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> User:
        """Get the current user

        The user the credential belongs to. Seen in the official CLI (providers.md section 4).

        ``GET /api/users/me``
        """
        return cast(
            User,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/users/me",
                    cast=User,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def current_api_key(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CurrentApiKey:
        """Get the API key in use

        The API key the request is authenticated with: its name, prefix, scope and dates (never
        the key itself). Seen in the official CLI (providers.md section 4).

        ``GET /api/users/me/api-key``
        """
        return cast(
            CurrentApiKey,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/users/me/api-key",
                    cast=CurrentApiKey,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )
