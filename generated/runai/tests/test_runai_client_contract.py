"""Contract tests: every method of the Run:ai REST API client against the package's own mock, sync and async.

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

from runai_client import AsyncRunaiClient, RunaiClient  # noqa: E402
from runai_client.mock import RunaiMock  # noqa: E402
from runai_client.models import *  # noqa: E402,F403 - the declared return types

#: The mock's clock, fixed so that the examples' times (expiry dates) mean the same on any day.
NOW = 1_704_067_200.0  # 2024-01-01T00:00:00Z
BASE_URL = "https://app.run.ai"
#: Credentials for every scheme: an operation may require another than the document's first.
CREDENTIALS: Dict[str, Any] = {
    "client_id": "my-client-id",
    "client_secret": "my-client-secret",
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
        "token_grant_token_v2",
        "token.grant_token_v2",
        [],
        {
            "grant_type": "client_credentials",
            "client_id": "my-client-id",
            "client_secret": "my-client-secret",
        },
        OAuth2TokenResponse,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "token_grant_token",
        "token.grant_token",
        [],
        {
            "grant_type": "client_credentials",
            "client_id": "my-client-id",
            "client_secret": "my-client-secret",
        },
        TokenResponse,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "token_app_token",
        "token.app_token",
        [],
        {"id": "my-app-id", "name": "my-app", "secret": "my-app-secret"},
        AppTokenResponse,
        paged=False,
        deprecated=True,
    ),
    _Case(
        "clusters_list",
        "clusters.list",
        [],
        {"verbosity": "full", "include_requested_for_delete": True},
        List[DisplayedCluster],
        paged=False,
        deprecated=False,
    ),
    _Case(
        "clusters_create",
        "clusters.create",
        [],
        {"name": "example", "domain": "my.company.com", "version": "2.15.0"},
        DisplayedCluster,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "clusters_get",
        "clusters.get",
        ["A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11"],
        {"verbosity": "full"},
        DisplayedCluster,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "clusters_update",
        "clusters.update",
        ["A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11"],
        {"name": "example-renamed"},
        None,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "clusters_delete",
        "clusters.delete",
        ["A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11"],
        {"force": True},
        HttpResponse,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "clusters_get_install_info",
        "clusters.get_install_info",
        ["A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11"],
        {"version": "2.16", "remote_cluster_url": "https://cluster.runai"},
        ClusterInstallationInfoResponse,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "legacy_clusters_list",
        "legacy_clusters.list",
        [],
        {},
        List[LegacyCluster],
        paged=False,
        deprecated=True,
    ),
    _Case(
        "legacy_clusters_projects_list",
        "legacy_clusters.projects.list",
        ["9f55255e-11ed-47c7-acef-fc4054768dbc"],
        {"exclude_permissions": True, "memory_unit_mb": True},
        List[LegacyProject],
        paged=False,
        deprecated=True,
    ),
    _Case(
        "legacy_clusters_projects_create",
        "legacy_clusters.projects.create",
        ["9f55255e-11ed-47c7-acef-fc4054768dbc"],
        {
            "exclude_permissions": True,
            "name": "team-a",
            "department_id": 2,
            "node_pools_resources": [
                {
                    "nodePool": {"id": 3, "name": "default"},
                    "gpu": {"deserved": 3, "maxAllowed": 5, "overQuotaWeight": 2},
                }
            ],
            "default_node_pools": ["default"],
        },
        LegacyProject,
        paged=False,
        deprecated=True,
    ),
    _Case(
        "legacy_clusters_projects_get",
        "legacy_clusters.projects.get",
        ["9f55255e-11ed-47c7-acef-fc4054768dbc", 5],
        {"exclude_permissions": True},
        LegacyProject,
        paged=False,
        deprecated=True,
    ),
    _Case(
        "legacy_clusters_projects_update",
        "legacy_clusters.projects.update",
        ["9f55255e-11ed-47c7-acef-fc4054768dbc", 5],
        {
            "exclude_permissions": True,
            "node_pools_resources": [
                {
                    "id": 11,
                    "nodePool": {"id": 3, "name": "default"},
                    "gpu": {"deserved": 2, "maxAllowed": 4, "overQuotaWeight": 2},
                }
            ],
            "default_node_pools": ["default"],
        },
        LegacyProject,
        paged=False,
        deprecated=True,
    ),
    _Case(
        "legacy_clusters_projects_delete",
        "legacy_clusters.projects.delete",
        ["9f55255e-11ed-47c7-acef-fc4054768dbc", 5],
        {},
        LegacyProject,
        paged=False,
        deprecated=True,
    ),
    _Case(
        "legacy_clusters_departments_list",
        "legacy_clusters.departments.list",
        ["9f55255e-11ed-47c7-acef-fc4054768dbc"],
        {"exclude_permissions": True, "memory_unit_mb": True},
        List[LegacyDepartment],
        paged=False,
        deprecated=True,
    ),
    _Case(
        "projects_list",
        "projects.list",
        [],
        {"filter_by": ["name!=some-name"], "offset": 100, "search": "test project"},
        Project,
        paged=True,
        deprecated=False,
    ),
    _Case(
        "projects_create",
        "projects.create",
        [],
        {
            "description": "Team A's research project",
            "default_node_pools": ["default"],
            "name": "team-a",
            "cluster_id": "71f69d83-ba66-4822-adf5-55ce55efd210",
            "requested_namespace": "runai-team-a",
            "enforce_runai_scheduler": True,
            "parent_id": "53a9228e-a722-420d-a102-9dc90da2efca",
            "resources": [
                {
                    "nodePool": {"id": "22", "name": "default"},
                    "gpu": {"deserved": 2, "limit": 4, "overQuotaWeight": 2},
                    "cpu": {"deserved": 8000, "limit": None, "overQuotaWeight": 2},
                    "memory": {
                        "deserved": 16000,
                        "limit": None,
                        "overQuotaWeight": 2,
                        "units": "Mib",
                    },
                    "priority": "Normal",
                }
            ],
        },
        Project,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "projects_count",
        "projects.count",
        [],
        {"filter_by": ["name!=some-name"], "search": "test project"},
        CountResponse,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "projects_get",
        "projects.get",
        ["575c19e8-c7c3-45b0-8290-2f47397a8383"],
        {},
        Project,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "projects_update",
        "projects.update",
        ["575c19e8-c7c3-45b0-8290-2f47397a8383"],
        {
            "description": "Team A's research project",
            "scheduling_rules": {
                "interactiveJobTimeLimitSeconds": None,
                "interactiveJobMaxIdleDurationSeconds": 3600,
                "interactiveJobPreemptIdleDurationSeconds": None,
                "trainingJobMaxIdleDurationSeconds": 7200,
                "trainingJobTimeLimitSeconds": None,
            },
            "default_node_pools": ["default"],
            "enforce_runai_scheduler": True,
            "resources": [
                {
                    "nodePool": {"id": "22", "name": "default"},
                    "gpu": {"deserved": 2, "limit": 4, "overQuotaWeight": 2},
                    "cpu": {"deserved": 8000, "limit": None, "overQuotaWeight": 2},
                    "memory": {
                        "deserved": 16000,
                        "limit": None,
                        "overQuotaWeight": 2,
                        "units": "Mib",
                    },
                    "priority": "Normal",
                }
            ],
        },
        Project,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "projects_delete",
        "projects.delete",
        ["575c19e8-c7c3-45b0-8290-2f47397a8383"],
        {},
        None,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "projects_update_resources",
        "projects.update_resources",
        ["575c19e8-c7c3-45b0-8290-2f47397a8383"],
        {
            "body": [
                {
                    "nodePool": {"id": "22", "name": "default"},
                    "gpu": {"deserved": 1, "limit": 2, "overQuotaWeight": 2},
                    "cpu": {"deserved": 1000, "limit": 2000, "overQuotaWeight": 2},
                    "memory": {
                        "deserved": 1000,
                        "limit": 2000,
                        "overQuotaWeight": 2,
                        "units": "Mib",
                    },
                    "priority": "Normal",
                }
            ]
        },
        List[Resources],
        paged=False,
        deprecated=False,
    ),
    _Case(
        "projects_patch_resources",
        "projects.patch_resources",
        ["575c19e8-c7c3-45b0-8290-2f47397a8383"],
        {
            "body": [
                {
                    "nodePool": {"id": "22", "name": "default"},
                    "gpu": {"deserved": 1, "limit": 2, "overQuotaWeight": 2},
                    "cpu": {"deserved": 1000, "limit": 2000, "overQuotaWeight": 2},
                    "memory": {
                        "deserved": 1000,
                        "limit": 2000,
                        "overQuotaWeight": 2,
                        "units": "Mib",
                    },
                    "priority": "Normal",
                }
            ]
        },
        List[Resources],
        paged=False,
        deprecated=False,
    ),
    _Case(
        "departments_list",
        "departments.list",
        [],
        {"filter_by": ["name!=some-name"], "verbosity": "verbose", "offset": 100},
        DepartmentForList,
        paged=True,
        deprecated=False,
    ),
    _Case(
        "departments_create",
        "departments.create",
        [],
        {
            "description": "Research department",
            "name": "research",
            "cluster_id": "71f69d83-ba66-4822-adf5-55ce55efd210",
            "resources": [
                {
                    "nodePool": {"id": "22", "name": "default"},
                    "gpu": {"deserved": 4, "limit": None, "overQuotaWeight": 2},
                    "cpu": {"deserved": 16000, "limit": None, "overQuotaWeight": 2},
                    "memory": {
                        "deserved": 32000,
                        "limit": None,
                        "overQuotaWeight": 2,
                        "units": "Mib",
                    },
                }
            ],
        },
        Department,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "departments_count",
        "departments.count",
        [],
        {"filter_by": ["name!=some-name"]},
        CountResponse,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "departments_get",
        "departments.get",
        ["53a9228e-a722-420d-a102-9dc90da2efca"],
        {},
        Department,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "departments_update",
        "departments.update",
        ["53a9228e-a722-420d-a102-9dc90da2efca"],
        {
            "description": "Research department",
            "default_node_pools": None,
            "resources": [
                {
                    "nodePool": {"id": "22", "name": "default"},
                    "gpu": {"deserved": 4, "limit": None, "overQuotaWeight": 2},
                }
            ],
        },
        Department,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "departments_delete",
        "departments.delete",
        ["53a9228e-a722-420d-a102-9dc90da2efca"],
        {},
        None,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "departments_update_resources",
        "departments.update_resources",
        ["53a9228e-a722-420d-a102-9dc90da2efca"],
        {
            "body": [
                {
                    "nodePool": {"id": "22", "name": "default"},
                    "gpu": {"deserved": 1, "limit": 2, "overQuotaWeight": 2},
                    "cpu": {"deserved": 1000, "limit": 2000, "overQuotaWeight": 2},
                    "memory": {
                        "deserved": 1000,
                        "limit": 2000,
                        "overQuotaWeight": 2,
                        "units": "Mib",
                    },
                    "priority": "Normal",
                }
            ]
        },
        List[Resources],
        paged=False,
        deprecated=False,
    ),
    _Case(
        "departments_patch_resources",
        "departments.patch_resources",
        ["53a9228e-a722-420d-a102-9dc90da2efca"],
        {
            "body": [
                {
                    "nodePool": {"id": "22", "name": "default"},
                    "gpu": {"deserved": 1, "limit": 2, "overQuotaWeight": 2},
                    "cpu": {"deserved": 1000, "limit": 2000, "overQuotaWeight": 2},
                    "memory": {
                        "deserved": 1000,
                        "limit": 2000,
                        "overQuotaWeight": 2,
                        "units": "Mib",
                    },
                    "priority": "Normal",
                }
            ]
        },
        List[Resources],
        paged=False,
        deprecated=False,
    ),
    _Case(
        "users_list",
        "users.list",
        [],
        {
            "filter": "runai.is_local:true",
            "filter_by": ["username=@test,lastLogin>=2024-09-24T00:00:00.00Z,isLocal==false"],
            "offset": 100,
            "search": "test@run",
        },
        User,
        paged=True,
        deprecated=True,
    ),
    _Case(
        "users_create",
        "users.create",
        [],
        {"email": "test@run.ai", "reset_password": False, "notify": True},
        UserPostResponse,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "users_count",
        "users.count",
        [],
        {
            "filter_by": ["username=@test,lastLogin>=2024-09-24T00:00:00.00Z,isLocal==false"],
            "search": "test@run",
        },
        CountResponse,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "users_get",
        "users.get",
        ["3434c-12323ab-4ce2ea6-b44fc-db344d"],
        {},
        User,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "users_delete",
        "users.delete",
        ["3434c-12323ab-4ce2ea6-b44fc-db344d"],
        {},
        None,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "users_reset_password",
        "users.reset_password",
        ["3434c-12323ab-4ce2ea6-b44fc-db344d"],
        {},
        TempPasswordResponse,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "users_logout",
        "users.logout",
        ["3434c-12323ab-4ce2ea6-b44fc-db344d"],
        {},
        None,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "me_change_password",
        "me.change_password",
        [],
        {"current_password": "Abcd!234", "new_password": "Zxcv!567"},
        ChangePasswordResponse,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "roles_list",
        "roles.list",
        [],
        {},
        RolesV1,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "roles_get",
        "roles.get",
        [3],
        {},
        RoleV1,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "access_rules_list",
        "access_rules.list",
        [],
        {},
        AccessRuleList,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "access_rules_create",
        "access_rules.create",
        [],
        {
            "subject_id": "researcher@run.ai",
            "subject_type": "user",
            "role_id": 3,
            "scope_id": "575c19e8-c7c3-45b0-8290-2f47397a8383",
            "scope_type": "project",
            "cluster_id": "71f69d83-ba66-4822-adf5-55ce55efd210",
        },
        AccessRule,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "access_rules_get",
        "access_rules.get",
        [32],
        {},
        AccessRule,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "access_rules_delete",
        "access_rules.delete",
        [32],
        {},
        None,
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
    mock = RunaiMock(seed=1, clock=lambda: NOW, check_answers=True)
    with RunaiClient(
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
        mock = RunaiMock(seed=1, clock=lambda: NOW, check_answers=True)
        async with AsyncRunaiClient(
            **CREDENTIALS, base_url=BASE_URL, transport=mock.transport(), max_retries=0
        ) as client:
            with warns_if_deprecated(case):
                called = bound_method(client, case)(*case.args, **case.kwargs)
                if case.paged:
                    return [item async for item in called]
                return await called

    assert_declared_type(asyncio.run(scenario()), case)
