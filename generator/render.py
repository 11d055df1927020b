"""Stage 5, render: the IR through the Jinja2 templates into file texts (not yet formatted)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jinja2

from .ir import Package

#: The templates: installed beside the generator (``rungen_templates``), else the checkout's folder.
TEMPLATES = next(
    (p for p in (Path(__file__).resolve().parent.parent / name for name in ("rungen_templates", "templates")) if p.is_dir()),
    Path(__file__).resolve().parent.parent / "templates",
)

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
    "package/runtime/_types.py.j2": "{module}/_types.py",
    "package/runtime/_auth.py.j2": "{module}/_auth.py",
    "package/runtime/_base_client.py.j2": "{module}/_base_client.py",
    "package/runtime/_redirects.py.j2": "{module}/_redirects.py",
    "package/runtime/_params.py.j2": "{module}/_params.py",
    "package/runtime/_pagination.py.j2": "{module}/_pagination.py",
    "package/runtime/_resource.py.j2": "{module}/_resource.py",
    "package/runtime/errors.py.j2": "{module}/errors.py",
    "package/mock/__init__.py.j2": "{module}/mock/__init__.py",
    "package/mock/__main__.py.j2": "{module}/mock/__main__.py",
    "package/mock/_actions.py.j2": "{module}/mock/_actions.py",
    "package/mock/_app.py.j2": "{module}/mock/_app.py",
    "package/mock/_auth.py.j2": "{module}/mock/_auth.py",
    "package/mock/_collections.py.j2": "{module}/mock/_collections.py",
    "package/mock/_requests.py.j2": "{module}/mock/_requests.py",
    "package/mock/_resources.py.j2": "{module}/mock/_resources.py",
    "package/mock/_responses.py.j2": "{module}/mock/_responses.py",
    "package/mock/_schema.py.j2": "{module}/mock/_schema.py",
    "package/mock/_server.py.j2": "{module}/mock/_server.py",
    "package/tests/test_contract.py.j2": "tests/test_{module}_contract.py",
}
#: Template -> (output path, the Package field that must be non-empty for the file to exist).
OPTIONAL = {"package/webhooks.py.j2": ("{module}/webhooks.py", "webhooks")}
#: Template -> output path, rendered once per top-level resource (``resource`` in the template).
PER_RESOURCE = {"package/resources/resource.py.j2": "{module}/resources/{resource}.py"}
STATIC = {"{module}/py.typed": ""}


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """One Jinja environment per process: templates compile once."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


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
    for output, content in STATIC.items():
        files[output.format(module=package.module)] = content
    files[f"{package.module}/mock/spec.json"] = package.spec_json
    return files


def template_files() -> list[Path]:
    """Every template file (for cache keys)."""
    return sorted(p for p in TEMPLATES.rglob("*") if p.is_file())
