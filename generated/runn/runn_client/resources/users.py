"""Operations on users.

``client.users`` of the Runn API, sync and async.
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


class UsersViewsResource(SyncResource):
    """Operations on users.views."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        user_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[View]:
        """List allocated views for a user

        List the views allocated to a user, paginated (default 50 per page, maximum 200). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /users/{userId}/views/``

        Args:
            user_id: The user's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/users/{userId}/views/",
                path_params={"userId": user_id},
                query={"cursor": cursor, "limit": limit},
                cast=ViewList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            View,
            200,
        )

    def allocate(
        self,
        user_id: int,
        view_id: int,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Allocate a view to a user

        Allocate a view to a user (no request body; 201 with no body). 409 when the view is already allocated to the user (Runn's OpenAPI lists 409; the reason is Inferred).

        ``POST /users/{userId}/views/{viewId}``

        Args:
            user_id: The Id of the user to allocate the view to.
            view_id: The Id of the view to allocate to the user.
        """
        self._client.request(
            Call(
                method="POST",
                path="/users/{userId}/views/{viewId}",
                path_params={"userId": user_id, "viewId": view_id},
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

    def remove(
        self,
        user_id: int,
        view_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Remove allocated view from user

        Remove a view from a user (204).

        ``DELETE /users/{userId}/views/{viewId}/``

        Args:
            user_id: The user's id.
            view_id: The view's id.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/users/{userId}/views/{viewId}/",
                path_params={"userId": user_id, "viewId": view_id},
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


class UsersResource(SyncResource):
    """Operations on users."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.views = UsersViewsResource(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[User]:
        """List users

        List the account's users (see `POST /invitations/` for creating users), paginated (default 50 per page, maximum 200). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /users/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/users/",
                query={"cursor": cursor, "limit": limit, "modifiedAfter": modified_after},
                cast=UserList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            User,
            200,
        )

    def get(
        self,
        user_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> User:
        """Show a user

        Get one user, with their permissions.

        ``GET /users/{userId}``

        Args:
            user_id: The user's id.
        """
        return cast(
            User,
            self._client.request(
                Call(
                    method="GET",
                    path="/users/{userId}",
                    path_params={"userId": user_id},
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

    def delete(
        self,
        user_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a user

        Delete a user (204).

        ``DELETE /users/{userId}``

        Args:
            user_id: The user's id.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/users/{userId}",
                path_params={"userId": user_id},
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


class AsyncUsersViewsResource(AsyncResource):
    """Operations on users.views."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        user_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[View]:
        """List allocated views for a user

        List the views allocated to a user, paginated (default 50 per page, maximum 200). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /users/{userId}/views/``

        Args:
            user_id: The user's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/users/{userId}/views/",
                path_params={"userId": user_id},
                query={"cursor": cursor, "limit": limit},
                cast=ViewList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            View,
            200,
        )

    async def allocate(
        self,
        user_id: int,
        view_id: int,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Allocate a view to a user

        Allocate a view to a user (no request body; 201 with no body). 409 when the view is already allocated to the user (Runn's OpenAPI lists 409; the reason is Inferred).

        ``POST /users/{userId}/views/{viewId}``

        Args:
            user_id: The Id of the user to allocate the view to.
            view_id: The Id of the view to allocate to the user.
        """
        await self._client.request(
            Call(
                method="POST",
                path="/users/{userId}/views/{viewId}",
                path_params={"userId": user_id, "viewId": view_id},
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

    async def remove(
        self,
        user_id: int,
        view_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Remove allocated view from user

        Remove a view from a user (204).

        ``DELETE /users/{userId}/views/{viewId}/``

        Args:
            user_id: The user's id.
            view_id: The view's id.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/users/{userId}/views/{viewId}/",
                path_params={"userId": user_id, "viewId": view_id},
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


class AsyncUsersResource(AsyncResource):
    """Operations on users."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.views = AsyncUsersViewsResource(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[User]:
        """List users

        List the account's users (see `POST /invitations/` for creating users), paginated (default 50 per page, maximum 200). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /users/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/users/",
                query={"cursor": cursor, "limit": limit, "modifiedAfter": modified_after},
                cast=UserList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            User,
            200,
        )

    async def get(
        self,
        user_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> User:
        """Show a user

        Get one user, with their permissions.

        ``GET /users/{userId}``

        Args:
            user_id: The user's id.
        """
        return cast(
            User,
            await self._client.request(
                Call(
                    method="GET",
                    path="/users/{userId}",
                    path_params={"userId": user_id},
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

    async def delete(
        self,
        user_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a user

        Delete a user (204).

        ``DELETE /users/{userId}``

        Args:
            user_id: The user's id.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/users/{userId}",
                path_params={"userId": user_id},
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
