"""Stage 7, write: replace output folders atomically, or compare them (``--check``)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def write_packages(out: Path, packages: dict[str, dict[str, str]]) -> None:
    """Write each package to out/<name>, replacing the old folder only once the new one is whole."""
    out.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[Path, Path]] = []
    try:
        for name, files in packages.items():
            tmp = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=out))
            for rel, content in sorted(files.items()):
                target = tmp / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(content.encode("utf-8"))
            staged.append((tmp, out / name))
    except BaseException:
        for tmp, _ in staged:
            shutil.rmtree(tmp, ignore_errors=True)
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
        on_disk = {
            str(p.relative_to(folder)): p
            for p in folder.rglob("*")
            if p.is_file() and not _ignored(p.relative_to(folder))
        } if folder.is_dir() else {}
        for rel, content in sorted(files.items()):
            path = on_disk.pop(rel, None)
            if path is None:
                problems.append(f"missing {name}/{rel}")
            elif path.read_bytes() != content.encode("utf-8"):
                problems.append(f"changed {name}/{rel}")
        problems.extend(f"extra {name}/{rel}" for rel in sorted(on_disk))
    return problems


def _ignored(rel: Path) -> bool:
    """Build and cache debris that pip, mypy or pytest leave beside a generated package."""
    parts = rel.parts
    return (
        parts[0] in ("build", "dist", ".mypy_cache", ".pytest_cache")
        or "__pycache__" in parts
        or any(p.endswith(".egg-info") for p in parts)
        or rel.name.endswith(".pyc")
    )
