"""The pipeline: load -> validate -> resolve -> build IR -> render -> format, for one spec."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .build import build_package
from .errors import Level, Problem, SpecError
from .format import format_files
from .ir import Package
from .load import load_document
from .render import render
from .resolve import DocumentSet
from .validate import validate


@dataclass(frozen=True)
class Result:
    """A generated package: its IR, its files, and the warnings met on the way."""

    package: Package
    files: dict[str, str]
    warnings: list[Problem]


def generate(spec: Path, *, provider: str | None = None, name: str | None = None, strict: bool = False) -> Result:
    """Generate one package from one spec; raises SpecError with located problems."""
    docs = DocumentSet(load_document(spec))
    problems = validate(docs, strict=strict)
    package = _build(docs, provider or spec.stem, problems, name)
    warnings = [p for p in problems if p.level is Level.WARNING]
    if strict and warnings:
        raise SpecError([Problem(Level.ERROR, p.message, p.location) for p in warnings])
    files = format_files(render(package))
    return Result(package, files, warnings)


def check_spec(spec: Path, *, strict: bool = False) -> list[Problem]:
    """Validate and build a spec without rendering; returns its warnings."""
    docs = DocumentSet(load_document(spec))
    problems = validate(docs, strict=strict)
    _build(docs, spec.stem, problems)
    warnings = [p for p in problems if p.level is Level.WARNING]
    if strict and warnings:
        raise SpecError([Problem(Level.ERROR, p.message, p.location) for p in warnings])
    return warnings


def _build(docs: DocumentSet, provider: str, problems: list[Problem], name: str | None = None) -> Package:
    """The IR; the builder's problems get their line numbers here, in one parse per file."""
    try:
        package = build_package(docs, provider, problems, name)
    except SpecError as error:
        raise SpecError(docs.with_lines(error.problems)) from None
    problems[:] = docs.with_lines(problems)
    return package
