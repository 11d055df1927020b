"""The package version, computed from what changed since the last generation, and its changelog.

breaking -> major (minor while below 1.0), additive -> minor (patch below 1.0), any other
change of the generated code -> patch, nothing -> unchanged. A package generated for the
first time starts at 1.0.0; `x-rungen-package: {version: X}` raises the result to at least X.
No dates: the same inputs give the same version and the same CHANGELOG.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .diff_rules import ADDITIVE, BREAKING, DOCUMENTATION, Change

START = "1.0.0"
#: what the templates write where the version goes, replaced once the version is known
PLACEHOLDER = "0.0.0+rungen.version.placeholder"
CHANGELOG = "CHANGELOG.md"
_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


@dataclass(frozen=True)
class Previous:
    """What the last generation left in the package folder."""

    record: dict[str, Any] | None = None
    changelog: str = ""
    spec: dict[str, Any] | None = None


@dataclass(frozen=True)
class Decision:
    """The version of this generation, and why."""

    version: str
    previous: str | None
    changes: list[Change] = field(default_factory=list)
    code_changed: bool = False

    @property
    def level(self) -> str | None:
        """The highest level among the changes (None: none)."""
        return highest(self.changes)


def highest(changes: list[Change]) -> str | None:
    """breaking, else additive, else documentation, else None."""
    levels = {c.level for c in changes}
    return next((level for level in (BREAKING, ADDITIVE, DOCUMENTATION) if level in levels), None)


def parse(version: Any) -> tuple[int, int, int] | None:
    match = _SEMVER.match(str(version or ""))
    return (int(match[1]), int(match[2]), int(match[3])) if match else None


def bump(version: str, level: str | None, code_changed: bool) -> str:
    """The next version after `version` for a change of `level`."""
    parts = parse(version) or parse(START)
    assert parts is not None
    major, minor, patch = parts
    if level == BREAKING:
        return f"{major + 1}.0.0" if major >= 1 else f"0.{minor + 1}.0"
    if level == ADDITIVE:
        return f"{major}.{minor + 1}.0" if major >= 1 else f"{major}.{minor}.{patch + 1}"
    if level == DOCUMENTATION or code_changed:
        return f"{major}.{minor}.{patch + 1}"
    return version


def decide(previous: Previous, changes: list[Change], digest: str, minimum: str | None) -> Decision:
    """This generation's version: from the previous record and the changes since."""
    record = previous.record
    if record is None or parse(record.get("version")) is None:
        version = START
        return Decision(_at_least(version, minimum), None)
    old = str(record["version"])
    code_changed = record.get("code_digest") != digest
    version = bump(old, highest(changes), code_changed)
    return Decision(_at_least(version, minimum), old, changes, code_changed)


def _at_least(version: str, minimum: str | None) -> str:
    if minimum and parse(minimum) and parse(minimum) > parse(version):  # type: ignore[operator]
        return minimum
    return version


def changelog(previous: Previous, decision: Decision, title: str, api_version: str, distribution: str) -> str:
    """CHANGELOG.md: the previous one with a section on top when the version moved."""
    header = f"# Changelog of {distribution}\n\nOne section per version, newest first. Versions follow semver, computed by rungen from\nthe change to the package's public surface (`surface.json`) and to the API document.\n"
    kept = previous.changelog if previous.changelog.startswith("# Changelog") else ""
    if decision.previous is not None and decision.version == decision.previous and kept:
        return kept
    at = kept.find("\n## ")
    rest = kept[at + 1 :] if at >= 0 else ""
    return header + "\n" + _section(decision, title, api_version) + ("\n" + rest if rest else "")


def _section(decision: Decision, title: str, api_version: str) -> str:
    lines = [f"## {decision.version}", ""]
    if decision.previous is None:
        lines += [f"First version of this package, generated from the {_line(title)} (API version `{_line(api_version)}`).", ""]
        return "\n".join(lines)
    groups = [
        (BREAKING, "Breaking changes"),
        (ADDITIVE, "Added"),
        (DOCUMENTATION, "Documentation"),
    ]
    for level, heading in groups:
        picked = [c for c in decision.changes if c.level == level]
        if not picked:
            continue
        lines += [f"### {heading}", ""]
        for change in sorted(picked, key=lambda c: (c.layer != "sdk", c.rule, c.message)):
            where = "" if change.layer == "sdk" else "API: "
            suffix = " — breaking" if level == BREAKING else ""
            lines.append(f"- {where}{_line(change.message)}{suffix}")
        lines.append("")
    if not decision.changes:
        lines += ["- The generated code changed (a new rungen or runtime); the public surface did not.", ""]
    return "\n".join(lines)


def _line(text: str) -> str:
    """Spec text on one markdown line: no raw HTML, no line breaks, bounded."""
    value = " ".join(str(text).split())
    value = value.replace("<", "&lt;").replace(">", "&gt;")
    return value if len(value) <= 400 else value[:399] + "…"
