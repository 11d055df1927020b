"""The pipeline: load -> validate -> resolve -> build IR -> render -> format, for one spec."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .build import build_package
from .errors import Level, Location, Problem, SpecError, fail
from .format import Formatter
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
    #: every spec file read (the spec and what its $refs reach), by path: sha256 of its bytes
    inputs: dict[str, str]


def generate(spec: Path, *, provider: str | None = None, name: str | None = None, strict: bool = False) -> Result:
    """Generate one package from one spec; raises SpecError with located problems."""
    return generate_many({provider or spec.stem: spec}, name=name, strict=strict)[provider or spec.stem]


def generate_many(jobs: dict[str, Path], *, name: str | None = None, strict: bool = False) -> dict[str, Result]:
    """Generate a package per (provider, spec); the formatting of all of them runs as one batch."""
    with Formatter() as formatter:  # formats one package while the next is being prepared
        prepared = {}
        for provider, spec in jobs.items():
            prepared[provider] = _prepare(spec, provider, name, strict)
            formatter.submit(prepared[provider][1])
        return {provider: Result(package, formatter.result(files), warnings, inputs) for provider, (package, files, warnings, inputs) in prepared.items()}


Prepared = tuple[Package, dict[str, str], list[Problem], dict[str, str]]


def _prepare(spec: Path, provider: str, name: str | None, strict: bool) -> Prepared:
    """Load, validate, resolve, build and render one spec: everything but formatting."""
    try:
        return _stages(spec, provider, name, strict)
    except RecursionError:
        raise fail("the spec is nested too deeply", Location(str(spec))) from None


def _stages(spec: Path, provider: str, name: str | None, strict: bool) -> Prepared:
    docs = DocumentSet(load_document(spec))
    problems = validate(docs, strict=strict)
    docs.drop([p.location for p in problems if p.drops_value])
    package = _build(docs, provider, problems, name)
    warnings = [p for p in problems if p.level is Level.WARNING]
    if strict and warnings:
        raise SpecError([Problem(Level.ERROR, p.message, p.location) for p in warnings])
    return package, render(package), warnings, {doc.path: doc.digest for doc in docs.documents()}


def check_spec(spec: Path, *, strict: bool = False) -> list[Problem]:
    """Validate and build a spec without rendering; returns its warnings."""
    docs = DocumentSet(load_document(spec))
    problems = validate(docs, strict=strict)
    docs.drop([p.location for p in problems if p.drops_value])
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
