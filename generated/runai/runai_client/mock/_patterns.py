"""Strings a regular expression (a schema's ``pattern``) matches, built from the expression itself:
``^AC[0-9a-fA-F]{32}$`` gives ``AC`` and 32 hex digits. The mock answers them for a string with a
pattern, and rungen's contract builder passes them as arguments (it reads this very module), so
the two agree on what a pattern's value is.

A pattern whose repeats nest or repeat an alternation (``(a+)+``, ``(a|ab)*``) can take
exponential time to search a string it does not match: its values are kept short, so checking
one never hangs.
"""

from __future__ import annotations

import re
from typing import Any, Dict, Iterator, List

# the search the mock checks requests with, so a value made here passes it; bounded, as the
# generator also searches a document's own examples (of any length) with it
from .._pattern_search import searches

try:  # the parser behind `re`; renamed in 3.11
    from re import _parser as _sre  # type: ignore[attr-defined,unused-ignore]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre  # type: ignore[no-redef,unused-ignore]

__all__ = ["pattern_values", "searches", "safe_to_search"]

#: Longest string a pattern's open repeats (`+`, `*`, `{n,}`) are stretched to.
MAX_STRETCH = 256
#: Longest value made for (and checked against) a pattern that may backtrack exponentially.
MAX_RISKY = 16
#: Characters tried, in order, for a class, a negated class or `.`.
_PREFERRED = "a0A_-. "
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


def pattern_values(pattern: str, low: int = 0, high: int = MAX_STRETCH) -> List[str]:
    """Strings the pattern matches (searched, as JSON Schema reads it), shortest first, with open
    repeats stretched until one is at least `low` long; empty when Python cannot read the
    pattern (an ECMA-only form) or builds nothing it matches."""
    try:
        parsed = _sre.parse(pattern)
    except (re.error, RecursionError, OverflowError, ValueError):
        return []
    longest = MAX_RISKY if _risky(parsed, False) else high + MAX_STRETCH
    found: List[str] = []
    for stretch in (0, 1, 2, 4, 8, 16, 32, 64, 128):
        try:
            value = "".join(_build(parsed, stretch, {}))
        except (_Unbuildable, RecursionError):
            return found
        if len(value) > longest:
            break
        if value not in found and searches(pattern, value):
            found.append(value)
        if len(value) >= low or len(value) > high:
            break
    return found


def safe_to_search(pattern: str, value: str) -> bool:
    """Whether searching `value` for `pattern` takes bounded time: the value is short, or the
    pattern has no repeat that nests a repeat or an alternation."""
    if len(value) <= MAX_RISKY:
        return True
    try:
        return not _risky(_sre.parse(pattern), False)
    except (re.error, RecursionError, OverflowError, ValueError):
        return True  # `re` cannot read it: nothing is searched


class _Unbuildable(Exception):
    """A pattern construct this builder does not make text for."""


def _risky(items: Any, inside: bool) -> bool:
    """Whether a repeat holds another repeat or an alternation: the shapes that backtrack
    exponentially on a string they do not match."""
    for op, arg in items:
        name = str(op)
        if name in _REPEATS:
            repeats = arg[1] > 1
            if _risky(arg[2], inside or repeats):
                return True
            if repeats and inside:
                return True
        elif name == "BRANCH":
            if inside or any(_risky(branch, inside) for branch in arg[1]):
                return True
        elif name == "SUBPATTERN":
            if _risky(arg[-1], inside):
                return True
        elif name in ("ASSERT", "ASSERT_NOT"):
            if _risky(arg[1], inside):
                return True
        elif name == "ATOMIC_GROUP":
            if _risky(arg, inside):
                return True
    return False


def _build(items: Any, stretch: int, groups: Dict[int, str]) -> Iterator[str]:
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
        elif name in _REPEATS:
            least, most, body = arg
            count = least + stretch if most == _sre.MAXREPEAT else min(most, least + stretch)
            for _ in range(min(count, MAX_STRETCH)):
                yield from _build(body, stretch, groups)
        elif name == "GROUPREF":
            yield groups.get(arg, "")
        elif name == "CATEGORY":
            yield _category(str(arg))
        else:
            raise _Unbuildable(name)


def _pick(members: List[Any]) -> str:
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
