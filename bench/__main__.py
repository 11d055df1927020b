"""``python -m bench``: measure, print a table of medians and ratios, and write bench/results/latest.json."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, List, Optional

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
CORPUS = ROOT.parent / "shared" / "corpus"
OPC_VERSION = "0.26.1"


@dataclass
class Figure:
    """One measured figure, its anchor, and the ratio between their medians."""

    name: str
    goal: str
    median: Optional[float]
    low: Optional[float]
    high: Optional[float]
    anchor: str
    anchor_median: Optional[float]
    ratio: Optional[float]
    note: str = ""


def timed(fn: Callable[[], object], runs: int) -> List[float]:
    """Wall-clock seconds of `runs` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def run(*args: str, cwd: Path = ROOT, env: Optional[dict] = None, ok: tuple = (0,)) -> None:
    result = subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, env=env)
    if result.returncode not in ok:
        raise RuntimeError(f"{' '.join(args[:3])}… failed: {result.stderr[-500:]}")


def figure(name: str, goal: str, subject: List[float], anchor: str, base: Optional[List[float]], note: str = "") -> Figure:
    med = statistics.median(subject)
    base_med = statistics.median(base) if base else None
    return Figure(name, goal, med, min(subject), max(subject), anchor, base_med, (med / base_med) if base_med else None, note)


def opc_command(work: Path) -> Optional[List[str]]:
    """openapi-python-client, pinned, in the bench's own venv (None when it cannot be installed)."""
    venv_dir = work / "opc-venv"
    exe = venv_dir / "bin" / "openapi-python-client"
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv_dir)], check=True)
        result = subprocess.run([str(venv_dir / "bin" / "pip"), "install", "-q", f"openapi-python-client=={OPC_VERSION}"], capture_output=True, text=True)
        if result.returncode != 0:
            return None
    return [str(exe)]


def bench_generate(runs: int, work: Path, with_opc: bool, providers: List[str]) -> List[Figure]:
    figures = []
    out = work / "out"

    def ours() -> None:
        shutil.rmtree(out, ignore_errors=True)
        run(sys.executable, "-m", "generator", "generate", *providers, "--out", str(out))

    ours_times = timed(ours, runs)
    opc_times: Optional[List[float]] = None
    note = ""
    if with_opc:
        opc = opc_command(work)
        if opc is None:
            note = f"openapi-python-client {OPC_VERSION} could not be installed"
        else:
            failures = []

            def theirs() -> None:
                for provider in providers:
                    target = work / "opc" / provider
                    shutil.rmtree(target, ignore_errors=True)
                    result = subprocess.run(opc + ["generate", "--path", str(SPECS / f"{provider}.yaml"), "--output-path", str(target), "--overwrite"], capture_output=True, text=True)
                    if result.returncode != 0 and provider not in failures:
                        failures.append(provider)

            opc_times = timed(theirs, runs)
            if failures:
                note = f"openapi-python-client failed on: {', '.join(failures)} (its time still counts the attempt)"
    figures.append(figure(f"generate {len(providers)} providers, cold", "<= 1/3 of openapi-python-client", ours_times, f"openapi-python-client {OPC_VERSION}", opc_times, note))

    pass_times = timed(lambda: run(sys.executable, "-c", "pass"), runs)
    # --check answers 0 (fresh) or 1 (stale): either is a complete run of the check
    check_times = timed(lambda: run(sys.executable, "-m", "generator", "generate", *providers, "--out", str(out), "--check", ok=(0, 1)), runs)
    figures.append(figure("generate --check, nothing changed", "<= 5x python -c pass", check_times, "python -c pass", pass_times, "answered by the content-hash cache"))
    return figures


def bench_large(runs: int, work: Path, with_opc: bool) -> List[Figure]:
    spec = CORPUS / "readme-3.0-star-trek.yaml"
    if not spec.is_file():
        return []
    out = work / "large"

    def ours_cold() -> None:
        shutil.rmtree(out, ignore_errors=True)  # no cache hit: every run generates
        run(sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out), "--name", "startrek")

    ours = timed(ours_cold, runs)
    theirs = None
    if with_opc:
        opc = opc_command(work)
        if opc is not None:
            theirs = timed(lambda: subprocess.run(opc + ["generate", "--path", str(spec), "--output-path", str(work / "opc-large"), "--overwrite"], capture_output=True), runs)
    return [figure(f"large spec ({spec.name}, {spec.stat().st_size // 1024} KiB)", "<= 1/2 of openapi-python-client", ours, f"openapi-python-client {OPC_VERSION}", theirs)]


CALL_SCRIPT = r"""
import json, sys, time, statistics
sys.path.insert(0, sys.argv[1])
import httpx
from runn_client import RunnClient
from runn_client.mock import RunnMock
mock = RunnMock(rate_limit=(10**9, 60))
transport = mock.transport()
client = RunnClient(token="t", transport=transport)
raw = httpx.Client(transport=transport, headers={"Authorization": "Bearer t", "Accept-Version": "1.0.0"})
n = int(sys.argv[2])
def ours():
    return client.people.list(limit=50).first_page().items
def theirs():
    return json.loads(raw.get("https://api.runn.io/people/", params={"limit": 50}).content)["values"]
for f in (ours, theirs):
    f()
res = {}
for name, f in (("ours", ours), ("theirs", theirs)):
    times = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(n):
            f()
        times.append((time.perf_counter() - start) / n)
    res[name] = times
print(json.dumps(res))
"""


def bench_client(quick: bool) -> List[Figure]:
    result = subprocess.run([sys.executable, "-c", CALL_SCRIPT, str(ROOT / "generated" / "runn"), "20" if quick else "300"], capture_output=True, text=True, check=True)
    data = json.loads(result.stdout)
    return [figure("list call: generated client over the in-process mock", "<= 1.2x raw httpx + json.loads", data["ours"], "raw httpx + json.loads, same transport", data["theirs"])]


def bench_import(runs: int) -> List[Figure]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "generated" / "runn"))
    ours = timed(lambda: run(sys.executable, "-c", "import runn_client", env=env), runs)
    theirs = timed(lambda: run(sys.executable, "-c", "import httpx, pydantic", env=env), runs)
    return [figure("import runn_client", "<= 1.5x import httpx, pydantic", ours, "import httpx, pydantic", theirs)]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median, min, max)")
    parser.add_argument("--quick", action="store_true", help="smallest inputs, 2 runs, no openapi-python-client: a smoke test")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "latest.json")
    args = parser.parse_args()
    runs = 2 if args.quick else max(args.runs, 5)
    providers = ["rundun"] if args.quick else sorted(p.stem for p in SPECS.glob("*.yaml"))
    work = Path(tempfile.mkdtemp(prefix="rungen-bench-"))
    try:
        figures = bench_generate(runs, work, not args.quick, providers)
        if not args.quick:
            figures += bench_large(runs, work, True)
        figures += bench_client(args.quick)
        figures += bench_import(runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{'figure':58} {'median':>10} {'min':>10} {'max':>10} {'anchor':>10} {'ratio':>7}  goal")
    for f in figures:
        cells = [f"{v * 1000:9.1f}ms" if v is not None else f"{'-':>11}" for v in (f.median, f.low, f.high, f.anchor_median)]
        ratio = f"{f.ratio:6.2f}x" if f.ratio is not None else f"{'-':>7}"
        print(f"{f.name[:58]:58} {cells[0]:>10} {cells[1]:>10} {cells[2]:>10} {cells[3]:>10} {ratio}  {f.goal}")
        if f.note:
            print(f"{'':58}   note: {f.note}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"runs": runs, "figures": [asdict(f) for f in figures]}, indent=2) + "\n")
    print(f"written {args.out}")


if __name__ == "__main__":
    main()
