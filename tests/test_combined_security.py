"""A security requirement that combines schemes (``[{clientId: [], clientSecret: []}]``) applies
all of them, at the document's root and on one operation; alternatives (``[{a: []}, {b: []}]``)
still mean either. Checked over a loopback server (tests/fault_server.py) for what the client
sends and drops on a cross-origin redirect, and against the package's own mock for what it
requires. Sync and async.
"""

from __future__ import annotations

import asyncio
import importlib
import sys
from typing import Any, Iterator

import httpx
import pytest
import yaml

from fault_server import FaultServer, Seen, json_reply, redirect

from generator.pipeline import generate
from generator.write import write_packages

SECRET = "s3cr3t-combined"

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Pair", "version": "1"},
    "servers": [{"url": "https://api.example.com"}],
    "components": {
        "securitySchemes": {
            "clientId": {"type": "apiKey", "in": "header", "name": "X-Client-Id", "x-rungen-credentials": {"key": {"argument": "client_id"}}},
            "clientSecret": {"type": "apiKey", "in": "header", "name": "X-Client-Secret", "x-rungen-credentials": {"key": {"argument": "client_secret"}}},
            "token": {"type": "http", "scheme": "bearer"},
            "queryKey": {"type": "apiKey", "in": "query", "name": "key", "x-rungen-credentials": {"key": {"argument": "query_key"}}},
        },
        "schemas": {"Thing": {"type": "object", "required": ["ok"], "properties": {"ok": {"type": "boolean"}}}},
    },
    "security": [{"clientId": [], "clientSecret": []}],
    "paths": {
        "/root": {"get": {"operationId": "root", "x-rungen-resource": "things", "x-rungen-method": "root", "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}},
        "/own": {
            "get": {
                "operationId": "own",
                "x-rungen-resource": "things",
                "x-rungen-method": "own",
                "security": [{"token": [], "queryKey": []}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}},
            }
        },
        "/either": {
            "get": {
                "operationId": "either",
                "x-rungen-resource": "things",
                "x-rungen-method": "either",
                "security": [{"token": []}, {"queryKey": []}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}},
            }
        },
    },
}


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("pair")
    spec = folder / "pairauth.yaml"
    spec.write_text(yaml.safe_dump(SPEC, sort_keys=False))
    write_packages(folder / "out", {"pairauth": generate(spec, name="pairauth").files})
    sys.path.insert(0, str(folder / "out" / "pairauth"))
    try:
        module = importlib.import_module("pairauth_client")
        importlib.import_module("pairauth_client.mock")
        return module
    finally:
        sys.path.pop(0)


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, pair: Any) -> Iterator[Any]:
    """call(method, **client arguments): one method of a fresh client, sync or async, its result."""
    mode = str(request.param)

    def run(method: str, **kwargs: Any) -> Any:
        if mode == "sync":
            with pair.PairauthClient(max_retries=0, **kwargs) as client:
                return getattr(client.things, method)()

        async def scenario() -> Any:
            async with pair.AsyncPairauthClient(max_retries=0, **kwargs) as client:
                return await getattr(client.things, method)()

        return asyncio.run(scenario())

    yield run


def test_both_headers_of_the_root_requirement_arrive(call: Any) -> None:
    with FaultServer(lambda s: json_reply({"ok": True})) as api:
        assert call("root", base_url=api.url, client_id="id-1", client_secret=SECRET).ok is True
    assert api.seen[0].headers["x-client-id"] == "id-1"
    assert api.seen[0].headers["x-client-secret"] == SECRET


def test_an_operation_requirement_that_combines_a_token_and_a_query_key_sends_both(call: Any) -> None:
    with FaultServer(lambda s: json_reply({"ok": True})) as api:
        call("own", base_url=api.url, client_id="i", client_secret="s", token="tok-1", query_key="qk-1")
    assert api.seen[0].headers["authorization"] == "Bearer tok-1"
    assert api.seen[0].query["key"] == ["qk-1"]
    assert "x-client-secret" not in api.seen[0].headers  # the document's requirement is not this one's


def test_a_cross_origin_redirect_drops_every_credential_of_the_requirement(call: Any) -> None:
    with FaultServer(lambda s: json_reply({"ok": True})) as other, FaultServer(lambda s: redirect(307, f"{other.url}/landing")) as api:
        call("root", base_url=api.url, client_id="id-" + SECRET, client_secret=SECRET)
    assert api.seen[0].headers["x-client-secret"] == SECRET
    landed: Seen = other.seen[0]
    assert "x-client-id" not in landed.headers and "x-client-secret" not in landed.headers
    assert SECRET not in repr(landed)


def test_alternatives_still_mean_either(call: Any) -> None:
    with FaultServer(lambda s: json_reply({"ok": True})) as api:
        call("either", base_url=api.url, client_id="i", client_secret="s", query_key="qk-2")
    assert api.seen[0].query["key"] == ["qk-2"] and "authorization" not in api.seen[0].headers


def test_one_credential_of_a_combined_requirement_is_the_missing_credentials_error(pair: Any) -> None:
    with pytest.raises(pair.errors.CredentialsError) as caught:
        pair.PairauthClient(base_url="http://127.0.0.1:9", client_id="id-only")
    message = str(caught.value)
    assert "client_id=" in message and "client_secret=" in message and "id-only" not in message


def test_the_mock_requires_every_scheme_of_a_combined_requirement(pair: Any) -> None:
    mock = pair.mock.PairauthMock(seed=1, credentials={"client_id": "id-1", "client_secret": "sec-1"})
    with httpx.Client(transport=mock.transport(), base_url="https://api.example.com") as http:
        only_id = http.get("/root", headers={"X-Client-Id": "id-1"})
        both = http.get("/root", headers={"X-Client-Id": "id-1", "X-Client-Secret": "sec-1"})
    assert only_id.status_code == 401 and "X-Client-Secret" in only_id.text
    assert both.status_code == 200
    with pair.PairauthClient(client_id="id-1", client_secret="sec-1", transport=mock.transport(), max_retries=0) as client:
        assert isinstance(client.things.root().ok, bool)  # the mock answered 200 with a Thing
