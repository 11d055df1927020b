"""Generated READMEs are right for any document: every Python example runs as written against
the package's own mock, the install line names the package's folder, the links are the API's own
(none when the document gives none), and a package is named after the API when nothing names it.

The runs themselves: `tests/readme_examples.py` in one subprocess for the committed packages,
the golden fixtures and the documents below; the public corpus's in `tests/test_corpus.py`,
on its shared generation.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURES, GENERATED, PROVIDERS, ROOT, invoke_rungen
from generator.naming import package_base
from generator.pipeline import generate
from generator.write import write_packages
from readme_examples import run_examples

pytestmark = pytest.mark.xdist_group("readme-examples")  # one worker runs the examples once
#: the suite's cache (black's output of the runtime is the same in every package)
CACHE = str(ROOT / ".rungen-cache")

GOLDEN = sorted(p.parent for p in (FIXTURES / "golden").glob("*/README.md"))

#: No `servers`, one security scheme, links in `info` and `externalDocs`, a deprecated operation.
NO_SERVERS = """\
openapi: 3.1.0
info:
  title: Lamp Shop API
  version: '2'
  contact: {url: 'https://lamps.example.org/contact'}
  termsOfService: 'https://lamps.example.org/terms'
externalDocs: {url: 'https://docs.lamps.example.org'}
components:
  schemas:
    Lamp:
      type: object
      required: [id, color]
      properties:
        id: {type: integer}
        color: {type: string, enum: [red, blue]}
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key, x-rungen-credentials: {key: {example: k-123}}}
security: [{key: []}]
paths:
  /lamps:
    get:
      summary: List lamps
      parameters:
        - {name: color, in: query, required: true, schema: {type: string, enum: [red, blue]}, example: blue}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: '#/components/schemas/Lamp'}}
              example: [{id: 1, color: blue}]
    post:
      summary: Add a lamp
      deprecated: true
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Lamp'}
            example: {id: 2, color: red}
      responses:
        '201':
          description: made
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Lamp'}
"""

#: Hostile links: none of them may reach the README or the metadata.
BAD_LINKS = """\
openapi: 3.0.3
info:
  title: "Links\\"] = 1\\n[evil"
  version: '1'
  contact: {url: "javascript:alert(1)"}
  termsOfService: "https://ok.example.org/terms\\"\\n[tool.evil]"
externalDocs: {url: "https://docs.example.org/a b"}
servers: [{url: 'https://api.example.org'}]
paths: {}
"""


@pytest.fixture(scope="session")
def no_servers_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("no-servers")
    (folder / "openapi.yaml").write_text(NO_SERVERS)
    write_packages(folder / "out", {"lamps": generate(folder / "openapi.yaml", provider="lamps").files})
    return folder / "out" / "lamps"


@pytest.fixture(scope="session")
def example_runs(no_servers_package: Path) -> dict[str, dict[str, Any]]:
    """Every README of generated/, the golden fixtures and the servers-less document, run once."""
    return run_examples([GENERATED / p for p in PROVIDERS] + GOLDEN + [no_servers_package])


@pytest.mark.parametrize("package", PROVIDERS + [f"golden/{p.name}" for p in GOLDEN] + ["lamps"])
def test_every_python_example_in_the_readme_runs_against_the_mock(package: str, example_runs: dict[str, dict[str, Any]]) -> None:
    run = example_runs[package.removeprefix("golden/")]
    assert run["error"] is None, run["error"]
    assert run["examples"] >= 6  # authenticate, use, async, errors, logging, the mock (and webhooks, waitress)


def test_a_document_without_servers_shows_base_url_and_its_mock_example_works(no_servers_package: Path) -> None:
    readme = (no_servers_package / "README.md").read_text()
    assert "The document names no server: pass the API's address as `base_url=`" in readme
    assert 'base_url="https://mock.invalid"' in readme  # the in-process mock example
    assert "export LAMP_SHOP_BASE_URL=http://127.0.0.1:4010 LAMP_SHOP_API_KEY=k-123" in readme
    assert "(none: pass base_url=)" not in readme


def test_names_come_from_the_title_when_nothing_names_the_package(no_servers_package: Path) -> None:
    """openapi.yaml titled "Lamp Shop API" is lamp_shop_client, not openapi_client."""
    assert (no_servers_package / "lamp_shop_client" / "__init__.py").is_file()
    assert 'name = "lamp-shop-client"' in (no_servers_package / "pyproject.toml").read_text()
    assert "LampShopClient" in (no_servers_package / "README.md").read_text()


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Swagger Petstore", "swagger_petstore"),
        ("Swagger Petstore - OpenAPI 3.0", "swagger_petstore"),
        ("Pets API", "pets"),
        ("Naming: keywords, builtins and odd spellings", "naming"),
        ("Train Travel API v2", "train_travel"),
        ("OpenAPI definition", "openapi"),  # nothing but words for "an API": the file name
        ("API", "openapi"),
        ("数据接口", "openapi"),  # no ASCII letters to name a module with
        (None, "openapi"),
        ("A Very Long Title For A Small Service", "a_very_long_title"),
        ("T", "openapi"),  # a letter names nothing
    ],
)
def test_the_package_name_from_a_title(title: Any, name: str) -> None:
    assert package_base(title, "openapi") == name


def test_a_named_package_keeps_its_name() -> None:
    """x-rungen-package and --name still win: our five providers' modules are unchanged."""
    for provider in PROVIDERS:
        assert (GENERATED / provider / f"{provider}_client" / "__init__.py").is_file()


def test_project_urls_are_the_apis_own(no_servers_package: Path) -> None:
    pyproject = (no_servers_package / "pyproject.toml").read_text()
    assert '[project.urls]\n"Homepage" = "https://lamps.example.org/contact"\n"Documentation" = "https://docs.lamps.example.org"\n"Terms of service" = "https://lamps.example.org/terms"\n' in pyproject
    readme = (no_servers_package / "README.md").read_text()
    assert "[Documentation](https://docs.lamps.example.org)" in readme


def test_no_placeholder_url_anywhere() -> None:
    for folder in [GENERATED / p for p in PROVIDERS] + GOLDEN:
        for name in ("README.md", "pyproject.toml"):
            assert "example.invalid" not in (folder / name).read_text(), folder / name


def test_hostile_or_missing_links_are_left_out(tmp_path: Path) -> None:
    (tmp_path / "links.yaml").write_text(BAD_LINKS)
    files = generate(tmp_path / "links.yaml").files
    import tomllib

    project = tomllib.loads(files["pyproject.toml"])["project"]
    assert "urls" not in project and set(tomllib.loads(files["pyproject.toml"])) == {"build-system", "project", "tool"}
    assert "javascript:" not in files["README.md"] and "[tool.evil]" not in files["pyproject.toml"]
    assert "The API's own pages" not in files["README.md"]


def test_the_install_line_names_the_out_folder_as_given(tmp_path: Path) -> None:
    (tmp_path / "api").mkdir()
    (tmp_path / "api" / "lamps.yaml").write_text(NO_SERVERS)
    result = invoke_rungen("generate", "--specs", "api", "--out", "build/sdk", "--cache-dir", CACHE, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "pip install ./build/sdk/lamps\n" in (tmp_path / "build" / "sdk" / "lamps" / "README.md").read_text()


def test_the_install_line_from_tool_rungen_is_the_same_from_any_folder(tmp_path: Path) -> None:
    """Relative to the project (pyproject.toml's folder), so `--check` in a subfolder agrees."""
    (tmp_path / "pyproject.toml").write_text(f'[tool.rungen]\nspecs = "api"\nout = "sdk"\ncache-dir = "{CACHE}"\n')
    (tmp_path / "api").mkdir()
    (tmp_path / "api" / "lamps.yaml").write_text(NO_SERVERS)
    (tmp_path / "docs").mkdir()
    assert invoke_rungen("generate", cwd=tmp_path).returncode == 0
    assert "pip install ./sdk/lamps\n" in (tmp_path / "sdk" / "lamps" / "README.md").read_text()
    # a folder computed differently would change the cache key: generated again, and stale
    check = invoke_rungen("generate", "--check", cwd=tmp_path / "docs")
    assert check.returncode == 0, check.stderr


def test_the_runai_readme_first_example_sends_the_documents_example() -> None:
    """It was `grant_token_v2(grant_type="authorization_code")`: the enum's first value as a
    placeholder, and no client id; the mock refused it. Examples now take the contract cases'
    arguments, the document's own examples."""
    readme = (GENERATED / "runai" / "README.md").read_text()
    assert 'grant_type="client_credentials",\n    client_id="my-client-id",' in readme
    assert 'grant_type="authorization_code"' not in readme


def test_a_deprecated_operation_warns_with_its_python_method(no_servers_package: Path) -> None:
    sys.path.insert(0, str(no_servers_package))
    try:
        from lamp_shop_client import LampShopClient  # type: ignore[import-not-found]
        from lamp_shop_client.mock import LampShopMock  # type: ignore[import-not-found]

        client = LampShopClient(api_key="k-123", base_url="https://mock.invalid", transport=LampShopMock().transport())
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            client.lamps.create(id=3, color="red")
    finally:
        sys.path.remove(str(no_servers_package))
    messages = [str(w.message) for w in caught if w.category is DeprecationWarning]
    assert messages == ["client.lamps.create() is deprecated by the API: see its documentation"]


def test_the_logger_is_documented() -> None:
    for provider in PROVIDERS:
        assert f'logging.getLogger("{provider}_client")' in (GENERATED / provider / "README.md").read_text()


def test_two_specs_named_alike_by_their_titles_are_refused(tmp_path: Path) -> None:
    (tmp_path / "api").mkdir()
    for stem in ("v1", "v2"):
        (tmp_path / "api" / f"{stem}.yaml").write_text(NO_SERVERS)
    result = invoke_rungen("generate", "--specs", "api", "--out", "sdk", "--cache-dir", CACHE, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("error: v1 and v2 would both be the package lamp_shop_client (named after the same info.title)")
    assert not (tmp_path / "sdk").exists()
