"""The Runsite Public API clients."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Mapping, Optional, Union

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._retries import DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_TIME
from ._config import CONFIG
from ._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:  # resources (and the models they use) load when first used
    from .resources.projects import AsyncProjectsResource, ProjectsResource
    from .resources.web_services import AsyncWebServicesResource, WebServicesResource
    from .resources.databases import AsyncDatabasesResource, DatabasesResource
    from .resources.plans import AsyncPlansResource, PlansResource
    from .resources.users import AsyncUsersResource, UsersResource
    from .resources.api_keys import AsyncApiKeysResource, ApiKeysResource

__all__ = ["RunsiteClient", "AsyncRunsiteClient"]


class RunsiteClient(SyncAPIClient):
    """Client for the Runsite Public API.

    Credentials come from the arguments or, when an argument is not passed, from the
    environment variables named below (read here, when the client is built):

    - bearer: ``api_key`` (``$RUNSITE_API_KEY``)
    - bearer: ``access_token`` (``$RUNSITE_ACCESS_TOKEN``)

    Args:
        api_key: bearer credential; ak_live_ followed by the key.
        access_token: bearer credential; a JWT (three base64url parts separated by dots).
        base_url: overrides the API's base URL (``$RUNSITE_BASE_URL``); the default is
            ``https://api.runsite.app``. Plain ``http://`` is accepted for this machine only
            (``localhost``, ``127.0.0.1``, ``::1``: e.g. the mock) unless ``allow_insecure_http``.
        timeout: seconds, an ``httpx.Timeout``, or ``None`` for no timeout (default 60 s).
        max_retries: retries after a 429, a 5xx or a connection error (default 2).
        max_retry_time: retries stop once this many seconds have passed (default 120).
        default_headers: headers sent with every request (they override the API's constant headers).
        throttle: wait before sending when the documented rate limit would be exceeded.
        http_client: an ``httpx.Client`` to send requests with.
        transport: an httpx transport for the client this one creates (e.g. the mock's).
        allow_insecure_http: accept a plain ``http://`` base URL (or redirect) to another host;
            credentials then cross the network unencrypted.
        max_response_size: the most bytes of a successful answer read; past it, reading stops
            with ``ResponseTooLargeError`` (default: no limit; error bodies keep 64 KiB at most).
    """

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        access_token: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_time: float = DEFAULT_MAX_RETRY_TIME,
        default_headers: Optional[Mapping[str, str]] = None,
        throttle: bool = False,
        http_client: Optional[httpx.Client] = None,
        transport: Optional[httpx.BaseTransport] = None,
        allow_insecure_http: bool = False,
        max_response_size: Optional[int] = None,
    ) -> None:
        super().__init__(
            config=CONFIG,
            credentials={
                "api_key": api_key,
                "access_token": access_token,
            },
            base_url=base_url,
            server_variables={},
            timeout=timeout,
            max_retries=max_retries,
            max_retry_time=max_retry_time,
            default_headers=default_headers,
            throttle=throttle,
            http_client=http_client,
            transport=transport,
            allow_insecure_http=allow_insecure_http,
            max_response_size=max_response_size,
        )

    @cached_property
    def projects(self) -> ProjectsResource:
        """Operations on projects."""
        from .resources.projects import ProjectsResource

        return ProjectsResource(self)

    @cached_property
    def web_services(self) -> WebServicesResource:
        """Operations on web_services."""
        from .resources.web_services import WebServicesResource

        return WebServicesResource(self)

    @cached_property
    def databases(self) -> DatabasesResource:
        """Operations on databases."""
        from .resources.databases import DatabasesResource

        return DatabasesResource(self)

    @cached_property
    def plans(self) -> PlansResource:
        """Operations on plans."""
        from .resources.plans import PlansResource

        return PlansResource(self)

    @cached_property
    def users(self) -> UsersResource:
        """Operations on users."""
        from .resources.users import UsersResource

        return UsersResource(self)

    @cached_property
    def api_keys(self) -> ApiKeysResource:
        """Operations on api_keys."""
        from .resources.api_keys import ApiKeysResource

        return ApiKeysResource(self)


class AsyncRunsiteClient(AsyncAPIClient):
    """Asyncio client for the Runsite Public API.

    Credentials come from the arguments or, when an argument is not passed, from the
    environment variables named below (read here, when the client is built):

    - bearer: ``api_key`` (``$RUNSITE_API_KEY``)
    - bearer: ``access_token`` (``$RUNSITE_ACCESS_TOKEN``)

    Args:
        api_key: bearer credential; ak_live_ followed by the key.
        access_token: bearer credential; a JWT (three base64url parts separated by dots).
        base_url: overrides the API's base URL (``$RUNSITE_BASE_URL``); the default is
            ``https://api.runsite.app``. Plain ``http://`` is accepted for this machine only
            (``localhost``, ``127.0.0.1``, ``::1``: e.g. the mock) unless ``allow_insecure_http``.
        timeout: seconds, an ``httpx.Timeout``, or ``None`` for no timeout (default 60 s).
        max_retries: retries after a 429, a 5xx or a connection error (default 2).
        max_retry_time: retries stop once this many seconds have passed (default 120).
        default_headers: headers sent with every request (they override the API's constant headers).
        throttle: wait before sending when the documented rate limit would be exceeded.
        http_client: an ``httpx.AsyncClient`` to send requests with.
        transport: an httpx transport for the client this one creates (e.g. the mock's).
        allow_insecure_http: accept a plain ``http://`` base URL (or redirect) to another host;
            credentials then cross the network unencrypted.
        max_response_size: the most bytes of a successful answer read; past it, reading stops
            with ``ResponseTooLargeError`` (default: no limit; error bodies keep 64 KiB at most).
    """

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        access_token: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_time: float = DEFAULT_MAX_RETRY_TIME,
        default_headers: Optional[Mapping[str, str]] = None,
        throttle: bool = False,
        http_client: Optional[httpx.AsyncClient] = None,
        transport: Optional[httpx.AsyncBaseTransport] = None,
        allow_insecure_http: bool = False,
        max_response_size: Optional[int] = None,
    ) -> None:
        super().__init__(
            config=CONFIG,
            credentials={
                "api_key": api_key,
                "access_token": access_token,
            },
            base_url=base_url,
            server_variables={},
            timeout=timeout,
            max_retries=max_retries,
            max_retry_time=max_retry_time,
            default_headers=default_headers,
            throttle=throttle,
            http_client=http_client,
            transport=transport,
            allow_insecure_http=allow_insecure_http,
            max_response_size=max_response_size,
        )

    @cached_property
    def projects(self) -> AsyncProjectsResource:
        """Operations on projects."""
        from .resources.projects import AsyncProjectsResource

        return AsyncProjectsResource(self)

    @cached_property
    def web_services(self) -> AsyncWebServicesResource:
        """Operations on web_services."""
        from .resources.web_services import AsyncWebServicesResource

        return AsyncWebServicesResource(self)

    @cached_property
    def databases(self) -> AsyncDatabasesResource:
        """Operations on databases."""
        from .resources.databases import AsyncDatabasesResource

        return AsyncDatabasesResource(self)

    @cached_property
    def plans(self) -> AsyncPlansResource:
        """Operations on plans."""
        from .resources.plans import AsyncPlansResource

        return AsyncPlansResource(self)

    @cached_property
    def users(self) -> AsyncUsersResource:
        """Operations on users."""
        from .resources.users import AsyncUsersResource

        return AsyncUsersResource(self)

    @cached_property
    def api_keys(self) -> AsyncApiKeysResource:
        """Operations on api_keys."""
        from .resources.api_keys import AsyncApiKeysResource

        return AsyncApiKeysResource(self)
