"""Operations on rate_cards.

``client.rate_cards`` of the Runn API, sync and async.
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

__all__ = ["RateCardsResource", "AsyncRateCardsResource"]


class RateCardsResource(SyncResource):
    """Operations on rate_cards."""

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
    ) -> SyncPager[RateCard]:
        """List rate cards

        List the account's rate cards (the charge-out rate of each role), paginated (default 50 per page, maximum 200). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /rate-cards/``

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
                path="/rate-cards/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "modifiedAfter": modified_after,
                },
                cast=RateCardList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            RateCard,
            200,
        )

    def create(
        self,
        *,
        name: Optional[str],
        description: Optional[str],
        references: List[Reference],
        is_blended_rate_card: bool,
        blended_rate: Optional[float],
        rate_type: Optional[Literal["hours", "days"]],
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> RateCard:
        """Create a rate card

        Create a rate card. A blended rate card (`isBlendedRateCard`) charges one `blendedRate` for every role.

        ``POST /rate-cards/``
        """
        return cast(
            RateCard,
            self._client.request(
                Call(
                    method="POST",
                    path="/rate-cards/",
                    json={
                        "name": name,
                        "description": description,
                        "references": references,
                        "isBlendedRateCard": is_blended_rate_card,
                        "blendedRate": blended_rate,
                        "rateType": rate_type,
                    },
                    content_type="application/json",
                    cast=RateCard,
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
        rate_card_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> RateCard:
        """Show a rate card

        Get one rate card, with its rates per role.

        ``GET /rate-cards/{rateCardId}``

        Args:
            rate_card_id: The rate card's id.
        """
        return cast(
            RateCard,
            self._client.request(
                Call(
                    method="GET",
                    path="/rate-cards/{rateCardId}",
                    path_params={"rateCardId": rate_card_id},
                    cast=RateCard,
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
        rate_card_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a rate card

        Delete a rate card (204). Rate cards that are internal, standard, or have projects cannot be deleted (400).

        ``DELETE /rate-cards/{rateCardId}``

        Args:
            rate_card_id: The rate card's id.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/rate-cards/{rateCardId}",
                path_params={"rateCardId": rate_card_id},
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


class AsyncRateCardsResource(AsyncResource):
    """Operations on rate_cards."""

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
    ) -> AsyncPager[RateCard]:
        """List rate cards

        List the account's rate cards (the charge-out rate of each role), paginated (default 50 per page, maximum 200). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /rate-cards/``

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
                path="/rate-cards/",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "sortBy": sort_by,
                    "order": order,
                    "modifiedAfter": modified_after,
                },
                cast=RateCardList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            RateCard,
            200,
        )

    async def create(
        self,
        *,
        name: Optional[str],
        description: Optional[str],
        references: List[Reference],
        is_blended_rate_card: bool,
        blended_rate: Optional[float],
        rate_type: Optional[Literal["hours", "days"]],
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> RateCard:
        """Create a rate card

        Create a rate card. A blended rate card (`isBlendedRateCard`) charges one `blendedRate` for every role.

        ``POST /rate-cards/``
        """
        return cast(
            RateCard,
            await self._client.request(
                Call(
                    method="POST",
                    path="/rate-cards/",
                    json={
                        "name": name,
                        "description": description,
                        "references": references,
                        "isBlendedRateCard": is_blended_rate_card,
                        "blendedRate": blended_rate,
                        "rateType": rate_type,
                    },
                    content_type="application/json",
                    cast=RateCard,
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
        rate_card_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> RateCard:
        """Show a rate card

        Get one rate card, with its rates per role.

        ``GET /rate-cards/{rateCardId}``

        Args:
            rate_card_id: The rate card's id.
        """
        return cast(
            RateCard,
            await self._client.request(
                Call(
                    method="GET",
                    path="/rate-cards/{rateCardId}",
                    path_params={"rateCardId": rate_card_id},
                    cast=RateCard,
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
        rate_card_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a rate card

        Delete a rate card (204). Rate cards that are internal, standard, or have projects cannot be deleted (400).

        ``DELETE /rate-cards/{rateCardId}``

        Args:
            rate_card_id: The rate card's id.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/rate-cards/{rateCardId}",
                path_params={"rateCardId": rate_card_id},
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
