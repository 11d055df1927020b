"""Resources of the RunCloud API: ``client.<resource>.<method>(...)``, one module each.

The client imports a resource's module the first time the resource is used.
"""

from .meta import AsyncMetaResource, MetaResource

from .servers import AsyncServersResource, ServersResource

from .system_users import AsyncSystemUsersResource, SystemUsersResource

from .databases import AsyncDatabasesResource, DatabasesResource

from .database_users import AsyncDatabaseUsersResource, DatabaseUsersResource

from .ssh_keys import AsyncSshKeysResource, SshKeysResource

from .services import AsyncServicesResource, ServicesResource

from .cron_jobs import AsyncCronJobsResource, CronJobsResource

from .supervisors import AsyncSupervisorsResource, SupervisorsResource

from .firewall_rules import AsyncFirewallRulesResource, FirewallRulesResource

from .fail2ban import AsyncFail2banResource, Fail2banResource

from .web_apps import AsyncWebAppsResource, WebAppsResource

from .static_data import AsyncStaticDataResource, StaticDataResource

from .external_api_keys import AsyncExternalApiKeysResource, ExternalApiKeysResource

__all__ = [
    "MetaResource",
    "AsyncMetaResource",
    "ServersResource",
    "AsyncServersResource",
    "SystemUsersResource",
    "AsyncSystemUsersResource",
    "DatabasesResource",
    "AsyncDatabasesResource",
    "DatabaseUsersResource",
    "AsyncDatabaseUsersResource",
    "SshKeysResource",
    "AsyncSshKeysResource",
    "ServicesResource",
    "AsyncServicesResource",
    "CronJobsResource",
    "AsyncCronJobsResource",
    "SupervisorsResource",
    "AsyncSupervisorsResource",
    "FirewallRulesResource",
    "AsyncFirewallRulesResource",
    "Fail2banResource",
    "AsyncFail2banResource",
    "WebAppsResource",
    "AsyncWebAppsResource",
    "StaticDataResource",
    "AsyncStaticDataResource",
    "ExternalApiKeysResource",
    "AsyncExternalApiKeysResource",
]
