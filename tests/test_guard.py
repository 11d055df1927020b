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
