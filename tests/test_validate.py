"""validate: every refusal and warning names the file, the line and the absolute JSON pointer."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pydantic
import pytest

from conftest import invoke_rungen
from generator.errors import Level, SpecError
from generator.pipeline import check_spec

COMPONENT_REF = """\
openapi: 3.1.0
info: {title: x, version: '1'}
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '%s'}
"""


def refusal(spec: Path) -> str:
    with pytest.raises(SpecError) as caught:
        check_spec(spec)
    return str(caught.value.problems[0])


def test_a_bad_schema_keyword_is_located_where_the_schema_is_written(tmp_path: Path) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(COMPONENT_REF % "#/components/schemas/Thing" + "components:\n  schemas:\n    Thing:\n      properties:\n        size: {type: huge}\n")
    assert refusal(spec) == f"{spec}:16: /components/schemas/Thing/properties/size/type: error: 'huge' is not valid under any of the given schemas"


def test_a_bad_schema_in_another_file_names_that_file(tmp_path: Path) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(COMPONENT_REF % "schemas.yaml#/Thing")
    (tmp_path / "schemas.yaml").write_text("Thing:\n  type: object\n  properties:\n    size: {type: huge}\n")
    assert refusal(spec).startswith(f"{tmp_path / 'schemas.yaml'}:4: /Thing/properties/size/type: error:")


def test_a_bad_default_points_at_the_default(tmp_path: Path) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(COMPONENT_REF % "#/components/schemas/Limit" + "components:\n  schemas:\n    Limit: {type: integer, default: many}\n")
    # it costs the value only: a warning where the default is written (through the $ref), not where it is used
    [warning] = check_spec(spec)
    assert str(warning) == (
        f"{spec}:14: /components/schemas/Limit/default: warning: default 'many' does not match its schema "
        "('many' is not of type 'integer'); not used"
    )
    with pytest.raises(SpecError) as caught:
        check_spec(spec, strict=True)
    assert caught.value.problems[0].location == warning.location


IGNORED = """\
openapi: 3.1.0
info: {title: x, version: '1'}
webhooks:
  newPet:
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object, required: [name], properties: {name: {type: string}}}
      responses: {'200': {description: ok}}
  upload:
    post:
      requestBody:
        content:
          application/octet-stream: {}
      responses: {'200': {description: ok}}
paths:
  /subscribe:
    post:
      operationId: subscribe
      callbacks:
        onEvent:
          '{$request.body#/url}':
            post:
              requestBody:
                content:
                  application/json:
                    schema: {type: object, properties: {event: {type: string}}}
              responses: {'200': {description: ok}}
      responses:
        '201':
          description: ok
          links:
            self: {operationId: subscribe}
"""


def test_links_and_non_json_webhook_payloads_are_ignored_with_located_warnings(tmp_path: Path) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(IGNORED)
    warnings = check_spec(spec)
    assert [(w.level, w.location.line, w.location.pointer) for w in warnings] == [
        (Level.WARNING, 33, "/paths/~1subscribe/post/responses/201/links"),
        (Level.WARNING, 14, "/webhooks/upload/post/requestBody/content"),
    ]
    with pytest.raises(SpecError) as caught:
        check_spec(spec, strict=True)
    assert [p.level for p in caught.value.problems] == [Level.ERROR] * 2
    assert "application/octet-stream payloads are not parsed" in str(caught.value.problems[1])


def test_webhook_and_callback_payloads_become_typed_parsers(tmp_path: Path) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(IGNORED)
    out = tmp_path / "out"
    result = invoke_rungen("generate", "--spec", str(spec), "--out", str(out), "--name", "hooks")
    assert result.returncode == 0, result.stderr
    sys.path.insert(0, str(out / "hooks"))
    try:
        webhooks = importlib.import_module("hooks_client.webhooks")
        pet = webhooks.parse_new_pet(b'{"name": "Rex", "extra": 1}')
        assert pet.name == "Rex" and type(pet).__name__ == "NewPetPayload"
        assert webhooks.parse_on_event('{"event": "done"}').event == "done"
        with pytest.raises(pydantic.ValidationError):
            webhooks.parse_new_pet(b"{}")  # name is required
        assert not hasattr(webhooks, "parse_upload")
    finally:
        sys.path.remove(str(out / "hooks"))
        for name in [m for m in sys.modules if m.startswith("hooks_client")]:
            del sys.modules[name]


def test_messages_show_paths_and_media_types_as_written_not_escaped() -> None:
    from generator.errors import Location, readable

    assert readable("/paths/~1pets~1{id}/get/responses/200/content/application~1json") == '/paths/"/pets/{id}"/get/responses/200/content/"application/json"'
    assert readable("/components/schemas/a~0b") == '/components/schemas/"a~b"'
    assert readable("/info/title") == "/info/title"
    assert str(Location("api.yaml", "/paths/~1a/get", 3)) == 'api.yaml:3: /paths/"/a"/get'

