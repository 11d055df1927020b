"""The rule table of `rungen diff`: each rule a small named function with an id, a level and a description.

Like oasdiff's checker, a rule looks at one kind of element and yields one message per
change it finds. The table (`RULES`) is what docs/diff-rules.md is generated from
(`python -m generator.diff --rules-markdown`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterator

BREAKING, ADDITIVE, DOCUMENTATION = "breaking", "additive", "documentation"
LEVELS = (BREAKING, ADDITIVE, DOCUMENTATION)


@dataclass(frozen=True)
class Change:
    """One change between two versions of an API or of its generated package."""

    rule: str
    level: str
    layer: str  # "api" (the OpenAPI contract) or "sdk" (the generated package's surface)
    message: str


Check = Callable[[Any, Any], Iterator[str]]


@dataclass(frozen=True)
class Rule:
    """A named check: every message it yields is a change of its level."""

    id: str
    level: str
    layer: str
    description: str
    check: Check

    def run(self, old: Any, new: Any) -> Iterator[Change]:
        for message in self.check(old, new):
            yield Change(self.id, self.level, self.layer, message)


RULES: list[Rule] = []


def rule(id: str, level: str, layer: str, description: str) -> Callable[[Check], Check]:
    """Register the decorated function as a rule of the table."""

    def register(check: Check) -> Check:
        RULES.append(Rule(id, level, layer, description, check))
        return check

    return register


def rules_markdown() -> str:
    """docs/diff-rules.md: the table, written from the code."""
    lines = [
        "# `rungen diff` rules",
        "",
        "Generated from `generator/diff_rules.py` by `python -m generator.diff_rules > docs/diff-rules.md`;",
        "a test checks that this file is current.",
        "",
        "Levels: **breaking** (code or calls that worked may fail: the package's major version goes up),",
        "**additive** (a compatible change: minor), **documentation** (text only: patch, as any other",
        "change of the generated code). The `api` layer compares the OpenAPI documents (what oasdiff",
        "checks); the `sdk` layer compares the generated package's surface records, which is where an",
        "operationId, tag, schema or `x-rungen-*` rename shows as the breaking rename it is.",
        "",
        "| id | layer | level | description |",
        "|---|---|---|---|",
    ]
    for r in RULES:
        lines.append(f"| `{r.id}` | {r.layer} | {r.level} | {r.description} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    # run as a script this module is __main__: the table lives in the imported generator.diff_rules
    from generator import diff, diff_rules

    del diff
    print(diff_rules.rules_markdown(), end="")
