"""Stage 6, format: black, in-process, on every generated Python file."""

from __future__ import annotations

import re

import black

MODE = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=100)
#: About how many characters of source black formats at a time.
PIECE = 100_000
_TOP_LEVEL = re.compile(r"(class|def|async def) ")


class FormatError(Exception):
    """Generated code that is not valid Python: a bug in rungen, never in the spec."""


def format_files(files: dict[str, str]) -> dict[str, str]:
    """The same files, Python ones formatted by black; the rest with one final newline."""
    result = {}
    for path, content in files.items():
        if path.endswith(".py"):
            result[path] = format_python(path, content)
        else:
            result[path] = content.rstrip("\n") + "\n" if content else ""
    return result


def format_python(path: str, source: str) -> str:
    """Black-formatted source; FormatError when it does not even parse."""
    try:
        compile(source, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        raise FormatError(f"{path}: generated code does not compile ({exc})") from None
    try:
        # top-level definitions are formatted independently, so a large file goes through black
        # in pieces: the same output, with memory bounded by the piece, not the file
        return "\n\n".join(black.format_str(piece, mode=MODE) for piece in pieces(source))
    except black.InvalidInput as exc:  # pragma: no cover - compile() above catches these first
        raise FormatError(f"{path}: black cannot format the generated code ({exc})") from None


def pieces(source: str, size: int = PIECE) -> list[str]:
    """`source` cut before top-level ``class``/``def`` lines into pieces of about `size` characters."""
    result: list[str] = []
    lines = source.splitlines(keepends=True)
    start = 0
    length = 0
    previous = ""
    for i, line in enumerate(lines):
        if length >= size and _TOP_LEVEL.match(line) and not previous.startswith(("@", "#")):
            result.append("".join(lines[start:i]))
            start, length = i, 0
        length += len(line)
        if line.strip():
            previous = line
    result.append("".join(lines[start:]))
    return result
