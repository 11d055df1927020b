"""Operations on static_data.

``client.static_data`` of the RunCloud API, sync and async.
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

__all__ = ["StaticDataResource", "AsyncStaticDataResource"]


class StaticDataResource(SyncResource):
    """Operations on static_data."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)

    def list_database_collations(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedList:
        """List database collations

        Lists the collations a database can be created with. The item shape is not documented.

        ``GET /static/databases/collations``
        """
        return cast(
            UndocumentedList,
            self._client.request(
                Call(
                    method="GET",
                    path="/static/databases/collations",
                    cast=UndocumentedList,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def list_timezones(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedList:
        """List timezones

        Lists the timezones a web application can use. The item shape is not documented.

        ``GET /static/timezones``
        """
        return cast(
            UndocumentedList,
            self._client.request(
                Call(
                    method="GET",
                    path="/static/timezones",
                    cast=UndocumentedList,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    def list_script_installers(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedList:
        """List script installers

        Lists the PHP scripts the script installer can install. The item shape is not documented.

        ``GET /static/webapps/installers``
        """
        return cast(
            UndocumentedList,
            self._client.request(
                Call(
                    method="GET",
                    path="/static/webapps/installers",
                    cast=UndocumentedList,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )


class AsyncStaticDataResource(AsyncResource):
    """Operations on static_data."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)

    async def list_database_collations(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedList:
        """List database collations

        Lists the collations a database can be created with. The item shape is not documented.

        ``GET /static/databases/collations``
        """
        return cast(
            UndocumentedList,
            await self._client.request(
                Call(
                    method="GET",
                    path="/static/databases/collations",
                    cast=UndocumentedList,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def list_timezones(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedList:
        """List timezones

        Lists the timezones a web application can use. The item shape is not documented.

        ``GET /static/timezones``
        """
        return cast(
            UndocumentedList,
            await self._client.request(
                Call(
                    method="GET",
                    path="/static/timezones",
                    cast=UndocumentedList,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )

    async def list_script_installers(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> UndocumentedList:
        """List script installers

        Lists the PHP scripts the script installer can install. The item shape is not documented.

        ``GET /static/webapps/installers``
        """
        return cast(
            UndocumentedList,
            await self._client.request(
                Call(
                    method="GET",
                    path="/static/webapps/installers",
                    cast=UndocumentedList,
                    options=RequestOptions(
                        extra_headers=extra_headers,
                        extra_query=extra_query,
                        timeout=timeout,
                        max_retries=max_retries,
                    ),
                )
            ),
        )
