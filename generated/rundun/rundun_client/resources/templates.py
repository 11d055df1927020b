"""Operations on templates.

``client.templates`` of the Rundun REST API, sync and async.
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

__all__ = ["TemplatesResource", "AsyncTemplatesResource"]


class TemplatesResource(SyncResource):
    """Operations on templates."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Template]:
        """List templates

        List all templates in your organization. Collections return a `data` array with
        `pagination` metadata (`total`, `page`, `per_page`, `next_page`; `next_page` is null
        on the last page). The request parameters `page` and `per_page` are not documented:
        their names are Inferred from the response metadata, and no default or maximum page
        size is documented (the documented example shows `per_page` 50).

        ``GET /templates``

        Args:
            page: Page number, starting at 1 (Inferred from the `pagination.page` response field).
            per_page: Items per page (Inferred from the `pagination.per_page` response field; no default or maximum is documented).
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/templates",
                query={"page": page, "per_page": per_page},
                cast=TemplateList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["pages"],
            Template,
            None,
        )

    def create(
        self,
        *,
        name: str,
        description: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[List[str], NotGiven] = NOT_GIVEN,
        settings: Union[TemplateSettings, NotGiven] = NOT_GIVEN,
        sections: Union[List[Section], NotGiven] = NOT_GIVEN,
        execution: Union[TemplateExecution, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Template:
        """Create a template

        Create a new template in your organization. The request body is a TDL object.
        The API assigns `id`, `v` and `org_id`: do not include these in the request body.
        (The 201 status is Inferred from the documented status table.)

        ``POST /templates``
        """
        return cast(
            Template,
            self._client.request(
                Call(
                    method="POST",
                    path="/templates",
                    json={
                        "name": name,
                        "description": description,
                        "tags": tags,
                        "settings": settings,
                        "sections": sections,
                        "execution": execution,
                    },
                    content_type="application/json",
                    cast=Template,
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


class AsyncTemplatesResource(AsyncResource):
    """Operations on templates."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Template]:
        """List templates

        List all templates in your organization. Collections return a `data` array with
        `pagination` metadata (`total`, `page`, `per_page`, `next_page`; `next_page` is null
        on the last page). The request parameters `page` and `per_page` are not documented:
        their names are Inferred from the response metadata, and no default or maximum page
        size is documented (the documented example shows `per_page` 50).

        ``GET /templates``

        Args:
            page: Page number, starting at 1 (Inferred from the `pagination.page` response field).
            per_page: Items per page (Inferred from the `pagination.per_page` response field; no default or maximum is documented).
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/templates",
                query={"page": page, "per_page": per_page},
                cast=TemplateList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["pages"],
            Template,
            None,
        )

    async def create(
        self,
        *,
        name: str,
        description: Union[str, NotGiven] = NOT_GIVEN,
        tags: Union[List[str], NotGiven] = NOT_GIVEN,
        settings: Union[TemplateSettings, NotGiven] = NOT_GIVEN,
        sections: Union[List[Section], NotGiven] = NOT_GIVEN,
        execution: Union[TemplateExecution, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Template:
        """Create a template

        Create a new template in your organization. The request body is a TDL object.
        The API assigns `id`, `v` and `org_id`: do not include these in the request body.
        (The 201 status is Inferred from the documented status table.)

        ``POST /templates``
        """
        return cast(
            Template,
            await self._client.request(
                Call(
                    method="POST",
                    path="/templates",
                    json={
                        "name": name,
                        "description": description,
                        "tags": tags,
                        "settings": settings,
                        "sections": sections,
                        "execution": execution,
                    },
                    content_type="application/json",
                    cast=Template,
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
