"""`rungen diff`: every change between two versions of an API, on two layers, each classified.

The `api` layer compares the OpenAPI documents (generator/diff_api.py), the `sdk` layer the
surface records of the packages generated from them (generator/diff_sdk.py). Both layers'
rules are in one table (generator/diff_rules.py, docs/diff-rules.md).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from . import diff_api, diff_sdk  # noqa: F401 - their rules register on import
from .diff_rules import LEVELS, RULES, Change
from .version import _line


def changes(old_spec: dict[str, Any] | None, new_spec: dict[str, Any] | None, old_surface: dict[str, Any] | None, new_surface: dict[str, Any] | None) -> list[Change]:
    """Every change, API layer first; a side that is None is left out of its layer."""
    result: list[Change] = []
    if old_spec is not None and new_spec is not None:
        old, new = diff_api.contract(old_spec), diff_api.contract(new_spec)
        for r in RULES:
            if r.layer == diff_api.API:
                result.extend(r.run(old, new))
    if old_surface is not None and new_surface is not None:
        for r in RULES:
            if r.layer == diff_sdk.SDK:
                result.extend(r.run(old_surface, new_surface))
    return result


def counts(found: list[Change]) -> dict[str, int]:
    return {level: sum(c.level == level for c in found) for level in LEVELS}


def as_text(found: list[Change], old: str, new: str) -> str:
    if not found:
        return f"no changes between {old} and {new}\n"
    lines = [f"{len(found)} changes between {old} and {new}: " + ", ".join(f"{n} {level}" for level, n in counts(found).items())]
    for level in LEVELS:
        for c in found:
            if c.level == level:
                lines.append(f"{level:<13} {c.layer:<3}  {c.message}  [{c.rule}]")
    return "\n".join(lines) + "\n"


def as_json(found: list[Change], old: str, new: str) -> str:
    return json.dumps({"old": old, "new": new, "counts": counts(found), "changes": [asdict(c) for c in found]}, indent=2, ensure_ascii=False) + "\n"


def as_markdown(found: list[Change], old: str, new: str) -> str:
    lines = [f"## Changes between `{_line(old)}` and `{_line(new)}`", ""]
    if not found:
        return "\n".join(lines + ["No changes.", ""])
    lines += ["| level | layer | change | rule |", "|---|---|---|---|"]
    for level in LEVELS:
        for c in found:
            if c.level == level:
                message = _line(c.message).replace("|", "\\|")
                lines.append(f"| {level} | {c.layer} | {message} | `{c.rule}` |")
    return "\n".join(lines) + "\n"


FORMATS = {"text": as_text, "json": as_json, "markdown": as_markdown}


def committed(folder: Path) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """(the API document, the surface record) a committed package was generated from."""
    from .surface import RECORD, loads

    record_path = folder / RECORD
    record = loads(record_path.read_text(encoding="utf-8")) if record_path.is_file() else None
    specs = sorted(folder.glob("*/mock/spec.json"))
    spec = json.loads(specs[0].read_text(encoding="utf-8")) if specs else None
    return spec, record
