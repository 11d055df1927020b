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
