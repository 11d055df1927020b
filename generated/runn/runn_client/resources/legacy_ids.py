"""Operations on legacy_ids.

``client.legacy_ids`` of the Runn API, sync and async.
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

__all__ = ["LegacyIdsResource", "AsyncLegacyIdsResource"]


class LegacyIdsResource(SyncResource):
    """Operations on legacy_ids."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def convert(
        self,
        model: LegacyIdModel,
        legacy_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> int:
        """Convert a legacy ID from API v0 to a new ID

        Convert the id of a record in API v0 (a hashid) to its numeric API v1 id. The answer is the id itself, a JSON integer.

        ``GET /legacy-id/{model}/{legacyId}``

        Args:
            model: The kind of record the legacy id belongs to.
            legacy_id: The record's API v0 id.
        """
        return cast(
            int,
            self._client.request(
                Call(
                    method="GET",
                    path="/legacy-id/{model}/{legacyId}",
                    path_params={"model": model, "legacyId": legacy_id},
                    cast=int,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


class AsyncLegacyIdsResource(AsyncResource):
    """Operations on legacy_ids."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def convert(
        self,
        model: LegacyIdModel,
        legacy_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> int:
        """Convert a legacy ID from API v0 to a new ID

        Convert the id of a record in API v0 (a hashid) to its numeric API v1 id. The answer is the id itself, a JSON integer.

        ``GET /legacy-id/{model}/{legacyId}``

        Args:
            model: The kind of record the legacy id belongs to.
            legacy_id: The record's API v0 id.
        """
        return cast(
            int,
            await self._client.request(
                Call(
                    method="GET",
                    path="/legacy-id/{model}/{legacyId}",
                    path_params={"model": model, "legacyId": legacy_id},
                    cast=int,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )
