"""The RunCloud API clients."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Mapping, Optional, Union

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._retries import DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_TIME
from ._config import CONFIG
from ._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:  # resources (and the models they use) load when first used
    from .resources.meta import AsyncMetaResource, MetaResource
    from .resources.servers import AsyncServersResource, ServersResource
    from .resources.system_users import AsyncSystemUsersResource, SystemUsersResource
    from .resources.databases import AsyncDatabasesResource, DatabasesResource
    from .resources.database_users import AsyncDatabaseUsersResource, DatabaseUsersResource
    from .resources.ssh_keys import AsyncSshKeysResource, SshKeysResource
    from .resources.services import AsyncServicesResource, ServicesResource
    from .resources.cron_jobs import AsyncCronJobsResource, CronJobsResource
    from .resources.supervisors import AsyncSupervisorsResource, SupervisorsResource
    from .resources.firewall_rules import AsyncFirewallRulesResource, FirewallRulesResource
    from .resources.fail2ban import AsyncFail2banResource, Fail2banResource
    from .resources.web_apps import AsyncWebAppsResource, WebAppsResource
    from .resources.static_data import AsyncStaticDataResource, StaticDataResource
    from .resources.external_api_keys import AsyncExternalApiKeysResource, ExternalApiKeysResource

__all__ = ["RunCloudClient", "AsyncRunCloudClient"]


class RunCloudClient(SyncAPIClient):
    """Client for the RunCloud API.

    Credentials come from the arguments or, when an argument is not passed, from the
    environment variables named below (read here, when the client is built):

    - basic: ``api_key`` (``$RUNCLOUD_API_KEY``) + ``api_secret`` (``$RUNCLOUD_API_SECRET``)
    - bearer: ``token`` (``$RUNCLOUD_API_TOKEN``)

    Args:
        api_key: basic credential; the API Key from Settings > API Key.
        api_secret: basic credential; the API Secret from Settings > API Key.
        token: bearer credential; a workspace API token from Workspace > Settings > API Keys.
        base_url: overrides the API's base URL (``$RUNCLOUD_BASE_URL``); the default is
            ``https://manage.runcloud.io/api/v2``. Plain ``http://`` is accepted for this machine only
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
        api_secret: Optional[str] = None,
        token: Optional[str] = None,
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
                "api_secret": api_secret,
                "token": token,
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
    def meta(self) -> MetaResource:
        """Operations on meta."""
        from .resources.meta import MetaResource

        return MetaResource(self)

    @cached_property
    def servers(self) -> ServersResource:
        """Operations on servers."""
        from .resources.servers import ServersResource

        return ServersResource(self)

    @cached_property
    def system_users(self) -> SystemUsersResource:
        """Operations on system_users."""
        from .resources.system_users import SystemUsersResource

        return SystemUsersResource(self)

    @cached_property
    def databases(self) -> DatabasesResource:
        """Operations on databases."""
        from .resources.databases import DatabasesResource

        return DatabasesResource(self)

    @cached_property
    def database_users(self) -> DatabaseUsersResource:
        """Operations on database_users."""
        from .resources.database_users import DatabaseUsersResource

        return DatabaseUsersResource(self)

    @cached_property
    def ssh_keys(self) -> SshKeysResource:
        """Operations on ssh_keys."""
        from .resources.ssh_keys import SshKeysResource

        return SshKeysResource(self)

    @cached_property
    def services(self) -> ServicesResource:
        """Operations on services."""
        from .resources.services import ServicesResource

        return ServicesResource(self)

    @cached_property
    def cron_jobs(self) -> CronJobsResource:
        """Operations on cron_jobs."""
        from .resources.cron_jobs import CronJobsResource

        return CronJobsResource(self)

    @cached_property
    def supervisors(self) -> SupervisorsResource:
        """Operations on supervisors."""
        from .resources.supervisors import SupervisorsResource

        return SupervisorsResource(self)

    @cached_property
    def firewall_rules(self) -> FirewallRulesResource:
        """Operations on firewall_rules."""
        from .resources.firewall_rules import FirewallRulesResource

        return FirewallRulesResource(self)

    @cached_property
    def fail2ban(self) -> Fail2banResource:
        """Operations on fail2ban."""
        from .resources.fail2ban import Fail2banResource

        return Fail2banResource(self)

    @cached_property
    def web_apps(self) -> WebAppsResource:
        """Operations on web_apps."""
        from .resources.web_apps import WebAppsResource

        return WebAppsResource(self)

    @cached_property
    def static_data(self) -> StaticDataResource:
        """Operations on static_data."""
        from .resources.static_data import StaticDataResource

        return StaticDataResource(self)

    @cached_property
    def external_api_keys(self) -> ExternalApiKeysResource:
        """Operations on external_api_keys."""
        from .resources.external_api_keys import ExternalApiKeysResource

        return ExternalApiKeysResource(self)


class AsyncRunCloudClient(AsyncAPIClient):
    """Asyncio client for the RunCloud API.

    Credentials come from the arguments or, when an argument is not passed, from the
    environment variables named below (read here, when the client is built):

    - basic: ``api_key`` (``$RUNCLOUD_API_KEY``) + ``api_secret`` (``$RUNCLOUD_API_SECRET``)
    - bearer: ``token`` (``$RUNCLOUD_API_TOKEN``)

    Args:
        api_key: basic credential; the API Key from Settings > API Key.
        api_secret: basic credential; the API Secret from Settings > API Key.
        token: bearer credential; a workspace API token from Workspace > Settings > API Keys.
        base_url: overrides the API's base URL (``$RUNCLOUD_BASE_URL``); the default is
            ``https://manage.runcloud.io/api/v2``. Plain ``http://`` is accepted for this machine only
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
        api_secret: Optional[str] = None,
        token: Optional[str] = None,
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
                "api_secret": api_secret,
                "token": token,
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
    def meta(self) -> AsyncMetaResource:
        """Operations on meta."""
        from .resources.meta import AsyncMetaResource

        return AsyncMetaResource(self)

    @cached_property
    def servers(self) -> AsyncServersResource:
        """Operations on servers."""
        from .resources.servers import AsyncServersResource

        return AsyncServersResource(self)

    @cached_property
    def system_users(self) -> AsyncSystemUsersResource:
        """Operations on system_users."""
        from .resources.system_users import AsyncSystemUsersResource

        return AsyncSystemUsersResource(self)

    @cached_property
    def databases(self) -> AsyncDatabasesResource:
        """Operations on databases."""
        from .resources.databases import AsyncDatabasesResource

        return AsyncDatabasesResource(self)

    @cached_property
    def database_users(self) -> AsyncDatabaseUsersResource:
        """Operations on database_users."""
        from .resources.database_users import AsyncDatabaseUsersResource

        return AsyncDatabaseUsersResource(self)

    @cached_property
    def ssh_keys(self) -> AsyncSshKeysResource:
        """Operations on ssh_keys."""
        from .resources.ssh_keys import AsyncSshKeysResource

        return AsyncSshKeysResource(self)

    @cached_property
    def services(self) -> AsyncServicesResource:
        """Operations on services."""
        from .resources.services import AsyncServicesResource

        return AsyncServicesResource(self)

    @cached_property
    def cron_jobs(self) -> AsyncCronJobsResource:
        """Operations on cron_jobs."""
        from .resources.cron_jobs import AsyncCronJobsResource

        return AsyncCronJobsResource(self)

    @cached_property
    def supervisors(self) -> AsyncSupervisorsResource:
        """Operations on supervisors."""
        from .resources.supervisors import AsyncSupervisorsResource

        return AsyncSupervisorsResource(self)

    @cached_property
    def firewall_rules(self) -> AsyncFirewallRulesResource:
        """Operations on firewall_rules."""
        from .resources.firewall_rules import AsyncFirewallRulesResource

        return AsyncFirewallRulesResource(self)

    @cached_property
    def fail2ban(self) -> AsyncFail2banResource:
        """Operations on fail2ban."""
        from .resources.fail2ban import AsyncFail2banResource

        return AsyncFail2banResource(self)

    @cached_property
    def web_apps(self) -> AsyncWebAppsResource:
        """Operations on web_apps."""
        from .resources.web_apps import AsyncWebAppsResource

        return AsyncWebAppsResource(self)

    @cached_property
    def static_data(self) -> AsyncStaticDataResource:
        """Operations on static_data."""
        from .resources.static_data import AsyncStaticDataResource

        return AsyncStaticDataResource(self)

    @cached_property
    def external_api_keys(self) -> AsyncExternalApiKeysResource:
        """Operations on external_api_keys."""
        from .resources.external_api_keys import AsyncExternalApiKeysResource

        return AsyncExternalApiKeysResource(self)
