"""The snapshot is the cache: a committed package says what it was generated from.

Each package folder's ``.rungen`` marker (see `write`) records, besides the files rungen wrote
and their digests, the inputs of the generation that wrote them (the ``@`` lines):

- ``@options``: provider, package name, strictness and the spec's file name;
- ``@tools``: the versions of the tools whose output lands in the files, and black's style;
- ``@generator`` / ``@templates``: digests of rungen's own source and templates;
- ``@spec``: each spec file read (the spec and what its ``$ref``s reach), relative to the
  spec's folder, with the sha256 of its bytes;
- ``@seal``: a digest of all the other lines, so that a marker git merged line by line out of
  two generations is not taken for either.

Nothing in it depends on where the repository lies or who generated it, so a fresh clone has
what ``rungen generate --check`` needs: when every input line matches the current inputs and
every listed file its digest (and nothing else is in the folder), the folder is exactly what a
generation would write, and the pipeline (black, jinja2, the validator) is never imported.
Any mismatch only means generating to find out. Imports stay light here for that reason.
"""

from __future__ import annotations

import hashlib
import os
import sys
from functools import lru_cache
from pathlib import Path

from .paths import TEMPLATES
from .write import MARKER, Marker, read_marker, untracked

GENERATOR = Path(__file__).resolve().parent
CACHE_DIR = Path(".rungen-cache")
#: black's settings (format.py builds its mode from these): part of the key of every formatted file
BLACK_LINE_LENGTH = 100
BLACK_TARGET = "PY310"
#: the tools whose output lands in the generated files (their versions are part of the key)
TOOLS = ("black", "jinja2", "openapi_spec_validator", "pyyaml")


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@lru_cache(maxsize=1)
def tool_versions() -> str:
    """The installed versions of the tools whose output a generation depends on, and black's style.

    Read from the ``*.dist-info`` folder names on ``sys.path`` (importlib.metadata would cost
    more than the rest of an up-to-date check)."""
    wanted = dict.fromkeys(TOOLS, "?")
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info"):
                dist, _, version = name[: -len(".dist-info")].partition("-")
                key = dist.lower().replace("-", "_")
                if key in wanted and wanted[key] == "?":
                    wanted[key] = version
    versions = " ".join(f"{name}={version}" for name, version in wanted.items())
    return f"{versions} black-style=line-length:{BLACK_LINE_LENGTH},target:{BLACK_TARGET.lower()}"


def black_part(tools: str) -> str:
    """The part of a ``@tools`` value that decides what black makes of a text."""
    return " ".join(word for word in tools.split() if word.startswith(("black=", "black-style=")))


@lru_cache(maxsize=None)
def source_digest(folder: Path, pattern: str) -> str:
    """One digest of rungen's own files under `folder` (names relative to it, so the same on
    every machine and for a checkout or an installed wheel)."""
    h = hashlib.sha256()
    for path in sorted(folder.rglob(pattern)):
        rel = path.relative_to(folder)
        if not path.is_file() or untracked(rel) or any(part.startswith(".") for part in rel.parts):
            continue
        if folder == GENERATOR and rel.parts[0] == "templates":  # installed: the templates are inside
            continue
        h.update(rel.as_posix().encode() + b"\0")
        h.update(path.read_bytes() + b"\0")
    return h.hexdigest()


def options_line(provider: str, name: str | None, strict: bool, spec: Path, folder: str | None = None) -> str:
    """What the options of a generation were (`folder`: the package's folder as its README names it)."""
    return f"provider={provider}\tname={name or ''}\tstrict={str(strict).lower()}\tspec={spec.name}\tfolder={folder or ''}"


def inputs_record(provider: str, name: str | None, strict: bool, spec: Path, inputs: dict[str, str], folder: str | None = None) -> list[tuple[str, str]]:
    """The ``@`` lines of a generation (without the seal): `inputs` are the spec files read, path: sha256."""
    base = spec.resolve().parent
    specs = sorted((Path(os.path.relpath(Path(path).resolve(), base)).as_posix(), sha) for path, sha in inputs.items())
    return [
        ("options", options_line(provider, name, strict, spec, folder)),
        ("tools", tool_versions()),
        ("generator", source_digest(GENERATOR, "*.py")),
        ("templates", source_digest(TEMPLATES, "*")),
        *(("spec", f"{rel}\t{sha}") for rel, sha in specs),
    ]


def snapshot_fresh(folder: Path, provider: str, name: str | None, strict: bool, spec: Path, install_folder: str | None = None) -> bool:
    """Whether `folder` holds exactly what generating `spec` with these options would write, by its marker alone."""
    marker = read_marker(folder)
    if marker is None or not marker.sealed or not _inputs_match(marker, provider, name, strict, spec, install_folder):
        return False
    from .write import _files

    on_disk = _files(folder)
    if on_disk != set(marker.files) | {MARKER}:
        return False
    for rel, (sha, _) in marker.files.items():
        try:
            if digest((folder / rel).read_bytes()) != sha:
                return False
        except OSError:
            return False
    return True


def _inputs_match(marker: Marker, provider: str, name: str | None, strict: bool, spec: Path, install_folder: str | None) -> bool:
    current = {
        "options": options_line(provider, name, strict, spec, install_folder),
        "tools": tool_versions(),
        "generator": source_digest(GENERATOR, "*.py"),
        "templates": source_digest(TEMPLATES, "*"),
    }
    specs = [value for key, value in marker.inputs if key == "spec"]
    recorded = {key: value for key, value in marker.inputs if key != "spec"}
    if recorded != current or not specs:
        return False
    base = spec.parent
    for line in specs:
        rel, _, sha = line.rpartition("\t")
        try:
            if digest((base / rel).read_bytes()) != sha:
                return False
        except OSError:
            return False
    return True


def committed_formatting(folder: Path | None) -> dict[str, str]:
    """Black's output that a package folder already holds, by the sha256 of the text black was given.

    Only from a sealed marker written with the same black and style, and only files whose text
    still has the digest the marker lists (a hand-edited file is not black's output)."""
    if folder is None:
        return {}
    marker = read_marker(folder)
    if marker is None or not marker.sealed:
        return {}
    tools = dict(marker.inputs).get("tools", "")
    if not tools or black_part(tools) != black_part(tool_versions()):
        return {}
    known = {}
    for rel, (sha, rendered) in marker.files.items():
        if rendered is None:
            continue
        try:
            text = (folder / rel).read_bytes()
        except OSError:
            continue
        if digest(text) == sha:
            known[rendered] = text.decode("utf-8")
    return known
