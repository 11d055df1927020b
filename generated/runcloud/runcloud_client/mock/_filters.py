"""List filters a document declares (``x-rungen-mock`` ``filters``): which query parameter keeps
which items, so a filtered list, its count field and a ``/count`` endpoint agree."""

from __future__ import annotations

import re
from typing import Any, Dict, List, Sequence

from ._responses import _dig

__all__ = ["filtered"]

#: ``field<op>value``: the operators of an ``expression`` filter, longest first.
_EXPRESSION = re.compile(r"^([^=!<>]+)(==|!=|<=|>=|=@|!@|=\^|=\$)(.*)$", re.DOTALL)


def filtered(
    items: List[Dict[str, Any]],
    rules: Dict[str, Any],
    query: Dict[str, str],
    declared: Sequence[str],
) -> List[Dict[str, Any]]:
    """The items that every declared filter given in `query` keeps (`declared`: the query
    parameters the operation takes; a filter for any other is not applied)."""
    for name, rule in rules.items():
        if name not in declared or name not in query or not isinstance(rule, dict):
            continue
        wanted = query[name]
        match = rule.get("match", "contains")
        fields = [str(f) for f in rule.get("fields") or []]
        if match == "expression":
            aliases = rule.get("aliases") or {}
            for term in [t for t in wanted.split(",") if t]:
                items = [i for i in items if _expression(i, term, aliases)]
        elif match == "equals":
            items = [i for i in items if any(_text(_dig(i, f)) == wanted for f in fields)]
        else:
            needle = wanted.casefold()
            items = [i for i in items if any(needle in t.casefold() for t in _texts(i, fields))]
    return items


def _texts(item: Dict[str, Any], fields: List[str]) -> List[str]:
    """The text a free-text search looks in: the named fields, else every top-level scalar."""
    values = [_dig(item, f) for f in fields] if fields else list(item.values())
    return [_text(v) for v in values if v is not None and not isinstance(v, (dict, list))]


def _text(value: Any) -> str:
    """A field's value as a query string spells it (``true``, not ``True``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _expression(item: Dict[str, Any], term: str, aliases: Dict[str, Any]) -> bool:
    """Whether `item` meets one ``field<op>value`` term (a term that does not parse keeps it)."""
    found = _EXPRESSION.match(term)
    if not found:
        return True
    field, op, wanted = found.groups()
    value = _dig(item, str(aliases.get(field, field)))
    text = _text(value)
    if op in ("<=", ">="):
        if value is None:
            return False
        try:
            left, right = float(text), float(wanted)
            return left <= right if op == "<=" else left >= right
        except ValueError:  # ISO 8601 times (and other text) compare as text
            return text <= wanted if op == "<=" else text >= wanted
    return {
        "==": text == wanted,
        "!=": text != wanted,
        "=@": wanted in text,
        "!@": wanted not in text,
        "=^": text.startswith(wanted),
        "=$": text.endswith(wanted),
    }[op]
