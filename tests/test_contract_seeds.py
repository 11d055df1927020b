"""The contract builder and the mock agree on which items a fresh mock holds and on what string a
`pattern` gives: the builder reads both from the mock's own code (generator/mock_seeds.py,
templates/package/mock/_patterns.py), so a contract case names an item the mock seeded and
passes a value its pattern matches; a request example the mock would refuse is not sent.

Documented truth used here: an example its schema refuses is not served (the mock's docstring,
`_success_example`), so it seeds nothing; a collection without a usable example holds one item
made under the id its item path is called with; a string schema's value matches its `pattern`
(JSON Schema: the pattern is searched, not anchored).
"""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml

from generator.mock_source import mock_module
from generator.pipeline import generate
from generator.write import write_packages

SID = "^AC[0-9a-fA-F]{32}$"

PET = {"type": "object", "required": ["id", "name"], "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}}
NEW_PET = {"type": "object", "required": ["name", "tag_ids"], "properties": {"name": {"type": "string"}, "tag_ids": {"type": "array", "items": {"type": "integer"}}}}
ACCOUNT = {"type": "object", "required": ["sid", "name"], "properties": {"sid": {"type": "string", "pattern": SID}, "name": {"type": "string"}}}


def _get(schema: Any, example: Any = None, parameters: Any = None) -> dict[str, Any]:
    media: dict[str, Any] = {"schema": schema}
    if example is not None:
        media["example"] = example
    operation: dict[str, Any] = {"responses": {"200": {"description": "ok", "content": {"application/json": media}}}}
    if parameters:
        operation["parameters"] = parameters
    return operation


SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Seeds", "version": "1"},
    "servers": [{"url": "https://api.example.com"}],
    "components": {"schemas": {"Pet": PET, "Account": ACCOUNT}},
    "paths": {
        # the list's example item has a string id where the schema says integer: the mock does
        # not serve it, so it seeds the item GET's example (id 7) instead
        "/pets": {
            "get": {**_get({"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}, [{"id": "seven", "name": "Bad"}]), "operationId": "listPets"},
            # the request example gives the integer ids as strings (as GitHub's does for
            # `selected_repository_ids`): the mock refuses it, so the case sends a body made from the schema
            "post": {
                "operationId": "createPet",
                "requestBody": {"required": True, "content": {"application/json": {"schema": NEW_PET, "example": {"name": "Rex", "tag_ids": ["1", "2"]}}}},
                "responses": {"201": {"description": "made", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}},
            },
        },
        "/pets/{petId}": {
            "get": {
                **_get({"$ref": "#/components/schemas/Pet"}, {"id": 7, "name": "Rex"}),
                "operationId": "getPet",
                "parameters": [{"name": "petId", "in": "path", "required": True, "schema": {"type": "integer"}}],
            }
        },
        # no example anywhere: the mock makes the item under a sid its pattern matches
        "/accounts": {"get": {**_get({"type": "array", "items": {"$ref": "#/components/schemas/Account"}}), "operationId": "listAccounts"}},
        "/accounts/{sid}": {
            "get": {
                **_get({"$ref": "#/components/schemas/Account"}),
                "operationId": "getAccount",
                "parameters": [{"name": "sid", "in": "path", "required": True, "schema": {"type": "string", "pattern": SID}}],
            }
        },
    },
}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Any]]:
    folder = tmp_path_factory.mktemp("seeds")
    spec = folder / "seeds.yaml"
    spec.write_text(yaml.safe_dump(SPEC, sort_keys=False))
    write_packages(folder / "out", {"seeds": generate(spec, name="seeds").files})
    sys.path.insert(0, str(folder / "out" / "seeds"))
    try:
        module = importlib.import_module("seeds_client")
        mock = importlib.import_module("seeds_client.mock")
        yield folder / "out" / "seeds", (module, mock)
    finally:
        sys.path.pop(0)


def test_the_generated_contract_tests_pass(package: tuple[Path, Any]) -> None:
    folder, _ = package
    args = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(folder), str(folder / "tests")]
    result = subprocess.run(args, capture_output=True, text=True, cwd=folder, timeout=600, env={"PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stdout[-3000:]
    assert "10 passed" in result.stdout  # 5 methods, sync and async


def test_an_item_example_its_schema_refuses_seeds_nothing_the_item_path_names_the_served_one(package: tuple[Path, Any]) -> None:
    _, (module, mock) = package
    with module.SeedsClient(base_url="https://api.example.com", transport=mock.SeedsMock(seed=1).transport(), max_retries=0) as client:
        assert [pet.id for pet in client.pets.list()] == [7]
        assert client.pets.get(7).name == "Rex"


def test_an_item_made_from_its_schema_has_an_id_its_pattern_matches(package: tuple[Path, Any]) -> None:
    _, (module, mock) = package
    with module.SeedsClient(base_url="https://api.example.com", transport=mock.SeedsMock(seed=1).transport(), max_retries=0) as client:
        [account] = client.accounts.list()
        assert re.search(SID, account.sid)
        assert client.accounts.get(account.sid).sid == account.sid


# -- the mock's string for a pattern ------------------------------------------------------------

#: Patterns from public documents (Twilio's sids, GitHub's and DigitalOcean's slugs and names),
#: anchored and not, with alternations, classes and counted repeats.
REAL_PATTERNS = [
    SID,
    "^[a-z0-9-]+$",
    "^[A-Za-z0-9_.-]+$",
    "^ssh-(rsa|dss|ed25519) ",
    "[0-9]{4}-[0-9]{2}-[0-9]{2}",
    "^(production|staging|development)$",
    r"^\d{3,5}$",
    "^[a-z][a-z0-9]*(-[a-z0-9]+)*$",
    r"^v\d+\.\d+(\.\d+)?$",
    "^CA[0-9a-fA-F]{32}$|^[a-zA-Z0-9-_]+$",
]


@pytest.mark.parametrize("pattern", REAL_PATTERNS)
def test_the_mock_answers_a_string_its_pattern_matches(pattern: str) -> None:
    schemas = mock_module("_schema").Schemas({})
    value = schemas.example({"type": "string", "pattern": pattern}, None)
    assert isinstance(value, str) and re.search(pattern, value), value
    assert schemas.errors(value, {"type": "string", "pattern": pattern}) == []


def test_the_pattern_value_respects_the_lengths_too() -> None:
    schemas = mock_module("_schema").Schemas({})
    schema = {"type": "string", "pattern": "^[a-z]+$", "minLength": 12, "maxLength": 20}
    value = schemas.example(schema, None)
    assert re.search("^[a-z]+$", value) and 12 <= len(value) <= 20


def test_a_backtracking_pattern_gives_a_value_without_hanging() -> None:
    """`(a+)+b` searched in a long run of `a`s takes exponential time; the builder keeps the
    values of such patterns short. Run in a subprocess so that a hang fails instead of blocking."""
    code = (
        "from generator.mock_source import mock_module\n"
        "s = mock_module('_schema').Schemas({})\n"
        "for p, low in [('(a+)+(?=b)', 40), ('^(a|aa)+$', 60), ('^(\\\\w+\\\\s?)*$', 200), ('(x+x+)+y', 30)]:\n"
        "    print(repr(s.example({'type': 'string', 'pattern': p, 'minLength': low}, None)))\n"
        "    print(mock_module('_patterns').pattern_values(p, low))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=Path(__file__).resolve().parent.parent)
    assert result.returncode == 0, result.stderr[-2000:]
    assert len(result.stdout.splitlines()) == 8
