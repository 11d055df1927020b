"""Stage 5, render: the IR through the Jinja2 templates into file texts (not yet formatted)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jinja2

from .ir import Package
from .text import class_line, docstring, import_line, layout, layout_annotated, layout_assignment, layout_field, string_statement

from .paths import TEMPLATES

#: Template -> output path; ``{module}`` is the package's import name.
OUTPUTS = {
    "package/pyproject.toml.j2": "pyproject.toml",
    "package/README.md.j2": "README.md",
    "package/api.md.j2": "api.md",
    "package/__init__.py.j2": "{module}/__init__.py",
    "package/_client.py.j2": "{module}/_client.py",
    "package/_config.py.j2": "{module}/_config.py",
    "package/models.py.j2": "{module}/models.py",
    "package/resources/__init__.py.j2": "{module}/resources/__init__.py",
    "package/runtime/errors.py.j2": "{module}/errors.py",
    "package/mock/__init__.py.j2": "{module}/mock/__init__.py",
    "package/mock/__main__.py.j2": "{module}/mock/__main__.py",
    "package/tests/test_contract.py.j2": "tests/test_{module}_contract.py",
}
#: Source file -> output path: Python modules that are the same for every package, kept as plain
#: source in ``templates/`` (formatted, type-checked and tested as such) and copied as they are.
VERBATIM = {
    **{f"package/runtime/{p.name}": f"{{module}}/{p.name}" for p in sorted((TEMPLATES / "package" / "runtime").glob("*.py"))},
    **{f"package/mock/{p.name}": f"{{module}}/mock/{p.name}" for p in sorted((TEMPLATES / "package" / "mock").glob("*.py"))},
}
#: Template -> (output path, the Package field that must be non-empty for the file to exist).
OPTIONAL = {"package/webhooks.py.j2": ("{module}/webhooks.py", "webhooks")}
#: Template -> output path, rendered once per top-level resource (``resource`` in the template).
PER_RESOURCE = {"package/resources/resource.py.j2": "{module}/resources/{resource}.py"}
STATIC = {"{module}/py.typed": ""}


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """One Jinja environment per process: templates compile once.

    The templates lay out long lines as black does (`text.layout` and friends), so that black
    finds nothing to change: it formats a piece twice whenever its first pass changed it."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.globals.update(class_line=class_line, docstring=docstring, import_line=import_line, layout=layout, layout_annotated=layout_annotated, layout_assignment=layout_assignment, layout_field=layout_field, string_statement=string_statement)
    return env


def render(package: Package) -> dict[str, str]:
    """Every file of the package, by path relative to the package folder."""
    env = environment()
    files = {}
    for template, output in OUTPUTS.items():
        files[output.format(module=package.module)] = env.get_template(template).render(package=package)
    for template, (output, needs) in OPTIONAL.items():
        if getattr(package, needs):
            files[output.format(module=package.module)] = env.get_template(template).render(package=package)
    for template, output in PER_RESOURCE.items():
        for resource in package.resources:
            path = output.format(module=package.module, resource=resource.module)
            files[path] = env.get_template(template).render(package=package, resource=resource)
    for source, output in VERBATIM.items():
        files[output.format(module=package.module)] = verbatim(source)
    for output, content in STATIC.items():
        files[output.format(module=package.module)] = content
    files[f"{package.module}/mock/spec.json"] = package.spec_json
    return files


@lru_cache(maxsize=None)
def verbatim(source: str) -> str:
    """The text of a plain source file under ``templates/``, read once per process."""
    return (TEMPLATES / source).read_text(encoding="utf-8")


def template_files() -> list[Path]:
    """Every template file (for cache keys)."""
    return sorted(p for p in TEMPLATES.rglob("*") if p.is_file())
