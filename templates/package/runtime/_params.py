"""Parameters on the wire: OpenAPI's ``style`` and ``explode`` for path, query, header and cookie values.

A style is a (style, explode) pair as the spec gives it; ``("json", False)`` stands for a
parameter described by ``content: {application/json: ...}``, sent as JSON text.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Mapping, Optional, Tuple, Union
from urllib.parse import quote

import pydantic

from ._types import NotGiven

__all__ = [
    "Style",
    "DEFAULT_STYLES",
    "path_segment",
    "query_pairs",
    "header_value",
    "cookie_header",
    "form_fields",
    "file_parts",
]

#: How one parameter is serialized: (style, explode), as the spec says.
Style = Tuple[str, bool]
#: OpenAPI's defaults, by parameter location.
DEFAULT_STYLES: Dict[str, Style] = {
    "path": ("simple", False),
    "query": ("form", True),
    "header": ("simple", False),
    "cookie": ("form", True),
}


def _plain(value: Any) -> Any:
    """JSON-like data: models by alias, dates as ISO text, NOT_GIVEN dropped."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, dict):
        return {
            str(k): _plain(v)
            for k, v in value.items()
            if not isinstance(v, NotGiven) and v is not None
        }
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _text(value: Any) -> str:
    """One scalar as text: booleans as JSON spells them, nested data as JSON."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return _json(value)
    return str(value)


def _json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _pairs(value: Dict[str, Any]) -> List[Tuple[str, str]]:
    return [(k, _text(v)) for k, v in value.items()]


def path_segment(name: str, value: Any, style: Style) -> str:
    """The text that replaces ``{name}`` in the path."""
    kind, explode = style
    return _path(_plain(value), kind, explode, name)


def _path(data: Any, kind: str, explode: bool, name: str) -> str:
    def enc(text: str) -> str:
        return quote(text, safe="")

    if kind == "json":
        return enc(_json(data))

    prefix = {"label": ".", "matrix": ";"}.get(kind, "")
    if isinstance(data, list):
        items = [enc(_text(v)) for v in data]
        if kind == "matrix":
            return (
                "".join(f";{enc(name)}={v}" for v in items)
                if explode
                else f";{enc(name)}=" + ",".join(items)
            )
        return prefix + (prefix if kind == "label" and explode else ",").join(items)
    if isinstance(data, dict):
        pairs = [(enc(k), enc(v)) for k, v in _pairs(data)]
        if kind == "matrix":
            return (
                "".join(f";{k}={v}" for k, v in pairs)
                if explode
                else f";{enc(name)}=" + ",".join(f"{k},{v}" for k, v in pairs)
            )
        if explode:
            return prefix + (prefix if kind == "label" else ",").join(f"{k}={v}" for k, v in pairs)
        return prefix + ",".join(f"{k},{v}" for k, v in pairs)
    if kind == "matrix":
        return f";{enc(name)}={enc(_text(data))}"
    return prefix + enc(_text(data))


def query_pairs(name: str, value: Any, style: Style) -> List[Tuple[str, str]]:
    """The query pairs of one parameter, as they go on the wire: ``form`` (repeated or
    comma-joined), ``spaceDelimited``, ``pipeDelimited`` or ``deepObject``.

    Names and items are percent-encoded and separators are not, so an item's own comma stays
    apart from the comma that separates items (``ids=a%2Cb,c`` is two items)."""
    kind, explode = style
    data = _plain(value)
    if kind == "json":
        return [(_q(name), _q(_json(data)))]
    if kind == "deepObject" and isinstance(data, dict):
        return [(_q(key), _q(text)) for key, text in _deep(name, data)]
    if isinstance(data, list):
        if explode:
            return [(_q(name), _q(_text(v))) for v in data]
        separator = {"spaceDelimited": "%20", "pipeDelimited": "|"}.get(kind, ",")
        return [(_q(name), separator.join(_q(_text(v)) for v in data))]
    if isinstance(data, dict):
        if explode:
            return [(_q(key), _q(text)) for key, text in _pairs(data)]
        return [(_q(name), ",".join(f"{_q(k)},{_q(v)}" for k, v in _pairs(data)))]
    return [(_q(name), _q(_text(data)))]


def _q(text: str) -> str:
    return quote(text, safe="")


def _deep(prefix: str, data: Dict[str, Any]) -> List[Tuple[str, str]]:
    pairs: List[Tuple[str, str]] = []
    for key, value in data.items():
        name = f"{prefix}[{key}]"
        if isinstance(value, dict):
            pairs += _deep(name, value)
        elif isinstance(value, list):
            pairs += [(name, _text(v)) for v in value]
        else:
            pairs.append((name, _text(value)))
    return pairs


def header_value(value: Any, style: Style) -> str:
    """A header parameter's text (``simple``): lists and objects comma-separated."""
    kind, explode = style
    data = _plain(value)
    if kind == "json":
        return _json(data)
    if isinstance(data, list):
        return ",".join(_text(v) for v in data)
    if isinstance(data, dict):
        return ",".join(f"{k}={v}" if explode else f"{k},{v}" for k, v in _pairs(data))
    return _text(data)


def cookie_header(
    cookies: Mapping[str, Any], styles: Mapping[Tuple[str, str], Style]
) -> Optional[str]:
    """The ``Cookie`` header for cookie parameters (``form``); None when none is given."""
    parts = []
    for name, value in cookies.items():
        if isinstance(value, NotGiven) or value is None:
            continue
        kind, explode = styles.get(("cookie", name), DEFAULT_STYLES["cookie"])
        data = _plain(value)
        if kind == "json":
            parts.append(f"{quote(name, safe='')}={quote(_json(data), safe='')}")
            continue
        if isinstance(data, dict) and explode:
            parts += [f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in _pairs(data)]
            continue
        if isinstance(data, list):
            text = ",".join(quote(_text(v), safe="") for v in data)
        elif isinstance(data, dict):
            text = ",".join(f"{quote(k, safe='')},{quote(v, safe='')}" for k, v in _pairs(data))
        else:
            text = quote(_text(data), safe="")
        parts.append(f"{quote(name, safe='')}={text}")
    return "; ".join(parts) or None


def form_fields(data: Mapping[str, Any]) -> Dict[str, Union[str, List[str]]]:
    """Form or multipart fields: scalars as text, lists repeated, objects as JSON (OpenAPI's default)."""
    fields: Dict[str, Union[str, List[str]]] = {}
    for name, value in data.items():
        if isinstance(value, NotGiven) or value is None:
            continue
        plain = _plain(value)
        fields[name] = [_text(v) for v in plain] if isinstance(plain, list) else _text(plain)
    return fields


def file_parts(files: Mapping[str, Any]) -> List[Tuple[str, Any]]:
    """Multipart file parts (each ``FileTypes``): a list of files is sent as repeated parts of the same name."""
    parts: List[Tuple[str, Any]] = []
    for name, value in files.items():
        if isinstance(value, NotGiven) or value is None:
            continue
        for item in value if isinstance(value, list) else [value]:
            parts.append((name, item))
    return parts
