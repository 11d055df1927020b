"""Values a schema accepts: the contract tests' arguments where a document gives no usable example.

A made-up value must pass the same checks the mock makes on a request (`pattern` searched,
`format`, `enum`, `minimum`/`maximum` and their exclusive forms, `multipleOf`, `minLength`/
`maxLength`), or the contract case tests the mock's refusal instead of the method. A `pattern`
gets a string built from the regular expression itself (`^AC[0-9a-fA-F]{32}$` gives `AC` and 32
hex digits), checked against the pattern before it is used: by the mock's own builder
(templates/package/mock/_patterns.py), which the mock also answers with.
"""

from __future__ import annotations

import math
from typing import Any

from .mock_source import mock_module

_PATTERNS = mock_module("_patterns")

FORMATS = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "00:00:00Z",
    "duration": "P1D",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "uri": "https://example.com",
    "url": "https://example.com",
    "iri": "https://example.com",
    "uri-reference": "https://example.com",
    "iri-reference": "https://example.com",
    "uri-template": "https://example.com/{id}",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "ZXhhbXBsZQ==",
    "json-pointer": "/example",
}
#: Longest string a pattern's open repeats (`+`, `*`, `{n,}`) are stretched to.
_MAX_STRETCH: int = _PATTERNS.MAX_STRETCH


def string_value(schema: dict[str, Any]) -> str:
    """A string the schema accepts (its pattern, format and lengths), else the plainest one."""
    low = _int(schema.get("minLength"), 0)
    high = _int(schema.get("maxLength"), max(low, 8) + _MAX_STRETCH)
    pattern = schema.get("pattern")
    candidates: list[str] = []
    if isinstance(pattern, str):
        candidates += pattern_values(pattern, low, high)
    if str(schema.get("format")) in FORMATS:
        candidates.append(FORMATS[str(schema.get("format"))])
    plain = ("string" + "s" * low)[: max(low, min(high, 6))]
    candidates.append(plain)
    for value in candidates:
        if low <= len(value) <= high and (not isinstance(pattern, str) or _searches(pattern, value)):
            return value
    return candidates[0]


def number_value(schema: dict[str, Any], integer: bool) -> int | float:
    """A number within the schema's bounds and a multiple of its `multipleOf` (1 where free)."""
    step = schema.get("multipleOf") if _is_number(schema.get("multipleOf")) and schema["multipleOf"] > 0 else None
    unit = step if step is not None else (1 if integer else 0.5)
    low, low_open = _bound(schema, "minimum", "exclusiveMinimum")
    high, high_open = _bound(schema, "maximum", "exclusiveMaximum")
    if low is not None:
        value: float = math.ceil(low / unit) * unit
        if low_open and value <= low:
            value += unit
    elif high is not None and high < 1:
        value = math.floor(high / unit) * unit
        if high_open and value >= high:
            value -= unit
    else:
        value = unit if step is not None else 1
    if integer:
        return int(value)
    return float(value)


def accepts(schema: dict[str, Any], value: Any) -> bool:
    """Whether the checks the mock makes on a value (enum, pattern, lengths, bounds) accept it;
    a document's own example is used only then (some show a placeholder the schema refuses)."""
    if isinstance(schema.get("enum"), list) and value not in schema["enum"]:
        return False
    if isinstance(value, str):
        if len(value) < _int(schema.get("minLength"), 0) or len(value) > _int(schema.get("maxLength"), len(value)):
            return False
        if isinstance(schema.get("pattern"), str) and not _searches(schema["pattern"], value):
            return False
    if _is_number(value):
        low, low_open = _bound(schema, "minimum", "exclusiveMinimum")
        high, high_open = _bound(schema, "maximum", "exclusiveMaximum")
        if low is not None and (value < low or low_open and value == low):
            return False
        if high is not None and (value > high or high_open and value == high):
            return False
    return True


def pattern_values(pattern: str, low: int = 0, high: int = _MAX_STRETCH) -> list[str]:
    """Strings the pattern matches, shortest first (the mock's own builder, so that the mock's
    answers and the contract tests' arguments agree): see templates/package/mock/_patterns.py."""
    values: list[str] = _PATTERNS.pattern_values(pattern, low, high)
    return values


def _searches(pattern: str, value: str) -> bool:
    return bool(_PATTERNS.searches(pattern, value))


def _bound(schema: dict[str, Any], inclusive: str, exclusive: str) -> tuple[float | None, bool]:
    """A bound and whether it is open, from 3.1 (`exclusiveMinimum: 3`) or 3.0 (`exclusiveMinimum: true`)."""
    if _is_number(schema.get(exclusive)):
        return float(schema[exclusive]), True
    if _is_number(schema.get(inclusive)):
        return float(schema[inclusive]), schema.get(exclusive) is True
    return None, False


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _int(value: Any, fallback: int) -> int:
    return int(value) if _is_number(value) and value >= 0 else fallback
