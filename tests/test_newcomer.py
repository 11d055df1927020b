"""A newcomer's first steps, as the README gives them: rungen installed into a project, the
README's own `[tool.rungen]` example with two specs, the hook's entry; and `rungen mock` before
the generated package's dependencies are installed."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, invoke_rungen, working_directory

CACHE = str(ROOT / ".rungen-cache")  # the suite's: black's output of the shared runtime is there
LAMPS = """\
openapi: 3.1.0
info: {title: Lamp Shop API, version: '1'}
servers: [{url: 'https://lamps.example.org'}]
paths:
  /lamps:
    get:
      summary: List lamps
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: array, items: {type: object, properties: {id: {type: integer}}}}
              example: [{id: 1}]
"""


def readme_block(heading: str, language: str) -> str:
    """The first ```language block of the root README after `heading`."""
    text = (ROOT / "README.md").read_text().split(heading, 1)[1]
    return text.split(f"```{language}\n", 1)[1].split("```", 1)[0]


def test_the_readmes_tool_rungen_example_works_as_written(tmp_path: Path) -> None:
    """Its [tool.rungen] verbatim, two specs (one of them its petstore, strict), generate, the hook."""
    config = readme_block("## Configuration: `[tool.rungen]`", "toml")
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "app"\nversion = "0.1.0"\n\n' + config)
    (tmp_path / "api").mkdir()
    (tmp_path / "api" / "petstore.yaml").write_text(LAMPS.replace("Lamp Shop API", "Swagger Petstore"))
    (tmp_path / "api" / "lamps.yaml").write_text(LAMPS)
    generated = invoke_rungen("generate", "--cache-dir", CACHE, cwd=tmp_path)
    assert generated.returncode == 0, generated.stderr
    assert (tmp_path / "sdk" / "petstore" / "pets_client").is_dir()  # the provider table's name
    assert (tmp_path / "sdk" / "lamps" / "lamp_shop_client").is_dir()  # info.title
    assert "pip install ./sdk/lamps\n" in (tmp_path / "sdk" / "lamps" / "README.md").read_text()
    hook = invoke_rungen(*"generate --check".split(), "--cache-dir", CACHE, cwd=tmp_path)
    assert hook.returncode == 0 and "sdk/ is up to date (2 packages" in hook.stdout, hook.stderr


def test_rungen_mock_says_what_to_install_when_the_packages_dependencies_are_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Right after the README's first command (rungen alone in .venv) there is no httpx: one line says what to install."""
    from generator.cli import main

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name in ("httpx", "pydantic") else real(name, *a))
    with working_directory(ROOT):
        result = CliRunner().invoke(main, ["mock", "runn"])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "error: the mock runs the generated package, which needs httpx and pydantic (not installed with rungen): "
        "pip install generated/runn  (or: pip install httpx pydantic)"
    )


# An installed rungen (a real wheel, as pre-commit installs the hook): tests/test_install.py.
