"""The Runn API clients."""

from __future__ import annotations

from typing import Mapping, Optional, Union

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_TIME, AsyncAPIClient, SyncAPIClient
from ._config import CONFIG
from ._types import NOT_GIVEN, NotGiven, Timeout
from .resources import (
    MeResource,
    AsyncMeResource,
    ActivityLogResource,
    AsyncActivityLogResource,
    PeopleResource,
    AsyncPeopleResource,
    ClientsResource,
    AsyncClientsResource,
    ProjectsResource,
    AsyncProjectsResource,
    RolesResource,
    AsyncRolesResource,
    TeamsResource,
    AsyncTeamsResource,
    AssignmentsResource,
    AsyncAssignmentsResource,
    ActualsResource,
    AsyncActualsResource,
    TimeOffsResource,
    AsyncTimeOffsResource,
    ContractsResource,
    AsyncContractsResource,
    SkillsResource,
    AsyncSkillsResource,
)

__all__ = ["RunnClient", "AsyncRunnClient"]


class RunnClient(SyncAPIClient):
    """Client for the Runn API.

    Credentials come from the arguments or, when an argument is not passed, from the
    environment variables named below (read here, when the client is built):

    - bearer: ``token`` (``$RUNN_API_TOKEN``)

    Args:
        token: bearer credential.
        base_url: overrides the API's base URL (``$RUNN_BASE_URL``); the default is
            ``https://api.runn.io``. Plain ``http://`` is only accepted when given here.
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
        self.me = MeResource(self)
        """Operations on me."""
        self.activity_log = ActivityLogResource(self)
        """Operations on activity_log."""
        self.people = PeopleResource(self)
        """Operations on people."""
        self.clients = ClientsResource(self)
        """Operations on clients."""
        self.projects = ProjectsResource(self)
        """Operations on projects."""
        self.roles = RolesResource(self)
        """Operations on roles."""
        self.teams = TeamsResource(self)
        """Operations on teams."""
        self.assignments = AssignmentsResource(self)
        """Operations on assignments."""
        self.actuals = ActualsResource(self)
        """Operations on actuals."""
        self.time_offs = TimeOffsResource(self)
        """Operations on time_offs."""
        self.contracts = ContractsResource(self)
        """Operations on contracts."""
        self.skills = SkillsResource(self)
        """Operations on skills."""


class AsyncRunnClient(AsyncAPIClient):
    """Asyncio client for the Runn API.

    Credentials come from the arguments or, when an argument is not passed, from the
    environment variables named below (read here, when the client is built):

    - bearer: ``token`` (``$RUNN_API_TOKEN``)

    Args:
        token: bearer credential.
        base_url: overrides the API's base URL (``$RUNN_BASE_URL``); the default is
            ``https://api.runn.io``. Plain ``http://`` is only accepted when given here.
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
        self.me = AsyncMeResource(self)
        """Operations on me."""
        self.activity_log = AsyncActivityLogResource(self)
        """Operations on activity_log."""
        self.people = AsyncPeopleResource(self)
        """Operations on people."""
        self.clients = AsyncClientsResource(self)
        """Operations on clients."""
        self.projects = AsyncProjectsResource(self)
        """Operations on projects."""
        self.roles = AsyncRolesResource(self)
        """Operations on roles."""
        self.teams = AsyncTeamsResource(self)
        """Operations on teams."""
        self.assignments = AsyncAssignmentsResource(self)
        """Operations on assignments."""
        self.actuals = AsyncActualsResource(self)
        """Operations on actuals."""
        self.time_offs = AsyncTimeOffsResource(self)
        """Operations on time_offs."""
        self.contracts = AsyncContractsResource(self)
        """Operations on contracts."""
        self.skills = AsyncSkillsResource(self)
        """Operations on skills."""
