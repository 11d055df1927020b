"""Each generated package installs with pip, imports, passes mypy --strict, and round-trips its spec's examples."""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import venv
from pathlib import Path
from typing import Any

import pytest

from conftest import GENERATED, PROVIDERS, SPECS, run_mypy_strict
from generator.build import build_package
from generator.errors import Problem
from generator.load import load_document
from generator.resolve import DocumentSet

#: one pytest-xdist worker builds the venv and runs mypy once for all of them
pytestmark = pytest.mark.xdist_group("packages")

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@pytest.fixture(scope="session")
def package_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with every generated package pip-installed, dependencies and all.

    The venv gets no pip of its own (ensurepip costs ~8 s of CPU): this environment's pip
    installs into it (`pip --python`, pip >= 22.3). Built without build isolation: one
    setuptools in the venv (a version `requires = ["setuptools>=61"]` accepts, checked here)
    builds all five, instead of pip making an isolated build environment, and installing
    setuptools into it, once per package."""
    folder = tmp_path_factory.mktemp("venv")
    venv.create(folder, with_pip=False)
    python = folder / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"]
    for provider in PROVIDERS:
        assert 'requires = ["setuptools>=61"]' in (GENERATED / provider / "pyproject.toml").read_text()
    # 70.1 and later build wheels without the wheel package
    subprocess.run([*pip, "setuptools>=70.1"], check=True, capture_output=True, timeout=600)
    # pip builds a local folder in place (build/, *.egg-info): build copies, so that the
    # checkout's generated/ is never written to while other tests read it
    sources = tmp_path_factory.mktemp("sources")
    for provider in PROVIDERS:
        shutil.copytree(GENERATED / provider, sources / provider, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache"))
    result = subprocess.run(
        [*pip, "--no-build-isolation", *[str(sources / p) for p in PROVIDERS]],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    return python


def _examples(provider: str) -> list[dict[str, Any]]:
    """(cast expression, example) for every JSON example in the spec that a generated type describes."""
    docs = DocumentSet(load_document(SPECS / f"{provider}.yaml"))
    problems: list[Problem] = []
    package = build_package(docs, provider, problems)
    components = dict(package.component_models)
    casts: dict[tuple[str, str], str] = {}
    for resource in _walk(package.resources):
        for op in resource.operations:
            casts[(ast.literal_eval(op.path_literal), ast.literal_eval(op.http_method_literal).lower())] = op.cast
    cases = []
    for path, item in docs.root.data["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            media = [("request", (op.get("requestBody") or {}).get("content", {}).get("application/json"))]
            for code, response in (op.get("responses") or {}).items():
                if str(code).startswith("2") and isinstance(response, dict):
                    media.append(("response", (response.get("content") or {}).get("application/json")))
            for kind, content in media:
                if not isinstance(content, dict) or "example" not in content:
                    continue
                schema = content.get("schema") or {}
                ref = schema.get("$ref", "")
                if ref.startswith("#/components/schemas/"):
                    cast = components.get(ref.rsplit("/", 1)[1])
                elif kind == "response" and not (op.get("x-rungen-pagination")):
                    cast = casts.get((path, method))
                else:
                    cast = None
                if cast and cast != "None":
                    cases.append({"where": f"{method.upper()} {path} {kind}", "cast": cast, "example": content["example"]})
    return cases


def _walk(resources: Any) -> Any:
    for resource in resources:
        yield resource
        yield from _walk(resource.children)


ROUND_TRIP = """
import json, sys, importlib
import pydantic
module = importlib.import_module(sys.argv[1] + ".models")
cases = json.load(sys.stdin)
failures = []
for case in cases:
    adapter = pydantic.TypeAdapter(eval(case["cast"], dict(vars(module))))
    try:
        value = adapter.validate_python(case["example"])
    except pydantic.ValidationError as exc:
        failures.append(case["where"] + ": " + str(exc).splitlines()[0])
        continue
    dumped = adapter.dump_python(value, mode="json", by_alias=True, exclude_unset=True)
    again = adapter.dump_python(adapter.validate_python(dumped), mode="json", by_alias=True, exclude_unset=True)
    if dumped != again or json.dumps(dumped, sort_keys=True) != json.dumps(adapter.dump_python(adapter.validate_python(case["example"]), mode="json", by_alias=True, exclude_unset=True), sort_keys=True):
        failures.append(case["where"] + ": does not round-trip")
    if isinstance(case["example"], dict) and isinstance(dumped, dict) and set(dumped) != set(case["example"]):
        failures.append(case["where"] + f": keys differ {sorted(set(dumped) ^ set(case['example']))}")
print(json.dumps({"checked": len(cases), "failures": failures}))
"""


INSTALLED_FILES = """
import importlib, json, pathlib, sys
package = pathlib.Path(importlib.import_module(sys.argv[1]).__file__).parent
print(json.dumps(sorted(str(p.relative_to(package)) for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts)))
"""


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_installed_package_holds_every_generated_file(provider: str, package_python: Path) -> None:
    result = subprocess.run([str(package_python), "-c", INSTALLED_FILES, f"{provider}_client"], capture_output=True, text=True, timeout=120, cwd="/")
    assert result.returncode == 0, result.stderr
    source = GENERATED / provider / f"{provider}_client"
    expected = sorted(str(p.relative_to(source)) for p in source.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    assert json.loads(result.stdout) == expected


@pytest.mark.parametrize("provider", PROVIDERS)
def test_package_imports_and_round_trips_examples(provider: str, package_python: Path) -> None:
    cases = _examples(provider)
    assert cases, "the spec should carry examples"
    result = subprocess.run(
        [str(package_python), "-c", ROUND_TRIP, f"{provider}_client"],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        timeout=300,
        cwd="/",
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["checked"] == len(cases)
    assert report["failures"] == []


@pytest.fixture(scope="session")
def mypy_report(mypy_cache: Path) -> subprocess.CompletedProcess[str]:
    """One `mypy --strict` run over every package and its contract tests (one start, one analysis of httpx and pydantic)."""
    targets = [f"{p}/{p}_client" for p in PROVIDERS]  # folders, not -p: mypy takes one kind or the other
    targets += [str(path.relative_to(GENERATED)) for p in PROVIDERS for path in sorted((GENERATED / p / "tests").glob("test_*.py"))]
    return run_mypy_strict(targets, cache=mypy_cache, mypypath=[GENERATED / p for p in PROVIDERS], cwd=GENERATED, timeout=900)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_package_and_its_contract_tests_are_clean_under_mypy_strict(provider: str, mypy_report: subprocess.CompletedProcess[str]) -> None:
    ours = [line for line in mypy_report.stdout.splitlines() if line.startswith((f"{provider}/", f"{provider}_client/"))]
    assert ours == []
    summary = mypy_report.stdout.strip().splitlines()[-1:] or [mypy_report.stderr]
    assert summary[0].startswith(("Success: no issues found", "Found ")), mypy_report.stdout[-3000:] + mypy_report.stderr[-3000:]
    assert (mypy_report.returncode == 0) == summary[0].startswith("Success"), summary
