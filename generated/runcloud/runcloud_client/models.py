"""Data models of the RunCloud API, generated from its OpenAPI document.

Field names are snake_case; each keeps the API's own spelling as its alias, so
``model_dump(by_alias=True)`` gives the JSON the API sends and accepts.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, ClassVar, Dict, List, Literal, Optional, Tuple, TypeAlias, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "Pong",
    "ServerList",
    "Server",
    "InstallationScript",
    "ServerStats",
    "HardwareInfo",
    "SshConfig",
    "SystemUserList",
    "SystemUser",
    "DatabaseList",
    "Database",
    "DatabaseUserList",
    "DatabaseUser",
    "SshKeyList",
    "SshKey",
    "ServiceList",
    "CronJobList",
    "CronJob",
    "SupervisorJobList",
    "SupervisorJob",
    "FirewallRuleList",
    "FirewallRule",
    "WebAppList",
    "WebApp",
    "LogList",
    "Log",
    "DomainList",
    "Domain",
    "Git",
    "Script",
    "Ssl",
    "ApiKeyList",
    "ApiKey",
    "Error",
    "Pagination",
    "PaginationMeta",
    "ServerInput",
    "ServerMetaInput",
    "ServerStatsCounts",
    "ServerGeoRecord",
    "PhpVersionInput",
    "SshConfigInput",
    "AutoupdateInput",
    "SystemUserInput",
    "PasswordInput",
    "DatabaseInput",
    "DatabaseDeleteInput",
    "DatabaseGrantInput",
    "DatabaseUserInput",
    "SshKeyInput",
    "Service",
    "ServiceActionInput",
    "UnblockIpInput",
    "CustomWebAppInput",
    "DomainInput",
    "GitCloneInput",
    "GitBranchInput",
    "GitScriptInput",
    "ScriptInstallInput",
    "ApiKeyInput",
    "ApiKeyUpdateInput",
    "PhpVersionList",
    "UndocumentedObject",
    "CronJobInput",
    "UndocumentedList",
    "SupervisorJobInput",
    "FirewallRuleInput",
    "FpmNginxSettingsInput",
    "SslInput",
]


class _Model(BaseModel):
    """Base of every model: accepts field names or API names, keeps unknown fields.

    Validators are built when a model is first used, not at import (``defer_build``), so
    importing the package stays fast however many models the API has.
    """

    model_config = ConfigDict(populate_by_name=True, extra="allow", defer_build=True)


class _UnknownVariant(_Model):
    """Base of a tagged union's fallback member: a variant whose tag the spec did not list.

    It refuses the tags the spec lists, so a known variant with a wrong shape is still an
    error instead of passing as unknown.
    """

    _tag: ClassVar[Tuple[str, str, Tuple[str, ...]]] = ("", "", ())

    @model_validator(mode="before")
    @classmethod
    def _unknown_tag_only(cls, data: Any) -> Any:
        wire, attribute, known = cls._tag
        value = (
            data.get(wire, data.get(attribute))
            if isinstance(data, dict)
            else getattr(data, attribute, None)
        )
        if value in known:
            raise ValueError(f"{wire}={value!r} names a known variant, which did not validate")
        return data


class Pong(_Model):
    """The answer to `/ping`."""

    message: Union[Literal["pong"], str]
    """Always `pong`."""


class ServerList(_Model):
    """A page of servers."""

    data: List[Server]
    """The items of this page."""

    meta: Optional[PaginationMeta] = Field(
        default=None,
    )


class Server(_Model):
    """A server connected to RunCloud. Keys mix camelCase and snake_case, as the API sends them (seen in an unofficial Raycast extension and the v2 SDK). Fields marked nullable may be null; which ones can be is not documented (Inferred)."""

    id: int
    """Server id."""

    name: str
    """Server name."""

    provider: Optional[str] = Field(
        default=None,
    )
    """Name of the hosting provider, as you entered it."""

    ip_address: str = Field(
        alias="ipAddress",
    )
    """Public IP address."""

    country_iso_code: Optional[str] = Field(
        default=None,
    )
    """ISO code of the country the server is in."""

    os: Optional[str] = Field(
        default=None,
    )
    """Operating system."""

    os_version: Optional[str] = Field(
        default=None,
        alias="osVersion",
    )
    """Operating system version."""

    connected: Optional[bool] = Field(
        default=None,
    )
    """Whether the RunCloud agent is installed and connected."""

    online: Optional[bool] = Field(
        default=None,
    )
    """Whether the server is online."""

    agent_version: Optional[str] = Field(
        default=None,
        alias="agentVersion",
    )
    """Version of the RunCloud agent."""

    php_cli_version: Optional[str] = Field(
        default=None,
        alias="phpCLIVersion",
    )
    """PHP version of the command line, e.g. `php73rc`."""

    software_update: Optional[bool] = Field(
        default=None,
        alias="softwareUpdate",
    )
    """Whether automatic software updates are on."""

    security_update: Optional[bool] = Field(
        default=None,
        alias="securityUpdate",
    )
    """Whether automatic security updates are on."""

    transfer_status: Optional[str] = Field(
        default=None,
        alias="transferStatus",
    )
    """Status of a server transfer between accounts, if any."""

    created_at: Optional[str] = Field(
        default=None,
    )
    """When it was created. Format `YYYY-MM-DD hh:mm:ss`, no time zone (not RFC 3339)."""


class InstallationScript(_Model):
    """The installer script of a server."""

    script: str
    """Shell commands to run as root on the server to install the RunCloud agent."""


class ServerStats(_Model):
    """Server stats. The fields below come from an unofficial TypeScript client, not from the official docs; other fields may appear."""

    stats: Optional[ServerStatsCounts] = Field(
        default=None,
    )

    geo_record: Optional[ServerGeoRecord] = Field(
        default=None,
        alias="geoRecord",
    )


class HardwareInfo(_Model):
    """Hardware information. The fields below come from an unofficial TypeScript client, not from the official docs; units are not documented and other fields may appear."""

    kernel_version: Optional[str] = Field(
        default=None,
        alias="kernelVersion",
    )
    """Linux kernel version."""

    processor_name: Optional[str] = Field(
        default=None,
        alias="processorName",
    )
    """CPU model."""

    total_cpu_core: Optional[int] = Field(
        default=None,
        alias="totalCPUCore",
    )
    """Number of CPU cores."""

    total_memory: Optional[float] = Field(
        default=None,
        alias="totalMemory",
    )
    """Total memory."""

    free_memory: Optional[float] = Field(
        default=None,
        alias="freeMemory",
    )
    """Free memory."""

    disk_total: Optional[float] = Field(
        default=None,
        alias="diskTotal",
    )
    """Total disk space."""

    disk_free: Optional[float] = Field(
        default=None,
        alias="diskFree",
    )
    """Free disk space."""

    load_avg: Optional[float] = Field(
        default=None,
        alias="loadAvg",
    )
    """Load average."""

    uptime: Optional[str] = Field(
        default=None,
    )
    """Uptime."""


class SshConfig(_Model):
    """The server's SSH daemon settings."""

    passwordless_login: Optional[bool] = Field(
        default=None,
        alias="passwordlessLogin",
    )
    """Allow only key-based (passwordless) login."""

    use_dns: Optional[bool] = Field(
        default=None,
        alias="useDns",
    )
    """SSH daemon `UseDNS`."""

    prevent_root_login: Optional[bool] = Field(
        default=None,
        alias="preventRootLogin",
    )
    """Refuse SSH logins as root."""


class SystemUserList(_Model):
    """A page of system users."""

    data: List[SystemUser]
    """The items of this page."""

    meta: Optional[PaginationMeta] = Field(
        default=None,
    )


class SystemUser(_Model):
    """A Linux system user on the server."""

    id: int
    """System user id."""

    username: str
    """User name."""

    deployment_key: Optional[str] = Field(
        default=None,
        alias="deploymentKey",
    )
    """Public Git deployment key; null until one is generated."""

    deleteable: Optional[bool] = Field(
        default=None,
    )
    """Whether the user can be deleted."""

    created_at: Optional[str] = Field(
        default=None,
    )
    """When it was created. Format `YYYY-MM-DD hh:mm:ss`, no time zone (not RFC 3339)."""


class DatabaseList(_Model):
    """A page of databases."""

    data: List[Database]
    """The items of this page."""

    meta: Optional[PaginationMeta] = Field(
        default=None,
    )


class Database(_Model):
    """A database."""

    id: int
    """Database id."""

    name: str
    """Database name."""

    collation: Optional[str] = Field(
        default=None,
    )
    """Collation; null when the default is used."""

    created_at: Optional[str] = Field(
        default=None,
    )
    """When it was created. Format `YYYY-MM-DD hh:mm:ss`, no time zone (not RFC 3339)."""


class DatabaseUserList(_Model):
    """A page of database users."""

    data: List[DatabaseUser]
    """The items of this page."""

    meta: Optional[PaginationMeta] = Field(
        default=None,
    )


class DatabaseUser(_Model):
    """A database user. Fields from the v2 SDK; `created_at` assumed snake_case like every seen object."""

    id: int
    """Database user id."""

    username: str
    """User name."""

    created_at: Optional[str] = Field(
        default=None,
    )
    """When it was created. Format `YYYY-MM-DD hh:mm:ss`, no time zone (not RFC 3339)."""


class SshKeyList(_Model):
    """A page of SSH keys."""

    data: List[SshKey]
    """The items of this page."""

    meta: Optional[PaginationMeta] = Field(
        default=None,
    )


class SshKey(_Model):
    """An SSH public key added for a system user."""

    id: int
    """SSH key id."""

    label: str
    """Label of the credential."""

    user_id: Optional[int] = Field(
        default=None,
    )
    """Id of the system user the key belongs to."""

    public_key: str = Field(
        alias="publicKey",
    )
    """The SSH key string."""

    created_at: Optional[str] = Field(
        default=None,
    )
    """When it was created. Format `YYYY-MM-DD hh:mm:ss`, no time zone (not RFC 3339)."""


class ServiceList(_Model):
    """The services of a server. The envelope is Inferred (an old-API wrapper reads `data`)."""

    data: Optional[List[Service]] = Field(
        default=None,
    )
    """The services."""


class CronJobList(_Model):
    """A page of cron jobs."""

    data: List[CronJob]
    """The items of this page."""

    meta: Optional[PaginationMeta] = Field(
        default=None,
    )


class CronJob(_Model):
    """A cron job. Fields from the v2 SDK."""

    id: int
    """Cron job id."""

    label: Optional[str] = Field(
        default=None,
    )
    """Label."""

    username: Optional[str] = Field(
        default=None,
    )
    """System user the job runs as."""

    time: Optional[str] = Field(
        default=None,
    )
    """Schedule in crontab syntax."""

    command: Optional[str] = Field(
        default=None,
    )
    """Command to run."""

    created_at: Optional[str] = Field(
        default=None,
    )
    """When it was created. Format `YYYY-MM-DD hh:mm:ss`, no time zone (not RFC 3339)."""


class SupervisorJobList(_Model):
    """A page of Supervisor jobs."""

    data: List[SupervisorJob]
    """The items of this page."""

    meta: Optional[PaginationMeta] = Field(
        default=None,
    )


class SupervisorJob(_Model):
    """A Supervisor job. Fields from the v2 SDK."""

    id: int
    """Supervisor job id."""

    label: Optional[str] = Field(
        default=None,
    )
    """Label."""

    username: Optional[str] = Field(
        default=None,
    )
    """System user the job runs as."""

    numprocs: Optional[int] = Field(
        default=None,
    )
    """Number of processes."""

    auto_start: Optional[bool] = Field(
        default=None,
        alias="autoStart",
    )
    """Start with Supervisor."""

    auto_restart: Optional[bool] = Field(
        default=None,
        alias="autoRestart",
    )
    """Restart when it exits."""

    directory: Optional[str] = Field(
        default=None,
    )
    """Working directory."""

    command: Optional[str] = Field(
        default=None,
    )
    """Command to run."""

    created_at: Optional[str] = Field(
        default=None,
    )
    """When it was created. Format `YYYY-MM-DD hh:mm:ss`, no time zone (not RFC 3339)."""


class FirewallRuleList(_Model):
    """A page of firewall rules."""

    data: List[FirewallRule]
    """The items of this page."""

    meta: Optional[PaginationMeta] = Field(
        default=None,
    )


class FirewallRule(_Model):
    """A firewall rule. Fields from the v2 SDK; value sets are not documented."""

    id: int
    """Rule id."""

    type: Optional[str] = Field(
        default=None,
    )
    """Kind of rule (an unofficial client names port rules and IP rules)."""

    port: Optional[str] = Field(
        default=None,
    )
    """Port or port range."""

    protocol: Optional[str] = Field(
        default=None,
    )
    """Protocol."""

    ip_address: Optional[str] = Field(
        default=None,
        alias="ipAddress",
    )
    """IP address the rule applies to."""

    firewall_action: Optional[str] = Field(
        default=None,
        alias="firewallAction",
    )
    """What the rule does with matching traffic."""

    created_at: Optional[str] = Field(
        default=None,
    )
    """When it was created. Format `YYYY-MM-DD hh:mm:ss`, no time zone (not RFC 3339)."""


class WebAppList(_Model):
    """A page of web applications."""

    data: List[WebApp]
    """The items of this page."""

    meta: Optional[PaginationMeta] = Field(
        default=None,
    )


class WebApp(_Model):
    """A web application. Keys seen in an unofficial Raycast extension; the SDK also names fields such as the system user's name, a humanized stack, a restoration status and an update time, whose wire spelling is not known, so other properties may appear."""

    id: int
    """Web application id."""

    server_user_id: Optional[int] = Field(
        default=None,
    )
    """Id of the system user that owns it."""

    name: str
    """Name."""

    root_path: Optional[str] = Field(
        default=None,
        alias="rootPath",
    )
    """Root directory on the server."""

    public_path: Optional[str] = Field(
        default=None,
        alias="publicPath",
    )
    """Public directory; null when it is the root."""

    php_version: Optional[str] = Field(
        default=None,
        alias="phpVersion",
    )
    """PHP version, e.g. `php73rc`."""

    stack: Optional[str] = Field(
        default=None,
    )
    """Web stack, e.g. `nativenginx` or `hybrid`."""

    stack_mode: Optional[str] = Field(
        default=None,
        alias="stackMode",
    )
    """Stack mode, e.g. `production`."""

    type: Optional[str] = Field(
        default=None,
    )
    """Kind of application."""

    default_app: Optional[bool] = Field(
        default=None,
        alias="defaultApp",
    )
    """Whether it is the server's default application."""

    alias: Optional[str] = Field(
        default=None,
    )
    """Alias."""

    pull_key1: Optional[str] = Field(
        default=None,
        alias="pullKey1",
    )
    """First key of the Git webhook (pull) URL."""

    pull_key2: Optional[str] = Field(
        default=None,
        alias="pullKey2",
    )
    """Second key of the Git webhook (pull) URL."""

    created_at: Optional[str] = Field(
        default=None,
    )
    """When it was created. Format `YYYY-MM-DD hh:mm:ss`, no time zone (not RFC 3339)."""


class LogList(_Model):
    """A page of log entries."""

    data: List[Log]
    """The items of this page."""

    meta: Optional[PaginationMeta] = Field(
        default=None,
    )


class Log(_Model):
    """An entry of a web application's event log. Fields from the v2 SDK."""

    kind: Optional[str] = Field(
        default=None,
    )
    """Kind of entry."""

    content: Optional[str] = Field(
        default=None,
    )
    """Message."""

    created_at: Optional[str] = Field(
        default=None,
    )
    """When it happened. Format `YYYY-MM-DD hh:mm:ss`, no time zone (not RFC 3339)."""


class DomainList(_Model):
    """A page of domain names."""

    data: List[Domain]
    """The items of this page."""

    meta: Optional[PaginationMeta] = Field(
        default=None,
    )


class Domain(_Model):
    """A domain name of a web application. Fields from the v2 SDK."""

    id: int
    """Domain id."""

    name: str
    """Domain name."""

    created_at: Optional[str] = Field(
        default=None,
    )
    """When it was created. Format `YYYY-MM-DD hh:mm:ss`, no time zone (not RFC 3339)."""


class Git(_Model):
    """Git settings of a web application. Fields from the v2 SDK; their types are not documented."""

    id: int
    """Git id."""

    provider: Optional[str] = Field(
        default=None,
    )
    """Git provider, e.g. `github`."""

    git_host: Optional[str] = Field(
        default=None,
        alias="gitHost",
    )
    """Git host."""

    git_user: Optional[str] = Field(
        default=None,
        alias="gitUser",
    )
    """Git user."""

    branch: Optional[str] = Field(
        default=None,
    )
    """Branch deployed."""

    repository_data: Any = Field(
        default=None,
        alias="repositoryData",
    )
    """The repository; its shape (string or object) is not documented."""

    atomic: Optional[bool] = Field(
        default=None,
    )
    """Whether atomic deployment is used."""

    atomic_project_id: Optional[int] = Field(
        default=None,
        alias="atomicProjectId",
    )
    """Atomic deployment project id."""

    auto_deploy: Optional[bool] = Field(
        default=None,
        alias="autoDeploy",
    )
    """Deploy on every push (webhook)."""

    deploy_script: Optional[str] = Field(
        default=None,
        alias="deployScript",
    )
    """Deployment script."""

    created_at: Optional[str] = Field(
        default=None,
    )
    """When it was created. Format `YYYY-MM-DD hh:mm:ss`, no time zone (not RFC 3339)."""


class Script(_Model):
    """A PHP script installed by the script installer. Fields from the v2 SDK."""

    id: int
    """Script id."""

    name: Optional[str] = Field(
        default=None,
    )
    """Installer name."""

    real_name: Optional[str] = Field(
        default=None,
        alias="realName",
    )
    """Display name."""

    created_at: Optional[str] = Field(
        default=None,
    )
    """When it was created. Format `YYYY-MM-DD hh:mm:ss`, no time zone (not RFC 3339)."""


class Ssl(_Model):
    """SSL/TLS settings of a web application. Field names as the v2 SDK lists them; an old-API wrapper reads `renewal_date` and `method_humanize`, so the wire spelling of some keys may differ and other properties may appear."""

    id: int
    """SSL id."""

    method: Optional[str] = Field(
        default=None,
    )
    """How the certificate was obtained (e.g. Let's Encrypt or custom)."""

    private_key: Optional[str] = Field(
        default=None,
        alias="privateKey",
    )
    """Private key (custom certificates)."""

    certificate: Optional[str] = Field(
        default=None,
    )
    """Certificate (custom certificates)."""

    valid_until: Optional[str] = Field(
        default=None,
        alias="validUntil",
    )
    """Expiry. Format `YYYY-MM-DD hh:mm:ss`, no time zone (not RFC 3339)."""

    renewal_date: Optional[str] = Field(
        default=None,
        alias="renewalDate",
    )
    """Next renewal. Format `YYYY-MM-DD hh:mm:ss`, no time zone (not RFC 3339)."""

    enable_http: Optional[bool] = Field(
        default=None,
        alias="enableHttp",
    )
    """Keep plain HTTP access."""

    enable_hsts: Optional[bool] = Field(
        default=None,
        alias="enableHsts",
    )
    """Send HSTS."""

    authorization_method: Optional[str] = Field(
        default=None,
        alias="authorizationMethod",
    )
    """ACME authorization method, e.g. `http-01` or `dns-01`."""

    staging: Optional[bool] = Field(
        default=None,
    )
    """Let's Encrypt staging environment."""

    api_id: Optional[int] = Field(
        default=None,
        alias="apiId",
    )
    """3rd-party API key used for DNS authorization."""

    created_at: Optional[str] = Field(
        default=None,
    )
    """When it was created. Format `YYYY-MM-DD hh:mm:ss`, no time zone (not RFC 3339)."""


class ApiKeyList(_Model):
    """A page of 3rd-party API keys."""

    data: List[ApiKey]
    """The items of this page."""

    meta: Optional[PaginationMeta] = Field(
        default=None,
    )


class ApiKey(_Model):
    """A 3rd-party API key (e.g. Cloudflare). Fields from the v2 SDK."""

    id: int
    """API key id."""

    label: Optional[str] = Field(
        default=None,
    )
    """Label."""

    username: Optional[str] = Field(
        default=None,
    )
    """User name at the service (required for Cloudflare)."""

    secret: Optional[str] = Field(
        default=None,
    )
    """The secret."""

    service: Optional[str] = Field(
        default=None,
    )
    """Service, lower case, e.g. `cloudflare`."""

    created_at: Optional[str] = Field(
        default=None,
    )
    """When it was created. Format `YYYY-MM-DD hh:mm:ss`, no time zone (not RFC 3339)."""


class Error(_Model):
    """The body of an error response. Each HTTP code output may carry a message you can show to your users."""

    message: Optional[str] = Field(
        default=None,
    )
    """A human-readable message."""


class Pagination(_Model):
    """Paging details of a list response."""

    total: int
    """Number of items in all pages."""

    count: int
    """Number of items in this page."""

    per_page: int
    """Page size (`perPage`); 15 unless you asked for another."""

    current_page: int
    """This page's number, from 1."""

    total_pages: int
    """Number of pages."""

    links: Optional[Dict[str, Any]] = Field(
        default=None,
    )
    """Links to other pages; an empty object in the documented example. Its keys are not documented."""


class PaginationMeta(_Model):
    """The `meta` block of a list response."""

    pagination: Pagination


class ServerInput(_Model):
    """Body to create (connect) a server."""

    name: str
    """Server name."""

    ip_address: str = Field(
        alias="ipAddress",
    )
    """Public IP address of the server."""

    provider: Optional[str] = Field(
        default=None,
    )
    """Name of the hosting provider (free text; an unofficial client offers Digital Ocean, Linode, Vultr, AWS, Other)."""


class ServerMetaInput(_Model):
    """Body to rename a server or set its provider."""

    name: str
    """New server name."""

    provider: Optional[str] = Field(
        default=None,
    )
    """Name of the hosting provider."""


class ServerStatsCounts(_Model):
    """Counts of what runs on the server (unofficial TypeScript client)."""

    web_application: Optional[int] = Field(
        default=None,
        alias="webApplication",
    )
    """Number of web applications."""

    database: Optional[int] = Field(
        default=None,
    )
    """Number of databases."""

    cron_job: Optional[int] = Field(
        default=None,
        alias="cronJob",
    )
    """Number of cron jobs."""

    supervisor: Optional[int] = Field(
        default=None,
    )
    """Number of Supervisor jobs."""


class ServerGeoRecord(_Model):
    """Where the server is (unofficial TypeScript client)."""

    country: Optional[str] = Field(
        default=None,
    )
    """Country."""

    subdivision: Optional[str] = Field(
        default=None,
    )
    """Region within the country."""

    latitude: Optional[float] = Field(
        default=None,
    )
    """Latitude."""

    longitude: Optional[float] = Field(
        default=None,
    )
    """Longitude."""


class PhpVersionInput(_Model):
    """Body to choose a PHP version."""

    php_version: str = Field(
        alias="phpVersion",
    )
    """PHP version name, e.g. `php74rc` (see the server's installed PHP versions)."""


class SshConfigInput(_Model):
    """Body to change the SSH daemon settings; send the fields to change."""

    passwordless_login: Optional[bool] = Field(
        default=None,
        alias="passwordlessLogin",
    )
    """Allow only key-based (passwordless) login."""

    use_dns: Optional[bool] = Field(
        default=None,
        alias="useDns",
    )
    """SSH daemon `UseDNS`."""

    prevent_root_login: Optional[bool] = Field(
        default=None,
        alias="preventRootLogin",
    )
    """Refuse SSH logins as root."""


class AutoupdateInput(_Model):
    """Body to change automatic updates. Field names from an unofficial TypeScript client (Inferred)."""

    autoupdate: Optional[bool] = Field(
        default=None,
    )
    """Automatic software updates on or off."""

    security_update: Optional[bool] = Field(
        default=None,
        alias="securityUpdate",
    )
    """Automatic security updates on or off."""


class SystemUserInput(_Model):
    """Body to create a system user."""

    username: str
    """User name."""

    password: Optional[str] = Field(
        default=None,
    )
    """Password (optional)."""


class PasswordInput(_Model):
    """Body to set a new password."""

    password: str
    """The new password."""


class DatabaseInput(_Model):
    """Body to create a database."""

    name: str
    """Name of the database."""

    collation: Optional[str] = Field(
        default=None,
    )
    """Database collation. You can get this value from the Static Data API."""

    user: Optional[int] = Field(
        default=None,
    )
    """Id of a database user to grant on the new database. Seen only in a real request of a public deploy script, not in the official parameter list (Inferred)."""


class DatabaseDeleteInput(_Model):
    """Optional body when deleting a database."""

    delete_user: Optional[bool] = Field(
        default=None,
        alias="deleteUser",
    )
    """Also delete the database users of this database."""


class DatabaseGrantInput(_Model):
    """Body naming a database user to attach or revoke."""

    id: int
    """Database user id."""


class DatabaseUserInput(_Model):
    """Body to create a database user."""

    username: str
    """User name."""

    password: str
    """Password."""


class SshKeyInput(_Model):
    """Body to add an SSH key."""

    label: str
    """Label of the credential."""

    username: str
    """Username of the user inside your server."""

    public_key: str = Field(
        alias="publicKey",
    )
    """The SSH key string."""

    temporary: Optional[bool] = Field(
        default=None,
    )
    """Add the key as a temporary key (on the newer v2 page only)."""


class Service(_Model):
    """A service on the server. Keys as the v2 SDK lists them (capitalised); their types are not documented."""

    real_name: Optional[str] = Field(
        default=None,
        alias="realName",
    )
    """System name of the service, used for actions, e.g. `nginx-rc`."""

    name: Optional[str] = Field(
        default=None,
    )
    """Display name, e.g. `NGiNX`."""

    memory: Any = Field(
        default=None,
        alias="Memory",
    )
    """Memory use (type not documented)."""

    cpu: Any = Field(
        default=None,
        alias="CPU",
    )
    """CPU use (type not documented)."""

    running: Optional[bool] = Field(
        default=None,
        alias="Running",
    )
    """Whether the service is running."""

    version: Optional[str] = Field(
        default=None,
        alias="Version",
    )
    """Installed version."""


class ServiceActionInput(_Model):
    """Body to run an action on a service."""

    action: Union[Literal["start", "stop", "restart", "reload"], str]
    """What to do."""

    real_name: str = Field(
        alias="realName",
    )
    """The service's `realName`, e.g. `nginx-rc`."""


class UnblockIpInput(_Model):
    """Body to unblock an IP address."""

    ip: str
    """The blocked IP address."""


class CustomWebAppInput(_Model):
    """Body to create a custom PHP web application. Field names and values are seen in real requests of public scripts; which fields are required is not documented. With `processManager: dynamic`, an unofficial client (LOW) also sends `processManagerStartServers`, `processManagerMinSpareServers` and `processManagerMaxSpareServers`, so other properties are allowed."""

    name: Optional[str] = Field(
        default=None,
    )
    """Web application name."""

    domain_name: Optional[str] = Field(
        default=None,
        alias="domainName",
    )
    """First domain name."""

    user: Optional[int] = Field(
        default=None,
    )
    """Id of the system user that will own the application."""

    public_path: Optional[str] = Field(
        default=None,
        alias="publicPath",
    )
    """Public directory below the root (e.g. `/public`); null for the root."""

    php_version: Optional[str] = Field(
        default=None,
        alias="phpVersion",
    )
    """PHP version, e.g. `php73rc`."""

    stack: Optional[str] = Field(
        default=None,
    )
    """Web stack, e.g. `nativenginx` or `hybrid`."""

    stack_mode: Optional[str] = Field(
        default=None,
        alias="stackMode",
    )
    """Stack mode, e.g. `production`."""

    clickjacking_protection: Optional[bool] = Field(
        default=None,
        alias="clickjackingProtection",
    )
    """NGINX clickjacking protection header."""

    xss_protection: Optional[bool] = Field(
        default=None,
        alias="xssProtection",
    )
    """NGINX XSS protection header."""

    mime_sniffing_protection: Optional[bool] = Field(
        default=None,
        alias="mimeSniffingProtection",
    )
    """NGINX MIME-sniffing protection header."""

    process_manager: Optional[str] = Field(
        default=None,
        alias="processManager",
    )
    """PHP-FPM process manager, e.g. `ondemand` or `dynamic`."""

    process_manager_max_children: Optional[int] = Field(
        default=None,
        alias="processManagerMaxChildren",
    )
    """PHP-FPM `pm.max_children` (50 in the seen requests)."""

    process_manager_max_requests: Optional[int] = Field(
        default=None,
        alias="processManagerMaxRequests",
    )
    """PHP-FPM `pm.max_requests` (500 in the seen requests)."""

    open_basedir: Optional[str] = Field(
        default=None,
        alias="openBasedir",
    )
    """PHP `open_basedir`, colon-separated directories."""

    timezone: Optional[str] = Field(
        default=None,
    )
    """PHP timezone, e.g. `UTC` (values from the Static Data API)."""

    disable_functions: Optional[str] = Field(
        default=None,
        alias="disableFunctions",
    )
    """PHP `disable_functions`, comma-separated."""

    max_execution_time: Optional[int] = Field(
        default=None,
        alias="maxExecutionTime",
    )
    """PHP `max_execution_time`, seconds."""

    max_input_time: Optional[int] = Field(
        default=None,
        alias="maxInputTime",
    )
    """PHP `max_input_time`, seconds."""

    max_input_vars: Optional[int] = Field(
        default=None,
        alias="maxInputVars",
    )
    """PHP `max_input_vars`."""

    memory_limit: Optional[int] = Field(
        default=None,
        alias="memoryLimit",
    )
    """PHP `memory_limit`, MB."""

    post_max_size: Optional[int] = Field(
        default=None,
        alias="postMaxSize",
    )
    """PHP `post_max_size`, MB."""

    upload_max_filesize: Optional[int] = Field(
        default=None,
        alias="uploadMaxFilesize",
    )
    """PHP `upload_max_filesize`, MB."""

    session_gc_maxlifetime: Optional[int] = Field(
        default=None,
        alias="sessionGcMaxlifetime",
    )
    """PHP `session.gc_maxlifetime`, seconds."""

    allow_url_fopen: Optional[bool] = Field(
        default=None,
        alias="allowUrlFopen",
    )
    """PHP `allow_url_fopen`."""


class DomainInput(_Model):
    """Body to add a domain name."""

    name: str
    """Domain name."""


class GitCloneInput(_Model):
    """Body to clone a Git repository (fields from a real request in a public deploy script)."""

    provider: str
    """Git provider, e.g. `github`."""

    repository: str
    """Repository as `owner/repo`."""

    branch: str
    """Branch to deploy."""


class GitBranchInput(_Model):
    """Body to change the branch."""

    branch: str
    """Branch to deploy."""


class GitScriptInput(_Model):
    """Body to customize the deployment script. The SDK passes it through; field names from an unofficial TypeScript client (Inferred)."""

    auto_deploy: Optional[bool] = Field(
        default=None,
        alias="autoDeploy",
    )
    """Deploy on every push (webhook)."""

    deploy_script: Optional[str] = Field(
        default=None,
        alias="deployScript",
    )
    """Deployment script."""


class ScriptInstallInput(_Model):
    """Body to install a PHP script."""

    name: str
    """Installer name from the Static Data API, e.g. `wordpress`."""


class ApiKeyInput(_Model):
    """Body to add a 3rd-party API key."""

    service: str
    """Service, lower case, e.g. `cloudflare`."""

    label: str
    """Label."""

    secret: str
    """The secret."""

    username: Optional[str] = Field(
        default=None,
    )
    """User name at the service; required for Cloudflare."""


class ApiKeyUpdateInput(_Model):
    """Body to update a 3rd-party API key; send the fields to change."""

    label: Optional[str] = Field(
        default=None,
    )
    """Label."""

    secret: Optional[str] = Field(
        default=None,
    )
    """The secret."""

    username: Optional[str] = Field(
        default=None,
    )
    """User name at the service."""


PhpVersionList: TypeAlias = List[str]
"""PHP versions installed on the server, such as `php73rc` (an array of names, as unofficial clients read it)."""

UndocumentedObject: TypeAlias = Dict[str, Any]
"""A JSON object whose fields are not documented."""

CronJobInput: TypeAlias = Dict[str, Any]
"""Body to create a cron job. The request fields are not documented: the v2 SDK passes an array through. The field names in the example follow the response object and an unofficial AI-written client (LOW), and are not verified."""

UndocumentedList: TypeAlias = List[Any]
"""A JSON array whose item shape is not documented."""

SupervisorJobInput: TypeAlias = Dict[str, Any]
"""Body to create a Supervisor job. The request fields are not documented: the v2 SDK passes an array through. The field names in the example follow the response object and an unofficial AI-written client (LOW), and are not verified."""

FirewallRuleInput: TypeAlias = Dict[str, Any]
"""Body to create a firewall rule. The request fields are not documented: the v2 SDK passes an array through. The field names in the example follow the response object and an unofficial AI-written client (LOW), and are not verified."""

FpmNginxSettingsInput: TypeAlias = Dict[str, Any]
"""Body to change PHP-FPM and NGINX settings. The fields are not documented: the v2 SDK passes an array through. An unofficial AI-written client (LOW) sends the NGINX and FPM fields of the create body (publicPath, stack, stackMode, clickjackingProtection, xssProtection, mimeSniffingProtection, processManager..., and the PHP limits)."""

SslInput: TypeAlias = Dict[str, Any]
"""Body to install or update SSL. The fields are not documented: the v2 SDK passes an array through. An old-API wrapper sends provider (letsencrypt or custom), enableHttp, enableHsts, authorizationMethod, externalApi, environment (live or staging), privateKey and certificate; an AI-written client (LOW) sends provider, hsts, http, ssl_protocol_id, privateKey, certificate and certificateChain. Not verified for v2."""
