"""A value searched for a document's ``pattern`` in bounded time, whatever the document says.

A spec's ``pattern`` is untrusted text, and Python's backtracking ``re`` takes exponential time
on some (``^(a+)+$`` against ``"a" * 40 + "!"``): one value would hang the mock or the client.
So a pattern is searched with the Rust regex engine inside pydantic-core (a dependency of every
package), whose time is linear in the value's length whatever the pattern. The semantics are
JSON Schema's: the pattern is searched anywhere in the value (unanchored), and ``$`` matches only
at the very end, as in ECMA-262 (Python's ``re`` also matched before a final newline).

The Rust engine refuses lookaround and backreferences (``(?=.*\\d)``, ``(a)\\1``); and it reads
some class syntax ECMA-262 reads as plain characters (``[[:alpha:]]``, a ``[`` or ``&&``, ``--``,
``~~`` inside a class). Such a pattern is searched with Python's ``re`` only when that is bounded:
no repeat holds a repeat, an alternation or a backreference (the shapes that backtrack
exponentially), and ``alternatives * (len(value) + 1) ** (repeats + 1)`` is at most
``PYTHON_BUDGET`` (9,999 characters for one open repeat, 463 for two, 38 for four).
Otherwise the value is not checked and counts as matching: the check is a local convenience, the
API decides, and refusing a value we could not check would refuse values the API accepts. A
pattern neither engine reads also matches every value.
"""

from __future__ import annotations

import functools
import re
import warnings
from typing import Any, Optional, Tuple, Union

from pydantic_core import SchemaError, SchemaValidator, core_schema

try:  # the parser behind `re`; renamed in 3.11
    from re import _parser as _sre  # type: ignore[attr-defined,unused-ignore]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre  # type: ignore[no-redef,unused-ignore]

__all__ = ["searches", "PYTHON_BUDGET"]

#: The most backtracking steps (estimated from the pattern's shape) a Python ``re`` search may take.
PYTHON_BUDGET = 10**8
#: Class syntax the Rust engine reads as set operations or POSIX classes, ECMA-262 as characters.
_RUST_ONLY_IN_CLASS = ("[", "&&", "--", "~~")
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
_SURROGATE = re.compile("[\ud800-\udfff]")
#: How a pattern is searched: the linear-time engine, Python's with its cost, or not at all.
_Engine = Union[SchemaValidator, Tuple["re.Pattern[str]", int, int], None]


def searches(pattern: str, value: str) -> bool:
    """Whether `pattern` matches somewhere in `value`, or cannot be searched in bounded time."""
    engine = _engine(pattern)
    if isinstance(engine, SchemaValidator):
        # lone surrogates (JSON allows "\ud800") are not UTF-8: Rust reads them as U+FFFD
        return engine.isinstance_python(_SURROGATE.sub("\ufffd", value))
    if engine is None:
        return True
    compiled, alternatives, repeats = engine
    if alternatives * (len(value) + 1) ** (repeats + 1) > PYTHON_BUDGET:
        return True
    return compiled.search(value) is not None


@functools.lru_cache(maxsize=1024)
def _engine(pattern: str) -> _Engine:
    """The linear-time validator for `pattern`; else Python's compiled pattern with its cost
    (alternatives, repeats); else None (neither reads it, or it may backtrack exponentially)."""
    if not _rust_reads_differently(pattern):
        try:
            return SchemaValidator(
                core_schema.str_schema(pattern=_SURROGATE.sub("\ufffd", pattern)),
                config=core_schema.CoreConfig(regex_engine="rust-regex"),
            )
        except SchemaError:
            pass
    try:
        with warnings.catch_warnings():  # "Possible nested set": ECMA-262 reads it as `re` does
            warnings.simplefilter("ignore", FutureWarning)
            compiled = re.compile(pattern)
            cost = _cost(_sre.parse(pattern), False)
    except (re.error, RecursionError, OverflowError, ValueError):
        return None
    return None if cost is None else (compiled, cost[0], cost[1])


def _rust_reads_differently(pattern: str) -> bool:
    """Whether a character class holds syntax the Rust engine gives another meaning."""
    inside, index = False, 0
    while index < len(pattern):
        if pattern[index] == "\\":
            index += 2
        elif not inside and pattern[index] == "[":
            inside, index = True, index + (2 if pattern.startswith("[^", index) else 1)
            index += 1 if pattern.startswith("]", index) else 0  # a first `]` is a character
        elif inside and pattern[index] == "]":
            inside, index = False, index + 1
        elif inside and pattern.startswith(_RUST_ONLY_IN_CLASS, index):
            return True
        else:
            index += 1
    return False


def _cost(items: Any, in_repeat: bool) -> Optional[Tuple[int, int]]:
    """(alternatives, repeats): the product of the choices a backtracking search may retry
    (branches, optional parts) and how many parts repeat or compare a group (each multiplies
    the work by up to the value's length); None when a repeat holds a repeat, an alternation
    or a backreference, which can take exponential time."""
    alternatives, repeats = 1, 0
    for op, arg in items:
        name = str(op)
        inner: Optional[Tuple[int, int]] = (1, 0)
        if name in _REPEATS:
            many = arg[1] > 1
            if in_repeat:
                return None
            inner = _cost(arg[2], many)
            if inner is not None:
                inner = (inner[0], inner[1] + 1) if many else (inner[0] * 2, inner[1])
        elif name == "BRANCH":
            if in_repeat:
                return None
            inner = (0, 0)
            for branch in arg[1]:
                cost = _cost(branch, False)
                if cost is None:
                    return None
                inner = (inner[0] + cost[0], max(inner[1], cost[1]))
        elif name == "GROUPREF":
            inner = None if in_repeat else (1, 1)
        elif name == "GROUPREF_EXISTS":  # (?(1)yes|no): a choice of two
            yes, no = _cost(arg[1], in_repeat), _cost(arg[2] or [], in_repeat)
            if in_repeat or yes is None or no is None:
                return None
            inner = (yes[0] + no[0], max(yes[1], no[1]))
        elif name == "SUBPATTERN":
            inner = _cost(arg[-1], in_repeat)
        elif name in ("ASSERT", "ASSERT_NOT"):
            inner = _cost(arg[1], in_repeat)
        elif name == "ATOMIC_GROUP":
            inner = _cost(arg, in_repeat)
        if inner is None:
            return None
        alternatives, repeats = alternatives * inner[0], repeats + inner[1]
    return alternatives, repeats
