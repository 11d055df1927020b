"""The pipeline: load -> validate -> resolve -> build IR -> render -> format, for one spec."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .build import build_package
from .errors import Level, Location, Problem, SpecError, fail
from .format import Formatter
from .ir import Package
from .load import load_document
from .progress import Progress
from .render import render
from .resolve import DocumentSet
from .validate import validate
from .write import with_marker


@dataclass(frozen=True)
class Result:
    """A generated package: its IR, its files, and the warnings met on the way."""

    package: Package
    files: dict[str, str]
    warnings: list[Problem]
    #: every spec file read (the spec and what its $refs reach), by path: sha256 of its bytes
    inputs: dict[str, str]


@dataclass(frozen=True)
class Job:
    """One package to generate: its spec and the options that apply to it alone."""

    spec: Path
    #: the package name instead of the spec's ``x-rungen-package`` or the provider
    name: str | None = None
    strict: bool = False


def generate(spec: Path, *, provider: str | None = None, name: str | None = None, strict: bool = False) -> Result:
    """Generate one package from one spec; raises SpecError with located problems."""
    return generate_many({provider or spec.stem: spec}, name=name, strict=strict)[provider or spec.stem]


def generate_many(jobs: dict[str, Path], *, name: str | None = None, strict: bool = False) -> dict[str, Result]:
    """Generate a package per (provider, spec), all with the same options."""
    return generate_jobs({provider: Job(spec, name, strict) for provider, spec in jobs.items()})


def generate_jobs(jobs: dict[str, Job], *, cache_dir: Path | None = None, progress: Progress | None = None) -> dict[str, Result]:
    """Generate a package per provider; the formatting of all of them runs as one batch.

    `cache_dir` holds black's output for reuse (default: the formatter's own); `progress`
    hears of each provider's stages."""
    report = progress or Progress.quiet()
    with Formatter(cache_dir) as formatter:  # formats one package while the next is being prepared
        prepared = {}
        for provider, job in jobs.items():
            prepared[provider] = _prepare(job.spec, provider, job.name, job.strict, report)
            formatter.submit(prepared[provider][1])
        results = {}
        for provider, (package, files, warnings, inputs) in prepared.items():
            report.stage(provider, "format")
            results[provider] = Result(package, with_marker(formatter.result(files)), warnings, inputs)
        report.done()
        return results


Prepared = tuple[Package, dict[str, str], list[Problem], dict[str, str]]


def _prepare(spec: Path, provider: str, name: str | None, strict: bool, report: Progress) -> Prepared:
    """Load, validate, resolve, build and render one spec: everything but formatting."""
    try:
        return _stages(spec, provider, name, strict, report)
    except RecursionError:
        raise fail("the spec is nested too deeply", Location(str(spec))) from None


def _stages(spec: Path, provider: str, name: str | None, strict: bool, report: Progress) -> Prepared:
    report.stage(provider, "load")
    docs = DocumentSet(load_document(spec))
    report.stage(provider, "validate")
    problems = validate(docs, strict=strict)
    report.stage(provider, "build")
    package = _build(docs, provider, problems, name)
    warnings = [p for p in problems if p.level is Level.WARNING]
    if strict and warnings:
        raise SpecError(_as_errors(warnings))
    report.stage(provider, "render")
    return package, render(package), warnings, {doc.path: doc.digest for doc in docs.documents()}


def check_spec(spec: Path, *, strict: bool = False) -> list[Problem]:
    """Validate and build a spec without rendering; returns its warnings."""
    docs = DocumentSet(load_document(spec))
    problems = validate(docs, strict=strict)
    _build(docs, spec.stem, problems)
    warnings = [p for p in problems if p.level is Level.WARNING]
    if strict and warnings:
        raise SpecError(_as_errors(warnings))
    return warnings


def _build(docs: DocumentSet, provider: str, problems: list[Problem], name: str | None = None) -> Package:
    """The IR; the builder's problems get their line numbers here, in one parse per file."""
    try:
        package = build_package(docs, provider, problems, name)
    except SpecError as error:
        raise SpecError(docs.with_lines(error.problems)) from None
    problems[:] = docs.with_lines(problems)
    return package


def _as_errors(warnings: list[Problem]) -> list[Problem]:
    """--strict: the warnings as errors, without the "; ignored" that only a warning can say."""
    return [Problem(Level.ERROR, p.message.removesuffix("; ignored"), p.location) for p in warnings]
