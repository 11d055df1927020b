"""The loop, end to end: edit a spec, regenerate, and get the diff, the version and the changelog the edit deserves.

Each edit of issue 13's list is applied to a small spec (tests/fixtures/loop/shop.yaml). For
every additive edit, the client generated from the old spec is run, sync and async, against
the mock generated from the new one.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

from conftest import FIXTURES
from generator.diff_rules import ADDITIVE, BREAKING
from generator.pipeline import generate, previous_of
from generator.write import MARKER, without_record, write_packages

BASE = yaml.safe_load((FIXTURES / "loop" / "shop.yaml").read_text())
Edit = Callable[[Any], None]


def _item(s: Any) -> Any:
    return s["components"]["schemas"]["Item"]


def _examples(s: Any, **fields: Any) -> None:
    """Keep the examples in step with an edit (so the new mock serves the new shape)."""
    _item(s)["example"].update(fields)
    s["paths"]["/items"]["get"]["responses"]["200"]["content"]["application/json"]["example"][0].update(fields)


def new_optional_field(s: Any) -> None:
    _item(s)["properties"]["color"] = {"type": "string"}
    _examples(s, color="red")


def new_enum_value(s: Any) -> None:
    _item(s)["properties"]["kind"]["enum"].append("toy")
    _examples(s, kind="toy")  # the old client reads a kind it was not generated with


def new_endpoint(s: Any) -> None:
    schema = {"type": "array", "items": {"type": "string"}}
    responses = {"200": {"description": "Reviews.", "content": {"application/json": {"schema": schema, "example": ["Great"]}}}}
    s["paths"]["/items/{item_id}/reviews"] = {"parameters": s["paths"]["/items/{item_id}"]["parameters"], "get": {"operationId": "listReviews", "responses": responses}}


def new_optional_parameter(s: Any) -> None:
    s["paths"]["/items"]["get"]["parameters"].append({"name": "q", "in": "query", "schema": {"type": "string"}})


def removed_endpoint(s: Any) -> None:
    del s["paths"]["/items/{item_id}"]["delete"]


def renamed_operation_id(s: Any) -> None:
    s["paths"]["/items/{item_id}"]["get"]["operationId"] = "fetchItem"


def new_required_parameter(s: Any) -> None:
    s["paths"]["/items"]["get"]["parameters"].append({"name": "store", "in": "query", "required": True, "schema": {"type": "string"}})


def response_field_removed(s: Any) -> None:
    del _item(s)["properties"]["price"]
    del _item(s)["example"]["price"]
    del s["paths"]["/items"]["get"]["responses"]["200"]["content"]["application/json"]["example"][0]["price"]


# (edit, level, version after 1.0.0, the changelog's lines for it)
EDITS: list[tuple[Edit, str, str, list[str]]] = [
    (new_optional_field, ADDITIVE, "1.1.0", [
        "### Added",
        "- `Item.color` added",
        "- API: GET /items/{}: new response property color",
        "- API: GET /items: new response property [].color",
        "- API: POST /items: new response property color",
    ]),
    (new_enum_value, ADDITIVE, "1.1.0", [
        "### Added",
        "- `Item.kind` accepts more values: `Union[Literal['book', 'game', 'toy'], str]`",
        "- API: GET /items/{}: response property kind may now be 'toy'",
        "- API: GET /items: response property [].kind may now be 'toy'",
        "- API: POST /items: response property kind may now be 'toy'",
    ]),
    (new_endpoint, ADDITIVE, "1.1.0", ["### Added", "- new method `client.items.list_reviews()`", "- API: GET /items/{}/reviews added"]),
    (new_optional_parameter, ADDITIVE, "1.1.0", ["### Added", "- `client.items.list()` gained `q`", "- API: GET /items: new optional parameter query q"]),
    (removed_endpoint, BREAKING, "2.0.0", ["### Breaking changes", "- `client.items.delete()` removed — breaking", "- API: DELETE /items/{} removed — breaking"]),
    # on the wire nothing changed (oasdiff: INFO); in the SDK the method has a new name
    (renamed_operation_id, BREAKING, "2.0.0", [
        "### Breaking changes",
        "- `client.items.get()` renamed to `client.items.fetch()` — breaking",
        "### Documentation",
        "- API: GET /items/{}: operationId 'getItem' is now 'fetchItem'",
    ]),
    (new_required_parameter, BREAKING, "2.0.0", ["### Breaking changes", "- `client.items.list()` needs a new argument `store` — breaking", "- API: GET /items: new required parameter query store — breaking"]),
    (response_field_removed, BREAKING, "2.0.0", [
        "### Breaking changes",
        "- `Item.price` removed — breaking",
        "- API: GET /items/{}: response property price removed — breaking",
        "- API: GET /items: response property [].price removed — breaking",
        "- API: POST /items: response property price removed — breaking",
    ]),
]


def write_spec(folder: Path, spec: Any, name: str = "shop") -> Path:
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return path


@pytest.fixture(scope="module")
def first(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Version 1.0.0 of the shop package, as committed, and the old client under its own name."""
    root = tmp_path_factory.mktemp("loop")
    spec = write_spec(root, BASE)
    write_packages(root / "out", {"shop": generate(spec).files})
    write_packages(root / "old", {"shopold": generate(spec, name="shopold").files})
    return root


_EDITED: dict[tuple[Path, str], tuple[Any, dict[str, str]]] = {}


def regenerate(first: Path, tmp_path: Path, spec: Any) -> tuple[Any, dict[str, str]]:
    result = generate(write_spec(tmp_path, spec), previous=previous_of(first / "out" / "shop"))
    return result.package, result.files


def edited(first: Path, tmp_path: Path, edit: Edit) -> tuple[Any, dict[str, str]]:
    """The package regenerated after `edit` (once per edit: two tests read it)."""
    if (first, edit.__name__) not in _EDITED:
        spec = copy.deepcopy(BASE)
        edit(spec)
        _EDITED[(first, edit.__name__)] = regenerate(first, tmp_path, spec)
    return _EDITED[(first, edit.__name__)]


def section(changelog: str) -> list[str]:
    """The newest section's lines, headings and items only."""
    top = changelog.split("\n## ")[1]
    return [line for line in top.splitlines()[1:] if line.startswith(("#", "-"))]


def test_the_first_generation_is_1_0_0_with_a_first_section(first: Path) -> None:
    record = json.loads((first / "out" / "shop" / "surface.json").read_text())
    assert (record["version"], record["api_version"]) == ("1.0.0", "1")
    assert 'version = "1.0.0"' in (first / "out" / "shop" / "pyproject.toml").read_text()
    assert "API version 1 (generated by rungen)" in (first / "out" / "shop" / "pyproject.toml").read_text()
    init = (first / "out" / "shop" / "shop_client" / "__init__.py").read_text()
    assert '__version__ = "1.0.0"' in init and '__api_version__ = "1"' in init
    log = (first / "out" / "shop" / "CHANGELOG.md").read_text()
    assert "## 1.0.0\n\nFirst version of this package, generated from the Shop API (API version `1`).\n" in log


@pytest.mark.parametrize("edit, level, version, lines", EDITS, ids=[e[0].__name__ for e in EDITS])
def test_an_edit_gets_its_version_and_changelog(first: Path, tmp_path: Path, edit: Edit, level: str, version: str, lines: list[str]) -> None:
    package, files = edited(first, tmp_path, edit)
    assert package.version == version
    assert json.loads(files["surface.json"])["version"] == version
    assert f'version = "{version}"' in files["pyproject.toml"]
    log = files["CHANGELOG.md"]
    assert log.count("\n## ") == 2 and f"\n## {version}\n" in log and "\n## 1.0.0\n" in log
    assert section(log) == lines
    assert not any(line.startswith("### Breaking") for line in section(log)) or level == BREAKING


def test_regenerating_the_same_spec_changes_nothing(first: Path, tmp_path: Path) -> None:
    package, files = regenerate(first, tmp_path, copy.deepcopy(BASE))
    assert package.version == "1.0.0"
    for name, text in files.items():
        assert (first / "out" / "shop" / name).read_text() == text, name


def test_a_description_edit_is_a_patch(first: Path, tmp_path: Path) -> None:
    spec = copy.deepcopy(BASE)
    spec["paths"]["/items"]["get"]["description"] = "Every item, newest first."
    package, files = regenerate(first, tmp_path, spec)
    assert package.version == "1.0.1"
    assert section(files["CHANGELOG.md"]) == ["### Documentation", "- API: GET /items: description changed"]


def test_a_change_of_the_generated_code_alone_is_a_patch(first: Path, tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    write_packages(tmp_path, {"shop": {p.relative_to(first / "out" / "shop").as_posix(): p.read_text() for p in (first / "out" / "shop").rglob("*") if p.is_file()}})
    record = json.loads((folder / "surface.json").read_text())
    record["code_digest"] = "0" * 64  # as if the runtime templates had changed since
    (folder / "surface.json").write_text(json.dumps(record))
    result = generate(write_spec(tmp_path, BASE), previous=previous_of(folder))
    assert result.package.version == "1.0.1"
    assert section(result.files["CHANGELOG.md"]) == ["- The generated code changed (a new rungen or runtime); the public surface did not."]


def _rendered_as(change: Callable[[str, str], str]) -> Any:
    """`generator.render.render`, each file's text passed through `change(path, text)` (a template edit)."""
    from generator import render as render_module

    original = render_module.render

    def render(package: Any) -> dict[str, str]:
        return {path: change(path, text) for path, text in original(package).items()}

    return render


def test_a_template_change_black_formats_away_is_no_new_version(first: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the version follows the formatted code: the rendered text changed (spacing, blank lines
    # at the end), what black writes of it did not
    def unformatted(path: str, text: str) -> str:
        if path.endswith(("_config.py", "models.py")):
            text = text.replace("from __future__ import annotations", "from  __future__  import  annotations") + "\n\n\n"
        return text

    monkeypatch.setattr("generator.pipeline.render", _rendered_as(unformatted))
    result = generate(write_spec(tmp_path, BASE), previous=previous_of(first / "out" / "shop"))
    assert result.package.version == "1.0.0"
    committed = first / "out" / "shop"
    assert all((committed / path).read_text() == text for path, text in result.files.items() if path.endswith(".py"))


def test_a_template_change_black_keeps_is_a_patch(first: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def commented(path: str, text: str) -> str:
        return text + "# a new line of generated code\n" if path.endswith("models.py") else text

    monkeypatch.setattr("generator.pipeline.render", _rendered_as(commented))
    result = generate(write_spec(tmp_path, BASE), previous=previous_of(first / "out" / "shop"))
    assert result.package.version == "1.0.1"
    assert section(result.files["CHANGELOG.md"]) == ["- The generated code changed (a new rungen or runtime); the public surface did not."]


def test_x_rungen_package_version_raises_the_version(first: Path, tmp_path: Path) -> None:
    spec = copy.deepcopy(BASE)
    spec["x-rungen-package"] = {"version": "3.0.0"}
    new_optional_parameter(spec)
    package, _ = regenerate(first, tmp_path, spec)
    assert package.version == "3.0.0"


COMPAT = """
import asyncio, importlib, sys
sys.path[:0] = [{old!r}, {old_tests!r}] + {news!r}
import test_shopold_client_contract as old
from shopold_client import AsyncShopoldClient, ShopoldClient

def sync(mock, case):
    with ShopoldClient(**old.CREDENTIALS, base_url=old.BASE_URL, transport=mock.transport(), max_retries=0) as client:
        result = old.bound_method(client, case)(*case.args, **case.kwargs)
        return list(result) if case.paged else result

async def run_async(mock, case):
    async with AsyncShopoldClient(**old.CREDENTIALS, base_url=old.BASE_URL, transport=mock.transport(), max_retries=0) as client:
        called = old.bound_method(client, case)(*case.args, **case.kwargs)
        return [item async for item in called] if case.paged else await called

for name in {names!r}:
    mock_class = importlib.import_module(name + "_client.mock").ShopMock
    seen = []
    for case in old.CASES:
        for run in (lambda: sync(mock_class(seed=1, clock=lambda: old.NOW), case), lambda: asyncio.run(run_async(mock_class(seed=1, clock=lambda: old.NOW), case))):
            result = run()
            old.assert_declared_type(result, case)
            seen.append(repr(result))
    print(name, len(old.CASES), " ".join(seen))
"""


def test_the_old_client_works_against_the_new_mock_after_each_additive_edit(first: Path, tmp_path: Path) -> None:
    edits = {f"shop{i}": edit for i, (edit, level, _, _) in enumerate(EDITS) if level == ADDITIVE}
    for name, edit in edits.items():
        _, files = edited(first, tmp_path, edit)
        # each under its own import name (the package imports itself relatively), so all run in one interpreter
        write_packages(tmp_path / "new", {name: {path.replace("shop_client/", f"{name}_client/", 1): text for path, text in files.items()}})
    old = first / "old" / "shopold"
    news = [str(tmp_path / "new" / name) for name in edits]
    script = COMPAT.format(old=str(old), old_tests=str(old / "tests"), news=news, names=list(edits))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    results = {line.split()[0]: line for line in done.stdout.splitlines()}
    assert sorted(results) == sorted(edits)
    for name, edit in edits.items():
        assert results[name].split()[1] == "4", edit.__name__  # list, create, get, delete: every method of the old client
        if edit is new_enum_value:
            assert "kind='toy'" in results[name]  # the new value, parsed by the old client
        if edit is new_optional_field:
            assert "color='red'" in results[name]  # kept as an extra field


def test_recording_where_the_spec_came_from_changes_no_file(first: Path, tmp_path: Path) -> None:
    spec = copy.deepcopy(BASE)
    spec["x-rungen-sources"] = [{"url": "https://shop.example/docs", "sha256": "0" * 64}]
    package, files = regenerate(first, tmp_path, spec)
    assert package.version == "1.0.0"
    for name, text in files.items():
        if name == MARKER:  # its record of the inputs names the spec's new digest; the files it lists are the same
            assert without_record((first / "out" / "shop" / name).read_text()) == without_record(text)
            continue
        assert (first / "out" / "shop" / name).read_text() == text, name
