"""The golden records: generated/ and tests/fixtures/golden/ equal a fresh generation, byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, GENERATED, PROVIDERS, SPECS, invoke_rungen, run_rungen
from generator.pipeline import generate, previous_of
from generator.write import stale_files, write_packages


#: one pytest-xdist worker: the providers are generated once (black's cache then serves the CLI runs)
pytestmark = pytest.mark.xdist_group("provider-generations")


_AGAINST_COMMITTED: dict[str, dict[str, str]] = {}


def generated_against_committed(provider: str) -> dict[str, str]:
    """The provider's files as `rungen generate` writes them (the version and changelog follow
    from the committed surface record, issue 13), generated once per session."""
    if provider not in _AGAINST_COMMITTED:
        _AGAINST_COMMITTED[provider] = generate(SPECS / f"{provider}.yaml", previous=previous_of(GENERATED / provider)).files
    return _AGAINST_COMMITTED[provider]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_generated_matches_specs(provider: str) -> None:
    assert stale_files(GENERATED, {provider: generated_against_committed(provider)}) == []


@pytest.mark.parametrize("spec", sorted((FIXTURES / "specs").glob("*.yaml")), ids=lambda p: p.stem)
def test_fixture_golden_output(spec: Path) -> None:
    # written by `--out tests/fixtures/golden`: the README's install line names that folder
    files = generate(spec, previous=previous_of(FIXTURES / "golden" / spec.stem), folder=f"tests/fixtures/golden/{spec.stem}").files
    assert stale_files(FIXTURES / "golden", {spec.stem: files}) == [], (
        "golden output is stale: rungen generate --specs tests/fixtures/specs --out tests/fixtures/golden"
    )


def test_generation_is_deterministic(tmp_path: Path) -> None:
    first = generated_against_committed("runn")  # the session's, maybe from the test above
    second = generate(SPECS / "runn.yaml", previous=previous_of(GENERATED / "runn")).files  # and one of its own
    assert first == second
    write_packages(tmp_path, {"runn": first})
    assert stale_files(tmp_path, {"runn": second}) == []


def test_check_passes_on_main() -> None:
    """The build-step guard, end to end: the installed entry point in its own process."""
    result = run_rungen("generate", "--check")
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout


def test_check_fails_when_a_spec_description_changes(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(SPECS, specs)
    spec = specs / "rundun.yaml"
    data = yaml.safe_load(spec.read_text())
    data["paths"]["/runs/{run_id}"]["get"]["description"] += " Edited."
    spec.write_text(yaml.safe_dump(data, sort_keys=False))
    result = invoke_rungen("generate", "rundun", "--check", "--specs", str(specs), "--out", str(GENERATED))
    assert result.returncode == 1
    assert "stale" in result.stderr
    assert "rundun/" in result.stderr


SPLIT = """\
openapi: 3.1.0
info: {title: Split, version: '1'}
paths:
  /things:
    get:
      operationId: listThings
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: 'parts/schemas.yaml#/Thing'}
"""


def test_the_cache_regenerates_what_changed_and_only_that(tmp_path: Path) -> None:
    """A spec's own edits and edits to a file its $refs reach both count; other specs stay as they are."""
    specs, out = tmp_path / "specs", tmp_path / "out"
    specs.mkdir()
    (specs / "split.yaml").write_text(SPLIT)
    (specs / "parts").mkdir()
    (specs / "parts" / "schemas.yaml").write_text("Thing:\n  type: object\n  properties:\n    name: {type: string}\n")
    shutil.copy(SPECS / "rundun.yaml", specs / "rundun.yaml")

    def generate_all() -> str:
        result = invoke_rungen("generate", "--specs", str(specs), "--out", str(out))
        assert result.returncode == 0, result.stderr
        return result.stdout

    assert "generated" in generate_all()
    assert "up to date" in generate_all()
    (specs / "parts" / "schemas.yaml").write_text("Thing:\n  type: object\n  properties:\n    label: {type: string}\n")
    second = generate_all()
    assert f"generated {out}/split" in second and f"unchanged {out}/rundun" in second
    assert "label: Optional[str]" in (out / "split" / "split_client" / "models.py").read_text()
    (out / "split" / "split_client" / "models.py").write_text("edited by hand\n")
    assert f"generated {out}/split" in generate_all()  # a changed output file is not a cache hit either
