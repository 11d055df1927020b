"""Each generated package ships `api.md`: every resource, method (signature and route), model
and error class, so a user can browse what the package offers."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from conftest import GENERATED, PROVIDERS


def public_methods(package: Path) -> set[str]:
    """`resource.method` for every public method of every sync resource class in the package."""
    found = set()
    for module in (package / "resources").glob("*.py"):
        for node in ast.parse(module.read_text()).body:
            if isinstance(node, ast.ClassDef) and not node.name.startswith("Async"):
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and not item.name.startswith("_"):
                        found.add(f"{node.name}.{item.name}")
    return found


def classes(module: Path) -> set[str]:
    tree = ast.parse(module.read_text())
    names = {node.name for node in tree.body if isinstance(node, ast.ClassDef) and not node.name.startswith("_")}
    names |= {node.target.id for node in tree.body if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)}
    return names


@pytest.mark.parametrize("provider", PROVIDERS)
def test_api_md_lists_every_method_model_and_error(provider: str) -> None:
    root = GENERATED / provider
    package = root / f"{provider}_client"
    reference = (root / "api.md").read_text()
    methods = re.findall(r"^### `client\.([\w.]+)\(\)`$", reference, re.M)
    assert len(methods) == len(set(methods))
    assert len(methods) == len(public_methods(package))
    listed_models = set(re.findall(r"^- `(\w+)`", reference, re.M))
    assert classes(package / "models.py") <= listed_models
    listed_errors = set(re.findall(r"`(\w+(?:Error))`", reference))
    assert {name for name in classes(package / "errors.py") if name.endswith("Error")} <= listed_errors
    # every in-page link lands on a heading (GitHub's anchors: lowercase, punctuation dropped)
    anchors = {re.sub(r"[^\w\- ]", "", heading).strip().lower().replace(" ", "-") for heading in re.findall(r"^#+ (.+)$", reference, re.M)}
    for target in re.findall(r"\]\(#([^)]+)\)", reference):
        assert target in anchors, target


@pytest.mark.parametrize(
    ("provider", "method", "route"),
    [
        ("rundun", "runs.create", "POST /runs"),  # Rundun docs: curl -X POST https://api.rundun.app/v1/runs
        ("rundun", "runs.get", "GET /runs/{run_id}"),
        ("runn", "people.list", "GET /people/"),  # Runn docs: GET /people (the API lists with a trailing slash)
    ],
)
def test_api_md_gives_each_method_its_documented_route(provider: str, method: str, route: str) -> None:
    reference = (GENERATED / provider / "api.md").read_text()
    entry = reference.split(f"### `client.{method}()`", 1)[1]
    assert entry.lstrip().startswith(f"`{route}`")
