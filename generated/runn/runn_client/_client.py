"""The Runn API clients."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Mapping, Optional, Union

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._retries import DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_TIME
from ._config import CONFIG
from ._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:  # resources (and the models they use) load when first used
    from .resources.me import AsyncMeResource, MeResource
    from .resources.custom_fields import AsyncCustomFieldsResource, CustomFieldsResource
    from .resources.activity_log import AsyncActivityLogResource, ActivityLogResource
    from .resources.people import AsyncPeopleResource, PeopleResource
    from .resources.people_tags import AsyncPeopleTagsResource, PeopleTagsResource
    from .resources.clients import AsyncClientsResource, ClientsResource
    from .resources.projects import AsyncProjectsResource, ProjectsResource
    from .resources.budget_roles import AsyncBudgetRolesResource, BudgetRolesResource
    from .resources.milestones import AsyncMilestonesResource, MilestonesResource
    from .resources.other_expenses import AsyncOtherExpensesResource, OtherExpensesResource
    from .resources.person_requests import AsyncPersonRequestsResource, PersonRequestsResource
    from .resources.phases import AsyncPhasesResource, PhasesResource
    from .resources.project_notes import AsyncProjectNotesResource, ProjectNotesResource
    from .resources.project_rates import AsyncProjectRatesResource, ProjectRatesResource
    from .resources.roles import AsyncRolesResource, RolesResource
    from .resources.teams import AsyncTeamsResource, TeamsResource
    from .resources.assignments import AsyncAssignmentsResource, AssignmentsResource
    from .resources.actuals import AsyncActualsResource, ActualsResource
    from .resources.time_offs import AsyncTimeOffsResource, TimeOffsResource
    from .resources.contracts import AsyncContractsResource, ContractsResource
    from .resources.skills import AsyncSkillsResource, SkillsResource
    from .resources.holiday_groups import AsyncHolidayGroupsResource, HolidayGroupsResource
    from .resources.invitations import AsyncInvitationsResource, InvitationsResource
    from .resources.legacy_ids import AsyncLegacyIdsResource, LegacyIdsResource
    from .resources.placeholders import AsyncPlaceholdersResource, PlaceholdersResource
    from .resources.project_members import AsyncProjectMembersResource, ProjectMembersResource
    from .resources.project_workstreams import (
        AsyncProjectWorkstreamsResource,
        ProjectWorkstreamsResource,
    )
    from .resources.project_tags import AsyncProjectTagsResource, ProjectTagsResource
    from .resources.rate_cards import AsyncRateCardsResource, RateCardsResource
    from .resources.reports import AsyncReportsResource, ReportsResource
    from .resources.users import AsyncUsersResource, UsersResource
    from .resources.views import AsyncViewsResource, ViewsResource
    from .resources.workstreams import AsyncWorkstreamsResource, WorkstreamsResource

__all__ = ["RunnClient", "AsyncRunnClient"]


class RunnClient(SyncAPIClient):
    """Client for the Runn API.

    Credentials come from the arguments or, when an argument is not passed, from the
    environment variables named below (read here, when the client is built):

    - bearer: ``token`` (``$RUNN_API_TOKEN``)

    Args:
        token: bearer credential.
        base_url: overrides the API's base URL (``$RUNN_BASE_URL``); the default is
            ``https://api.runn.io``. The document also names
            ``https://api.us.runn.io`` (US Server).
            Plain ``http://`` is accepted for this machine only
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
    def me(self) -> MeResource:
        """Operations on me."""
        from .resources.me import MeResource

        return MeResource(self)

    @cached_property
    def custom_fields(self) -> CustomFieldsResource:
        """Operations on custom_fields."""
        from .resources.custom_fields import CustomFieldsResource

        return CustomFieldsResource(self)

    @cached_property
    def activity_log(self) -> ActivityLogResource:
        """Operations on activity_log."""
        from .resources.activity_log import ActivityLogResource

        return ActivityLogResource(self)

    @cached_property
    def people(self) -> PeopleResource:
        """Operations on people."""
        from .resources.people import PeopleResource

        return PeopleResource(self)

    @cached_property
    def people_tags(self) -> PeopleTagsResource:
        """Operations on people_tags."""
        from .resources.people_tags import PeopleTagsResource

        return PeopleTagsResource(self)

    @cached_property
    def clients(self) -> ClientsResource:
        """Operations on clients."""
        from .resources.clients import ClientsResource

        return ClientsResource(self)

    @cached_property
    def projects(self) -> ProjectsResource:
        """Operations on projects."""
        from .resources.projects import ProjectsResource

        return ProjectsResource(self)

    @cached_property
    def budget_roles(self) -> BudgetRolesResource:
        """Operations on budget_roles."""
        from .resources.budget_roles import BudgetRolesResource

        return BudgetRolesResource(self)

    @cached_property
    def milestones(self) -> MilestonesResource:
        """Operations on milestones."""
        from .resources.milestones import MilestonesResource

        return MilestonesResource(self)

    @cached_property
    def other_expenses(self) -> OtherExpensesResource:
        """Operations on other_expenses."""
        from .resources.other_expenses import OtherExpensesResource

        return OtherExpensesResource(self)

    @cached_property
    def person_requests(self) -> PersonRequestsResource:
        """Operations on person_requests."""
        from .resources.person_requests import PersonRequestsResource

        return PersonRequestsResource(self)

    @cached_property
    def phases(self) -> PhasesResource:
        """Operations on phases."""
        from .resources.phases import PhasesResource

        return PhasesResource(self)

    @cached_property
    def project_notes(self) -> ProjectNotesResource:
        """Operations on project_notes."""
        from .resources.project_notes import ProjectNotesResource

        return ProjectNotesResource(self)

    @cached_property
    def project_rates(self) -> ProjectRatesResource:
        """Operations on project_rates."""
        from .resources.project_rates import ProjectRatesResource

        return ProjectRatesResource(self)

    @cached_property
    def roles(self) -> RolesResource:
        """Operations on roles."""
        from .resources.roles import RolesResource

        return RolesResource(self)

    @cached_property
    def teams(self) -> TeamsResource:
        """Operations on teams."""
        from .resources.teams import TeamsResource

        return TeamsResource(self)

    @cached_property
    def assignments(self) -> AssignmentsResource:
        """Operations on assignments."""
        from .resources.assignments import AssignmentsResource

        return AssignmentsResource(self)

    @cached_property
    def actuals(self) -> ActualsResource:
        """Operations on actuals."""
        from .resources.actuals import ActualsResource

        return ActualsResource(self)

    @cached_property
    def time_offs(self) -> TimeOffsResource:
        """Operations on time_offs."""
        from .resources.time_offs import TimeOffsResource

        return TimeOffsResource(self)

    @cached_property
    def contracts(self) -> ContractsResource:
        """Operations on contracts."""
        from .resources.contracts import ContractsResource

        return ContractsResource(self)

    @cached_property
    def skills(self) -> SkillsResource:
        """Operations on skills."""
        from .resources.skills import SkillsResource

        return SkillsResource(self)

    @cached_property
    def holiday_groups(self) -> HolidayGroupsResource:
        """Operations on holiday_groups."""
        from .resources.holiday_groups import HolidayGroupsResource

        return HolidayGroupsResource(self)

    @cached_property
    def invitations(self) -> InvitationsResource:
        """Operations on invitations."""
        from .resources.invitations import InvitationsResource

        return InvitationsResource(self)

    @cached_property
    def legacy_ids(self) -> LegacyIdsResource:
        """Operations on legacy_ids."""
        from .resources.legacy_ids import LegacyIdsResource

        return LegacyIdsResource(self)

    @cached_property
    def placeholders(self) -> PlaceholdersResource:
        """Operations on placeholders."""
        from .resources.placeholders import PlaceholdersResource

        return PlaceholdersResource(self)

    @cached_property
    def project_members(self) -> ProjectMembersResource:
        """Operations on project_members."""
        from .resources.project_members import ProjectMembersResource

        return ProjectMembersResource(self)

    @cached_property
    def project_workstreams(self) -> ProjectWorkstreamsResource:
        """Operations on project_workstreams."""
        from .resources.project_workstreams import ProjectWorkstreamsResource

        return ProjectWorkstreamsResource(self)

    @cached_property
    def project_tags(self) -> ProjectTagsResource:
        """Operations on project_tags."""
        from .resources.project_tags import ProjectTagsResource

        return ProjectTagsResource(self)

    @cached_property
    def rate_cards(self) -> RateCardsResource:
        """Operations on rate_cards."""
        from .resources.rate_cards import RateCardsResource

        return RateCardsResource(self)

    @cached_property
    def reports(self) -> ReportsResource:
        """Operations on reports."""
        from .resources.reports import ReportsResource

        return ReportsResource(self)

    @cached_property
    def users(self) -> UsersResource:
        """Operations on users."""
        from .resources.users import UsersResource

        return UsersResource(self)

    @cached_property
    def views(self) -> ViewsResource:
        """Operations on views."""
        from .resources.views import ViewsResource

        return ViewsResource(self)

    @cached_property
    def workstreams(self) -> WorkstreamsResource:
        """Operations on workstreams."""
        from .resources.workstreams import WorkstreamsResource

        return WorkstreamsResource(self)


class AsyncRunnClient(AsyncAPIClient):
    """Asyncio client for the Runn API.

    Credentials come from the arguments or, when an argument is not passed, from the
    environment variables named below (read here, when the client is built):

    - bearer: ``token`` (``$RUNN_API_TOKEN``)

    Args:
        token: bearer credential.
        base_url: overrides the API's base URL (``$RUNN_BASE_URL``); the default is
            ``https://api.runn.io``. The document also names
            ``https://api.us.runn.io`` (US Server).
            Plain ``http://`` is accepted for this machine only
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
    def me(self) -> AsyncMeResource:
        """Operations on me."""
        from .resources.me import AsyncMeResource

        return AsyncMeResource(self)

    @cached_property
    def custom_fields(self) -> AsyncCustomFieldsResource:
        """Operations on custom_fields."""
        from .resources.custom_fields import AsyncCustomFieldsResource

        return AsyncCustomFieldsResource(self)

    @cached_property
    def activity_log(self) -> AsyncActivityLogResource:
        """Operations on activity_log."""
        from .resources.activity_log import AsyncActivityLogResource

        return AsyncActivityLogResource(self)

    @cached_property
    def people(self) -> AsyncPeopleResource:
        """Operations on people."""
        from .resources.people import AsyncPeopleResource

        return AsyncPeopleResource(self)

    @cached_property
    def people_tags(self) -> AsyncPeopleTagsResource:
        """Operations on people_tags."""
        from .resources.people_tags import AsyncPeopleTagsResource

        return AsyncPeopleTagsResource(self)

    @cached_property
    def clients(self) -> AsyncClientsResource:
        """Operations on clients."""
        from .resources.clients import AsyncClientsResource

        return AsyncClientsResource(self)

    @cached_property
    def projects(self) -> AsyncProjectsResource:
        """Operations on projects."""
        from .resources.projects import AsyncProjectsResource

        return AsyncProjectsResource(self)

    @cached_property
    def budget_roles(self) -> AsyncBudgetRolesResource:
        """Operations on budget_roles."""
        from .resources.budget_roles import AsyncBudgetRolesResource

        return AsyncBudgetRolesResource(self)

    @cached_property
    def milestones(self) -> AsyncMilestonesResource:
        """Operations on milestones."""
        from .resources.milestones import AsyncMilestonesResource

        return AsyncMilestonesResource(self)

    @cached_property
    def other_expenses(self) -> AsyncOtherExpensesResource:
        """Operations on other_expenses."""
        from .resources.other_expenses import AsyncOtherExpensesResource

        return AsyncOtherExpensesResource(self)

    @cached_property
    def person_requests(self) -> AsyncPersonRequestsResource:
        """Operations on person_requests."""
        from .resources.person_requests import AsyncPersonRequestsResource

        return AsyncPersonRequestsResource(self)

    @cached_property
    def phases(self) -> AsyncPhasesResource:
        """Operations on phases."""
        from .resources.phases import AsyncPhasesResource

        return AsyncPhasesResource(self)

    @cached_property
    def project_notes(self) -> AsyncProjectNotesResource:
        """Operations on project_notes."""
        from .resources.project_notes import AsyncProjectNotesResource

        return AsyncProjectNotesResource(self)

    @cached_property
    def project_rates(self) -> AsyncProjectRatesResource:
        """Operations on project_rates."""
        from .resources.project_rates import AsyncProjectRatesResource

        return AsyncProjectRatesResource(self)

    @cached_property
    def roles(self) -> AsyncRolesResource:
        """Operations on roles."""
        from .resources.roles import AsyncRolesResource

        return AsyncRolesResource(self)

    @cached_property
    def teams(self) -> AsyncTeamsResource:
        """Operations on teams."""
        from .resources.teams import AsyncTeamsResource

        return AsyncTeamsResource(self)

    @cached_property
    def assignments(self) -> AsyncAssignmentsResource:
        """Operations on assignments."""
        from .resources.assignments import AsyncAssignmentsResource

        return AsyncAssignmentsResource(self)

    @cached_property
    def actuals(self) -> AsyncActualsResource:
        """Operations on actuals."""
        from .resources.actuals import AsyncActualsResource

        return AsyncActualsResource(self)

    @cached_property
    def time_offs(self) -> AsyncTimeOffsResource:
        """Operations on time_offs."""
        from .resources.time_offs import AsyncTimeOffsResource

        return AsyncTimeOffsResource(self)

    @cached_property
    def contracts(self) -> AsyncContractsResource:
        """Operations on contracts."""
        from .resources.contracts import AsyncContractsResource

        return AsyncContractsResource(self)

    @cached_property
    def skills(self) -> AsyncSkillsResource:
        """Operations on skills."""
        from .resources.skills import AsyncSkillsResource

        return AsyncSkillsResource(self)

    @cached_property
    def holiday_groups(self) -> AsyncHolidayGroupsResource:
        """Operations on holiday_groups."""
        from .resources.holiday_groups import AsyncHolidayGroupsResource

        return AsyncHolidayGroupsResource(self)

    @cached_property
    def invitations(self) -> AsyncInvitationsResource:
        """Operations on invitations."""
        from .resources.invitations import AsyncInvitationsResource

        return AsyncInvitationsResource(self)

    @cached_property
    def legacy_ids(self) -> AsyncLegacyIdsResource:
        """Operations on legacy_ids."""
        from .resources.legacy_ids import AsyncLegacyIdsResource

        return AsyncLegacyIdsResource(self)

    @cached_property
    def placeholders(self) -> AsyncPlaceholdersResource:
        """Operations on placeholders."""
        from .resources.placeholders import AsyncPlaceholdersResource

        return AsyncPlaceholdersResource(self)

    @cached_property
    def project_members(self) -> AsyncProjectMembersResource:
        """Operations on project_members."""
        from .resources.project_members import AsyncProjectMembersResource

        return AsyncProjectMembersResource(self)

    @cached_property
    def project_workstreams(self) -> AsyncProjectWorkstreamsResource:
        """Operations on project_workstreams."""
        from .resources.project_workstreams import AsyncProjectWorkstreamsResource

        return AsyncProjectWorkstreamsResource(self)

    @cached_property
    def project_tags(self) -> AsyncProjectTagsResource:
        """Operations on project_tags."""
        from .resources.project_tags import AsyncProjectTagsResource

        return AsyncProjectTagsResource(self)

    @cached_property
    def rate_cards(self) -> AsyncRateCardsResource:
        """Operations on rate_cards."""
        from .resources.rate_cards import AsyncRateCardsResource

        return AsyncRateCardsResource(self)

    @cached_property
    def reports(self) -> AsyncReportsResource:
        """Operations on reports."""
        from .resources.reports import AsyncReportsResource

        return AsyncReportsResource(self)

    @cached_property
    def users(self) -> AsyncUsersResource:
        """Operations on users."""
        from .resources.users import AsyncUsersResource

        return AsyncUsersResource(self)

    @cached_property
    def views(self) -> AsyncViewsResource:
        """Operations on views."""
        from .resources.views import AsyncViewsResource

        return AsyncViewsResource(self)

    @cached_property
    def workstreams(self) -> AsyncWorkstreamsResource:
        """Operations on workstreams."""
        from .resources.workstreams import AsyncWorkstreamsResource

        return AsyncWorkstreamsResource(self)
