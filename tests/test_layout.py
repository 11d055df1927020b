"""The templates lay out long lines as black does, and the formatter takes what they vouch for without black.

`text.layout` and friends follow black's splits, and mark (`text.UNSURE`) what they do not
model; the formatter takes a piece without black when nothing in it is marked and its long lines
are ones black cannot split (`format.laid_out`). Here the helpers are compared with black itself
on random annotations, literals and calls, in each place the templates use them: where they do
not mark their text it must be black's exactly. And every piece of the packages the fixtures,
the five providers and public documents make is run through black: those the formatter takes as
they are must come out unchanged, so the output is black's whichever path a piece takes.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Callable, Optional

import black
import pytest

from conftest import CORPUS, FIXTURES, ROOT
from generator.format import MODE, laid_out, pieces, plain
from generator.text import UNSURE, doc, docstring, layout, layout_annotated, layout_assignment, layout_field

#: random cases per seed and place (black formats each twice: about a second per 10 cases)
CASES = 12


def _word(r: random.Random, low: int = 3, high: int = 25) -> str:
    return r.choice("ABCDEFGH") + "".join(r.choice("abcdefghijklmnop_") for _ in range(r.randint(low, high) - 1))


def _literal(r: random.Random) -> str:
    k = r.random()
    if k < 0.6:
        return '"' + "".join(r.choice("abcdefgh_ #->'é日") for _ in range(r.randint(1, 30))) + '"'
    if k < 0.8:
        return str(r.randint(0, 100000))
    return r.choice(["True", "False", "None", "'single'"])


def _annotation(r: random.Random, depth: int = 0) -> str:
    k = r.random()
    if depth > 3 or k < 0.25:
        return r.choice(["str", "int", "Any", "datetime", _word(r)])
    if k < 0.45:
        return f"Literal[{', '.join(_literal(r) for _ in range(r.randint(1, 14)))}]"
    if k < 0.6:
        return f"Optional[{_annotation(r, depth + 1)}]"
    if k < 0.7:
        return f"List[{_annotation(r, depth + 1)}]"
    if k < 0.8:
        return f"Dict[str, {_annotation(r, depth + 1)}]"
    if k < 0.9:
        return f"Union[{', '.join(_annotation(r, depth + 1) for _ in range(r.randint(2, 4)))}]"
    return f'Annotated[Union[{", ".join(_word(r) for _ in range(r.randint(2, 7)))}], Field(discriminator="type")]'


def _value(r: random.Random, depth: int = 0) -> str:
    k = r.random()
    if depth > 3 or k < 0.4:
        return _literal(r)
    if k < 0.7:
        return "{" + ", ".join(f"{_literal(r)}: {_value(r, depth + 1)}" for _ in range(r.randint(0, 8))) + "}"
    return "[" + ", ".join(_value(r, depth + 1) for _ in range(r.randint(0, 5))) + "]"


def _black(source: str) -> str:
    return black.format_str(source, mode=MODE)


@pytest.mark.parametrize("seed", range(3))
def test_layout_agrees_with_black(seed: int) -> None:
    """Black writes the same for our layout as for the one-line text (so the output cannot
    change), and our layout is black's own (so black's first pass changes nothing) nearly always:
    what it does not model it leaves on one line, for black to split."""
    r = random.Random(seed)
    cases: list[tuple[Callable[[str], str], str, str]] = []  # (context, the template's text, ours)
    for _ in range(CASES):
        annotation, name = _annotation(r), "v" + _word(r, 1, 30).lower()
        default = r.choice(["NOT_GIVEN", "None", ""])
        line = f"{name}: {annotation}" + (f" = {default}" if default else "") + ","
        cases.append((lambda t: f"class _:\n    def f(\n        self,\n        {t}\n    ) -> None:\n        pass\n", line, layout(line, 2, inside=True)))
        target = f"{_word(r, 3, 40)}: TypeAlias"
        cases.append((lambda t: t + "\n", f"{target} = {annotation}", layout_assignment(target, annotation, 0)))
        cases.append((lambda t: f"class _:\n    {t}\n", f"{name}: {annotation}", layout_annotated(name, annotation, "", 1)))
        arguments = r.choice([["default=None"], ["default=None", 'alias="x"'], ["deprecated=True"]])
        field_ = "".join(f"\n        {argument}," for argument in arguments)
        cases.append((lambda t: f"class _:\n    {t}\n", f"{name}: {annotation} = Field({field_}\n    )", layout_field(name, annotation, "Field", arguments, 1)))
        item = f"{_value(r)},"
        cases.append((lambda t: f'CASES = [\n    (\n        "a",\n        {t}\n    ),\n]\n', item, layout(item, 2, inside=True)))
        message = _literal(r) if r.random() < 0.5 else '"' + "x" * r.randint(40, 100) + '"'
        call = f"warnings.warn({message}, DeprecationWarning, stacklevel=2)"
        cases.append((lambda t: f"class _:\n    def f(self):\n        {t}\n", call, layout(call, 2)))
        tag = f'_tag = ("type", "type", ({", ".join(_literal(r) for _ in range(r.randint(1, 8)))}, ))'
        cases.append((lambda t: f"class _:\n    {t}\n", tag, layout(tag, 1)))
    wrong, vouched, unchanged = [], 0, 0
    for context, text, ours in cases:
        expected = _black(context(text))
        got = context(plain(ours))
        if _black(got) != expected or UNSURE not in ours and got != expected:
            wrong.append(f"template text:\n{text}\nblack:\n{expected}\nours{'' if UNSURE in ours else ' (not marked unsure)'}:\n{got}")
        unchanged += got == expected
        vouched += UNSURE not in ours
    assert not wrong, "\n\n".join(wrong[:3])
    assert unchanged >= 0.9 * len(cases), f"black changed {len(cases) - unchanged} of {len(cases)} of our layouts"
    assert vouched >= 0.8 * len(cases), f"only {vouched} of {len(cases)} layouts are vouched for: the rest cost black"


@pytest.mark.parametrize("seed", range(2))
def test_docstrings_as_black_writes_them(seed: int) -> None:
    r = random.Random(seed)
    for _ in range(25):
        words = [r.choice(["word", "a", "longer_word", '"quoted"', "x" * r.randint(1, 60)]) for _ in range(r.randint(1, 40))]
        text = doc("".join(w + r.choice([" ", " ", "\n", "\n  ", "\n\n"]) for w in words))
        for depth, closing in ((1, ""), (2, "\n")):
            raw = text.replace("\n", "\n" + "    " * depth) + closing.replace("\n", "\n" + "    " * depth)
            source = f'class _:\n    def f(self):\n        """{raw}"""\n' if depth == 2 else f'class _:\n    """{raw}"""\n'
            ours = f'class _:\n    def f(self):\n        """{docstring(text + closing, 2)}"""\n' if depth == 2 else f'class _:\n    """{docstring(text, 1)}"""\n'
            assert plain(ours) == _black(source), source
            assert laid_out(ours), source


def test_layout_leaves_what_it_does_not_model_to_black() -> None:
    # operators, comments, implicit concatenation, calls on results: one line, for black to split
    for text in ["x: Union[A, B] = a + b,", 'x = f("a" "b"),', "x = f().g(1, 2),", "x: int = 1,  # note", "y = [a for a in b],"]:
        assert layout(text, 2, inside=True) == text + UNSURE
        assert not laid_out(f"def f(\n    {layout(text, 1, inside=True)}\n):\n    pass\n")


@pytest.mark.parametrize("spec", sorted((FIXTURES / "specs").glob("*.yaml")), ids=lambda p: p.stem)
def test_black_changes_no_rendered_piece(spec: Path) -> None:
    from bench.pieces import rendered_pieces

    rendered = rendered_pieces(spec)
    changed = [piece.name for piece in rendered if _black(piece.source) != piece.source]
    assert changed == [], "these pieces are not black's layout (black changed them): lay them out as black does"
    assert all(piece.laid_out for piece in rendered), "every piece of the fixtures is taken without black"


# -- real documents: every piece the formatter takes without black is black's ----------------

#: public documents the default run checks piece by piece (each brought a layout case: quotes
#: from `ast.unparse` in an open enum, an empty case list, unions, 3.1 types); the nightly run
#: takes the whole corpus, ours and GitHub's 12.4 MiB spec
LAYOUT_DOCUMENTS = ("opc-3.1_specific.openapi.yaml", "oai-webhook-example.yaml", "readme-3.0-discriminators.yaml", "readme-3.1-schema-types.yaml")


def _taken_but_changed(spec: Path) -> tuple[list[str], int]:
    """(the pieces the formatter takes without black that black would change, how many it takes)."""
    from bench.pieces import rendered_pieces

    rendered = [piece for piece in rendered_pieces(spec) if piece.laid_out]
    return [piece.name for piece in rendered if _black(piece.source) != piece.source], len(rendered)


@pytest.mark.parametrize("spec", sorted((ROOT / "specs").glob("*.yaml")), ids=lambda p: p.stem)
def test_the_providers_pieces_taken_without_black_are_blacks(spec: Path) -> None:
    wrong, taken = _taken_but_changed(spec)
    assert wrong == [], "the formatter takes these pieces as they are, but black changes them"
    assert taken >= 10


@pytest.mark.parametrize("name", LAYOUT_DOCUMENTS)
def test_public_documents_pieces_taken_without_black_are_blacks(name: str) -> None:
    if not (CORPUS / name).is_file():
        pytest.skip("../shared/corpus is absent")
    wrong, taken = _taken_but_changed(CORPUS / name)
    assert wrong == [], "the formatter takes these pieces as they are, but black changes them"
    assert taken >= 9


def _every_document() -> list[Path]:
    shared = sorted(p for p in CORPUS.glob("*") if p.suffix in (".yaml", ".json")) if CORPUS.is_dir() else []
    return shared + sorted((ROOT / "tests" / "corpus").glob("*.yaml"))


@pytest.mark.nightly
def test_every_corpus_documents_pieces_taken_without_black_are_blacks() -> None:
    from generator.errors import SpecError

    wrong: list[str] = []
    for spec in _every_document():
        try:
            wrong += _taken_but_changed(spec)[0]
        except SpecError:  # refused as published (see test_corpus / test_own_corpus)
            continue
    assert wrong == []


@pytest.mark.nightly
def test_githubs_pieces_taken_without_black_are_blacks(tmp_path: Path) -> None:
    from test_own_corpus import download

    wrong, taken = _taken_but_changed(download("github.json", tmp_path))
    assert wrong == [] and taken > 0


@pytest.mark.nightly
def test_hostile_specs_pieces_taken_without_black_are_blacks() -> None:
    """Spec text full of quotes, backslashes, control and wide characters (test_hostile's
    strategies, 1,000 fixed examples): what the formatter takes without black is black's."""
    from hypothesis import HealthCheck, given, settings

    from generator.build import build_package
    from generator.load import Document
    from generator.render import VERBATIM, render
    from generator.resolve import DocumentSet
    from test_hostile import NIGHTLY_EXAMPLES, SPECS, spec_of

    wrong: list[str] = []

    @settings(max_examples=NIGHTLY_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
    @given(**SPECS)
    def check(props: list[str], params: list[str], op_id: str, description: str, enum_values: list[str]) -> None:
        package = build_package(DocumentSet(Document("hostile.yaml", "", spec_of(props, params, op_id, description, enum_values))), "hostile", [])
        copied = {output.format(module=package.module) for output in VERBATIM.values()}
        for path, source in render(package).items():
            if path.endswith(".py") and path not in copied:
                for piece in pieces(source):
                    if laid_out(piece) and _black(plain(piece).rstrip("\n") + "\n") != plain(piece).rstrip("\n") + "\n":
                        wrong.append(f"{path}: {description!r}")

    check()
    assert wrong == []
