"""Stage 1, load: read a YAML or JSON document from disk into plain Python data."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import Location, fail

try:  # the C loader is several times faster on large specs
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


@dataclass(frozen=True)
class Duplicate:
    """A mapping key written twice: YAML keeps the last value and drops the first silently."""

    key: str
    line: int
    #: the line of the key's first occurrence
    first: int


class _CheckingLoader(_Loader):  # type: ignore[misc]
    """The safe loader, also noting every mapping key that appears twice in one mapping."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[Duplicate] = []

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[str, int] = {}
        for key, _ in node.value:
            if isinstance(key, yaml.ScalarNode) and key.tag != "tag:yaml.org,2002:merge":
                line = key.start_mark.line + 1
                if key.value in seen:
                    self.duplicates.append(Duplicate(key.value, line, seen[key.value]))
                seen.setdefault(key.value, line)
        return super().construct_mapping(node, deep)  # type: ignore[no-any-return]

#: A spec larger than this is refused before parsing.
MAX_BYTES = 64 * 1024 * 1024
#: A document whose aliases expand to more nodes than this is an alias bomb ("billion laughs").
MAX_EXPANDED_NODES = 5_000_000


@dataclass(frozen=True)
class Document:
    """One loaded file: its path as given, its text and its parsed data."""

    path: str
    text: str
    data: Any
    #: sha256 of the bytes read (the cache records it: what this generation was made from)
    digest: str = ""
    #: keys written twice in one mapping (validation warns: the first value was dropped)
    duplicates: tuple[Duplicate, ...] = ()

    def location(self, pointer: str = "") -> Location:
        """A location in this document, with the line number looked up when possible."""
        return Location(self.path, pointer, line_of(self.text, pointer))


def load_document(path: str | Path) -> Document:
    """Load a YAML or JSON file; a parse error names the file and line."""
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise fail(f"cannot read file: {exc.strerror or exc}", Location(name)) from None
    if len(raw) > MAX_BYTES:
        raise fail(f"file is larger than {MAX_BYTES // 2**20} MiB", Location(name))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise fail(f"not UTF-8 text (byte {exc.start})", Location(name)) from None
    duplicates: list[Duplicate] = []
    data = parse_text(text, name, duplicates)
    return Document(name, text, data, hashlib.sha256(raw).hexdigest(), tuple(duplicates))


def parse_text(text: str, name: str, duplicates: list[Duplicate] | None = None) -> Any:
    """Parse YAML (which covers JSON) or, for *.json, strict JSON; keys written twice in one
    mapping are added to `duplicates` (YAML only: JSON parsers keep the last as a rule)."""
    if name.endswith(".json"):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise fail(f"invalid JSON: {exc.msg}", Location(name, line=exc.lineno)) from None
        except RecursionError:
            raise fail("invalid JSON: nested too deeply", Location(name)) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise fail("invalid YAML: NUL character", Location(name, line=line))
    if "&" in text and "*" in text and _expanded_size(text) > MAX_EXPANDED_NODES:
        raise fail(f"YAML aliases expand to more than {MAX_EXPANDED_NODES:,} nodes (an alias bomb)", Location(name))
    try:
        loader = _CheckingLoader(text)
        try:
            data = loader.get_single_data()
        finally:
            loader.dispose()
        if duplicates is not None:
            duplicates.extend(loader.duplicates)
        return data
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        at: int | None = mark.line + 1 if mark is not None else None
        what = exc.problem or exc.context or "syntax error"
        raise fail(f"invalid YAML: {what}", Location(name, line=at)) from None
    except yaml.YAMLError as exc:
        raise fail(f"invalid YAML: {exc}", Location(name)) from None
    except RecursionError:
        raise fail("invalid YAML: nested too deeply", Location(name)) from None


def _expanded_size(text: str) -> int:
    """How many nodes the document has once every alias is expanded, counted from parse events."""
    sizes: dict[str, int] = {}
    stack: list[list[Any]] = [[None, 0]]  # [anchor, size] per open collection
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                stack.append([event.anchor, 1])
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                anchor, size = stack.pop()
                if anchor:
                    sizes[anchor] = size
                stack[-1][1] += size
            elif isinstance(event, yaml.ScalarEvent):
                if event.anchor:
                    sizes[event.anchor] = 1
                stack[-1][1] += 1
            elif isinstance(event, yaml.AliasEvent):
                stack[-1][1] += sizes.get(event.anchor or "", 1)
            if stack[-1][1] > MAX_EXPANDED_NODES:
                return stack[-1][1]
    except yaml.YAMLError:
        return 0  # the real parse reports it, with its line
    return sum(size for _, size in stack)


def line_of(text: str, pointer: str) -> int | None:
    """The 1-based line of the node at `pointer` in YAML/JSON text, or None when unknown."""
    if not pointer:
        return None
    return lines_of(text, [pointer]).get(pointer)


def lines_of(text: str, pointers: list[str]) -> dict[str, int | None]:
    """The 1-based line of each pointer's node (or of its deepest existing parent); parses once."""
    if len(text) > MAX_BYTES:
        return {}
    try:
        root = yaml.compose(text, Loader=_Loader)
    except (yaml.YAMLError, RecursionError):
        return {}
    return {ptr: _line(root, ptr) for ptr in pointers if ptr}


def _line(node: Any, pointer: str) -> int | None:
    """The line of a mapping entry's key (where a reader looks), or of a list item."""
    line = node.start_mark.line + 1 if node is not None else None
    for token in [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]:
        if isinstance(node, yaml.MappingNode):
            entry = next(((key, value) for key, value in node.value if key.value == token), None)
            if entry is None:
                return line
            line, node = entry[0].start_mark.line + 1, entry[1]
        elif isinstance(node, yaml.SequenceNode) and token.isdigit() and int(token) < len(node.value):
            node = node.value[int(token)]
            line = node.start_mark.line + 1
        else:
            return line
    return line
