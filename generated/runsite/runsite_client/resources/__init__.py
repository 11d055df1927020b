"""Resources of the Runsite Public API: ``client.<resource>.<method>(...)``, one module each.

The client imports a resource's module the first time the resource is used.
"""

from .projects import AsyncProjectsResource, ProjectsResource

from .web_services import AsyncWebServicesResource, WebServicesResource

from .databases import AsyncDatabasesResource, DatabasesResource

from .plans import AsyncPlansResource, PlansResource

from .users import AsyncUsersResource, UsersResource

from .api_keys import AsyncApiKeysResource, ApiKeysResource

__all__ = [
    "ProjectsResource",
    "AsyncProjectsResource",
    "WebServicesResource",
    "AsyncWebServicesResource",
    "DatabasesResource",
    "AsyncDatabasesResource",
    "PlansResource",
    "AsyncPlansResource",
    "UsersResource",
    "AsyncUsersResource",
    "ApiKeysResource",
    "AsyncApiKeysResource",
]
