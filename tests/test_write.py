"""Stage 7, write: rungen replaces only folders it wrote, says what --force deletes, and writes 0755/0644."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from conftest import FIXTURES, invoke_rungen
from generator.write import MARKER, WriteRefused, check_writable, foreign_files, with_marker, write_packages

SHAPES = str(FIXTURES / "specs" / "shapes.yaml")


def generate_shapes(out: Path, *flags: str) -> tuple[int, str]:
    result = invoke_rungen("generate", "--spec", SHAPES, "--out", str(out), "--name", "shapes", *flags)
    return result.returncode, result.stderr


def test_a_users_file_in_a_package_folder_is_refused_then_named_when_forced(tmp_path: Path) -> None:
    assert generate_shapes(tmp_path)[0] == 0
    notes = tmp_path / "shapes" / "NOTES.md"
    notes.write_text("mine\n")
    code, stderr = generate_shapes(tmp_path, "--strict")  # another key: no cache hit, a real write
    assert code == 1 and f"{tmp_path}/shapes/ holds files rungen did not write: NOTES.md" in stderr and "--force" in stderr
    assert notes.read_text() == "mine\n"
    code, stderr = generate_shapes(tmp_path, "--strict", "--force")
    assert code == 0 and "NOTES.md" in stderr and "--force: deleting" in stderr
    assert not notes.exists() and (tmp_path / "shapes" / MARKER).is_file()


def test_a_folder_rungen_did_not_write_is_refused(tmp_path: Path) -> None:
    (tmp_path / "shapes").mkdir()
    (tmp_path / "shapes" / "app.py").write_text("print('mine')\n")
    code, stderr = generate_shapes(tmp_path)
    assert code == 1 and "is not empty and was not written by rungen" in stderr and "Traceback" not in stderr
    assert (tmp_path / "shapes" / "app.py").read_text() == "print('mine')\n"


def test_an_empty_folder_and_build_debris_are_not_a_users_files(tmp_path: Path) -> None:
    (tmp_path / "shapes").mkdir()
    assert generate_shapes(tmp_path)[0] == 0
    (tmp_path / "shapes" / "shapes_client" / "__pycache__").mkdir()
    (tmp_path / "shapes" / "shapes_client" / "__pycache__" / "x.pyc").write_bytes(b"")
    (tmp_path / "shapes" / "build").mkdir()
    assert foreign_files(tmp_path / "shapes") == []


def test_the_marker_lists_every_file_rungen_wrote() -> None:
    files = with_marker({"b.py": "", "a/c.py": ""})
    listed = [line.split("\t")[0] for line in files[MARKER].splitlines() if not line.startswith("#")]
    assert listed == ["a/c.py", "b.py"]


def test_nothing_is_written_when_one_folder_is_refused(tmp_path: Path) -> None:
    write_packages(tmp_path, {"a": with_marker({"x.py": "x = 1\n"})})
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "keep.txt").write_text("mine")
    packages = {"a": with_marker({"x.py": "x = 1\n"}), "b": with_marker({"y.py": ""})}
    with pytest.raises(WriteRefused, match="b/ is not empty"):
        check_writable(tmp_path, packages)
    assert check_writable(tmp_path, {"a": packages["a"]}) == []
    assert check_writable(tmp_path, packages, force=True) == [f"{tmp_path}/b/ (no {MARKER} marker): keep.txt"]


def test_a_file_the_new_generation_writes_is_rungens_even_if_the_old_marker_lacks_it(tmp_path: Path) -> None:
    """A template that adds a file: the folder from before lists it nowhere, yet it is not a user's."""
    write_packages(tmp_path, {"a": with_marker({"x.py": ""})})
    (tmp_path / "a" / "new.py").write_text("")  # as if from a newer rungen, merged in
    assert foreign_files(tmp_path / "a") == ["new.py"]
    assert check_writable(tmp_path, {"a": with_marker({"x.py": "", "new.py": ""})}) == []


def test_folders_are_0755_and_files_0644_under_umask_022(tmp_path: Path) -> None:
    before = os.umask(0o022)
    try:
        write_packages(tmp_path, {"pkg": with_marker({"pkg_client/__init__.py": "", "README.md": "r\n"})})
    finally:
        os.umask(before)
    modes = {str(p.relative_to(tmp_path)): stat.S_IMODE(p.stat().st_mode) for p in [tmp_path / "pkg", *(tmp_path / "pkg").rglob("*")]}
    assert modes == {"pkg": 0o755, "pkg/pkg_client": 0o755, "pkg/pkg_client/__init__.py": 0o644, "pkg/README.md": 0o644, f"pkg/{MARKER}": 0o644}
