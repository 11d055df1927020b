"""Lenient where it is safe: a `default` that does not match its own schema costs that value
(a warning with its place), not the whole document; `--strict` refuses it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_rungen
from generator.errors import Level, SpecError
from generator.pipeline import check_spec

SPEC = """\
openapi: 3.0.3
info: {title: Lenient, version: "1.0"}
servers: [{url: "https://api.example.com"}]
paths:
  /things:
    get:
      operationId: listThings
      parameters:
        - name: level
          in: query
          schema: {type: integer, enum: [1, 2, 3], default: '1'}
        - name: email
          in: query
          schema: {type: string, format: email, default: ''}
        - name: big
          in: query
          schema: {type: integer, default: .inf}
        - name: size
          in: query
          schema: {type: integer, default: 25}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
components:
  schemas:
    Thing:
      type: object
      properties:
        n: {type: integer, default: "x"}
"""


@pytest.fixture()
def spec(tmp_path: Path) -> Path:
    path = tmp_path / "lenient.yaml"
    path.write_text(SPEC)
    return path


def test_bad_defaults_are_warnings_with_their_place(spec: Path) -> None:
    warnings = check_spec(spec)
    places = sorted({(w.location.line, w.location.pointer) for w in warnings})
    assert places == [
        (11, "/paths/~1things/get/parameters/0/schema/default"),
        (14, "/paths/~1things/get/parameters/1/schema/default"),
        (17, "/paths/~1things/get/parameters/2/schema/default"),
        (32, "/components/schemas/Thing/properties/n/default"),
    ]
    assert all(w.level is Level.WARNING and w.message.endswith("not used") for w in warnings)
    assert any("'' is not a 'email'" in w.message for w in warnings)


def test_strict_refuses_a_bad_default(spec: Path) -> None:
    with pytest.raises(SpecError) as caught:
        check_spec(spec, strict=True)
    assert len(caught.value.problems) == 5
    result = run_rungen("validate", "--strict", str(spec))
    assert result.returncode == 1
    assert "lenient.yaml:11: " in result.stderr and "Traceback" not in result.stderr


def test_the_generated_package_does_not_use_a_bad_default(spec: Path, tmp_path: Path) -> None:
    result = run_rungen("generate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("warning:") == 5  # '1' fails twice: its type and the enum
    package = tmp_path / "out" / "lenient" / "lenient_client"
    resource = (package / "resources" / "things.py").read_text()
    assert "Default 25." in resource  # a good default is documented as before
    assert not any(bad in resource for bad in ("Default '1'", 'Default "1"', "Default ''", 'Default ""', "Default float"))
    bundled = json.loads((package / "mock" / "spec.json").read_text())
    parameters = bundled["paths"]["/things"]["get"]["parameters"]
    assert [p["schema"].get("default") for p in parameters] == [None, None, None, 25]
    assert "default" not in bundled["components"]["schemas"]["Thing"]["properties"]["n"]


REPEATED_ENUM = """\
openapi: 3.0.3
info: {title: Countries, version: "1.0"}
servers: [{url: "https://api.example.com"}]
paths:
  /addresses:
    get:
      operationId: listAddresses
      parameters:
        - name: country
          in: query
          schema: {$ref: '#/components/schemas/CountryISO'}
      responses:
        "200": {description: ok}
components:
  schemas:
    CountryISO:
      type: string
      enum: [GB, IE, GB, IM]
"""


def test_an_enum_that_repeats_a_value_is_a_warning_not_a_refusal(tmp_path: Path) -> None:
    # ideal-postcodes' public document lists 'GB' twice in CountryISO: that cost it the whole build
    path = tmp_path / "countries.yaml"
    path.write_text(REPEATED_ENUM)
    warnings = check_spec(path)
    assert [(w.level, w.location.line, w.location.pointer) for w in warnings] == [
        (Level.WARNING, 18, "/components/schemas/CountryISO/enum")
    ]
    assert "more than once" in warnings[0].message
    with pytest.raises(SpecError):
        check_spec(path, strict=True)
    result = run_rungen("generate", "--spec", str(path), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    models = (tmp_path / "out" / "countries" / "countries_client" / "models.py").read_text()
    assert 'Literal["GB", "IE", "IM"]' in models
