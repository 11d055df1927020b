"""The error model: problems are values, located in a spec file, at one of two levels."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Level(enum.Enum):
    """How bad a problem is: an ERROR stops the run, a WARNING costs one corner of the spec."""

    ERROR = "error"
    WARNING = "warning"


def escape_pointer_token(token: object) -> str:
    """Escape one JSON-pointer token (RFC 6901)."""
    text = str(token)
    if "~" in text or "/" in text:
        return text.replace("~", "~0").replace("/", "~1")
    return text


def readable(json_pointer: str) -> str:
    """A pointer as a person reads it: a token holding "/" or "~" (a path, a media type) is shown
    as written, in quotes, instead of RFC 6901's ``~1``/``~0``: /paths/"/pets/{id}"/get."""
    if "~" not in json_pointer:
        return json_pointer
    shown = []
    for token in json_pointer.split("/")[1:]:
        raw = token.replace("~1", "/").replace("~0", "~")
        shown.append(f'"{raw}"' if raw != token else raw)
    return "".join("/" + token for token in shown)


def pointer(*tokens: object) -> str:
    """Build a JSON pointer from raw tokens: pointer("paths", "/pets") == "/paths/~1pets"."""
    return "".join(["/" + escape_pointer_token(t) for t in tokens])


@dataclass(frozen=True)
class Location:
    """A place in a spec: the file, a JSON pointer into it and, when known, a 1-based line."""

    file: str
    pointer: str = ""
    line: int | None = None

    def child(self, *tokens: object) -> "Location":
        """The location of a node below this one."""
        return Location(self.file, self.pointer + pointer(*tokens))

    def __str__(self) -> str:
        place = self.file
        if self.line is not None:
            place += f":{self.line}"
        if self.pointer:
            place += f": {readable(self.pointer)}"
        return place


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a spec, and where it is."""

    level: Level
    message: str
    location: Location
    #: a warning about a value (a `default`) that does not match its schema: the value at
    #: `location` is left out of the build, so nothing generated relies on it
    drops_value: bool = False

    def __str__(self) -> str:
        return f"{self.location}: {self.level.value}: {self.message}"


@dataclass
class SpecError(Exception):
    """Raised by a stage that cannot go on; carries the problems that stopped it."""

    problems: list[Problem] = field(default_factory=list)

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


def fail(message: str, location: Location) -> SpecError:
    """A SpecError with one ERROR problem, for `raise fail(...)`."""
    return SpecError([Problem(Level.ERROR, message, location)])


def shorten(value: object, limit: int = 80) -> str:
    """A printable, bounded rendering of a spec value for messages (never the raw object)."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
