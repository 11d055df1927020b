"""Run every Python example of generated packages' READMEs, as a reader would: in a fresh process.

    python tests/readme_examples.py PACKAGE_FOLDER...

For each package folder: serves the package's own mock on a free loopback port, sets the
environment the README's "Use" section tells the reader to `export` (its one mock URL,
``http://127.0.0.1:4010``, becomes the port actually served: the only substitution), then runs
the README's ```python blocks in order in one namespace, as a reader pastes them into one
session. Prints one JSON line per package: ``{"package", "examples", "error"}``.

One thing is stood in for: the README's waitress example serves until interrupted, and waitress
is not a dependency; a stand-in `waitress.serve` makes one request through the app it is given.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import os
import re
import sys
import threading
import traceback
import types
import warnings
from pathlib import Path
from typing import Any, Iterator

#: The mock URL the READMEs use; replaced by the URL of the port served here.
README_MOCK_URL = "http://127.0.0.1:4010"
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
_EXPORT = re.compile(r"^export (.+)$", re.M)


def python_blocks(readme: str) -> list[str]:
    """The README's Python examples, in order."""
    return _BLOCK.findall(readme)


def exported(readme: str) -> dict[str, str]:
    """The variables of the README's `export` line (values as the shell reads them)."""
    import shlex

    found = _EXPORT.search(readme)
    if found is None:
        return {}
    return dict(item.split("=", 1) for item in shlex.split(found.group(1)))


def _waitress_stand_in() -> types.ModuleType:
    module = types.ModuleType("waitress")

    def serve(app: Any, **options: Any) -> None:
        answer: list[str] = []
        environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/", "QUERY_STRING": "", "SERVER_NAME": "127.0.0.1",
                   "SERVER_PORT": "4010", "REMOTE_ADDR": "127.0.0.1", "wsgi.input": io.BytesIO(b""), "wsgi.url_scheme": "http"}
        b"".join(app(environ, lambda status, headers, *exc: answer.append(status)))
        assert answer, "the WSGI app answered nothing"

    module.serve = serve  # type: ignore[attr-defined]
    return module


@contextlib.contextmanager
def served_mock(module: str) -> Iterator[str]:
    """The package's mock (as `python -m <module>.mock` builds it) on a free loopback port."""
    mock_package = importlib.import_module(f"{module}.mock")
    server_module = importlib.import_module(f"{module}.mock._server")
    mock_class = next(v for n, v in vars(mock_package).items() if n.endswith("Mock") and isinstance(v, type))
    mock = mock_class(seed=0)
    server = server_module.make_server(mock.app, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def run_package(folder: Path) -> dict[str, Any]:
    """Run one package's README examples; the result line for it."""
    readme = (folder / "README.md").read_text(encoding="utf-8")
    blocks = python_blocks(readme)
    module = next(p.parent.parent.name for p in sorted(folder.glob("*/mock/__main__.py")))
    result: dict[str, Any] = {"package": folder.name, "examples": len(blocks), "error": None}
    sys.path.insert(0, str(folder))
    before = dict(os.environ)
    try:
        with served_mock(module) as url:
            os.environ.update({k: v.replace(README_MOCK_URL, url) for k, v in exported(readme).items()})
            namespace: dict[str, Any] = {"__name__": "__readme__"}
            for number, block in enumerate(blocks, 1):
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", DeprecationWarning)  # deprecated operations warn, as documented
                    with contextlib.redirect_stdout(io.StringIO()):
                        try:
                            exec(compile(block, f"{folder.name}/README.md, example {number}", "exec"), namespace)
                        except BaseException:
                            result["error"] = f"example {number}:\n{block}\n{traceback.format_exc(limit=-3)}"
                            break
    except BaseException:
        result["error"] = traceback.format_exc(limit=-5)
    finally:
        os.environ.clear()
        os.environ.update(before)
        sys.path.remove(str(folder))
    return result


def run_examples(folders: list[Path]) -> dict[str, dict[str, Any]]:
    """This script over `folders` in one fresh process, in a clean environment (no credentials
    of the reader's leak in): each package's result line, by folder name."""
    import subprocess

    result = subprocess.run(
        [sys.executable, __file__, *map(str, folders)],
        capture_output=True, text=True, timeout=600, env={"PATH": os.environ.get("PATH", "/usr/bin:/bin")},
    )
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == len(folders), result.stdout[-3000:] + result.stderr[-3000:]
    return {line["package"]: line for line in lines}


def main(folders: list[str]) -> None:
    sys.modules["waitress"] = _waitress_stand_in()
    for folder in folders:
        print(json.dumps(run_package(Path(folder))), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
