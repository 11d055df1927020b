"""`rungen diff`: each rule of the table, one by one, on small documents and surface records."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Callable

import pytest
from click.testing import CliRunner

from conftest import GENERATED, ROOT, SPECS
from generator import diff
from generator.cli import main
from generator.diff_rules import RULES, rules_markdown
from generator.pipeline import describe

Edit = Callable[[Any], None]


def api_base() -> dict[str, Any]:
    item = {
        "type": "object",
        "required": ["id", "kind"],
        "properties": {"id": {"type": "integer"}, "kind": {"type": "string", "enum": ["a", "b"]}, "note": {"type": "string", "description": "n"}},
    }
    body = {
        "type": "object",
        "required": ["name"],
        "properties": {"name": {"type": "string"}, "size": {"type": ["integer", "null"]}, "mode": {"type": "string", "enum": ["x", "y"]}},
    }
    get = {
        "operationId": "getItem",
        "summary": "s",
        "parameters": [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}},
            {"name": "view", "in": "query", "description": "v", "schema": {"type": "string", "enum": ["full", "short"]}},
        ],
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}}},
    }
    put = {"operationId": "putItem", "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}], "requestBody": {"content": {"application/json": {"schema": body}}}, "responses": {"200": {"description": "ok"}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1", "description": "d"},
        "security": [{"key": []}],
        "components": {"securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}, "bearer": {"type": "http", "scheme": "bearer"}}, "schemas": {"Item": item}},
        "paths": {"/items/{id}": {"get": get, "put": put}},
    }


def _get(s: Any) -> Any:
    return s["paths"]["/items/{id}"]["get"]


def _body(s: Any) -> Any:
    return s["paths"]["/items/{id}"]["put"]["requestBody"]["content"]["application/json"]["schema"]


def _item(s: Any) -> Any:
    return s["components"]["schemas"]["Item"]


API_CASES: list[tuple[str, Edit, str]] = [
    ("api-operation-removed", lambda s: s["paths"]["/items/{id}"].pop("put"), "PUT /items/{} removed"),
    ("api-operation-added", lambda s: s["paths"].update({"/ping": {"get": {"responses": {"204": {"description": "ok"}}}}}), "GET /ping added"),
    ("api-operation-id-changed", lambda s: _get(s).update(operationId="fetchItem"), "GET /items/{}: operationId 'getItem' is now 'fetchItem'"),
    ("api-operation-deprecated", lambda s: _get(s).update(deprecated=True), "GET /items/{} deprecated"),
    ("request-parameter-removed", lambda s: _get(s)["parameters"].pop(1), "GET /items/{}: parameter query view removed"),
    ("request-parameter-added-required", lambda s: _get(s)["parameters"].append({"name": "org", "in": "header", "required": True, "schema": {"type": "string"}}), "GET /items/{}: new required parameter header org"),
    ("request-parameter-added-optional", lambda s: _get(s)["parameters"].append({"name": "tag", "in": "query", "schema": {"type": "string"}}), "GET /items/{}: new optional parameter query tag"),
    ("request-parameter-became-required", lambda s: _get(s)["parameters"][1].update(required=True), "GET /items/{}: parameter query view is now required"),
    ("request-parameter-became-optional", lambda s: _get(s)["parameters"][0].update(required=False), "GET /items/{}: parameter path id is now optional"),
    ("request-parameter-type-changed", lambda s: _get(s)["parameters"][0].update(schema={"type": "string"}), "GET /items/{}: parameter path id is now string instead of integer"),
    ("request-parameter-enum-value-removed", lambda s: _get(s)["parameters"][1]["schema"].update(enum=["full"]), "GET /items/{}: parameter query view no longer accepts 'short'"),
    ("request-parameter-enum-value-added", lambda s: _get(s)["parameters"][1]["schema"]["enum"].append("tiny"), "GET /items/{}: parameter query view accepts 'tiny'"),
    ("request-body-became-required", lambda s: s["paths"]["/items/{id}"]["put"]["requestBody"].update(required=True), "PUT /items/{}: request body is now required"),
    ("request-media-type-removed", lambda s: s["paths"]["/items/{id}"]["put"]["requestBody"].update(content={"text/plain": {"schema": {"type": "string"}}}), "PUT /items/{}: request body application/json no longer accepted"),
    ("request-property-removed", lambda s: _body(s)["properties"].pop("mode"), "PUT /items/{}: request property mode removed"),
    ("request-property-added-required", lambda s: (_body(s)["properties"].update(owner={"type": "string"}), _body(s)["required"].append("owner")), "PUT /items/{}: new required request property owner"),
    ("request-property-added-optional", lambda s: _body(s)["properties"].update(color={"type": "string"}), "PUT /items/{}: new optional request property color"),
    ("request-property-became-required", lambda s: _body(s)["required"].append("size"), "PUT /items/{}: request property size is now required"),
    ("request-property-type-changed", lambda s: _body(s)["properties"]["name"].update(type="integer"), "PUT /items/{}: request property name is now integer instead of string"),
    ("request-property-became-not-nullable", lambda s: _body(s)["properties"]["size"].update(type="integer"), "PUT /items/{}: request property size no longer accepts null"),
    ("request-property-enum-value-removed", lambda s: _body(s)["properties"]["mode"].update(enum=["x"]), "PUT /items/{}: request property mode no longer accepts 'y'"),
    ("request-property-enum-value-added", lambda s: _body(s)["properties"]["mode"]["enum"].append("z"), "PUT /items/{}: request property mode accepts 'z'"),
    ("response-property-removed", lambda s: _item(s)["properties"].pop("note"), "GET /items/{}: response property note removed"),
    ("response-property-added", lambda s: _item(s)["properties"].update(size={"type": "integer"}), "GET /items/{}: new response property size"),
    ("response-property-became-optional", lambda s: _item(s).update(required=["id"]), "GET /items/{}: response property kind may now be missing"),
    ("response-property-type-changed", lambda s: _item(s)["properties"]["id"].update(type="string"), "GET /items/{}: response property id is now string instead of integer"),
    ("response-property-became-nullable", lambda s: _item(s)["properties"]["note"].update(type=["string", "null"]), "GET /items/{}: response property note may now be null"),
    ("response-property-enum-value-added", lambda s: _item(s)["properties"]["kind"]["enum"].append("c"), "GET /items/{}: response property kind may now be 'c'"),
    ("response-property-enum-value-removed", lambda s: _item(s)["properties"]["kind"].update(enum=["a"]), "GET /items/{}: response property kind is no longer 'b'"),
    ("response-success-status-removed", lambda s: _get(s)["responses"].update({"201": _get(s)["responses"].pop("200")}), "GET /items/{}: success status 200 removed"),
    ("response-success-status-added", lambda s: _get(s)["responses"].update({"203": {"description": "x"}}), "GET /items/{}: new success status 203"),
    ("response-media-type-removed", lambda s: _get(s)["responses"]["200"].update(content={"text/csv": {"schema": {"type": "string"}}}), "GET /items/{}: response application/json removed"),
    ("security-requirement-changed", lambda s: _get(s).update(security=[{"bearer": []}]), "GET /items/{}: no longer accepts key"),
    ("security-alternative-added", lambda s: _get(s).update(security=[{"key": []}, {"bearer": []}]), "GET /items/{}: also accepts bearer"),
    ("security-scheme-changed", lambda s: s["components"]["securitySchemes"]["key"].update(name="X-Api-Key"), "security scheme key changed"),
    ("api-version-changed", lambda s: s["info"].update(version="2"), "API version '1' is now '2'"),
    ("description-changed", lambda s: _item(s)["properties"]["note"].update(description="a note"), "GET /items/{}: response property note description changed"),
]


def sdk_base() -> dict[str, Any]:
    get = {
        "operation": "GET /items/{}",
        "operation_id": "getItem",
        "positional": [{"name": "id", "wire": "id", "type": "int"}],
        "keyword": {"view": {"wire": "view", "in": "query", "type": "Optional[Literal['full', 'short']]", "required": False}},
        "returns": "Item",
        "deprecated": False,
    }
    move = {"operation": "POST /a/{}/b/{}", "operation_id": "move", "positional": [{"name": "a", "wire": "a", "type": "int"}, {"name": "b", "wire": "b", "type": "int"}], "keyword": {}, "returns": "None", "deprecated": False}
    return {
        "format": 1,
        "client": ["AClient", "AsyncAClient"],
        "resources": ["client.items"],
        "methods": {"client.items.get": get, "client.items.move": move},
        "models": {
            "Item": {"fields": {"id": {"wire": "id", "type": "int", "required": True}, "note": {"wire": "note", "type": "Optional[str]", "required": False}}},
            "Kind": {"alias": "Literal['a', 'b']"},
            "Shape": {"alias": "Union[Circle, Square]"},
        },
        "webhooks": {"parse_event": "Event"},
        "exceptions": ["APIError", "NotFoundError"],
    }


def _m(s: Any) -> Any:
    return s["methods"]["client.items.get"]


SDK_CASES: list[tuple[str, Edit, str]] = [
    ("sdk-method-removed", lambda s: s["methods"].pop("client.items.move"), "`client.items.move()` removed"),
    ("sdk-method-renamed", lambda s: s["methods"].update({"client.items.fetch": s["methods"].pop("client.items.get")}), "`client.items.get()` renamed to `client.items.fetch()`"),
    ("sdk-method-added", lambda s: s["methods"].update({"client.items.ping": dict(_m(s), operation="GET /ping")}), "new method `client.items.ping()`"),
    ("sdk-resource-removed", lambda s: s.update(resources=[]), "`client.items` removed"),
    ("sdk-resource-added", lambda s: s["resources"].append("client.items.tags"), "new resource `client.items.tags`"),
    ("sdk-return-retyped", lambda s: _m(s).update(returns="Optional[Item]"), "`client.items.get()` now returns `Optional[Item]` instead of `Item`"),
    ("sdk-argument-removed", lambda s: _m(s)["keyword"].pop("view"), "`client.items.get()` lost `view`"),
    ("sdk-argument-renamed", lambda s: _m(s)["keyword"].update(view_mode=_m(s)["keyword"].pop("view")), "`client.items.get()` argument `view` renamed to `view_mode`"),
    ("sdk-required-argument-added", lambda s: _m(s)["keyword"].update(org={"wire": "org", "in": "header", "type": "str", "required": True}), "`client.items.get()` needs a new argument `org`"),
    ("sdk-optional-argument-added", lambda s: _m(s)["keyword"].update(filter_by={"wire": "filterBy", "in": "query", "type": "Optional[str]", "required": False}), "`client.items.get()` gained `filter_by`"),
    ("sdk-argument-became-required", lambda s: _m(s)["keyword"]["view"].update(required=True), "`client.items.get()` argument `view` is now required"),
    ("sdk-argument-became-optional", lambda s: s["methods"]["client.items.get"]["keyword"].update(org={"wire": "org", "in": "header", "type": "str", "required": False}), None),
    ("sdk-argument-retyped", lambda s: _m(s)["keyword"]["view"].update(type="Optional[int]"), "`client.items.get()` argument `view` is now `Optional[int]` instead of `Optional[Literal['full', 'short']]`"),
    ("sdk-positional-order-changed", lambda s: s["methods"]["client.items.move"]["positional"].reverse(), "`client.items.move()` positional arguments are now (b, a) instead of (a, b)"),
    ("sdk-model-removed", lambda s: s["models"].pop("Kind"), "`Kind` removed"),
    ("sdk-model-renamed", lambda s: s["models"].update(Thing=s["models"].pop("Item")), "`Item` renamed to `Thing`"),
    ("sdk-model-added", lambda s: s["models"].update(Tag={"fields": {}}), "new model `Tag`"),
    ("sdk-model-field-removed", lambda s: s["models"]["Item"]["fields"].pop("note"), "`Item.note` removed"),
    ("sdk-model-field-added", lambda s: s["models"]["Item"]["fields"].update(deserved_gpus={"wire": "deservedGpus", "type": "Optional[int]", "required": False}), "`Item.deserved_gpus` added"),
    ("sdk-model-field-retyped", lambda s: s["models"]["Item"]["fields"]["id"].update(type="Optional[int]"), "`Item.id` is now `Optional[int]` instead of `int`"),
    ("sdk-model-field-became-required", lambda s: s["models"]["Item"]["fields"]["note"].update(type="str"), "`Item.note` is now always set"),
    ("sdk-alias-retyped", lambda s: s["models"].update(Kind={"alias": "Literal['a']"}), "`Kind` is now `Literal['a']` instead of `Literal['a', 'b']`"),
    ("sdk-type-widened", lambda s: s["models"].update(Kind={"alias": "Literal['a', 'b', 'c']"}), "`Kind` accepts more values: `Literal['a', 'b', 'c']`"),
    ("sdk-union-order-changed", lambda s: s["models"].update(Shape={"alias": "Union[Square, Circle]"}), "`Shape`: union members reordered, now `Union[Square, Circle]`"),
    ("sdk-exception-removed", lambda s: s["exceptions"].remove("NotFoundError"), "`errors.NotFoundError` removed"),
    ("sdk-exception-added", lambda s: s["exceptions"].append("GoneError"), "new exception `errors.GoneError`"),
    ("sdk-client-renamed", lambda s: s.update(client=["BClient", "AsyncBClient"]), "`AClient` is now `BClient`"),
    ("sdk-webhook-parser-removed", lambda s: s.update(webhooks={}), "`webhooks.parse_event()` removed"),
    ("sdk-webhook-parser-added", lambda s: s["webhooks"].update(parse_ping="Ping"), "new `webhooks.parse_ping()`"),
]


def sdk_became_optional() -> tuple[Any, Any]:
    old = sdk_base()
    old["methods"]["client.items.get"]["keyword"]["org"] = {"wire": "org", "in": "header", "type": "str", "required": True}
    new = copy.deepcopy(old)
    new["methods"]["client.items.get"]["keyword"]["org"]["required"] = False
    return old, new


def test_every_rule_of_the_table_has_a_case_here() -> None:
    assert sorted(r.id for r in RULES) == sorted(rule for rule, _, _ in API_CASES + SDK_CASES)
    assert len({r.id for r in RULES}) == len(RULES)


@pytest.mark.parametrize("rule, edit, expected", API_CASES, ids=[c[0] for c in API_CASES])
def test_api_rule(rule: str, edit: Edit, expected: str) -> None:
    old, new = api_base(), api_base()
    edit(new)
    found = [c for c in diff.changes(old, new, None, None) if c.rule == rule]
    assert [c.message for c in found] == [expected]
    assert {c.level for c in found} == {next(r.level for r in RULES if r.id == rule)}


@pytest.mark.parametrize("rule, edit, expected", SDK_CASES, ids=[c[0] for c in SDK_CASES])
def test_sdk_rule(rule: str, edit: Edit, expected: str | None) -> None:
    if expected is None:  # a case that needs its own "old"
        old, new = sdk_became_optional()
        expected = "`client.items.get()` argument `org` is now optional"
    else:
        old, new = sdk_base(), sdk_base()
        edit(new)
    found = [c.message for c in diff.changes(None, None, old, new) if c.rule == rule]
    assert found == [expected]


def test_a_rename_is_reported_as_a_rename_only() -> None:
    old, new = sdk_base(), sdk_base()
    new["methods"]["client.items.fetch"] = new["methods"].pop("client.items.get")
    assert [c.rule for c in diff.changes(None, None, old, new)] == ["sdk-method-renamed"]


def test_the_same_document_has_no_changes() -> None:
    assert diff.changes(api_base(), api_base(), sdk_base(), sdk_base()) == []


def test_the_rules_document_is_generated_from_the_table() -> None:
    assert (ROOT / "docs" / "diff-rules.md").read_text() == rules_markdown(), "regenerate: python -m generator.diff_rules > docs/diff-rules.md"


def write(tmp_path: Path, name: str, spec: dict[str, Any]) -> Path:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(spec))
    return path


def test_cli_formats_and_fail_on(tmp_path: Path) -> None:
    old = api_base()
    new = api_base()
    new["paths"]["/items/{id}"].pop("put")
    _get(new)["parameters"].append({"name": "tag", "in": "query", "schema": {"type": "string"}})
    a, b = write(tmp_path, "old", old), write(tmp_path, "new", new)
    runner = CliRunner()
    text = runner.invoke(main, ["diff", str(a), str(b)])
    assert text.exit_code == 0
    assert text.output.splitlines()[0] == f"4 changes between {a} and {b}: 2 breaking, 2 additive, 0 documentation"
    assert "breaking      sdk  `client.items.put()` removed  [sdk-method-removed]" in text.output
    data = json.loads(runner.invoke(main, ["diff", str(a), str(b), "--format", "json"]).output)
    assert data["counts"] == {"breaking": 2, "additive": 2, "documentation": 0}
    assert {"rule": "sdk-optional-argument-added", "level": "additive", "layer": "sdk", "message": "`client.items.get()` gained `tag`"} in data["changes"]
    markdown = runner.invoke(main, ["diff", str(a), str(b), "--format", "markdown"]).output
    assert "| breaking | api | PUT /items/{} removed | `api-operation-removed` |" in markdown
    assert runner.invoke(main, ["diff", str(a), str(b), "--fail-on", "breaking"]).exit_code == 1
    assert runner.invoke(main, ["diff", str(a), str(a), "--fail-on", "breaking"]).exit_code == 0


def test_a_bad_spec_is_located_without_a_traceback(tmp_path: Path) -> None:
    bad = write(tmp_path, "bad", {"openapi": "3.1.0", "info": {"title": "x", "version": "1"}, "paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/nope"}}}}}})
    result = CliRunner().invoke(main, ["diff", str(bad), str(bad)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and "#/nope" in result.output


@pytest.mark.parametrize("provider", ["rundun", "runsite"])  # all five: test_snapshot regenerates them at an unchanged version
def test_a_committed_package_against_its_own_spec_has_no_changes(provider: str) -> None:
    spec, record = diff.committed(GENERATED / provider)
    new_spec, new_surface = describe(SPECS / f"{provider}.yaml", provider)
    assert diff.changes(spec, new_spec, record, new_surface) == []


def test_a_schema_rename_is_one_breaking_rename_and_nothing_on_the_wire() -> None:
    old_api, new_api = api_base(), api_base()
    new_api["components"]["schemas"]["Thing"] = new_api["components"]["schemas"].pop("Item")
    _get(new_api)["responses"]["200"]["content"]["application/json"]["schema"]["$ref"] = "#/components/schemas/Thing"
    old, new = sdk_base(), sdk_base()
    new["models"]["Thing"] = new["models"].pop("Item")
    _m(new)["returns"] = "Thing"
    found = diff.changes(old_api, new_api, old, new)
    assert [(c.layer, c.rule, c.message) for c in found] == [("sdk", "sdk-model-renamed", "`Item` renamed to `Thing`")]
