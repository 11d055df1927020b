"""The benchmark cannot rot: its quick mode runs end to end and writes every figure."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_bench_quick_runs_and_reports_ratios(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    # its own cache folder: the bench empties the cache before each cold run, and the suite's is shared
    env = dict(os.environ, RUNGEN_CACHE_DIR=str(tmp_path / "cache"))
    result = subprocess.run([sys.executable, "-m", "bench", "--quick", "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=600, env=env)
    assert result.returncode == 0, result.stderr
    report = json.loads(out.read_text())
    names = [f["name"] for f in report["figures"]]
    assert any("generate" in n for n in names) and any("import" in n for n in names) and any("list call" in n for n in names)
    for f in report["figures"]:
        assert f["median"] > 0 and f["low"] <= f["median"] <= f["high"]
        if f["anchor_median"]:
            assert abs(f["ratio"] - f["median"] / f["anchor_median"]) < 1e-9
