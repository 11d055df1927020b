"""The mock's state (issue 11, items 1-3): nested collections belong to their parent item, a create
stores what was sent plus what the server assigns, and the ``x-rungen-mock`` behaviours the specs
declare change and show state. Expected values are the docs' facts or what the test sent."""

from __future__ import annotations

from typing import Any

import pytest

from behaviour_helpers import RUNDUN_KEY, RUNSITE_KEY, package
from mock_flows import MODES, listed, run

#: RunCloud's docs: every request carries `Content-Type: application/json` and `Accept: application/json`
RUNCLOUD_DOC_HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}

MISSING_UUID = "3f2a1b4c-0000-4000-8000-00000000ffff"


# -- 1. nested collections belong to their parent item --------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_a_nested_list_under_an_unknown_parent_is_404_in_the_provider_shape(mode: str) -> None:
    async def flow(client: Any, module: Any) -> None:
        for call in (client.people.get(999999), listed(client.people.contracts.list(999999)), listed(client.clients.projects.list(999999))):
            with pytest.raises(module.errors.NotFoundError) as caught:
                await call
            assert set(caught.value.body) == {"error", "statusCode", "message"} and caught.value.body["statusCode"] == 404

    run("runn", mode, flow, token="test")


@pytest.mark.parametrize("mode", MODES)
def test_nested_collections_are_scoped_by_their_parent(mode: str) -> None:
    async def flow(client: Any, module: Any) -> None:
        a = await client.web_services.create(name="a")
        b = await client.web_services.create(name="b")
        await client.web_services.env.create(a.id, key="ONLY_A", value="1")
        await client.web_services.deployments.create(a.id)
        assert [v.key for v in (await client.web_services.env.list(a.id)).environment_variables] == ["ONLY_A"]
        assert (await client.web_services.env.list(b.id)).environment_variables == []
        assert len(await listed(client.web_services.deployments.list(a.id))) == 1
        assert await listed(client.web_services.deployments.list(b.id)) == []
        with pytest.raises(module.errors.NotFoundError) as caught:
            await client.web_services.env.list(MISSING_UUID)
        assert set(caught.value.body) == {"detail"}

    run("runsite", mode, flow, api_key=RUNSITE_KEY)


def test_runcloud_nested_resources_need_their_server() -> None:
    async def flow(client: Any, module: Any) -> None:
        server = await client.servers.create(name="web-1", ip_address="203.0.113.7")
        database = await client.databases.create(server.id, name="app")
        assert [d.name for d in await listed(client.databases.list(server.id))] == ["app"]
        assert (await client.databases.get(server.id, database.id)).name == "app"
        with pytest.raises(module.errors.NotFoundError) as caught:
            await listed(client.databases.list(999999))
        assert set(caught.value.body) == {"message"}

    run("runcloud", "sync", flow, api_key="key", api_secret="secret")


@pytest.mark.parametrize("mode", MODES)
def test_deleting_a_parent_makes_its_children_unreachable(mode: str) -> None:
    async def flow(client: Any, module: Any) -> None:
        service = await client.web_services.create(name="doomed")
        await client.web_services.env.create(service.id, key="K", value="v")
        deployment = await client.web_services.deployments.create(service.id)
        await client.web_services.delete(service.id)
        for call in (client.web_services.env.list(service.id), client.web_services.deployments.get(service.id, deployment.id), client.web_services.deploy(service.id)):
            with pytest.raises(module.errors.NotFoundError):
                await call

    run("runsite", mode, flow, api_key=RUNSITE_KEY)


def test_seeds_stay_consistent_with_their_parents() -> None:
    async def flow(client: Any, module: Any) -> None:
        service = (await client.web_services.list()).web_services[0]
        deployments = await listed(client.web_services.deployments.list(service.id))
        variables = (await client.web_services.env.list(service.id)).environment_variables
        assert deployments and variables
        assert {d.web_service_id for d in deployments} == {v.web_service_id for v in variables} == {service.id}

    run("runsite", "sync", flow, api_key=RUNSITE_KEY)


# -- 2. a create stores what was sent -------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_runn_create_stores_only_what_was_sent(mode: str) -> None:
    """ClientInput has name, website, references; nothing sent comes back from the spec's example."""

    async def flow(client: Any, module: Any) -> None:
        created = await client.clients.create(name="X")
        assert (created.name, created.website, created.references, created.is_archived) == ("X", None, [], False)
        read = await client.clients.get(created.id)
        assert (read.name, read.website, read.references) == ("X", None, [])

    run("runn", mode, flow, token="test")


@pytest.mark.parametrize("mode", MODES)
def test_runsite_project_without_description_has_none(mode: str) -> None:
    async def flow(client: Any, module: Any) -> None:
        project = await client.projects.create(name="bare")
        assert (project.name, project.description) == ("bare", None)
        listed_projects = await client.projects.list()
        assert [p.description for p in listed_projects.projects if p.id == project.id] == [None]
        assert listed_projects.total == len(listed_projects.projects)

    run("runsite", mode, flow, api_key=RUNSITE_KEY)


@pytest.mark.parametrize("mode", MODES)
def test_runai_user_is_the_email_sent_and_lists_after(mode: str) -> None:
    async def flow(client: Any, module: Any) -> None:
        user = await client.users.create(email="new.user@example.com")
        assert user.username == "new.user@example.com"
        users = await listed(client.users.list())
        mine = [u for u in users if u.id == user.id]
        assert [u.username for u in mine] == ["new.user@example.com"] and mine[0].is_local is True  # "create a local user"
        assert (await client.users.count()).count == len(users)
        await client.users.delete(user.id)
        assert (await client.users.count()).count == len(users) - 1

    run("runai", mode, flow, client_id="app", client_secret="secret")


def test_runsite_service_gets_the_documented_defaults() -> None:
    """"Only name is required; the API applies its own defaults (port 8080, one instance, branch main)"."""

    async def flow(client: Any, module: Any) -> None:
        service = await client.web_services.create(name="svc")
        assert (service.github_branch, service.min_instances, service.max_instances) == ("main", 1, 1)
        sent = await client.web_services.create(name="svc2", github_branch="develop", min_instances=2, max_instances=4)
        assert (sent.github_branch, sent.min_instances, sent.max_instances) == ("develop", 2, 4)

    run("runsite", "sync", flow, api_key=RUNSITE_KEY)


# -- 3. declared actions and bulk operations --------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_runsite_deploy_creates_a_deployment_of_the_configured_branch(mode: str) -> None:
    async def flow(client: Any, module: Any) -> None:
        service = await client.web_services.create(name="svc", github_branch="develop")
        await client.web_services.deploy(service.id)
        await client.web_services.deploy(service.id)
        deployments = await listed(client.web_services.deployments.list(service.id))
        assert [d.branch for d in deployments] == ["develop", "develop"] and {d.web_service_id for d in deployments} == {service.id}

    run("runsite", mode, flow, api_key=RUNSITE_KEY)


@pytest.mark.parametrize("mode", MODES)
def test_runsite_bulk_env_upserts_by_key_and_total_agrees(mode: str) -> None:
    async def flow(client: Any, module: Any) -> None:
        service = await client.web_services.create(name="svc")
        await client.web_services.env.bulk_update(service.id, variables=[{"key": "NODE_ENV", "value": "production"}, {"key": "PORT", "value": "3000"}])
        await client.web_services.env.bulk_update(service.id, variables=[{"key": "NODE_ENV", "value": "staging"}, {"key": "LOG", "value": "debug"}])
        env = await client.web_services.env.list(service.id)
        assert {v.key: v.value for v in env.environment_variables} == {"NODE_ENV": "staging", "PORT": "3000", "LOG": "debug"}
        assert env.total == 3
        port = next(v for v in env.environment_variables if v.key == "PORT")
        await client.web_services.env.bulk_update(service.id, variables=[{"id": port.id, "key": "PORT", "value": "8080"}])
        assert {v.key: v.value for v in (await client.web_services.env.list(service.id)).environment_variables}["PORT"] == "8080"
        with pytest.raises(module.errors.NotFoundError):  # an id that names no variable: nothing changes
            await client.web_services.env.bulk_update(service.id, variables=[{"key": "NEW", "value": "1"}, {"id": MISSING_UUID, "key": "X", "value": "1"}])
        assert (await client.web_services.env.list(service.id)).total == 3
        await client.web_services.env.delete(service.id, port.id)
        env = await client.web_services.env.list(service.id)
        assert env.total == len(env.environment_variables) == 2

    run("runsite", mode, flow, api_key=RUNSITE_KEY)


@pytest.mark.parametrize("mode", MODES)
def test_runsite_project_secrets_are_grouped_by_key(mode: str) -> None:
    async def flow(client: Any, module: Any) -> None:
        project = await client.projects.create(name="p")
        await client.projects.secrets.create(project.id, key="STRIPE_SECRET_KEY", value="sk_live_1", scope="production", is_secret=True)
        await client.projects.secrets.bulk_update(
            project.id, secrets=[{"key": "API_SECRET", "value": "value1", "scope": "production"}, {"key": "API_SECRET", "value": "value2", "scope": "staging"}]
        )
        await client.projects.secrets.bulk_update(project.id, secrets=[{"key": "API_SECRET", "value": "value3", "scope": "staging"}])
        groups = await client.projects.secrets.list(project.id)
        assert sorted(groups) == ["API_SECRET", "STRIPE_SECRET_KEY"]
        assert {s.scope: s.value for s in groups["API_SECRET"]} == {"production": "value1", "staging": "value3"}
        assert [s.scope for s in groups["STRIPE_SECRET_KEY"]] == ["production"]

    run("runsite", mode, flow, api_key=RUNSITE_KEY)


def test_rundun_runs_reference_a_template_of_the_org() -> None:
    async def flow(client: Any, module: Any) -> None:
        template = await client.templates.create(name="Mine")
        assert (await client.runs.create(template_id=template.id)).run_id.startswith("r-")

    mock = run("rundun", "sync", flow, api_key=RUNDUN_KEY)
    mock.add_credentials(api_key="rdk_live_" + "b" * 32)  # another organisation's key
    other = __import__("rundun_client").RundunClient(api_key="rdk_live_" + "b" * 32, transport=mock.transport())
    mine = [t.id for t in __import__("rundun_client").RundunClient(api_key=RUNDUN_KEY, transport=mock.transport()).templates.list()]
    with pytest.raises(__import__("rundun_client").errors.NotFoundError):  # another org's template
        other.runs.create(template_id=mine[-1])


def test_runai_counts_agree_with_the_lists() -> None:
    async def flow(client: Any, module: Any) -> None:
        projects = await listed(client.projects.list())
        assert (await client.projects.count()).count == len(projects)
        await client.projects.delete(projects[0].id)
        assert (await client.projects.count()).count == len(projects) - 1
        assert (await client.departments.count()).count == len(await listed(client.departments.list()))

    run("runai", "sync", flow, client_id="app", client_secret="secret")


@pytest.mark.parametrize("mode", MODES)
def test_runn_sub_resources_stored_flat_are_the_flat_items_naming_the_parent(mode: str) -> None:
    """A client's projects are the projects whose clientId is that client (declared ``stored-in``)."""

    async def flow(client: Any, module: Any) -> None:
        mine = await client.clients.create(name="New co")
        assert await listed(client.clients.projects.list(mine.id)) == []
        project = await client.projects.create(body={"name": "Website", "clientId": mine.id})
        assert [p.id for p in await listed(client.clients.projects.list(mine.id))] == [project.id]
        assert project.id in [p.id for p in await listed(client.projects.list())]
        others = [p.id for c in await listed(client.clients.list()) if c.id != mine.id for p in await listed(client.clients.projects.list(c.id))]
        assert project.id not in others

    run("runn", mode, flow, token="test")


def test_runcloud_page_counts_agree_with_the_items() -> None:
    """meta.pagination: total (all items), count (items on this page), per_page, total_pages."""
    import httpx

    package("runcloud")
    mock = __import__("runcloud_client.mock", fromlist=["x"]).RunCloudMock(credentials={"api_key": "k", "api_secret": "s"})
    raw = httpx.Client(transport=mock.transport(), base_url="https://manage.runcloud.io/api/v2", headers=RUNCLOUD_DOC_HEADERS, auth=("k", "s"))
    for i in range(3):
        assert raw.post("/servers", json={"name": f"s{i}", "ipAddress": f"203.0.113.{i}"}).status_code == 200
    first = raw.get("/servers", params={"perPage": 2}).json()["meta"]["pagination"]
    pages = [raw.get("/servers", params={"perPage": 2, "page": p}).json() for p in range(1, first["total_pages"] + 1)]
    assert [len(p["data"]) for p in pages] == [p["meta"]["pagination"]["count"] for p in pages]
    assert sum(len(p["data"]) for p in pages) == first["total"] and pages[-1]["meta"]["pagination"]["count"] == first["total"] - 2 * (len(pages) - 1)


@pytest.mark.parametrize("mode", MODES)
def test_runai_filtered_lists_and_their_counts_agree(mode: str) -> None:
    """filterBy: "field-name operator value" (== Equals, != Not equals, =@ contains, =^ Starts with ...);
    search: "a free text search"; /count takes the same filterBy and search."""

    async def flow(client: Any, module: Any) -> None:
        cluster = (await listed(client.clusters.list()))[0]
        pool = [{"nodePool": {"id": "22", "name": "default"}, "gpu": {"deserved": 1}}]
        for name in ("alpha-one", "alpha-two", "beta"):
            await client.projects.create(name=name, cluster_id=cluster.uuid, resources=pool)
        everything = len(await listed(client.projects.list()))
        for filters, names in (
            ({"filter_by": ["name=^alpha"]}, ["alpha-one", "alpha-two"]),
            ({"filter_by": ["name=^alpha", "name!=alpha-two"]}, ["alpha-one"]),
            ({"filter_by": ["name==beta"]}, ["beta"]),
            ({"search": "ALPHA-T"}, ["alpha-two"]),
        ):
            found = [p.name for p in await listed(client.projects.list(**filters))]
            assert found == names and (await client.projects.count(**filters)).count == len(names)
        assert (await client.projects.count()).count == everything
        await client.users.create(email="jane@example.com")
        users = [u.username for u in await listed(client.users.list(filter_by=["username=@jane"]))]
        assert users == ["jane@example.com"] and (await client.users.count(search="jane")).count == 1

    run("runai", mode, flow, client_id="app", client_secret="secret")


@pytest.mark.parametrize("mode", MODES)
def test_runn_list_filters_keep_only_the_matching_items(mode: str) -> None:
    """people `email`: "will only return people with an email that are a substring of this value
    (case-insensitive)"; clients `name` likewise; roleId: "Only assignments in this role"."""

    async def flow(client: Any, module: Any) -> None:
        role = (await listed(client.roles.list()))[0]
        jane = await client.people.create(first_name="Jane", last_name="Doe", role_id=role.id, email="jane.doe@acme.example")
        await client.people.create(first_name="John", last_name="Roe", role_id=role.id, email="john@other.example")
        assert [p.id for p in await listed(client.people.list(email="ACME.example", limit=1))] == [jane.id]
        assert [p.id for p in await listed(client.people.list(first_name="jan"))] == [jane.id]
        made = await client.clients.create(name="Filtered Co")
        assert [c.id for c in await listed(client.clients.list(name="filtered"))] == [made.id]
        assert await listed(client.clients.list(name="no such client")) == []

    run("runn", mode, flow, token="test")


def test_runcloud_a_searched_list_counts_only_what_it_found() -> None:
    """"Most lists also take a `search` string"; meta.pagination.total is the number of items found."""
    import httpx

    package("runcloud")
    mock = __import__("runcloud_client.mock", fromlist=["x"]).RunCloudMock(credentials={"api_key": "k", "api_secret": "s"})
    raw = httpx.Client(transport=mock.transport(), base_url="https://manage.runcloud.io/api/v2", headers=RUNCLOUD_DOC_HEADERS, auth=("k", "s"))
    for i, name in enumerate(("web-alpha", "web-beta", "db-alpha")):
        assert raw.post("/servers", json={"name": name, "ipAddress": f"203.0.113.{i}"}).status_code == 200
    page = raw.get("/servers", params={"search": "alpha", "perPage": 1}).json()
    assert [s["name"] for s in page["data"]] == ["web-alpha"]
    assert (page["meta"]["pagination"]["total"], page["meta"]["pagination"]["total_pages"]) == (2, 2)
    assert raw.get("/servers", params={"search": "no-such-server"}).json()["meta"]["pagination"]["total"] == 0


def test_state_is_the_same_over_a_local_port() -> None:
    import threading

    module = package("runsite")
    mock = __import__("runsite_client.mock", fromlist=["x"]).RunsiteMock()
    server = __import__("runsite_client.mock._server", fromlist=["x"]).make_server(mock.app, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with module.RunsiteClient(api_key=RUNSITE_KEY, base_url=f"http://127.0.0.1:{server.server_address[1]}") as client:
            service = client.web_services.create(name="svc")
            client.web_services.deploy(service.id)
            assert [d.web_service_id for d in client.web_services.deployments.list(service.id)] == [service.id]
            with pytest.raises(module.errors.NotFoundError):
                client.web_services.env.list(MISSING_UUID)
    finally:
        server.shutdown()
        server.server_close()
