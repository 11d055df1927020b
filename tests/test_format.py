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
from generator.text import UNSURE, VOUCHED
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

    def no_black(piece: str) -> str:
        raise AssertionError("black ran although the source was cached")

    monkeypatch.setattr(fmt, "_black_piece", no_black)
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


# -- rendered files: the pieces the templates laid out as black does skip black ----------------

LAID_OUT = 'def f(a: int, b: str) -> dict[str, object]:\n    """Docstring."""\n    return {"a": a, "b": b}\n'


def _no_black(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every piece handed to black (and still format it)."""
    seen: list[str] = []
    real = fmt._black_piece

    def recording(piece: str) -> str:
        seen.append(piece)
        return real(piece)

    monkeypatch.setattr(fmt, "_black_piece", recording)
    monkeypatch.setattr(fmt, "PARALLEL_MIN_BYTES", 10**9)  # in this process, where it is recorded
    return seen


def test_a_rendered_file_in_blacks_layout_is_taken_without_black(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _no_black(monkeypatch)
    with fmt.Formatter() as formatter:
        formatter.submit({"a.py": LAID_OUT}, rendered=True)
        assert formatter.result({"a.py": LAID_OUT}) == {"a.py": black.format_str(LAID_OUT, mode=MODE)}
        assert formatter.origins({"a.py": LAID_OUT})[fmt.LAID_OUT] == 1
    assert seen == []


def test_text_that_is_not_rendered_always_goes_through_black(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _no_black(monkeypatch)
    assert fmt.format_files({"a.py": UGLY}) == {"a.py": PRETTY}  # looks laid out (no long line), is not
    assert seen == [UGLY]


@pytest.mark.parametrize(
    "rendered",
    [
        "x = [1, 2]" + UNSURE + "\n",  # a helper was not sure
        "x = f(" + ", ".join(f"argument_{i}" for i in range(12)) + ")\n",  # too long, and black can split it
        "x = 1  \n",  # trailing spaces
        "\n\nx = 1\n",  # blank lines before the first statement
        "def f():\n\n\n    return 1\n",  # two blank lines inside a block
        'def f():\n    """Doc\n\n    ' + "y" * 100 + '"""\n',  # a docstring's last line too long for its closing quotes
    ],
    ids=["marked", "long", "trailing-space", "leading-blank", "blank-lines", "docstring-closing"],
)
def test_pieces_black_may_change_go_through_black(rendered: str, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _no_black(monkeypatch)
    with fmt.Formatter() as formatter:
        formatter.submit({"a.py": rendered}, rendered=True)
        out = formatter.result({"a.py": rendered})["a.py"]
    assert out == black.format_str(fmt.plain(rendered), mode=MODE)
    assert seen, "black was not run"


@pytest.mark.parametrize(
    "piece",
    [
        'x = call(\n    description="' + "d" * 120 + '",\n)\n',  # a keyword argument of an exploded call
        'x = {\n    "' + "k" * 60 + '": ' + "v" * 60 + ",\n}\n",  # a dict item
        "# " + "c" * 120 + "\n",  # a comment on its own line
        'def f() -> None:\n    """' + "x" * 120 + '\n\n    Text.\n    """\n',  # a docstring's line
        "from " + "m" * 100 + " import (" + VOUCHED + "\n    name,\n)\n",  # what a helper vouches for
    ],
    ids=["keyword", "dict-item", "comment", "docstring", "vouched"],
)
def test_long_lines_black_cannot_split_keep_a_piece_laid_out(piece: str) -> None:
    assert fmt.laid_out(piece)
    assert black.format_str(fmt.plain(piece), mode=MODE) == fmt.plain(piece)


def test_rungen_always_black_sends_every_piece_through_black(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNGEN_ALWAYS_BLACK", "1")
    seen = _no_black(monkeypatch)
    with fmt.Formatter() as formatter:
        formatter.submit({"a.py": LAID_OUT}, rendered=True)
        assert formatter.result({"a.py": LAID_OUT})["a.py"] == LAID_OUT
    assert seen == [LAID_OUT]


def test_layout_marks_are_never_written(monkeypatch: pytest.MonkeyPatch) -> None:
    source = 'x = {"a": 1}' + UNSURE + "\n" + "# " + "c" * 120 + VOUCHED + "\n"
    with fmt.Formatter() as formatter:
        formatter.submit({"a.py": source}, rendered=True)
        out = formatter.result({"a.py": source})["a.py"]
    assert UNSURE not in out and VOUCHED not in out
    with pytest.raises(fmt.FormatError, match="README.md"):
        fmt.format_files({"README.md": "text" + UNSURE})
