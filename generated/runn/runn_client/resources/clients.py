"""Operations on clients.

``client.clients`` of the Runn API, sync and async.
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

__all__ = ["ClientsResource", "AsyncClientsResource"]


class ClientsProjectsResource(SyncResource):
    """Operations on clients.projects."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        client_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        include_archived: Optional[bool] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Project]:
        """List a client's projects

        List the projects of one client. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /clients/{clientId}/projects/``

        Args:
            client_id: The client's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            include_archived: Also return archived projects. Default False.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/clients/{clientId}/projects/",
                path_params={"clientId": client_id},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "includeArchived": include_archived,
                    "modifiedAfter": modified_after,
                },
                cast=ProjectList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Project,
            200,
        )


class ClientsResource(SyncResource):
    """Operations on clients."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.projects = ClientsProjectsResource(client)

    def list(
        self,
        *,
        name: Optional[str] = None,
        sort_by: Optional[Literal["id", "createdAt", "updatedAt"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPager[Client]:
        """List clients

        Get all clients in the account, paginated (default 50, maximum 200 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /clients/``

        Args:
            name: If provided, will only return clients with a name that is a substring of this value (case-insensitive).
            sort_by: Field to sort by: id, createdAt or updatedAt Default "id".
            order: Sort order: asc or desc Default "asc".
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return SyncPager(
            self._client,
            Call(
                method="GET",
                path="/clients/",
                query={
                    "name": name,
                    "sortBy": sort_by,
                    "order": order,
                    "cursor": cursor,
                    "limit": limit,
                    "modifiedAfter": modified_after,
                },
                cast=ClientList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Client,
            200,
        )

    def create(
        self,
        *,
        name: str,
        website: Union[str, NotGiven] = NOT_GIVEN,
        references: Union[List[Reference], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Client:
        """Create a client

        Create a client. Properties may be left out unless they are required.

        ``POST /clients/``

        Args:
            website: The client's website (a URL).
        """
        return cast(
            Client,
            self._client.request(
                Call(
                    method="POST",
                    path="/clients/",
                    json={"name": name, "website": website, "references": references},
                    content_type="application/json",
                    cast=Client,
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

    def create_bulk(
        self,
        *,
        clients: List[ClientInput],
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[Client]:
        """Create clients in bulk

        Create up to 100 'clients' in a single API call. [Learn more](https://developer.runn.io/docs/clients-notes).

        ``POST /clients/bulk/``
        """
        return cast(
            List[Client],
            self._client.request(
                Call(
                    method="POST",
                    path="/clients/bulk/",
                    json={"clients": clients},
                    content_type="application/json",
                    cast=List[Client],
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
        client_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Client:
        """Show a client

        Get one client.

        ``GET /clients/{clientId}``

        Args:
            client_id: The client's id.
        """
        return cast(
            Client,
            self._client.request(
                Call(
                    method="GET",
                    path="/clients/{clientId}",
                    path_params={"clientId": client_id},
                    cast=Client,
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
        client_id: int,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        website: Union[Optional[str], NotGiven] = NOT_GIVEN,
        is_archived: Union[bool, NotGiven] = NOT_GIVEN,
        references: Union[List[Reference], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Client:
        """Update a client

        Update a client, e.g. `PATCH /clients/123` with `{"name": "My updated name"}`. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /clients/{clientId}``

        Args:
            client_id: The client's id.
            website: The client's website (a URL). Pass null or "" to unset it.
            references: Replaces the client's references; pass [] to remove them all.
        """
        return cast(
            Client,
            self._client.request(
                Call(
                    method="PATCH",
                    path="/clients/{clientId}",
                    path_params={"clientId": client_id},
                    json={
                        "name": name,
                        "website": website,
                        "isArchived": is_archived,
                        "references": references,
                    },
                    content_type="application/json",
                    cast=Client,
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


class AsyncClientsProjectsResource(AsyncResource):
    """Operations on clients.projects."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    def list(
        self,
        client_id: int,
        *,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        include_archived: Optional[bool] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Project]:
        """List a client's projects

        List the projects of one client. Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /clients/{clientId}/projects/``

        Args:
            client_id: The client's id.
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            include_archived: Also return archived projects. Default False.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/clients/{clientId}/projects/",
                path_params={"clientId": client_id},
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "includeArchived": include_archived,
                    "modifiedAfter": modified_after,
                },
                cast=ProjectList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Project,
            200,
        )


class AsyncClientsResource(AsyncResource):
    """Operations on clients."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.projects = AsyncClientsProjectsResource(client)

    def list(
        self,
        *,
        name: Optional[str] = None,
        sort_by: Optional[Literal["id", "createdAt", "updatedAt"]] = None,
        order: Optional[Literal["asc", "desc"]] = None,
        cursor: Optional[str] = None,
        limit: Optional[int] = None,
        modified_after: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPager[Client]:
        """List clients

        Get all clients in the account, paginated (default 50, maximum 200 per page). Paginated: pass the response's `nextCursor` as `cursor` to get the next page; `nextCursor` is null on the last page.

        ``GET /clients/``

        Args:
            name: If provided, will only return clients with a name that is a substring of this value (case-insensitive).
            sort_by: Field to sort by: id, createdAt or updatedAt Default "id".
            order: Sort order: asc or desc Default "asc".
            cursor: Cursor for paginated requests: the `nextCursor` of the previous page.
            limit: The number of results per page (default 50, maximum 200). Default 50. At most 200.
            modified_after: If provided, will only return objects modified after this timestamp. Format: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.
        """
        return AsyncPager(
            self._client,
            Call(
                method="GET",
                path="/clients/",
                query={
                    "name": name,
                    "sortBy": sort_by,
                    "order": order,
                    "cursor": cursor,
                    "limit": limit,
                    "modifiedAfter": modified_after,
                },
                cast=ClientList,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            ),
            PAGING["cursor"],
            Client,
            200,
        )

    async def create(
        self,
        *,
        name: str,
        website: Union[str, NotGiven] = NOT_GIVEN,
        references: Union[List[Reference], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Client:
        """Create a client

        Create a client. Properties may be left out unless they are required.

        ``POST /clients/``

        Args:
            website: The client's website (a URL).
        """
        return cast(
            Client,
            await self._client.request(
                Call(
                    method="POST",
                    path="/clients/",
                    json={"name": name, "website": website, "references": references},
                    content_type="application/json",
                    cast=Client,
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

    async def create_bulk(
        self,
        *,
        clients: List[ClientInput],
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> List[Client]:
        """Create clients in bulk

        Create up to 100 'clients' in a single API call. [Learn more](https://developer.runn.io/docs/clients-notes).

        ``POST /clients/bulk/``
        """
        return cast(
            List[Client],
            await self._client.request(
                Call(
                    method="POST",
                    path="/clients/bulk/",
                    json={"clients": clients},
                    content_type="application/json",
                    cast=List[Client],
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
        client_id: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Client:
        """Show a client

        Get one client.

        ``GET /clients/{clientId}``

        Args:
            client_id: The client's id.
        """
        return cast(
            Client,
            await self._client.request(
                Call(
                    method="GET",
                    path="/clients/{clientId}",
                    path_params={"clientId": client_id},
                    cast=Client,
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
        client_id: int,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        website: Union[Optional[str], NotGiven] = NOT_GIVEN,
        is_archived: Union[bool, NotGiven] = NOT_GIVEN,
        references: Union[List[Reference], NotGiven] = NOT_GIVEN,
        allow_retry: bool = False,
        idempotency_key: Optional[str] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Client:
        """Update a client

        Update a client, e.g. `PATCH /clients/123` with `{"name": "My updated name"}`. Only the properties passed in the request body are updated; omitted properties keep their current values. To explicitly unset a property, pass its "null" format (`null`, `""` or `[]`).

        ``PATCH /clients/{clientId}``

        Args:
            client_id: The client's id.
            website: The client's website (a URL). Pass null or "" to unset it.
            references: Replaces the client's references; pass [] to remove them all.
        """
        return cast(
            Client,
            await self._client.request(
                Call(
                    method="PATCH",
                    path="/clients/{clientId}",
                    path_params={"clientId": client_id},
                    json={
                        "name": name,
                        "website": website,
                        "isArchived": is_archived,
                        "references": references,
                    },
                    content_type="application/json",
                    cast=Client,
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
