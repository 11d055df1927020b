"""Resources of the Run:ai REST API: ``client.<resource>.<method>(...)``, one module each.

The client imports a resource's module the first time the resource is used.
"""

from .token import AsyncTokenResource, TokenResource

from .clusters import AsyncClustersResource, ClustersResource

from .legacy_clusters import AsyncLegacyClustersResource, LegacyClustersResource

from .projects import AsyncProjectsResource, ProjectsResource

from .departments import AsyncDepartmentsResource, DepartmentsResource

from .users import AsyncUsersResource, UsersResource

from .me import AsyncMeResource, MeResource

from .roles import AsyncRolesResource, RolesResource

from .access_rules import AsyncAccessRulesResource, AccessRulesResource

__all__ = [
    "TokenResource",
    "AsyncTokenResource",
    "ClustersResource",
    "AsyncClustersResource",
    "LegacyClustersResource",
    "AsyncLegacyClustersResource",
    "ProjectsResource",
    "AsyncProjectsResource",
    "DepartmentsResource",
    "AsyncDepartmentsResource",
    "UsersResource",
    "AsyncUsersResource",
    "MeResource",
    "AsyncMeResource",
    "RolesResource",
    "AsyncRolesResource",
    "AccessRulesResource",
    "AsyncAccessRulesResource",
]
