"""Consumed as packages: `rungen build` output published to a real index on loopback, installed with pip.

After an additive change, ``pip install 'shop-client>=1,<2'`` picks up the new version; after a
breaking one it keeps the last 1.x. Nightly (about a minute: three builds, an index, three
pip runs): ``pytest -m nightly tests/test_build_dist.py``.
"""

from __future__ import annotations

import copy
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import httpx
import pytest
import yaml

from conftest import FIXTURES
from generator.distribute import build_package
from generator.pipeline import generate, previous_of
from generator.write import write_packages

pytestmark = pytest.mark.nightly

BASE = yaml.safe_load((FIXTURES / "loop" / "shop.yaml").read_text())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture()
def index(tmp_path: Path) -> Iterator[str]:
    """A pypiserver on loopback that takes uploads without a password."""
    packages = tmp_path / "index"
    packages.mkdir()
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "pypiserver", "run", "-i", "127.0.0.1", "-p", str(port), "-a", ".", "-P", ".", str(packages)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(url + "/simple/", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def release(tmp_path: Path, spec: dict, out: Path, index: str) -> str:
    """Generate (versioned against what `out` holds), build, and upload; returns the version."""
    path = tmp_path / "shop.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    result = generate(path, previous=previous_of(out / "shop"))
    write_packages(out, {"shop": result.files})
    dist = tmp_path / f"dist-{result.package.version}"
    for name in build_package(out / "shop", dist):
        with open(dist / name, "rb") as content:
            data = {":action": "file_upload", "name": "shop-client", "version": result.package.version}
            answer = httpx.post(index + "/", data=data, files={"content": (name, content)}, timeout=30)
        assert answer.status_code == 200, answer.text
    return result.package.version


def installed(tmp_path: Path, index: str, requirement: str) -> str:
    """The version pip installs for `requirement` from the index, the way a consumer runs it."""
    target = tmp_path / f"site-{len(list(tmp_path.glob('site-*')))}"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "--isolated", "install", "--no-deps", "--no-cache-dir", "--target", str(target), "--index-url", index + "/simple/", requirement],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    (info,) = target.glob("shop_client-*.dist-info")
    return info.name[len("shop_client-") : -len(".dist-info")]


def test_pip_follows_additive_versions_and_stays_below_a_breaking_one(tmp_path: Path, index: str) -> None:
    out = tmp_path / "out"
    assert release(tmp_path, BASE, out, index) == "1.0.0"
    assert installed(tmp_path, index, "shop-client>=1,<2") == "1.0.0"

    additive = copy.deepcopy(BASE)
    additive["paths"]["/items"]["get"]["parameters"].append({"name": "q", "in": "query", "schema": {"type": "string"}})
    assert release(tmp_path, additive, out, index) == "1.1.0"
    assert installed(tmp_path, index, "shop-client>=1,<2") == "1.1.0"

    breaking = copy.deepcopy(additive)
    del breaking["paths"]["/items/{item_id}"]["delete"]
    assert release(tmp_path, breaking, out, index) == "2.0.0"
    assert installed(tmp_path, index, "shop-client>=1,<2") == "1.1.0"
    assert installed(tmp_path, index, "shop-client") == "2.0.0"
