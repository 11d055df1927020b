"""Architecture guard: no provider knowledge in the generator or the templates."""

from __future__ import annotations

import re

from conftest import ROOT

# The grep has no word boundaries, so it also bans words like "running": stricter than -w.
PROVIDER_WORDS = re.compile(r"runcloud|runn|rundun|runsite|run:?ai", re.IGNORECASE)


def test_generator_and_templates_name_no_provider() -> None:
    offenders = []
    for folder in ("generator", "templates"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and path.suffix in (".py", ".j2", ".md", ".toml", ".txt"):
                if PROVIDER_WORDS.search(path.read_text(errors="replace")):
                    offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_the_generator_type_checks() -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--ignore-missing-imports", "--no-error-summary", "generator"], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout
