"""Resources of the Runsite Public API: ``client.<resource>.<method>(...)``, one module each.

The client imports a resource's module the first time the resource is used.
"""

from .projects import AsyncProjectsResource, ProjectsResource

from .web_services import AsyncWebServicesResource, WebServicesResource

__all__ = [
    "ProjectsResource",
    "AsyncProjectsResource",
    "WebServicesResource",
    "AsyncWebServicesResource",
]
