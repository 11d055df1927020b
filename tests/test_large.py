"""Large specs: a synthetic ~10 MB document (thousands of operations and schemas) stays within
2 GB of memory. Each measurement runs in a wrapper process whose only child is the work, so
``RUSAGE_CHILDREN`` is that work's peak RSS.

Generating all of a 10 MB spec takes minutes (black formats ~20 MB of code). The default run
takes the same synthetic document at a size that still crosses every large-input path (thousands
of operations, formatting in worker processes and in pieces): the stages before formatting on a
2 MB one and the whole generation on a 0.4 MB one. The nightly run (``pytest -m nightly``) takes
the stages on the 10 MB document and the whole generation on a 1 MB one; set
``RUNGEN_LARGE_MB=10`` to generate the full 10 MB (``pytest -s`` prints the figures).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List

import pytest

from conftest import ROOT
from large_spec import large_spec

LIMIT_BYTES = 2 * 1024**3

#: The whole generation's size in the default run (RUNGEN_LARGE_MB to change it).
FULL_MB = float(os.environ.get("RUNGEN_LARGE_MB", "0.4"))
#: The sizes (MB) of the stages-only run: the default run's, and the nightly run's 10 MB.
STAGE_SIZES = [pytest.param(2, id="2MB"), pytest.param(10, id="10MB", marks=pytest.mark.nightly)]
FULL_SIZES = [pytest.param(FULL_MB, id="default"), pytest.param(1.0, id="1MB", marks=pytest.mark.nightly)]

#: Runs argv[1:] and prints its exit status, wall time and peak RSS (bytes, Linux reports KiB).
WRAPPER = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
print(json.dumps({"status": done.returncode, "seconds": time.perf_counter() - started,
                  "rss": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024, "stderr": done.stderr[-2000:]}))
"""

#: The pipeline up to rendered (unformatted) files, as the CLI runs it.
STAGES = """
import sys
from pathlib import Path
from generator.pipeline import _build
from generator.load import load_document
from generator.render import render
from generator.resolve import DocumentSet
from generator.validate import validate
docs = DocumentSet(load_document(sys.argv[1]))
problems = validate(docs)
files = render(_build(docs, "large", problems))
print(len(files), sum(len(text) for text in files.values()))
"""


def measured(*argv: str, timeout: float) -> Dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", WRAPPER, *argv], capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    report: Dict[str, Any] = json.loads(result.stdout)
    assert report["status"] == 0, report["stderr"]
    return report


def spec_file(tmp_path: Path, megabytes: float) -> Path:
    path = tmp_path / "large.json"
    path.write_text(large_spec(megabytes))
    return path


@pytest.mark.parametrize("megabytes", STAGE_SIZES)
def test_a_large_spec_loads_validates_builds_and_renders_within_memory(tmp_path: Path, megabytes: int) -> None:
    spec = spec_file(tmp_path, megabytes)
    data = json.loads(spec.read_text())
    assert spec.stat().st_size > megabytes * 1_000_000
    operations = sum(1 for item in data["paths"].values() for key in item if key != "parameters")
    # the 10 MB document: more than 5,000 operations and 3,000 schemas
    assert operations > 500 * megabytes and len(data["components"]["schemas"]) > 300 * megabytes
    report = measured(sys.executable, "-c", STAGES, str(spec), timeout=300 * megabytes)
    print(f"{megabytes} MB spec, load to render: {report['seconds']:.1f} s, peak RSS {report['rss'] / 2**20:.0f} MiB")
    assert report["rss"] < LIMIT_BYTES


@pytest.mark.parametrize("megabytes", FULL_SIZES)
def test_a_large_spec_generates_completely_within_memory(tmp_path: Path, megabytes: float) -> None:
    spec = spec_file(tmp_path, megabytes)
    out = tmp_path / "out"
    report = measured(sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out), "--name", "large", timeout=3600)
    size = sum(p.stat().st_size for p in out.rglob("*.py"))
    print(f"{spec.stat().st_size / 1e6:.1f} MB spec, full generation: {report['seconds']:.1f} s, peak RSS {report['rss'] / 2**20:.0f} MiB, {size / 1e6:.1f} MB of code")
    assert report["rss"] < LIMIT_BYTES
    assert sum(p.stat().st_size for p in (out / "large" / "large_client" / "resources").glob("*.py")) > megabytes * 1_000_000
