"""The command line as a user meets it: errors are one located line, exit 1, nothing written.

Most tests run the command in this process (`invoke_rungen`); `run_rungen` starts the real
entry point where the process itself is what is tested."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, PROVIDERS, SPECS, invoke_rungen, run_rungen

BAD = FIXTURES / "bad"
EXPECTED = yaml.safe_load((BAD / "expectations.yaml").read_text())
BAD_CASES = sorted(BAD / name for name in EXPECTED)


def tree_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(folder)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def test_list_names_every_provider() -> None:
    result = run_rungen("list")
    assert result.returncode == 0
    assert sorted(line.split("\t")[0] for line in result.stdout.splitlines()) == PROVIDERS


def test_validate_accepts_every_provider_spec() -> None:
    result = invoke_rungen("validate", *[str(SPECS / f"{p}.yaml") for p in PROVIDERS])
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("ok:") == len(PROVIDERS)


def test_generate_one_spec_to_any_folder(tmp_path: Path) -> None:
    result = invoke_rungen("generate", "--spec", str(FIXTURES / "specs" / "shapes.yaml"), "--out", str(tmp_path), "--name", "myshapes")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "myshapes" / "myshapes_client" / "models.py").is_file()


def test_unknown_provider_is_refused() -> None:
    result = invoke_rungen("generate", "nosuchprovider", "--check")
    assert result.returncode == 1
    assert "no spec for nosuchprovider" in result.stderr


@pytest.mark.parametrize("case", BAD_CASES, ids=lambda p: p.name)
def test_bad_spec_is_refused_cleanly(case: Path, tmp_path: Path) -> None:
    out = tmp_path / "generated"
    shutil.copytree(FIXTURES / "golden" / "shapes", out / "shapes")
    before = tree_hash(out)
    result = invoke_rungen("generate", "--spec", str(case), "--out", str(out), "--name", "shapes")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert lines, result.stderr
    expected = EXPECTED[case.name]
    assert case.name in lines[0]
    assert expected in lines[0], lines[0]
    assert tree_hash(out) == before


def test_a_failing_provider_leaves_every_package_untouched(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    for good in ("rundun", "runsite"):  # generated before the failing one (the order is by name)
        shutil.copy(SPECS / f"{good}.yaml", specs)
    (specs / "zzz.yaml").write_text("openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths:\n  /a: {get: {responses: {'200': {$ref: '#/nope'}}}}\n")
    out = tmp_path / "generated"
    out.mkdir()
    (out / "marker").write_text("untouched")
    result = invoke_rungen("generate", "--specs", str(specs), "--out", str(out))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "zzz.yaml" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["marker"]


def test_every_bad_case_has_an_expectation() -> None:
    on_disk = {p.name for p in BAD.iterdir() if p.name not in ("README.md", "expectations.yaml")}
    assert on_disk == set(EXPECTED)


def test_counts_are_singular_for_one(tmp_path: Path) -> None:
    args = ("generate", "--spec", str(FIXTURES / "specs" / "shapes.yaml"), "--out", str(tmp_path), "--name", "shapes")
    assert invoke_rungen(*args).returncode == 0
    again = invoke_rungen(*args)
    assert again.returncode == 0 and "(1 package, unchanged" in again.stdout


def test_quiet_prints_nothing_and_piped_output_has_no_progress(tmp_path: Path) -> None:
    args = ("generate", "--spec", str(FIXTURES / "specs" / "shapes.yaml"), "--out", str(tmp_path), "--name", "shapes")
    loud = invoke_rungen(*args)
    assert loud.returncode == 0 and loud.stdout.startswith("generated ") and loud.stderr == ""  # not a terminal: no progress
    quiet = invoke_rungen(*args, "-q", "--strict")  # --strict: another cache key, so a real generation
    assert quiet.returncode == 0 and quiet.stdout == "" and quiet.stderr == ""
    verbose = invoke_rungen(*args, "-v", "--strict")  # what the quiet run wrote: a cache hit
    assert verbose.returncode == 0 and "shapes: cache hit" in verbose.stderr


def test_the_mock_names_what_to_install_when_httpx_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    from click.testing import CliRunner

    from generator.cli import main

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "httpx" else real(name, *a))

    def execve(*args: object) -> None:
        raise AssertionError("the mock was started without httpx")

    monkeypatch.setattr("os.execve", execve)
    result = CliRunner().invoke(main, ["mock", "rundun", "--out", str(FIXTURES.parent.parent / "generated")])
    assert result.exit_code == 1
    assert "needs httpx" in result.stderr and "pip install" in result.stderr and "Traceback" not in result.stderr


def test_progress_names_each_provider_and_stage_on_a_terminal_only() -> None:
    import io

    from generator.pipeline import Job, generate_jobs
    from generator.progress import Progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    shapes = FIXTURES / "specs" / "shapes.yaml"
    terminal, pipe, verbose = Terminal(), io.StringIO(), io.StringIO()
    for stream, flags in ((terminal, {}), (pipe, {}), (verbose, {"verbose": True})):
        generate_jobs({"shapes": Job(shapes)}, progress=Progress(1, stream=stream, **flags))
    shown = terminal.getvalue()
    assert [stage for stage in ("load", "validate", "build", "render", "format") if f"shapes: {stage}…" in shown] == ["load", "validate", "build", "render", "format"]
    assert shown.endswith("\r\x1b[K")  # the line is cleared at the end
    assert pipe.getvalue() == ""
    timed = [line for line in verbose.getvalue().splitlines() if "Python files:" not in line]  # not the formatter's counts
    assert [line.split(" ")[1] for line in timed] == ["load", "validate", "build", "render", "format"] and all(line.endswith(" s") for line in timed)
