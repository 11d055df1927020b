"""Where rungen's own files are: the templates, beside the generator in a checkout, inside it
once installed from a wheel (``pip install .``, as pre-commit installs the hook)."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent

#: The templates folder: ``generator/templates`` in an installed wheel, ``templates/`` in a checkout.
TEMPLATES = _HERE / "templates" if (_HERE / "templates").is_dir() else _HERE.parent / "templates"
