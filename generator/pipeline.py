"""The pipeline: load -> validate -> resolve -> build IR -> render -> format, for one spec."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from . import cache
from .build import build_package
from .build_types import eval_literal
from .diff import changes, committed
from .errors import Level, Location, Problem, SpecError, fail
from .format import BLACK, CACHED, COMMITTED, LAID_OUT, SOURCE, Formatter, plain
from .ir import Package
from .load import load_document
from .progress import Progress
from .render import VERBATIM, render
from .resolve import DocumentSet
from .surface import RECORD, code_digest, dumps, runtime_errors, surface
from .validate import validate
from .version import CHANGELOG, PLACEHOLDER, Previous, changelog, decide
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
    #: what the last generation left (see `previous_of`): the version and changelog follow from it
    previous: Previous = field(default_factory=Previous)
    #: the folder of the last generation, whose formatted files are reused where black's input is unchanged
    committed: Path | None = None
    #: where the package is written, relative, as the README's install line names it
    #: (default: ``generated/<provider>``)
    folder: str | None = None


def generate(
    spec: Path, *, provider: str | None = None, name: str | None = None, strict: bool = False, previous: Previous | None = None, folder: str | None = None
) -> Result:
    """Generate one package from one spec; raises SpecError with located problems.

    `previous` is what the last generation left (see `previous_of`): the version and the
    changelog follow from it; without it the package is a first version."""
    key = provider or spec.stem
    return generate_jobs({key: Job(spec, name, strict, previous or Previous(), folder=folder)})[key]


def generate_many(jobs: dict[str, Path], *, name: str | None = None, strict: bool = False, previous: dict[str, Previous] | None = None) -> dict[str, Result]:
    """Generate a package per (provider, spec), all with the same options."""
    return generate_jobs({provider: Job(spec, name, strict, (previous or {}).get(provider) or Previous()) for provider, spec in jobs.items()})


def generate_jobs(jobs: dict[str, Job], *, cache_dir: Path | None = None, progress: Progress | None = None) -> dict[str, Result]:
    """Generate a package per provider; the formatting of all of them runs as one batch.

    `cache_dir` holds black's output for reuse (default: the formatter's own); `progress`
    hears of each provider's stages."""
    report = progress or Progress.quiet()
    with Formatter(cache_dir) as formatter:  # formats one package while the next is being prepared
        prepared = {}
        verbatim, committed = {}, {}
        for provider, job in jobs.items():
            prepared[provider] = _prepare(job, provider, report)
            package, unversioned = prepared[provider][:2]
            verbatim[provider] = frozenset(output.format(module=package.module) for output in VERBATIM.values())
            committed[provider] = cache.committed_formatting(job.committed)
            formatter.submit(unversioned.files, verbatim=verbatim[provider], committed=committed[provider], rendered=True)
        results = {}
        for provider, (package, unversioned, warnings, inputs) in prepared.items():
            report.stage(provider, "format")
            job = jobs[provider]
            # the version follows from the formatted code: a template change black undoes is no change
            package, files = _versioned(package, unversioned, formatter.result(unversioned.files))
            # only the files that name the version are new to the formatter
            new = {path: text for path, text in files.items() if unversioned.files.get(path) != text}
            formatter.submit(new, verbatim=verbatim[provider], committed=committed[provider], rendered=True)
            record = cache.inputs_record(provider, job.name, job.strict, job.spec, inputs, job.folder)
            rendered = {path: plain(text) for path, text in files.items() if path.endswith(".py")}
            results[provider] = Result(package, with_marker(formatter.result(files), rendered, record), warnings, inputs)
            counts = formatter.origins(files)
            report.note(
                f"{provider}: {sum(counts.values())} Python files: {counts[LAID_OUT]} laid out as black writes them, "
                f"{counts[BLACK]} formatted by black (in part), {counts[COMMITTED]} as the committed package has them, "
                f"{counts[CACHED]} from the cache, {counts[SOURCE]} copied as source"
            )
        report.done()
        return results


@dataclass(frozen=True)
class Unversioned:
    """A package rendered with a placeholder for its version, and what its version depends on."""

    files: dict[str, str]
    #: the surface record (without the version fields) and the changes since the previous one
    record: dict[str, Any]
    changes: list[Any]
    previous: Previous
    minimum: str | None


Prepared = tuple[Package, Unversioned, list[Problem], dict[str, str]]


def previous_of(folder: Path) -> Previous:
    """What the last generation left in a package folder (nothing, for a new one)."""
    spec, record = committed(folder)
    log = folder / CHANGELOG
    return Previous(record, log.read_text(encoding="utf-8") if log.is_file() else "", spec)


def _prepare(job: Job, provider: str, report: Progress) -> Prepared:
    """Load, validate, resolve, build and render one spec: everything but formatting."""
    try:
        return _stages(job.spec, provider, job.name, job.strict, job.previous, report, job.folder)
    except RecursionError:
        raise fail("the spec is nested too deeply", Location(str(job.spec))) from None


def _stages(spec: Path, provider: str, name: str | None, strict: bool, previous: Previous, report: Progress, folder: str | None = None) -> Prepared:
    report.stage(provider, "load")
    docs = DocumentSet(load_document(spec))
    report.stage(provider, "validate")
    problems = validate(docs, strict=strict)
    docs.drop([p.location for p in problems if p.drops_value])
    report.stage(provider, "build")
    package = _build(docs, provider, problems, name, folder)
    warnings = [p for p in problems if p.level is Level.WARNING]
    if strict and warnings:
        raise SpecError(_as_errors(warnings))
    report.stage(provider, "render")
    minimum = (docs.root_node().data.get("x-rungen-package") or {}).get("version")
    return package, _unversioned(package, previous, minimum), warnings, {doc.path: doc.digest for doc in docs.documents()}


def _unversioned(package: Package, previous: Previous, minimum: str | None) -> Unversioned:
    """The files rendered with a placeholder version, the surface record and the changes since the last one.

    The files are rendered once with a placeholder version: their digest (and so the decision
    whether the code changed) cannot depend on the version it decides."""
    files = render(replace(package, version=PLACEHOLDER))
    record = surface(package, runtime_errors(files, package.module))
    spec = json.loads(package.spec_json)
    found = changes(previous.spec, spec, previous.record, record) if previous.record is not None else []
    return Unversioned(files, record, found, previous, minimum)


def _versioned(package: Package, unversioned: Unversioned, formatted: dict[str, str]) -> tuple[Package, dict[str, str]]:
    """The files with the version this generation deserves, its surface record and changelog.

    Whether the code changed is decided on the formatted files (still with the placeholder), so
    that a change to the templates that black formats away does not make a new version."""
    previous = unversioned.previous
    digest = code_digest(formatted)
    decision = decide(previous, unversioned.changes, digest, unversioned.minimum)
    files = {path: content.replace(PLACEHOLDER, decision.version) for path, content in unversioned.files.items()}
    record = dict(unversioned.record)
    api_version = str(eval_literal(package.api_version_literal))
    record.update(version=decision.version, api_version=api_version, code_digest=digest, distribution=package.distribution)
    files[RECORD] = dumps(record)
    files[CHANGELOG] = changelog(previous, decision, package.title_text, api_version, package.distribution)
    return replace(package, version=decision.version), files


def describe(spec: Path, provider: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the bundled API document, the package's surface record) of a spec, without rendering it all."""
    docs = DocumentSet(load_document(spec))
    problems = validate(docs)
    package = _build(docs, provider, problems)
    from .render import environment

    errors = environment().get_template("package/runtime/errors.py.j2").render(package=package)
    return json.loads(package.spec_json), surface(package, runtime_errors({f"{package.module}/errors.py": errors}, package.module))


def check_spec(spec: Path, *, strict: bool = False) -> list[Problem]:
    """Validate and build a spec without rendering; returns its warnings."""
    docs = DocumentSet(load_document(spec))
    problems = validate(docs, strict=strict)
    docs.drop([p.location for p in problems if p.drops_value])
    _build(docs, spec.stem, problems)
    warnings = [p for p in problems if p.level is Level.WARNING]
    if strict and warnings:
        raise SpecError(_as_errors(warnings))
    return warnings


def _build(docs: DocumentSet, provider: str, problems: list[Problem], name: str | None = None, folder: str | None = None) -> Package:
    """The IR; the builder's problems get their line numbers here, in one parse per file."""
    try:
        package = build_package(docs, provider, problems, name, folder)
    except SpecError as error:
        raise SpecError(docs.with_lines(error.problems)) from None
    problems[:] = docs.with_lines(problems)
    return package


def _as_errors(warnings: list[Problem]) -> list[Problem]:
    """--strict: the warnings as errors, without the "; ignored" that only a warning can say."""
    return [Problem(Level.ERROR, p.message.removesuffix("; ignored"), p.location) for p in warnings]
