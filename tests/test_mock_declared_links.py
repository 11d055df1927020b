"""The mock's declared links between an item and others, on a small spec of its own (docs/extensions.md,
"x-rungen-mock"): a nested collection kept in an array field of its parent item (``in-parent``), an answer
that wraps its item (``item-at``), an action that puts its path parameter in the thing's list
(``parent-list``), a POST to an item path that adds an item of another collection (``adds-from``), and
list items no path names."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, Optional, Tuple

import pytest
import yaml

from generator.errors import SpecError
from generator.mock_source import mock_module
from generator.pipeline import check_spec

OPTION = {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}, "required": ["id", "name"]}
FIELD = {
    "type": "object",
    "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "options": {"type": "array", "items": OPTION}},
    "required": ["id", "name", "options"],
}
FIELD_INPUT = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "options": {"type": "array", "items": {"type": "object", "properties": {"name": {"type": "string"}}}}},
}
WRAPPED = {"type": "object", "properties": {"option": OPTION}, "required": ["option"]}
TAG = {"type": "object", "properties": {"id": {"type": "integer"}, "projectIds": {"type": "array", "items": {"type": "integer"}}}}
VIEW = {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}}
LINK = {"type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}}}


def param(name: str) -> Dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "integer"}}


def answer(status: str, schema: Any, example: Any = None) -> Dict[str, Any]:
    media: Dict[str, Any] = {"schema": schema}
    if example is not None:
        media["example"] = example
    return {status: {"description": "ok", "content": {"application/json": media}}}


def body(schema: Any) -> Dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": schema}}}


GONE = {"204": {"description": "gone"}}

SPEC: Dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "links", "version": "1"},
    "x-rungen-mock": {"collections": {"/fields/{fieldId}/options": {"in-parent": "options"}}},
    "paths": {
        "/fields/": {
            "get": {"responses": answer("200", {"type": "array", "items": FIELD}, [{"id": 5, "name": "Band", "options": [{"id": 50, "name": "A"}]}])},
            "post": {"requestBody": body(FIELD_INPUT), "responses": answer("201", FIELD)},
        },
        "/fields/{fieldId}": {"parameters": [param("fieldId")], "get": {"responses": answer("200", FIELD)}},
        "/fields/{fieldId}/options": {
            "parameters": [param("fieldId")],
            "post": {"x-rungen-mock": {"item-at": "option"}, "requestBody": body({"type": "object", "properties": {"name": {"type": "string"}}}), "responses": answer("201", WRAPPED, {"option": {"id": 1, "name": "x"}})},
        },
        "/fields/{fieldId}/options/{optionId}": {
            "parameters": [param("fieldId"), param("optionId")],
            "patch": {"x-rungen-mock": {"item-at": "option"}, "requestBody": body({"type": "object", "properties": {"name": {"type": "string"}}}), "responses": answer("200", WRAPPED, {"option": {"id": 1, "name": "x"}})},
            "delete": {"responses": GONE},
        },
        "/tags/": {"get": {"responses": answer("200", {"type": "array", "items": TAG}, [{"id": 7, "projectIds": []}])}},
        "/tags/{tagId}": {"parameters": [param("tagId")], "get": {"responses": answer("200", TAG)}},
        "/tags/{tagId}/project/{projectId}": {
            "parameters": [param("tagId"), param("projectId")],
            "post": {"x-rungen-mock": {"answers-parent": True, "parent-list": {"projectIds": "projectId"}}, "responses": answer("201", TAG, {"id": 1, "projectIds": [1]})},
            "delete": {"x-rungen-mock": {"parent-list": {"projectIds": "projectId"}}, "responses": GONE},
        },
        "/views/": {"get": {"responses": answer("200", {"type": "array", "items": VIEW}, [{"id": 61, "name": "Design"}, {"id": 62, "name": "Sales"}])}},
        "/users/": {"get": {"responses": answer("200", {"type": "array", "items": VIEW}, [{"id": 1, "name": "Ada"}])}},
        "/users/{userId}": {"parameters": [param("userId")], "get": {"responses": answer("200", VIEW)}},
        "/users/{userId}/views/": {"parameters": [param("userId")], "get": {"responses": answer("200", {"type": "array", "items": VIEW}, [{"id": 61, "name": "Design"}])}},
        "/users/{userId}/views/{viewId}": {
            "parameters": [param("userId"), param("viewId")],
            "post": {"x-rungen-mock": {"adds-from": "/views/"}, "responses": {"201": {"description": "added"}}},
            "delete": {"responses": GONE},
        },
        "/links/": {"get": {"responses": answer("200", {"type": "array", "items": LINK}, [{"a": 1, "b": 2}, {"a": 3, "b": 4}])}},
    },
}


class Caller:
    def __init__(self, spec: Dict[str, Any]) -> None:
        self.app = mock_module("_app").MockApp(spec)

    def __call__(self, method: str, path: str, payload: Optional[Any] = None) -> Tuple[int, Any]:
        data = json.dumps(payload).encode() if payload is not None else b""
        headers = {"content-type": "application/json"} if payload is not None else {}
        status, _, out = self.app.handle(method, path, headers, data)
        return status, json.loads(out) if out else None


def test_a_nested_collection_in_a_parent_field_is_that_field_and_its_answers_wrap_the_item() -> None:
    call = Caller(SPEC)
    status, field = call("POST", "/fields/", {"name": "Size", "options": [{"name": "S"}, {"name": "M"}]})
    assert status == 201 and [o["name"] for o in field["options"]] == ["S", "M"]
    ids = [o["id"] for o in field["options"]]
    assert len(set(ids)) == 2 and not set(ids) & {50}  # new ids, after the seeded option's
    status, added = call("POST", f"/fields/{field['id']}/options", {"name": "L"})
    assert status == 201 and set(added) == {"option"} and added["option"]["name"] == "L"
    assert added["option"]["id"] not in ids + [50]
    status, renamed = call("PATCH", f"/fields/{field['id']}/options/{added['option']['id']}", {"name": "XL"})
    assert (status, renamed) == (200, {"option": {"id": added["option"]["id"], "name": "XL"}})
    assert call("DELETE", f"/fields/{field['id']}/options/{ids[0]}")[0] == 204
    assert [o["name"] for o in call("GET", f"/fields/{field['id']}")[1]["options"]] == ["M", "XL"]
    assert call("PATCH", f"/fields/{field['id']}/options/{ids[0]}", {"name": "Z"})[0] == 404
    assert call("PATCH", "/fields/5/options/50", {"name": "B"})[1] == {"option": {"id": 50, "name": "B"}}  # a seeded one
    assert call("POST", "/fields/999/options", {"name": "L"})[0] == 404


def test_an_action_puts_its_path_parameter_in_the_things_list_and_answers_the_thing() -> None:
    call = Caller(SPEC)
    assert call("POST", "/tags/7/project/3") == (201, {"id": 7, "projectIds": [3]})
    assert call("POST", "/tags/7/project/3")[1] == {"id": 7, "projectIds": [3]}
    assert call("DELETE", "/tags/7/project/3")[0] == 204
    assert call("GET", "/tags/7") == (200, {"id": 7, "projectIds": []})
    assert call("POST", "/tags/8/project/3")[0] == 404


def test_a_post_to_an_item_path_adds_that_item_of_another_collection_once() -> None:
    call = Caller(SPEC)
    assert call("POST", "/users/1/views/62") == (201, None)
    assert call("GET", "/users/1/views/") == (200, [{"id": 61, "name": "Design"}, {"id": 62, "name": "Sales"}])
    assert call("POST", "/users/1/views/62")[0] == 409
    assert call("POST", "/users/1/views/61")[0] == 409  # the document's example holds it
    assert call("POST", "/users/1/views/63")[0] == 404
    assert call("DELETE", "/users/1/views/62")[0] == 204
    assert call("GET", "/users/1/views/") == (200, [{"id": 61, "name": "Design"}])


def test_list_items_no_path_names_are_listed_without_an_id() -> None:
    assert Caller(SPEC)("GET", "/links/") == (200, [{"a": 1, "b": 2}, {"a": 3, "b": 4}])


@pytest.mark.parametrize(
    "where, rule",
    [
        ("root", {"collections": {"/fields/{fieldId}/options": {"in-parent": "options", "stored-in": "/options/"}}}),
        ("root", {"collections": {"/fields/{fieldId}/options": {"in-parent": ""}}}),
        ("operation", {"item-at": 3}),
        ("operation", {"parent-list": {"projectIds": 1}}),
        ("operation", {"adds-from": "views"}),
    ],
)
def test_a_wrong_shape_of_these_keys_is_refused(tmp_path: Path, where: str, rule: Dict[str, Any]) -> None:
    spec = json.loads(json.dumps(SPEC))
    if where == "root":
        spec["x-rungen-mock"] = rule
    else:
        spec["paths"]["/tags/{tagId}/project/{projectId}"]["post"]["x-rungen-mock"] = rule
    path = tmp_path / "api.yaml"
    path.write_text(yaml.safe_dump(spec))
    with pytest.raises(SpecError) as caught:
        check_spec(path)
    assert "x-rungen-mock" in str(caught.value.problems[0])


def test_the_spec_of_these_tests_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "api.yaml"
    path.write_text(yaml.safe_dump(SPEC))
    check_spec(path)
