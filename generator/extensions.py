"""The shapes of rungen's `x-rungen-*` extensions (documented in docs/extensions.md)."""

from __future__ import annotations

from typing import Any

_NAME = {"type": "string", "minLength": 1, "maxLength": 200}
_IDENT = {"type": "string", "pattern": r"^[A-Za-z_][A-Za-z0-9_]{0,62}\Z"}
_DOTTED = {"type": "string", "maxLength": 300}
_NAMES = {"oneOf": [_NAME, {"type": "array", "minItems": 1, "items": _NAME}]}
#: A body field naming an item of another collection: its path, or {path, key, copy}.
_REFERENCE = {
    "oneOf": [
        {"type": "string", "pattern": "^/"},
        {
            "type": "object",
            "additionalProperties": False,
            "required": ["path"],
            "properties": {"path": {"type": "string", "pattern": "^/"}, "key": _NAME, "copy": {"type": "object", "additionalProperties": _NAME}},
        },
    ]
}
#: Query parameters that filter a list (and its counts): {parameter: {match, fields, aliases}}.
_FILTERS = {
    "type": "object",
    "additionalProperties": {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "match": {"enum": ["contains", "equals", "expression"]},
            "fields": {"type": "array", "items": _DOTTED},
            "aliases": {"type": "object", "additionalProperties": _DOTTED},
        },
    },
}
_CREDENTIAL = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "argument": _IDENT,
        "env": {"type": "string", "pattern": r"^[A-Za-z_][A-Za-z0-9_]*\Z"},
        "pattern": {"type": "string", "format": "regex", "maxLength": 500},
        "format": _NAME,
        "example": _NAME,
    },
}
_STYLE = {
    "type": "object",
    "additionalProperties": False,
    "required": ["style"],
    "properties": {
        "style": {"enum": ["cursor", "page-number", "offset"]},
        "items": _DOTTED,
        "cursor-param": _NAME,
        "page-param": _NAME,
        "offset-param": _NAME,
        "size-param": _NAME,
        "next-cursor": _DOTTED,
        "next-page": _DOTTED,
        "current-page": _DOTTED,
        "total-pages": _DOTTED,
        "total": _DOTTED,
        "next-offset": _DOTTED,
        "page-size": _DOTTED,
        "page-count": _DOTTED,
    },
    "allOf": [
        {"if": {"properties": {"style": {"const": "cursor"}}}, "then": {"required": ["cursor-param", "next-cursor"]}},
        {"if": {"properties": {"style": {"const": "page-number"}}}, "then": {"required": ["page-param"]}},
        {"if": {"properties": {"style": {"const": "offset"}}}, "then": {"required": ["offset-param", "size-param"]}},
    ],
}

EXTENSION_SCHEMAS: dict[tuple[str, str], dict[str, Any]] = {
    ("root", "x-rungen-sources"): {
        "type": "array",
        "maxItems": 200,
        "items": {
            "type": "object",
            "additionalProperties": False,
            "required": ["sha256"],
            "anyOf": [{"required": ["url"]}, {"required": ["file"]}],
            "properties": {
                "url": {"type": "string", "pattern": r"^https?://[^\s]+$", "maxLength": 2000},
                "file": {"type": "string", "pattern": r"^(?!/)(?!.*(^|/)\.\.(/|$))[^\\:*?\"<>|]{1,300}$"},
                "sha256": {"type": "string", "pattern": r"^[0-9a-f]{64}$"},
            },
        },
    },
    ("root", "x-rungen-package"): {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "name": {"type": "string", "pattern": r"^[a-z][a-z0-9_]{0,40}\Z"},
            "title": {"type": "string", "pattern": r"^[A-Z][A-Za-z0-9]{0,40}\Z"},
            "env-prefix": {"type": "string", "pattern": r"^[A-Z][A-Z0-9_]{0,40}\Z"},
            "version": {"type": "string", "pattern": r"^(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\Z"},
        },
    },
    ("scheme", "x-rungen-credentials"): {
        "type": "object",
        "additionalProperties": False,
        "properties": {k: _CREDENTIAL for k in ("token", "username", "password", "key", "client-id", "client-secret")},
    },
    ("root", "x-rungen-pagination"): {
        "type": "object",
        "propertyNames": {"pattern": r"^[A-Za-z0-9_.-]{1,60}$"},
        "additionalProperties": _STYLE,
    },
    ("operation", "x-rungen-pagination"): {"type": "string"},
    ("root", "x-rungen-rate-limit"): {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "requests": {"type": "integer", "minimum": 1},
            "period": {"type": "number", "exclusiveMinimum": 0},
            "scope": _NAME,
            "per": {"type": "array", "minItems": 1, "uniqueItems": True, "items": {"enum": ["credential", "ip"]}},
            "headers": {
                "type": "object",
                "additionalProperties": False,
                "properties": {"limit": _NAME, "remaining": _NAME, "reset": _NAME},
            },
            "retry-after": {
                "type": "object",
                "additionalProperties": False,
                "required": ["header"],
                "properties": {"header": _NAME, "unit": {"enum": ["seconds", "milliseconds"]}},
            },
        },
    },
    ("root", "x-rungen-errors"): {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "message": _DOTTED,
            "code": _DOTTED,
            "request-id-header": _NAME,
            "status": {
                "type": "object",
                "additionalProperties": False,
                "properties": {k: {"type": "integer", "minimum": 400, "maximum": 499} for k in ("malformed", "missing", "invalid", "parameter")},
            },
        },
    },
    ("operation", "x-rungen-resource"): {"type": "string", "pattern": r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$"},
    ("operation", "x-rungen-method"): {"type": "string", "pattern": r"^[a-z][a-z0-9_]*$"},
    ("root", "x-rungen-mock"): {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "token-lifetime": {"type": "integer", "minimum": 1},
            "method-scopes": {
                "type": "object",
                "additionalProperties": {"type": "array", "items": {"enum": ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]}},
            },
            "owner-scoped": {"type": "boolean"},
            "list-total": {"oneOf": [_DOTTED, {"type": "array", "items": _DOTTED}]},
            "collections": {
                "type": "object",
                "additionalProperties": {
                    "type": "object",
                    "additionalProperties": False,
                    "oneOf": [{"required": ["stored-in"]}, {"required": ["in-parent"]}],
                    "properties": {"stored-in": {"type": "string", "pattern": "^/"}, "parent-field": _NAME, "in-parent": _NAME},
                },
            },
            "scope-includes": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
            "filters": _FILTERS,
        },
    },
    ("operation", "x-rungen-mock"): {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "quota-status": {"type": "integer", "minimum": 400, "maximum": 499},
            "expires": {
                "type": "object",
                "additionalProperties": False,
                "required": ["field", "after-field"],
                "properties": {"field": _NAME, "after-field": _NAME, "unit": {"enum": ["seconds", "minutes", "hours", "days"]}},
            },
            "gone-when-expired": {
                "type": "object",
                "additionalProperties": False,
                "required": ["field"],
                "properties": {"field": _NAME, "status": {"type": "integer", "minimum": 400, "maximum": 499}},
            },
            "set-parent": {"type": "object"},
            "answers-parent": {"const": True},
            "item-at": _DOTTED,
            "parent-list": {"type": "object", "additionalProperties": _NAME},
            "adds-from": {"type": "string", "pattern": "^/"},
            "creates-sibling": {
                "type": "object",
                "additionalProperties": False,
                "properties": {"source-field": _NAME},
            },
            "creates": {"type": "string", "pattern": "^/"},
            "assigns": {"type": "object"},
            "from-body": {"type": "object", "additionalProperties": _NAME},
            "from-parent": {"type": "object", "additionalProperties": _NAME},
            "references": {
                "type": "object",
                "additionalProperties": {
                    "oneOf": [
                        _REFERENCE,
                        {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["by", "kinds"],
                            "properties": {"by": _NAME, "kinds": {"type": "object", "additionalProperties": _REFERENCE}},
                        },
                    ]
                },
            },
            "token-grant": {
                "type": "object",
                "additionalProperties": False,
                "required": ["grant-field", "grants", "token"],
                "properties": {
                    "grant-field": _NAME,
                    "grants": {
                        "type": "object",
                        "additionalProperties": {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["client-id", "client-secret"],
                            "properties": {"client-id": _NAMES, "client-secret": _NAMES},
                        },
                    },
                    "token": _DOTTED,
                    "expires-in": _DOTTED,
                },
            },
            "filters": _FILTERS,
            "upsert": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "items": _DOTTED,
                    "match": {"type": "array", "items": _NAME},
                },
            },
            "issues-credential": {
                "type": "object",
                "additionalProperties": False,
                "required": ["scheme", "secret"],
                "properties": {
                    "scheme": _NAME,
                    "secret": _NAME,
                    "prefix": {"type": "string", "pattern": "^[A-Za-z0-9_.~-]*$", "maxLength": 64},
                    "shows-prefix": _NAME,
                    "scope": _NAME,
                    "expires": _NAME,
                    "active": _NAME,
                    "last-used": _NAME,
                },
            },
            "rotates-credential": {"const": True},
            "current-credential": {"const": True},
            "group-by": _NAME,
            "counts": _DOTTED,
            "newest-first": {"type": "boolean"},
        },
    },
}
