"""Stage 7, write: replace output folders atomically, or compare them (``--check``).

rungen replaces only folders it wrote: each package folder holds a marker file, ``.rungen``,
listing the files rungen put there. A folder without the marker (not empty) is someone
else's and is refused; files in a marked folder that the marker does not list (a user's
notes, say) are refused too. ``force`` replaces either, naming the files it deletes.
Build and cache debris (``build/``, ``__pycache__`` ...) is never a reason to refuse.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

#: the marker file in each package folder: rungen's, listing the files it wrote
MARKER = ".rungen"
_MARKER_HEAD = "# Written by rungen, which regenerates this folder as a whole: edit the spec, not these files.\n"


class WriteRefused(Exception):
    """A folder rungen would replace holds files it did not write; the message names them."""


def with_marker(files: dict[str, str]) -> dict[str, str]:
    """The package's files and its marker, which lists them."""
    listed = sorted(rel for rel in files if rel != MARKER)
    return {**files, MARKER: _MARKER_HEAD + "".join(f"{rel}\n" for rel in listed)}


def foreign_files(folder: Path, writing: frozenset[str] = frozenset()) -> list[str] | None:
    """Files in `folder` rungen did not write (relative paths), or None when the folder is not rungen's at all.

    A file rungen is about to write (`writing`) is its own even when an older marker lacks it."""
    if not folder.exists():
        return []
    on_disk = _files(folder)
    marker = folder / MARKER
    if not marker.is_file():
        return None if on_disk else []
    listed = {line for line in marker.read_text(encoding="utf-8", errors="replace").splitlines() if line and not line.startswith("#")}
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
    """Paths (relative to `out`) that differ from, are missing from or are extra to the expected files."""
    problems = []
    for name, files in sorted(packages.items()):
        folder = out / name
        on_disk = {rel: folder / rel for rel in _files(folder)} if folder.is_dir() else {}
        for rel, content in sorted(files.items()):
            path = on_disk.pop(rel, None)
            if path is None:
                problems.append(f"missing {name}/{rel}")
            elif path.read_bytes() != content.encode("utf-8"):
                problems.append(f"changed {name}/{rel}")
        problems.extend(f"extra {name}/{rel}" for rel in sorted(on_disk))
    return problems


def _files(folder: Path) -> set[str]:
    """The files under `folder` that are not build or cache debris, relative to it."""
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and not _ignored(p.relative_to(folder))}


def _some(names: list[str], shown: int = 5) -> str:
    more = f" and {len(names) - shown} more" if len(names) > shown else ""
    return ", ".join(names[:shown]) + more


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _ignored(rel: Path) -> bool:
    """Build and cache debris that pip, mypy or pytest leave beside a generated package."""
    parts = rel.parts
    return (
        parts[0] in ("build", "dist", ".mypy_cache", ".pytest_cache")
        or "__pycache__" in parts
        or any(p.endswith(".egg-info") for p in parts)
        or rel.name.endswith(".pyc")
    )
