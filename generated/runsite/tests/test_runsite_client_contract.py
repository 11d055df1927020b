"""Contract tests: every method of the Runsite Public API client against the package's own mock, sync and async.

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

from runsite_client import AsyncRunsiteClient, RunsiteClient  # noqa: E402
from runsite_client.mock import RunsiteMock  # noqa: E402
from runsite_client.models import *  # noqa: E402,F403 - the declared return types

#: The mock's clock, fixed so that the examples' times (expiry dates) mean the same on any day.
NOW = 1_704_067_200.0  # 2024-01-01T00:00:00Z
BASE_URL = "https://api.runsite.app"
#: Credentials for every scheme: an operation may require another than the document's first.
CREDENTIALS: Dict[str, Any] = {
    "api_key": "ak_live_a1b2c3d4",
    "access_token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl",
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
        "projects_list",
        "projects.list",
        [],
        {},
        ProjectList,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "projects_create",
        "projects.create",
        [],
        {"name": "my-app", "description": "My application"},
        Project,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "projects_get",
        "projects.get",
        ["ca83c4a9-1517-4fe3-93aa-bbdab4eaee23"],
        {},
        ProjectDetail,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "projects_secrets_list",
        "projects.secrets.list",
        ["ca83c4a9-1517-4fe3-93aa-bbdab4eaee23"],
        {},
        ProjectSecretGroups,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "projects_secrets_create",
        "projects.secrets.create",
        ["ca83c4a9-1517-4fe3-93aa-bbdab4eaee23"],
        {
            "key": "STRIPE_SECRET_KEY",
            "value": "sk_live_...",
            "scope": "production",
            "is_secret": True,
        },
        ProjectSecret,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "projects_secrets_bulk_update",
        "projects.secrets.bulk_update",
        ["ca83c4a9-1517-4fe3-93aa-bbdab4eaee23"],
        {
            "secrets": [
                {"key": "API_SECRET", "value": "value1", "scope": "production"},
                {"key": "API_SECRET", "value": "value2", "scope": "staging"},
            ]
        },
        OperationResult,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "projects_secrets_delete",
        "projects.secrets.delete",
        ["ca83c4a9-1517-4fe3-93aa-bbdab4eaee23", "5b1d7e2a-9c4f-4a8e-b3d2-6f0e1a2b3c4d"],
        {},
        None,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_services_list",
        "web_services.list",
        [],
        {},
        WebServiceList,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_services_create",
        "web_services.create",
        [],
        {
            "name": "backend-api",
            "project_id": "uuid",
            "git_repository_url": "https://github.com/user/repo",
            "port": 3000,
            "build_command": "npm run build",
            "min_instances": 1,
            "max_instances": 3,
        },
        WebServiceDetail,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_services_get",
        "web_services.get",
        ["3f2a1b4c-0000-4000-8000-000000000001"],
        {},
        WebServiceDetail,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_services_delete",
        "web_services.delete",
        ["3f2a1b4c-0000-4000-8000-000000000001"],
        {},
        None,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_services_update",
        "web_services.update",
        ["3f2a1b4c-0000-4000-8000-000000000001"],
        {"name": "backend-api", "min_instances": 2},
        WebServiceDetail,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_services_deploy",
        "web_services.deploy",
        ["3f2a1b4c-0000-4000-8000-000000000001"],
        {},
        OperationResult,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_services_restart",
        "web_services.restart",
        ["3f2a1b4c-0000-4000-8000-000000000001"],
        {},
        OperationResult,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_services_stop",
        "web_services.stop",
        ["3f2a1b4c-0000-4000-8000-000000000001"],
        {},
        OperationResult,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_services_start",
        "web_services.start",
        ["3f2a1b4c-0000-4000-8000-000000000001"],
        {},
        OperationResult,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_services_logs",
        "web_services.logs",
        ["3f2a1b4c-0000-4000-8000-000000000001"],
        {"tail": 100, "since": 1710000000},
        ContainerLogs,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_services_metrics",
        "web_services.metrics",
        ["3f2a1b4c-0000-4000-8000-000000000001"],
        {},
        ResourceMetrics,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_services_metrics_history",
        "web_services.metrics_history",
        ["3f2a1b4c-0000-4000-8000-000000000001"],
        {"period": 3600},
        MetricsHistory,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_services_connections_create",
        "web_services.connections.create",
        ["3f2a1b4c-0000-4000-8000-000000000001"],
        {"target_type": "database", "target_id": "3f2a1b4c-0000-4000-8000-000000000004"},
        Connection,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_services_deployments_list",
        "web_services.deployments.list",
        ["3f2a1b4c-0000-4000-8000-000000000001"],
        {"limit": 10, "offset": 0},
        Deployment,
        paged=True,
        deprecated=False,
    ),
    _Case(
        "web_services_deployments_create",
        "web_services.deployments.create",
        ["3f2a1b4c-0000-4000-8000-000000000001"],
        {"branch": "main"},
        Deployment,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_services_deployments_get",
        "web_services.deployments.get",
        ["3f2a1b4c-0000-4000-8000-000000000001", "3f2a1b4c-0000-4000-8000-00000000000d"],
        {},
        Deployment,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_services_deployments_cancel",
        "web_services.deployments.cancel",
        ["3f2a1b4c-0000-4000-8000-000000000001", "3f2a1b4c-0000-4000-8000-00000000000d"],
        {},
        OperationResult,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_services_deployments_rollback",
        "web_services.deployments.rollback",
        ["3f2a1b4c-0000-4000-8000-000000000001", "3f2a1b4c-0000-4000-8000-00000000000d"],
        {},
        Deployment,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_services_env_list",
        "web_services.env.list",
        ["3f2a1b4c-0000-4000-8000-000000000001"],
        {},
        EnvironmentVariableList,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_services_env_create",
        "web_services.env.create",
        ["3f2a1b4c-0000-4000-8000-000000000001"],
        {"key": "DATABASE_URL", "value": "postgres://...", "is_secret": True},
        EnvironmentVariable,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_services_env_bulk_update",
        "web_services.env.bulk_update",
        ["3f2a1b4c-0000-4000-8000-000000000001"],
        {
            "variables": [
                {"key": "NODE_ENV", "value": "production"},
                {"key": "PORT", "value": "3000", "is_secret": False},
            ]
        },
        OperationResult,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "web_services_env_delete",
        "web_services.env.delete",
        ["3f2a1b4c-0000-4000-8000-000000000001", "8f14e45f-ceea-467a-9f0a-1c2d3e4f5a6b"],
        {},
        None,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "databases_list",
        "databases.list",
        [],
        {"limit": 100},
        DatabaseList,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "databases_create",
        "databases.create",
        [],
        {"name": "pg-main", "plan_id": "5b1d7f0e-0000-4000-8000-000000000101"},
        ManagedDatabase,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "databases_create_redis",
        "databases.create_redis",
        [],
        {"name": "cache", "plan_id": "5b1d7f0e-0000-4000-8000-000000000201"},
        ManagedDatabase,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "databases_get",
        "databases.get",
        ["3f2a1b4c-0000-4000-8000-000000000002"],
        {},
        ManagedDatabaseDetail,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "databases_delete",
        "databases.delete",
        ["3f2a1b4c-0000-4000-8000-000000000002"],
        {},
        None,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "databases_change_state",
        "databases.change_state",
        ["3f2a1b4c-0000-4000-8000-000000000002", "restart"],
        {},
        DatabaseState,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "plans_list",
        "plans.list",
        [],
        {"service_type": "postgresql"},
        PlanList,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "users_me",
        "users.me",
        [],
        {},
        User,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "users_current_api_key",
        "users.current_api_key",
        [],
        {},
        CurrentApiKey,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "api_keys_list",
        "api_keys.list",
        [],
        {},
        List[ApiKey],
        paged=False,
        deprecated=False,
    ),
    _Case(
        "api_keys_create",
        "api_keys.create",
        [],
        {"name": "ci-deploy", "scope": "write"},
        ApiKey,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "api_keys_revoke",
        "api_keys.revoke",
        ["7c2d3e4f-0000-4000-8000-000000000401"],
        {},
        None,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "api_keys_rotate",
        "api_keys.rotate",
        ["7c2d3e4f-0000-4000-8000-000000000401"],
        {},
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
    mock = RunsiteMock(seed=1, clock=lambda: NOW, check_answers=True)
    with RunsiteClient(
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
        mock = RunsiteMock(seed=1, clock=lambda: NOW, check_answers=True)
        async with AsyncRunsiteClient(
            **CREDENTIALS, base_url=BASE_URL, transport=mock.transport(), max_retries=0
        ) as client:
            with warns_if_deprecated(case):
                called = bound_method(client, case)(*case.args, **case.kwargs)
                if case.paged:
                    return [item async for item in called]
                return await called

    assert_declared_type(asyncio.run(scenario()), case)
