"""Operations on runs.

``client.runs`` of the Rundun REST API, sync and async.
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

__all__ = ["RunsResource", "AsyncRunsResource"]


class RunsResource(SyncResource):
    """Operations on runs."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def create(
        self,
        *,
        template_id: str,
        webhook: Union[WebhookConfig, NotGiven] = NOT_GIVEN,
        expires_in_hours: Union[float, NotGiven] = NOT_GIVEN,
        executor_ref: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> RunCreated:
        """Dispatch a run

        Dispatch a new run of a template. The template is snapshotted at creation time:
        future edits to the template do not affect this run. The response carries the `link`
        to send to the executor (it opens the Rundun app if installed and shows an install
        prompt if not) and a stable `run_id`. Checks `runs_used_this_month` against the
        plan quota and answers 402 when it is exceeded. A 404 is listed for a `template_id`
        that does not exist in your organization (Inferred: the docs do not say whether an
        unknown template gives 404 or 422).

        ``POST /runs``

        Args:
            template_id: ID of the template to execute (`t-{uuid}`).
            expires_in_hours: Hours until the run link expires. Omit for no expiry.
            executor_ref: Your own correlation ref stored on the run (e.g. booking ID, customer ID); returned in webhooks.
        """
        return cast(
            RunCreated,
            self._client.request(
                Call(
                    method="POST",
                    path="/runs",
                    json={
                        "template_id": template_id,
                        "webhook": webhook,
                        "expires_in_hours": expires_in_hours,
                        "executor_ref": executor_ref,
                    },
                    content_type="application/json",
                    cast=RunCreated,
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
        run_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Run:
        """Retrieve a run

        Retrieve the full run document, including all answers, photo URLs, GPS coordinates,
        timestamps and executor identity. Answers 410 when the run has expired. The exact
        shape of the document is not documented; see the `Run` schema.

        ``GET /runs/{run_id}``

        Args:
            run_id: The run's stable identifier (`r-{uuid}`), as returned by `POST /v1/runs`.
        """
        return cast(
            Run,
            self._client.request(
                Call(
                    method="GET",
                    path="/runs/{run_id}",
                    path_params={"run_id": run_id},
                    cast=Run,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


class AsyncRunsResource(AsyncResource):
    """Operations on runs."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def create(
        self,
        *,
        template_id: str,
        webhook: Union[WebhookConfig, NotGiven] = NOT_GIVEN,
        expires_in_hours: Union[float, NotGiven] = NOT_GIVEN,
        executor_ref: Union[str, NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> RunCreated:
        """Dispatch a run

        Dispatch a new run of a template. The template is snapshotted at creation time:
        future edits to the template do not affect this run. The response carries the `link`
        to send to the executor (it opens the Rundun app if installed and shows an install
        prompt if not) and a stable `run_id`. Checks `runs_used_this_month` against the
        plan quota and answers 402 when it is exceeded. A 404 is listed for a `template_id`
        that does not exist in your organization (Inferred: the docs do not say whether an
        unknown template gives 404 or 422).

        ``POST /runs``

        Args:
            template_id: ID of the template to execute (`t-{uuid}`).
            expires_in_hours: Hours until the run link expires. Omit for no expiry.
            executor_ref: Your own correlation ref stored on the run (e.g. booking ID, customer ID); returned in webhooks.
        """
        return cast(
            RunCreated,
            await self._client.request(
                Call(
                    method="POST",
                    path="/runs",
                    json={
                        "template_id": template_id,
                        "webhook": webhook,
                        "expires_in_hours": expires_in_hours,
                        "executor_ref": executor_ref,
                    },
                    content_type="application/json",
                    cast=RunCreated,
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
        run_id: str,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Run:
        """Retrieve a run

        Retrieve the full run document, including all answers, photo URLs, GPS coordinates,
        timestamps and executor identity. Answers 410 when the run has expired. The exact
        shape of the document is not documented; see the `Run` schema.

        ``GET /runs/{run_id}``

        Args:
            run_id: The run's stable identifier (`r-{uuid}`), as returned by `POST /v1/runs`.
        """
        return cast(
            Run,
            await self._client.request(
                Call(
                    method="GET",
                    path="/runs/{run_id}",
                    path_params={"run_id": run_id},
                    cast=Run,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )
