"""Stage 3, resolve: follow `$ref`s across the root document and the files it points to."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag

from .errors import Location, Problem
from .load import Document, lines_of, load_document

#: A chain of $ref to $ref longer than this is treated as a cycle.
MAX_REF_CHAIN = 64
#: Where `DocumentSet.bundled` puts the files a document refers to.
BUNDLE_KEY = "x-rungen-bundled"


class RefError(Exception):
    """A `$ref` that does not land on anything (its message says why)."""


@dataclass(frozen=True)
class Node:
    """A resolved node: its data and where it really lives."""

    data: Any
    location: Location
    doc: Document

    @property
    def file(self) -> str:
        return self.doc.path


@dataclass
class DocumentSet:
    """The root document and every file reached from it by `$ref`, loaded on demand."""

    root: Document
    _by_path: dict[str, Document] = field(default_factory=dict)
    #: each path as written -> its real path: a $ref lookup needs it, and a large spec has 100k lookups
    _real: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    #: each document's (by real path) references to other files, until `drop` changes a document
    _external: dict[str, list[str]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_path[self._key(self.root.path)] = self.root

    def _key(self, path: str) -> str:
        """The real path of `path` (symlinks resolved): one file, however a $ref spells it."""
        key = self._real.get(path)
        if key is None:
            key = self._real[path] = str(Path(path).resolve())
        return key

    def documents(self) -> list[Document]:
        """Every document reached so far (the root first), loading referenced files as found."""
        seen: list[Document] = []
        queue = [self.root]
        keys: set[str] = set()
        while queue:
            doc = queue.pop(0)
            key = self._key(doc.path)
            if key in keys:
                continue
            keys.add(key)
            seen.append(doc)
            if key not in self._external:
                self._external[key] = _external_refs(doc.data)
            for ref in self._external[key]:
                target = self._target_path(ref, doc.path)
                if target is not None and Path(target).is_file():
                    queue.append(self._document(target))
        return seen

    def _target_path(self, ref: str, base: str) -> str | None:
        url, _ = urldefrag(ref)
        if not url:
            return None
        if "://" in url:
            return None
        return str(Path(base).parent / unquote(url))

    def _document(self, path: str) -> Document:
        key = self._key(path)
        if key not in self._by_path:
            self._by_path[key] = load_document(path)
        return self._by_path[key]

    def lookup(self, ref: str, base: str) -> Node:
        """The node a `$ref` written in file `base` points to."""
        url, fragment = ("", ref[1:]) if ref.startswith("#") else urldefrag(ref)
        if "://" in url:
            raise RefError(f"remote $ref {ref!r} is not supported; download the file and refer to it locally")
        if url:
            target = self._target_path(ref, base)
            assert target is not None
            if not Path(target).is_file():
                raise RefError(f"$ref {ref!r}: file {target!r} not found")
            doc = self._document(target)
        else:
            doc = self._document(base)
        if fragment and not fragment.startswith("/"):
            raise RefError(f"$ref {ref!r}: only JSON-pointer fragments ('#/...') are supported")
        node = doc.data
        for token in fragment.split("/")[1:] if fragment else []:
            token = unquote(token).replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise RefError(f"$ref {ref!r} points to nothing (no {token!r})")
        return Node(node, Location(doc.path, fragment), doc)

    def deref(self, node: Node) -> Node:
        """Follow `$ref` until a node that is not a reference; a cycle is a RefError."""
        seen = 0
        while isinstance(node.data, dict) and isinstance(node.data.get("$ref"), str):
            seen += 1
            if seen > MAX_REF_CHAIN:
                raise RefError(f"circular $ref {node.data['$ref']!r}")
            node = self.lookup(node.data["$ref"], node.file)
        return node

    def with_lines(self, problems: list[Problem]) -> list[Problem]:
        """The problems, each given the line of its place where it had none (one parse per file)."""
        wanted: dict[str, set[str]] = {}
        for p in problems:
            if p.location.line is None and p.location.pointer:
                wanted.setdefault(p.location.file, set()).add(p.location.pointer)
        lines = {file: lines_of(self._document(file).text, sorted(ptrs)) for file, ptrs in wanted.items()}
        return [
            replace(p, location=replace(p.location, line=lines[p.location.file].get(p.location.pointer))) if p.location.file in lines else p
            for p in problems
        ]

    def bundled(self) -> Any:
        """The root document as one self-contained document: every file it refers to is copied under
        ``x-rungen-bundled`` (keyed by its path relative to the root's folder) and every ``$ref``
        rewritten to a local one, so a reader without the files (the mock) resolves them all."""
        docs = self.documents()
        if len(docs) == 1:
            return self.root.data
        root_dir = Path(self.root.path).resolve().parent
        names = {self._key(d.path): Path(os.path.relpath(Path(d.path).resolve(), root_dir)).as_posix() for d in docs[1:]}
        tokens = {key: _pointer_token(name) for key, name in names.items()}

        def local(ref: str, base: str) -> str:
            url, fragment = ("", ref[1:]) if ref.startswith("#") else urldefrag(ref)
            if "://" in url:
                return ref
            target = self._key(self._target_path(ref, base) or base) if url else self._key(base)
            if target not in tokens:
                return "#" + fragment
            return "#/" + BUNDLE_KEY + "/" + tokens[target] + fragment

        def rewrite(data: Any, base: str) -> Any:
            if isinstance(data, dict):
                return {k: local(v, base) if k == "$ref" and isinstance(v, str) else rewrite(v, base) for k, v in data.items()}
            if isinstance(data, list):
                return [rewrite(v, base) for v in data]
            return data

        out = rewrite(self.root.data, self.root.path)
        if isinstance(out, dict):
            out[BUNDLE_KEY] = {names[self._key(d.path)]: rewrite(d.data, d.path) for d in docs[1:]}
        return out

    def at(self, doc: Document, ptr: str) -> Any:
        """The value at JSON pointer `ptr` in `doc` (no `$ref` followed)."""
        data = doc.data
        for token in _tokens(ptr):
            data = data[int(token)] if isinstance(data, list) else data[token]
        return data

    def drop(self, locations: list[Location]) -> None:
        """Leave the values at `locations` out of their documents (values the validator refused
        where a warning is enough: the build, and the mock's bundled document, never see them)."""
        self._external.clear()
        for location in locations:
            doc = self._document(location.file)
            *parents, last = _tokens(location.pointer) or [""]
            parent = self.at(doc, "".join("/" + _pointer_token(t) for t in parents))
            if isinstance(parent, dict):
                parent.pop(last, None)

    def root_node(self) -> Node:
        return Node(self.root.data, Location(self.root.path, ""), self.root)


def _tokens(ptr: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in ptr.split("/")[1:]] if ptr else []


def _pointer_token(text: str) -> str:
    return text.replace("~", "~0").replace("/", "~1")


def _external_refs(data: Any) -> list[str]:
    refs: list[str] = []
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#"):
                refs.append(ref)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return refs


def child(node: Node, *tokens: Any) -> Node:
    """The node below `node` at `tokens` (which must exist)."""
    data = node.data
    for token in tokens:
        data = data[token]
    return Node(data, node.location.child(*tokens), node.doc)
