"""Contract tests: every method of the RunCloud API client against the package's own mock, sync and async.

Each call takes arguments from the API document's examples, must succeed, and must return
the declared type. Run with ``python -m pytest`` (needs pytest).
"""

from __future__ import annotations

import asyncio
import contextlib
import pathlib
import sys
import typing
import warnings
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

import pydantic
import pytest

# the package folder, for when the package is not installed
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from runcloud_client import AsyncRunCloudClient, RunCloudClient  # noqa: E402
from runcloud_client.mock import RunCloudMock  # noqa: E402
from runcloud_client.models import *  # noqa: E402,F403 - the declared return types

#: The mock's clock, fixed so that the examples' times (expiry dates) mean the same on any day.
NOW = 1_704_067_200.0  # 2024-01-01T00:00:00Z
BASE_URL = "https://manage.runcloud.io/api/v2"
#: Credentials for every scheme: an operation may require another than the document's first.
CREDENTIALS: Dict[str, Any] = {
    "api_key": "test",
    "api_secret": "test",
    "token": "test",
}


@dataclass(frozen=True)
class _Case:
    """One method, the example arguments it is called with, and the type it declares."""

    name: str
    method: str
    args: List[Any]
    kwargs: Dict[str, Any]
    returns: Any
    paged: bool
    deprecated: bool


CASES = [
    _Case(
        "meta_ping",
        "meta.ping",
        [],
        {},
        Pong,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "servers_list",
        "servers.list",
        [],
        {},
        Server,
        paged=True,
        deprecated=False,
    ),
    _Case(
        "servers_create",
        "servers.create",
        [],
        {"name": "production-sg", "ip_address": "203.0.113.10", "provider": "DigitalOcean"},
        Server,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "servers_list_shared",
        "servers.list_shared",
        [],
        {},
        Server,
        paged=True,
        deprecated=False,
    ),
    _Case(
        "servers_get",
        "servers.get",
        [7],
        {},
        Server,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "servers_delete",
        "servers.delete",
        [7],
        {},
        Server,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "servers_get_installation_script",
        "servers.get_installation_script",
        [7],
        {},
        InstallationScript,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "servers_get_stats",
        "servers.get_stats",
        [7],
        {},
        ServerStats,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "servers_get_hardware_info",
        "servers.get_hardware_info",
        [7],
        {},
        HardwareInfo,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "servers_list_php_versions",
        "servers.list_php_versions",
        [7],
        {},
        PhpVersionList,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "servers_update_php_cli",
        "servers.update_php_cli",
        [7],
        {"php_version": "php74rc"},
        Server,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "servers_update_meta",
        "servers.update_meta",
        [7],
        {"name": "production-sg-1", "provider": "DigitalOcean"},
        Server,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "servers_get_ssh_settings",
        "servers.get_ssh_settings",
        [7],
        {},
        SshConfig,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "servers_update_ssh_settings",
        "servers.update_ssh_settings",
        [7],
        {"passwordless_login": True, "use_dns": False, "prevent_root_login": True},
        SshConfig,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "servers_update_autoupdate",
        "servers.update_autoupdate",
        [7],
        {"autoupdate": True, "security_update": True},
        Server,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "servers_get_latest_health",
        "servers.get_latest_health",
        [7],
        {},
        UndocumentedObject,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "servers_clean_disk",
        "servers.clean_disk",
        [7],
        {},
        None,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "system_users_list",
        "system_users.list",
        [7],
        {},
        SystemUser,
        paged=True,
        deprecated=False,
    ),
    _Case(
        "system_users_create",
        "system_users.create",
        [7],
        {"username": "realuser", "password": "sup3rs3cr37p455w0rd"},
        SystemUser,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "system_users_change_password",
        "system_users.change_password",
        [7, 1690],
        {"password": "n3w-s3cr37-p455w0rd"},
        SystemUser,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "system_users_generate_deployment_key",
        "system_users.generate_deployment_key",
        [7, 1690],
        {},
        SystemUser,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "system_users_delete",
        "system_users.delete",
        [7, 1690],
        {},
        SystemUser,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "databases_list",
        "databases.list",
        [7],
        {},
        Database,
        paged=True,
        deprecated=False,
    ),
    _Case(
        "databases_create",
        "databases.create",
        [7],
        {"name": "my_database"},
        Database,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "databases_get",
        "databases.get",
        [7, 81],
        {},
        Database,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "databases_delete",
        "databases.delete",
        [7, 81],
        {"delete_user": True},
        Database,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "databases_list_grants",
        "databases.list_grants",
        [7, 81],
        {},
        DatabaseUser,
        paged=True,
        deprecated=False,
    ),
    _Case(
        "databases_attach_user",
        "databases.attach_user",
        [7, 81],
        {"id": 12},
        DatabaseUser,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "databases_revoke_user",
        "databases.revoke_user",
        [7, 81],
        {"id": 12},
        DatabaseUser,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "database_users_list",
        "database_users.list",
        [7],
        {},
        DatabaseUser,
        paged=True,
        deprecated=False,
    ),
    _Case(
        "database_users_create",
        "database_users.create",
        [7],
        {"username": "myfirstuser", "password": "sup3rs3cr37p455w0rd"},
        DatabaseUser,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "database_users_get",
        "database_users.get",
        [7, 12],
        {},
        DatabaseUser,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "database_users_delete",
        "database_users.delete",
        [7, 12],
        {},
        DatabaseUser,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "database_users_change_password",
        "database_users.change_password",
        [7, 12],
        {"password": "n3w-s3cr37-p455w0rd"},
        DatabaseUser,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "ssh_keys_list",
        "ssh_keys.list",
        [7],
        {},
        SshKey,
        paged=True,
        deprecated=False,
    ),
    _Case(
        "ssh_keys_create",
        "ssh_keys.create",
        [7],
        {
            "label": "mypc-runcloud",
            "username": "runcloud",
            "public_key": "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCjUkPY+cu9I25/3nH96vv6gwqKaKufohfQDv7sO5Z9UITba1vzeIMR1OGJaWgSY08ey9XTP/907hf/gfG0gP3AfrBd+bAuFoMc1W/NEQ5KXrfvGVX9VPR6A4or227NUDJ8NYeYigtsvCe8lMA8E19PUnUPQtl5mYSkN6lNZaxVWcMxhNrcHmvBcLHwxBsTGxn2DWYxBt+DMp/BirxYVInvd6kyY/a4Z6GKQ5iUAgjVyS/e683UX8bkNPN+s3Th20R+/ffvf93BRtwQQiw6KKa9OeWgFo4pdaNGE326RGwueE7bC7W2+vrG77ZG5eBx/R9Wvf/XJCUSGSHISo9lwQ69 user@mypc",
        },
        SshKey,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "ssh_keys_get",
        "ssh_keys.get",
        [7, 17],
        {},
        SshKey,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "ssh_keys_delete",
        "ssh_keys.delete",
        [7, 17],
        {},
        SshKey,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "services_list",
        "services.list",
        [7],
        {},
        ServiceList,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "services_action",
        "services.action",
        [7],
        {"action": "restart", "real_name": "nginx-rc"},
        UndocumentedObject,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "cron_jobs_list",
        "cron_jobs.list",
        [7],
        {},
        CronJob,
        paged=True,
        deprecated=False,
    ),
    _Case(
        "cron_jobs_create",
        "cron_jobs.create",
        [7],
        {
            "body": {
                "label": "Laravel scheduler",
                "username": "runcloud",
                "time": "* * * * *",
                "command": "/RunCloud/Packages/php73rc/bin/php /home/runcloud/webapps/myapp/artisan schedule:run",
            }
        },
        CronJob,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "cron_jobs_get",
        "cron_jobs.get",
        [7, 5],
        {},
        CronJob,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "cron_jobs_delete",
        "cron_jobs.delete",
        [7, 5],
        {},
        CronJob,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "cron_jobs_rebuild",
        "cron_jobs.rebuild",
        [7],
        {},
        None,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "supervisors_list_binaries",
        "supervisors.list_binaries",
        [7],
        {},
        UndocumentedList,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "supervisors_list",
        "supervisors.list",
        [7],
        {},
        SupervisorJob,
        paged=True,
        deprecated=False,
    ),
    _Case(
        "supervisors_create",
        "supervisors.create",
        [7],
        {
            "body": {
                "label": "queue-worker",
                "username": "runcloud",
                "numprocs": 2,
                "autoStart": True,
                "autoRestart": True,
                "directory": "/home/runcloud/webapps/myapp",
                "command": "/RunCloud/Packages/php73rc/bin/php artisan queue:work --tries=3",
            }
        },
        SupervisorJob,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "supervisors_get_status",
        "supervisors.get_status",
        [7],
        {},
        UndocumentedObject,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "supervisors_rebuild",
        "supervisors.rebuild",
        [7],
        {},
        None,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "supervisors_get",
        "supervisors.get",
        [7, 3],
        {},
        SupervisorJob,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "supervisors_delete",
        "supervisors.delete",
        [7, 3],
        {},
        SupervisorJob,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "supervisors_reload",
        "supervisors.reload",
        [7, 3],
        {},
        SupervisorJob,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "firewall_rules_list",
        "firewall_rules.list",
        [7],
        {},
        FirewallRule,
        paged=True,
        deprecated=False,
    ),
    _Case(
        "firewall_rules_deploy",
        "firewall_rules.deploy",
        [7],
        {},
        None,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "firewall_rules_create",
        "firewall_rules.create",
        [7],
        {"body": {"type": "global", "port": "8080", "protocol": "tcp", "firewallAction": "ACCEPT"}},
        FirewallRule,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "firewall_rules_get",
        "firewall_rules.get",
        [7, 21],
        {},
        FirewallRule,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "firewall_rules_delete",
        "firewall_rules.delete",
        [7, 21],
        {},
        FirewallRule,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "fail2ban_list_blocked_ips",
        "fail2ban.list_blocked_ips",
        [7],
        {},
        UndocumentedList,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "fail2ban_unblock_ip",
        "fail2ban.unblock_ip",
        [7],
        {"ip": "198.51.100.23"},
        UndocumentedObject,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_list",
        "web_apps.list",
        [7],
        {},
        WebApp,
        paged=True,
        deprecated=False,
    ),
    _Case(
        "web_apps_create_custom",
        "web_apps.create_custom",
        [7],
        {
            "name": "myapp",
            "domain_name": "myapp.example.com",
            "user": 1690,
            "public_path": None,
            "php_version": "php73rc",
            "stack": "nativenginx",
            "stack_mode": "production",
            "clickjacking_protection": True,
            "xss_protection": True,
            "mime_sniffing_protection": True,
            "process_manager": "ondemand",
            "process_manager_max_children": 50,
            "process_manager_max_requests": 500,
            "open_basedir": "/home/realuser/webapps/myapp:/var/lib/php/session:/tmp",
            "timezone": "UTC",
            "disable_functions": "getmyuid,passthru,leak,listen,diskfreespace,tmpfile,link,ignore_user_abort,shell_exec,dl,set_time_limit,exec,system,highlight_file,source,show_source,fpassthru,virtual,proc_open,proc_close,proc_nice,proc_terminate,escapeshellcmd,ini_alter,popen,pcntl_exec",
            "max_execution_time": 30,
            "max_input_time": 60,
            "max_input_vars": 1000,
            "memory_limit": 256,
            "post_max_size": 256,
            "upload_max_filesize": 256,
            "session_gc_maxlifetime": 1440,
            "allow_url_fopen": True,
        },
        WebApp,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_get",
        "web_apps.get",
        [7, 45],
        {},
        WebApp,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_delete",
        "web_apps.delete",
        [7, 45],
        {},
        WebApp,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_set_default",
        "web_apps.set_default",
        [7, 45],
        {},
        WebApp,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_unset_default",
        "web_apps.unset_default",
        [7, 45],
        {},
        WebApp,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_rebuild",
        "web_apps.rebuild",
        [7, 45],
        {},
        WebApp,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_get_settings",
        "web_apps.get_settings",
        [7, 45],
        {},
        UndocumentedObject,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_update_php_version",
        "web_apps.update_php_version",
        [7, 45],
        {"php_version": "php74rc"},
        WebApp,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_update_fpm_nginx",
        "web_apps.update_fpm_nginx",
        [7, 45],
        {
            "body": {
                "publicPath": "/public",
                "stack": "nativenginx",
                "stackMode": "production",
                "clickjackingProtection": True,
                "xssProtection": True,
                "mimeSniffingProtection": True,
                "processManager": "ondemand",
                "processManagerMaxChildren": 50,
                "processManagerMaxRequests": 500,
                "memoryLimit": 256,
            }
        },
        WebApp,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_list_logs",
        "web_apps.list_logs",
        [7, 45],
        {},
        Log,
        paged=True,
        deprecated=False,
    ),
    _Case(
        "web_apps_domains_list",
        "web_apps.domains.list",
        [7, 45],
        {},
        Domain,
        paged=True,
        deprecated=False,
    ),
    _Case(
        "web_apps_domains_create",
        "web_apps.domains.create",
        [7, 45],
        {"name": "myapp.example.com"},
        Domain,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_domains_get",
        "web_apps.domains.get",
        [7, 45, 60],
        {},
        Domain,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_domains_delete",
        "web_apps.domains.delete",
        [7, 45, 60],
        {},
        Domain,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_git_get",
        "web_apps.git.get",
        [7, 45],
        {},
        Git,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_git_clone",
        "web_apps.git.clone",
        [7, 45],
        {"provider": "github", "repository": "acme/myapp", "branch": "main"},
        Git,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_git_change_branch",
        "web_apps.git.change_branch",
        [7, 45, 14],
        {"branch": "develop"},
        Git,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_git_force_deploy",
        "web_apps.git.force_deploy",
        [7, 45, 14],
        {},
        None,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_git_update_script",
        "web_apps.git.update_script",
        [7, 45, 14],
        {
            "auto_deploy": True,
            "deploy_script": "composer install --no-dev\nphp artisan migrate --force",
        },
        Git,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_git_delete",
        "web_apps.git.delete",
        [7, 45, 14],
        {},
        Git,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_installer_get",
        "web_apps.installer.get",
        [7, 45],
        {},
        Script,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_installer_install",
        "web_apps.installer.install",
        [7, 45],
        {"name": "wordpress"},
        Script,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_installer_delete",
        "web_apps.installer.delete",
        [7, 45, 8],
        {},
        Script,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_ssl_get",
        "web_apps.ssl.get",
        [7, 45],
        {},
        Ssl,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_ssl_install",
        "web_apps.ssl.install",
        [7, 45],
        {
            "body": {
                "provider": "letsencrypt",
                "enableHttp": False,
                "enableHsts": True,
                "authorizationMethod": "http-01",
                "environment": "live",
            }
        },
        Ssl,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_ssl_redeploy",
        "web_apps.ssl.redeploy",
        [7, 45, 30],
        {},
        Ssl,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_ssl_delete",
        "web_apps.ssl.delete",
        [7, 45, 30],
        {},
        Ssl,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_apps_ssl_update",
        "web_apps.ssl.update",
        [7, 45, 30],
        {"body": {"enableHttp": True, "enableHsts": False}},
        Ssl,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "static_data_list_database_collations",
        "static_data.list_database_collations",
        [],
        {},
        UndocumentedList,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "static_data_list_timezones",
        "static_data.list_timezones",
        [],
        {},
        UndocumentedList,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "static_data_list_script_installers",
        "static_data.list_script_installers",
        [],
        {},
        UndocumentedList,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "external_api_keys_list",
        "external_api_keys.list",
        [],
        {},
        ApiKey,
        paged=True,
        deprecated=False,
    ),
    _Case(
        "external_api_keys_create",
        "external_api_keys.create",
        [],
        {
            "service": "cloudflare",
            "label": "My Cloudflare",
            "secret": "c2547eb745079dac9320b638f5e225cf483cc5cfdda41",
            "username": "admin@example.com",
        },
        ApiKey,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "external_api_keys_delete",
        "external_api_keys.delete",
        [4],
        {},
        ApiKey,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "external_api_keys_update",
        "external_api_keys.update",
        [4],
        {"label": "Cloudflare (main)"},
        ApiKey,
        paged=False,
        deprecated=False,
    ),
]


def bound_method(client: Any, case: _Case) -> Any:
    target = client
    for attribute in case.method.split("."):
        target = getattr(target, attribute)
    return target


@contextlib.contextmanager
def warns_if_deprecated(case: _Case) -> typing.Iterator[None]:
    """A deprecated method warns when called; the others must not."""
    if case.deprecated:
        with pytest.warns(DeprecationWarning):
            yield
    else:
        with warnings.catch_warnings():
            warnings.simplefilter("error", DeprecationWarning)
            yield


def assert_declared_type(result: Any, case: _Case) -> None:
    if case.returns is None:
        assert result is None
        return
    items = result if case.paged else [result]
    for item in items:
        pydantic.TypeAdapter(case.returns).validate_python(item, strict=True)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_sync(case: _Case) -> None:
    mock = RunCloudMock(seed=1, clock=lambda: NOW, check_answers=True)
    with RunCloudClient(
        **CREDENTIALS, base_url=BASE_URL, transport=mock.transport(), max_retries=0
    ) as client:
        with warns_if_deprecated(case):
            result = bound_method(client, case)(*case.args, **case.kwargs)
            if case.paged:
                result = list(result)
    assert_declared_type(result, case)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_async(case: _Case) -> None:
    async def scenario() -> Any:
        mock = RunCloudMock(seed=1, clock=lambda: NOW, check_answers=True)
        async with AsyncRunCloudClient(
            **CREDENTIALS, base_url=BASE_URL, transport=mock.transport(), max_retries=0
        ) as client:
            with warns_if_deprecated(case):
                called = bound_method(client, case)(*case.args, **case.kwargs)
                if case.paged:
                    return [item async for item in called]
                return await called

    assert_declared_type(asyncio.run(scenario()), case)
