"""Stage 6, format: black, in-process, on every generated Python file."""

from __future__ import annotations

import black

MODE = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=100)


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
        return black.format_str(source, mode=MODE)
    except black.InvalidInput as exc:  # pragma: no cover - compile() above catches these first
        raise FormatError(f"{path}: black cannot format the generated code ({exc})") from None
