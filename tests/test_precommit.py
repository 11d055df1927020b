"""The pre-commit hook: its entry, run as pre-commit runs it, passes on a fresh generation and fails on drift."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import FIXTURES, ROOT

HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())


def run_hook(entry: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The entry as pre-commit runs it for `language: python`: the command from the installed package's bin folder."""
    env = dict(os.environ, PATH=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]))
    return subprocess.run(shlex.split(entry), cwd=cwd, capture_output=True, text=True, timeout=300, env=env)


def test_the_hook_is_the_drift_guard() -> None:
    (hook,) = HOOKS
    assert hook["id"] == "rungen-check" and hook["entry"] == "rungen generate --check"
    assert hook["pass_filenames"] is False and hook["always_run"] is True and hook["language"] == "python"


def test_the_hook_entry_passes_when_generated_and_fails_on_drift(tmp_path: Path) -> None:
    """A fresh project as the README sets one up: [tool.rungen], two specs, `rungen generate`, the hook."""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "app"\n\n[tool.rungen]\nspecs = "api"\nout = "sdk"\n')
    (tmp_path / "api").mkdir()
    for spec in ("pets", "shapes"):
        shutil.copy(FIXTURES / "specs" / f"{spec}.yaml", tmp_path / "api")
    (hook,) = HOOKS
    assert run_hook(hook["entry"], tmp_path).returncode == 1  # nothing generated yet
    generated = run_hook("rungen generate", tmp_path)
    assert generated.returncode == 0, generated.stderr
    passed = run_hook(hook["entry"], tmp_path)
    assert passed.returncode == 0, passed.stderr
    (tmp_path / "sdk" / "pets" / "README.md").write_text("edited by hand\n")
    failed = run_hook(hook["entry"], tmp_path)
    assert failed.returncode == 1
    assert "sdk/ is stale" in failed.stderr and "changed pets/README.md" in failed.stderr
