"""Contract-case arguments satisfy their schema (generator/build_values.py), as the mock checks it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import invoke_rungen
from generator.build_values import accepts, number_value, pattern_values, string_value


@pytest.mark.parametrize(
    "pattern",
    [
        r"^AC[0-9a-fA-F]{32}$",
        r"^[a-z]+$",
        r"^(foo|bar)-\d{3}$",
        r"[^0-9]+",
        r"^\w+@\w+\.com$",
        r"^(?!x)[A-Z]{2,4}$",
        r"^\+[1-9]\d{1,14}$",
        r"(a)\1",
        r"^[^\s/]+/[^\s/]+$",
        r"^v\d+\.\d+(\.\d+)?$",
    ],
)
def test_a_pattern_gets_a_string_it_matches(pattern: str) -> None:
    values = pattern_values(pattern)
    assert values and all(re.search(pattern, v) for v in values)
    assert re.search(pattern, string_value({"type": "string", "pattern": pattern}))


def test_a_twilio_style_sid_is_two_letters_and_32_hex_digits() -> None:
    assert string_value({"type": "string", "pattern": "^AC[0-9a-fA-F]{32}$", "minLength": 34, "maxLength": 34}) == "AC" + "0" * 32


def test_a_pattern_with_an_open_repeat_is_stretched_to_min_length() -> None:
    value = string_value({"type": "string", "pattern": "^[a-z]+$", "minLength": 5})
    assert len(value) >= 5 and re.fullmatch("[a-z]+", value)


def test_a_pattern_python_cannot_read_falls_back_to_the_lengths() -> None:
    assert pattern_values(r"^\p{L}+$") == []
    assert string_value({"type": "string", "pattern": r"^\p{L}+$", "maxLength": 3}) == "str"


@pytest.mark.parametrize(
    ("schema", "integer", "expected"),
    [
        ({}, True, 1),
        ({"minimum": 3, "exclusiveMinimum": True}, True, 4),  # 3.0 boolean form
        ({"exclusiveMinimum": 3}, False, 3.5),  # 3.1 number form
        ({"maximum": -5}, True, -5),
        ({"minimum": 10, "multipleOf": 7}, True, 14),
        ({"minimum": 0}, True, 0),
    ],
)
def test_a_number_is_within_its_bounds(schema: dict[str, object], integer: bool, expected: float) -> None:
    value = number_value(schema, integer)
    assert value == expected and isinstance(value, int if integer else float)
    assert accepts(schema, value)


@pytest.mark.parametrize(
    ("schema", "value", "accepted"),
    [
        ({"pattern": "^AC"}, "{AccountSid}", False),
        ({"pattern": "^AC"}, "AC1", True),
        ({"enum": ["a"]}, "Choose...", False),
        ({"maxLength": 2}, "abc", False),
        ({"minimum": 1}, 0, False),
        ({"maximum": 5, "exclusiveMaximum": True}, 5, False),
        ({"format": "email"}, "x", True),  # formats are checked by the mock where it knows them
    ],
)
def test_an_example_is_used_only_where_its_schema_accepts_it(schema: dict[str, object], value: object, accepted: bool) -> None:
    assert accepts(schema, value) is accepted


SCHEMELESS = """
openapi: 3.0.3
info: {title: Schemeless, version: "1.0"}
servers:
  - url: //api.example.com/v2
paths:
  /things/{thing_id}:
    get:
      operationId: getThing
      parameters:
        - {name: thing_id, in: path, required: true, schema: {type: string, pattern: '^TH[0-9a-f]{8}$'}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}}
"""


def test_a_scheme_relative_server_keeps_its_host_and_a_pattern_path_parameter_matches(tmp_path: Path) -> None:
    spec = tmp_path / "schemeless.yaml"
    spec.write_text(SCHEMELESS)
    result = invoke_rungen("generate", "--spec", str(spec), "--out", str(tmp_path / "out"), "--name", "schemeless")
    assert result.returncode == 0, result.stderr
    contract = (tmp_path / "out" / "schemeless" / "tests" / "test_schemeless_client_contract.py").read_text()
    assert 'BASE_URL = "https://api.example.com/v2"' in contract
    assert '["TH00000000"]' in contract
