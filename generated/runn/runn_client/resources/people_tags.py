"""Operations on people_tags.

``client.people_tags`` of the Runn API, sync and async.
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

__all__ = ["PeopleTagsResource", "AsyncPeopleTagsResource"]


class PeopleTagsResource(SyncResource):
    """Operations on people_tags."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["createdAt", "updatedAt", "id"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[PeopleTag]:
        """List people tags

        List the tags that can be put on people, paginated (default 50 per page; the maximum of 200 is Inferred from the seed's "usually to 200"). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people-tags/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            sort_by: Field to sort by: createdAt or updatedAt or id Default "id".
            order: Sort order: asc or desc Default "asc".
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/people-tags/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "modifiedAfter": modified_after,
                },
                cast=PeopleTagList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            PeopleTag,
            200,
        )

    def create(
        self,
        *,
        name: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PeopleTag:
        """Create a people tag

        Create a tag that can be put on people.

        ``POST /people-tags/``
        """
        return cast(
            PeopleTag,
            self._client.request(
                Call(
                    method="POST",
                    path="/people-tags/",
                    json={"name": name},
                    content_type="application/json",
                    cast=PeopleTag,
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
        people_tag_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PeopleTag:
        """Show a people tag

        Get one people tag. (Its status codes are not in the sources; 404 is Inferred as on every operation with a path parameter.)

        ``GET /people-tags/{peopleTagId}``

        Args:
            people_tag_id: The people tag's id.
        """
        return cast(
            PeopleTag,
            self._client.request(
                Call(
                    method="GET",
                    path="/people-tags/{peopleTagId}",
                    path_params={"peopleTagId": people_tag_id},
                    cast=PeopleTag,
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
        people_tag_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a people tag

        Delete a people tag. The API answers 202 with no body (as the SDK's operation docs list it); 404 is Inferred.

        ``DELETE /people-tags/{peopleTagId}``

        Args:
            people_tag_id: The people tag's id.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/people-tags/{peopleTagId}",
                path_params={"peopleTagId": people_tag_id},
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

    def update(
        self,
        people_tag_id: int,
        *,
        archived: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PeopleTag:
        """Update a people tag

        Archive or unarchive a people tag (the body takes `archived` only).

        ``PATCH /people-tags/{peopleTagId}``

        Args:
            people_tag_id: The people tag's id.
        """
        return cast(
            PeopleTag,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/people-tags/{peopleTagId}",
                    path_params={"peopleTagId": people_tag_id},
                    json={"archived": archived},
                    content_type="application/json",
                    cast=PeopleTag,
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


class AsyncPeopleTagsResource(AsyncResource):
    """Operations on people_tags."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["createdAt", "updatedAt", "id"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[PeopleTag]:
        """List people tags

        List the tags that can be put on people, paginated (default 50 per page; the maximum of 200 is Inferred from the seed's "usually to 200"). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /people-tags/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            sort_by: Field to sort by: createdAt or updatedAt or id Default "id".
            order: Sort order: asc or desc Default "asc".
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/people-tags/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "modifiedAfter": modified_after,
                },
                cast=PeopleTagList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            PeopleTag,
            200,
        )

    async def create(
        self,
        *,
        name: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PeopleTag:
        """Create a people tag

        Create a tag that can be put on people.

        ``POST /people-tags/``
        """
        return cast(
            PeopleTag,
            await self._client.request(
                Call(
                    method="POST",
                    path="/people-tags/",
                    json={"name": name},
                    content_type="application/json",
                    cast=PeopleTag,
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
        people_tag_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PeopleTag:
        """Show a people tag

        Get one people tag. (Its status codes are not in the sources; 404 is Inferred as on every operation with a path parameter.)

        ``GET /people-tags/{peopleTagId}``

        Args:
            people_tag_id: The people tag's id.
        """
        return cast(
            PeopleTag,
            await self._client.request(
                Call(
                    method="GET",
                    path="/people-tags/{peopleTagId}",
                    path_params={"peopleTagId": people_tag_id},
                    cast=PeopleTag,
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
        people_tag_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a people tag

        Delete a people tag. The API answers 202 with no body (as the SDK's operation docs list it); 404 is Inferred.

        ``DELETE /people-tags/{peopleTagId}``

        Args:
            people_tag_id: The people tag's id.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/people-tags/{peopleTagId}",
                path_params={"peopleTagId": people_tag_id},
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

    async def update(
        self,
        people_tag_id: int,
        *,
        archived: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PeopleTag:
        """Update a people tag

        Archive or unarchive a people tag (the body takes `archived` only).

        ``PATCH /people-tags/{peopleTagId}``

        Args:
            people_tag_id: The people tag's id.
        """
        return cast(
            PeopleTag,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/people-tags/{peopleTagId}",
                    path_params={"peopleTagId": people_tag_id},
                    json={"archived": archived},
                    content_type="application/json",
                    cast=PeopleTag,
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
