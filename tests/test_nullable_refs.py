"""A `$ref` to an object schema that may be null (3.0 `nullable: true`, 3.1 `type: [object,
"null"]`) is typed Optional where it is used, so a real `null` parses (GitHub's
`suspended_by: null`)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.build import build_package
from generator.load import Document
from generator.render import render
from generator.resolve import DocumentSet


def spec(version: str, nullable_user: dict[str, Any]) -> dict[str, Any]:
    user = {"type": "object", "required": ["login"], "properties": {"login": {"type": "string"}}, **nullable_user}
    return {
        "openapi": version,
        "info": {"title": "Issues", "version": "1.0"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": {
            "/issues/{number}": {
                "get": {
                    "operationId": "getIssue",
                    "tags": ["issues"],
                    "parameters": [{"name": "number", "in": "path", "required": True, "schema": {"type": "integer"}}],
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Issue"}}}}},
                }
            }
        },
        "components": {
            "schemas": {
                "User": user,
                "Issue": {
                    "type": "object",
                    "required": ["title", "suspended_by", "author"],
                    "properties": {
                        "title": {"type": "string"},
                        "suspended_by": {"$ref": "#/components/schemas/NullableUser"},
                        "author": {"$ref": "#/components/schemas/Author"},
                    },
                },
                "NullableUser": user,
                "Author": {"type": "object", "required": ["login"], "properties": {"login": {"type": "string"}}},
            }
        },
    }


CASES = {
    "v30": ("3.0.3", {"nullable": True}),
    "v31": ("3.1.0", {"type": ["object", "null"]}),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_nullable_object_ref_is_optional_and_parses_null(case: str, tmp_path: Path) -> None:
    version, nullable = CASES[case]
    module_name = f"nullref_{case}"
    package = build_package(DocumentSet(Document("nullable.yaml", "", spec(version, nullable))), module_name, [], module_name)
    files = render(package)
    models_source = files[f"{module_name}_client/models.py"]
    assert "suspended_by: Optional[NullableUser]" in models_source
    assert "author: Author\n" in models_source  # a plain ref stays required and not None
    for path, source in files.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(source)
    sys.path.insert(0, str(tmp_path))
    try:
        module = importlib.import_module(f"{module_name}_client")
    finally:
        sys.path.remove(str(tmp_path))
    body = {"title": "t", "suspended_by": None, "author": {"login": "octocat"}}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    client = getattr(module, f"{package.title}Client")(transport=transport)
    issue = client.issues.get(1)
    assert issue.suspended_by is None and issue.author.login == "octocat"
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={**body, "suspended_by": {"login": "admin"}}))
    assert getattr(module, f"{package.title}Client")(transport=transport).issues.get(1).suspended_by.login == "admin"
