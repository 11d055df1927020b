"""Values a schema accepts: the contract tests' arguments where a document gives no usable example.

A made-up value must pass the same checks the mock makes on a request (`pattern` searched,
`format`, `enum`, `minimum`/`maximum` and their exclusive forms, `multipleOf`, `minLength`/
`maxLength`), or the contract case tests the mock's refusal instead of the method. A `pattern`
gets a string built from the regular expression itself (`^AC[0-9a-fA-F]{32}$` gives `AC` and 32
hex digits), checked against the pattern before it is used.
"""

from __future__ import annotations

import math
import re
from typing import Any, Iterator

try:  # the parser behind `re`; renamed in 3.11
    from re import _parser as _sre  # type: ignore[attr-defined,unused-ignore]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre  # type: ignore[no-redef,unused-ignore]

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
_MAX_STRETCH = 256
#: Characters tried, in order, for a class, a negated class or `.`.
_PREFERRED = "a0A_-. "


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
    """Strings the pattern matches, shortest first, with open repeats stretched so that one of
    them is at least `low` long; empty when Python cannot read the pattern (an ECMA-only form)."""
    try:
        parsed = _sre.parse(pattern)
    except (re.error, RecursionError, OverflowError):
        return []
    found: list[str] = []
    for stretch in (0, 1, 2, 4, 8, 16, 32, 64, 128):
        try:
            value = "".join(_build(parsed, stretch, {}))
        except (_Unbuildable, RecursionError):
            return found
        if value not in found and _searches(pattern, value):
            found.append(value)
        if len(value) >= low or len(value) > high:
            break
    return found


class _Unbuildable(Exception):
    """A pattern construct this builder does not make text for."""


def _build(items: Any, stretch: int, groups: dict[int, str]) -> Iterator[str]:
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            yield chr(arg)
        elif name == "NOT_LITERAL":
            yield next(c for c in _PREFERRED + "b" if ord(c) != arg)
        elif name == "ANY":
            yield _PREFERRED[0]
        elif name == "IN":
            yield _pick(arg)
        elif name == "AT" or name in ("ASSERT", "ASSERT_NOT"):
            continue  # anchors and lookarounds take no text
        elif name == "BRANCH":
            yield from _build(arg[1][0], stretch, groups)
        elif name == "SUBPATTERN":
            text = "".join(_build(arg[-1], stretch, groups))
            if arg[0] is not None:
                groups[arg[0]] = text
            yield text
        elif name == "ATOMIC_GROUP":
            yield from _build(arg, stretch, groups)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            least, most, body = arg
            count = least + stretch if most == _sre.MAXREPEAT else min(most, least + stretch)
            for _ in range(min(count, _MAX_STRETCH)):
                yield from _build(body, stretch, groups)
        elif name == "GROUPREF":
            yield groups.get(arg, "")
        elif name == "CATEGORY":
            yield _category(str(arg))
        else:
            raise _Unbuildable(name)


def _pick(members: list[Any]) -> str:
    """A character of a class `[...]`: its first listed one, or a preferred one it allows."""
    negated = any(str(op) == "NEGATE" for op, _ in members)
    if not negated:
        for op, arg in members:
            if str(op) == "LITERAL":
                return chr(arg)
            if str(op) == "RANGE":
                return chr(arg[0]) if not (arg[0] <= ord("a") <= arg[1]) else "a"
            if str(op) == "CATEGORY":
                return _category(str(arg))
        raise _Unbuildable("IN")
    for candidate in _PREFERRED + "bcxyz0123456789":
        if not any(_in_member(op, arg, candidate) for op, arg in members if str(op) != "NEGATE"):
            return candidate
    raise _Unbuildable("NEGATE")


def _in_member(op: Any, arg: Any, char: str) -> bool:
    name = str(op)
    if name == "LITERAL":
        return bool(ord(char) == arg)
    if name == "RANGE":
        return bool(arg[0] <= ord(char) <= arg[1])
    if name == "CATEGORY":
        return bool(re.fullmatch(_CATEGORY_RE.get(str(arg), "(?!)"), char))
    return False


_CATEGORY_RE = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
}
_CATEGORY_CHAR = {
    "CATEGORY_DIGIT": "0",
    "CATEGORY_NOT_DIGIT": "a",
    "CATEGORY_WORD": "a",
    "CATEGORY_NOT_WORD": "-",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": "a",
}


def _category(name: str) -> str:
    if name not in _CATEGORY_CHAR:
        raise _Unbuildable(name)
    return _CATEGORY_CHAR[name]


def _searches(pattern: str, value: str) -> bool:
    try:
        return re.search(pattern, value) is not None
    except re.error:
        return True  # a pattern Python cannot read is not checked here, nor by the mock's `re`


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
