"""[tool.rungen] in pyproject.toml: folders and per-provider options, flags over it, unknown keys refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES, SPECS, invoke_rungen
from generator.config import ConfigError, find_pyproject, read, settings

SHAPES = FIXTURES / "specs" / "shapes.yaml"
PETS = FIXTURES / "specs" / "pets.yaml"


def project(tmp_path: Path, table: str) -> Path:
    """A fresh project: pyproject.toml with `table`, and two specs in api/."""
    (tmp_path / "pyproject.toml").write_text(f'[project]\nname = "app"\n\n{table}')
    (tmp_path / "api").mkdir()
    shutil.copy(SHAPES, tmp_path / "api" / "shapes.yaml")
    shutil.copy(PETS, tmp_path / "api" / "pets.yaml")
    return tmp_path


def test_folders_and_a_providers_name_come_from_the_table(tmp_path: Path) -> None:
    root = project(tmp_path, '[tool.rungen]\nspecs = "api"\nout = "sdk"\ncache-dir = ".cache/rungen"\n\n[tool.rungen.providers.pets]\nname = "petstore"\n')
    result = invoke_rungen("generate", cwd=root, env={"RUNGEN_ALWAYS_BLACK": "1"})  # black runs, so its cache is written
    assert result.returncode == 0, result.stderr
    assert (root / "sdk" / "pets" / "petstore_client" / "__init__.py").is_file()
    assert (root / "sdk" / "shapes" / "shapes_client" / "__init__.py").is_file()
    assert list((root / ".cache" / "rungen" / "black").rglob("*.py"))  # black's cache went where the table says
    assert "generated sdk/pets (petstore_client" in result.stdout
    assert invoke_rungen("generate", "--check", cwd=root).returncode == 0


def test_the_table_is_found_from_a_subfolder_and_its_paths_are_relative_to_it(tmp_path: Path) -> None:
    root = project(tmp_path, '[tool.rungen]\nspecs = "api"\nout = "sdk"\n')
    (root / "src" / "deep").mkdir(parents=True)
    result = invoke_rungen("list", cwd=root / "src" / "deep")
    assert result.returncode == 0, result.stderr
    assert sorted(line.split("\t")[0] for line in result.stdout.splitlines()) == ["pets", "shapes"]


def test_flags_override_the_table(tmp_path: Path) -> None:
    root = project(tmp_path, '[tool.rungen]\nspecs = "api"\nout = "sdk"\n\n[tool.rungen.providers.pets]\nname = "petstore"\n')
    result = invoke_rungen("generate", "pets", "--out", "elsewhere", cwd=root)
    assert result.returncode == 0, result.stderr
    assert (root / "elsewhere" / "pets" / "petstore_client").is_dir() and not (root / "sdk").exists()


def test_strict_per_provider_and_the_flag_over_it(tmp_path: Path) -> None:
    spec = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        '200': {description: ok, links: {x: {operationId: getA}}}\n"
    root = project(tmp_path, '[tool.rungen]\nspecs = "api"\n\n[tool.rungen.providers.linked]\nstrict = true\n')
    (root / "api" / "linked.yaml").write_text(spec)
    refused = invoke_rungen("generate", "linked", cwd=root)
    assert refused.returncode == 1 and "error:" in refused.stderr and "links" in refused.stderr
    assert "ignored" not in refused.stderr  # an error ignores nothing: it stops the run
    allowed = invoke_rungen("generate", "linked", "--no-strict", cwd=root)
    assert allowed.returncode == 0, allowed.stderr
    assert "warning:" in allowed.stderr and "; ignored" in allowed.stderr


@pytest.mark.parametrize(
    "table, message",
    [
        ('[tool.rungen]\nspces = "api"\n', "[tool.rungen]: unknown key 'spces'"),
        ('[tool.rungen.providers.pets]\nnmae = "x"\n', "[tool.rungen.providers.pets]: unknown key 'nmae'"),
        ('[tool.rungen]\nstrict = "yes"\n', "strict must be true or false"),
        ('[tool.rungen.providers.pets]\nname = "not a name"\n', "name must be a Python identifier"),
        ('[tool.rungen]\nspecs = "api"\n[tool.rungen.providers.nosuch]\nstrict = true\n', "[tool.rungen.providers.nosuch] names no spec"),
        ("[tool.rungen\n", "cannot read it"),
    ],
    ids=["unknown-key", "unknown-provider-key", "wrong-type", "bad-name", "unknown-provider", "not-toml"],
)
def test_a_mistake_in_the_table_is_an_error_naming_it(tmp_path: Path, table: str, message: str) -> None:
    root = project(tmp_path, table)
    result = invoke_rungen("generate", "--out", "sdk", cwd=root)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"error: {root / 'pyproject.toml'}") and message in result.stderr, result.stderr
    assert not (root / "sdk").exists()


def test_without_a_table_the_defaults_apply(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "app"\n')
    resolved = settings(read(find_pyproject(tmp_path)), environ={})
    assert (resolved.specs, resolved.out, resolved.cache_dir, resolved.strict) == (Path("specs"), Path("generated"), Path(".rungen-cache"), False)


def test_the_cache_folder_flag_beats_the_environment_which_beats_the_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.rungen]\ncache-dir = "from-table"\n')
    config = read(tmp_path / "pyproject.toml")
    assert settings(config, environ={}).cache_dir == tmp_path / "from-table"
    assert settings(config, environ={"RUNGEN_CACHE_DIR": "from-env"}).cache_dir == Path("from-env")
    assert settings(config, cache_dir=Path("from-flag"), environ={"RUNGEN_CACHE_DIR": "from-env"}).cache_dir == Path("from-flag")


def test_our_own_table_names_our_folders() -> None:
    config = read(SPECS.parent / "pyproject.toml")
    assert config.specs is not None and config.out is not None
    assert (config.specs.resolve(), config.out.resolve()) == (SPECS, SPECS.parent / "generated")


def test_a_table_that_is_not_a_table_is_refused(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool]\nrungen = 3\n')
    with pytest.raises(ConfigError, match=r"\[tool.rungen\] must be a table"):
        read(tmp_path / "pyproject.toml")
