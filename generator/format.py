"""Stage 6, format: black, in-process, on every generated Python file.

Black is most of a cold generation, so each file is formatted at most once: a file whose
exact source was formatted before (same black version and mode) is answered from the
on-disk cache, identical sources in one batch are formatted once, and the rest are spread
over the machine's cores. A large file goes through black in pieces cut before top-level
definitions (formatted independently anyway), so memory is bounded by the piece, not the file.
The output never depends on which of these paths a file took.
"""

from __future__ import annotations

import hashlib
import os
import re
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Iterable

import black

MODE = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=100)
CACHE_DIR = Path(".rungen-cache") / "black"
CACHE_LIMIT = 4000  # formatted files kept; the least recently used go first
PARALLEL_MIN_BYTES = 400_000  # below this, starting worker processes costs more than it saves
PIECE = 100_000  # about how many characters of source black formats at a time
_TOP_LEVEL = re.compile(r"(class|def|async def) ")


class FormatError(Exception):
    """Generated code that is not valid Python: a bug in rungen, never in the spec."""


def format_files(files: dict[str, str]) -> dict[str, str]:
    """The same files, Python ones formatted by black; the rest with one final newline."""
    return format_batch([files])[0]


def format_batch(packages: list[dict[str, str]]) -> list[dict[str, str]]:
    """Format several packages' files together, so the work spreads over every core."""
    sources = {content for files in packages for path, content in files.items() if path.endswith(".py")}
    for files in packages:  # compile first: a bug in a template is reported before any work
        for path, content in files.items():
            if path.endswith(".py"):
                _compile(path, content)
    formatted = _format_sources(sorted(sources))
    result = []
    for files in packages:
        out = {}
        for path, content in files.items():
            if path.endswith(".py"):
                out[path] = formatted[content]
            else:
                out[path] = content.rstrip("\n") + "\n" if content else ""
        result.append(out)
    return result


def format_python(path: str, source: str) -> str:
    """Black-formatted source; FormatError when it does not even parse."""
    _compile(path, source)
    return _format_sources([source])[source]


def _compile(path: str, source: str) -> None:
    try:
        compile(source, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        raise FormatError(f"{path}: generated code does not compile ({exc})") from None


def _key(source: str) -> str:
    h = hashlib.sha256(f"black={black.__version__};{MODE!r}\n".encode())
    h.update(source.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _format_sources(sources: list[str]) -> dict[str, str]:
    done: dict[str, str] = {}
    missing = []
    for source in sources:
        cached = _cache_get(_key(source))
        if cached is None:
            missing.append(source)
        else:
            done[source] = cached
    for source, output in zip(missing, _run_black(missing)):
        done[source] = output
        _cache_put(_key(source), output)
    if missing:
        _cache_prune()
    return done


def _run_black(sources: list[str]) -> Iterable[str]:
    workers = min(os.cpu_count() or 1, len(sources))
    if workers < 2 or sum(map(len, sources)) < PARALLEL_MIN_BYTES:
        return [_black(source) for source in sources]
    # largest first, one at a time, so the big files do not all land on one worker at the end
    order = sorted(range(len(sources)), key=lambda i: -len(sources[i]))
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("fork")) as pool:
        outputs = dict(zip(order, pool.map(_black, [sources[i] for i in order], chunksize=1)))
    return [outputs[i] for i in range(len(sources))]


def _black(source: str) -> str:
    try:
        return "\n\n".join(black.format_str(piece, mode=MODE) for piece in pieces(source))
    except black.InvalidInput as exc:  # pragma: no cover - compile() catches these first
        raise FormatError(f"black cannot format the generated code ({exc})") from None


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


def _cache_path(key: str) -> Path:
    return CACHE_DIR / key[:2] / f"{key}.py"


def _cache_get(key: str) -> str | None:
    path = _cache_path(key)
    try:
        text = path.read_text("utf-8", "surrogatepass")
        os.utime(path)  # recently used: kept by the pruning below
        return text
    except (OSError, UnicodeDecodeError):
        return None


def _cache_put(key: str, output: str) -> None:
    path = _cache_path(key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(output, "utf-8", "surrogatepass")
        os.replace(tmp, path)
    except OSError:  # a cache that cannot be written only costs speed
        pass


def _cache_prune() -> None:
    try:
        entries = [(p.stat().st_mtime, p) for p in CACHE_DIR.glob("*/*.py")]
        if len(entries) <= CACHE_LIMIT:
            return
        for _, path in sorted(entries)[: len(entries) - CACHE_LIMIT]:
            path.unlink(missing_ok=True)
    except OSError:
        pass
