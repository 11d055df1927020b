"""The mock's plain source (``templates/package/mock/``), loaded as a library of the generator.

Where the generator must agree with the mock (which ids a fresh mock holds, what string a
pattern gives), it runs the mock's own code instead of a second copy of its rules. The mock's
modules import one another relatively, and a few runtime modules (``templates/package/runtime/``)
as their package's (``from .._pattern_search import searches``), so they load as one package's
``mock`` subpackage, under a name of its own whose top level is the runtime folder.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

from .paths import TEMPLATES

_PACKAGE = "generator._package_source"
_MOCK = _PACKAGE + ".mock"


def mock_module(name: str) -> Any:
    """One module of the mock (``"_patterns"``, ``"_app"``), loaded once per process."""
    for package_name, folder in ((_PACKAGE, "runtime"), (_MOCK, "mock")):
        if package_name not in sys.modules:
            package = types.ModuleType(package_name)
            package.__path__ = [str(TEMPLATES / "package" / folder)]
            sys.modules[package_name] = package
    writes = sys.dont_write_bytecode
    sys.dont_write_bytecode = True  # no __pycache__ in templates/: it is rungen's package data
    try:
        return importlib.import_module(f"{_MOCK}.{name}")
    finally:
        sys.dont_write_bytecode = writes
