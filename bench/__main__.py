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

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
CORPUS = ROOT.parent / "shared" / "corpus"
OPC_VERSION = "0.26.1"
PRISM_VERSION = "5.14.2"
OCTOKIT_VERSION = "23.0.2"
TOOLS = ROOT / "bench" / ".tools"  # pinned tools the bench installs for itself (git-ignored)
#: rungen's cache, emptied before each cold run: $RUNGEN_CACHE_DIR when set (the test suite's
#: bench test sets it, so that the suite's own cache survives), else .rungen-cache in the repo
CACHE = Path(os.environ.get("RUNGEN_CACHE_DIR") or ROOT / ".rungen-cache")


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
    unit: str = "s"  # "s" (lower is better), "B" bytes (lower is better), "req/s" (higher is better)


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


def figure(name: str, goal: str, subject: List[float], anchor: str, base: Optional[List[float]], note: str = "", unit: str = "s") -> Figure:
    med = statistics.median(subject)
    base_med = statistics.median(base) if base else None
    return Figure(name, goal, med, min(subject), max(subject), anchor, base_med, (med / base_med) if base_med else None, note, unit)


def show(value: Optional[float], unit: str) -> str:
    if value is None:
        return "-"
    if unit == "s":
        return f"{value * 1000:.1f}ms" if value < 10 else f"{value:.2f}s"
    if unit == "B":
        return f"{value / 2**20:.1f}MiB"
    return f"{value:,.0f}{unit}"


def tool_env(bin_dir: Path) -> dict:
    """The environment a tool runs in: its own bin/ first on PATH (openapi-python-client runs ruff from there)."""
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    env.pop("PYTHONPATH", None)
    return env


def peak_rss(args: List[str], env: Optional[dict] = None, cwd: Path = ROOT) -> tuple[float, int, int]:
    """Run a command in a fresh wrapper process: (seconds, exit status, peak RSS in bytes of the command's process tree)."""
    wrapper = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.perf_counter(); r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "print(json.dumps([time.perf_counter() - t, r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024]))"
    )
    out = subprocess.run([sys.executable, "-c", wrapper, *args], capture_output=True, text=True, env=env, cwd=cwd, check=True)
    seconds, status, rss = json.loads(out.stdout)
    return seconds, status, rss


def opc_command(work: Path) -> Optional[List[str]]:
    """openapi-python-client, pinned, in the bench's own venv (None when it cannot be installed)."""
    venv_dir = TOOLS / f"opc-{OPC_VERSION}"
    exe = venv_dir / "bin" / "openapi-python-client"
    if not exe.exists():
        shutil.rmtree(venv_dir, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv_dir)], check=True)
        result = subprocess.run([str(venv_dir / "bin" / "pip"), "install", "-q", f"openapi-python-client=={OPC_VERSION}"], capture_output=True, text=True)
        if result.returncode != 0:
            return None
    return [str(exe)]


OPC_ENV = lambda: tool_env(TOOLS / f"opc-{OPC_VERSION}" / "bin")  # noqa: E731


def npm_package(name: str, version: str) -> Optional[Path]:
    """node_modules of an npm package, pinned, installed once into bench/.tools (None without npm)."""
    folder = TOOLS / f"npm-{name.replace('/', '+')}-{version}"
    if not (folder / "node_modules" / name).is_dir():
        if shutil.which("npm") is None:
            return None
        folder.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(folder), f"{name}@{version}"], capture_output=True, text=True)
        if result.returncode != 0:
            return None
    return folder / "node_modules"


def bench_generate(runs: int, work: Path, with_opc: bool, providers: List[str]) -> List[Figure]:
    figures = []
    out = work / "out"

    def ours() -> None:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(CACHE, ignore_errors=True)  # cold: no cached black output either
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
                    target.parent.mkdir(parents=True, exist_ok=True)  # it will not create parents
                    result = subprocess.run(opc + ["generate", "--path", str(SPECS / f"{provider}.yaml"), "--output-path", str(target), "--overwrite"], capture_output=True, text=True, env=OPC_ENV())
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
    figures.append(bench_edit(runs, work, with_opc, providers))
    return figures


def bench_edit(runs: int, work: Path, with_opc: bool, providers: List[str]) -> Figure:
    """The build step's usual case: one summary in one spec changed, everything regenerated."""
    specs, out = work / "edit-specs", work / "edit-out"
    shutil.copytree(SPECS, specs)
    edited = providers[-1] if "runn" not in providers else "runn"
    run(sys.executable, "-m", "generator", "generate", *providers, "--specs", str(specs), "--out", str(out))
    spec = specs / f"{edited}.yaml"
    data = yaml.safe_load(spec.read_text())
    operation = next(op for item in data["paths"].values() for op in item.values() if isinstance(op, dict) and "responses" in op)
    summary = str(operation.get("summary", ""))
    counter = iter(range(10**6))

    def ours() -> None:
        operation["summary"] = f"{summary} (edit {next(counter)})"
        spec.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
        run(sys.executable, "-m", "generator", "generate", *providers, "--specs", str(specs), "--out", str(out))

    times = timed(ours, runs)
    theirs = None
    opc = opc_command(work) if with_opc else None
    if opc is not None:
        theirs = timed(lambda: subprocess.run(opc + ["generate", "--path", str(spec), "--output-path", str(work / "opc-edit"), "--overwrite"], capture_output=True, env=OPC_ENV()), runs)
    return figure(f"regenerate all after one edit in {edited}.yaml", "(for information)", times, f"openapi-python-client on {edited}.yaml alone", theirs, "unchanged specs and unchanged files come from the caches")


def large_specs(quick: bool) -> List[Path]:
    """The corpus's largest document and, when npm can install it, GitHub's (api.github.com, ~13 MB)."""
    specs = [CORPUS / "readme-3.0-star-trek.yaml"] if (CORPUS / "readme-3.0-star-trek.yaml").is_file() else []
    if not quick:
        modules = npm_package("@octokit/openapi", OCTOKIT_VERSION)
        if modules is not None and (modules / "@octokit/openapi/generated/api.github.com.json").is_file():
            specs.append(modules / "@octokit/openapi/generated/api.github.com.json")
    return specs


def bench_large(runs: int, work: Path, with_opc: bool, quick: bool) -> List[Figure]:
    """Cold generation of each large spec, time and peak RSS, beside openapi-python-client on the same file."""
    figures = []
    opc = opc_command(work) if with_opc else None
    for spec in large_specs(quick):
        out = work / "large"
        ours_times, ours_rss, theirs_times, theirs_rss, statuses = [], [], [], [], set()
        count = 1 if quick else runs if spec.stat().st_size < 5_000_000 else max(1, runs // 2)  # the 13 MB spec takes minutes a run
        for _ in range(count):
            shutil.rmtree(out, ignore_errors=True)
            shutil.rmtree(CACHE, ignore_errors=True)
            seconds, status, rss = peak_rss([sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out), "--name", "large"])
            if status != 0:
                raise RuntimeError(f"rungen failed on {spec}")
            ours_times.append(seconds)
            ours_rss.append(rss)
            if opc is not None:
                shutil.rmtree(work / "opc-large", ignore_errors=True)
                seconds, status, rss = peak_rss(opc + ["generate", "--path", str(spec), "--output-path", str(work / "opc-large"), "--overwrite"], env=OPC_ENV())
                theirs_times.append(seconds)
                theirs_rss.append(rss)
                statuses.add(status)
        note = f"openapi-python-client exit status {sorted(statuses)}" if statuses - {0} else ""
        size = f"{spec.stat().st_size / 2**20:.1f} MiB" if spec.stat().st_size > 2**20 else f"{spec.stat().st_size // 1024} KiB"
        name = f"large spec {spec.name} ({size})"
        anchor = f"openapi-python-client {OPC_VERSION}"
        figures.append(figure(name, "<= 1/2 of openapi-python-client", ours_times, anchor, theirs_times or None, note))
        figures.append(figure(f"  peak RSS, {spec.name}", "<= openapi-python-client; <= 2 GiB", [float(x) for x in ours_rss], anchor, [float(x) for x in theirs_rss] or None, note, unit="B"))
    return figures


MOCK_REQUESTS = 4000


def bench_mock_server(quick: bool) -> List[Figure]:
    """Requests/s and RSS of the standalone mock vs Prism, same spec, same request, same load, loopback."""
    from bench import loadgen

    spec = SPECS / "runn.yaml"
    request = loadgen.http_request("/people/?limit=50", [("Authorization", "Bearer bench"), ("Accept-Version", "1.0.0")])
    total = 400 if quick else MOCK_REQUESTS
    env = dict(os.environ, PYTHONPATH=str(ROOT / "generated" / "runn"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def measure(args: List[str], env: dict) -> tuple[List[float], List[float]]:
        port = loadgen.free_port()
        process = loadgen.start([a.replace("{port}", str(port)) for a in args], env=env)
        try:
            loadgen.wait_for_port(port, process)
            loadgen.load(port, request, connections=8, total=200)  # warm-up
            rates = []
            for _ in range(2 if quick else 5):
                seconds, statuses = loadgen.load(port, request, connections=8, total=total)
                if set(statuses) != {200}:
                    raise RuntimeError(f"{args[0]}: statuses {sorted(set(statuses))}")
                rates.append(total / seconds)
            return rates, [float(loadgen.tree_memory(process.pid)[1])]
        finally:
            os.killpg(process.pid, 15)
            process.wait(timeout=10)

    ours_rate, ours_rss = measure([sys.executable, "-m", "runn_client.mock", "--port", "{port}", "--rate-limit", str(10**9), "--token", "bench"], env)
    theirs_rate = theirs_rss = None
    note = "8 keep-alive connections, GET /people/?limit=50"
    if not quick:
        modules = npm_package("@stoplight/prism-cli", PRISM_VERSION)
        if modules is None:
            note += f"; Prism {PRISM_VERSION} could not be installed (npm)"
        else:
            theirs_rate, theirs_rss = measure([str(modules / ".bin" / "prism"), "mock", str(spec), "-h", "127.0.0.1", "-p", "{port}"], dict(os.environ))
    anchor = f"Prism {PRISM_VERSION}"
    return [
        figure("mock server throughput (runn, loopback)", ">= 2x Prism", ours_rate, anchor, theirs_rate, note, unit="req/s"),
        figure("  mock server peak RSS", "<= 1/3 of Prism", ours_rss, anchor, theirs_rss, unit="B"),
    ]


CALL_SCRIPT = r"""
import json, sys, time, statistics
sys.path.insert(0, sys.argv[1])
import httpx
from runn_client import RunnClient
from runn_client.mock import RunnMock
mock = RunnMock(rate_limit=(10**9, 60), credentials={"token": "t"})
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


STAGES_SCRIPT = r"""
import json, sys, time
from pathlib import Path
t = time.process_time()
import black, jinja2, openapi_spec_validator, yaml
from generator import format as fmt
from generator.build import build_package
from generator.load import load_document
from generator.render import render
from generator.resolve import DocumentSet
from generator.validate import validate
seconds = {"import": time.process_time() - t, "load": 0.0, "validate": 0.0, "build IR": 0.0, "render": 0.0, "black": 0.0}
for spec in sys.argv[1:]:
    t = time.process_time(); docs = DocumentSet(load_document(Path(spec))); seconds["load"] += time.process_time() - t
    t = time.process_time(); problems = validate(docs, strict=False); seconds["validate"] += time.process_time() - t
    t = time.process_time(); package = build_package(docs, Path(spec).stem, problems); seconds["build IR"] += time.process_time() - t
    t = time.process_time(); files = render(package); seconds["render"] += time.process_time() - t
    t = time.process_time()
    for path, source in files.items():
        if path.endswith(".py"):
            fmt._black(source)
    seconds["black"] += time.process_time() - t
print(json.dumps(seconds))
"""


def bench_stages(runs: int, providers: List[str]) -> List[Figure]:
    """Where a cold generation's CPU time goes, stage by stage (one process, no cache, no workers)."""
    samples: dict = {}
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", STAGES_SCRIPT, *[str(SPECS / f"{p}.yaml") for p in providers]], capture_output=True, text=True, check=True, cwd=ROOT)
        for stage, value in json.loads(out.stdout).items():
            samples.setdefault(stage, []).append(value)
    total = [sum(values) for values in zip(*samples.values())]
    figures = [figure(f"  CPU: {stage}", "(profile of a cold generation)", values, "all stages", total) for stage, values in samples.items()]
    return [figure(f"CPU time of a cold generation of {len(providers)} providers, by stage", "(profile)", total, "", None, "each stage's ratio below is its share of the whole")] + figures


def bench_import(runs: int) -> List[Figure]:
    """Import time as an installed package has it: bytecode compiled (pip compiles on install)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "generated" / "runn"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    run(sys.executable, "-m", "compileall", "-q", str(ROOT / "generated" / "runn" / "runn_client"), env=env)
    run(sys.executable, "-c", "import runn_client.resources, httpx, pydantic", env=env)  # warm the OS file cache
    ours = timed(lambda: run(sys.executable, "-c", "import runn_client", env=env), runs)
    theirs = timed(lambda: run(sys.executable, "-c", "import httpx, pydantic", env=env), runs)
    first_use = timed(lambda: run(sys.executable, "-c", "import runn_client.resources", env=env), runs)
    return [
        figure("import runn_client", "<= 1.5x import httpx, pydantic", ours, "import httpx, pydantic", theirs),
        figure("  import + first use of a resource (loads the models)", "(for information)", first_use, "import httpx, pydantic", theirs, "models and resources load on first use, not at import"),
    ]


def main() -> None:
    # measure what an installed tool costs: pip compiles bytecode on install, so let Python write
    # it, outside the source tree (a .pyc is binary: it has no business in the provider-name grep)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "rungen-bench-pycache")
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
        figures += bench_large(runs, work, not args.quick, args.quick)
        figures += bench_client(args.quick)
        figures += bench_stages(runs, providers)
        figures += bench_import(runs)
        figures += bench_mock_server(args.quick)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{'figure':58} {'median':>11} {'min':>11} {'max':>11} {'anchor':>11} {'ratio':>7}  goal")
    for f in figures:
        cells = [show(v, f.unit) for v in (f.median, f.low, f.high, f.anchor_median)]
        ratio = f"{f.ratio:6.2f}x" if f.ratio is not None else f"{'-':>7}"
        print(f"{f.name[:58]:58} {cells[0]:>11} {cells[1]:>11} {cells[2]:>11} {cells[3]:>11} {ratio}  {f.goal}")
        if f.note:
            print(f"{'':58}   note: {f.note}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"runs": runs, "figures": [asdict(f) for f in figures]}, indent=2) + "\n")
    print(f"written {args.out}")


if __name__ == "__main__":
    main()
