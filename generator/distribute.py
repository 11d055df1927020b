"""`rungen build`: a generated package's wheel and sdist, the way consumers install it.

The build runs on a copy of the package folder, so it leaves nothing (``build/``,
``*.egg-info``) beside the committed files. Without build isolation when the backend the
generated pyproject names (setuptools, with wheel) is already importable: no download.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


class BuildError(Exception):
    """`python -m build` failed; the message is its last lines of output."""


def build_package(folder: Path, dist: Path) -> list[str]:
    """Build `folder`'s sdist and wheel into `dist`; returns their file names."""
    if importlib.util.find_spec("build") is None:
        raise BuildError("the `build` package is not installed (pip install build)")
    dist.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="rungen-build-") as scratch:
        source = Path(scratch) / folder.name
        shutil.copytree(folder, source, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "build", "dist", ".mypy_cache"))
        output = Path(scratch) / "dist"
        args = [sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(output), str(source)]
        if _backend_importable():
            args.insert(3, "--no-isolation")
        done = subprocess.run(args, capture_output=True, text=True, timeout=600)
        if done.returncode != 0:
            raise BuildError(" ".join((done.stderr or done.stdout).strip().splitlines()[-3:]))
        built = sorted(p.name for p in output.iterdir())
        for name in built:
            shutil.copy2(output / name, dist / name)
    return built


def _backend_importable() -> bool:
    return all(importlib.util.find_spec(name) is not None for name in ("setuptools", "wheel"))
