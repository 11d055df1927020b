"""load and resolve: files in, located errors out."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES
from generator.errors import SpecError
from generator.load import line_of, load_document
from generator.resolve import DocumentSet, Node, RefError


def test_yaml_error_names_file_and_line(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 3.1.0\ninfo:\n  title: [unclosed\n")
    with pytest.raises(SpecError) as caught:
        load_document(spec)
    problem = caught.value.problems[0]
    assert problem.location.file == str(spec)
    assert problem.location.line is not None and problem.location.line >= 3


def test_json_error_names_line(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text('{\n "openapi": "3.1.0",\n "info": oops\n}')
    with pytest.raises(SpecError) as caught:
        load_document(spec)
    assert caught.value.problems[0].location.line == 3


def test_missing_file_is_a_spec_error(tmp_path: Path) -> None:
    with pytest.raises(SpecError):
        load_document(tmp_path / "absent.yaml")


def test_line_of_pointer() -> None:
    text = "a: 1\npaths:\n  /x/y:\n    get: {}\n"
    assert line_of(text, "/paths/~1x~1y/get") == 4
    assert line_of(text, "/paths/nothere") == 2  # the deepest place that exists: the key "paths"


def test_external_refs_resolve_across_files() -> None:
    docs = DocumentSet(load_document(FIXTURES / "multi" / "api.yaml"))
    node = docs.lookup("schemas/common.yaml#/schemas/Owner", docs.root.path)
    assert node.data["type"] == "object"
    assert node.location.file.endswith("common.yaml")
    assert len(docs.documents()) == 3


def test_dangling_and_circular_refs_raise() -> None:
    docs = DocumentSet(load_document(FIXTURES / "multi" / "api.yaml"))
    with pytest.raises(RefError):
        docs.lookup("#/components/schemas/Nope", docs.root.path)
    with pytest.raises(RefError):
        docs.lookup("missing.yaml#/x", docs.root.path)
    loop = {"$ref": "#/a"}
    docs.root.data["a"] = loop
    with pytest.raises(RefError, match="circular"):
        docs.deref(Node(loop, docs.root.location(""), docs.root))


DUPLICATED = """openapi: 3.0.3
info:
  title: Dup
  version: "1"
paths:
  /a:
    get:
      responses:
        "200":
          description: ok
  /a:
    post:
      responses:
        "200":
          description: ok
"""


def test_duplicate_keys_are_recorded_with_both_lines(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(DUPLICATED)
    doc = load_document(spec)
    assert [(d.key, d.line, d.first) for d in doc.duplicates] == [("/a", 11, 6)]
    assert list(doc.data["paths"]["/a"]) == ["post"]  # what YAML keeps: the last value


def test_duplicate_keys_warn_and_strict_refuses(tmp_path: Path) -> None:
    from conftest import invoke_rungen

    spec = tmp_path / "spec.yaml"
    spec.write_text(DUPLICATED)
    lenient = invoke_rungen("validate", str(spec))
    assert lenient.returncode == 0
    assert f"warning: {spec}:11: duplicate key '/a' (first on line 6)" in lenient.stderr
    strict = invoke_rungen("validate", "--strict", str(spec))
    assert strict.returncode == 1
    assert f"error: {spec}:11: duplicate key '/a'" in strict.stderr
    assert "Traceback" not in strict.stderr


def test_merge_keys_and_repeated_keys_in_different_mappings_are_fine(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("a: &x {k: 1}\nb:\n  <<: *x\n  k: 2\nc: {k: 3}\n")
    assert load_document(spec).duplicates == ()


def test_our_specs_have_no_duplicate_keys() -> None:
    specs = sorted((Path(__file__).resolve().parent.parent / "specs").glob("*.yaml"))
    assert len(specs) == 5
    for spec in specs:
        assert load_document(spec).duplicates == (), spec
