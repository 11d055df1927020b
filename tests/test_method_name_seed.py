"""A method's name is the same in every process: an operation id that holds both the resource's
word and its singular (GitHub's `repos/create-repo-ruleset` on `repos`) lost one or the other
depending on the interpreter's hash seed, so two generations of one document differed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = [("repos/create-repo-ruleset", "repos"), ("issues/add-issue-field-values", "issues"), ("codespaces/codespace-machines-for-authenticated-user", "codespaces")]


def test_the_resource_word_is_taken_out_before_its_singular() -> None:
    from generator import naming

    assert naming.method_name("repos/create-repo-ruleset", "repos") == "create_repo_ruleset"


def test_method_names_do_not_depend_on_the_hash_seed() -> None:
    code = f"from generator import naming\nprint([naming.method_name(o, r) for o, r in {CASES!r}])"
    seen = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env={"PYTHONHASHSEED": str(seed), "PATH": "/usr/bin:/bin"}, check=True).stdout
        for seed in range(8)
    }
    assert len(seen) == 1, seen
