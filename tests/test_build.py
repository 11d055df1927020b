"""The IR builder: what the templates will read, and that spec text can only be data."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import yaml

from conftest import FIXTURES, SPECS, generation
from generator.build import build_package
from generator.errors import Problem
from generator.ir import Package, Resource
from generator.load import load_document
from generator.resolve import DocumentSet


def package_of(path: Path) -> Package:
    problems: list[Problem] = []
    return build_package(DocumentSet(load_document(path)), path.stem, problems)


def resources(package: Package) -> dict[str, Resource]:
    found: dict[str, Resource] = {}

    def walk(items: Any, prefix: str) -> None:
        for r in items:
            found[prefix + r.attribute] = r
            walk(r.children, prefix + r.attribute + ".")

    walk(package.resources, "")
    return found


def test_models_cover_required_optional_nullable_enum_nesting() -> None:
    package = package_of(FIXTURES / "specs" / "shapes.yaml")
    models = {m.name: m for m in package.models}
    shape = {f.name: f for f in models["Shape"].fields}
    assert shape["id"].annotation == "int" and shape["id"].required
    assert shape["parent"].annotation == "Optional[int]" and shape["parent"].required
    assert shape["nickname"].annotation == "Optional[str]" and not shape["nickname"].required
    assert shape["created_at"].annotation == "Optional[datetime]" and shape["created_at"].needs_alias
    assert shape["color"].annotation == "Union[Color, str]"  # open to values the API adds (issue 13)
    assert models["Color"].alias == 'Literal["red", "green", "blue"]'
    assert models["Size"].alias == "Literal[1, 2, 3]"
    assert shape["dimensions"].annotation == "Optional[ShapeDimensions]"
    assert shape["corners"].annotation == "Optional[List[ShapeCornersItem]]"
    assert shape["metadata"].annotation == "Optional[Dict[str, str]]"
    assert shape["children"].annotation == "Optional[List[Shape]]"


def test_operations_become_resource_methods() -> None:
    package = package_of(FIXTURES / "specs" / "shapes.yaml")
    ops = {op.name: op for op in resources(package)["shapes"].operations}
    assert sorted(ops) == ["create", "delete", "get", "list", "paint", "update"]
    assert ops["list"].paging is not None and ops["list"].paging.max_size == "50"
    assert ops["list"].return_annotation == "Shape"
    assert [p.name for p in ops["get"].positional] == ["shape_id"]
    update = ops["update"]
    assert update.body is not None and [f.name for f in update.body.fields] == ["name", "nickname"]
    assert all(f.default == "NOT_GIVEN" for f in update.body.fields)
    assert ops["delete"].deprecated and ops["delete"].return_annotation == "None"


def test_constant_header_is_sent_by_the_client() -> None:
    package = package_of(SPECS / "runn.yaml")
    assert package.constant_headers == (('"Accept-Version"', '"1.0.0"'),)
    for resource in resources(package).values():
        for op in resource.operations:
            assert "accept_version" not in [p.name for p in op.keyword]


def test_server_variables_and_security_schemes() -> None:
    package = package_of(SPECS / "runai.yaml")
    assert [v.name for v in package.server_variables] == ["company"]
    assert [s.kind for s in package.schemes] == ["oauth2_client_credentials", "bearer"]
    runcloud = package_of(SPECS / "runcloud.yaml")
    assert [c.argument for c in runcloud.schemes[0].credentials] == ["api_key", "api_secret"]


def test_hostile_spec_text_stays_inside_literals_and_docstrings() -> None:
    files = generation(FIXTURES / "specs" / "naming.yaml").files
    for path, source in files.items():
        if not path.endswith(".py"):
            continue
        tree = ast.parse(source)
        names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
        assert "jinja" not in names
    models = files["naming_client/models.py"]
    assert '\\"\\"\\"' in models  # the description's triple quotes are escaped, not closing the docstring
    module = ast.parse(models)
    import_model = next(n for n in module.body if isinstance(n, ast.ClassDef) and n.name == "Import")
    assert ast.get_docstring(import_model) == 'A schema named like a keyword. """ not closed'


def test_operation_ids_duplicated_in_snake_case_get_distinct_methods(tmp_path: Path) -> None:
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/a": {"get": {"operationId": "getThing", "tags": ["things"], "responses": {"200": {"description": "ok"}}}},
            "/b": {"get": {"operationId": "get_thing", "tags": ["things"], "responses": {"200": {"description": "ok"}}}},
        },
    }
    path = tmp_path / "dup.yaml"
    path.write_text(yaml.safe_dump(spec))
    package = package_of(path)
    names = [op.name for op in resources(package)["things"].operations]
    assert len(set(names)) == 2


def _contract_spec(tmp_path: Path) -> Package:
    ok = {"description": "ok"}

    def body(example: Any) -> dict[str, Any]:
        return {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}, "example": example}}}}

    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/boxes": {
                "get": {"operationId": "listBoxes", "tags": ["boxes"], "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {"data": {"type": "array", "items": {"type": "object"}}}}, "example": {"data": [{"id": 41}, {"id": 42}]}}}}}},
            },
            "/boxes/{boxId}": {
                "parameters": [{"name": "boxId", "in": "path", "required": True, "schema": {"type": "integer"}, "example": 7}],
                "get": {"operationId": "getBox", "tags": ["boxes"], "parameters": [{"name": "verbose", "in": "query", "schema": {"type": "boolean"}, "example": True}], "responses": body({"id": 41})},
            },
            "/boxes/{boxId}/members": {
                "parameters": [{"name": "boxId", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "post": {
                    "operationId": "addMember", "tags": ["boxes"],
                    "requestBody": {"required": True, "content": {"application/json": {"schema": {"type": "object", "required": ["memberId", "role"], "properties": {"memberId": {"type": "integer"}, "role": {"type": "string", "enum": ["owner", "guest"]}}}, "example": {"memberId": 77}}}},
                    "responses": {"201": ok},
                },
            },
            "/boxes/{boxId}/members/{memberId}": {
                "parameters": [{"name": "boxId", "in": "path", "required": True, "schema": {"type": "integer"}}, {"name": "memberId", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "delete": {"operationId": "removeMember", "tags": ["boxes"], "responses": {"204": ok}},
            },
        },
    }
    path = tmp_path / "boxes.yaml"
    path.write_text(yaml.safe_dump(spec))
    return package_of(path)


def test_contract_cases_take_item_ids_from_the_examples_the_mock_is_seeded_with(tmp_path: Path) -> None:
    cases = {case.name: case for case in _contract_spec(tmp_path).contract_cases}
    assert set(cases) == {"boxes_list", "boxes_get", "boxes_add_member", "boxes_remove_member"}
    # the first item of the list example, not the parameter's own example (7): the mock holds 41
    assert ast.literal_eval(cases["boxes_get"].args_literal) == [41]
    assert ast.literal_eval(cases["boxes_get"].kwargs_literal) == {"verbose": True}
    # a collection without list or item example is seeded from its create example (a membership)
    assert ast.literal_eval(cases["boxes_remove_member"].args_literal) == [41, 77]
    assert cases["boxes_list"].paged is False and cases["boxes_remove_member"].returns == "None"


def test_contract_case_bodies_come_from_the_example_and_missing_required_fields_are_made(tmp_path: Path) -> None:
    case = {c.name: c for c in _contract_spec(tmp_path).contract_cases}["boxes_add_member"]
    assert ast.literal_eval(case.args_literal) == [41]
    assert ast.literal_eval(case.kwargs_literal) == {"member_id": 77, "role": "owner"}
