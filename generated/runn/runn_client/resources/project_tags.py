"""Operations on project_tags.

``client.project_tags`` of the Runn API, sync and async.
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

__all__ = ["ProjectTagsResource", "AsyncProjectTagsResource"]


class ProjectTagsProjectsResource(SyncResource):
    """Operations on project_tags.projects."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def add(
        self,
        project_tag_id: int,
        project_id: int,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectTag:
        """Add a project tag to a project

        Put a project tag on a project (no request body). The answer is the tag.

        ``POST /project-tags/{projectTagId}/project/{projectId}``

        Args:
            project_tag_id: The project tag's id.
            project_id: The project's id.
        """
        return cast(
            ProjectTag,
            self._client.request(
                Call(
                    method="POST",
                    path="/project-tags/{projectTagId}/project/{projectId}",
                    path_params={"projectTagId": project_tag_id, "projectId": project_id},
                    cast=ProjectTag,
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

    def remove(
        self,
        project_tag_id: int,
        project_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Remove a project tag from a project

        Take a project tag off a project (204).

        ``DELETE /project-tags/{projectTagId}/project/{projectId}``

        Args:
            project_tag_id: The project tag's id.
            project_id: The project's id.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/project-tags/{projectTagId}/project/{projectId}",
                path_params={"projectTagId": project_tag_id, "projectId": project_id},
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


class ProjectTagsResource(SyncResource):
    """Operations on project_tags."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.projects = ProjectTagsProjectsResource(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["createdAt", "updatedAt", "id"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        include_archived: Optional[bool] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[ProjectTag]:
        """List project tags

        List the tags that can be put on projects, paginated (default 50 per page, maximum 200). Archived tags are left out unless `includeArchived` is true. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /project-tags/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            sort_by: Field to sort by: createdAt or updatedAt or id Default "id".
            order: Sort order: asc or desc Default "asc".
            include_archived: Include archived tags (default false). Default False.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/project-tags/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "includeArchived": include_archived,
                    "modifiedAfter": modified_after,
                },
                cast=ProjectTagList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            ProjectTag,
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
    ) -> ProjectTag:
        """Create a project tag

        Create a tag that can be put on projects.

        ``POST /project-tags/``
        """
        return cast(
            ProjectTag,
            self._client.request(
                Call(
                    method="POST",
                    path="/project-tags/",
                    json={"name": name},
                    content_type="application/json",
                    cast=ProjectTag,
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
        project_tag_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectTag:
        """Show a project tag

        Get one project tag, with the projects that carry it.

        ``GET /project-tags/{projectTagId}``

        Args:
            project_tag_id: The project tag's id.
        """
        return cast(
            ProjectTag,
            self._client.request(
                Call(
                    method="GET",
                    path="/project-tags/{projectTagId}",
                    path_params={"projectTagId": project_tag_id},
                    cast=ProjectTag,
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
        project_tag_id: int,
        *,
        archived: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectTag:
        """Update a project tag

        Archive or unarchive a project tag (the body takes `archived` only).

        ``PATCH /project-tags/{projectTagId}``

        Args:
            project_tag_id: The project tag's id.
        """
        return cast(
            ProjectTag,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/project-tags/{projectTagId}",
                    path_params={"projectTagId": project_tag_id},
                    json={"archived": archived},
                    content_type="application/json",
                    cast=ProjectTag,
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


class AsyncProjectTagsProjectsResource(AsyncResource):
    """Operations on project_tags.projects."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def add(
        self,
        project_tag_id: int,
        project_id: int,
        *,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectTag:
        """Add a project tag to a project

        Put a project tag on a project (no request body). The answer is the tag.

        ``POST /project-tags/{projectTagId}/project/{projectId}``

        Args:
            project_tag_id: The project tag's id.
            project_id: The project's id.
        """
        return cast(
            ProjectTag,
            await self._client.request(
                Call(
                    method="POST",
                    path="/project-tags/{projectTagId}/project/{projectId}",
                    path_params={"projectTagId": project_tag_id, "projectId": project_id},
                    cast=ProjectTag,
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

    async def remove(
        self,
        project_tag_id: int,
        project_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Remove a project tag from a project

        Take a project tag off a project (204).

        ``DELETE /project-tags/{projectTagId}/project/{projectId}``

        Args:
            project_tag_id: The project tag's id.
            project_id: The project's id.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/project-tags/{projectTagId}/project/{projectId}",
                path_params={"projectTagId": project_tag_id, "projectId": project_id},
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


class AsyncProjectTagsResource(AsyncResource):
    """Operations on project_tags."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.projects = AsyncProjectTagsProjectsResource(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        sort_by: Optional[Literal["createdAt", "updatedAt", "id"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        include_archived: Optional[bool] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[ProjectTag]:
        """List project tags

        List the tags that can be put on projects, paginated (default 50 per page, maximum 200). Archived tags are left out unless `includeArchived` is true. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /project-tags/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            sort_by: Field to sort by: createdAt or updatedAt or id Default "id".
            order: Sort order: asc or desc Default "asc".
            include_archived: Include archived tags (default false). Default False.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/project-tags/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "includeArchived": include_archived,
                    "modifiedAfter": modified_after,
                },
                cast=ProjectTagList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            ProjectTag,
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
    ) -> ProjectTag:
        """Create a project tag

        Create a tag that can be put on projects.

        ``POST /project-tags/``
        """
        return cast(
            ProjectTag,
            await self._client.request(
                Call(
                    method="POST",
                    path="/project-tags/",
                    json={"name": name},
                    content_type="application/json",
                    cast=ProjectTag,
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
        project_tag_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectTag:
        """Show a project tag

        Get one project tag, with the projects that carry it.

        ``GET /project-tags/{projectTagId}``

        Args:
            project_tag_id: The project tag's id.
        """
        return cast(
            ProjectTag,
            await self._client.request(
                Call(
                    method="GET",
                    path="/project-tags/{projectTagId}",
                    path_params={"projectTagId": project_tag_id},
                    cast=ProjectTag,
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
        project_tag_id: int,
        *,
        archived: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ProjectTag:
        """Update a project tag

        Archive or unarchive a project tag (the body takes `archived` only).

        ``PATCH /project-tags/{projectTagId}``

        Args:
            project_tag_id: The project tag's id.
        """
        return cast(
            ProjectTag,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/project-tags/{projectTagId}",
                    path_params={"projectTagId": project_tag_id},
                    json={"archived": archived},
                    content_type="application/json",
                    cast=ProjectTag,
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
