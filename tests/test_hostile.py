"""Spec text is untrusted: hostile names and strings never break or inject into generated code.

A property-based test (hypothesis) builds random valid specs with hostile identifiers and
strings, runs them through build -> render -> format, and checks that every generated
module compiles, that no spec string reaches code outside a string literal or comment,
and that generated names never collide.
"""

from __future__ import annotations

import ast
import io
import os
import tokenize
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.build import build_package
from generator.errors import Problem
from generator.format import format_files, plain
from generator.load import Document
from generator.pipeline import generate
from generator.render import render
from generator.resolve import DocumentSet
from generator.text import UNSURE, VOUCHED

PAYLOAD = "__import__('os').system('echo pwned')"
HOSTILE = ['"""', "'''", "\\", "{{ 1+1 }}", "{% if %}", "\x00", "\x1b[31m", "\u2028", "\r\n", "#", PAYLOAD, "\\N{", "\\x", "é", "日本"]
#: The default run's fixed examples (each builds and renders a package: ~0.1 s of CPU); the
#: nightly run takes the first 1,000 of the same sequence and 20,000 new ones.
EXAMPLES = int(os.environ.get("RUNGEN_HYPOTHESIS_EXAMPLES", "100"))
NIGHTLY_EXAMPLES = 1000

names = st.one_of(
    st.sampled_from(["class", "def", "self", "None", "list", "json", "model_config", "__dunder__", "1st", "", "a b", "x-y", "café", "日本", "Import", "Any", "cast", "date"]),
    st.text(min_size=0, max_size=12),
)
texts = st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=20)), max_size=6).map("".join)


def spec_of(props: list[str], params: list[str], op_id: str, description: str, enum_values: list[str]) -> dict[str, Any]:
    schema = {
        "type": "object",
        "description": description,
        "required": props[:1],
        "properties": {p: {"type": "string", "description": description} for p in props},
    }
    if enum_values:
        schema["properties"]["kind"] = {"type": "string", "enum": enum_values}
    return {
        "openapi": "3.1.0",
        "info": {"title": description or "t", "version": "1", "description": description},
        "servers": [{"url": "https://example.com"}],
        "paths": {
            "/things/{thing_id}": {
                "parameters": [{"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "get": {
                    "operationId": op_id,
                    "summary": description,
                    "description": description,
                    "parameters": [{"name": p or "p", "in": "query", "description": description, "schema": {"type": "string", "default": description}} for p in params],
                    "responses": {"200": {"description": description, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}},
                },
                "patch": {
                    "operationId": op_id + "Update",
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                    "responses": {"204": {"description": description}},
                },
            }
        },
        "components": {"schemas": {"Thing": schema, (op_id or "X") + "Thing": {"type": "string", "description": description}}},
    }


def check_generated(files: dict[str, str]) -> None:
    for path, source in files.items():
        if not path.endswith(".py"):
            continue
        tree = ast.parse(source, path)  # compiles
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                fields = [s.target.id for s in node.body if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)]
                assert len(fields) == len(set(fields)), f"{path}: colliding fields in {node.name}"
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                args = [a.arg for a in node.args.args + node.args.kwonlyargs]
                assert len(args) == len(set(args)), f"{path}: colliding arguments in {node.name}"
        code = "".join(
            tok.string for tok in tokenize.generate_tokens(io.StringIO(source).readline) if tok.type not in (tokenize.STRING, tokenize.COMMENT)
        )
        assert "__import__" not in code and "system(" not in code, f"{path}: spec text reached code"
        top = [n for n in tree.body if isinstance(n, (ast.ClassDef, ast.FunctionDef, ast.Assign, ast.AnnAssign))]
        defined = [n.name if isinstance(n, ast.ClassDef) else getattr(getattr(n, "target", None), "id", None) for n in top]
        defined = [d for d in defined if d]
        assert len(defined) == len(set(defined)), f"{path}: colliding top-level names"


SPECS = dict(props=st.lists(names, max_size=5, unique=True), params=st.lists(names, max_size=4, unique=True), op_id=names, description=texts, enum_values=st.lists(texts, max_size=3, unique=True))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(**SPECS)
def test_hostile_specs_generate_safe_code(props: list[str], params: list[str], op_id: str, description: str, enum_values: list[str]) -> None:
    """The suite's run: the same 100 examples every time (RUNGEN_HYPOTHESIS_EXAMPLES for more)."""
    check_hostile_spec(props, params, op_id, description, enum_values)


@pytest.mark.nightly
@settings(max_examples=NIGHTLY_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(**SPECS)
def test_hostile_specs_generate_safe_code_fixed_thousand(props: list[str], params: list[str], op_id: str, description: str, enum_values: list[str]) -> None:
    """The nightly run: 1,000 fixed examples (the same every night), ten times the default run's."""
    check_hostile_spec(props, params, op_id, description, enum_values)


@pytest.mark.nightly
@settings(max_examples=NIGHTLY_EXAMPLES * 20, deadline=None, suppress_health_check=list(HealthCheck))
@given(**SPECS)
def test_hostile_specs_generate_safe_code_nightly(props: list[str], params: list[str], op_id: str, description: str, enum_values: list[str]) -> None:
    """The nightly run (``pytest -m nightly``): 20 times the examples, new ones each run."""
    check_hostile_spec(props, params, op_id, description, enum_values)


def check_hostile_spec(props: list[str], params: list[str], op_id: str, description: str, enum_values: list[str]) -> None:
    data = spec_of(props, params, op_id, description, enum_values)
    problems: list[Problem] = []
    package = build_package(DocumentSet(Document("hostile.yaml", "", data)), "hostile", problems)
    files = {path: plain(text) for path, text in render(package).items()}  # the renderer's layout marks removed, as the formatter does
    check_generated({k: v for k, v in files.items() if k.endswith(("models.py", "_client.py", "_config.py")) or "/resources/" in k})


def test_spec_text_cannot_forge_the_renderers_layout_marks() -> None:
    """The formatter takes a piece without black when the templates' helpers left no UNSURE mark
    in it, and lets a long line pass when it holds VOUCHED: text from the spec must not be able to
    add or hide either (control characters are dropped from docs and escaped in literals)."""

    def marks(text: str) -> list[tuple[str, int]]:
        files = render(build_package(DocumentSet(Document("hostile.yaml", "", spec_of(["name"], ["q"], "getThing", text, [text]))), "hostile", []))
        return [(path, source.count(UNSURE) + source.count(VOUCHED)) for path, source in sorted(files.items())]

    plain_text = "A thing." + " word" * 30
    for forged in ("\x00", "\x01", "\x00\x01" * 20):
        assert marks(plain_text + forged) == marks(plain_text + "x" * len(forged))


def test_a_ten_megabyte_description_is_bounded(tmp_path: Path) -> None:
    import yaml

    data = spec_of(["name"], ["q"], "getThing", PAYLOAD, [])
    data["info"]["description"] = "x" * 10_000_000 + PAYLOAD
    spec = tmp_path / "big.yaml"
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's: the pure-Python emitter takes ~9 s on 10 MB
    spec.write_text(yaml.dump(data, Dumper=dumper))
    files = generate(spec).files
    check_generated(files)
    assert max(len(v) for v in files.values() if not v.startswith("{")) < 2_000_000
