"""Spec text made safe for generated code: literals, docstrings and comments."""

from __future__ import annotations

import io
import re
import tokenize
from typing import Any

#: Longest text taken from the spec into a docstring.
MAX_DOC = 4000
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")
#: Characters that change how text around them reads without showing themselves: bidi
#: embeddings, overrides and isolates (the "Trojan Source" trick), zero-width characters,
#: soft hyphens and the byte-order mark. They are shown as ``\uXXXX`` instead.
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]")


def literal(value: Any) -> str:
    """A Python literal for a JSON scalar (or bytes) or list/dict of them; spec text can only be data here.

    Strings are quoted as black quotes them, so that black finds nothing to change."""
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return f'float("{value}")'
    if isinstance(value, (str, bytes)):
        return black_quotes(repr(value))
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(str(k))}: {literal(v)}" for k, v in value.items()) + "}"
    return literal(str(value))


def black_quotes(token: str) -> str:
    """A one-line string literal (``repr`` of a str or bytes) in the quotes black prefers: double
    quotes unless they take more backslashes (black's ``normalize_string_quotes``)."""
    prefix = token[: len(token) - len(token.lstrip("bBuU"))]
    body = token[len(prefix) + 1 : -1]
    if token[len(prefix)] == '"':
        return token
    # unescape the quote the new quotes spare, escape the one they need
    new = _ESCAPED_SINGLE.sub(lambda m: m.group(1) + m.group(2) + "'", body)
    new = _ESCAPED_SINGLE.sub(lambda m: m.group(1) + m.group(2) + "'", new)
    new = _UNESCAPED_DOUBLE.sub(lambda m: m.group(1) + '\\"', new)
    new = _UNESCAPED_DOUBLE.sub(lambda m: m.group(1) + '\\"', new)
    if new.count("\\") > body.count("\\"):
        return token
    return f'{prefix}"{new}"'


_ESCAPED_SINGLE = re.compile(r"([^\\]|^)\\((?:\\\\)*)'")
_UNESCAPED_DOUBLE = re.compile(r'(([^\\]|^)(\\\\)*)"')


def requoted(source: str) -> str:
    """A Python expression (as `ast.unparse` writes it) with its string literals in black's quotes."""
    if "'" not in source:
        return source
    parts, last = [], 0
    line = source.split("\n")
    offsets = [0]
    for row in line:
        offsets.append(offsets[-1] + len(row) + 1)
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.STRING and token.string.lstrip("bBuU")[:3] not in ("'''", '"""'):
            start = offsets[token.start[0] - 1] + token.start[1]
            end = offsets[token.end[0] - 1] + token.end[1]
            parts += [source[last:start], black_quotes(token.string)]
            last = end
    return "".join(parts) + source[last:]


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


# -- black's layout ------------------------------------------------------------------------
#
# The format stage takes a piece of rendered code as it is when the templates wrote it as black
# does, and runs black only on the rest (`format.laid_out`). `layout` and friends lay out the
# long lines the templates write from spec data (annotations, literals, call arguments) as black
# 24+ does: they follow black's right-hand split and comma split for lines made only of names,
# numbers, strings, brackets, commas, ``=`` and ``:``. Whatever they are not sure of they leave
# on one line and mark UNSURE, and black splits that piece as ever: the formatted output is
# black's either way; only its cost differs (tests/test_layout.py holds them to black).

LINE_LENGTH = 100  # black's line length here (cache.BLACK_LINE_LENGTH)
#: Marks the helpers below leave in the rendered text for the format stage, which removes them
#: (control characters: `clean` drops them from spec text and `literal` escapes them, so they
#: cannot come from the spec). UNSURE: this text is not laid out as black would, the piece it
#: is in goes through black. VOUCHED, on a line: black leaves this long line as it is (it has
#: nowhere to split), so the length check does not send it to black.
UNSURE = "\x00"
VOUCHED = "\x01"
_LAYOUT_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|[\[\](){},]|[^\[\](){},"\']+')
_OPENING = {"[": "]", "(": ")", "{": "}"}
_CLOSING = {"]", ")", "}"}
#: text outside strings that black may split at (operators, keywords, comments) or that this
#: layout does not model: a line holding any of it is left to black
_UNSAFE = re.compile(r"[-+*/%@|&^~<>!#;\\]|==|\.\.|\b(?:and|or|not|in|is|if|else|for|lambda|await|yield)\b")
_NAME_END = re.compile(r"[A-Za-z0-9_]$")


def layout(text: str, depth: int, *, inside: bool = False) -> str:
    """`text`, one logical line at indentation `depth` (4 spaces each), as black splits it.

    `inside`: the line is one of the lines black made of a bracket's contents (a parameter of an
    exploded signature, an item of an exploded call or literal). The result has no indentation
    on its first line and ends without a newline; lines black would not split come back as they
    are."""
    tokens = _tokens(text)
    lines = _lines(tokens, depth, inside) if tokens is not None else None
    if lines is None:
        return (text if tokens is None else _join(tokens)) + UNSURE
    return _indented(lines, depth)


def layout_assignment(target: str, value: str, depth: int) -> str:
    """``target = value`` (target may be annotated: ``name: Type``) as black splits it, when
    `value` is a single subscript or call (``Literal[...]``, ``Field(...)``) and `target` is
    short; otherwise on one line, for black."""
    tokens = _tokens(value)
    value = value if tokens is None else _join(tokens)
    one = f"{target} = {value}"
    if tokens is not None and _fits(one, depth) and not _magic_brackets(tokens):
        return one
    if tokens is None or not _single_trailer(tokens) or _magic_brackets(tokens):
        return one + UNSURE
    opening = _matching(tokens)[len(tokens) - 1]
    head = f"{target} = {_join(tokens[: opening + 1])}"
    # black prefers splitting inside the value over parenthesising it when this head fits
    if not _fits(head, depth):
        return one + UNSURE
    body = _lines(tokens[opening + 1 : -1], depth + 1, True, force=False)
    if body is None:
        return one + UNSURE
    return _indented([(depth, head), *body, (depth, tokens[-1])], depth)


def layout_annotated(name: str, annotation: str, rest: str, depth: int) -> str:
    """The first line(s) of ``name: annotation<rest>`` as black splits it, where `rest` is ``""``
    (a bare annotation) or ``" = Field("`` opening a call whose exploded arguments follow.

    A bare annotation too long for the line is split inside its brackets; with a call after
    it, the same happens when ``name: annotation = Field(`` does not fit but black would not
    rather parenthesise the call (``name: annotation = (`` does not fit either)."""
    text, sure = _annotated(name, annotation, rest, depth)
    return text if sure else text + UNSURE


def _annotated(name: str, annotation: str, rest: str, depth: int) -> tuple[str, bool]:
    """`layout_annotated`'s text, and whether it is black's (False: left on one line for black)."""
    normal = _tokens(annotation)
    annotation = annotation if normal is None else _join(normal)
    one = f"{name}: {annotation}{rest}"
    if _fits(one, depth):
        return one, normal is not None and not _magic_brackets(normal)
    if rest and _fits(f"{name}: {annotation} = (", depth):
        return one, False  # black writes `= (` and the call inside: left to black
    tokens = _tokens(f"{name}: {annotation}")
    if tokens is None or not _single_trailer(_tokens(annotation) or []) or _magic_brackets(tokens):
        return one, False
    lines = _split_right(tokens, depth, tail_extra=rest)
    if lines is None:
        return one, False
    return _indented(lines, depth), True


def layout_field(name: str, annotation: str, call: str, arguments: list[str], depth: int) -> str:
    """``name: annotation = call(arguments...,)``, its arguments one a line (a trailing comma
    keeps them so), as black writes it: after the opening bracket when that line fits; else
    wrapped in parentheses when ``name: annotation = (`` fits; else split inside the annotation."""
    head, sure = _annotated(name, annotation, f" = {call}(", depth)
    mark = "" if sure else UNSURE
    inner = "    " * (depth + 1)
    if "\n" not in head and not _fits(head, depth) and _fits(f"{head[: -len(call) - 1]}(", depth):
        # black's "right-hand side in parentheses": the call moves to a line of its own
        normal = _tokens(annotation)
        mark = "" if normal is not None and not _magic_brackets(normal) else UNSURE
        body = "".join(f"\n{inner}    {layout(argument + ',', depth + 2, inside=True)}" for argument in arguments)
        return f"{head[: -len(call) - 1]}(\n{inner}{call}({body}\n{inner})\n{'    ' * depth}){mark}"
    body = "".join(f"\n{inner}{layout(argument + ',', depth + 1, inside=True)}" for argument in arguments)
    return f"{head}{mark}{body}\n{'    ' * depth})"


def _indented(lines: list[tuple[int, str]], depth: int) -> str:
    """The lines as text (the first without its indentation); a line too long is VOUCHED for:
    these are black's lines, so a long one is one black has nowhere to split."""
    return "\n".join(("    " * d if i else "") + t + ("" if _fits(t, d) else VOUCHED) for i, (d, t) in enumerate(lines))


def _tokens(text: str) -> list[str] | None:
    tokens = _LAYOUT_TOKEN.findall(text)
    if "".join(tokens) != text:
        return None
    stack = []
    for tok in tokens:
        if tok in _OPENING:
            stack.append(_OPENING[tok])
        elif tok in _CLOSING:
            if not stack or stack.pop() != tok:
                return None
        elif tok[0] not in "\"'":
            # an attribute of a call's or subscript's result (`f().x`) is a place black may split at
            if _UNSAFE.search(tok) or tok.lstrip().startswith("."):
                return None
        elif tok[0] == "'" and "\\'" in tok:
            return None  # black unescapes the quote: not modelled
    if stack:
        return None
    strings = [i for i, tok in enumerate(tokens) if tok[0] in "\"'"]
    if any(j - i == 1 or j - i == 2 and not tokens[i + 1].strip() for i, j in zip(strings, strings[1:])):
        return None  # implicitly concatenated strings: another place black may split at
    # black's whitespace: none inside brackets, one space after a comma (see `_join`); its quotes
    out: list[str] = []
    for i, tok in enumerate(tokens):
        if not tok.strip():
            continue
        if tok[0] == "'" and '"' not in tok:  # black keeps single quotes that spare escapes
            tok = f'"{tok[1:-1]}"'
        elif tok[0] != '"':
            if not out or out[-1] in _OPENING or out[-1] == ",":
                tok = tok.lstrip()
            if i + 1 < len(tokens) and (tokens[i + 1] in _CLOSING or tokens[i + 1] == ","):
                tok = tok.rstrip()
        out.append(tok)
    return out


def _join(tokens: list[str]) -> str:
    """Tokens as black writes them on one line."""
    parts = []
    for i, tok in enumerate(tokens):
        parts.append(tok)
        if tok == "," and i + 1 < len(tokens) and tokens[i + 1] not in _CLOSING:
            parts.append(" ")
    return "".join(parts).strip()


def _fits(text: str, depth: int, limit: int = LINE_LENGTH) -> bool:
    return 4 * depth + _width(text) <= limit and "\n" not in text


def _width(text: str) -> int:
    """Columns as black counts them (wide East Asian characters take two)."""
    if text.isascii():
        return len(text)
    from black.strings import str_width  # black is loaded by then: the formatter runs next

    return int(str_width(text))


def _matching(tokens: list[str]) -> dict[int, int]:
    """Closing bracket index -> opening bracket index, and the other way round."""
    pairs: dict[int, int] = {}
    stack: list[int] = []
    for i, tok in enumerate(tokens):
        if tok in _OPENING:
            stack.append(i)
        elif tok in _CLOSING:
            j = stack.pop()
            pairs[i], pairs[j] = j, i
    return pairs


def _single_trailer(tokens: list[str]) -> bool:
    """A name followed by one bracket pair that ends the expression: ``Literal[...]``, ``Field(...)``."""
    if len(tokens) < 3 or tokens[-1] not in _CLOSING:
        return False
    opening = _matching(tokens)[len(tokens) - 1]
    return opening == 1 and bool(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", tokens[0]))


def _previous(tokens: list[str], i: int) -> str:
    """The text before token `i` (whitespace skipped), or ""."""
    for tok in reversed(tokens[:i]):
        if tok.strip():
            return tok.rstrip()
    return ""


def _is_trailer(tokens: list[str], opening: int) -> bool:
    """Whether the bracket at `opening` is a call or subscript (``f(`` ``x[``), not a literal."""
    before = _previous(tokens, opening)
    return bool(before) and (before[-1] in "])" or before[-1] in "\"'" or bool(_NAME_END.search(before)) and not before.endswith((" in", " not")))


def _magic_brackets(tokens: list[str]) -> list[int]:
    """Closing brackets black treats as exploded by a trailing comma (its "magic trailing comma")."""
    pairs = _matching(tokens)
    magic = []
    for i, tok in enumerate(tokens):
        if tok in _CLOSING and i and tokens[i - 1] == ",":
            items = _commas(tokens, pairs[i] + 1, i)
            if tok == ")" and not _is_trailer(tokens, pairs[i]) and len(items) == 0:
                continue  # a one-tuple
            if tok == "]" and _is_trailer(tokens, pairs[i]) and len(items) == 0:
                continue  # a one-element subscript
            magic.append(i)
    return magic


def _commas(tokens: list[str], start: int, end: int) -> list[int]:
    """Indexes of the commas at the outer level of tokens[start:end], the trailing one excluded."""
    commas, level = [], 0
    for i in range(start, end):
        tok = tokens[i]
        if tok in _OPENING:
            level += 1
        elif tok in _CLOSING:
            level -= 1
        elif tok == "," and level == 0:
            commas.append(i)
    if commas and commas[-1] == end - 1:
        commas.pop()
    return commas


def _lines(tokens: list[str], depth: int, inside: bool, force: bool = False) -> list[tuple[int, str]] | None:
    """The lines black makes of one logical line, as (depth, text); None where unsure."""
    text = _join(tokens)
    magic = _magic_brackets(tokens)
    if not force and not magic and _fits(text, depth):
        return [(depth, text)]
    if inside:
        commas = _commas(tokens, 0, len(tokens))
        if commas:  # black's delimiter split: an item a line, a trailing comma added
            lines: list[tuple[int, str]] = []
            start = 0
            for end in [*commas, len(tokens)]:
                item = tokens[start : end + 1] if end < len(tokens) else tokens[start:]
                if not _join(item):
                    return None
                if end == len(tokens) and item[-1] != ",":
                    item = [*item, ","]
                sub = _lines(item, depth, True)
                if sub is None:
                    return None
                lines += sub
                start = end + 1
            return lines
    return _split_right(tokens, depth, magic=magic)


def _split_right(tokens: list[str], depth: int, tail_extra: str = "", magic: list[int] | None = None) -> list[tuple[int, str]] | None:
    """black's right-hand split at the last bracket pair (without omitting any): head, body, tail."""
    pairs = _matching(tokens)
    closing = len(tokens) - 1
    while closing >= 0 and tokens[closing] not in _CLOSING:
        closing -= 1
    while closing >= 0 and tokens[closing] in _CLOSING and pairs[closing] == closing - 1:
        return None  # an empty pair: black would look further left
    if closing < 0:
        return [(depth, _join(tokens))]  # nothing to split at: black leaves the line long
    opening = pairs[closing]
    magic = _magic_brackets(tokens) if magic is None else magic
    if any(m > closing or m < opening for m in magic):
        return None  # black would first try omitting trailers
    head, body, tail = tokens[: opening + 1], tokens[opening + 1 : closing], tokens[closing:]
    head_text, tail_text = _join(head), _join(tail) + tail_extra
    if not _join(body) or not _fits(head_text, depth) or not _fits(tail_text, depth):
        return None
    body_commas = _commas(body, 0, len(body))
    explode = bool(body_commas) and (body[-1] == "," or not _is_trailer(tokens, opening))
    lines = _lines(body, depth + 1, True, force=explode)
    if lines is None:
        return None
    return [(depth, head_text), *lines, (depth, tail_text)]


def class_line(name: str, base: str, depth: int = 0) -> str:
    """``class name(base):`` as black writes it: the base on a line of its own when too long."""
    one = f"class {name}({base}):"
    if _fits(one, depth):
        return one
    return _indented([(depth, f"class {name}("), (depth + 1, base), (depth, "):")], depth)


def import_line(module: str, names: list[str], depth: int, comment: str = "") -> str:
    """``from module import a, b`` as black writes it: exploded, one name a line, when too long
    (a trailing `comment`, such as ``"  # noqa: E402"``, counts and follows the closing bracket)."""
    one = f"from {module} import {', '.join(names)}{comment}"
    if _fits(one, depth):
        return one
    return _indented([(depth, f"from {module} import (")] + [(depth + 1, f"{name},") for name in names] + [(depth, ")" + comment)], depth)


def string_statement(text: str, depth: int) -> str:
    """`text` (from `doc`, indented) between the quotes of a string statement that is not the first
    of its block (an attribute's docstring): black leaves such a string as it is, long lines too."""
    return "\n".join(line + VOUCHED if 4 * depth + 6 + _width(line) > LINE_LENGTH else line for line in text.split("\n"))


def docstring(text: str, depth: int) -> str:
    """What black makes of a docstring ``\"\"\"text\"\"\"`` (`text` from `doc`) at indentation `depth`:
    continuation lines re-indented, trailing spaces dropped, the closing quotes on a line of their
    own when they would not fit after the last line. The text goes between the quotes."""
    indent = "    " * depth
    if "\n" in text:
        lines = [line.expandtabs(4) if line[:1] == "\t" else line for line in text.split("\n")]
        common = min((len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()), default=None)
        trimmed = [lines[0].strip()]
        if common is not None:
            for i, line in enumerate(lines[1:]):
                stripped = line[common:].rstrip()
                trimmed.append(indent + stripped if stripped or i == len(lines) - 2 else "")
        value = "\n".join(trimmed)
    else:
        value = text.strip()
    backslash = False
    if value:
        if value[0] == '"':
            value = " " + value
        if value[-1] == '"':
            value += " "
        if value[-1] == "\\" and (len(value) - len(value.rstrip("\\"))) % 2:
            value += " "
            backslash = True
    elif text:
        value = " "
    lines = value.splitlines()
    last = len(lines[-1]) if value and not value.endswith("\n") else 0
    if len(lines) > 1 and last + 3 > LINE_LENGTH and len(indent) + 3 <= LINE_LENGTH and not backslash:
        # black's second pass drops the space its first pass padded a closing quote mark with
        value = value.rstrip(" ") + "\n" + indent
    # black never splits a docstring's lines: a long one is black's as it is
    return "\n".join(line + VOUCHED if len(indent) + 6 + _width(line) > LINE_LENGTH else line for line in value.split("\n"))
