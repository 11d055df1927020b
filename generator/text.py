"""Spec text made safe for generated code: literals, docstrings and comments."""

from __future__ import annotations

import re
from typing import Any

#: Longest text taken from the spec into a docstring.
MAX_DOC = 4000
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")
#: Characters that change how text around them reads without showing themselves: bidi
#: embeddings, overrides and isolates (the "Trojan Source" trick), zero-width characters,
#: soft hyphens and the byte-order mark. They are shown as ``\uXXXX`` instead.
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]")


def literal(value: Any) -> str:
    """A Python literal for a JSON scalar (or bytes) or list/dict of them; spec text can only be data here."""
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return f"float({str(value)!r})"
    if isinstance(value, str) and '"' not in value and "'" not in value:
        return f'"{repr(value)[1:-1]}"'  # black's quotes, so that black finds nothing to change
    if value is None or isinstance(value, (bool, int, float, str, bytes)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(str(k))}: {literal(v)}" for k, v in value.items()) + "}"
    return repr(str(value))


def clean(text: Any, limit: int = MAX_DOC) -> str:
    """Plain text: control characters gone, line ends normalised, length bounded."""
    if text is None:
        return ""
    value = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    value = _CONTROL.sub("", value)
    value = _INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", value).strip()
    if len(value) > limit:
        value = value[: limit - 1].rstrip() + "…"
    return value


def doc(text: Any, limit: int = MAX_DOC) -> str:
    """Text safe inside a triple-quoted docstring: no escapes, no early close."""
    value = clean(text, limit).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if value.endswith('"'):
        value += " "
    return value


def one_line(text: Any, limit: int = 200) -> str:
    """Docstring-safe text on a single line (for summaries and comments)."""
    return " ".join(doc(text, limit).split())


def markdown_line(text: Any, limit: int = 300) -> str:
    """Text for one line of generated Markdown (a heading's note, a list item): bounded, one line."""
    return " ".join(clean(text, limit).split())


def markdown(text: Any, limit: int = MAX_DOC) -> str:
    """Text for a generated README: bounded, control characters removed."""
    return clean(text, limit)


def toml_string(value: Any, limit: int = 500) -> str:
    """A TOML basic string (quotes included) for spec text: every quote, backslash and
    control character escaped as TOML requires, so the text can only be data."""
    escaped = []
    for char in clean(value, limit):
        if char in ('"', "\\"):
            escaped.append("\\" + char)
        elif char == "\n":
            escaped.append("\\n")
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            escaped.append(f"\\u{ord(char):04X}")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'
