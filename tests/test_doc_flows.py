"""The providers' own example flows, end to end through the generated clients against their mocks,
sync and async. Each expected value is written here from the docs (or is what the flow sent)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from behaviour_helpers import RUNDUN_KEY, RUNSITE_KEY
from mock_flows import MODES, listed, run

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"


@pytest.mark.parametrize("mode", MODES)
def test_runai_create_a_user_and_a_project_and_set_the_user_to_the_project(mode: str) -> None:
    """The overview's example: token, user, project, access rule (user, role, project scope)."""

    async def flow(client: Any, module: Any) -> None:
        cluster = (await listed(client.clusters.list()))[0]
        user = await client.users.create(email="jane@example.com")
        assert user.username == "jane@example.com"  # a local user's username is the email it was created with
        project = await client.projects.create(
            name="team-a",
            cluster_id=cluster.uuid,
            resources=[{"nodePool": {"id": "22", "name": "default"}, "gpu": {"deserved": 1}}],
        )
        assert project.name == "team-a" and project.cluster_id == cluster.uuid
        assert (await client.projects.get(project.id)).name == "team-a"
        role = next(r for r in await listed(client.roles.list()) if r.name == "L1 researcher")
        rule = await client.access_rules.create(
            subject_id=user.username, subject_type="user", role_id=role.id, scope_id=project.id, scope_type="project", cluster_id=cluster.uuid
        )
        assert (rule.subject_id, rule.subject_type, rule.role_id, rule.scope_id, rule.scope_type) == (user.username, "user", role.id, project.id, "project")
        assert rule.role_name == "L1 researcher"
        assert (await client.access_rules.get(rule.id)).scope_id == project.id
        rules = await client.access_rules.list()
        assert rule.id in [r.id for r in rules.access_rules]
        assert rules.total_records == len(rules.access_rules) == rules.display_records
        assert user.username in [u.username for u in await listed(client.users.list())]
        assert (await client.users.count()).count == len(await listed(client.users.list()))
        with pytest.raises(module.errors.NotFoundError):
            await client.access_rules.create(subject_id=user.username, subject_type="user", role_id=999999, scope_id=project.id, scope_type="project")
        # its subject and its scope must exist too (404: the official schema's error for this operation)
        for subject, scope in (("nobody@example.com", project.id), (user.username, "999999")):
            with pytest.raises(module.errors.NotFoundError) as refused:
                await client.access_rules.create(subject_id=subject, subject_type="user", role_id=role.id, scope_id=scope, scope_type="project")
            assert refused.value.body["code"] == 404  # Run:ai's Error {code, message, details}
        assert rule.scope_name == "team-a"  # the docs' example rule names its project: "scopeName": "team-a"

    run("runai", mode, flow, client_id="app", client_secret="secret")


@pytest.mark.parametrize("mode", MODES)
def test_rundun_dispatch_a_run_then_read_it(mode: str) -> None:
    """POST /v1/runs returns run_id and link; GET /v1/runs/{run_id} is the run document."""
    template_id = "t-550e8400-e29b-41d4-a716-446655440000"  # the docs' request example

    async def flow(client: Any, module: Any) -> None:
        template = await client.templates.create(name="Turnover check")
        assert re.fullmatch("t-" + UUID, template.id)
        run_ = await client.runs.create(template_id=template.id, executor_ref="booking_9f2a3b", expires_in_hours=24)
        assert re.fullmatch("r-" + UUID, run_.run_id)
        assert run_.link == f"https://rundun.app/r/{run_.run_id}" and run_.assigned_to is None  # "null on creation"
        read = await client.runs.get(run_.run_id)
        assert (read.run_id, read.template_id, read.executor_ref, read.status) == (run_.run_id, template.id, "booking_9f2a3b", "pending")
        assert read.link == run_.link and read.expires_at == run_.expires_at
        assert read.template_v == template.v  # "the template is snapshotted at creation time"
        seeded = await client.runs.create(template_id=template_id)
        assert seeded.run_id != run_.run_id
        assert (await client.runs.get(seeded.run_id)).template_v == 3  # that template's version in the docs' list example
        with pytest.raises(module.errors.NotFoundError):  # a template_id that does not exist in the org
            await client.runs.create(template_id="t-00000000-0000-4000-8000-000000000000")

    run("rundun", mode, flow, api_key=RUNDUN_KEY)


@pytest.mark.parametrize("mode", MODES)
def test_runsite_create_a_service_set_env_deploy_and_roll_back(mode: str) -> None:
    async def flow(client: Any, module: Any) -> None:
        project = await client.projects.create(name="my-app", description="My application")
        service = await client.web_services.create(name="backend-api", project_id=project.id, git_repository_url="https://github.com/user/repo", port=3000)
        assert service.name == "backend-api" and service.github_branch == "main"  # branch `main` by default
        await client.web_services.env.bulk_update(service.id, variables=[{"key": "NODE_ENV", "value": "production"}, {"key": "PORT", "value": "3000", "is_secret": False}])
        await client.web_services.env.create(service.id, key="DATABASE_URL", value="postgres://db", is_secret=True)
        env = await client.web_services.env.list(service.id)
        assert {v.key: v.value for v in env.environment_variables} == {"NODE_ENV": "production", "PORT": "3000", "DATABASE_URL": None}
        assert env.total == 3
        await client.web_services.deploy(service.id)
        assert (await client.web_services.get(service.id)).status == "deploying"
        first = await listed(client.web_services.deployments.list(service.id))
        assert len(first) == 1 and first[0].web_service_id == service.id and first[0].branch == "main"
        second = await client.web_services.deployments.create(service.id, branch="release")
        assert second.branch == "release" and second.status == "building"
        rolled = await client.web_services.deployments.rollback(service.id, first[0].id)
        assert rolled.rollback_from_deployment_id == first[0].id and rolled.id not in (first[0].id, second.id)
        assert rolled.branch == "main" and rolled.web_service_id == service.id  # what it rolls back to
        deployments = await listed(client.web_services.deployments.list(service.id))
        assert [d.id for d in deployments] == [rolled.id, second.id, first[0].id]  # newest first

    run("runsite", mode, flow, api_key=RUNSITE_KEY)


@pytest.mark.parametrize("mode", MODES)
def test_runn_cursor_walk_and_partial_update(mode: str) -> None:
    async def flow(client: Any, module: Any) -> None:
        before = [c.id for c in await listed(client.clients.list())]
        made = [await client.clients.create(name=f"client {i}", website="https://acme.example.com") for i in range(5)]
        walked = await listed(client.clients.list(limit=2))  # follows nextCursor to the end
        assert [c.id for c in walked] == before + [c.id for c in made]
        updated = await client.clients.update(made[0].id, name="My updated name")  # the docs' update example
        assert updated.name == "My updated name" and updated.website == "https://acme.example.com"  # omitted fields kept
        assert (await client.clients.get(made[0].id)).name == "My updated name"

    run("runn", mode, flow, token="test")


@pytest.mark.parametrize("mode", MODES)
def test_runcloud_ping_and_paged_servers(mode: str) -> None:
    async def flow(client: Any, module: Any) -> None:
        assert (await client.meta.ping()).message == "pong"
        before = len(await listed(client.servers.list()))
        made = [await client.servers.create(name=f"web-{i}", ip_address=f"203.0.113.{i}") for i in range(3)]
        servers = await listed(client.servers.list(per_page=2))  # walks ?page= to the last page
        assert len(servers) == before + 3 and len({s.id for s in servers}) == len(servers)
        assert [s.name for s in servers[-3:]] == ["web-0", "web-1", "web-2"] and servers[-1].id == made[-1].id
        with pytest.raises(module.errors.PaginationError):
            await listed(client.servers.list(per_page=41))  # the maximum perPage is 40

    run("runcloud", mode, flow, api_key="key", api_secret="secret")
