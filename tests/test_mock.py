"""The generated mocks: state, auth, validation, paging, rate limits and faults, as the docs say."""

from __future__ import annotations

import threading
from typing import Any, Iterator, List

import httpx
import pytest

from behaviour_helpers import RUNDUN_KEY, RUNSITE_KEY, package

#: RunCloud's docs: every request carries `Content-Type: application/json` and `Accept: application/json`
RUNCLOUD_DOC_HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}

MODES = ["sync", "async"]


#: The credentials these tests sign in with, registered on each mock (it accepts only those and the spec's examples).
SIGN_INS = {
    "runcloud": [{"api_key": "k", "api_secret": "s"}],
    "runn": [{"token": "t"}],
    "runai": [{"client_id": "a", "client_secret": "b"}, {"client_id": "app", "client_secret": "secret"}],
}


def mock_of(provider: str, **kwargs: Any) -> Any:
    module = package(provider)
    mock_module = __import__(f"{provider}_client.mock", fromlist=["x"])
    title = {"runcloud": "RunCloud", "runn": "Runn", "rundun": "Rundun", "runsite": "Runsite", "runai": "Runai"}[provider]
    kwargs.setdefault("credentials", SIGN_INS.get(provider, []))
    return module, getattr(mock_module, f"{title}Mock")(**kwargs)


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def test_runcloud_crud_is_stateful() -> None:
    module, mock = mock_of("runcloud", seed=1)
    client = module.RunCloudClient(api_key="k", api_secret="s", transport=mock.transport())
    created = client.servers.create(name="web-1", ip_address="203.0.113.7")
    assert created.name == "web-1" and created.ip_address == "203.0.113.7"
    assert client.servers.get(created.id).name == "web-1"
    assert created.id in [s.id for s in client.servers.list()]
    client.servers.delete(created.id)
    with pytest.raises(module.errors.NotFoundError) as caught:
        client.servers.get(created.id)
    assert caught.value.body == {"message": f"No such resource: {created.id}"}  # RunCloud's {message} shape


def test_runai_cluster_crud_through_the_async_client_with_mock_issued_tokens() -> None:
    import asyncio

    module, mock = mock_of("runai", seed=2)

    async def scenario() -> None:
        async with module.AsyncRunaiClient(client_id="app", client_secret="secret", transport=mock.transport()) as client:
            created = await client.clusters.create(name="gpu-a")
            assert (await client.clusters.get(created.uuid)).name == "gpu-a"
            await client.clusters.update(created.uuid, name="gpu-b")
            assert (await client.clusters.get(created.uuid)).name == "gpu-b"
            await client.clusters.delete(created.uuid)
            with pytest.raises(module.errors.NotFoundError) as caught:
                await client.clusters.get(created.uuid)
            assert caught.value.body["code"] == 404  # Run:ai's {code, message} shape

    asyncio.run(scenario())


def test_runn_patch_updates_only_the_fields_passed() -> None:
    module, mock = mock_of("runn")
    client = module.RunnClient(token="test", transport=mock.transport())
    created = client.clients.create(name="Acme", website="https://acme.example.com")
    updated = client.clients.update(created.id, name="My updated name")
    assert updated.name == "My updated name" and updated.website == "https://acme.example.com"


def test_ids_are_deterministic_with_a_seed() -> None:
    ids = []
    for _ in range(2):
        module, mock = mock_of("rundun", seed=7)
        client = module.RundunClient(api_key=RUNDUN_KEY, transport=mock.transport())
        ids.append(client.runs.create(template_id="t-550e8400-e29b-41d4-a716-446655440000").run_id)
    assert ids[0] == ids[1] and ids[0].startswith("r-")


def test_missing_or_malformed_credentials_get_401_in_the_provider_shape() -> None:
    module, mock = mock_of("rundun")
    transport = mock.transport()
    raw = httpx.Client(transport=transport, base_url="https://api.rundun.app/v1")
    response = raw.get("/templates")
    assert response.status_code == 401 and set(response.json()) == {"error", "message"}
    response = raw.get("/templates", headers={"Authorization": "Bearer rdk_live_short"})
    assert response.status_code == 401
    assert raw.get("/templates", headers={"Authorization": f"Bearer {RUNDUN_KEY}"}).status_code == 200


def test_runai_tokens_expire() -> None:
    clock = Clock()
    module, mock = mock_of("runai", clock=clock)
    raw = httpx.Client(transport=mock.transport(), base_url="https://acme.run.ai")
    grant = raw.post("/api/v2/token", data={"grant_type": "client_credentials", "client_id": "a", "client_secret": "b"})
    assert grant.status_code == 200
    token, lifetime = grant.json()["access_token"], grant.json()["expires_in"]
    auth = {"Authorization": f"Bearer {token}"}
    assert raw.get("/api/v1/clusters", headers=auth).status_code == 200
    clock.now += lifetime + 1
    expired = raw.get("/api/v1/clusters", headers=auth)
    assert expired.status_code == 401 and "expired" in expired.json()["message"]


def test_invalid_bodies_get_the_documented_validation_status() -> None:
    module, mock = mock_of("runn")
    client = module.RunnClient(token="test", transport=mock.transport())
    with pytest.raises(module.errors.BadRequestError) as caught:
        client.clients.create(name="")  # ClientInput.name has minLength 1
    assert caught.value.body["statusCode"] == 400 and "name" in caught.value.body["message"]


def test_an_undeclared_method_gets_405_with_allow() -> None:
    _, mock = mock_of("rundun")
    raw = httpx.Client(transport=mock.transport(), base_url="https://api.rundun.app/v1")
    response = raw.delete("/templates", headers={"Authorization": f"Bearer {RUNDUN_KEY}"})
    assert response.status_code == 405
    assert response.headers["Allow"] == "GET, POST"
    assert set(response.json()) == {"error", "message"}


def test_runcloud_per_page_above_40_is_refused_and_pages_walk() -> None:
    module, mock = mock_of("runcloud")
    raw = httpx.Client(transport=mock.transport(), base_url="https://manage.runcloud.io/api/v2", headers=RUNCLOUD_DOC_HEADERS, auth=("k", "s"))
    assert raw.get("/servers", params={"perPage": 41}).status_code == 422
    client = module.RunCloudClient(api_key="k", api_secret="s", transport=mock.transport())
    for i in range(3):
        client.servers.create(name=f"s{i}", ip_address=f"203.0.113.{i}")
    page = raw.get("/servers", params={"perPage": 2, "page": 1}).json()
    total = page["meta"]["pagination"]["total"]
    assert total >= 3 and len(page["data"]) == 2
    assert page["meta"]["pagination"]["total_pages"] == -(-total // 2) and page["meta"]["pagination"]["per_page"] == 2
    walked = list(client.servers.list(per_page=2))
    assert len(walked) == total and len({s.id for s in walked}) == total


def test_runn_cursor_pages_through_the_mock() -> None:
    module, mock = mock_of("runn")
    client = module.RunnClient(token="test", transport=mock.transport())
    for i in range(5):
        client.clients.create(name=f"client {i}")
    names = [c.name for c in client.clients.list(limit=2)]
    assert [f"client {i}" for i in range(5)] == [n for n in names if n.startswith("client ")]


def test_runn_rate_limit_is_120_a_minute_with_retry_after_in_ms() -> None:
    clock = Clock()
    module, mock = mock_of("runn", clock=clock)
    raw = httpx.Client(transport=mock.transport(), base_url="https://api.runn.io", headers={"Authorization": "Bearer t", "Accept-Version": "1.0.0"})
    statuses = [raw.get("/me/").status_code for _ in range(120)]
    assert set(statuses) == {200}
    clock.now += 10
    limited = raw.get("/me/")
    assert limited.status_code == 429
    assert limited.headers["x-ratelimit-limit"] == "120" and limited.headers["x-ratelimit-remaining"] == "0"
    assert limited.headers["retry-after"] == "50000"  # milliseconds
    clock.now += 50
    assert raw.get("/me/").status_code == 200


def test_the_rate_limit_counts_only_the_current_window() -> None:
    """A long-running mock server stays as fast as a new one: old request times are forgotten."""
    clock = Clock()
    module, mock = mock_of("runn", clock=clock, rate_limit=(10**9, 60))
    raw = httpx.Client(transport=mock.transport(), base_url="https://api.runn.io", headers={"Authorization": "Bearer t", "Accept-Version": "1.0.0"})
    for _ in range(500):
        assert raw.get("/me/").status_code == 200
    assert len(mock.app.hits["Bearer t"]) == 500
    clock.now += 61
    assert raw.get("/me/").headers["x-ratelimit-remaining"] == str(10**9 - 1)
    assert len(mock.app.hits["Bearer t"]) == 1


def test_runcloud_sends_rate_limit_headers_on_every_response() -> None:
    _, mock = mock_of("runcloud", rate_limit=(3, 60))
    raw = httpx.Client(transport=mock.transport(), base_url="https://manage.runcloud.io/api/v2", headers=RUNCLOUD_DOC_HEADERS, auth=("k", "s"))
    first = raw.get("/ping")
    assert first.json() == {"message": "pong"}
    assert first.headers["X-RateLimit-Limit"] == "3" and first.headers["X-RateLimit-Remaining"] == "2"


def test_fault_injection() -> None:
    module, mock = mock_of("runn", error_rate=1.0)
    client = module.RunnClient(token="t", transport=mock.transport(), max_retries=0)
    with pytest.raises(module.errors.InternalServerError):
        client.me.get()
    mock.faults.error_rate = 0.0
    mock.force_429(1)
    with pytest.raises(module.errors.RateLimitError):
        client.me.get()
    assert client.me.get() is not None
    mock.faults.drop_rate = 1.0
    with pytest.raises(module.errors.APIConnectionError):
        client.me.get()


def test_the_mock_serves_over_a_local_port() -> None:
    module, mock = mock_of("runsite")
    server_module = __import__("runsite_client.mock._server", fromlist=["x"])
    server = server_module.make_server(mock.app, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        with module.RunsiteClient(api_key=RUNSITE_KEY, base_url=f"http://127.0.0.1:{port}") as client:
            project = client.projects.create(name="my-app", description="My application")
            assert client.projects.get(project.id).name == "my-app"
            anonymous = httpx.get(f"http://127.0.0.1:{port}/api/projects")
            assert anonymous.status_code == 401 and set(anonymous.json()) == {"detail"}  # Runsite's {detail} shape
    finally:
        server.shutdown()
        server.server_close()


def test_rungen_mock_command_refuses_an_unknown_provider() -> None:
    from conftest import run_rungen

    result = run_rungen("mock", "nosuch")
    assert result.returncode == 1 and "no generated mock" in result.stderr


# -- provider rules the docs state (x-rungen-mock in the specs) -------------------------------------


def test_runn_read_only_token_cannot_write() -> None:
    module, mock = mock_of("runn")
    mock.add_token("reader", scopes=["read"])
    client = module.RunnClient(token="reader", transport=mock.transport())
    assert client.me.get() is not None  # reads are fine
    with pytest.raises(module.errors.PermissionDeniedError) as caught:
        client.clients.create(name="Acme")
    assert caught.value.body["statusCode"] == 403
    writer = module.RunnClient(token="writer", transport=mock.transport())
    mock.add_token("writer", scopes=["read", "write"])
    assert writer.clients.create(name="Acme").name == "Acme"


def test_runsite_inactive_key_gets_401() -> None:
    module, mock = mock_of("runsite")
    mock.add_token("ak_live_revoked", active=False)
    client = module.RunsiteClient(api_key="ak_live_revoked", transport=mock.transport())
    with pytest.raises(module.errors.AuthenticationError) as caught:
        client.projects.list()
    assert caught.value.body == {"detail": "API key is inactive"}


def test_rundun_run_expires_after_expires_in_hours_then_410() -> None:
    clock = Clock()
    module, mock = mock_of("rundun", clock=clock)
    client = module.RundunClient(api_key=RUNDUN_KEY, transport=mock.transport())
    run = client.runs.create(template_id="t-550e8400-e29b-41d4-a716-446655440000", expires_in_hours=24)
    assert run.expires_at is not None
    assert client.runs.get(run.run_id).run_id == run.run_id
    clock.now += 24 * 3600 + 1
    with pytest.raises(module.errors.GoneError) as caught:
        client.runs.get(run.run_id)
    assert caught.value.error_code == "run_expired"  # the operation's own documented 410 body
    forever = client.runs.create(template_id="t-550e8400-e29b-41d4-a716-446655440000")  # no expires_in_hours: no expiry
    clock.now += 10 * 365 * 86400
    assert client.runs.get(forever.run_id).run_id == forever.run_id


def test_rundun_quota_exceeded_is_402() -> None:
    module, mock = mock_of("rundun", quota=2)
    client = module.RundunClient(api_key=RUNDUN_KEY, transport=mock.transport())
    for _ in range(2):
        client.runs.create(template_id="t-550e8400-e29b-41d4-a716-446655440000")
    with pytest.raises(module.errors.PaymentRequiredError) as caught:
        client.runs.create(template_id="t-550e8400-e29b-41d4-a716-446655440000")
    assert set(caught.value.body) == {"error", "message"}


def test_rundun_keys_see_only_their_org_resources() -> None:
    module, mock = mock_of("rundun")
    mine = module.RundunClient(api_key=RUNDUN_KEY, transport=mock.transport())
    mock.add_token("rdk_live_" + "b" * 32)
    theirs = module.RundunClient(api_key="rdk_live_" + "b" * 32, transport=mock.transport())
    run = mine.runs.create(template_id="t-550e8400-e29b-41d4-a716-446655440000")
    assert mine.runs.get(run.run_id).run_id == run.run_id
    with pytest.raises(module.errors.NotFoundError):
        theirs.runs.get(run.run_id)
    template = mine.templates.create(name="Mine")
    assert template.id in [t.id for t in mine.templates.list()]
    assert template.id not in [t.id for t in theirs.templates.list()]


def test_runsite_secret_values_are_masked() -> None:
    module, mock = mock_of("runsite")
    client = module.RunsiteClient(api_key=RUNSITE_KEY, transport=mock.transport())
    service = client.web_services.create(name="backend-api")
    client.web_services.env.create(service.id, key="DATABASE_URL", value="postgres://secret", is_secret=True)
    client.web_services.env.create(service.id, key="NODE_ENV", value="production", is_secret=False)
    listed = {v.key: v.value for v in client.web_services.env.list(service.id).environment_variables}
    assert listed == {"DATABASE_URL": None, "NODE_ENV": "production"}


def test_runsite_deploy_restart_stop_change_the_service_state() -> None:
    module, mock = mock_of("runsite")
    client = module.RunsiteClient(api_key=RUNSITE_KEY, transport=mock.transport())
    service = client.web_services.create(name="backend-api")
    client.web_services.deploy(service.id)
    assert client.web_services.get(service.id).status == "deploying"
    client.web_services.stop(service.id)
    assert client.web_services.get(service.id).status == "stopped"
    client.web_services.restart(service.id)
    assert client.web_services.get(service.id).status == "running"
    with pytest.raises(module.errors.NotFoundError):
        client.web_services.deploy("3f2a1b4c-0000-4000-8000-00000000ffff")


def test_runsite_logs_tail_is_1_to_10000() -> None:
    module, mock = mock_of("runsite")
    client = module.RunsiteClient(api_key=RUNSITE_KEY, transport=mock.transport())
    service = client.web_services.create(name="backend-api")
    assert client.web_services.logs(service.id, tail=10000) is not None
    for bad in (0, 10001):
        with pytest.raises(module.errors.APIStatusError) as caught:
            client.web_services.logs(service.id, tail=bad)
        assert caught.value.status_code in (400, 422)


@pytest.mark.parametrize("provider", ["runcloud", "runn", "rundun", "runsite", "runai"])
def test_the_package_readme_mock_example_runs_as_written(provider: str) -> None:
    """A newcomer pastes the README's in-process example and makes a first call."""
    from conftest import GENERATED

    package(provider)
    readme = (GENERATED / provider / "README.md").read_text()
    section = readme.split("## Test against the mock", 1)[1]
    snippet = section.split("```python", 1)[1].split("```", 1)[0]
    namespace: dict[str, Any] = {}
    exec(compile(snippet, f"{provider}/README.md", "exec"), namespace)
    client = namespace["client"]
    first = next(attr for attr in vars(type(client)) if not attr.startswith("_") and hasattr(getattr(client, attr), "with_raw_response"))
    assert getattr(client, first) is not None


def test_only_known_credentials_pass_and_registering_one_keeps_the_others() -> None:
    module, mock = mock_of("runn")
    client = module.RunnClient(token="anything", transport=mock.transport())
    with pytest.raises(module.errors.AuthenticationError):
        client.me.get()  # Runn: 401 for an invalid token
    mock.add_token("known")
    assert module.RunnClient(token="known", transport=mock.transport()).me.get() is not None
    assert module.RunnClient(token="t", transport=mock.transport()).me.get() is not None


def test_the_most_specific_path_decides_405() -> None:
    _, mock = mock_of("runcloud")
    raw = httpx.Client(transport=mock.transport(), base_url="https://manage.runcloud.io/api/v2", headers=RUNCLOUD_DOC_HEADERS, auth=("k", "s"))
    response = raw.get("/servers/1/cronjobs/rebuild")  # POST only; not /cronjobs/{jobId} with jobId="rebuild"
    assert response.status_code == 405 and response.headers["Allow"] == "POST"


# -- rules of the part 2 not covered above ---------------------------------------------------

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
TEMPLATE_ID = "t-550e8400-e29b-41d4-a716-446655440000"


def test_ids_are_in_each_provider_format() -> None:
    import re

    runcloud, mock = mock_of("runcloud")
    server = runcloud.RunCloudClient(api_key="k", api_secret="s", transport=mock.transport()).servers.create(name="a", ip_address="203.0.113.1")
    assert isinstance(server.id, int) and not isinstance(server.id, bool)
    runn, mock = mock_of("runn")
    assert isinstance(runn.RunnClient(token="t", transport=mock.transport()).clients.create(name="a").id, int)
    rundun, mock = mock_of("rundun")
    client = rundun.RundunClient(api_key=RUNDUN_KEY, transport=mock.transport())
    assert re.fullmatch("t-" + UUID, client.templates.create(name="a").id)
    assert re.fullmatch("r-" + UUID, client.runs.create(template_id=TEMPLATE_ID).run_id)
    runsite, mock = mock_of("runsite")
    assert re.fullmatch(UUID, runsite.RunsiteClient(api_key=RUNSITE_KEY, transport=mock.transport()).projects.create(name="a").id)
    runai, mock = mock_of("runai")
    assert re.fullmatch(UUID, runai.RunaiClient(client_id="a", client_secret="b", transport=mock.transport()).clusters.create(name="a").uuid)


def test_integer_ids_continue_after_the_seeded_examples() -> None:
    module, mock = mock_of("runcloud")
    client = module.RunCloudClient(api_key="k", api_secret="s", transport=mock.transport())
    seeded = [s.id for s in client.servers.list()]
    assert seeded, "the mock starts with the spec's example servers"
    assert client.servers.create(name="a", ip_address="203.0.113.1").id == max(seeded) + 1


def test_the_seed_decides_the_ids() -> None:
    def run_ids(seed: int) -> List[str]:
        module, mock = mock_of("rundun", seed=seed)
        client = module.RundunClient(api_key=RUNDUN_KEY, transport=mock.transport())
        return [client.runs.create(template_id=TEMPLATE_ID).run_id for _ in range(3)]

    assert run_ids(7) == run_ids(7)
    assert run_ids(7) != run_ids(8)
    assert len(set(run_ids(7))) == 3


def test_the_mock_starts_with_the_spec_examples() -> None:
    module, mock = mock_of("runsite")
    spec = __import__("runsite_client.mock", fromlist=["load_spec"]).load_spec()
    listed = spec["paths"]["/api/projects"]["get"]["responses"]["200"]["content"]["application/json"]["example"]
    example_ids = [p["id"] for p in listed["projects"]]
    client = module.RunsiteClient(api_key=RUNSITE_KEY, transport=mock.transport())
    assert [p.id for p in client.projects.list().projects] == example_ids
    assert client.projects.get(example_ids[0]).id == example_ids[0]


def test_rundun_pages_with_next_page() -> None:
    module, mock = mock_of("rundun")
    raw = httpx.Client(transport=mock.transport(), base_url="https://api.rundun.app/v1", headers={"Authorization": f"Bearer {RUNDUN_KEY}"})
    client = module.RundunClient(api_key=RUNDUN_KEY, transport=mock.transport())
    total = len(raw.get("/templates").json()["data"])
    for i in range(3):
        client.templates.create(name=f"T{i}")
    total += 3
    first = raw.get("/templates", params={"per_page": 2, "page": 1}).json()
    assert len(first["data"]) == 2 and first["pagination"]["next_page"] == 2
    assert first["pagination"]["total"] == total and first["pagination"]["per_page"] == 2
    last_page = -(-total // 2)
    last = raw.get("/templates", params={"per_page": 2, "page": last_page}).json()
    assert last["pagination"]["next_page"] is None and len(last["data"]) == total - 2 * (last_page - 1)
    assert len({t.id for t in client.templates.list(per_page=2)}) == total


def test_runai_offset_paging_leaves_next_out_on_the_last_page() -> None:
    module, mock = mock_of("runai")
    client = module.RunaiClient(client_id="a", client_secret="b", transport=mock.transport())
    seeded = len(list(client.projects.list()))
    assert seeded >= 1
    raw = httpx.Client(transport=mock.transport(), base_url="https://app.run.ai")
    grant = raw.post("/api/v2/token", data={"grant_type": "client_credentials", "client_id": "a", "client_secret": "b"}).json()
    auth = {"Authorization": f"Bearer {grant['access_token']}"}
    first = raw.get("/api/v1/org-unit/projects", params={"offset": 0, "limit": 1}, headers=auth).json()
    assert len(first["projects"]) == 1 and (first["next"] == 1 if seeded > 1 else "next" not in first)
    last = raw.get("/api/v1/org-unit/projects", params={"offset": seeded - 1, "limit": 1}, headers=auth).json()
    assert len(last["projects"]) == 1 and "next" not in last  # the schema has no null for `next`


def test_rundun_429_carries_retry_after_in_seconds_in_rundun_shape() -> None:
    clock = Clock()
    _, mock = mock_of("rundun", rate_limit=(2, 60), clock=clock)
    raw = httpx.Client(transport=mock.transport(), base_url="https://api.rundun.app/v1", headers={"Authorization": f"Bearer {RUNDUN_KEY}"})
    assert [raw.get("/templates").status_code for _ in range(2)] == [200, 200]
    clock.now += 15
    limited = raw.get("/templates")
    assert limited.status_code == 429 and limited.headers["Retry-After"] == "45"
    assert set(limited.json()) == {"error", "message"}
    clock.now += 45
    assert raw.get("/templates").status_code == 200


def test_runsite_rollback_creates_a_new_deployment() -> None:
    module, mock = mock_of("runsite")
    client = module.RunsiteClient(api_key=RUNSITE_KEY, transport=mock.transport())
    service = client.web_services.list().web_services[0].id  # a service of the spec's examples, with deployments
    before = [d.id for d in client.web_services.deployments.list(service)]
    assert before
    rolled = client.web_services.deployments.rollback(service, before[-1])
    assert rolled.id not in before and rolled.rollback_from_deployment_id == before[-1]
    after = [d.id for d in client.web_services.deployments.list(service)]
    assert set(after) == set(before) | {rolled.id}
    assert client.web_services.deployments.get(service, rolled.id).rollback_from_deployment_id == before[-1]
    with pytest.raises(module.errors.NotFoundError):
        client.web_services.deployments.rollback(service, "3f2a1b4c-0000-4000-8000-00000000ffff")


def test_runsite_logs_since_is_a_unix_timestamp() -> None:
    module, mock = mock_of("runsite")
    client = module.RunsiteClient(api_key=RUNSITE_KEY, transport=mock.transport())
    service = client.web_services.create(name="backend-api")
    assert client.web_services.logs(service.id, since=1710000000, tail=1) is not None
    raw = httpx.Client(transport=mock.transport(), base_url="https://api.runsite.app", headers={"Authorization": f"Bearer {RUNSITE_KEY}"})
    refused = raw.get(f"/api/web-services/{service.id}/logs", params={"since": "yesterday"})
    assert refused.status_code == 400 and "since" in str(refused.json()["detail"])  # Runsite: 400 invalid input


def test_undeclared_query_parameters_are_refused() -> None:
    _, mock = mock_of("runcloud")
    raw = httpx.Client(transport=mock.transport(), base_url="https://manage.runcloud.io/api/v2", headers=RUNCLOUD_DOC_HEADERS, auth=("k", "s"))
    assert raw.get("/servers", params={"perPage": 2}).status_code == 200
    refused = raw.get("/servers", params={"per_page": 2})  # a typo of perPage
    assert refused.status_code == 422 and "per_page" in refused.json()["message"]


def test_runai_filter_by_is_read_comma_joined_or_repeated() -> None:
    _, mock = mock_of("runai")
    raw = httpx.Client(transport=mock.transport(), base_url="https://app.run.ai")
    grant = raw.post("/api/v2/token", data={"grant_type": "client_credentials", "client_id": "a", "client_secret": "b"}).json()
    auth = {"Authorization": f"Bearer {grant['access_token']}"}
    ok = "/api/v1/users/count?filterBy=username%3D%40test,isLocal==false"
    assert raw.get(ok, headers=auth).status_code == 200
    assert raw.get("/api/v1/users/count?filterBy=username%3D%40test&filterBy=isLocal==false", headers=auth).status_code == 200
    assert raw.get("/api/v1/users/count?filterBy=username%3D%40test,nosuchfield==1", headers=auth).status_code == 400
    # an encoded comma belongs to the value: one filter, valid as a whole
    assert raw.get("/api/v1/users/count?filterBy=username%3D%40a%2Cb", headers=auth).status_code == 200


def test_a_huge_expiry_is_the_end_of_time_not_a_crash() -> None:
    module, mock = mock_of("rundun")
    client = module.RundunClient(api_key=RUNDUN_KEY, transport=mock.transport())
    run = client.runs.create(template_id=TEMPLATE_ID, expires_in_hours=1e300)
    assert run.expires_at is not None and run.expires_at.year == 9999
    assert client.runs.get(run.run_id).run_id == run.run_id
    raw = httpx.Client(transport=mock.transport(), base_url="https://api.rundun.app/v1", headers={"Authorization": f"Bearer {RUNDUN_KEY}"})
    nan = raw.post("/runs", content=b'{"template_id": "%s", "expires_in_hours": NaN}' % TEMPLATE_ID.encode(), headers={"Content-Type": "application/json"})
    assert nan.status_code in (400, 422)


def test_latency_fault_delays_every_response() -> None:
    import time

    module, mock = mock_of("runn", latency=0.05)
    client = module.RunnClient(token="t", transport=mock.transport())
    started = time.perf_counter()
    client.me.get()
    client.me.get()
    assert time.perf_counter() - started >= 0.1
    mock.faults.latency = 0.0
    started = time.perf_counter()
    client.me.get()
    assert time.perf_counter() - started < 0.05


def test_dropped_connections_over_a_local_port() -> None:
    module, mock = mock_of("runsite", drop_rate=1.0)
    server_module = __import__("runsite_client.mock._server", fromlist=["x"])
    server = server_module.make_server(mock.app, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        with module.RunsiteClient(api_key=RUNSITE_KEY, base_url=f"http://127.0.0.1:{port}", max_retries=0) as client:
            with pytest.raises(module.errors.APIConnectionError):
                client.projects.list()
            mock.faults.drop_rate = 0.0
            assert client.projects.list() is not None
    finally:
        server.shutdown()
        server.server_close()


def test_array_and_object_query_parameters_are_read_in_their_style() -> None:
    """The fixture's styles: csv (form, not exploded), pipe/space delimited, deepObject, exploded form."""
    import sys

    from conftest import FIXTURES

    folder = str(FIXTURES / "golden" / "pets")
    if folder not in sys.path:  # the fixture's own contract tests may have put it there already
        sys.path.append(folder)
    from pets_client import PetsClient, errors
    from pets_client.mock import PetsMock

    client = PetsClient(api_key="k", transport=PetsMock(credentials={"api_key": "k"}).transport())
    assert client.pets.list(ids=[3, 4], colors=["a,b", "c"], words=["x", "y"], filter={"kind": "cat", "minAge": 2}) is not None
    with pytest.raises(errors.APIStatusError) as caught:
        client.pets.list(filter={"kind": "cat", "minAge": "old"})
    assert caught.value.status_code == 400
    with pytest.raises(errors.APIStatusError):
        client.pets.list(ids=[3, 4], extra_query={"filter[nope": "1"})  # not a parameter of this operation


def test_sigterm_to_rungen_mock_stops_the_server_and_leaves_no_orphan() -> None:
    """`rungen mock` becomes the server (exec): `kill $!` in a CI script stops what listens on the port."""
    import os
    import signal
    import socket
    import subprocess
    import sys
    import time

    from conftest import ROOT

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen([sys.executable, "-m", "generator", "mock", "rundun", "--port", str(port)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def listening() -> bool:
        with socket.socket() as client:
            return client.connect_ex(("127.0.0.1", port)) == 0

    try:
        deadline = time.monotonic() + 120
        while not listening():
            assert process.poll() is None and time.monotonic() < deadline, "the mock did not start"
            time.sleep(0.2)
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
        assert not listening()
    finally:
        process.kill()
        process.wait()
