"""Operations on custom_fields.

``client.custom_fields`` of the Runn API, sync and async.
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

__all__ = ["CustomFieldsResource", "AsyncCustomFieldsResource"]


class CustomFieldsCheckboxResource(SyncResource):
    """Operations on custom_fields.checkbox."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        model: Optional[CustomFieldModel] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[CustomFieldCheckbox]:
        """List checkbox custom fields

        List the checkbox custom fields defined for people and projects, paginated (default 50 per page; the maximum of 200 is Inferred from the seed's "usually to 200"). `model` (`PERSON` or `PROJECT`) lists only the fields of that record type (Inferred: the docs name it "the field type of the custom field"). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /custom-fields/checkbox/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            model: The field type of the custom field (the record type it belongs to).
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/custom-fields/checkbox/",
                query={"cursor": cursor, "limit": limit, "model": model},
                cast=CustomFieldCheckboxList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            CustomFieldCheckbox,
            200,
        )

    def create(
        self,
        *,
        name: str,
        model: CustomFieldModel,
        description: Union[str, NotGiven] = NOT_GIVEN,
        required: Union[bool, NotGiven] = NOT_GIVEN,
        show_in_planner: Union[bool, NotGiven] = NOT_GIVEN,
        filterable_in_planner: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CustomFieldCheckbox:
        """Create a checkbox custom field

        Create a checkbox custom field for people or projects (`model`). `required` and `showInPlanner` default to false, `filterableInPlanner` to true.

        ``POST /custom-fields/checkbox/``
        """
        return cast(
            CustomFieldCheckbox,
            self._client.request(
                Call(
                    method="POST",
                    path="/custom-fields/checkbox/",
                    json={
                        "name": name,
                        "description": description,
                        "model": model,
                        "required": required,
                        "showInPlanner": show_in_planner,
                        "filterableInPlanner": filterable_in_planner,
                    },
                    content_type="application/json",
                    cast=CustomFieldCheckbox,
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

    def delete(
        self,
        checkbox_field_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a checkbox custom field

        Delete a checkbox custom field (204; 404 for an unknown id, as the SDK's operation docs list them).

        ``DELETE /custom-fields/checkbox/{checkboxFieldId}``

        Args:
            checkbox_field_id: The checkbox custom field's id.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/custom-fields/checkbox/{checkboxFieldId}",
                path_params={"checkboxFieldId": checkbox_field_id},
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
        checkbox_field_id: int,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        required: Union[bool, NotGiven] = NOT_GIVEN,
        show_in_planner: Union[bool, NotGiven] = NOT_GIVEN,
        filterable_in_planner: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CustomFieldCheckbox:
        """Update a checkbox custom field

        Update a checkbox custom field. Only the properties passed in the request body are updated; omitted properties keep their current values. Its `model` cannot be changed. (The 200 answer with the field is Inferred from the other updates; 404 Inferred as on every operation with a path parameter.)

        ``PATCH /custom-fields/checkbox/{checkboxFieldId}``

        Args:
            checkbox_field_id: The checkbox custom field's id.
        """
        return cast(
            CustomFieldCheckbox,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/custom-fields/checkbox/{checkboxFieldId}",
                    path_params={"checkboxFieldId": checkbox_field_id},
                    json={
                        "name": name,
                        "description": description,
                        "required": required,
                        "showInPlanner": show_in_planner,
                        "filterableInPlanner": filterable_in_planner,
                    },
                    content_type="application/json",
                    cast=CustomFieldCheckbox,
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


class CustomFieldsResource(SyncResource):
    """Operations on custom_fields."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.checkbox = CustomFieldsCheckboxResource(client)


class AsyncCustomFieldsCheckboxResource(AsyncResource):
    """Operations on custom_fields.checkbox."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        model: Optional[CustomFieldModel] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[CustomFieldCheckbox]:
        """List checkbox custom fields

        List the checkbox custom fields defined for people and projects, paginated (default 50 per page; the maximum of 200 is Inferred from the seed's "usually to 200"). `model` (`PERSON` or `PROJECT`) lists only the fields of that record type (Inferred: the docs name it "the field type of the custom field"). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /custom-fields/checkbox/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            model: The field type of the custom field (the record type it belongs to).
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/custom-fields/checkbox/",
                query={"cursor": cursor, "limit": limit, "model": model},
                cast=CustomFieldCheckboxList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            CustomFieldCheckbox,
            200,
        )

    async def create(
        self,
        *,
        name: str,
        model: CustomFieldModel,
        description: Union[str, NotGiven] = NOT_GIVEN,
        required: Union[bool, NotGiven] = NOT_GIVEN,
        show_in_planner: Union[bool, NotGiven] = NOT_GIVEN,
        filterable_in_planner: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CustomFieldCheckbox:
        """Create a checkbox custom field

        Create a checkbox custom field for people or projects (`model`). `required` and `showInPlanner` default to false, `filterableInPlanner` to true.

        ``POST /custom-fields/checkbox/``
        """
        return cast(
            CustomFieldCheckbox,
            await self._client.request(
                Call(
                    method="POST",
                    path="/custom-fields/checkbox/",
                    json={
                        "name": name,
                        "description": description,
                        "model": model,
                        "required": required,
                        "showInPlanner": show_in_planner,
                        "filterableInPlanner": filterable_in_planner,
                    },
                    content_type="application/json",
                    cast=CustomFieldCheckbox,
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

    async def delete(
        self,
        checkbox_field_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a checkbox custom field

        Delete a checkbox custom field (204; 404 for an unknown id, as the SDK's operation docs list them).

        ``DELETE /custom-fields/checkbox/{checkboxFieldId}``

        Args:
            checkbox_field_id: The checkbox custom field's id.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/custom-fields/checkbox/{checkboxFieldId}",
                path_params={"checkboxFieldId": checkbox_field_id},
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
        checkbox_field_id: int,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        required: Union[bool, NotGiven] = NOT_GIVEN,
        show_in_planner: Union[bool, NotGiven] = NOT_GIVEN,
        filterable_in_planner: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CustomFieldCheckbox:
        """Update a checkbox custom field

        Update a checkbox custom field. Only the properties passed in the request body are updated; omitted properties keep their current values. Its `model` cannot be changed. (The 200 answer with the field is Inferred from the other updates; 404 Inferred as on every operation with a path parameter.)

        ``PATCH /custom-fields/checkbox/{checkboxFieldId}``

        Args:
            checkbox_field_id: The checkbox custom field's id.
        """
        return cast(
            CustomFieldCheckbox,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/custom-fields/checkbox/{checkboxFieldId}",
                    path_params={"checkboxFieldId": checkbox_field_id},
                    json={
                        "name": name,
                        "description": description,
                        "required": required,
                        "showInPlanner": show_in_planner,
                        "filterableInPlanner": filterable_in_planner,
                    },
                    content_type="application/json",
                    cast=CustomFieldCheckbox,
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


class AsyncCustomFieldsResource(AsyncResource):
    """Operations on custom_fields."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.checkbox = AsyncCustomFieldsCheckboxResource(client)
