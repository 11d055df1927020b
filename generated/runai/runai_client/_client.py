"""The Run:ai REST API clients."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Mapping, Optional, Union

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._retries import DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_TIME
from ._config import CONFIG
from ._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:  # resources (and the models they use) load when first used
    from .resources.token import AsyncTokenResource, TokenResource
    from .resources.clusters import AsyncClustersResource, ClustersResource
    from .resources.legacy_clusters import AsyncLegacyClustersResource, LegacyClustersResource
    from .resources.projects import AsyncProjectsResource, ProjectsResource
    from .resources.departments import AsyncDepartmentsResource, DepartmentsResource
    from .resources.users import AsyncUsersResource, UsersResource
    from .resources.me import AsyncMeResource, MeResource
    from .resources.roles import AsyncRolesResource, RolesResource
    from .resources.access_rules import AsyncAccessRulesResource, AccessRulesResource

__all__ = ["RunaiClient", "AsyncRunaiClient"]


class RunaiClient(SyncAPIClient):
    """Client for the Run:ai REST API.

    Credentials come from the arguments or, when an argument is not passed, from the
    environment variables named below (read here, when the client is built):

    - oauth2_client_credentials: ``client_id`` (``$RUNAI_CLIENT_ID``) + ``client_secret`` (``$RUNAI_CLIENT_SECRET``)
    - bearer: ``token`` (``$RUNAI_API_TOKEN``)

    Args:
        client_id: oauth2_client_credentials credential.
        client_secret: oauth2_client_credentials credential.
        token: bearer credential.
        company: the ``{company}`` part of the base URL (``$RUNAI_COMPANY``). Your tenant name, as in <company>.run.ai. Older tenants use app.run.ai (the default). Self-hosted control planes use their own URL: pass a base URL instead.
        base_url: overrides the API's base URL (``$RUNAI_BASE_URL``); the default is
            ``https://{company}.run.ai``. Plain ``http://`` is accepted for this machine only
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
        client_id: Optional[str] = None,
        client_secret: Optional[str] = None,
        token: Optional[str] = None,
        company: Optional[str] = None,
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
                "client_id": client_id,
                "client_secret": client_secret,
                "token": token,
            },
            base_url=base_url,
            server_variables={
                "company": company,
            },
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
    def token(self) -> TokenResource:
        """Operations on token."""
        from .resources.token import TokenResource

        return TokenResource(self)

    @cached_property
    def clusters(self) -> ClustersResource:
        """Operations on clusters."""
        from .resources.clusters import ClustersResource

        return ClustersResource(self)

    @cached_property
    def legacy_clusters(self) -> LegacyClustersResource:
        """Operations on legacy_clusters."""
        from .resources.legacy_clusters import LegacyClustersResource

        return LegacyClustersResource(self)

    @cached_property
    def projects(self) -> ProjectsResource:
        """Operations on projects."""
        from .resources.projects import ProjectsResource

        return ProjectsResource(self)

    @cached_property
    def departments(self) -> DepartmentsResource:
        """Operations on departments."""
        from .resources.departments import DepartmentsResource

        return DepartmentsResource(self)

    @cached_property
    def users(self) -> UsersResource:
        """Operations on users."""
        from .resources.users import UsersResource

        return UsersResource(self)

    @cached_property
    def me(self) -> MeResource:
        """Operations on me."""
        from .resources.me import MeResource

        return MeResource(self)

    @cached_property
    def roles(self) -> RolesResource:
        """Operations on roles."""
        from .resources.roles import RolesResource

        return RolesResource(self)

    @cached_property
    def access_rules(self) -> AccessRulesResource:
        """Operations on access_rules."""
        from .resources.access_rules import AccessRulesResource

        return AccessRulesResource(self)


class AsyncRunaiClient(AsyncAPIClient):
    """Asyncio client for the Run:ai REST API.

    Credentials come from the arguments or, when an argument is not passed, from the
    environment variables named below (read here, when the client is built):

    - oauth2_client_credentials: ``client_id`` (``$RUNAI_CLIENT_ID``) + ``client_secret`` (``$RUNAI_CLIENT_SECRET``)
    - bearer: ``token`` (``$RUNAI_API_TOKEN``)

    Args:
        client_id: oauth2_client_credentials credential.
        client_secret: oauth2_client_credentials credential.
        token: bearer credential.
        company: the ``{company}`` part of the base URL (``$RUNAI_COMPANY``). Your tenant name, as in <company>.run.ai. Older tenants use app.run.ai (the default). Self-hosted control planes use their own URL: pass a base URL instead.
        base_url: overrides the API's base URL (``$RUNAI_BASE_URL``); the default is
            ``https://{company}.run.ai``. Plain ``http://`` is accepted for this machine only
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
        client_id: Optional[str] = None,
        client_secret: Optional[str] = None,
        token: Optional[str] = None,
        company: Optional[str] = None,
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
                "client_id": client_id,
                "client_secret": client_secret,
                "token": token,
            },
            base_url=base_url,
            server_variables={
                "company": company,
            },
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
    def token(self) -> AsyncTokenResource:
        """Operations on token."""
        from .resources.token import AsyncTokenResource

        return AsyncTokenResource(self)

    @cached_property
    def clusters(self) -> AsyncClustersResource:
        """Operations on clusters."""
        from .resources.clusters import AsyncClustersResource

        return AsyncClustersResource(self)

    @cached_property
    def legacy_clusters(self) -> AsyncLegacyClustersResource:
        """Operations on legacy_clusters."""
        from .resources.legacy_clusters import AsyncLegacyClustersResource

        return AsyncLegacyClustersResource(self)

    @cached_property
    def projects(self) -> AsyncProjectsResource:
        """Operations on projects."""
        from .resources.projects import AsyncProjectsResource

        return AsyncProjectsResource(self)

    @cached_property
    def departments(self) -> AsyncDepartmentsResource:
        """Operations on departments."""
        from .resources.departments import AsyncDepartmentsResource

        return AsyncDepartmentsResource(self)

    @cached_property
    def users(self) -> AsyncUsersResource:
        """Operations on users."""
        from .resources.users import AsyncUsersResource

        return AsyncUsersResource(self)

    @cached_property
    def me(self) -> AsyncMeResource:
        """Operations on me."""
        from .resources.me import AsyncMeResource

        return AsyncMeResource(self)

    @cached_property
    def roles(self) -> AsyncRolesResource:
        """Operations on roles."""
        from .resources.roles import AsyncRolesResource

        return AsyncRolesResource(self)

    @cached_property
    def access_rules(self) -> AsyncAccessRulesResource:
        """Operations on access_rules."""
        from .resources.access_rules import AsyncAccessRulesResource

        return AsyncAccessRulesResource(self)
