"""Operations on users.

``client.users`` of the Run:ai REST API, sync and async.
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

    def list(
        self,
        *,
        filter: Optional[str] = None,
        filter_by: Optional[List[str]] = None,
        sort_by: Optional[UsersFilterSortFields] = None,
        sort_order: Optional[Literal["asc", "desc"]] = None,
        offset: Optional[int] = None,
        limit: Optional[int] = None,
        search: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[User]:
        """Get users.

        Retrieve a list of platform users. The response is a bare array; pages are requested with `offset` and `limit` (default 500, maximum 500). The response carries no total and no next offset, so a page shorter than `limit` is the last one.

        ``GET /api/v1/users``

        Args:
            filter: Deprecated by the API; passing it warns. Filter results by user attribute.
            filter_by: Filter results by a parameter. Use the format field-name operator value. Operators are <= Less than or equal, >= Greater than or equal, =@ contains. Dates are in ISO 8601 timestamp format and available for operators <=, >= and ==.
            sort_by: Sort results by a parameters.
            sort_order: Sort results in descending or ascending order. Default "asc".
            offset: The offset of the first item returned in the collection.
            limit: The maximum number of entries to return. Default 500. At most 500.
            search: Filter results by a free text search.
        """
        if filter is not None:
            warnings.warn(
                "client.users.list(): the argument filter is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/api/v1/users",
                query={
                    "filter": filter,
                    "filterBy": filter_by,
                    "sortBy": sort_by,
                    "sortOrder": sort_order,
                    "offset": offset,
                    "limit": limit,
                    "search": search,
                },
                styles={("query", "filterBy"): ("form", False)},
                cast=Users,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["users"],
            User,
            500,
        )

    def create(
        self,
        *,
        email: str,
        reset_password: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        notify: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UserPostResponse:
        """Create a local user.

        Use to create a local platform user.

        ``POST /api/v1/users``

        Args:
            email: The email of the user. Must be a valid email address.
            notify: When true, send an email to the user. The email includes a link to reset the password.
        """
        return cast(
            UserPostResponse,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/v1/users",
                    json={"email": email, "resetPassword": reset_password, "notify": notify},
                    content_type="application/json",
                    cast=UserPostResponse,
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

    def count(
        self,
        *,
        filter_by: Optional[List[str]] = None,
        search: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CountResponse:
        """Count users

        count users

        ``GET /api/v1/users/count``

        Args:
            filter_by: Filter results by a parameter. Use the format field-name operator value. Operators are <= Less than or equal, >= Greater than or equal, =@ contains. Dates are in ISO 8601 timestamp format and available for operators <=, >= and ==.
            search: Filter results by a free text search.
        """
        return cast(
            CountResponse,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/users/count",
                    query={"filterBy": filter_by, "search": search},
                    styles={("query", "filterBy"): ("form", False)},
                    cast=CountResponse,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def get(
        self,
        user_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> User:
        """Get a user by id.

        Retrieve a user's details by id.

        ``GET /api/v1/users/{userId}``

        Args:
            user_id: The id of the user
        """
        return cast(
            User,
            self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/users/{userId}",
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
        user_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a user by id.

        Use to delete a user by id.

        ``DELETE /api/v1/users/{userId}``

        Args:
            user_id: The id of the user
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/api/v1/users/{userId}",
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

    def reset_password(
        self,
        user_id: str,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TempPasswordResponse:
        """Reset a user's password.

        Use to reset a user's password. The response holds a new temporary password.

        ``POST /api/v1/users/{userId}/password``

        Args:
            user_id: The id of the user
        """
        return cast(
            TempPasswordResponse,
            self._client.request(
                Call(
                    method="POST",
                    path="/api/v1/users/{userId}/password",
                    path_params={"userId": user_id},
                    cast=TempPasswordResponse,
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

    def logout(
        self,
        user_id: str,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Logout a user.

        Use to force a user to logout.

        ``POST /api/v1/users/{userId}/logout``

        Args:
            user_id: The id of the user
        """
        self._client.request(
            Call(
                method="POST",
                path="/api/v1/users/{userId}/logout",
                path_params={"userId": user_id},
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


class AsyncUsersResource(AsyncResource):
    """Operations on users."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        filter: Optional[str] = None,
        filter_by: Optional[List[str]] = None,
        sort_by: Optional[UsersFilterSortFields] = None,
        sort_order: Optional[Literal["asc", "desc"]] = None,
        offset: Optional[int] = None,
        limit: Optional[int] = None,
        search: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[User]:
        """Get users.

        Retrieve a list of platform users. The response is a bare array; pages are requested with `offset` and `limit` (default 500, maximum 500). The response carries no total and no next offset, so a page shorter than `limit` is the last one.

        ``GET /api/v1/users``

        Args:
            filter: Deprecated by the API; passing it warns. Filter results by user attribute.
            filter_by: Filter results by a parameter. Use the format field-name operator value. Operators are <= Less than or equal, >= Greater than or equal, =@ contains. Dates are in ISO 8601 timestamp format and available for operators <=, >= and ==.
            sort_by: Sort results by a parameters.
            sort_order: Sort results in descending or ascending order. Default "asc".
            offset: The offset of the first item returned in the collection.
            limit: The maximum number of entries to return. Default 500. At most 500.
            search: Filter results by a free text search.
        """
        if filter is not None:
            warnings.warn(
                "client.users.list(): the argument filter is deprecated by the API",
                DeprecationWarning,
                stacklevel=2,
            )
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/api/v1/users",
                query={
                    "filter": filter,
                    "filterBy": filter_by,
                    "sortBy": sort_by,
                    "sortOrder": sort_order,
                    "offset": offset,
                    "limit": limit,
                    "search": search,
                },
                styles={("query", "filterBy"): ("form", False)},
                cast=Users,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["users"],
            User,
            500,
        )

    async def create(
        self,
        *,
        email: str,
        reset_password: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        notify: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UserPostResponse:
        """Create a local user.

        Use to create a local platform user.

        ``POST /api/v1/users``

        Args:
            email: The email of the user. Must be a valid email address.
            notify: When true, send an email to the user. The email includes a link to reset the password.
        """
        return cast(
            UserPostResponse,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/v1/users",
                    json={"email": email, "resetPassword": reset_password, "notify": notify},
                    content_type="application/json",
                    cast=UserPostResponse,
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

    async def count(
        self,
        *,
        filter_by: Optional[List[str]] = None,
        search: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CountResponse:
        """Count users

        count users

        ``GET /api/v1/users/count``

        Args:
            filter_by: Filter results by a parameter. Use the format field-name operator value. Operators are <= Less than or equal, >= Greater than or equal, =@ contains. Dates are in ISO 8601 timestamp format and available for operators <=, >= and ==.
            search: Filter results by a free text search.
        """
        return cast(
            CountResponse,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/users/count",
                    query={"filterBy": filter_by, "search": search},
                    styles={("query", "filterBy"): ("form", False)},
                    cast=CountResponse,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def get(
        self,
        user_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> User:
        """Get a user by id.

        Retrieve a user's details by id.

        ``GET /api/v1/users/{userId}``

        Args:
            user_id: The id of the user
        """
        return cast(
            User,
            await self._client.request(
                Call(
                    method="GET",
                    path="/api/v1/users/{userId}",
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
        user_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a user by id.

        Use to delete a user by id.

        ``DELETE /api/v1/users/{userId}``

        Args:
            user_id: The id of the user
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/api/v1/users/{userId}",
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

    async def reset_password(
        self,
        user_id: str,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TempPasswordResponse:
        """Reset a user's password.

        Use to reset a user's password. The response holds a new temporary password.

        ``POST /api/v1/users/{userId}/password``

        Args:
            user_id: The id of the user
        """
        return cast(
            TempPasswordResponse,
            await self._client.request(
                Call(
                    method="POST",
                    path="/api/v1/users/{userId}/password",
                    path_params={"userId": user_id},
                    cast=TempPasswordResponse,
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

    async def logout(
        self,
        user_id: str,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Logout a user.

        Use to force a user to logout.

        ``POST /api/v1/users/{userId}/logout``

        Args:
            user_id: The id of the user
        """
        await self._client.request(
            Call(
                method="POST",
                path="/api/v1/users/{userId}/logout",
                path_params={"userId": user_id},
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
