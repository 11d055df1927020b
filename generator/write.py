"""Stage 7, write: replace output folders atomically, or compare them (``--check``).

rungen replaces only folders it wrote: each package folder holds a marker file, ``.rungen``,
listing the files rungen put there. A folder without the marker (not empty) is someone
else's and is refused; files in a marked folder that the marker does not list (a user's
notes, say) are refused too. ``force`` replaces either, naming the files it deletes.
Build and cache debris (``build/``, ``__pycache__`` ...) is never a reason to refuse.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

#: the marker file in each package folder: rungen's, listing the files it wrote
MARKER = ".rungen"
_MARKER_HEAD = (
    "# Written by rungen, which regenerates this folder as a whole: edit the spec, not these files.\n"
    "# Each file rungen wrote, the sha256 of its text and, for Python, of the text black was given;\n"
    "# then (@) what it was generated from: `rungen generate --check` compares these instead of generating.\n"
)


class WriteRefused(Exception):
    """A folder rungen would replace holds files it did not write; the message names them."""


@dataclass(frozen=True)
class Marker:
    """A package folder's marker, read: the files listed and the inputs recorded."""

    #: path: (sha256 of its text, sha256 of the text black was given, or None)
    files: dict[str, tuple[str, str | None]]
    #: the ``@`` lines but the seal, as (key, value)
    inputs: list[tuple[str, str]]
    #: the seal matches the other lines: the marker is one generation's, not a merge of two
    sealed: bool


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def with_marker(files: dict[str, str], rendered: dict[str, str] | None = None, inputs: list[tuple[str, str]] | None = None) -> dict[str, str]:
    """The package's files and its marker, which lists them with their digests and records `inputs`.

    `rendered` holds the Python files' text as black was given it (the same text when black
    was not needed)."""
    lines = []
    for rel in sorted(rel for rel in files if rel != MARKER):
        before = (rendered or {}).get(rel)
        lines.append("\t".join([rel, _sha(files[rel])] + ([_sha(before)] if before is not None else [])))
    record = [f"@{key}\t{value}" for key, value in inputs or []]
    body = "".join(f"{line}\n" for line in lines + record)
    seal = f"@seal\t{_sha(body)}\n" if record else ""
    return {**files, MARKER: _MARKER_HEAD + body + seal}


def read_marker(folder: Path) -> Marker | None:
    """The marker of `folder`, or None when it has none (older markers list bare paths)."""
    try:
        text = (folder / MARKER).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    files: dict[str, tuple[str, str | None]] = {}
    inputs, body, seal = [], [], None
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("@seal\t"):
            seal = line.partition("\t")[2]
            continue
        body.append(line + "\n")
        if line.startswith("@"):
            key, _, value = line[1:].partition("\t")
            inputs.append((key, value))
        else:
            rel, *digests = line.split("\t")
            files[rel] = (digests[0] if digests else "", digests[1] if len(digests) > 1 else None)
    return Marker(files, inputs, seal is not None and seal == _sha("".join(body)))


def without_record(marker_text: str) -> str:
    """A marker's text without its ``@`` lines: what it says of the files, not of their inputs."""
    return "".join(line for line in marker_text.splitlines(keepends=True) if not line.startswith("@"))


def foreign_files(folder: Path, writing: frozenset[str] = frozenset()) -> list[str] | None:
    """Files in `folder` rungen did not write (relative paths), or None when the folder is not rungen's at all.

    A file rungen is about to write (`writing`) is its own even when an older marker lacks it."""
    if not folder.exists():
        return []
    on_disk = _files(folder)
    marker = read_marker(folder)
    if marker is None:
        return None if on_disk else []
    listed = set(marker.files)
    return sorted(rel for rel in on_disk if rel not in listed and rel not in writing and rel != MARKER)


def check_writable(out: Path, packages: dict[str, dict[str, str]], *, force: bool = False) -> list[str]:
    """Raise WriteRefused unless every out/<name> may be replaced; with `force`, a line per folder
    saying which files rungen did not write will go.

    Everything is checked before anything is written, so a refusal leaves every folder as it was."""
    refusals, doomed = [], []
    for name, files in sorted(packages.items()):
        folder = out / name
        foreign = foreign_files(folder, frozenset(files))
        if foreign is None:
            if force:
                doomed.append(f"{folder}/ (no {MARKER} marker): {_some(sorted(_files(folder)))}")
            else:
                refusals.append(f"{folder}/ is not empty and was not written by rungen (it has no {MARKER} marker)")
        elif foreign:
            if force:
                doomed.append(f"{folder}/: {_some(foreign)}")
            else:
                refusals.append(f"{folder}/ holds files rungen did not write: {_some(foreign)}")
    if refusals:
        raise WriteRefused("; ".join(refusals) + ": move them, choose another --out, or pass --force to replace the folder")
    return doomed


def write_packages(out: Path, packages: dict[str, dict[str, str]]) -> None:
    """Write each package to out/<name>, replacing the old folder only once the new one is whole.

    Folders get the usual permissions (0755 under umask 022), not the 0700 of a temporary folder.
    Callers check `check_writable` first."""
    created = not out.exists()
    out.mkdir(parents=True, exist_ok=True)
    mode = 0o777 & ~_umask()
    staged: list[tuple[Path, Path]] = []
    try:
        for name, files in packages.items():
            tmp = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=out))
            os.chmod(tmp, mode)
            for rel, content in sorted(files.items()):
                target = tmp / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(content.encode("utf-8"))
            staged.append((tmp, out / name))
    except BaseException:
        for tmp, _ in staged:
            shutil.rmtree(tmp, ignore_errors=True)
        if created:
            shutil.rmtree(out, ignore_errors=True)
        raise
    for tmp, final in staged:
        old = None
        if final.exists():
            old = final.with_name(f".{final.name}.old")
            if old.exists():
                shutil.rmtree(old)
            os.replace(final, old)
        os.replace(tmp, final)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def stale_files(out: Path, packages: dict[str, dict[str, str]]) -> list[str]:
    """Paths (relative to `out`) that differ from, are missing from or are extra to the expected files.

    The marker's record of the inputs (its ``@`` lines) does not count: another machine's tool
    versions, or a change to rungen that leaves the files as they were, make no file stale."""
    problems = []
    for name, files in sorted(packages.items()):
        folder = out / name
        on_disk = {rel: folder / rel for rel in _files(folder)} if folder.is_dir() else {}
        for rel, content in sorted(files.items()):
            path = on_disk.pop(rel, None)
            if path is None:
                problems.append(f"missing {name}/{rel}")
            elif path.read_bytes() != content.encode("utf-8") and (rel != MARKER or without_record(path.read_text("utf-8", "replace")) != without_record(content)):
                problems.append(f"changed {name}/{rel}")
        problems.extend(f"extra {name}/{rel}" for rel in sorted(on_disk))
    return problems


def _files(folder: Path) -> set[str]:
    """The files under `folder` that are not build or cache debris, relative to it."""
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and not untracked(p.relative_to(folder))}


def _some(names: list[str], shown: int = 5) -> str:
    more = f" and {len(names) - shown} more" if len(names) > shown else ""
    return ", ".join(names[:shown]) + more


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def untracked(rel: Path) -> bool:
    """Build and cache debris that pip, mypy or pytest leave beside a generated package."""
    parts = rel.parts
    return (
        parts[0] in ("build", "dist", ".mypy_cache", ".pytest_cache")
        or "__pycache__" in parts
        or any(p.endswith(".egg-info") for p in parts)
        or rel.name.endswith(".pyc")
    )
