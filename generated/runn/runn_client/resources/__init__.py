"""Resources of the Runn API: ``client.<resource>.<method>(...)``, one module each.

The client imports a resource's module the first time the resource is used.
"""

from .me import AsyncMeResource, MeResource

from .custom_fields import AsyncCustomFieldsResource, CustomFieldsResource

from .activity_log import AsyncActivityLogResource, ActivityLogResource

from .people import AsyncPeopleResource, PeopleResource

from .clients import AsyncClientsResource, ClientsResource

from .projects import AsyncProjectsResource, ProjectsResource

from .roles import AsyncRolesResource, RolesResource

from .teams import AsyncTeamsResource, TeamsResource

from .assignments import AsyncAssignmentsResource, AssignmentsResource

from .actuals import AsyncActualsResource, ActualsResource

from .time_offs import AsyncTimeOffsResource, TimeOffsResource

from .contracts import AsyncContractsResource, ContractsResource

from .skills import AsyncSkillsResource, SkillsResource

__all__ = [
    "MeResource",
    "AsyncMeResource",
    "CustomFieldsResource",
    "AsyncCustomFieldsResource",
    "ActivityLogResource",
    "AsyncActivityLogResource",
    "PeopleResource",
    "AsyncPeopleResource",
    "ClientsResource",
    "AsyncClientsResource",
    "ProjectsResource",
    "AsyncProjectsResource",
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
]
