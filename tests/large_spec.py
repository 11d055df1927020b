"""A large, realistic OpenAPI document: many resources, each with schemas and CRUD operations.

``python tests/large_spec.py OUT.json [MEGABYTES]`` writes one (default 10 MB); ``test_large.py``
generates from one and checks peak memory.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Dict

WORDS = (
    "account billing cluster deployment event folder group invoice job key label member node order "
    "project queue region secret team usage volume webhook workspace zone"
).split()
TEXT = (
    "Returns the {name} with the given identifier. The response includes every field the caller is "
    "allowed to read; fields marked read-only are assigned by the service. Rate limits apply per API "
    "key; see the documentation for the current budget. Timestamps are ISO 8601 in UTC."
)


def resource(index: int) -> str:
    return f"{WORDS[index % len(WORDS)]}{index}"


def schemas(name: str, other: str) -> Dict[str, Any]:
    title = name.capitalize()
    status = {"type": "string", "enum": ["active", "paused", "archived", "deleted"], "description": f"Lifecycle state of the {name}."}
    item = {
        "type": "object",
        "description": TEXT.format(name=name),
        "required": ["id", "name", "status", "createdAt"],
        "properties": {
            "id": {"type": "string", "format": "uuid", "readOnly": True, "description": f"Unique identifier of the {name}."},
            "name": {"type": "string", "maxLength": 200, "description": f"Human-readable name of the {name}."},
            "description": {"type": ["string", "null"], "description": "Free text, up to 2000 characters."},
            "status": {"$ref": f"#/components/schemas/{title}Status"},
            "labels": {"type": "object", "additionalProperties": {"type": "string"}, "description": "Key/value labels."},
            "tags": {"type": "array", "items": {"type": "string"}, "description": "Tags for filtering."},
            "quota": {
                "type": "object",
                "description": "Resource limits.",
                "properties": {
                    "cpu": {"type": "number", "minimum": 0},
                    "memoryMb": {"type": "integer", "minimum": 0},
                    "gpus": {"type": "integer", "minimum": 0, "maximum": 64},
                },
            },
            "owner": {"$ref": f"#/components/schemas/{other.capitalize()}"},
            "createdAt": {"type": "string", "format": "date-time", "readOnly": True},
            "updatedAt": {"type": "string", "format": "date-time", "readOnly": True},
            "secret": {"type": "string", "writeOnly": True, "description": "Write-only credential."},
        },
    }
    page = {
        "type": "object",
        "required": ["data", "meta"],
        "properties": {
            "data": {"type": "array", "items": {"$ref": f"#/components/schemas/{title}"}},
            "meta": {"type": "object", "properties": {"nextCursor": {"type": ["string", "null"]}, "total": {"type": "integer"}}},
        },
    }
    return {title: item, f"{title}Status": status, f"{title}Page": page}


def operations(name: str) -> Dict[str, Any]:
    title = name.capitalize()
    one = {"$ref": f"#/components/schemas/{title}"}
    body_props = {"name": {"type": "string"}, "description": {"type": ["string", "null"]}, "tags": {"type": "array", "items": {"type": "string"}}, "secret": {"type": "string", "writeOnly": True}}
    error = {"$ref": "#/components/responses/Error"}
    ok = lambda schema: {"description": "OK", "content": {"application/json": {"schema": schema}}}  # noqa: E731
    return {
        f"/{name}s": {
            "get": {
                "operationId": f"list{title}s", "tags": [name], "summary": f"List {name}s", "description": TEXT.format(name=name),
                "parameters": [
                    {"name": "cursor", "in": "query", "schema": {"type": "string"}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200, "default": 50}},
                    {"name": "status", "in": "query", "explode": False, "schema": {"type": "array", "items": {"$ref": f"#/components/schemas/{title}Status"}}},
                ],
                "responses": {"200": ok({"$ref": f"#/components/schemas/{title}Page"}), "default": error},
            },
            "post": {
                "operationId": f"create{title}", "tags": [name], "summary": f"Create a {name}",
                "requestBody": {"required": True, "content": {"application/json": {"schema": {"type": "object", "required": ["name"], "properties": body_props}}}},
                "responses": {"201": ok(one), "default": error},
            },
        },
        f"/{name}s/{{{name}Id}}": {
            "parameters": [{"name": f"{name}Id", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}],
            "get": {"operationId": f"get{title}", "tags": [name], "summary": f"Get a {name}", "description": TEXT.format(name=name), "responses": {"200": ok(one), "default": error}},
            "patch": {
                "operationId": f"update{title}", "tags": [name], "summary": f"Update a {name}",
                "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": body_props}}}},
                "responses": {"200": ok(one), "default": error},
            },
            "delete": {"operationId": f"delete{title}", "tags": [name], "summary": f"Delete a {name}", "responses": {"204": {"description": "Deleted"}, "default": error}},
        },
    }


def large_spec(megabytes: float = 10.0) -> str:
    """A JSON OpenAPI 3.1 document of about `megabytes` MB (pretty-printed, as published specs are)."""
    spec: Dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Large API", "version": "1.0.0", "description": "A synthetic API the size of a large public spec."},
        "servers": [{"url": "https://api.example.com/v1"}],
        "security": [{"bearer": []}],
        "paths": {},
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "responses": {"Error": {"description": "Error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
            "schemas": {"Error": {"type": "object", "properties": {"message": {"type": "string"}, "code": {"type": "string"}}}},
        },
    }
    per_resource = len(json.dumps({"s": schemas("x", "y"), "p": operations("x")}, indent=2))
    count = max(1, int(megabytes * 1_000_000 / per_resource))
    for i in range(count):
        name = resource(i)
        # owners are a few core resources, as in real APIs (and reference chains stay short)
        spec["components"]["schemas"].update(schemas(name, resource(i % 25 if i >= 25 else 0)))
        spec["paths"].update(operations(name))
    return json.dumps(spec, indent=2)


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.write_text(large_spec(float(sys.argv[2]) if len(sys.argv) > 2 else 10.0))
    print(f"{out}: {out.stat().st_size / 1e6:.1f} MB")
