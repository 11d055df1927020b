"""The RunCloud API clients."""

from __future__ import annotations

from typing import Mapping, Optional, Union

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_TIME, AsyncAPIClient, SyncAPIClient
from ._config import CONFIG
from ._types import NOT_GIVEN, NotGiven, Timeout
from .resources import (
    MetaResource,
    AsyncMetaResource,
    ServersResource,
    AsyncServersResource,
    SystemUsersResource,
    AsyncSystemUsersResource,
    DatabasesResource,
    AsyncDatabasesResource,
    DatabaseUsersResource,
    AsyncDatabaseUsersResource,
    SshKeysResource,
    AsyncSshKeysResource,
    ServicesResource,
    AsyncServicesResource,
    CronJobsResource,
    AsyncCronJobsResource,
    SupervisorsResource,
    AsyncSupervisorsResource,
    FirewallRulesResource,
    AsyncFirewallRulesResource,
    Fail2banResource,
    AsyncFail2banResource,
    WebAppsResource,
    AsyncWebAppsResource,
    StaticDataResource,
    AsyncStaticDataResource,
    ExternalApiKeysResource,
    AsyncExternalApiKeysResource,
)

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
            ``https://manage.runcloud.io/api/v2``. Plain ``http://`` is only accepted when given here.
        timeout: seconds, an ``httpx.Timeout``, or ``None`` for no timeout (default 60 s).
        max_retries: retries after a 429, a 5xx or a connection error (default 2).
        max_retry_time: retries stop once this many seconds have passed (default 120).
        default_headers: headers sent with every request (they override the API's constant headers).
        throttle: wait before sending when the documented rate limit would be exceeded.
        http_client: an ``httpx.Client`` to send requests with.
        transport: an httpx transport for the client this one creates (e.g. the mock's).
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
        )
        self.meta = MetaResource(self)
        """Operations on meta."""
        self.servers = ServersResource(self)
        """Operations on servers."""
        self.system_users = SystemUsersResource(self)
        """Operations on system_users."""
        self.databases = DatabasesResource(self)
        """Operations on databases."""
        self.database_users = DatabaseUsersResource(self)
        """Operations on database_users."""
        self.ssh_keys = SshKeysResource(self)
        """Operations on ssh_keys."""
        self.services = ServicesResource(self)
        """Operations on services."""
        self.cron_jobs = CronJobsResource(self)
        """Operations on cron_jobs."""
        self.supervisors = SupervisorsResource(self)
        """Operations on supervisors."""
        self.firewall_rules = FirewallRulesResource(self)
        """Operations on firewall_rules."""
        self.fail2ban = Fail2banResource(self)
        """Operations on fail2ban."""
        self.web_apps = WebAppsResource(self)
        """Operations on web_apps."""
        self.static_data = StaticDataResource(self)
        """Operations on static_data."""
        self.external_api_keys = ExternalApiKeysResource(self)
        """Operations on external_api_keys."""


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
            ``https://manage.runcloud.io/api/v2``. Plain ``http://`` is only accepted when given here.
        timeout: seconds, an ``httpx.Timeout``, or ``None`` for no timeout (default 60 s).
        max_retries: retries after a 429, a 5xx or a connection error (default 2).
        max_retry_time: retries stop once this many seconds have passed (default 120).
        default_headers: headers sent with every request (they override the API's constant headers).
        throttle: wait before sending when the documented rate limit would be exceeded.
        http_client: an ``httpx.AsyncClient`` to send requests with.
        transport: an httpx transport for the client this one creates (e.g. the mock's).
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
        )
        self.meta = AsyncMetaResource(self)
        """Operations on meta."""
        self.servers = AsyncServersResource(self)
        """Operations on servers."""
        self.system_users = AsyncSystemUsersResource(self)
        """Operations on system_users."""
        self.databases = AsyncDatabasesResource(self)
        """Operations on databases."""
        self.database_users = AsyncDatabaseUsersResource(self)
        """Operations on database_users."""
        self.ssh_keys = AsyncSshKeysResource(self)
        """Operations on ssh_keys."""
        self.services = AsyncServicesResource(self)
        """Operations on services."""
        self.cron_jobs = AsyncCronJobsResource(self)
        """Operations on cron_jobs."""
        self.supervisors = AsyncSupervisorsResource(self)
        """Operations on supervisors."""
        self.firewall_rules = AsyncFirewallRulesResource(self)
        """Operations on firewall_rules."""
        self.fail2ban = AsyncFail2banResource(self)
        """Operations on fail2ban."""
        self.web_apps = AsyncWebAppsResource(self)
        """Operations on web_apps."""
        self.static_data = AsyncStaticDataResource(self)
        """Operations on static_data."""
        self.external_api_keys = AsyncExternalApiKeysResource(self)
        """Operations on external_api_keys."""
