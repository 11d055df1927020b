"""The snapshot is the cache (issue 16): a fresh clone's `generate --check` answers from the committed packages.

Each package's `.rungen` marker records its files' digests and what they were generated from;
these tests copy a provider's spec and committed package into an empty folder (a clone: no
`.rungen-cache/`) and run the command there.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import GENERATED, ROOT, SPECS
from generator.cache import snapshot_fresh
from generator.pipeline import generate, previous_of
from generator.write import MARKER, read_marker

#: one pytest-xdist worker: these generate rundun, as test_snapshot does (black's cache serves both)
pytestmark = pytest.mark.xdist_group("provider-generations")

PROVIDER = "rundun"
PIPELINE = ("black", "jinja2", "openapi_spec_validator", "generator.pipeline", "generator.format")
CHECK = f"""
import sys
from generator.cli import main
try:
    main(sys.argv[1:])
except SystemExit as exit:
    code = exit.code or 0
print("imported:", sorted(m for m in {PIPELINE!r} if m in sys.modules))
sys.exit(code)
"""


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    """The provider's spec and committed package in a folder of their own, with no rungen cache."""
    (tmp_path / "specs").mkdir()
    shutil.copy(SPECS / f"{PROVIDER}.yaml", tmp_path / "specs")
    shutil.copytree(GENERATED / PROVIDER, tmp_path / "generated" / PROVIDER, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache", "build", "dist", "*.egg-info"))
    return tmp_path


def rungen(clone: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`rungen ARGS` in its own process in the clone, its cache in clone/cache (which must stay unused on a hit)."""
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "RUNGEN_CACHE_DIR": str(clone / "cache")}
    return subprocess.run([sys.executable, "-c", CHECK, *args], cwd=clone, capture_output=True, text=True, timeout=600, env=env)


def test_a_fresh_clones_check_answers_from_the_snapshot_without_the_pipeline(clone: Path) -> None:
    result = rungen(clone, "generate", "--check", "-v")
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout and f"{PROVIDER}: cache hit (generated/{PROVIDER}/{MARKER})" in result.stderr
    assert "imported: []" in result.stdout  # neither black nor the validator nor jinja2
    assert not (clone / "cache").exists()


def test_an_edited_generated_file_is_named(clone: Path) -> None:
    client = clone / "generated" / PROVIDER / f"{PROVIDER}_client" / "_client.py"
    client.write_text(client.read_text() + "# edited by hand\n")
    result = rungen(clone, "generate", "--check")
    assert result.returncode == 1
    assert f"changed {PROVIDER}/{PROVIDER}_client/_client.py" in result.stderr


def test_an_edited_spec_names_the_files_it_changes(clone: Path) -> None:
    spec = clone / "specs" / f"{PROVIDER}.yaml"
    data = yaml.safe_load(spec.read_text())
    data["paths"]["/runs/{run_id}"]["get"]["description"] += " Edited."
    spec.write_text(yaml.safe_dump(data, sort_keys=False))
    result = rungen(clone, "generate", "--check")
    assert result.returncode == 1
    assert "stale" in result.stderr and f"changed {PROVIDER}/{PROVIDER}_client/resources/runs.py" in result.stderr


def test_one_spec_edit_formats_only_the_files_whose_rendered_text_changed(clone: Path) -> None:
    package = clone / "generated" / PROVIDER
    before = {p: p.read_text() for p in package.rglob("*.py")}
    spec = clone / "specs" / f"{PROVIDER}.yaml"
    data = yaml.safe_load(spec.read_text())
    data["paths"]["/runs/{run_id}"]["get"]["summary"] = "Get one run (edited)"
    spec.write_text(yaml.safe_dump(data, sort_keys=False))
    result = rungen(clone, "generate", "-v")
    assert result.returncode == 0, result.stderr
    counts = re.search(
        rf"{PROVIDER}: (\d+) Python files: (\d+) laid out as black writes them, (\d+) formatted by black \(in part\), "
        r"(\d+) as the committed package has them, (\d+) from the cache, (\d+) copied as source",
        result.stderr,
    )
    assert counts, result.stderr
    total, laid_out, black, committed, cached, source = map(int, counts.groups())
    changed = [p for p, text in before.items() if p.read_text() != text]
    # the cache folder is empty: exactly the changed files were formatted (their layout taken, or black)
    assert 0 < laid_out + black == len(changed) < committed and cached == 0
    assert laid_out + black + committed + source == total
    assert rungen(clone, "generate", "--check").returncode == 0  # and the new marker answers the next check


def test_a_marker_merged_out_of_two_generations_is_not_trusted(clone: Path) -> None:
    folder = clone / "generated" / PROVIDER
    assert snapshot_fresh(folder, PROVIDER, None, False, clone / "specs" / f"{PROVIDER}.yaml", f"generated/{PROVIDER}")
    readme = folder / "README.md"
    readme.write_text(readme.read_text() + "\nFrom another branch.\n")  # file and its line changed together, the seal not
    marker = folder / MARKER
    lines = marker.read_text().splitlines(keepends=True)
    digest = __import__("hashlib").sha256(readme.read_bytes()).hexdigest()
    marker.write_text("".join(f"README.md\t{digest}\n" if line.startswith("README.md\t") else line for line in lines))
    assert read_marker(folder) is not None and not read_marker(folder).sealed
    assert not snapshot_fresh(folder, PROVIDER, None, False, clone / "specs" / f"{PROVIDER}.yaml", f"generated/{PROVIDER}")


def test_the_record_is_the_same_wherever_the_spec_and_repository_lie(tmp_path: Path) -> None:
    shutil.copy(SPECS / f"{PROVIDER}.yaml", tmp_path)
    marker = generate(tmp_path / f"{PROVIDER}.yaml", previous=previous_of(GENERATED / PROVIDER), folder=f"generated/{PROVIDER}").files[MARKER]
    assert marker == (GENERATED / PROVIDER / MARKER).read_text()
    assert str(ROOT) not in marker and str(tmp_path) not in marker
