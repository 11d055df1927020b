"""Every public name of every generated package imports on a fresh interpreter, ``models`` too
(it loads lazily; ``from <pkg> import models`` once recursed without end)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import GENERATED, PROVIDERS

#: Run in a new interpreter for all five packages; each package is imported there for the first time.
FORMS = {
    "from-import": """
import importlib, sys
for provider in {providers!r}:
    sys.path.insert(0, {generated!r} + "/" + provider)
    module = provider + "_client"
    scope = {{}}
    exec(f"from {{module}} import models", scope)  # the form that recursed
    package = sys.modules[module]
    assert package.models is scope["models"]
    for name in package.__all__:  # every public name, each on first access
        getattr(package, name)
    exec(f"from {{module}} import *", {{}})
    print(module, len(package.__all__))
""",
    "attribute": """
import importlib, sys
for provider in {providers!r}:
    sys.path.insert(0, {generated!r} + "/" + provider)
    package = importlib.import_module(provider + "_client")
    print(package.models.__name__)  # the attribute, first thing after the import
""",
}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_every_name_in_all_imports_on_a_fresh_interpreter(form: str) -> None:
    script = FORMS[form].format(providers=PROVIDERS, generated=str(GENERATED))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.split()
    for provider in PROVIDERS:
        assert (f"{provider}_client.models" if form == "attribute" else f"{provider}_client") in lines
