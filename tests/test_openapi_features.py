"""OpenAPI features on generated clients: small inline specs, generated, imported and driven over
an httpx.MockTransport, asserting what goes on the wire and what comes back."""

from __future__ import annotations

import asyncio
import email.parser
import importlib
import io
import sys
from pathlib import Path
from typing import Any, Callable, Dict, List

import httpx
import pydantic
import pytest
import yaml

from generator.pipeline import generate
from generator.write import write_packages

SERVER = [{"url": "https://api.example.com"}]


def client_of(tmp_path: Path, name: str, spec: Dict[str, Any], handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> Any:
    """Generate package `name` from `spec`, import it, and return its client over `handler`."""
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump({"openapi": "3.1.0", "info": {"title": name, "version": "1"}, "servers": SERVER, **spec}, sort_keys=False))
    result = generate(path, name=name)
    write_packages(tmp_path / "out", {name: result.files})
    sys.path.insert(0, str(tmp_path / "out" / name))
    try:
        module = importlib.import_module(f"{name}_client")
    finally:
        sys.path.pop(0)
    title = result.package.client_class
    return getattr(module, title)(transport=httpx.MockTransport(handler), **kwargs), module


def recorder(response: Callable[[httpx.Request], httpx.Response]) -> tuple[List[httpx.Request], Callable[[httpx.Request], httpx.Response]]:
    seen: List[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return response(request)

    return seen, handler


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(204)


def ref(name: str) -> Dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_op(op_id: str, schema: Dict[str, Any], **extra: Any) -> Dict[str, Any]:
    return {"operationId": op_id, **extra, "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}}


# -- discriminator ------------------------------------------------------------------------------

PETS = {
    "components": {
        "schemas": {
            # every field but the tag is optional: an untagged union would take the first member
            "Cat": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}, "lives": {"type": "integer"}}},
            "Dog": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}, "barks": {"type": "boolean"}}},
            "Lizard": {"type": "object", "properties": {"kind": {"type": "string"}, "scales": {"type": "integer"}}},
            "Pet": {
                "oneOf": [ref("Cat"), ref("Dog"), ref("Lizard")],
                "discriminator": {"propertyName": "kind", "mapping": {"kitten": "#/components/schemas/Cat", "cat": "Cat", "hound": ref("Dog")["$ref"]}},
            },
        }
    },
    "paths": {"/pets": {"get": json_op("listPets", {"type": "array", "items": ref("Pet")}, tags=["pets"])}},
}


def test_a_discriminator_picks_the_member_its_mapping_names(tmp_path: Path) -> None:
    payload = [{"kind": "kitten"}, {"kind": "cat", "lives": 9}, {"kind": "hound"}, {"kind": "Lizard", "scales": 3}]
    client, module = client_of(tmp_path, "tagged", PETS, lambda r: httpx.Response(200, json=payload))
    pets = client.pets.list()
    assert [type(p).__name__ for p in pets] == ["Cat", "Cat", "Dog", "Lizard"]  # "Lizard": the implicit mapping
    assert pets[2].kind == "hound" and pets[3].scales == 3
    assert module.models.Cat.model_fields["kind"].annotation.__args__ == ("kitten", "cat")


def test_a_value_no_member_claims_is_kept_as_the_unions_fallback(tmp_path: Path) -> None:
    # issue 13: a response variant the spec does not list (added by the API later) parses
    client, _ = client_of(tmp_path, "tagged_bad", PETS, lambda r: httpx.Response(200, json=[{"kind": "dog"}]))
    pets = client.pets.list()
    assert type(pets[0]).__name__ == "UnknownPet" and pets[0].model_extra == {"kind": "dog"}


def test_a_member_whose_tag_is_optional_still_parses_where_it_is_used_alone(tmp_path: Path) -> None:
    # GitHub: `private-user` is a member of GET /user's union on `user_view_type`, which it does not
    # require; PATCH /user answers it alone, without the tag: the model must accept that
    spec = {**PETS, "paths": {**PETS["paths"], "/lizard": {"get": json_op("getLizard", ref("Lizard"), tags=["lizards"])}}}
    answers = {"/pets": [{"kind": "Lizard", "scales": 1}, {"kind": "cat"}], "/lizard": {"scales": 3}}
    client, module = client_of(tmp_path, "tag_optional", spec, lambda r: httpx.Response(200, json=answers[r.url.path]))
    lizard = client.lizards.get()
    assert type(lizard).__name__ == "Lizard" and lizard.scales == 3 and lizard.kind == "Lizard"
    assert [type(p).__name__ for p in client.pets.list()] == ["Lizard", "Cat"]
    with pytest.raises(pydantic.ValidationError):
        module.models.Cat.model_validate({"lives": 1})  # a required tag stays required


@pytest.mark.parametrize(
    "members, where, reason",
    [
        ([ref("Cat"), {"type": "object", "properties": {"kind": {"type": "string"}}}], "/components/schemas/Pet/oneOf/1", "inline schema"),
        ([ref("Cat"), ref("Name")], "/components/schemas/Pet/oneOf/1", "not a model of its own"),
        ([ref("Cat"), ref("Bare")], "/components/schemas/Pet/oneOf/1", "has no property 'kind'"),
    ],
    ids=["inline-member", "not-an-object", "property-missing"],
)
def test_a_discriminator_the_shape_cannot_carry_is_a_plain_union_with_a_warning(tmp_path: Path, members: List[Any], where: str, reason: str) -> None:
    schemas = {
        "Cat": PETS["components"]["schemas"]["Cat"],
        "Name": {"type": "string"},
        "Bare": {"type": "object", "properties": {"other": {"type": "string"}}},
        "Pet": {"oneOf": members, "discriminator": {"propertyName": "kind"}},
    }
    path = tmp_path / "spec.yaml"
    spec = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/p": {"get": json_op("getPet", ref("Pet"))}}, "components": {"schemas": schemas}}
    path.write_text(yaml.safe_dump(spec))
    result = generate(path)
    warnings = [w for w in result.warnings if reason in w.message]
    assert [w.location.pointer for w in warnings] == [where]
    assert warnings[0].location.line is not None
    assert "Pet: TypeAlias = Union[" in result.files["spec_client/models.py"]


# -- readOnly / writeOnly -----------------------------------------------------------------------

ACCOUNTS = {
    "components": {
        "schemas": {
            "Account": {
                "type": "object",
                "required": ["id", "email", "password"],
                "properties": {
                    "id": {"type": "integer", "readOnly": True},
                    "email": {"type": "string"},
                    "password": {"type": "string", "writeOnly": True},
                },
            }
        }
    },
    "paths": {
        "/accounts": {
            "post": {
                "operationId": "createAccount",
                "tags": ["accounts"],
                "requestBody": {"required": True, "content": {"application/json": {"schema": ref("Account")}}},
                "responses": {"201": {"description": "ok", "content": {"application/json": {"schema": ref("Account")}}}},
            }
        }
    },
}


def test_write_only_fields_are_sent_but_never_required_back_and_read_only_ones_are_not_arguments(tmp_path: Path) -> None:
    seen, handler = recorder(lambda r: httpx.Response(201, json={"id": 7, "email": "a@example.com"}))  # no password
    client, _ = client_of(tmp_path, "accounts", ACCOUNTS, handler)
    account = client.accounts.create(email="a@example.com", password="s3cret")
    assert account.id == 7 and account.password is None
    assert yaml.safe_load(seen[0].content) == {"email": "a@example.com", "password": "s3cret"}
    with pytest.raises(TypeError):
        client.accounts.create(email="a@example.com", password="x", id=1)
    with pytest.raises(TypeError):
        client.accounts.create(email="a@example.com")  # write-only, but still required in requests


# -- parameter styles ---------------------------------------------------------------------------


def array(kind: str = "string") -> Dict[str, Any]:
    return {"type": "array", "items": {"type": kind}}


OBJECT = {"type": "object", "properties": {"role": {"type": "string"}, "level": {"type": "integer"}}}
STYLED = {
    "paths": {
        "/things/{ids}/{tags}/{where}": {
            "get": {
                "operationId": "findThings",
                "tags": ["things"],
                "parameters": [
                    {"name": "ids", "in": "path", "required": True, "schema": array("integer")},
                    {"name": "tags", "in": "path", "required": True, "style": "label", "explode": True, "schema": array()},
                    {"name": "where", "in": "path", "required": True, "style": "matrix", "explode": False, "schema": OBJECT},
                    {"name": "form", "in": "query", "schema": array("integer")},
                    {"name": "csv", "in": "query", "explode": False, "schema": array("integer")},
                    {"name": "spaced", "in": "query", "style": "spaceDelimited", "explode": False, "schema": array()},
                    {"name": "piped", "in": "query", "style": "pipeDelimited", "explode": False, "schema": array()},
                    {"name": "filter", "in": "query", "style": "deepObject", "explode": True, "schema": OBJECT},
                    {"name": "exploded", "in": "query", "schema": OBJECT},
                    {"name": "flat", "in": "query", "explode": False, "schema": OBJECT},
                    {"name": "json", "in": "query", "content": {"application/json": {"schema": OBJECT}}},
                    {"name": "flag", "in": "query", "schema": {"type": "boolean"}},
                    {"name": "X-Ids", "in": "header", "schema": array("integer")},
                    {"name": "X-Who", "in": "header", "explode": True, "schema": OBJECT},
                    {"name": "theme", "in": "cookie", "schema": {"type": "string"}},
                    {"name": "recent", "in": "cookie", "explode": False, "schema": array()},
                ],
                "responses": {"204": {"description": "ok"}},
            }
        }
    },
    "components": {"securitySchemes": {"session": {"type": "apiKey", "in": "cookie", "name": "SESSION"}}},
    "security": [{"session": []}],
}


def test_parameter_styles_on_the_wire(tmp_path: Path) -> None:
    seen, handler = recorder(ok)
    client, module = client_of(tmp_path, "styled", STYLED, handler, api_key="k1")
    who = {"role": "admin", "level": 2}
    client.things.find(
        [1, 2], ["a", "b c"], who,
        form=[1, 2], csv=[3, 4], spaced=["x", "y"], piped=["p", "q"], filter=who, exploded=who, flat=who,
        json={"role": "r"}, flag=True, x_ids=[5, 6], x_who=who, theme="dark", recent=["a", "b"],
    )
    request = seen[0]
    assert request.url.raw_path.split(b"?")[0] == b"/things/1,2/.a.b%20c/;where=role,admin,level,2"
    assert request.url.params.multi_items() == [
        ("form", "1"), ("form", "2"),
        ("csv", "3,4"),
        ("spaced", "x y"),
        ("piped", "p|q"),
        ("filter[role]", "admin"), ("filter[level]", "2"),
        ("role", "admin"), ("level", "2"),
        ("flat", "role,admin,level,2"),
        ("json", '{"role":"r"}'),
        ("flag", "true"),
    ]
    assert b"&csv=3,4&" in request.url.raw_path  # the separator itself is not percent-encoded
    assert request.headers["X-Ids"] == "5,6"
    assert request.headers["X-Who"] == "role=admin,level=2"
    assert request.headers["Cookie"] == "theme=dark; recent=a,b; SESSION=k1"


def test_an_items_own_comma_is_encoded_and_the_separating_one_is_not(tmp_path: Path) -> None:
    seen, handler = recorder(ok)
    client, _ = client_of(tmp_path, "styled_commas", STYLED, handler, api_key="k1")
    client.things.find([1], ["a"], {"role": "x"}, csv=["a,b", "c"], piped=["p|q", "r"])
    raw = seen[0].url.raw_path
    assert b"csv=a%2Cb,c" in raw and b"piped=p%7Cq|r" in raw
    assert seen[0].url.params.get_list("csv") == ["a,b,c"]  # what a server that splits after decoding sees


def test_path_values_are_escaped_and_unset_parameters_are_not_sent(tmp_path: Path) -> None:
    seen, handler = recorder(ok)
    client, _ = client_of(tmp_path, "styled_min", STYLED, handler, api_key="k1")
    client.things.find(["a/b"], ["?"], {"role": "x;y"}, extra_query={"form": "override"})
    request = seen[0]
    assert request.url.raw_path == b"/things/a%2Fb/.%3F/;where=role,x%3By?form=override"
    assert request.headers["Cookie"] == "SESSION=k1"
    assert "X-Ids" not in request.headers


def test_a_style_rungen_does_not_know_warns_and_uses_the_default(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    param = {"name": "c", "in": "cookie", "style": "cookie", "schema": {"type": "string"}}  # new in OpenAPI 3.2
    op = {"operationId": "op", "parameters": [param], "responses": {"204": {"description": "ok"}}}
    path.write_text(yaml.safe_dump({"openapi": "3.2.0", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": op}}}))
    warnings = generate(path).warnings
    line = [text.strip() for text in path.read_text().splitlines()].index("style: cookie") + 1
    assert [(w.location.line, w.location.pointer, w.message) for w in warnings] == [
        (line, "/paths/~1a/get/parameters/0/style", "style 'cookie' is not supported for cookie parameters; 'form' is used")
    ]


# -- multipart ----------------------------------------------------------------------------------

UPLOADS = {
    "paths": {
        "/photos": {
            "post": {
                "operationId": "uploadPhoto",
                "tags": ["photos"],
                "requestBody": {
                    "required": True,
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "required": ["photo"],
                                "properties": {
                                    "photo": {"type": "string", "format": "binary"},
                                    "extras": {"type": "array", "items": {"type": "string", "format": "binary"}},
                                    "caption": {"type": "string"},
                                    "tags": array(),
                                    "meta": OBJECT,
                                    "public": {"type": "boolean"},
                                },
                            }
                        }
                    },
                },
                "responses": {"204": {"description": "ok"}},
            }
        }
    }
}


def parts(request: httpx.Request) -> List[tuple[str, str | None, str | None, bytes]]:
    """(name, file name, content type, content) of each multipart part."""
    raw = b"Content-Type: " + request.headers["Content-Type"].encode() + b"\r\n\r\n" + request.content
    message = email.parser.BytesParser().parsebytes(raw)
    result = []
    for part in message.get_payload():
        payload = part.get_payload(decode=True)
        content_type = part.get_content_type() if part.get("Content-Type") else None
        result.append((part.get_param("name", header="content-disposition"), part.get_filename(), content_type, payload))
    return result


def test_multipart_file_fields_are_typed_files_and_other_fields_are_form_parts(tmp_path: Path) -> None:
    seen, handler = recorder(ok)
    client, module = client_of(tmp_path, "uploads", UPLOADS, handler)
    client.photos.upload(
        photo=("cat.png", io.BytesIO(b"\x89PNG"), "image/png"),
        extras=[b"one", ("two.txt", b"two")],
        caption="Tom",
        tags=["a", "b"],
        meta={"role": "pet", "level": 1},
        public=False,
    )
    assert seen[0].headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert parts(seen[0]) == [
        ("caption", None, None, b"Tom"),
        ("tags", None, None, b"a"),
        ("tags", None, None, b"b"),
        ("meta", None, None, b'{"role":"pet","level":1}'),
        ("public", None, None, b"false"),
        ("photo", "cat.png", "image/png", b"\x89PNG"),
        ("extras", "upload", "application/octet-stream", b"one"),
        ("extras", "two.txt", "text/plain", b"two"),  # guessed from the file name
    ]
    source = (tmp_path / "out" / "uploads" / "uploads_client" / "resources" / "photos.py").read_text()
    assert "photo: FileTypes," in source and "extras: Union[List[FileTypes], NotGiven]" in source


def test_the_async_client_sends_a_multipart_body_too_even_without_files(tmp_path: Path) -> None:
    seen, handler = recorder(ok)
    spec = yaml.safe_load(yaml.safe_dump(UPLOADS))
    schema = spec["paths"]["/photos"]["post"]["requestBody"]["content"]["multipart/form-data"]["schema"]
    schema["required"] = []
    client, module = client_of(tmp_path, "uploads_async", spec, handler)
    async_client = module.AsyncUploadsAsyncClient(transport=httpx.MockTransport(handler))
    asyncio.run(async_client.photos.upload(caption="only a caption"))
    assert seen[0].headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert parts(seen[0]) == [("caption", None, None, b"only a caption")]
