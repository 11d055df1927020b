"""A content-hash cache: an unchanged spec, templates and generator cost (almost) nothing.

The key covers what every generation reads: the templates, the generator's own source, the
tools' versions and the options. The record adds the hash of each spec file the generation
read (the spec and the files its ``$ref``s reach) and of every file written; a hit needs the
key, those spec files and the files on disk to match, so changing one provider's spec
regenerates that provider only.
Imports stay light here: this module runs before the pipeline is even loaded.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE_DIR = Path(".rungen-cache")


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@lru_cache(maxsize=1)
def _tool_versions() -> str:
    """The installed versions of the tools whose output a generation depends on.

    Read from the ``*.dist-info`` folder names on ``sys.path`` (importlib.metadata would cost
    more than the rest of an up-to-date check)."""
    wanted = {"black": "?", "jinja2": "?", "openapi_spec_validator": "?", "pyyaml": "?"}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info"):
                dist, _, version = name[: -len(".dist-info")].partition("-")
                key = dist.lower().replace("-", "_")
                if key in wanted and wanted[key] == "?":
                    wanted[key] = version
    return ",".join(f"{name}={version}" for name, version in wanted.items())


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """One digest of the templates and the generator's own source."""
    h = hashlib.sha256()
    templates = ROOT / "rungen_templates" if (ROOT / "rungen_templates").is_dir() else ROOT / "templates"  # installed, or a checkout
    inputs = sorted(p for p in templates.rglob("*") if p.is_file())
    inputs += sorted((ROOT / "generator").glob("*.py"))
    for path in inputs:
        h.update(str(path).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def fingerprint(spec: Path, options: str) -> str:
    """The key of one generation: every input but the spec files (the record holds those)."""
    h = hashlib.sha256()
    for part in (options, str(spec.resolve()), _tool_versions(), _code_digest()):
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()


def _unchanged(digests: dict[str, str]) -> bool:
    for name, digest in digests.items():
        try:
            if _digest(Path(name).read_bytes()) != digest:
                return False
        except OSError:
            return False
    return True


def _record_path(folder: Path, out: Path, provider: str) -> Path:
    key = _digest(str(out.resolve()).encode())[:16]
    return folder / f"{provider}-{key}.json"


def is_fresh(out: Path, provider: str, key: str, folder: Path | None = None) -> bool:
    """Whether out/<provider> is exactly what the cached generation with this key wrote.

    `folder` is the cache folder (default `CACHE_DIR`)."""
    record_path = _record_path(folder or CACHE_DIR, out, provider)
    try:
        record = json.loads(record_path.read_text())
    except (OSError, ValueError):
        return False
    if record.get("key") != key or not record.get("inputs") or not _unchanged(record["inputs"]):
        return False
    folder = out / provider
    files = record.get("files") or {}
    for rel, digest in files.items():
        try:
            if _digest((folder / rel).read_bytes()) != digest:
                return False
        except OSError:
            return False
    from .write import _ignored

    on_disk = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and not _ignored(p.relative_to(folder))}
    return on_disk == set(files)


def remember(out: Path, provider: str, key: str, files: dict[str, str], inputs: dict[str, str], folder: Path | None = None) -> None:
    """Record a generation that was just written, with the digests of the spec files it read."""
    record = {
        "key": key,
        "inputs": {str(Path(name).resolve()): digest for name, digest in inputs.items()},
        "files": {rel: _digest(text.encode("utf-8")) for rel, text in files.items()},
    }
    folder = folder or CACHE_DIR
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _record_path(folder, out, provider).write_text(json.dumps(record, sort_keys=True))
    except OSError:
        pass
