"""Doc provenance: which documents a spec was written from, and whether they changed since.

A spec lists its sources in ``x-rungen-sources`` (docs/extensions.md): each a ``url``
and/or a ``file`` (a saved copy, relative to a folder of saved pages) and the ``sha256`` of
the text the spec was written from. ``check`` reads each source's current text, from the
folder when one is given (offline, and in tests), else from the URL, and compares digests.
"""

from __future__ import annotations

import hashlib
import re
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

import yaml

CHANGED, UNCHANGED, UNREACHABLE = "changed", "unchanged", "unreachable"
_TIMEOUT = 20.0
_MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    """One document a spec was written from."""

    url: str
    file: str
    sha256: str

    @property
    def name(self) -> str:
        """How the report names the source: its URL, else its file."""
        return self.url or self.file


@dataclass(frozen=True)
class Finding:
    """The state of one source of one spec."""

    provider: str
    spec: Path
    source: Source
    state: str
    detail: str = ""
    current: str = ""


def read_sources(spec: Path) -> list[Source]:
    """The `x-rungen-sources` of a spec (its shape is checked by `rungen validate`)."""
    data = _root(spec)
    entries = data.get("x-rungen-sources") if isinstance(data, dict) else None
    result = []
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict) and isinstance(entry.get("sha256"), str):
            result.append(Source(str(entry.get("url") or ""), str(entry.get("file") or ""), entry["sha256"].lower()))
    return result


def _root(spec: Path) -> Any:
    text = spec.read_text(encoding="utf-8")
    if spec.suffix == ".json":
        import json

        return json.loads(text)
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def saved_name(source: Source) -> str:
    """The file of a source in a folder of saved pages: its `file`, else its URL as a path.

    ``https://docs.example.com/api/intro?x=1`` is saved as ``docs.example.com/api/intro``; a
    URL ending in ``/`` as ``.../index.html`` (the layout of ``wget -x``).
    """
    if source.file:
        return source.file
    parts = urlsplit(source.url)
    path = parts.path or "/"
    if path.endswith("/"):
        path += "index.html"
    return parts.netloc + path


def _inside(folder: Path, name: str) -> Path | None:
    """`folder / name`, or None when the name would leave the folder."""
    relative = PurePosixPath(name)
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        return None
    return folder.joinpath(*relative.parts)


def current_text(source: Source, docs: Path | None) -> bytes:
    """The source's text now: from the saved pages folder when given, else from its URL."""
    if docs is not None:
        path = _inside(docs, saved_name(source))
        if path is None:
            raise OSError(f"{saved_name(source)!r} is not a path inside {docs}")
        if not path.is_file():
            raise OSError(f"no saved copy {path}")
        return path.read_bytes()
    if not re.match(r"^https?://", source.url):
        raise OSError("no URL to fetch (give --docs with a saved copy)")
    request = urllib.request.Request(source.url, headers={"User-Agent": "rungen-sources-check"})
    try:
        with urllib.request.urlopen(request, timeout=_TIMEOUT) as response:  # noqa: S310 - http(s) only, checked above
            return bytes(response.read(_MAX_BYTES))
    except (urllib.error.URLError, TimeoutError, ValueError) as exc:
        raise OSError(str(getattr(exc, "reason", exc))) from None


def check(specs: dict[str, Path], docs: Path | None) -> list[Finding]:
    """Every source of every spec, compared with its current text (fetched in parallel)."""
    jobs = [(provider, spec, source) for provider, spec in specs.items() for source in read_sources(spec)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(lambda job: _finding(job[0], job[1], job[2], docs), jobs))


def _finding(provider: str, spec: Path, source: Source, docs: Path | None) -> Finding:
    try:
        digest = hashlib.sha256(current_text(source, docs)).hexdigest()
    except OSError as exc:
        return Finding(provider, spec, source, UNREACHABLE, str(exc))
    return Finding(provider, spec, source, UNCHANGED if digest == source.sha256 else CHANGED, current=digest)


def record(finding: Finding) -> bool:
    """Write a changed source's current digest into its spec (after the spec was re-read)."""
    if finding.state != CHANGED:
        return False
    text = finding.spec.read_text(encoding="utf-8")
    if text.count(finding.source.sha256) != 1:
        return False
    finding.spec.write_text(text.replace(finding.source.sha256, finding.current), encoding="utf-8")
    return True
