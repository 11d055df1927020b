"""Resources of the Runn API: ``client.<resource>.<method>(...)``, one module each.

The client imports a resource's module the first time the resource is used.
"""

from .me import AsyncMeResource, MeResource

from .custom_fields import AsyncCustomFieldsResource, CustomFieldsResource

from .activity_log import AsyncActivityLogResource, ActivityLogResource

from .people import AsyncPeopleResource, PeopleResource

from .people_tags import AsyncPeopleTagsResource, PeopleTagsResource

from .clients import AsyncClientsResource, ClientsResource

from .projects import AsyncProjectsResource, ProjectsResource

from .budget_roles import AsyncBudgetRolesResource, BudgetRolesResource

from .milestones import AsyncMilestonesResource, MilestonesResource

from .other_expenses import AsyncOtherExpensesResource, OtherExpensesResource

from .person_requests import AsyncPersonRequestsResource, PersonRequestsResource

from .phases import AsyncPhasesResource, PhasesResource

from .project_notes import AsyncProjectNotesResource, ProjectNotesResource

from .project_rates import AsyncProjectRatesResource, ProjectRatesResource

from .roles import AsyncRolesResource, RolesResource

from .teams import AsyncTeamsResource, TeamsResource

from .assignments import AsyncAssignmentsResource, AssignmentsResource

from .actuals import AsyncActualsResource, ActualsResource

from .time_offs import AsyncTimeOffsResource, TimeOffsResource

from .contracts import AsyncContractsResource, ContractsResource

from .skills import AsyncSkillsResource, SkillsResource

from .holiday_groups import AsyncHolidayGroupsResource, HolidayGroupsResource

from .invitations import AsyncInvitationsResource, InvitationsResource

from .legacy_ids import AsyncLegacyIdsResource, LegacyIdsResource

from .placeholders import AsyncPlaceholdersResource, PlaceholdersResource

from .project_members import AsyncProjectMembersResource, ProjectMembersResource

from .project_workstreams import AsyncProjectWorkstreamsResource, ProjectWorkstreamsResource

from .project_tags import AsyncProjectTagsResource, ProjectTagsResource

from .rate_cards import AsyncRateCardsResource, RateCardsResource

from .reports import AsyncReportsResource, ReportsResource

from .users import AsyncUsersResource, UsersResource

from .views import AsyncViewsResource, ViewsResource

from .workstreams import AsyncWorkstreamsResource, WorkstreamsResource

__all__ = [
    "MeResource",
    "AsyncMeResource",
    "CustomFieldsResource",
    "AsyncCustomFieldsResource",
    "ActivityLogResource",
    "AsyncActivityLogResource",
    "PeopleResource",
    "AsyncPeopleResource",
    "PeopleTagsResource",
    "AsyncPeopleTagsResource",
    "ClientsResource",
    "AsyncClientsResource",
    "ProjectsResource",
    "AsyncProjectsResource",
    "BudgetRolesResource",
    "AsyncBudgetRolesResource",
    "MilestonesResource",
    "AsyncMilestonesResource",
    "OtherExpensesResource",
    "AsyncOtherExpensesResource",
    "PersonRequestsResource",
    "AsyncPersonRequestsResource",
    "PhasesResource",
    "AsyncPhasesResource",
    "ProjectNotesResource",
    "AsyncProjectNotesResource",
    "ProjectRatesResource",
    "AsyncProjectRatesResource",
    "RolesResource",
    "AsyncRolesResource",
    "TeamsResource",
    "AsyncTeamsResource",
    "AssignmentsResource",
    "AsyncAssignmentsResource",
    "ActualsResource",
    "AsyncActualsResource",
    "TimeOffsResource",
    "AsyncTimeOffsResource",
    "ContractsResource",
    "AsyncContractsResource",
    "SkillsResource",
    "AsyncSkillsResource",
    "HolidayGroupsResource",
    "AsyncHolidayGroupsResource",
    "InvitationsResource",
    "AsyncInvitationsResource",
    "LegacyIdsResource",
    "AsyncLegacyIdsResource",
    "PlaceholdersResource",
    "AsyncPlaceholdersResource",
    "ProjectMembersResource",
    "AsyncProjectMembersResource",
    "ProjectWorkstreamsResource",
    "AsyncProjectWorkstreamsResource",
    "ProjectTagsResource",
    "AsyncProjectTagsResource",
    "RateCardsResource",
    "AsyncRateCardsResource",
    "ReportsResource",
    "AsyncReportsResource",
    "UsersResource",
    "AsyncUsersResource",
    "ViewsResource",
    "AsyncViewsResource",
    "WorkstreamsResource",
    "AsyncWorkstreamsResource",
]
