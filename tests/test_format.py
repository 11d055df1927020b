"""Stage 6, format: black output, whichever path a file takes (cache, batch, worker processes)."""

from __future__ import annotations

import os
from pathlib import Path

import black
import pytest

from conftest import FIXTURES
from generator import format as fmt
from generator.build import build_package
from generator.errors import Problem
from generator.format import MODE, pieces
from generator.load import load_document
from generator.render import render
from generator.resolve import DocumentSet

#: this module tests the cache itself: conftest's shared black results stay out of it
OWN_BLACK_CACHE = True

UGLY = "def f( a,b ):\n  return {'a':a,'b':b}\n"
PRETTY = black.format_str(UGLY, mode=fmt.MODE)


@pytest.fixture(autouse=True)
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "black-cache"
    monkeypatch.setattr(fmt, "CACHE_DIR", folder)
    return folder


def test_python_files_are_black_formatted_and_others_end_in_one_newline() -> None:
    out = fmt.format_files({"pkg/a.py": UGLY, "pkg/README.md": "text\n\n\n", "pkg/empty.txt": ""})
    assert out == {"pkg/a.py": PRETTY, "pkg/README.md": "text\n", "pkg/empty.txt": ""}


def test_a_second_run_is_answered_from_the_cache_with_the_same_output(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = fmt.format_files({"a.py": UGLY})
    assert len(list(cache_dir.glob("*/*.py"))) == 1

    def no_black(source: str) -> str:
        raise AssertionError("black ran although the source was cached")

    monkeypatch.setattr(fmt, "_black", no_black)
    assert fmt.format_files({"a.py": UGLY}) == first


def test_a_changed_black_version_misses_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    before = fmt._key(UGLY)
    monkeypatch.setattr(black, "__version__", "0.0.0-other")
    assert fmt._key(UGLY) != before


def test_an_unwritable_cache_only_costs_speed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setattr(fmt, "CACHE_DIR", blocker / "black")
    assert fmt.format_files({"a.py": UGLY}) == {"a.py": PRETTY}


def test_worker_processes_give_byte_identical_output(monkeypatch: pytest.MonkeyPatch) -> None:
    sources = {f"m{i}.py": UGLY.replace("f(", f"f{i}(") for i in range(6)}
    monkeypatch.setattr(fmt, "PARALLEL_MIN_BYTES", 0)
    parallel = fmt.format_batch([sources])[0]
    assert parallel == {path: black.format_str(src, mode=fmt.MODE) for path, src in sources.items()}


def test_code_that_does_not_compile_is_a_format_error_naming_the_file() -> None:
    with pytest.raises(fmt.FormatError, match="pkg/bad.py"):
        fmt.format_files({"pkg/bad.py": "def (:\n"})


def test_the_cache_is_pruned_to_its_limit_oldest_first(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fmt, "CACHE_LIMIT", 2)
    for i in range(4):
        fmt.format_files({"a.py": f"x = {i}\n"})
        os.utime(fmt._cache_path(cache_dir, fmt._key(f"x = {i}\n")), (1_000_000 + i, 1_000_000 + i))
    assert len(list(cache_dir.glob("*/*.py"))) == 2
    assert fmt._cache_get(cache_dir, fmt._key("x = 3\n")) == "x = 3\n"


def rendered(spec: str) -> dict[str, str]:
    problems: list[Problem] = []
    return render(build_package(DocumentSet(load_document(FIXTURES / "specs" / spec)), "x", problems))


@pytest.mark.parametrize("name", ["resources/pets.py", "models.py", "_base_client.py"])
def test_formatting_in_pieces_gives_what_black_gives_for_the_whole_file(name: str) -> None:
    source = rendered("pets.yaml")[f"pets_client/{name}"]
    cut = pieces(source, size=300)
    assert len(cut) >= 3 and "".join(cut) == source
    assert "\n\n".join(black.format_str(piece, mode=MODE) for piece in cut) == black.format_str(source, mode=MODE)


def test_pieces_are_never_cut_between_a_decorator_and_its_definition() -> None:
    source = "import x\n\n\n@decorate\nclass A:\n    pass\n\n\nclass B:\n    pass\n"
    assert pieces(source, size=1) == ["import x\n\n\n@decorate\nclass A:\n    pass\n\n\n", "class B:\n    pass\n"]
