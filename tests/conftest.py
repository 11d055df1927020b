"""Shared fixtures: paths, the CLI (in a subprocess or in this process), shared generations and mypy.

What costs time in this suite is generating packages, starting interpreters and running mypy;
the helpers here let tests share each of those instead of paying for it again:

- ``invoke_rungen(...)`` runs the command in this process (no interpreter start, no re-import
  of black); ``run_rungen(...)`` runs it in a subprocess, for the few tests that need the real
  process (exit codes of the entry point, signals, a fresh environment).
- ``generation(spec, ...)`` generates a spec once per session and hands every caller the same
  ``Result`` (treat it as read-only).
- ``mypy_cache`` is one mypy cache folder for the session: httpx, pydantic and pytest are
  analysed once, not once per mypy run.
- black's results are shared by every in-process generation of the session (the autouse
  fixture ``shared_black_results``): a `rungen generate` in a fresh project folder finds its
  runtime files already formatted, as a user's second run would, instead of running black on
  them again. A module that tests the formatting cache itself sets ``OWN_BLACK_CACHE = True``.
- schemathesis builds each operation's test (its explicit examples and every coverage case)
  when the test runs, in the one worker that runs it, not at collection in every worker
  (``defer_schemathesis_builds``): the same cases, built once instead of once per worker.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import inspect
import os
import subprocess
import sys
import traceback
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
FIXTURES = ROOT / "tests" / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus"
PROVIDERS = sorted(p.stem for p in SPECS.glob("*.yaml"))


def run_rungen(*args: str, cwd: Path = ROOT, timeout: float = 300, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m generator ARGS` in a subprocess, as a user would run `rungen`."""
    env = dict(os.environ if env is None else env, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env
    )


@contextlib.contextmanager
def working_directory(folder: Path) -> Iterator[None]:
    """Run the body with `folder` as the current directory (the CLI resolves relative paths there)."""
    before = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def invoke_rungen(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `rungen ARGS` in this process (click's test runner) and answer like `run_rungen`.

    stdout and stderr are kept apart as in a terminal; an exception the command lets escape is
    printed to stderr as a traceback, as the real process would, so a test that checks for
    "Traceback" sees it. Use `run_rungen` where the process itself matters.
    """
    if args[:1] == ("mock",):
        raise ValueError("`rungen mock` replaces its process (exec): run it with run_rungen")
    from click.testing import CliRunner

    from generator.cli import main

    runner = CliRunner()
    with working_directory(cwd):
        result = runner.invoke(main, list(args), env=env, catch_exceptions=True)
    stderr = result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        stderr += "".join(traceback.format_exception(result.exception))
    return subprocess.CompletedProcess(["rungen", *args], result.exit_code, result.stdout, stderr)


_GENERATIONS: dict[tuple[Path, str | None, str | None, bool], Any] = {}


def generation(spec: Path, *, provider: str | None = None, name: str | None = None, strict: bool = False) -> Any:
    """`generator.pipeline.generate(...)`, once per session per (spec, provider, name, strict).

    The same Result object goes to every caller: read it, never change it. Only for specs that
    do not change during the session (the provider specs, the fixture specs)."""
    from generator.pipeline import generate

    key = (spec.resolve(), provider, name, strict)
    if key not in _GENERATIONS:
        _GENERATIONS[key] = generate(spec, provider=provider, name=name, strict=strict)
    return _GENERATIONS[key]


#: black's output by cache key (the key covers black's version, its mode and the source), for
#: every in-process generation of this session (each pytest-xdist worker has its own).
_BLACK_RESULTS: dict[str, str] = {}


@pytest.fixture(autouse=True)
def shared_black_results(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every in-process generation reads and writes black's results through the session's memory too.

    A lookup that misses the generation's own cache folder (a test's fresh project has an empty
    one) but that this session formatted before is answered from memory and written to that
    folder, as black's output would have been: the folder ends the same, only black does not run
    again. Output does not change (the key is black's own cache key). Subprocesses (`run_rungen`)
    are not affected."""
    import generator.format as fmt

    get, put = getattr(fmt, "_cache_get", None), getattr(fmt, "_cache_put", None)
    if getattr(request.module, "OWN_BLACK_CACHE", False) or get is None or put is None:
        yield
        return

    def cache_get(folder: Path, key: str) -> str | None:
        found = get(folder, key)
        if found is None and key in _BLACK_RESULTS:
            found = _BLACK_RESULTS[key]
            put(folder, key, found)
        elif found is not None:
            _BLACK_RESULTS[key] = found
        return found

    def cache_put(folder: Path, key: str, output: str) -> None:
        _BLACK_RESULTS[key] = output
        put(folder, key, output)

    monkeypatch.setattr(fmt, "_cache_get", cache_get)
    monkeypatch.setattr(fmt, "_cache_put", cache_put)
    yield


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache folder for every `mypy --strict` run of the session, shared by the
    pytest-xdist workers (mypy replaces its cache files atomically, so concurrent runs are safe):
    httpx, pydantic and pytest are analysed once per session, not once per worker or module."""
    base = tmp_path_factory.getbasetemp()
    folder = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "mypy-cache"
    folder.mkdir(exist_ok=True)
    return folder


def run_mypy_strict(targets: list[str], *, cache: Path, mypypath: list[Path], cwd: Path, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    """`mypy --strict TARGETS` (``-p pkg`` or file paths) with MYPYPATH set; one process for all of them."""
    env = dict(os.environ, MYPYPATH=os.pathsep.join(str(p) for p in mypypath))
    env.pop("PYTHONPATH", None)
    args = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), *targets]
    return subprocess.run(args, capture_output=True, text=True, env=env, timeout=timeout, cwd=cwd)


@pytest.hookimpl(trylast=True)  # after pytest-xdist's, whose group suffix it carries over
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test id is unique: a plugin item whose id lost its parameters gets them back.

    Under pytest 9, schemathesis's items are built with `originalname` and no callspec, so
    pytest gives all of one function's operations the same id (`test_x` for `test_x[GET /a]`):
    the progress counter then stops short of 100 % and pytest-xdist cannot tell them apart.
    A duplicate left after that is an error, so it cannot creep back.
    """
    for item in items:
        # pytest-xdist's --dist loadgroup marks a group by setting `_nodeid` to "<id>@<group>",
        # which pytest 9 no longer reads (it keeps `_id`): without this, groups are ignored
        grouped = item.__dict__.get("_nodeid")
        if isinstance(grouped, str) and "@" in grouped and hasattr(item, "_id") and item.nodeid != grouped:
            item._id = type(item._id).parse(grouped)  # type: ignore[attr-defined]
        if "[" in item.name and not item.nodeid.split("@")[0].endswith("]") and hasattr(item, "_id"):
            parent = item.parent.nodeid if item.parent is not None else ""
            group = item.nodeid.partition("@")[2]
            item._id = type(item._id).parse(f"{parent}::{item.name}" + (f"@{group}" if group else ""))  # type: ignore[attr-defined]
    counts = collections.Counter(item.nodeid for item in items)
    duplicates = sorted(nodeid for nodeid, count in counts.items() if count > 1)
    if duplicates:
        raise pytest.UsageError("duplicate test ids: " + ", ".join(duplicates[:10]))


def defer_schemathesis_builds() -> None:
    """Make schemathesis build each operation's test when it runs, not when it is collected.

    schemathesis's pytest plugin builds the whole Hypothesis test of every operation at
    collection (``build_operation_test``: the operation's examples and all its coverage cases,
    about 25 s of CPU for the five mocks), and pytest-xdist has every worker collect every test.
    Here collection gets a stand-in with the built test's signature (no arguments: ``case`` is
    given) and the same source location; ``pytest_runtest_setup`` below swaps in the real test,
    built from the same arguments, before anything reads it. The cases, their seed and the
    checks are unchanged; a schema error a build raises fails that test when it runs.
    """
    try:
        from schemathesis.pytest import _test_builder
    except ImportError:  # schemathesis 4's layout; without it the plugin builds as it always did
        return
    build = _test_builder.build_operation_test
    if getattr(build, "deferred", False):
        return

    def deferred(**kwargs: Any) -> Callable[..., Any]:
        test_func = kwargs["test_func"]

        def stand_in(*args: Any, **kw: Any) -> None:
            raise RuntimeError("schemathesis test not built: conftest.pytest_runtest_setup builds it")

        stand_in.__name__, stand_in.__qualname__ = test_func.__name__, test_func.__qualname__
        stand_in.__module__, stand_in.__doc__ = test_func.__module__, test_func.__doc__
        stand_in.__wrapped__ = test_func  # type: ignore[attr-defined]  # pytest reports the test's own location
        stand_in.__signature__ = inspect.Signature()  # type: ignore[attr-defined]  # as Hypothesis's wrapper: `case` is given
        stand_in.is_hypothesis_test = True  # type: ignore[attr-defined]  # Hypothesis's plugin marks it `hypothesis`
        stand_in.build = functools.partial(build, **kwargs)  # type: ignore[attr-defined]
        return stand_in

    deferred.deferred = True  # type: ignore[attr-defined]
    _test_builder.build_operation_test = deferred


defer_schemathesis_builds()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Build a schemathesis test that collection deferred, before any plugin reads it."""
    build = getattr(getattr(item, "obj", None), "build", None)
    if isinstance(item, pytest.Function) and isinstance(build, functools.partial) and hasattr(item.obj, "is_hypothesis_test"):
        item.obj = build()
