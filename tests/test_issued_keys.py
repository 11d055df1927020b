"""Runsite's key management, as its API Keys page and official CLI describe it (providers.md section
4), through the generated client against its mock: a key created through the API works at once
with its scope; rotation "generates a new secret and the old one is invalidated immediately";
a revoked key is "instantly disabled; any further request returns 401"; "expired keys are
rejected automatically"; key management takes the dashboard session (a JWT), not an API key.
Also the databases the CLI manages (a Redis create is listed with the databases, `kind: valkey`).
In-process, sync and async, and over a loopback port."""

from __future__ import annotations

import datetime
import re
import threading
from typing import Any, Iterator, List

import httpx
import pytest

from behaviour_helpers import package
from mock_flows import MODES, Awaited

#: A dashboard session's JWT (three base64url parts), as `jwtAuth` takes it; no `exp` claim.
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJl"
#: API Keys page: "All keys use the prefix `ak_live_` followed by a random hex string".
KEY_FORMAT = re.compile(r"^ak_live_[0-9a-f]+$")
T0 = 1_900_000_000.0


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> float:
        return self.now


def setup(mode: str, **mock_kwargs: Any) -> Any:
    module = package("runsite")
    from runsite_client.mock import RunsiteMock

    clock = Clock()
    mock = RunsiteMock(clock=clock, **mock_kwargs)
    mock.add_credentials(access_token=JWT)

    def client(**credentials: str) -> Any:
        cls = module.AsyncRunsiteClient if mode == "async" else module.RunsiteClient
        made = cls(transport=mock.transport(), max_retries=0, **credentials)
        return made if mode == "async" else Awaited(made)

    return module, mock, clock, client


def run(coroutine: Any) -> Any:
    import asyncio

    return asyncio.run(coroutine)


@pytest.mark.parametrize("mode", MODES)
def test_a_key_created_through_the_api_works_at_once_with_its_scope(mode: str) -> None:
    module, _, _, client = setup(mode)

    async def flow() -> None:
        admin = client(access_token=JWT)
        key = await admin.api_keys.create(name="ci", scope="read")
        assert KEY_FORMAT.match(key.plaintext_key) and key.is_active is True
        assert key.plaintext_key.startswith(key.key_prefix) and key.key_prefix != key.plaintext_key
        reader = client(api_key=key.plaintext_key)
        assert (await reader.projects.list()).total == 1  # read: "Read-only access to projects"
        with pytest.raises(module.errors.PermissionDeniedError) as denied:
            await reader.projects.create(name="x")  # "A request outside the key's scope gets 403"
        assert denied.value.status_code == 403
        listed = {k.id: k for k in await admin.api_keys.list()}
        # the key itself is shown once: later reads carry no secret, but record its use
        assert listed[key.id].plaintext_key is None and listed[key.id].last_used_at is not None
        current = await reader.users.current_api_key()  # "the key in use"
        assert (current.id, current.name, current.scope) == (key.id, "ci", "read")

    run(flow())


@pytest.mark.parametrize("mode", MODES)
def test_rotation_invalidates_the_old_secret_immediately(mode: str) -> None:
    module, _, _, client = setup(mode)

    async def flow() -> None:
        admin = client(access_token=JWT)
        key = await admin.api_keys.create(name="deploy", scope="write")
        old = client(api_key=key.plaintext_key)
        assert (await old.projects.list()).total == 1
        rotated = await admin.api_keys.rotate(key.id)
        assert rotated.id == key.id and KEY_FORMAT.match(rotated.plaintext_key)
        assert rotated.plaintext_key != key.plaintext_key
        with pytest.raises(module.errors.AuthenticationError) as refused:
            await old.projects.list()
        assert refused.value.status_code == 401
        new = client(api_key=rotated.plaintext_key)
        assert (await new.projects.create(name="after-rotation")).name == "after-rotation"

    run(flow())


@pytest.mark.parametrize("mode", MODES)
def test_a_revoked_key_gets_401_on_any_further_request(mode: str) -> None:
    module, _, _, client = setup(mode)

    async def flow() -> None:
        admin = client(access_token=JWT)
        key = await admin.api_keys.create(name="temp", scope="admin")
        user = client(api_key=key.plaintext_key)
        assert (await user.projects.list()).total == 1
        await admin.api_keys.revoke(key.id)
        for call in (user.projects.list, user.web_services.list):
            with pytest.raises(module.errors.AuthenticationError) as refused:
                await call()
            assert refused.value.status_code == 401
        assert key.id not in {k.id for k in await admin.api_keys.list()}

    run(flow())


@pytest.mark.parametrize("mode", MODES)
def test_a_key_is_rejected_once_its_expiration_date_passes(mode: str) -> None:
    module, _, clock, client = setup(mode)

    async def flow() -> None:
        admin = client(access_token=JWT)
        expires = datetime.datetime.fromtimestamp(T0 + 3600, datetime.timezone.utc)
        key = await admin.api_keys.create(name="short", scope="read", expires_at=expires)
        assert key.expires_at == expires
        user = client(api_key=key.plaintext_key)
        clock.now = T0 + 3599
        assert (await user.projects.list()).total == 1
        clock.now = T0 + 3600
        with pytest.raises(module.errors.AuthenticationError) as refused:
            await user.projects.list()
        assert refused.value.status_code == 401 and "expired" in str(refused.value)

    run(flow())


def test_a_registered_key_with_an_expiry_is_refused_after_it() -> None:
    module, mock, clock, _ = setup(
        "sync", credentials=[{"api_key": "ak_live_0a1b", "expires": "2030-03-17T18:46:40Z"}]
    )
    mock.add_token("ak_live_2c3d", expires=datetime.datetime(2030, 3, 17, 17, 0))
    one = module.RunsiteClient(api_key="ak_live_0a1b", transport=mock.transport(), max_retries=0)
    two = module.RunsiteClient(api_key="ak_live_2c3d", transport=mock.transport(), max_retries=0)
    clock.now = datetime.datetime(2030, 3, 17, 16, 0, tzinfo=datetime.timezone.utc).timestamp()
    assert one.projects.list().total == two.projects.list().total == 1
    clock.now = datetime.datetime(2030, 3, 17, 17, 0, tzinfo=datetime.timezone.utc).timestamp()
    assert one.projects.list().total == 1
    with pytest.raises(module.errors.AuthenticationError):
        two.projects.list()  # a naive datetime is UTC
    clock.now = datetime.datetime(2030, 3, 17, 18, 46, 40, tzinfo=datetime.timezone.utc).timestamp()
    with pytest.raises(module.errors.AuthenticationError):
        one.projects.list()


def test_key_management_takes_the_dashboard_session_not_an_api_key() -> None:
    module, mock, _, _ = setup("sync")
    # the client says so before sending anything ...
    keyed = module.RunsiteClient(api_key="ak_live_a1b2c3d4", transport=mock.transport())
    with pytest.raises(module.errors.CredentialsError):
        keyed.api_keys.list()
    # ... and the mock refuses an API key sent anyway, and takes the JWT
    raw = httpx.Client(transport=mock.transport(), base_url="https://api.runsite.app")
    assert raw.get("/api/api-keys", headers={"Authorization": "Bearer ak_live_a1b2c3d4"}).status_code == 401
    assert raw.get("/api/api-keys", headers={"Authorization": f"Bearer {JWT}"}).status_code == 200


@pytest.mark.parametrize("mode", MODES)
def test_a_redis_create_is_listed_with_the_databases_as_valkey(mode: str) -> None:
    module, _, _, client = setup(mode)

    async def flow() -> None:
        user = client(api_key="ak_live_a1b2c3d4")
        before = await user.databases.list()
        made = await user.databases.create_redis(name="cache", plan_id="5b1d7f0e-0000-4000-8000-000000000201")
        assert made.kind == "valkey"  # CLI: `kind (postgresql|valkey)`
        after = await user.databases.list()
        assert after.total == before.total + 1
        assert {(d.id, d.kind) for d in after.databases} >= {(made.id, "valkey")}
        state = await user.databases.change_state(made.id, "restart")
        assert (state.id, state.kind) == (made.id, "valkey")
        assert (await user.databases.get(made.id)).name == "cache"
        await user.databases.delete(made.id)
        with pytest.raises(module.errors.NotFoundError):
            await user.databases.get(made.id)

    run(flow())


@pytest.fixture
def served() -> Iterator[Any]:
    package("runsite")
    from runsite_client.mock import RunsiteMock
    from runsite_client.mock._server import make_server

    mock = RunsiteMock()
    mock.add_credentials(access_token=JWT)
    server = make_server(mock.app, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}"
    server.shutdown()
    server.server_close()


def test_create_rotate_revoke_over_a_loopback_port(served: str) -> None:
    module = package("runsite")
    admin = module.RunsiteClient(access_token=JWT, base_url=served, max_retries=0)
    key = admin.api_keys.create(name="ci", scope="write")
    seen: List[int] = []
    for step in ("created", "rotated", "revoked"):
        if step == "rotated":
            rotated = admin.api_keys.rotate(key.id)
        if step == "revoked":
            admin.api_keys.revoke(key.id)
        for secret in [key.plaintext_key] + ([rotated.plaintext_key] if step != "created" else []):
            response = httpx.get(f"{served}/api/projects", headers={"Authorization": f"Bearer {secret}"})
            seen.append(response.status_code)
    # created: 200; rotated: old 401, new 200; revoked: both 401
    assert seen == [200, 401, 200, 401, 401]
