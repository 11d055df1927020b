"""format: black output, also when a large file goes through black in pieces."""

from __future__ import annotations

import black
import pytest

from conftest import FIXTURES
from generator.build import build_package
from generator.errors import Problem
from generator.format import MODE, FormatError, format_python, pieces
from generator.load import load_document
from generator.render import render
from generator.resolve import DocumentSet


def rendered(spec: str) -> dict[str, str]:
    problems: list[Problem] = []
    return render(build_package(DocumentSet(load_document(FIXTURES / "specs" / spec)), "x", problems))


@pytest.mark.parametrize("name", ["resources.py", "models.py", "_base_client.py"])
def test_formatting_in_pieces_gives_what_black_gives_for_the_whole_file(name: str) -> None:
    source = rendered("pets.yaml")[f"pets_client/{name}"]
    cut = pieces(source, size=300)
    assert len(cut) > 3 and "".join(cut) == source
    assert "\n\n".join(black.format_str(piece, mode=MODE) for piece in cut) == black.format_str(source, mode=MODE)


def test_pieces_are_never_cut_between_a_decorator_and_its_definition() -> None:
    source = "import x\n\n\n@decorate\nclass A:\n    pass\n\n\nclass B:\n    pass\n"
    assert pieces(source, size=1) == ["import x\n\n\n@decorate\nclass A:\n    pass\n\n\n", "class B:\n    pass\n"]


def test_code_that_does_not_compile_is_a_format_error() -> None:
    with pytest.raises(FormatError, match="does not compile"):
        format_python("bad.py", "def f(:\n")
