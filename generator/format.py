"""Stage 6, format: black's style on every generated Python file, with black run only where needed.

The templates lay out what they render as black does (`text.layout` and friends), and mark
what they could not (`text.UNSURE`). A piece of a file with no such mark, no line too long
(but those `text.VOUCHED` for, and the kinds black has nowhere to split) and no stray
whitespace is black's output already, and is taken as it is; every other piece goes through
black. `tests/test_layout.py` holds the two paths to the same output on every spec the tests
generate, and ``RUNGEN_ALWAYS_BLACK=1`` sends every piece through black.

Black is most of what is left, so each piece is formatted at most once: a file that is plain
source in the repository (checked as black-formatted there) is not formatted at all; a file
whose exact source the committed package already holds formatted (its marker lists the
digest of the text black was given) or that was formatted before (same black version and
mode, in the on-disk cache) is answered from there; identical sources in one batch are
formatted once, and the rest are spread over the machine's cores. A large file goes through
black in pieces cut before top-level definitions (formatted independently anyway), so memory
is bounded by the piece, not the file. The output never depends on which of these paths a
file took.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import tokenize
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import BLACK_LINE_LENGTH, BLACK_TARGET
from .text import UNSURE, VOUCHED, _width

if TYPE_CHECKING:
    import black

#: where a file's formatted text came from, as `Formatter.origins` counts them
BLACK, LAID_OUT, CACHED, COMMITTED, SOURCE = "black", "laid out", "cache", "committed", "source"
CACHE_DIR = Path(".rungen-cache") / "black"
CACHE_LIMIT = 4000  # formatted files kept; the least recently used go first
PARALLEL_MIN_BYTES = 400_000  # below this, starting worker processes costs more than it saves
PIECE = 100_000  # about how many characters of source black formats at a time
_TOP_LEVEL = re.compile(r"(class|def|async def) ")
#: lines longer than black's limit (in characters; wide characters are counted apart)
_LONG_LINE = re.compile(rf"^.{{{BLACK_LINE_LENGTH + 1},}}$", re.MULTILINE)
#: whitespace black would remove or change: at a line's end (in a docstring too) and tabs
_STRAY = re.compile(r"[ \t\f\v]$|\t", re.MULTILINE)
#: blank lines black would remove, outside a string: 3 in a row (2 at most at the top level) or 2
#: before an indented line (1 at most in a block)
_BLANK_RUN = re.compile(r"\n\n\n(?=\n|[ ])")
_ATOM = r'(?:"(?:[^"\\\n]|\\.)*"|[A-Za-z_][A-Za-z0-9_]*|[0-9][0-9_]*)'
#: a long line black has nowhere to split: an item of an exploded bracket (``name=atom,``,
#: ``atom,``, ``atom: atom,``: no bracket, operator, dot or second string to split at), or a
#: comment on a line of its own
_UNSPLITTABLE = re.compile(rf" *(?:(?:[A-Za-z_][A-Za-z0-9_]*=)?{_ATOM}(?:: {_ATOM})?,|#(?: .*|:.*)?)")


def always_black() -> bool:
    """``RUNGEN_ALWAYS_BLACK=1``: every piece through black, laid out or not (the output is the same)."""
    return os.environ.get("RUNGEN_ALWAYS_BLACK", "") not in ("", "0")


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

    ``submit()`` checks that each file compiles, answers what the committed package, the
    layout or the cache knows, and once enough work for black has queued up hands it to worker
    processes (largest first); ``result()`` waits for a package's files. Each distinct source is
    formatted once.
    """

    def __init__(self, cache_dir: Path | None = None) -> None:
        #: where formatted files are kept (default: `CACHE_DIR`, read now)
        self._cache_dir = CACHE_DIR if cache_dir is None else cache_dir / "black"
        self._done: dict[str, str] = {}
        #: a source's pieces: formatted already (laid out), or handed to a worker (a large file keeps both cores busy)
        self._started: dict[str, list[str | tuple[str, Future[str]]]] = {}
        #: sources some piece of which needs black, not yet handed to a worker
        self._queued: list[str] = []
        self._pool: ProcessPoolExecutor | None = None
        self._workers = os.cpu_count() or 1
        self._formatted_any = False
        self._origin: dict[str, str] = {}
        self._always_black = always_black()
        #: each source's pieces: formatted already (laid out), or for black
        self._plans: dict[str, list[str | _ForBlack]] = {}

    def __enter__(self) -> "Formatter":
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
        if self._formatted_any:
            _cache_prune(self._cache_dir)

    def submit(self, files: dict[str, str], *, verbatim: frozenset[str] = frozenset(), committed: dict[str, str] | None = None, rendered: bool = False) -> None:
        """Start on a package's files; FormatError when one does not compile (a rungen bug).

        `verbatim` names files copied from plain source that is black-formatted already;
        `committed` is black's output the package folder holds, by the sha256 of its input;
        `rendered`: the files come from the templates, which write black's layout and mark
        where they could not (`laid_out` holds for a piece only then): the pieces of them
        `laid_out` accepts are taken as they are."""
        sources = {content for path, content in files.items() if path.endswith(".py") and path not in verbatim}
        for path, content in files.items():
            if path in verbatim:
                self._done.setdefault(content, content)
                self._origin.setdefault(content, SOURCE)
            elif path.endswith(".py"):
                _compile(path, plain(content))
            elif UNSURE in content or VOUCHED in content:
                raise FormatError(f"{path}: layout marks in a file that is not Python (a rungen bug)")
        for source in sorted(sources, key=len, reverse=True):
            if source in self._done or source in self._started or source in self._queued:
                continue
            known = (committed or {}).get(rendered_digest(source))
            if known is not None:
                self._done[source], self._origin[source] = known, COMMITTED
                continue
            plan = self._plans[source] = _plan(source, rendered and not self._always_black)
            if all(isinstance(part, str) for part in plan):
                self._done[source], self._origin[source] = "\n\n".join(plan), LAID_OUT  # type: ignore[arg-type]
                continue
            cached = _cache_get(self._cache_dir, _key(source))
            if cached is None:
                self._queued.append(source)
                self._origin[source] = BLACK
            else:
                self._done[source], self._origin[source] = cached, CACHED
        waiting = sum(len(source) for source in self._queued)
        if self._workers > 1 and (self._pool is not None or waiting >= PARALLEL_MIN_BYTES):
            if self._pool is None:
                self._pool = ProcessPoolExecutor(max_workers=self._workers, mp_context=get_context("fork"))
            for source in self._queued:
                pool = self._pool
                self._started[source] = [part if isinstance(part, str) else (part.text, pool.submit(_black_piece, part.text)) for part in self._plans[source]]
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
        """How many of a submitted package's Python files came from black (some piece of them),
        their layout alone, the cache, the committed package or plain source."""
        counts = dict.fromkeys((BLACK, LAID_OUT, CACHED, COMMITTED, SOURCE), 0)
        for path, content in files.items():
            if content in self._origin and path.endswith(".py"):
                counts[self._origin[content]] += 1
        return counts

    def _formatted(self, source: str) -> str:
        if source not in self._done:
            if source in self._started:
                # pieces no worker has begun are formatted here, where the process would only wait
                parts = self._started.pop(source)
                output = "\n\n".join(part if isinstance(part, str) else _black_piece_now(*part) for part in parts)
            else:
                self._queued.remove(source)
                output = "\n\n".join(part if isinstance(part, str) else _black_piece(part.text) for part in self._plans[source])
            self._done[source] = output
            self._formatted_any = True
            _cache_put(self._cache_dir, _key(source), output)
        return self._done[source]


def _plan(source: str, trusted: bool) -> list[str | _ForBlack]:
    """`source`'s pieces: the formatted text of those laid out as black writes them (only when the
    source comes from the templates, `trusted`), and those black must format."""
    return [trimmed(plain(part)) if trusted and laid_out(part) else _ForBlack(trimmed(plain(part))) for part in pieces(source)]


class _ForBlack:
    """A piece of source black must format (a plain string is one that is formatted already)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


def _black_piece_now(piece: str, future: Future[str]) -> str:
    """The piece's formatted text: from its worker, or formatted here when no worker has begun it."""
    return _black_piece(piece) if future.cancel() else future.result()


def plain(source: str) -> str:
    """`source` without the renderer's layout marks."""
    if UNSURE in source or VOUCHED in source:
        return source.replace(UNSURE, "").replace(VOUCHED, "")
    return source


def rendered_digest(source: str) -> str:
    """The sha256 of rendered text as the package marker records it (without layout marks)."""
    return hashlib.sha256(plain(source).encode("utf-8", "surrogatepass")).hexdigest()


def laid_out(piece: str) -> bool:
    """Whether black would leave `piece` (rendered, with its marks) as it is: no mark says
    otherwise, no stray whitespace, no blank lines black removes, and every line too long is one
    black has nowhere to split."""
    if UNSURE in piece or piece.startswith("\n") or _STRAY.search(piece):
        return False
    blank_runs = [piece.count("\n", 0, m.end()) for m in _BLANK_RUN.finditer(piece)]  # the line after 2 blank lines
    long = [m.start() for m in _LONG_LINE.finditer(piece) if VOUCHED not in m.group() and not _UNSPLITTABLE.fullmatch(m.group())]
    if not piece.isascii():
        start = 0
        for line in piece.split("\n"):
            if len(line) <= BLACK_LINE_LENGTH and not line.isascii() and VOUCHED not in line and _width(line) > BLACK_LINE_LENGTH:
                if not _UNSPLITTABLE.fullmatch(line):
                    long.append(start)
            start += len(line) + 1
    if not blank_runs and not long:
        return True
    inside = _in_string_statements(plain(piece))
    suspects = {piece.count("\n", 0, start) for start in long} | {i - d for i in blank_runs for d in range(3)}
    return suspects <= inside


def _in_string_statements(piece: str) -> set[int]:
    """The indexes of `piece`'s lines inside a string that is a statement of its own (a docstring,
    or an attribute's), but the last line of a docstring that spans several: black never splits
    these lines nor removes blank ones; it would move a docstring's closing quotes to a line of
    their own when its last line is too long. A docstring, to black, is the first statement of the
    module or of a block; the string after an assignment is left as it is."""
    inside: set[int] = set()
    before: int | None = None  # the start of the piece (a piece other than the first starts with a definition)
    string: tokenize.TokenInfo | None = None
    docstring = False
    try:
        for token in tokenize.generate_tokens(io.StringIO(piece).readline):
            if token.type in (tokenize.COMMENT, tokenize.NL):
                continue
            if string is not None and token.type in (tokenize.NEWLINE, tokenize.ENDMARKER):
                first, last = string.start[0] - 1, string.end[0] - 1
                inside.update(range(first, last if last > first and docstring else last + 1))
            statement = before in (None, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT)
            string = token if token.type == tokenize.STRING and statement else None
            docstring = before in (None, tokenize.INDENT)
            before = token.type
    except (tokenize.TokenError, SyntaxError):  # pragma: no cover - compile() passed
        return set()
    return inside


def _compile(path: str, source: str) -> None:
    try:
        compile(source, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        raise FormatError(f"{path}: generated code does not compile ({exc})") from None


@lru_cache(maxsize=1)
def _black_mode() -> black.Mode:
    import black

    return black.Mode(target_versions={black.TargetVersion[BLACK_TARGET]}, line_length=BLACK_LINE_LENGTH)


def __getattr__(name: str) -> object:
    if name == "MODE":  # black's mode, made on first use: a run black has nothing to do in never imports it
        return _black_mode()
    raise AttributeError(name)


def _key(source: str) -> str:
    import black

    h = hashlib.sha256(f"black={black.__version__};{_black_mode()!r}\n".encode())
    h.update(plain(source).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _black_piece(piece: str) -> str:
    import black

    try:
        return black.format_str(trimmed(piece), mode=_black_mode())
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
