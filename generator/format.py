"""Stage 6, format: black, in-process, on every generated Python file.

Black is most of a cold generation, so each file is formatted at most once: a file that is
plain source in the repository (checked as black-formatted there) is not formatted at all; a
file whose exact source the committed package already holds formatted (its marker lists the
digest of the text black was given) or that was formatted before (same black version and
mode, in the on-disk cache) is answered from there; identical sources in one batch are
formatted once, and the rest are spread over the machine's cores. A large file goes through black in pieces cut before top-level
definitions (formatted independently anyway), so memory is bounded by the piece, not the file.
The output never depends on which of these paths a file took.
"""

from __future__ import annotations

import hashlib
import os
import re
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
import black

from .cache import BLACK_LINE_LENGTH, BLACK_TARGET

MODE = black.Mode(target_versions={black.TargetVersion[BLACK_TARGET]}, line_length=BLACK_LINE_LENGTH)
#: where a file's formatted text came from, as `Formatter.origins` counts them
BLACK, CACHED, COMMITTED, SOURCE = "black", "cache", "committed", "source"
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
    with Formatter() as formatter:
        for files in packages:
            formatter.submit(files)
        return [formatter.result(files) for files in packages]


def format_python(path: str, source: str) -> str:
    """Black-formatted source; FormatError when it does not even parse."""
    return format_files({path: source})[path]


class Formatter:
    """Formats files as they are handed in, while the caller goes on preparing the next ones.

    ``submit()`` checks that each file compiles, answers what the cache knows, and once enough
    work has queued up hands it to worker processes (largest first); ``result()`` waits for a
    package's files. Each distinct source is formatted once.
    """

    def __init__(self, cache_dir: Path | None = None) -> None:
        #: where formatted files are kept (default: `CACHE_DIR`, read now)
        self._cache_dir = CACHE_DIR if cache_dir is None else cache_dir / "black"
        self._done: dict[str, str] = {}
        #: a source's pieces, handed to the workers one by one (a large file keeps both cores busy)
        self._started: dict[str, list[tuple[str, Future[str]]]] = {}
        self._queued: list[str] = []
        self._pool: ProcessPoolExecutor | None = None
        self._workers = os.cpu_count() or 1
        self._formatted_any = False
        self._origin: dict[str, str] = {}

    def __enter__(self) -> "Formatter":
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
        if self._formatted_any:
            _cache_prune(self._cache_dir)

    def submit(self, files: dict[str, str], *, verbatim: frozenset[str] = frozenset(), committed: dict[str, str] | None = None) -> None:
        """Start on a package's files; FormatError when one does not compile (a rungen bug).

        `verbatim` names files copied from plain source that is black-formatted already;
        `committed` is black's output the package folder holds, by the sha256 of its input."""
        sources = {content for path, content in files.items() if path.endswith(".py") and path not in verbatim}
        for path, content in files.items():
            if path in verbatim:
                self._done.setdefault(content, content)
                self._origin.setdefault(content, SOURCE)
            elif path.endswith(".py"):
                _compile(path, content)
        for source in sorted(sources, key=len, reverse=True):
            if source in self._done or source in self._started or source in self._queued:
                continue
            known = (committed or {}).get(hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest())
            if known is not None:
                self._done[source], self._origin[source] = known, COMMITTED
                continue
            cached = _cache_get(self._cache_dir, _key(source))
            if cached is None:
                self._queued.append(source)
                self._origin[source] = BLACK
            else:
                self._done[source], self._origin[source] = cached, CACHED
        if self._workers > 1 and (self._pool is not None or sum(map(len, self._queued)) >= PARALLEL_MIN_BYTES):
            if self._pool is None:
                self._pool = ProcessPoolExecutor(max_workers=self._workers, mp_context=get_context("fork"))
            for source in self._queued:
                self._started[source] = [(piece, self._pool.submit(_black_piece, piece)) for piece in pieces(source)]
            self._queued = []

    def result(self, files: dict[str, str]) -> dict[str, str]:
        """A submitted package's files: Python ones formatted, the rest with one final newline."""
        out = {}
        for path, content in files.items():
            if path.endswith(".py"):
                out[path] = self._formatted(content)
            else:
                out[path] = content.rstrip("\n") + "\n" if content else ""
        return out

    def origins(self, files: dict[str, str]) -> dict[str, int]:
        """How many of a submitted package's Python files came from black, the cache, the committed package or plain source."""
        counts = dict.fromkeys((BLACK, CACHED, COMMITTED, SOURCE), 0)
        for path, content in files.items():
            if content in self._origin and path.endswith(".py"):
                counts[self._origin[content]] += 1
        return counts

    def _formatted(self, source: str) -> str:
        if source not in self._done:
            if source in self._started:
                # pieces no worker has begun are formatted here, where the process would only wait
                parts = self._started.pop(source)
                here = {i: _black_piece(piece) for i, (piece, future) in enumerate(parts) if future.cancel()}
                output = "\n\n".join(here[i] if i in here else future.result() for i, (_, future) in enumerate(parts))
            else:
                self._queued.remove(source)
                output = _black(source)
            self._done[source] = output
            self._formatted_any = True
            _cache_put(self._cache_dir, _key(source), output)
        return self._done[source]


def _compile(path: str, source: str) -> None:
    try:
        compile(source, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        raise FormatError(f"{path}: generated code does not compile ({exc})") from None


def _key(source: str) -> str:
    h = hashlib.sha256(f"black={black.__version__};{MODE!r}\n".encode())
    h.update(source.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _black(source: str) -> str:
    return "\n\n".join(_black_piece(piece) for piece in pieces(source))


def _black_piece(piece: str) -> str:
    try:
        return black.format_str(trimmed(piece), mode=MODE)
    except black.InvalidInput as exc:  # pragma: no cover - compile() catches these first
        raise FormatError(f"black cannot format the generated code ({exc})") from None


def trimmed(piece: str) -> str:
    """`piece` without the blank lines it ends with: black drops them, and a piece black changes
    costs a second pass (`format_str` repeats one whenever the first changed anything)."""
    return piece.rstrip("\n") + "\n" if piece.strip() else piece


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


def _cache_path(folder: Path, key: str) -> Path:
    return folder / key[:2] / f"{key}.py"


def _cache_get(folder: Path, key: str) -> str | None:
    path = _cache_path(folder, key)
    try:
        text = path.read_text("utf-8", "surrogatepass")
        os.utime(path)  # recently used: kept by the pruning below
        return text
    except (OSError, UnicodeDecodeError):
        return None


def _cache_put(folder: Path, key: str, output: str) -> None:
    path = _cache_path(folder, key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(output, "utf-8", "surrogatepass")
        os.replace(tmp, path)
    except OSError:  # a cache that cannot be written only costs speed
        pass


def _cache_prune(folder: Path) -> None:
    try:
        entries = [(p.stat().st_mtime, p) for p in folder.glob("*/*.py")]
        if len(entries) <= CACHE_LIMIT:
            return
        for _, path in sorted(entries)[: len(entries) - CACHE_LIMIT]:
            path.unlink(missing_ok=True)
    except OSError:
        pass
