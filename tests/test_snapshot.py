"""The golden records: generated/ and tests/fixtures/golden/ equal a fresh generation, byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, GENERATED, PROVIDERS, SPECS, run_rungen
from generator.pipeline import generate
from generator.write import stale_files, write_packages


@pytest.mark.parametrize("provider", PROVIDERS)
def test_generated_matches_specs(provider: str) -> None:
    files = generate(SPECS / f"{provider}.yaml").files
    assert stale_files(GENERATED, {provider: files}) == []


@pytest.mark.parametrize("spec", sorted((FIXTURES / "specs").glob("*.yaml")), ids=lambda p: p.stem)
def test_fixture_golden_output(spec: Path) -> None:
    files = generate(spec).files
    assert stale_files(FIXTURES / "golden", {spec.stem: files}) == [], (
        "golden output is stale: rungen generate --specs tests/fixtures/specs --out tests/fixtures/golden"
    )


def test_generation_is_deterministic(tmp_path: Path) -> None:
    first = generate(SPECS / "runn.yaml").files
    second = generate(SPECS / "runn.yaml").files
    assert first == second
    write_packages(tmp_path, {"runn": first})
    assert stale_files(tmp_path, {"runn": second}) == []


def test_check_passes_on_main() -> None:
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
    result = run_rungen("generate", "--check", "--specs", str(specs), "--out", str(GENERATED))
    assert result.returncode == 1
    assert "stale" in result.stderr
    assert "rundun/" in result.stderr
