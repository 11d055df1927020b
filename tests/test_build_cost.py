"""The build stage works out once what a large spec repeats (bench/README.md, "How the goals are met").

Each test counts the work a repeated thing costs, on a spec that repeats it many times: the
count stays at the number of distinct things, however many times the spec uses them.
"""

from __future__ import annotations

import ast
import os
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

from generator.build import build_package
from generator.errors import Problem
from generator.ir import Package
from generator.load import load_document
from generator.mock_source import mock_module
from generator.resolve import DocumentSet
from generator.validate import validate

USES = 60


def counting(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[Any]:
    """Replace `owner.name` by a wrapper that records each call's first argument."""
    calls: list[Any] = []
    original: Callable[..., Any] = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[0] if args else None)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapper)
    return calls


def generate_ir(spec: Path) -> Package:
    docs = DocumentSet(load_document(spec))
    problems: list[Problem] = validate(docs)
    return build_package(docs, spec.stem, problems)


def write(path: Path, data: Any) -> Path:
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def operation(schema: dict[str, Any], parameters: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    op: dict[str, Any] = {"responses": {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}}
    if parameters:
        op["parameters"] = parameters
    return op


def test_each_file_s_real_path_is_resolved_once_per_document_set_not_at_every_ref(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "schemas.yaml", {f"Thing{i}": {"type": "object", "properties": {"size": {"type": "integer"}}} for i in range(USES)})
    paths = {f"/things{i}": {"get": operation({"$ref": f"schemas.yaml#/Thing{i}"})} for i in range(USES)}
    paths.update({f"/local{i}": {"get": operation({"$ref": "#/components/schemas/Local"})} for i in range(USES)})
    spec = write(tmp_path / "api.yaml", {
        "openapi": "3.1.0", "info": {"title": "x", "version": "1"}, "paths": paths,
        "components": {"schemas": {"Local": {"type": "object", "properties": {"name": {"type": "string"}}}}},
    })
    calls = counting(monkeypatch, os.path, "realpath")
    generate_ir(spec)
    # two files, each spelled a few ways (as loaded, as a $ref reaches it): never once per $ref
    assert len(calls) <= 10, f"{len(calls)} realpath calls for {2 * USES} $refs into 2 files"


def test_fields_and_parameters_carry_their_wire_name_beside_its_literal() -> None:
    fixtures = Path(__file__).parent / "fixtures" / "specs"
    for name in ("pets.yaml", "shapes.yaml", "naming.yaml"):
        package = generate_ir(fixtures / name)
        fields = [f for m in package.models for f in m.fields]
        parameters = [p for r in _resources(package.resources) for op in r.operations for p in (*op.positional, *op.keyword)]
        assert fields and parameters
        for item in (*fields, *parameters):
            assert isinstance(item.wire, str) and ast.literal_eval(item.wire_literal) == item.wire


def _resources(resources: Any) -> list[Any]:
    found = list(resources)
    for r in resources:
        found += _resources(r.children)
    return found


def test_no_literal_is_parsed_back_per_model_field_or_parameter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model = {"type": "object", "required": ["f0"], "properties": {f"f{i}": {"type": "string"} for i in range(USES)}}
    parameters = [{"name": f"q{i}", "in": "query", "schema": {"type": "string"}} for i in range(USES)]
    spec = write(tmp_path / "api.yaml", {
        "openapi": "3.1.0", "info": {"title": "x", "version": "1"},
        "paths": {"/things/{thing_id}": {"get": operation({"$ref": "#/components/schemas/Thing"}, [
            {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}, *parameters,
        ])}},
        "components": {"schemas": {"Thing": model, "Other": {"allOf": [{"$ref": "#/components/schemas/Thing"}, {"type": "object", "properties": {"g": {"type": "integer"}}}]}}},
    })
    calls = counting(monkeypatch, ast, "literal_eval")
    package = generate_ir(spec)
    assert sum(len(m.fields) for m in package.models) > 2 * USES
    assert len(calls) < 20, f"{len(calls)} ast.literal_eval calls for {2 * USES} fields and {USES} parameters"


def test_the_mock_is_asked_a_path_template_s_route_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    item = {"type": "object", "properties": {"id": {"type": "string"}}}
    team, member = ({"name": name, "in": "path", "required": True, "schema": {"type": "string"}} for name in ("team_id", "member_id"))
    paths: dict[str, Any] = {}
    for i in range(USES // 3):
        paths[f"/teams{i}/"] = {"get": operation({"type": "array", "items": item})}
        paths[f"/teams{i}/{{team_id}}"] = {"parameters": [team], "get": operation(item), "delete": {"responses": {"204": {"description": "gone"}}}}
        paths[f"/teams{i}/{{team_id}}/members/"] = {"parameters": [team], "get": operation({"type": "array", "items": item})}
        paths[f"/teams{i}/{{team_id}}/members/{{member_id}}"] = {"parameters": [team, member], "get": operation(item)}
    spec = write(tmp_path / "api.yaml", {"openapi": "3.1.0", "info": {"title": "x", "version": "1"}, "paths": paths})
    resources = mock_module("_resources").Resources
    lookups = counting(monkeypatch, resources, "_scanned_route")
    checks = counting(monkeypatch, resources, "_scanned_collection")
    package = generate_ir(spec)
    assert len(package.contract_cases) == 5 * (USES // 3)
    # at most once per path template, however many operations and nested paths ask
    assert len(lookups) <= len(paths), f"{len(lookups)} route lookups for {len(paths)} paths"
    assert len(checks) <= len(paths), f"{len(checks)} collection checks for {len(paths)} paths"


class Probe:
    """A registry entry that counts the comparisons a membership test makes."""

    compared = 0

    def __init__(self, value: int) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        Probe.compared += 1
        return isinstance(other, Probe) and other.value == self.value

    def __hash__(self) -> int:
        return hash(self.value)


def test_the_validator_asks_whether_it_visited_a_schema_of_a_set_not_a_list() -> None:
    from openapi_spec_validator.validation.keywords import OpenAPIV31SchemaValidator

    from generator.validate import _located

    validator: Any = _located(OpenAPIV31SchemaValidator)(None)
    for registry in (validator.visited_schema_ids, validator.meta_checked_schema_ids):
        for i in range(USES):
            registry.append(Probe(i))
        Probe.compared = 0
        assert Probe(USES // 2) in registry and Probe(-1) not in registry
        assert Probe.compared <= 2, f"{Probe.compared} comparisons to find a schema among {USES}"


def test_a_valid_document_s_refs_are_checked_without_a_json_pointer_per_node(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.validate

    model = {"type": "object", "properties": {f"f{i}": {"$ref": "#/components/schemas/Name"} for i in range(USES)}}
    spec = write(tmp_path / "api.yaml", {
        "openapi": "3.1.0", "info": {"title": "x", "version": "1"},
        "paths": {"/things": {"get": operation({"$ref": "#/components/schemas/Thing"})}},
        "components": {"schemas": {"Thing": model, "Name": {"type": "string"}}},
    })
    calls = counting(monkeypatch, generator.validate, "pointer")
    validate(DocumentSet(load_document(spec)))
    assert len(calls) < 10, f"{len(calls)} JSON pointers built to validate {USES} $refs"
