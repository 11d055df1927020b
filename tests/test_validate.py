"""validate: every refusal and warning names the file, the line and the absolute JSON pointer."""

from __future__ import annotations

from pathlib import Path

import pytest

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
    assert refusal(spec) == f"{spec}:14: /components/schemas/Limit/default: error: 'many' is not of type 'integer'"


IGNORED = """\
openapi: 3.1.0
info: {title: x, version: '1'}
webhooks:
  newPet:
    post:
      responses: {'200': {description: ok}}
paths:
  /subscribe:
    post:
      operationId: subscribe
      callbacks:
        onEvent:
          '{$request.body#/url}':
            post:
              responses: {'200': {description: ok}}
      responses:
        '201':
          description: ok
          links:
            self: {operationId: subscribe}
"""


def test_callbacks_webhooks_and_links_are_ignored_with_located_warnings(tmp_path: Path) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(IGNORED)
    warnings = check_spec(spec)
    assert [(w.level, w.location.line, w.location.pointer) for w in warnings] == [
        (Level.WARNING, 3, "/webhooks"),
        (Level.WARNING, 11, "/paths/~1subscribe/post/callbacks"),
        (Level.WARNING, 19, "/paths/~1subscribe/post/responses/201/links"),
    ]
    with pytest.raises(SpecError) as caught:
        check_spec(spec, strict=True)
    assert [p.level for p in caught.value.problems] == [Level.ERROR] * 3
    assert "callbacks are not supported" in str(caught.value.problems[1])
