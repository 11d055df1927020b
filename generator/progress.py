"""What a long command tells its user while it works: stages on a terminal, timings with -v.

Progress is one line on stderr, rewritten in place, and only on a terminal: piped or in CI
there is nothing to rewrite, so nothing is written. ``-v`` adds a line per finished stage
with its time (and the cache hits the command reports); ``-q`` silences both.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Reports (provider, stage) events; `Progress.quiet()` reports nothing."""

    def __init__(self, total: int, *, verbose: bool = False, quiet: bool = False, stream: TextIO | None = None) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self._total = total
        self._verbose = verbose and not quiet
        self._live = not quiet and _is_tty(self._stream)
        self._providers: list[str] = []
        self._current: tuple[str, str, float] | None = None

    @classmethod
    def quiet(cls) -> "Progress":
        return cls(0, quiet=True)

    def stage(self, provider: str, stage: str) -> None:
        """`provider` starts `stage` (the previous stage of any provider has ended)."""
        self._finish()
        if provider not in self._providers:
            self._providers.append(provider)
        self._current = (provider, stage, time.perf_counter())
        if self._live:
            count = f"[{self._providers.index(provider) + 1}/{self._total}] " if self._total > 1 else ""
            self._stream.write(f"\r\x1b[K{count}{provider}: {stage}…")
            self._stream.flush()

    def note(self, message: str) -> None:
        """A line for -v only (a cache hit, say)."""
        if self._verbose:
            self._clear()
            self._stream.write(f"{message}\n")

    def done(self) -> None:
        """The work is over: the last stage's time, and the progress line cleared."""
        self._finish()
        self._clear()

    def _finish(self) -> None:
        if self._current is not None:
            provider, stage, started = self._current
            self._current = None
            self.note(f"{provider}: {stage} {time.perf_counter() - started:.2f} s")

    def _clear(self) -> None:
        if self._live:
            self._stream.write("\r\x1b[K")
            self._stream.flush()


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
