"""`rungen sources check`: which spec to re-read when a saved doc page changes (offline, no network)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import yaml
from click.testing import CliRunner

from conftest import ROOT
from generator.cli import main
from generator.pipeline import check_spec
from generator.errors import SpecError

SEEDS = Path("/work/shared")
PAGE = b"API reference\nAll endpoints are versioned under /v1/.\n"
PAGE_SHA = hashlib.sha256(PAGE).hexdigest()


def write_spec(folder: Path, name: str, sources: object) -> Path:
    spec = {"openapi": "3.1.0", "info": {"title": name, "version": "1"}, "x-rungen-sources": sources, "paths": {}}
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return path


def setup(tmp_path: Path) -> tuple[Path, Path]:
    specs, docs = tmp_path / "specs", tmp_path / "docs"
    (docs / "example.com" / "api").mkdir(parents=True)
    specs.mkdir()
    (docs / "saved.txt").write_bytes(PAGE)
    (docs / "example.com" / "api" / "index.html").write_bytes(PAGE)
    write_spec(specs, "alpha", [{"url": "https://alpha.example/docs", "file": "saved.txt", "sha256": PAGE_SHA}])
    write_spec(specs, "beta", [{"url": "https://example.com/api/", "sha256": PAGE_SHA}])  # no file: the URL as a path
    write_spec(specs, "gamma", [{"file": "gone.txt", "sha256": PAGE_SHA}])
    return specs, docs


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_unchanged_pages_exit_0_and_a_missing_copy_is_unreachable(tmp_path: Path) -> None:
    specs, docs = setup(tmp_path)
    code, out = run("sources", "check", "--specs", str(specs), "--docs", str(docs))
    assert code == 0, out
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["unchanged", "alpha", "https://alpha.example/docs"]
    assert lines[1].split()[:4] == ["unchanged", "beta", "https://example.com/api/", "(example.com/api/index.html)"]
    assert lines[2].split()[:2] == ["unreachable", "gamma"] and "no saved copy" in lines[2]
    assert lines[-1] == "no source changed (2 checked, 1 unreachable)"


def test_an_edited_page_names_its_spec_and_exits_1(tmp_path: Path) -> None:
    specs, docs = setup(tmp_path)
    (docs / "saved.txt").write_bytes(PAGE + b"New: GET /v1/runs lists runs.\n")
    code, out = run("sources", "check", "--specs", str(specs), "--docs", str(docs), "alpha", "beta")
    assert code == 1
    assert out.splitlines()[0].split()[:2] == ["changed", "alpha"]
    assert out.splitlines()[1].split()[:2] == ["unchanged", "beta"]
    assert out.splitlines()[-1].startswith(f"re-read: {specs / 'alpha.yaml'}")


def test_update_records_the_new_digest_and_the_next_check_passes(tmp_path: Path) -> None:
    specs, docs = setup(tmp_path)
    edited = PAGE + b"changed\n"
    (docs / "saved.txt").write_bytes(edited)
    code, out = run("sources", "update", "--specs", str(specs), "--docs", str(docs), "alpha")
    assert code == 0 and "recorded alpha" in out
    assert yaml.safe_load((specs / "alpha.yaml").read_text())["x-rungen-sources"][0]["sha256"] == hashlib.sha256(edited).hexdigest()
    assert run("sources", "check", "--specs", str(specs), "--docs", str(docs), "alpha")[0] == 0


def test_without_docs_a_source_with_no_url_is_unreachable_and_nothing_is_fetched(tmp_path: Path) -> None:
    specs, _ = setup(tmp_path)
    code, out = run("sources", "check", "--specs", str(specs), "gamma")
    assert code == 0
    assert "unreachable" in out and "no URL to fetch" in out


def test_a_file_outside_the_folder_is_refused_by_validation(tmp_path: Path) -> None:
    for bad in ([{"file": "../etc/passwd", "sha256": PAGE_SHA}], [{"url": "https://x.example", "sha256": "abc"}], [{"sha256": PAGE_SHA}]):
        path = write_spec(tmp_path, "bad", bad)
        try:
            check_spec(path)
        except SpecError as error:
            assert "/x-rungen-sources/0" in str(error.problems[0].location)
        else:
            raise AssertionError(f"{bad} was accepted")


def test_the_five_specs_name_the_pages_they_were_written_from(tmp_path: Path) -> None:
    if not SEEDS.is_dir():  # the shared folder of saved pages is part of the project's workspace
        return
    docs = tmp_path / "docs"
    shutil.copytree(SEEDS / "seeds", docs / "seeds")
    shutil.copytree(SEEDS / "providers", docs / "providers")
    shutil.copy(SEEDS / "providers.md", docs / "providers.md")
    code, out = run("sources", "check", "--specs", str(ROOT / "specs"), "--docs", str(docs))
    assert code == 0, out
    assert out.splitlines()[-1] == "no source changed (13 checked, 0 unreachable)"
    seed = docs / "seeds" / "002_3b213c6e311b2167.txt"
    seed.write_text(seed.read_text() + "\nNew endpoint: GET /v1/runs\n")
    code, out = run("sources", "check", "--specs", str(ROOT / "specs"), "--docs", str(docs), "rundun", "runsite")
    assert code == 1
    assert [line.split()[1] for line in out.splitlines() if line.startswith("changed")] == ["rundun"]
