"""naming: every rule that turns spec names into Python names."""

from __future__ import annotations

import keyword

import pytest

from generator import naming


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("firstName", "first_name"),
        ("HTTPServer", "http_server"),
        ("perPage", "per_page"),
        ("X-RateLimit-Remaining", "x_rate_limit_remaining"),
        ("café-id", "cafe_id"),
        ("class", "class_"),
        ("match", "match_"),
        ("2fast", "value_2fast"),
        ("", "value"),
        ("__dunder__", "dunder"),
        ("日本", "value"),
    ],
)
def test_identifier(raw: str, expected: str) -> None:
    assert naming.identifier(raw) == expected


def test_identifier_never_returns_a_keyword_or_invalid_name() -> None:
    for word in keyword.kwlist + keyword.softkwlist + ["", "1", "-", "é", "a b"]:
        name = naming.identifier(word)
        assert name.isidentifier() and not keyword.iskeyword(name)


def test_class_name() -> None:
    assert naming.class_name("import") == "Import"
    assert naming.class_name("user_2") == "User2"
    assert naming.class_name("3d-model") == "Model3dModel"
    assert naming.class_name("None") == "None_"


def test_name_table_is_deterministic() -> None:
    table = naming.NameTable({"Pet"})
    assert [table.claim("Pet"), table.claim("Pet"), table.claim("Dog")] == ["Pet2", "Pet3", "Dog"]


@pytest.mark.parametrize(
    "operation_id, resource, expected",
    [("listPeople", "people", "list"), ("getPerson", "people", "get"), ("updateClient", "clients", "update"),
     ("createRun", "runs", "create"), ("grantToken", "token", "grant"), ("ping", "ping", "ping")],
)
def test_method_name_drops_the_resource(operation_id: str, resource: str, expected: str) -> None:
    assert naming.method_name(operation_id, resource) == expected


def test_env_name() -> None:
    assert naming.env_name("runn", "api token") == "RUNN_API_TOKEN"
