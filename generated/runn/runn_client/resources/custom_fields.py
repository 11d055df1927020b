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


class CustomFieldsDateResource(SyncResource):
    """Operations on custom_fields.date."""

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
    ) -> SyncPager[CustomFieldDate]:
        """List date custom fields

        List the date custom fields defined for people and projects, paginated (default 50 per page, maximum 200). `model` (`PERSON` or `PROJECT`) lists only the fields of that record type. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /custom-fields/date/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            model: The field type of the custom field (the record type it belongs to).
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/custom-fields/date/",
                query={"cursor": cursor, "limit": limit, "model": model},
                cast=CustomFieldDateList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            CustomFieldDate,
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
    ) -> CustomFieldDate:
        """Create a date custom field

        Create a date custom field for people or projects (`model`). `required` and `showInPlanner` default to false, `filterableInPlanner` to true.

        ``POST /custom-fields/date/``
        """
        return cast(
            CustomFieldDate,
            self._client.request(
                Call(
                    method="POST",
                    path="/custom-fields/date/",
                    json={
                        "name": name,
                        "description": description,
                        "model": model,
                        "required": required,
                        "showInPlanner": show_in_planner,
                        "filterableInPlanner": filterable_in_planner,
                    },
                    content_type="application/json",
                    cast=CustomFieldDate,
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
        date_field_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a date custom field

        Delete a date custom field (204).

        ``DELETE /custom-fields/date/{dateFieldId}``

        Args:
            date_field_id: The date custom field's id.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/custom-fields/date/{dateFieldId}",
                path_params={"dateFieldId": date_field_id},
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
        date_field_id: int,
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
    ) -> CustomFieldDate:
        """Update a date custom field

        Update a date custom field. Only the properties passed in the request body are updated; omitted properties keep their current values. Its `model` cannot be changed.

        ``PATCH /custom-fields/date/{dateFieldId}``

        Args:
            date_field_id: The date custom field's id.
        """
        return cast(
            CustomFieldDate,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/custom-fields/date/{dateFieldId}",
                    path_params={"dateFieldId": date_field_id},
                    json={
                        "name": name,
                        "description": description,
                        "required": required,
                        "showInPlanner": show_in_planner,
                        "filterableInPlanner": filterable_in_planner,
                    },
                    content_type="application/json",
                    cast=CustomFieldDate,
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


class CustomFieldsTextResource(SyncResource):
    """Operations on custom_fields.text."""

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
    ) -> SyncPager[CustomFieldText]:
        """List text custom fields

        List the text custom fields defined for people and projects, paginated (default 50 per page, maximum 200). `model` (`PERSON` or `PROJECT`) lists only the fields of that record type. (Runn's OpenAPI summarises this list as "Show a text custom field"; it is the list, as its operation id and answer say.) Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /custom-fields/text/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            model: The field type of the custom field (the record type it belongs to).
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/custom-fields/text/",
                query={"cursor": cursor, "limit": limit, "model": model},
                cast=CustomFieldTextList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            CustomFieldText,
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
    ) -> CustomFieldText:
        """Create a text custom field

        Create a text custom field for people or projects (`model`). `required` and `showInPlanner` default to false, `filterableInPlanner` to true.

        ``POST /custom-fields/text/``
        """
        return cast(
            CustomFieldText,
            self._client.request(
                Call(
                    method="POST",
                    path="/custom-fields/text/",
                    json={
                        "name": name,
                        "description": description,
                        "model": model,
                        "required": required,
                        "showInPlanner": show_in_planner,
                        "filterableInPlanner": filterable_in_planner,
                    },
                    content_type="application/json",
                    cast=CustomFieldText,
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
        text_field_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a text custom field

        Delete a text custom field (204).

        ``DELETE /custom-fields/text/{textFieldId}``

        Args:
            text_field_id: The text custom field's id.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/custom-fields/text/{textFieldId}",
                path_params={"textFieldId": text_field_id},
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
        text_field_id: int,
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
    ) -> CustomFieldText:
        """Update a text custom field

        Update a text custom field. Only the properties passed in the request body are updated; omitted properties keep their current values. Its `model` cannot be changed.

        ``PATCH /custom-fields/text/{textFieldId}``

        Args:
            text_field_id: The text custom field's id.
        """
        return cast(
            CustomFieldText,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/custom-fields/text/{textFieldId}",
                    path_params={"textFieldId": text_field_id},
                    json={
                        "name": name,
                        "description": description,
                        "required": required,
                        "showInPlanner": show_in_planner,
                        "filterableInPlanner": filterable_in_planner,
                    },
                    content_type="application/json",
                    cast=CustomFieldText,
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


class CustomFieldsSelectResource(SyncResource):
    """Operations on custom_fields.select."""

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
    ) -> SyncPager[CustomFieldSelect]:
        """List select custom fields

        List the select custom fields defined for people and projects, paginated (default 50 per page, maximum 200). `model` (`PERSON` or `PROJECT`) lists only the fields of that record type. (Runn's OpenAPI summarises this list as "Show a select custom field"; it is the list, as its operation id and answer say.) Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /custom-fields/select/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            model: The field type of the custom field (the record type it belongs to).
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/custom-fields/select/",
                query={"cursor": cursor, "limit": limit, "model": model},
                cast=CustomFieldSelectList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            CustomFieldSelect,
            200,
        )

    def create(
        self,
        *,
        name: str,
        model: CustomFieldModel,
        options: List[SelectOptionInput],
        description: Union[str, NotGiven] = NOT_GIVEN,
        single_select: Union[bool, NotGiven] = NOT_GIVEN,
        required: Union[bool, NotGiven] = NOT_GIVEN,
        show_in_planner: Union[bool, NotGiven] = NOT_GIVEN,
        filterable_in_planner: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CustomFieldSelect:
        """Create a select custom field

        Create a select custom field for people or projects (`model`). `required` and `showInPlanner` default to false, `filterableInPlanner` to true; `singleSelect` to false (a multi select).

        ``POST /custom-fields/select/``

        Args:
            options: The options to choose from, in order.
            single_select: Whether one option (true) or several may be chosen.
        """
        return cast(
            CustomFieldSelect,
            self._client.request(
                Call(
                    method="POST",
                    path="/custom-fields/select/",
                    json={
                        "name": name,
                        "description": description,
                        "model": model,
                        "options": options,
                        "singleSelect": single_select,
                        "required": required,
                        "showInPlanner": show_in_planner,
                        "filterableInPlanner": filterable_in_planner,
                    },
                    content_type="application/json",
                    cast=CustomFieldSelect,
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
        select_field_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a select custom field

        Delete a select custom field (204).

        ``DELETE /custom-fields/select/{selectFieldId}``

        Args:
            select_field_id: The select custom field's id.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/custom-fields/select/{selectFieldId}",
                path_params={"selectFieldId": select_field_id},
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
        select_field_id: int,
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
    ) -> CustomFieldSelect:
        """Update a select custom field

        Update a select custom field. Only the properties passed in the request body are updated; omitted properties keep their current values. Its `model` cannot be changed and its options are changed through `/custom-fields/select/{selectFieldId}/options`.

        ``PATCH /custom-fields/select/{selectFieldId}``

        Args:
            select_field_id: The select custom field's id.
        """
        return cast(
            CustomFieldSelect,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/custom-fields/select/{selectFieldId}",
                    path_params={"selectFieldId": select_field_id},
                    json={
                        "name": name,
                        "description": description,
                        "required": required,
                        "showInPlanner": show_in_planner,
                        "filterableInPlanner": filterable_in_planner,
                    },
                    content_type="application/json",
                    cast=CustomFieldSelect,
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


class CustomFieldsSelectOptionsResource(SyncResource):
    """Operations on custom_fields.select_options."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def create(
        self,
        select_field_id: int,
        *,
        name: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SelectOptionAnswer:
        """Create a select custom field option

        Add an option to a select custom field. The answer wraps the new option in `option`.

        ``POST /custom-fields/select/{selectFieldId}/options``

        Args:
            select_field_id: The select custom field's id.
            name: Display name for the select option.
        """
        return cast(
            SelectOptionAnswer,
            self._client.request(
                Call(
                    method="POST",
                    path="/custom-fields/select/{selectFieldId}/options",
                    path_params={"selectFieldId": select_field_id},
                    json={"name": name},
                    content_type="application/json",
                    cast=SelectOptionAnswer,
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
        select_field_id: int,
        select_option_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a select custom field option

        Delete an option of a select custom field (204).

        ``DELETE /custom-fields/select/{selectFieldId}/options/{selectOptionId}``

        Args:
            select_field_id: The select custom field's id.
            select_option_id: The select option's id.
        """
        self._client.request(
            Call(
                method="DELETE",
                path="/custom-fields/select/{selectFieldId}/options/{selectOptionId}",
                path_params={"selectFieldId": select_field_id, "selectOptionId": select_option_id},
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
        select_field_id: int,
        select_option_id: int,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SelectOptionAnswer:
        """Update a select custom field option

        Rename an option of a select custom field. The answer wraps the option in `option`.

        ``PATCH /custom-fields/select/{selectFieldId}/options/{selectOptionId}``

        Args:
            select_field_id: The select custom field's id.
            select_option_id: The select option's id.
            name: Display name for the select option.
        """
        return cast(
            SelectOptionAnswer,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/custom-fields/select/{selectFieldId}/options/{selectOptionId}",
                    path_params={
                        "selectFieldId": select_field_id,
                        "selectOptionId": select_option_id,
                    },
                    json={"name": name},
                    content_type="application/json",
                    cast=SelectOptionAnswer,
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
        self.date = CustomFieldsDateResource(client)
        self.text = CustomFieldsTextResource(client)
        self.select = CustomFieldsSelectResource(client)
        self.select_options = CustomFieldsSelectOptionsResource(client)


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


class AsyncCustomFieldsDateResource(AsyncResource):
    """Operations on custom_fields.date."""

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
    ) -> AsyncPager[CustomFieldDate]:
        """List date custom fields

        List the date custom fields defined for people and projects, paginated (default 50 per page, maximum 200). `model` (`PERSON` or `PROJECT`) lists only the fields of that record type. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /custom-fields/date/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            model: The field type of the custom field (the record type it belongs to).
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/custom-fields/date/",
                query={"cursor": cursor, "limit": limit, "model": model},
                cast=CustomFieldDateList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            CustomFieldDate,
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
    ) -> CustomFieldDate:
        """Create a date custom field

        Create a date custom field for people or projects (`model`). `required` and `showInPlanner` default to false, `filterableInPlanner` to true.

        ``POST /custom-fields/date/``
        """
        return cast(
            CustomFieldDate,
            await self._client.request(
                Call(
                    method="POST",
                    path="/custom-fields/date/",
                    json={
                        "name": name,
                        "description": description,
                        "model": model,
                        "required": required,
                        "showInPlanner": show_in_planner,
                        "filterableInPlanner": filterable_in_planner,
                    },
                    content_type="application/json",
                    cast=CustomFieldDate,
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
        date_field_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a date custom field

        Delete a date custom field (204).

        ``DELETE /custom-fields/date/{dateFieldId}``

        Args:
            date_field_id: The date custom field's id.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/custom-fields/date/{dateFieldId}",
                path_params={"dateFieldId": date_field_id},
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
        date_field_id: int,
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
    ) -> CustomFieldDate:
        """Update a date custom field

        Update a date custom field. Only the properties passed in the request body are updated; omitted properties keep their current values. Its `model` cannot be changed.

        ``PATCH /custom-fields/date/{dateFieldId}``

        Args:
            date_field_id: The date custom field's id.
        """
        return cast(
            CustomFieldDate,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/custom-fields/date/{dateFieldId}",
                    path_params={"dateFieldId": date_field_id},
                    json={
                        "name": name,
                        "description": description,
                        "required": required,
                        "showInPlanner": show_in_planner,
                        "filterableInPlanner": filterable_in_planner,
                    },
                    content_type="application/json",
                    cast=CustomFieldDate,
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


class AsyncCustomFieldsTextResource(AsyncResource):
    """Operations on custom_fields.text."""

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
    ) -> AsyncPager[CustomFieldText]:
        """List text custom fields

        List the text custom fields defined for people and projects, paginated (default 50 per page, maximum 200). `model` (`PERSON` or `PROJECT`) lists only the fields of that record type. (Runn's OpenAPI summarises this list as "Show a text custom field"; it is the list, as its operation id and answer say.) Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /custom-fields/text/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            model: The field type of the custom field (the record type it belongs to).
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/custom-fields/text/",
                query={"cursor": cursor, "limit": limit, "model": model},
                cast=CustomFieldTextList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            CustomFieldText,
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
    ) -> CustomFieldText:
        """Create a text custom field

        Create a text custom field for people or projects (`model`). `required` and `showInPlanner` default to false, `filterableInPlanner` to true.

        ``POST /custom-fields/text/``
        """
        return cast(
            CustomFieldText,
            await self._client.request(
                Call(
                    method="POST",
                    path="/custom-fields/text/",
                    json={
                        "name": name,
                        "description": description,
                        "model": model,
                        "required": required,
                        "showInPlanner": show_in_planner,
                        "filterableInPlanner": filterable_in_planner,
                    },
                    content_type="application/json",
                    cast=CustomFieldText,
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
        text_field_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a text custom field

        Delete a text custom field (204).

        ``DELETE /custom-fields/text/{textFieldId}``

        Args:
            text_field_id: The text custom field's id.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/custom-fields/text/{textFieldId}",
                path_params={"textFieldId": text_field_id},
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
        text_field_id: int,
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
    ) -> CustomFieldText:
        """Update a text custom field

        Update a text custom field. Only the properties passed in the request body are updated; omitted properties keep their current values. Its `model` cannot be changed.

        ``PATCH /custom-fields/text/{textFieldId}``

        Args:
            text_field_id: The text custom field's id.
        """
        return cast(
            CustomFieldText,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/custom-fields/text/{textFieldId}",
                    path_params={"textFieldId": text_field_id},
                    json={
                        "name": name,
                        "description": description,
                        "required": required,
                        "showInPlanner": show_in_planner,
                        "filterableInPlanner": filterable_in_planner,
                    },
                    content_type="application/json",
                    cast=CustomFieldText,
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


class AsyncCustomFieldsSelectResource(AsyncResource):
    """Operations on custom_fields.select."""

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
    ) -> AsyncPager[CustomFieldSelect]:
        """List select custom fields

        List the select custom fields defined for people and projects, paginated (default 50 per page, maximum 200). `model` (`PERSON` or `PROJECT`) lists only the fields of that record type. (Runn's OpenAPI summarises this list as "Show a select custom field"; it is the list, as its operation id and answer say.) Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /custom-fields/select/``

        Args:
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            model: The field type of the custom field (the record type it belongs to).
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/custom-fields/select/",
                query={"cursor": cursor, "limit": limit, "model": model},
                cast=CustomFieldSelectList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            CustomFieldSelect,
            200,
        )

    async def create(
        self,
        *,
        name: str,
        model: CustomFieldModel,
        options: List[SelectOptionInput],
        description: Union[str, NotGiven] = NOT_GIVEN,
        single_select: Union[bool, NotGiven] = NOT_GIVEN,
        required: Union[bool, NotGiven] = NOT_GIVEN,
        show_in_planner: Union[bool, NotGiven] = NOT_GIVEN,
        filterable_in_planner: Union[bool, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> CustomFieldSelect:
        """Create a select custom field

        Create a select custom field for people or projects (`model`). `required` and `showInPlanner` default to false, `filterableInPlanner` to true; `singleSelect` to false (a multi select).

        ``POST /custom-fields/select/``

        Args:
            options: The options to choose from, in order.
            single_select: Whether one option (true) or several may be chosen.
        """
        return cast(
            CustomFieldSelect,
            await self._client.request(
                Call(
                    method="POST",
                    path="/custom-fields/select/",
                    json={
                        "name": name,
                        "description": description,
                        "model": model,
                        "options": options,
                        "singleSelect": single_select,
                        "required": required,
                        "showInPlanner": show_in_planner,
                        "filterableInPlanner": filterable_in_planner,
                    },
                    content_type="application/json",
                    cast=CustomFieldSelect,
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
        select_field_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a select custom field

        Delete a select custom field (204).

        ``DELETE /custom-fields/select/{selectFieldId}``

        Args:
            select_field_id: The select custom field's id.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/custom-fields/select/{selectFieldId}",
                path_params={"selectFieldId": select_field_id},
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
        select_field_id: int,
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
    ) -> CustomFieldSelect:
        """Update a select custom field

        Update a select custom field. Only the properties passed in the request body are updated; omitted properties keep their current values. Its `model` cannot be changed and its options are changed through `/custom-fields/select/{selectFieldId}/options`.

        ``PATCH /custom-fields/select/{selectFieldId}``

        Args:
            select_field_id: The select custom field's id.
        """
        return cast(
            CustomFieldSelect,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/custom-fields/select/{selectFieldId}",
                    path_params={"selectFieldId": select_field_id},
                    json={
                        "name": name,
                        "description": description,
                        "required": required,
                        "showInPlanner": show_in_planner,
                        "filterableInPlanner": filterable_in_planner,
                    },
                    content_type="application/json",
                    cast=CustomFieldSelect,
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


class AsyncCustomFieldsSelectOptionsResource(AsyncResource):
    """Operations on custom_fields.select_options."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def create(
        self,
        select_field_id: int,
        *,
        name: str,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SelectOptionAnswer:
        """Create a select custom field option

        Add an option to a select custom field. The answer wraps the new option in `option`.

        ``POST /custom-fields/select/{selectFieldId}/options``

        Args:
            select_field_id: The select custom field's id.
            name: Display name for the select option.
        """
        return cast(
            SelectOptionAnswer,
            await self._client.request(
                Call(
                    method="POST",
                    path="/custom-fields/select/{selectFieldId}/options",
                    path_params={"selectFieldId": select_field_id},
                    json={"name": name},
                    content_type="application/json",
                    cast=SelectOptionAnswer,
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
        select_field_id: int,
        select_option_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a select custom field option

        Delete an option of a select custom field (204).

        ``DELETE /custom-fields/select/{selectFieldId}/options/{selectOptionId}``

        Args:
            select_field_id: The select custom field's id.
            select_option_id: The select option's id.
        """
        await self._client.request(
            Call(
                method="DELETE",
                path="/custom-fields/select/{selectFieldId}/options/{selectOptionId}",
                path_params={"selectFieldId": select_field_id, "selectOptionId": select_option_id},
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
        select_field_id: int,
        select_option_id: int,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SelectOptionAnswer:
        """Update a select custom field option

        Rename an option of a select custom field. The answer wraps the option in `option`.

        ``PATCH /custom-fields/select/{selectFieldId}/options/{selectOptionId}``

        Args:
            select_field_id: The select custom field's id.
            select_option_id: The select option's id.
            name: Display name for the select option.
        """
        return cast(
            SelectOptionAnswer,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/custom-fields/select/{selectFieldId}/options/{selectOptionId}",
                    path_params={
                        "selectFieldId": select_field_id,
                        "selectOptionId": select_option_id,
                    },
                    json={"name": name},
                    content_type="application/json",
                    cast=SelectOptionAnswer,
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
        self.date = AsyncCustomFieldsDateResource(client)
        self.text = AsyncCustomFieldsTextResource(client)
        self.select = AsyncCustomFieldsSelectResource(client)
        self.select_options = AsyncCustomFieldsSelectOptionsResource(client)
