"""The mock's plain source (``templates/package/mock/``), loaded as a library of the generator.

Where the generator must agree with the mock (which ids a fresh mock holds, what string a
pattern gives), it runs the mock's own code instead of a second copy of its rules. The mock's
modules import one another relatively, so they load as one package, under a name of its own.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

from .paths import TEMPLATES

_PACKAGE = "generator._mock_source"


def mock_module(name: str) -> Any:
    """One module of the mock (``"_patterns"``, ``"_app"``), loaded once per process."""
    if _PACKAGE not in sys.modules:
        package = types.ModuleType(_PACKAGE)
        package.__path__ = [str(TEMPLATES / "package" / "mock")]
        sys.modules[_PACKAGE] = package
    writes = sys.dont_write_bytecode
    sys.dont_write_bytecode = True  # no __pycache__ in templates/: it is rungen's package data
    try:
        return importlib.import_module(f"{_PACKAGE}.{name}")
    finally:
        sys.dont_write_bytecode = writes
