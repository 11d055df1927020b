"""Operations on workstreams.

``client.workstreams`` of the Runn API, sync and async.
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

__all__ = ["WorkstreamsResource", "AsyncWorkstreamsResource"]


class WorkstreamsResource(SyncResource):
    """Operations on workstreams."""

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
    ) -> SyncPager[Workstream]:
        """List workstreams

        List the account's workstreams, paginated (default 50 per page, maximum 200). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /workstreams/``

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
                path="/workstreams/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "modifiedAfter": modified_after,
                },
                cast=WorkstreamList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Workstream,
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
    ) -> Workstream:
        """Create a workstream

        Create a workstream (assign it to projects with `POST /projects/{projectId}/project-workstreams/{workstreamId}/`).

        ``POST /workstreams/``
        """
        return cast(
            Workstream,
            self._client.request(
                Call(
                    method="POST",
                    path="/workstreams/",
                    json={"name": name},
                    content_type="application/json",
                    cast=Workstream,
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
        workstream_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Workstream:
        """Show a workstream

        Get one workstream.

        ``GET /workstreams/{workstreamId}/``

        Args:
            workstream_id: The workstream's id.
        """
        return cast(
            Workstream,
            self._client.request(
                Call(
                    method="GET",
                    path="/workstreams/{workstreamId}/",
                    path_params={"workstreamId": workstream_id},
                    cast=Workstream,
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
        workstream_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a workstream

        Delete a workstream (204).

        ``DELETE /workstreams/{workstreamId}/``

        Args:
            workstream_id: The workstream's id.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/workstreams/{workstreamId}/",
                path_params={"workstreamId": workstream_id},
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
        workstream_id: int,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        archived: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Workstream:
        """Update a workstream

        Rename, archive or unarchive a workstream. Only the properties passed in the request body are updated.

        ``PATCH /workstreams/{workstreamId}/``

        Args:
            workstream_id: The workstream's id.
        """
        return cast(
            Workstream,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/workstreams/{workstreamId}/",
                    path_params={"workstreamId": workstream_id},
                    json={"name": name, "archived": archived},
                    content_type="application/json",
                    cast=Workstream,
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


class AsyncWorkstreamsResource(AsyncResource):
    """Operations on workstreams."""

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
    ) -> AsyncPager[Workstream]:
        """List workstreams

        List the account's workstreams, paginated (default 50 per page, maximum 200). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /workstreams/``

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
                path="/workstreams/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "modifiedAfter": modified_after,
                },
                cast=WorkstreamList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Workstream,
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
    ) -> Workstream:
        """Create a workstream

        Create a workstream (assign it to projects with `POST /projects/{projectId}/project-workstreams/{workstreamId}/`).

        ``POST /workstreams/``
        """
        return cast(
            Workstream,
            await self._client.request(
                Call(
                    method="POST",
                    path="/workstreams/",
                    json={"name": name},
                    content_type="application/json",
                    cast=Workstream,
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
        workstream_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Workstream:
        """Show a workstream

        Get one workstream.

        ``GET /workstreams/{workstreamId}/``

        Args:
            workstream_id: The workstream's id.
        """
        return cast(
            Workstream,
            await self._client.request(
                Call(
                    method="GET",
                    path="/workstreams/{workstreamId}/",
                    path_params={"workstreamId": workstream_id},
                    cast=Workstream,
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
        workstream_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a workstream

        Delete a workstream (204).

        ``DELETE /workstreams/{workstreamId}/``

        Args:
            workstream_id: The workstream's id.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/workstreams/{workstreamId}/",
                path_params={"workstreamId": workstream_id},
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
        workstream_id: int,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        archived: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Workstream:
        """Update a workstream

        Rename, archive or unarchive a workstream. Only the properties passed in the request body are updated.

        ``PATCH /workstreams/{workstreamId}/``

        Args:
            workstream_id: The workstream's id.
        """
        return cast(
            Workstream,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/workstreams/{workstreamId}/",
                    path_params={"workstreamId": workstream_id},
                    json={"name": name, "archived": archived},
                    content_type="application/json",
                    cast=Workstream,
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
