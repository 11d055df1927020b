"""The mock on constructs of real public documents (#14 item 3): `$ref`s through list positions and
percent-encoded ones (DigitalOcean's), examples written as JSON text, examples that contradict
their own schema (GitHub's), a path parameter named like the item's id field but for its case
(Twilio's `{Sid}` and `sid`), list envelopes that require fields and have no example, lists of
names; every answer checked against its response schema (``check_answers``); and one parsed,
indexed document shared by every mock of a process, with state that is not shared.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import httpx
import pytest
import yaml

from generator.pipeline import generate
from generator.write import write_packages


def _ok(schema: dict[str, Any], **media: Any) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema, **media}}}}


KEY = {"type": "object", "required": ["id", "name"], "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}}
CREDENTIAL = {"type": "object", "required": ["sid", "friendly_name"], "properties": {"sid": {"type": "string", "pattern": "^CR[0-9a-f]{32}$"}, "friendly_name": {"type": "string"}}}
SID = "CR" + "0" * 31 + "1"

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Real", "version": "1"},
    "servers": [{"url": "https://api.example.com"}],
    "paths": {
        "/keys": {
            "get": {
                "operationId": "keys_list",
                "responses": _ok({"type": "object", "required": ["keys", "meta"], "properties": {"keys": {"type": "array", "items": KEY}, "meta": {"type": "object", "required": ["total"], "properties": {"total": {"type": "integer"}}}}}),
            }
        },
        "/keys/{key_id}": {
            "get": {
                "operationId": "keys_get",
                "parameters": [{"name": "key_id", "in": "path", "required": True, "example": 7, "schema": {"type": "integer"}}],
                "responses": _ok({"type": "object", "required": ["key"], "properties": {"key": KEY}}),
            },
            "delete": {
                "operationId": "keys_delete",
                # DigitalOcean's: the parameter of another operation, by list position, percent-encoded
                "parameters": [{"$ref": "#/paths/~1keys~1%7Bkey_id%7D/get/parameters/0"}],
                "responses": {"204": {"description": "gone"}},
            },
        },
        "/text": {"get": {"operationId": "text_example", "responses": _ok(KEY, example='{"id": 3, "name": "from text"}')}},
        "/contradicted": {
            "get": {
                "operationId": "contradicted_example",
                # GitHub's /meta: integers where the schema says strings
                "responses": _ok({"type": "object", "required": ["fingerprints"], "properties": {"fingerprints": {"type": "array", "items": {"type": "string"}, "example": [1, 2]}}}, example={"fingerprints": [1, 2]}),
            }
        },
        "/Credentials": {"get": {"operationId": "credentials_list", "responses": _ok({"type": "object", "required": ["credentials"], "properties": {"credentials": {"type": "array", "items": CREDENTIAL}}}, example={"credentials": [{"sid": SID, "friendly_name": "first"}]})}},
        "/Credentials/{Sid}": {
            "get": {
                "operationId": "credentials_get",
                "parameters": [{"name": "Sid", "in": "path", "required": True, "schema": {"type": "string", "pattern": "^CR[0-9a-f]{32}$"}}],
                "responses": _ok(CREDENTIAL),
            }
        },
        # a lookahead the mock's pattern values do not satisfy (they take no text for it): no value it makes fits
        "/patterned": {"get": {"operationId": "patterned", "responses": _ok({"type": "object", "required": ["code"], "properties": {"code": {"type": "string", "pattern": "^(?=.*[0-9])[A-Z]{3}$"}}})}},
        "/templates": {"get": {"operationId": "templates_list", "responses": _ok({"type": "array", "items": {"type": "string"}})}},
        "/templates/{name}": {
            "get": {
                "operationId": "templates_get",
                "parameters": [{"name": "name", "in": "path", "required": True, "schema": {"type": "string"}, "example": "C"}],
                "responses": _ok({"type": "object", "required": ["name", "source"], "properties": {"name": {"type": "string"}, "source": {"type": "string"}}}, example={"name": "C", "source": "*.o"}),
            }
        },
    },
}


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("real")
    spec = folder / "realdocs.yaml"
    spec.write_text(yaml.safe_dump(SPEC, sort_keys=False))
    write_packages(folder / "out", {"realdocs": generate(spec, name="realdocs").files})
    sys.path.insert(0, str(folder / "out" / "realdocs"))
    try:
        module = importlib.import_module("realdocs_client")
        importlib.import_module("realdocs_client.mock")
        return module
    finally:
        sys.path.pop(0)


@pytest.fixture
def http(real: Any) -> Any:
    mock = real.mock.RealdocsMock(seed=1, check_answers=True)
    with httpx.Client(transport=mock.transport(), base_url="https://api.example.com") as client:
        yield client


def test_a_parameter_referred_to_by_list_position_and_percent_encoding_is_known(real: Any, http: Any) -> None:
    with real.RealdocsClient(transport=real.mock.RealdocsMock(seed=1).transport(), max_retries=0) as client:
        client.keys.delete(7)  # the generator resolved the parameter: the method takes it
    assert http.delete("/keys/7").status_code == 204
    assert http.delete("/keys/seven").status_code == 400  # and the mock checks it as the integer it is


def test_an_example_written_as_json_text_is_answered_as_json(http: Any) -> None:
    assert http.get("/text").json() == {"id": 3, "name": "from text"}


def test_an_example_that_contradicts_its_schema_is_not_served(http: Any) -> None:
    answer = http.get("/contradicted")
    assert answer.status_code == 200
    assert all(isinstance(f, str) for f in answer.json()["fingerprints"])


def test_the_item_a_list_example_names_is_found_under_a_path_parameter_of_another_case(http: Any) -> None:
    assert http.get("/Credentials").json()["credentials"][0]["sid"] == SID
    answer = http.get(f"/Credentials/{SID}")
    assert answer.status_code == 200 and answer.json()["friendly_name"] == "first"


def test_a_list_envelope_without_an_example_has_every_required_field(http: Any) -> None:
    body = http.get("/keys").json()
    assert set(body) >= {"keys", "meta"} and "total" in body["meta"]


def test_a_list_of_names_lists_the_names_of_the_items(http: Any) -> None:
    assert http.get("/templates").json() == ["C"]


def test_an_answer_its_schema_refuses_is_replaced_by_the_documented_one(real: Any) -> None:
    mock = real.mock.RealdocsMock(seed=1)
    route = next(r for r in mock.app.routes if r.template == "/text")
    checked = mock.app._checked_answer(route, real.mock._responses.Reply(200, {"id": "three"}))
    assert checked.status == 200 and checked.body == {"id": 3, "name": "from text"}


def test_check_answers_turns_a_body_nothing_documented_can_replace_into_a_500_that_says_why(real: Any) -> None:
    route = next(r for r in real.mock.RealdocsMock(seed=1).app.routes if r.template == "/patterned")
    bad = real.mock._responses.Reply(200, {"code": "abc"})
    checked = real.mock.RealdocsMock(seed=1, check_answers=True).app._checked_answer(route, bad)
    assert checked.status == 500 and "body.code: does not match ^(?=.*[0-9])[A-Z]{3}$" in checked.body["message"]
    assert real.mock.RealdocsMock(seed=1).app._checked_answer(route, bad) is bad  # off by default


def test_every_mock_of_a_process_shares_one_parsed_indexed_document_but_not_its_state(real: Any) -> None:
    first, second = real.mock.RealdocsMock(seed=1), real.mock.RealdocsMock(seed=1)
    assert first.app.spec is second.app.spec and first.app.schemas is second.app.schemas
    assert first.app.routes is second.app.routes
    with httpx.Client(transport=first.transport(), base_url="https://api.example.com") as one:
        assert one.delete("/keys/7").status_code == 204
        assert one.get("/keys/7").status_code == 404
    with httpx.Client(transport=second.transport(), base_url="https://api.example.com") as other:
        assert other.get("/keys/7").status_code == 200  # the other mock still has its seed item
