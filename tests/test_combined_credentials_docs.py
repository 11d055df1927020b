"""What a package says about a security requirement that combines schemes (a client id with its
secret, each its own apiKey scheme): its README and its mock's docstring and ``--help`` name
every credential the requirement takes, and the README's in-process example runs as written.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
import pytest
import yaml

from generator.pipeline import generate
from generator.write import write_packages
from test_combined_security import SPEC


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pairdocs")
    spec = folder / "pairdocs.yaml"
    spec.write_text(yaml.safe_dump(SPEC, sort_keys=False))
    write_packages(folder / "out", {"pairdocs": generate(spec, name="pairdocs").files})
    return folder / "out" / "pairdocs"


def _python_block_after(text: str, heading: str) -> str:
    start = text.index(heading)
    return text[text.index("```python\n", start) + len("```python\n") : text.index("```\n", text.index("```python\n", start) + 3)]


def test_the_readme_in_process_example_passes_both_credentials_and_runs(package: Path) -> None:
    readme = (package / "README.md").read_text()
    code = _python_block_after(readme, "In-process, no sockets")
    assert 'client_id="test"' in code and 'client_secret="test"' in code
    script = code + "\nprint(type(client.things.root()).__name__)\n"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=package, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "Thing"  # an answer, which needs both credentials


def test_the_readme_names_every_credential_the_requirement_takes(package: Path) -> None:
    readme = (package / "README.md").read_text()
    assert "combines schemes: it takes `client_id=` (or `$PAIRDOCS_CLIENT_ID`) with `client_secret=` (or `$PAIRDOCS_CLIENT_SECRET`)" in readme
    assert 'PairdocsMock(credentials={ "client_id": "...", "client_secret": "..." })' in readme
    assert 'mock.add_credentials(client_id="...", client_secret="...")' in readme


def test_the_auth_list_ends_before_the_paragraph_that_follows_it(package: Path) -> None:
    """Markdown: a paragraph right after a list item (no blank line) continues the item."""
    readme = (package / "README.md").read_text()
    before = readme[: readme.index("When several ways are offered")]
    assert before.endswith("\n\n")
    assert re.search(r"^- \*\*", before, re.M)


def test_the_mock_docstring_and_help_name_both_credentials(package: Path) -> None:
    doc = (package / "pairdocs_client" / "mock" / "__init__.py").read_text()
    assert 'PairdocsClient(client_id="test", client_secret="test", transport=mock.transport())' in doc
    result = subprocess.run([sys.executable, "-m", "pairdocs_client.mock", "--help"], capture_output=True, text=True, cwd=package, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "--client-id VALUE --client-secret VALUE" in result.stdout
