"""Resources of the Rundun REST API: ``client.<resource>.<method>(...)``, one module each.

The client imports a resource's module the first time the resource is used.
"""

from .templates import AsyncTemplatesResource, TemplatesResource

from .runs import AsyncRunsResource, RunsResource

__all__ = [
    "TemplatesResource",
    "AsyncTemplatesResource",
    "RunsResource",
    "AsyncRunsResource",
]
