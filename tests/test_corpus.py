"""Public OpenAPI documents written by others: each generates a package that imports and is
clean under mypy --strict, or is refused with a located message (the ones named here)."""

from __future__ import annotations

import re
import subprocess
import sys
from xml.etree import ElementTree
from pathlib import Path
from typing import Dict

import pytest

from conftest import CORPUS, invoke_rungen, run_mypy_strict
from readme_examples import run_examples
from generator.naming import identifier
from generator.pipeline import Job, generate_jobs
from generator.write import write_packages

pytestmark = [
    pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent: no public corpus to test against"),
    pytest.mark.xdist_group("corpus"),  # one worker generates the corpus once for all of them
]

#: Documents that fail openapi-spec-validator as published: refused, with the place named.
REFUSED = {
    "opc-baseline_openapi_3.0.json": '/paths/"/models/oneof-with-required-const"/get/responses/200',  # `const` is not 3.0
    "opc-baseline_openapi_3.1.yaml": ':1808: /paths/"/types/unions/duplicate-types"/post: Unevaluated properties',  # `title` on an operation
}


def corpus_documents() -> Dict[str, Path]:
    if not CORPUS.is_dir():
        return {}
    docs = {p.name: p for p in sorted(CORPUS.iterdir()) if p.suffix in (".yaml", ".json")}
    separate = CORPUS / "osv-petstore-separate" / "spec" / "openapi.yaml"
    if separate.is_file():
        docs["osv-petstore-separate"] = separate
    return docs


DOCUMENTS = corpus_documents()
GENERATED_DOCS = [name for name in DOCUMENTS if name not in REFUSED]


def package_name(name: str) -> str:
    return "c_" + identifier(name.rsplit(".", 1)[0])


@pytest.fixture(scope="session")
def corpus_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every generated document's package, written to out/<name>: one generation in this process
    (as `rungen generate --spec DOC --name NAME` does for each), its formatting one batch.
    Session-scoped: a module fixture can be torn down and rebuilt when pytest-xdist hands a
    worker another module's test between two of these."""
    out = tmp_path_factory.mktemp("corpus")
    jobs = {package_name(name): Job(DOCUMENTS[name], name=package_name(name)) for name in GENERATED_DOCS}
    write_packages(out, {name: result.files for name, result in generate_jobs(jobs).items()})
    return out


def test_the_corpus_is_all_there() -> None:
    assert len(DOCUMENTS) == 36
    assert set(REFUSED) <= set(DOCUMENTS)


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_invalid_documents_are_refused_with_a_located_message(name: str, tmp_path: Path) -> None:
    result = invoke_rungen("generate", "--spec", str(DOCUMENTS[name]), "--out", str(tmp_path), "--name", "x")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"error: {DOCUMENTS[name]}")
    assert REFUSED[name] in first
    assert list(tmp_path.iterdir()) == []


def test_every_generated_package_imports(corpus_out: Path) -> None:
    script = "import importlib, sys\nfor name in sys.argv[1:]:\n    importlib.import_module(name + '_client')\nprint('ok', len(sys.argv) - 1)"
    names = [package_name(n) for n in GENERATED_DOCS]
    env_path = ":".join(str(corpus_out / n) for n in names)
    result = subprocess.run([sys.executable, "-c", script, *names], capture_output=True, text=True, env={"PYTHONPATH": env_path}, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == f"ok {len(names)}"


def test_every_generated_package_is_clean_under_mypy_strict(corpus_out: Path, mypy_cache: Path) -> None:
    names = [package_name(n) for n in GENERATED_DOCS]
    targets = [arg for name in names for arg in ("-p", f"{name}_client")]
    result = run_mypy_strict(targets, cache=mypy_cache, mypypath=[corpus_out / n for n in names], cwd=corpus_out)
    assert result.returncode == 0, result.stdout[-5000:]
    assert f"Success: no issues found" in result.stdout


#: Contract cases (per document, the case's name) that cannot pass, each for a cause in the
#: document itself or in a client limitation named here; every other case of every document must.
CONTRACT_EXCEPTIONS: Dict[str, Dict[str, str]] = {
    "readme-3.1-schema-types.yaml": {
        "quirks_entirely_incompatible_all_of": "the body is `allOf: [string, integer]`: no value is both, so no body is valid",
        "quirks_partially_usable_incompatible_all_of": "the body is `allOf: [string, integer]`: no value is both, so no body is valid",
    },
    "openapicore-petstore.yaml": {
        "pets_create": "the operation's own example sends `wings: []`, which is no `Wings` object, so the body matches neither `oneOf` member (Cat or Bird); the builder replaces a refused example field by field, and a body made from this `oneOf` schema is refused too (not yet traced)",
    },
    "readme-3.0-security-multiple.yaml": {
        "anything_post_and": "its only requirement combines `basic` and `oauth2`: both need the one Authorization header",
    },
}


def test_every_generated_packages_contract_tests_pass(corpus_out: Path) -> None:
    """The generated contract tests of every corpus package, in one pytest run: each case passes,
    but for CONTRACT_EXCEPTIONS, which must still fail (remove one when it passes)."""
    report = corpus_out / "contract.xml"
    files = [str(p) for name in GENERATED_DOCS for p in sorted((corpus_out / package_name(name) / "tests").glob("test_*_contract.py"))]
    args = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(corpus_out), f"--junitxml={report}", *files]
    result = subprocess.run(args, capture_output=True, text=True, cwd=corpus_out, timeout=600, env={"PATH": "/usr/bin:/bin"})
    assert report.is_file(), result.stdout[-3000:] + result.stderr[-3000:]
    failed: Dict[str, set[str]] = {}
    for case in ElementTree.parse(report).iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            module = str(case.get("classname", "")).rsplit(".", 1)[-1]
            failed.setdefault(module, set()).add(re.sub(r"^test_(sync|async)\[(.*)\]$", r"\2", str(case.get("name"))))
    expected = {f"test_{package_name(doc)}_client_contract": set(cases) for doc, cases in CONTRACT_EXCEPTIONS.items()}
    assert failed == expected, result.stdout[-6000:]
    assert all(doc in GENERATED_DOCS for doc in CONTRACT_EXCEPTIONS)


#: Documents whose README examples cannot all run against the mock, each for its cause.
README_EXCEPTIONS: Dict[str, str] = {
    "readme-3.0-security-multiple.yaml": "its first example calls anything.post_and(), whose only requirement combines "
    "basic and oauth2 (the contract case that cannot pass, above)",
}


def test_every_generated_packages_readme_examples_run(corpus_out: Path) -> None:
    """Every Python example of every corpus package's README, as written, against its mock
    (tests/readme_examples.py, one process for all of them), but for README_EXCEPTIONS."""
    runs = run_examples([corpus_out / package_name(name) for name in GENERATED_DOCS])
    failed = {doc for doc in GENERATED_DOCS if runs[package_name(doc)]["error"] is not None}
    assert failed == set(README_EXCEPTIONS), {doc: runs[package_name(doc)]["error"] for doc in failed ^ set(README_EXCEPTIONS)}
