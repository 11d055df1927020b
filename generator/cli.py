"""The command line: ``rungen generate | validate | list | mock | sources | diff | build``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, NoReturn

import click

from . import cache
from .errors import SpecError
from .write import MARKER

if TYPE_CHECKING:
    from .config import Settings

# The pipeline (black, jinja2, openapi-spec-validator) is imported only when there is work:
# an unchanged spec is answered from the cache without it.

SPEC_SUFFIXES = (".yaml", ".yml", ".json")


def _specs(folder: Path) -> dict[str, Path]:
    if not folder.is_dir():
        return {}
    return {p.stem: p for p in sorted(folder.iterdir()) if p.suffix in SPEC_SUFFIXES and p.is_file()}


def _die(message: str) -> NoReturn:
    click.echo(message, err=True)
    sys.exit(1)


def _report(error: SpecError) -> NoReturn:
    for problem in error.problems:
        click.echo(f"error: {problem.location}: {problem.message}", err=True)
    sys.exit(1)


@click.group()
@click.version_option(package_name="rungen")
def main() -> None:
    """rungen: typed Python SDKs (and mocks) from OpenAPI specs."""


def _settings(*, specs: Path | None = None, out: Path | None = None, cache_dir: Path | None = None) -> Settings:
    """[tool.rungen] of the nearest pyproject.toml, under the flags given (None: not given)."""
    from . import config

    try:
        return config.settings(config.read(config.find_pyproject(Path.cwd())), specs=specs, out=out, cache_dir=cache_dir)
    except config.ConfigError as error:
        _die(f"error: {error}")


class _Job(NamedTuple):
    """A pipeline Job before the pipeline is imported (a cache hit never imports it)."""

    spec: Path
    name: str | None
    strict: bool


def _install_folder(folder: Path, settings: Settings, out_flag: Path | None) -> str:
    """Where a package is, as its README's install line says: relative to the project (the folder
    of the pyproject.toml read) unless --out was given, then as given; the same from any folder."""
    from .build_readme import relative_folder

    base = settings.source.parent if out_flag is None and settings.source is not None else Path.cwd()
    return relative_folder(folder, base) if folder.is_absolute() or base != Path.cwd() else folder.as_posix()


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


@main.command("generate")
@click.argument("providers", nargs=-1)
@click.option("--specs", "specs_dir", type=click.Path(path_type=Path), default=None, help="Folder of provider specs.  [default: [tool.rungen] specs, else specs]")
@click.option("--out", "out", type=click.Path(path_type=Path), default=None, help="Output folder.  [default: [tool.rungen] out, else generated]")
@click.option("--spec", "spec_file", type=click.Path(path_type=Path), default=None, help="Generate from this one OpenAPI file instead.")
@click.option("--name", default=None, help="Package name for --spec (default: from the spec or the file name).")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 when the output folder is stale.")
@click.option("--strict/--no-strict", default=None, help="Treat warnings as errors (default: [tool.rungen] strict, per provider too).")
@click.option("--cache-dir", type=click.Path(path_type=Path), default=None, help="Cache folder.  [default: $RUNGEN_CACHE_DIR, else [tool.rungen] cache-dir, else .rungen-cache]")
@click.option("--force", is_flag=True, help="Replace package folders that hold files rungen did not write (and say which).")
@click.option("-v", "--verbose", is_flag=True, help="Say each stage's time and each cache hit.")
@click.option("-q", "--quiet", is_flag=True, help="Print errors only.")
def generate_command(
    providers: tuple[str, ...],
    specs_dir: Path | None,
    out: Path | None,
    spec_file: Path | None,
    name: str | None,
    check: bool,
    strict: bool | None,
    cache_dir: Path | None,
    force: bool,
    verbose: bool,
    quiet: bool,
) -> None:
    """Generate packages for PROVIDERS (default: every spec in --specs)."""
    out_flag = out
    settings = _settings(specs=specs_dir, out=out, cache_dir=cache_dir)
    out = settings.out
    say = (lambda message: None) if quiet else click.echo
    if spec_file is not None:
        key = name or spec_file.stem
        jobs = {key: _Job(spec_file, name, settings.strict_for(key, strict))}
    else:
        available = _specs(settings.specs)
        unknown = [p for p in providers if p not in available]
        if unknown:
            _die(f"error: no spec for {', '.join(unknown)} in {settings.specs}/ (have: {', '.join(available) or 'none'})")
        configured = [p for p in settings.providers if p not in available]
        if configured:
            _die(f"error: {settings.source}: [tool.rungen.providers.{configured[0]}] names no spec in {settings.specs}/ (have: {', '.join(available) or 'none'})")
        jobs = {p: _Job(available[p], settings.name_for(p), settings.strict_for(p, strict)) for p in (providers or available)}
        if not jobs:
            _die(f"error: no specs in {settings.specs}/")
    folders = {provider: _install_folder(out / provider, settings, out_flag) for provider in jobs}
    # the committed package's marker records what it was generated from: when that all matches,
    # the folder is what a generation would write (a fresh clone needs no .rungen-cache/ for this)
    fresh = {provider for provider, job in jobs.items() if cache.snapshot_fresh(out / provider, provider, job.name, job.strict, job.spec, folders[provider])}
    from .progress import Progress

    progress = Progress(len(jobs) - len(fresh), verbose=verbose, quiet=quiet)
    for provider in sorted(fresh):
        progress.note(f"{provider}: cache hit ({out}/{provider}/{MARKER}), unchanged since the last generation")
    if fresh == set(jobs):
        say(f"{out}/ is up to date ({_count(len(jobs), 'package')}, unchanged since the last generation)")
        return
    from .format import FormatError
    from .pipeline import Job, Result, generate_jobs, previous_of
    from .write import WriteRefused, check_writable, stale_files, write_packages

    results: dict[str, Result] = {}
    # the version and changelog follow from what the last generation left in the output folder
    previous = {provider: previous_of(out / provider) for provider in jobs if provider not in fresh}
    todo = {provider: Job(*job, previous=previous[provider], committed=out / provider, folder=folders[provider]) for provider, job in jobs.items() if provider not in fresh}
    try:
        results = generate_jobs(todo, cache_dir=settings.cache_dir, progress=progress)
    except SpecError as error:
        progress.done()
        _report(error)
    except FormatError as error:
        progress.done()
        _die(f"internal error: {error}; please report it with the spec")
    except Exception as error:  # a bug in rungen: still one line, no traceback
        progress.done()
        _die(f"internal error while generating from {', '.join(str(job.spec) for job in todo.values())}: {type(error).__name__}: {error}; please report it with the spec")
    same: dict[str, list[str]] = {}
    for provider, result in results.items():
        same.setdefault(result.package.module, []).append(provider)
    for module, owners in same.items():
        if len(owners) > 1:
            _die(
                f"error: {' and '.join(owners)} would both be the package {module} (named after the same info.title): "
                f"give one a name in [tool.rungen.providers.{owners[-1]}] (name = \"...\") or x-rungen-package"
            )
    for result in results.values():
        for warning in result.warnings:
            if not quiet:
                click.echo(f"warning: {warning.location}: {warning.message}", err=True)
    packages = {provider: r.files for provider, r in results.items()}
    if check:
        stale = stale_files(out, packages)
        if stale:
            click.echo(f"{out}/ is stale ({_count(len(stale), 'file')}): run `rungen generate` and commit", err=True)
            for line in stale[:20]:
                click.echo(f"  {line}", err=True)
            sys.exit(1)
        say(f"{out}/ is up to date ({_count(len(jobs), 'package')})")
        outdated = [provider for provider, r in results.items() if _record_differs(out / provider, r.files[MARKER])]
        if outdated:
            say(
                f"note: the record of what {', '.join(outdated)} was generated from is another rungen's or toolchain's; "
                "`rungen generate` refreshes it, so that --check answers without generating"
            )
        return
    try:
        doomed = check_writable(out, packages, force=force)
    except WriteRefused as error:
        _die(f"error: {error}")
    for line in doomed:
        click.echo(f"--force: deleting files rungen did not write in {line}", err=True)
    write_packages(out, packages)
    for provider, result in results.items():
        before = (previous[provider].record or {}).get("version")
        moved = f"{before} -> {result.package.version}" if before and before != result.package.version else result.package.version
        say(f"generated {out}/{provider} ({result.package.module} {moved}, {_count(len(result.files), 'file')})")
    for provider in sorted(fresh):
        say(f"unchanged {out}/{provider}")


def _record_differs(folder: Path, marker: str) -> bool:
    try:
        return (folder / MARKER).read_text(encoding="utf-8") != marker
    except OSError:
        return True


@main.command("validate")
@click.argument("specs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--strict/--no-strict", default=None, help="Treat warnings as errors (default: [tool.rungen] strict, per provider too).")
def validate_command(specs: tuple[Path, ...], strict: bool | None) -> None:
    """Check SPECS without generating anything."""
    from .pipeline import check_spec

    settings = _settings()
    failed = False
    for spec in specs:
        try:
            warnings = check_spec(spec, strict=settings.strict_for(spec.stem, strict))
        except SpecError as error:
            failed = True
            for problem in error.problems:
                click.echo(f"error: {problem.location}: {problem.message}", err=True)
            continue
        except Exception as error:  # a bug in rungen: still one line, no traceback
            failed = True
            click.echo(f"internal error while checking {spec}: {type(error).__name__}: {error}", err=True)
            continue
        for warning in warnings:
            click.echo(f"warning: {warning.location}: {warning.message}", err=True)
        click.echo(f"ok: {spec}")
    sys.exit(1 if failed else 0)


@main.command("list")
@click.option("--specs", "specs_dir", type=click.Path(path_type=Path), default=None, help="Folder of provider specs.  [default: [tool.rungen] specs, else specs]")
def list_command(specs_dir: Path | None) -> None:
    """List the provider specs."""
    for provider, path in _specs(_settings(specs=specs_dir).specs).items():
        click.echo(f"{provider}\t{path}")


@main.command("mock", context_settings={"ignore_unknown_options": True})
@click.argument("provider")
@click.option("--out", "out", type=click.Path(path_type=Path), default=None, help="Folder of generated packages.  [default: [tool.rungen] out, else generated]")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=4010, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--rate-limit", type=int, default=None, help="Requests per minute instead of the documented budget.")
@click.argument("mock_args", nargs=-1, type=click.UNPROCESSED)
def mock_command(provider: str, out: Path | None, host: str, port: int, seed: int, rate_limit: int | None, mock_args: tuple[str, ...]) -> None:
    """Serve PROVIDER's generated mock on a local port (becomes python -m <package>.mock).

    Other options go to the mock as they are, e.g. the credentials it accepts besides the
    document's examples (--token T, --api-key K, ...) or --read-timeout and --max-body."""
    import importlib.util
    import os

    folder = _settings(out=out).out / provider
    modules = sorted(p.parent.parent.name for p in folder.glob("*/mock/__main__.py")) if folder.is_dir() else []
    if not modules:
        _die(f"error: no generated mock in {folder}/: run `rungen generate {provider}` first")
    missing = [m for m in ("httpx", "pydantic") if importlib.util.find_spec(m) is None]
    if missing:
        _die(
            f"error: the mock runs the generated package, which needs {' and '.join(missing)} (not installed with rungen): "
            f"pip install {folder}  (or: pip install {' '.join(missing)})"
        )
    args = [sys.executable, "-m", f"{modules[0]}.mock", "--host", host, "--port", str(port), "--seed", str(seed)]
    if rate_limit:
        args += ["--rate-limit", str(rate_limit)]
    args += list(mock_args)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(folder.resolve()), os.environ.get("PYTHONPATH")])))
    sys.stdout.flush()
    sys.stderr.flush()
    # exec, not a child process: the mock takes this process's id, so a signal sent to
    # `rungen mock` (kill $!, Ctrl-C) reaches the server itself and leaves no orphan behind
    os.execve(sys.executable, args, env)


@main.group("sources")
def sources_group() -> None:
    """The documents each spec was written from (x-rungen-sources)."""


def _provider_specs(specs_dir: Path, providers: tuple[str, ...]) -> dict[str, Path]:
    available = _specs(specs_dir)
    unknown = [p for p in providers if p not in available]
    if unknown:
        _die(f"error: no spec for {', '.join(unknown)} in {specs_dir}/ (have: {', '.join(available) or 'none'})")
    return {p: available[p] for p in (providers or available)}


_DOCS_HELP = "Folder of saved pages to read instead of fetching each URL (a source's `file`, else its URL as a path)."


@sources_group.command("check")
@click.argument("providers", nargs=-1)
@click.option("--specs", "specs_dir", type=click.Path(path_type=Path), default=Path("specs"), show_default=True, help="Folder of provider specs.")
@click.option("--docs", "docs", type=click.Path(path_type=Path, file_okay=False), default=None, help=_DOCS_HELP)
def sources_check_command(providers: tuple[str, ...], specs_dir: Path, docs: Path | None) -> None:
    """List the specs to re-read: each source changed, unchanged or unreachable; exit 1 when any changed."""
    from . import sources

    specs = _provider_specs(specs_dir, providers)
    findings = sources.check(specs, docs)
    for f in findings:
        where = f" ({sources.saved_name(f.source)})" if docs is not None else ""
        detail = f": {f.detail}" if f.detail else ""
        click.echo(f"{f.state:<11}  {f.provider:<12} {f.source.name}{where}{detail}")
    for provider in specs:
        if not any(f.provider == provider for f in findings):
            click.echo(f"{'no sources':<11}  {provider:<12} {specs[provider]} has no x-rungen-sources")
    changed = list(dict.fromkeys(str(f.spec) for f in findings if f.state == sources.CHANGED))
    if changed:
        click.echo(f"re-read: {', '.join(changed)}  (then `rungen sources update` records the new digests)")
        sys.exit(1)
    unreachable = sum(f.state == sources.UNREACHABLE for f in findings)
    click.echo(f"no source changed ({len(findings) - unreachable} checked, {unreachable} unreachable)")


@sources_group.command("update")
@click.argument("providers", nargs=-1)
@click.option("--specs", "specs_dir", type=click.Path(path_type=Path), default=Path("specs"), show_default=True, help="Folder of provider specs.")
@click.option("--docs", "docs", type=click.Path(path_type=Path, file_okay=False), default=None, help=_DOCS_HELP)
def sources_update_command(providers: tuple[str, ...], specs_dir: Path, docs: Path | None) -> None:
    """After re-reading: write each changed source's current sha256 into its spec."""
    from . import sources

    for finding in sources.check(_provider_specs(specs_dir, providers), docs):
        if sources.record(finding):
            click.echo(f"recorded {finding.provider}: {finding.source.name} {finding.current}")


@main.command("diff")
@click.argument("old")
@click.argument("new", required=False)
@click.option("--specs", "specs_dir", type=click.Path(path_type=Path), default=Path("specs"), show_default=True, help="Folder of provider specs.")
@click.option("--out", "out", type=click.Path(path_type=Path), default=Path("generated"), show_default=True, help="Folder of generated packages.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True)
@click.option("--fail-on", "fail_on", type=click.Choice(["breaking", "additive", "documentation"]), default=None, help="Exit 1 when a change of this level (or higher) is found.")
def diff_command(old: str, new: str | None, specs_dir: Path, out: Path, fmt: str, fail_on: str | None) -> None:
    """Every change from OLD to NEW, classified breaking, additive or documentation.

    OLD and NEW are spec files. A provider name alone compares its committed package
    (surface record and the document it was generated from) with its current spec."""
    from . import diff
    from .diff_rules import LEVELS

    try:
        if new is None:
            folder = out / old
            old_spec, old_surface = diff.committed(folder)
            if old_surface is None:
                _die(f"error: no surface record in {folder}/: run `rungen generate {old}` first")
            available = _specs(specs_dir)
            if old not in available:
                _die(f"error: no spec for {old} in {specs_dir}/")
            new_spec, new_surface = _surface_of(available[old], old)
            labels = (f"{folder}/ ({old_surface.get('version')})", str(available[old]))
        else:
            old_spec, old_surface = _surface_of(Path(old), Path(old).stem)
            new_spec, new_surface = _surface_of(Path(new), Path(old).stem)
            labels = (old, new)
    except SpecError as error:
        _report(error)
    found = diff.changes(old_spec, new_spec, old_surface, new_surface)
    click.echo(diff.FORMATS[fmt](found, *labels), nl=False)
    if fail_on is not None:
        worse = LEVELS[: LEVELS.index(fail_on) + 1]
        if any(c.level in worse for c in found):
            sys.exit(1)


def _surface_of(spec: Path, provider: str) -> tuple[dict[str, object], dict[str, object]]:
    if not spec.is_file():
        _die(f"error: {spec}: no such spec file")
    from .pipeline import describe

    return describe(spec, provider)


@main.command("build")
@click.argument("providers", nargs=-1)
@click.option("--out", "out", type=click.Path(path_type=Path), default=Path("generated"), show_default=True, help="Folder of generated packages.")
@click.option("--dist", "dist", type=click.Path(path_type=Path), default=Path("dist"), show_default=True, help="Where the wheels and sdists go.")
def build_command(providers: tuple[str, ...], out: Path, dist: Path) -> None:
    """Build each generated package's wheel and sdist into --dist (python -m build, from a copy of the package)."""
    from .distribute import BuildError, build_package

    folders = sorted(p for p in out.iterdir() if (p / "pyproject.toml").is_file()) if out.is_dir() else []
    available = {p.name: p for p in folders}
    unknown = [p for p in providers if p not in available]
    if unknown or not available:
        _die(f"error: no generated package for {', '.join(unknown) or 'any provider'} in {out}/: run `rungen generate` first")
    for provider in providers or tuple(available):
        try:
            built = build_package(available[provider], dist)
        except BuildError as error:
            _die(f"error: building {available[provider]}: {error}")
        click.echo(f"built {', '.join(str(dist / name) for name in built)}")


def run() -> None:
    """Entry point that never shows a traceback for a user error."""
    try:
        main(standalone_mode=True)
    except KeyboardInterrupt:
        _die("interrupted")
