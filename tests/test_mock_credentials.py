"""The mocks' credential model, as each provider's docs describe its keys: only the credentials
the user gave (``credentials=``, the command line, the client's environment variables) and the
spec's examples pass; any other is 401 in the provider's shape; scopes and inactive keys as
documented; Basic pairs and OAuth2 clients checked as pairs; issued tokens expire. In-process
and over a port, sync and async."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from typing import Any, Iterator

import httpx
import pytest

from behaviour_helpers import RUNSITE_KEY, TITLES, package
from conftest import GENERATED

MODES = ["sync", "async"]


def mock_of(provider: str, **kwargs: Any) -> Any:
    module = package(provider)
    mock_module = __import__(f"{provider}_client.mock", fromlist=["x"])
    return module, getattr(mock_module, f"{TITLES[provider]}Mock")(**kwargs)


def call(client: Any, mode: str, method: str, *args: Any, **kwargs: Any) -> Any:
    """Call `client.<method>` (dotted), the async client's through asyncio."""
    target = client
    for name in method.split("."):
        target = getattr(target, name)
    result = target(*args, **kwargs)
    return asyncio.run(result) if mode == "async" else result


def client_of(module: Any, provider: str, mode: str, mock: Any, **credentials: Any) -> Any:
    name = ("Async" if mode == "async" else "") + TITLES[provider] + "Client"
    return getattr(module, name)(**credentials, transport=mock.transport(), max_retries=0)


@pytest.mark.parametrize("mode", MODES)
def test_runsite_a_fresh_mock_refuses_an_unknown_key_with_401_in_its_detail_shape(mode: str) -> None:
    module, mock = mock_of("runsite")
    client = client_of(module, "runsite", mode, mock, api_key="ak_live_deadbeef")
    with pytest.raises(module.errors.AuthenticationError) as caught:
        call(client, mode, "projects.list")  # docs: "Requests without a valid, active key get 401 Unauthorized"
    assert caught.value.status_code == 401 and set(caught.value.body) == {"detail"}


@pytest.mark.parametrize("mode", MODES)
def test_the_readme_example_key_passes_and_stays_valid_after_registering_another(mode: str) -> None:
    module, mock = mock_of("runsite")
    readme = (GENERATED / "runsite" / "README.md").read_text()
    assert f'api_key="{RUNSITE_KEY}"' in readme
    mock.add_token("ak_live_another")
    for key in (RUNSITE_KEY, "ak_live_another"):
        assert call(client_of(module, "runsite", mode, mock, api_key=key), mode, "projects.list") is not None


@pytest.mark.parametrize("mode", MODES)
def test_runsite_key_scopes_read_write_admin_as_the_api_keys_page_says(mode: str) -> None:
    module, mock = mock_of(
        "runsite",
        credentials=[
            {"api_key": "ak_live_reader", "scopes": ["read"]},
            {"api_key": "ak_live_writer", "scopes": ["write"]},
            {"api_key": "ak_live_admin", "scopes": ["admin"]},
        ],
    )
    reader, writer, admin = (client_of(module, "runsite", mode, mock, api_key=f"ak_live_{n}") for n in ("reader", "writer", "admin"))
    assert call(reader, mode, "projects.list") is not None  # read: read-only access
    with pytest.raises(module.errors.PermissionDeniedError) as caught:
        call(reader, mode, "projects.create", name="my-app")  # docs: 403 Forbidden, insufficient scope
    assert caught.value.status_code == 403 and "scope" in caught.value.body["detail"]
    service = call(writer, mode, "web_services.create", name="backend-api")  # write: read + create/update
    assert call(writer, mode, "web_services.get", service.id).name == "backend-api"
    with pytest.raises(module.errors.PermissionDeniedError):
        call(writer, mode, "web_services.delete", service.id)  # deletes need admin
    call(admin, mode, "web_services.delete", service.id)  # admin: full access including delete


def test_runsite_an_inactive_key_is_401() -> None:
    module, mock = mock_of("runsite", credentials={"api_key": "ak_live_revoked", "active": False})
    with pytest.raises(module.errors.AuthenticationError) as caught:
        module.RunsiteClient(api_key="ak_live_revoked", transport=mock.transport()).projects.list()
    assert caught.value.body == {"detail": "API key is inactive"}


@pytest.mark.parametrize("mode", MODES)
def test_runcloud_basic_pairs_are_key_and_secret_and_a_wrong_secret_is_401(mode: str) -> None:
    module, mock = mock_of("runcloud", credentials={"api_key": "my-key", "api_secret": "my-secret"})
    good = client_of(module, "runcloud", mode, mock, api_key="my-key", api_secret="my-secret")
    assert call(good, mode, "meta.ping") is not None
    wrong = client_of(module, "runcloud", mode, mock, api_key="my-key", api_secret="not-my-secret")
    with pytest.raises(module.errors.AuthenticationError) as caught:
        call(wrong, mode, "meta.ping")  # docs: 401 "wrong API Key and/or API Secret"
    assert set(caught.value.body) == {"message"}


def test_runcloud_a_base64_pair_is_not_a_token() -> None:
    import base64

    _, mock = mock_of("runcloud")
    pair = base64.b64encode(b"k:s").decode()
    mock.add_token(pair)  # registering the encoded text registers no key/secret pair
    raw = httpx.Client(transport=mock.transport(), base_url="https://manage.runcloud.io/api/v2", auth=("k", "s"))
    assert raw.get("/ping").status_code == 401


@pytest.mark.parametrize("mode", MODES)
def test_runai_token_endpoint_checks_client_id_and_secret_and_tokens_expire(mode: str) -> None:
    now = [1_700_000_000.0]
    module, mock = mock_of("runai", credentials={"client_id": "svc", "client_secret": "s3cret"}, clock=lambda: now[0])
    raw = httpx.Client(transport=mock.transport(), base_url="https://acme.run.ai")
    wrong = raw.post("/api/v2/token", data={"grant_type": "client_credentials", "client_id": "svc", "client_secret": "guess"})
    assert wrong.status_code == 401 and wrong.json()["error"] == "invalid_client"  # OAuth2 error (RFC 6749 5.2)
    other = raw.post("/api/v2/token", data={"grant_type": "client_credentials", "client_id": "nobody", "client_secret": "s3cret"})
    assert other.status_code == 401
    with pytest.raises(module.errors.AuthenticationError):
        call(client_of(module, "runai", mode, mock, client_id="svc", client_secret="guess"), mode, "clusters.list")
    grant = raw.post("/api/v2/token", data={"grant_type": "client_credentials", "client_id": "svc", "client_secret": "s3cret"}).json()
    auth = {"Authorization": f"Bearer {grant['access_token']}"}
    assert raw.get("/api/v1/clusters", headers=auth).status_code == 200
    now[0] += grant["expires_in"] + 1  # "a time-bound bearer token"
    assert raw.get("/api/v1/clusters", headers=auth).status_code == 401
    assert call(client_of(module, "runai", mode, mock, client_id="svc", client_secret="s3cret"), mode, "clusters.list") is not None


def test_runai_a_made_up_bearer_token_is_401() -> None:
    _, mock = mock_of("runai")
    raw = httpx.Client(transport=mock.transport(), base_url="https://acme.run.ai")
    response = raw.get("/api/v1/clusters", headers={"Authorization": "Bearer made-up"})
    assert response.status_code == 401 and isinstance(response.json()["code"], int)


def test_the_clients_environment_variables_are_accepted_by_the_mock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNN_API_TOKEN", "from-the-environment")
    module, mock = mock_of("runn")
    assert module.RunnClient(transport=mock.transport()).me.get() is not None  # both read $RUNN_API_TOKEN
    with pytest.raises(module.errors.AuthenticationError):
        module.RunnClient(token="something-else", transport=mock.transport()).me.get()


def test_credentials_must_name_the_clients_arguments_and_whole_pairs() -> None:
    _, mock = mock_of("runcloud")
    with pytest.raises(TypeError, match="api_secret"):
        mock.add_credentials(api_key="only-the-key")
    with pytest.raises(TypeError, match="unknown credential"):
        mock.add_credentials(password="x")


@pytest.fixture()
def served_runsite() -> Iterator[int]:
    """``python -m runsite_client.mock`` on a free port, with a key on the command line and one in the environment."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = dict(os.environ, PYTHONPATH=str(GENERATED / "runsite"), RUNSITE_API_KEY="ak_live_fromenv")
    args = [sys.executable, "-m", "runsite_client.mock", "--port", str(port), "--api-key", "ak_live_fromcli"]
    process = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                assert process.poll() is None and time.monotonic() < deadline, process.stderr.read() if process.stderr else ""
                time.sleep(0.05)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_over_a_port_the_same_model_holds(served_runsite: int) -> None:
    base = f"http://127.0.0.1:{served_runsite}"
    for key, status in (("ak_live_fromcli", 200), ("ak_live_fromenv", 200), (RUNSITE_KEY, 200), ("ak_live_unknown", 401)):
        response = httpx.get(base + "/api/projects", headers={"Authorization": f"Bearer {key}"})
        assert response.status_code == status, key
    module = package("runsite")
    with module.RunsiteClient(api_key="ak_live_fromcli", base_url=base) as client:
        assert client.projects.create(name="my-app").name == "my-app"


@pytest.mark.parametrize("mode", MODES)
def test_runai_legacy_v1_token_endpoint_checks_client_id_and_secret_and_tokens_expire(mode: str) -> None:
    """docs.run.ai rest-auth: POST /api/v1/token {"grantType": "client_credentials", "clientId": "<CLIENT ID>",
    "clientSecret": "<CLIENT SECRET>"} -> {"accessToken": "<TOKEN>"}; "a time-bound bearer token"."""
    now = [1_700_000_000.0]
    module, mock = mock_of("runai", credentials={"client_id": "svc", "client_secret": "s3cret"}, clock=lambda: now[0])
    client = client_of(module, "runai", mode, mock, client_id="svc", client_secret="s3cret")
    for wrong in ({"client_id": "svc", "client_secret": "guess"}, {"client_id": "nobody", "client_secret": "s3cret"}, {"client_id": "svc"}):
        with pytest.raises(module.errors.AuthenticationError) as refused:
            call(client, mode, "token.grant_token", grant_type="client_credentials", **wrong)
        assert refused.value.status_code == 401 and refused.value.body["code"] == 401  # Run:ai's Error {code, message}
    with pytest.raises(module.errors.AuthenticationError):  # a refresh token this server never issued
        call(client, mode, "token.grant_token", grant_type="refresh_token", refresh_token="made-up", client_id="svc")
    granted = call(client, mode, "token.grant_token", grant_type="client_credentials", client_id="svc", client_secret="s3cret")
    raw = httpx.Client(transport=mock.transport(), base_url="https://acme.run.ai")
    docs_spelling = raw.post("/api/v1/token", json={"grantType": "client_credentials", "clientId": "svc", "clientSecret": "s3cret"})
    assert docs_spelling.status_code == 200 and docs_spelling.json()["accessToken"]
    auth = {"Authorization": f"Bearer {granted.access_token}"}
    assert raw.get("/api/v1/clusters", headers=auth).status_code == 200
    now[0] += granted.expires_in + 1  # "expiresIn": "Token lifetime in seconds"
    assert raw.get("/api/v1/clusters", headers=auth).status_code == 401


def _jwt(claims: dict) -> str:
    import base64
    import json

    def part(data: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(claims)}.c2lnbmF0dXJl"


@pytest.mark.parametrize("mode", MODES)
def test_runsite_a_dashboard_jwt_is_a_bearer_credential_and_an_expired_one_is_401(mode: str) -> None:
    """providers.md, Runsite: "The newer docs version also accepts a JWT (`Bearer <access_token>`).
    Invalid, expired or missing credentials get 401." """
    fresh, expired = _jwt({"sub": "jane", "exp": 4_000_000_000}), _jwt({"sub": "jane", "exp": 1_000_000_000})
    module, mock = mock_of("runsite", credentials=[{"access_token": fresh}, {"access_token": expired}])
    client = client_of(module, "runsite", mode, mock, access_token=fresh)
    created = call(client, mode, "projects.create", name="from-the-dashboard")  # a session is the user's full access
    assert created.id in [p.id for p in call(client, mode, "projects.list").projects]
    for token in (expired, _jwt({"sub": "someone-else", "exp": 4_000_000_000})):
        with pytest.raises(module.errors.AuthenticationError):
            call(client_of(module, "runsite", mode, mock, access_token=token), mode, "projects.list")
