"""Operations on project_workstreams.

``client.project_workstreams`` of the Runn API, sync and async.
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

__all__ = ["ProjectWorkstreamsResource", "AsyncProjectWorkstreamsResource"]


class ProjectWorkstreamsResource(SyncResource):
    """Operations on project_workstreams."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

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
    ) -> SyncPager[ProjectWorkstreamLink]:
        """List project workstreams

        List all project workstreams across all projects: which workstream is assigned to which project. Paginated (default 50 per page, maximum 200). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /project-workstreams/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/project-workstreams/",
                query={"cursor": cursor, "limit": limit, "modifiedAfter": modified_after},
                cast=ProjectWorkstreamLinkList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            ProjectWorkstreamLink,
            200,
        )


class AsyncProjectWorkstreamsResource(AsyncResource):
    """Operations on project_workstreams."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

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
    ) -> AsyncPager[ProjectWorkstreamLink]:
        """List project workstreams

        List all project workstreams across all projects: which workstream is assigned to which project. Paginated (default 50 per page, maximum 200). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /project-workstreams/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/project-workstreams/",
                query={"cursor": cursor, "limit": limit, "modifiedAfter": modified_after},
                cast=ProjectWorkstreamLinkList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            ProjectWorkstreamLink,
            200,
        )
