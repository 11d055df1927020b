"""The runtime and mock modules that are the same for every package are plain source in
``templates/package/{runtime,mock}/*.py``: black-formatted as they stand, and copied into
every generated package byte for byte (principle 4: checked as source, not re-rendered)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import black
import pytest

from generator.format import MODE
from generator.render import TEMPLATES, VERBATIM

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted(VERBATIM)
PACKAGES = sorted(p for p in (ROOT / "generated").iterdir() if (p / "pyproject.toml").is_file())


def test_every_plain_module_is_copied() -> None:
    on_disk = sorted(str(p.relative_to(TEMPLATES)) for folder in ("runtime", "mock") for p in (TEMPLATES / "package" / folder).glob("*.py"))
    assert SOURCES == on_disk
    assert len(SOURCES) >= 16


@pytest.mark.parametrize("source", SOURCES)
def test_source_is_black_formatted(source: str) -> None:
    text = (TEMPLATES / source).read_text(encoding="utf-8")
    assert black.format_str(text, mode=MODE) == text, f"run: black -l 100 -t py310 templates/{source}"


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.name)
def test_generated_copies_are_identical(package: Path) -> None:
    module = next(p.name for p in package.iterdir() if p.name.endswith("_client"))
    for source, output in VERBATIM.items():
        copy = package / output.format(module=module)
        assert copy.read_bytes() == (TEMPLATES / source).read_bytes(), copy


def test_runtime_logger_is_named_after_the_package() -> None:
    code = "import logging, runn_client; from runn_client import _base_client; print(_base_client.log.name)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT / "generated" / "runn", check=True)
    assert out.stdout.strip() == "runn_client"
