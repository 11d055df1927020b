"""The mock as a server that holds up, over real loopback sockets: ordinary load (500 concurrent
creates), malformed framing (raw sockets), slow or deep bodies, wrong media types, a port in
use, and the same app under a production WSGI server (waitress)."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
import threading
import time
from typing import Any, Iterator, Tuple

import httpx
import pytest

from behaviour_helpers import RUNSITE_KEY, package
from conftest import GENERATED

AUTH = f"Authorization: Bearer {RUNSITE_KEY}\r\n"


@pytest.fixture(params=[0.5])
def server(request: pytest.FixtureRequest) -> Iterator[Tuple[Any, int]]:
    """The Runsite mock on a free loopback port, with a short read timeout (or the default one)."""
    package("runsite")
    from runsite_client.mock import RunsiteMock
    from runsite_client.mock._server import make_server

    mock = RunsiteMock(max_body=1_000_000)
    httpd = make_server(mock.app, "127.0.0.1", 0, read_timeout=request.param)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield mock, httpd.server_address[1]
    finally:
        httpd.shutdown()
        httpd.server_close()


def raw_exchange(port: int, request: bytes, wait: float = 3.0) -> bytes:
    """Send raw bytes, then read until the server closes or answers and goes quiet."""
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as sock:
        sock.sendall(request)
        received = b""
        try:
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                received += chunk
                if b"\r\n\r\n" in received:
                    head, _, body = received.partition(b"\r\n\r\n")
                    length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")), 0)
                    if len(body) >= length:
                        break
        except socket.timeout:
            pass
    return received


def status_of(response: bytes) -> int:
    return int(response.split(b" ", 2)[1]) if response.startswith(b"HTTP/") else 0


def still_up(port: int) -> bool:
    return httpx.get(f"http://127.0.0.1:{port}/api/projects", headers={"Authorization": f"Bearer {RUNSITE_KEY}"}).status_code == 200


def post_head(length: str) -> bytes:
    return f"POST /api/projects HTTP/1.1\r\nHost: x\r\n{AUTH}Content-Type: application/json\r\nContent-Length: {length}\r\n\r\n".encode()


async def raw_create(port: int, name: str) -> int:
    """One create on its own connection (asyncio streams: light enough for 500 at once)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    body = json.dumps({"name": name}).encode()
    writer.write(post_head(str(len(body))).replace(b"Content-Length", b"Connection: close\r\nContent-Length") + body)
    await writer.drain()
    response = await reader.read()
    writer.close()
    return status_of(response)


async def client_creates(module: Any, port: int, count: int, clients: int) -> list:
    """`count` creates in flight at once through the generated async client, spread over `clients`
    instances (each with the default connection pool): httpcore 1.0's pool rescans every connection
    for every queued request (O(connections x requests), encode/httpcore#1035), so 500 requests in
    one pool spend their time in the client's pool, not in the server; 50 per pool do not."""
    instances = [module.AsyncRunsiteClient(api_key=RUNSITE_KEY, base_url=f"http://127.0.0.1:{port}", max_retries=0) for _ in range(clients)]
    try:
        return list(await asyncio.gather(*(instances[i % clients].projects.create(name=f"c{i}") for i in range(count))))
    finally:
        for client in instances:
            await client.close()


@pytest.mark.parametrize("server", [None], indirect=True)  # the default read timeout, as users run it
def test_500_concurrent_async_creates_all_succeed(server: Tuple[Any, int]) -> None:
    """500 connections open at once (a listen backlog of 5 reset a quarter of them), then 500
    creates at once through the generated async client (10 clients, 50 each)."""
    module = package("runsite")
    mock, port = server

    async def scenario() -> Tuple[list, list]:
        statuses = await asyncio.gather(*(raw_create(port, f"p{i}") for i in range(500)))
        return list(statuses), await client_creates(module, port, 500, 10)

    statuses, created = asyncio.run(scenario())
    assert statuses == [201] * 500 and len({p.id for p in created}) == 500
    listed = {p.name for p in module.RunsiteClient(api_key=RUNSITE_KEY, base_url=f"http://127.0.0.1:{port}").projects.list().projects}
    assert {f"p{i}" for i in range(500)} | {f"c{i}" for i in range(500)} <= listed


@pytest.mark.nightly
@pytest.mark.parametrize("server", [None], indirect=True)
def test_500_concurrent_async_creates_through_one_client_all_succeed(server: Tuple[Any, int]) -> None:
    """The same 500 creates through one async client with its default pool (20-40 s, in the client's pool)."""
    module = package("runsite")
    _, port = server
    created = asyncio.run(client_creates(module, port, 500, 1))
    assert len({p.id for p in created}) == 500


@pytest.mark.parametrize("length", ["abc", "-1", "1.5", "0x10", "5, 7"])
def test_a_content_length_that_is_not_one_non_negative_integer_is_400(server: Tuple[Any, int], length: str) -> None:
    _, port = server
    response = raw_exchange(port, post_head(length) + b'{"name":"x"}')
    assert status_of(response) == 400 and b'"detail"' in response
    assert still_up(port)


def test_a_body_above_the_maximum_is_413_without_reading_it(server: Tuple[Any, int]) -> None:
    _, port = server
    response = raw_exchange(port, post_head(str(10**12)))
    assert status_of(response) == 413
    assert still_up(port)


def test_a_short_body_gets_408_after_the_read_timeout(server: Tuple[Any, int]) -> None:
    _, port = server
    started = time.monotonic()
    response = raw_exchange(port, post_head("100") + b'{"name"')  # 7 of the 100 bytes promised
    assert status_of(response) == 408 and time.monotonic() - started < 3
    assert still_up(port)


def test_a_silent_connection_is_closed_after_the_read_timeout(server: Tuple[Any, int]) -> None:
    _, port = server
    with socket.create_connection(("127.0.0.1", port), timeout=3) as sock:
        sock.sendall(b"GET /api/projects HTTP/1.1\r\n")  # and nothing more
        assert sock.recv(100) == b""  # closed, not held forever
    assert still_up(port)


def test_json_nested_100000_deep_is_400_not_500(server: Tuple[Any, int]) -> None:
    _, port = server
    deep = b"[" * 100_000 + b"]" * 100_000
    response = httpx.post(f"http://127.0.0.1:{port}/api/projects", content=deep, headers={"Authorization": f"Bearer {RUNSITE_KEY}", "Content-Type": "application/json"})
    assert response.status_code == 400 and "deeper" in response.json()["detail"]
    assert still_up(port)


def test_a_json_operation_with_another_content_type_is_415(server: Tuple[Any, int]) -> None:
    _, port = server
    body = json.dumps({"name": "my-app"})
    for ctype in ("text/plain", "application/x-www-form-urlencoded"):
        response = httpx.post(f"http://127.0.0.1:{port}/api/projects", content=body, headers={"Authorization": f"Bearer {RUNSITE_KEY}", "Content-Type": ctype})
        assert response.status_code == 415 and set(response.json()) == {"detail"}
    ok = httpx.post(f"http://127.0.0.1:{port}/api/projects", content=body, headers={"Authorization": f"Bearer {RUNSITE_KEY}", "Content-Type": "application/json; charset=utf-8"})
    assert ok.status_code == 201


def test_a_chunked_body_is_read(server: Tuple[Any, int]) -> None:
    _, port = server
    body = b'{"name": "chunky"}'
    request = f"POST /api/projects HTTP/1.1\r\nHost: x\r\n{AUTH}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n".encode()
    request += b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    response = raw_exchange(port, request)
    assert status_of(response) == 201 and b"chunky" in response


def test_a_port_in_use_is_one_line_on_stderr_and_exit_1() -> None:
    import os

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        env = dict(os.environ, PYTHONPATH=str(GENERATED / "runsite"))
        result = subprocess.run([sys.executable, "-m", "runsite_client.mock", "--port", str(port)], env=env, capture_output=True, text=True, timeout=30)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert str(port) in result.stderr


def test_the_app_runs_under_waitress() -> None:
    waitress = pytest.importorskip("waitress")
    module = package("runn")
    from runn_client.mock import RunnMock

    mock = RunnMock(rate_limit=(2, 60), credentials=[{"token": "a"}, {"token": "b"}])
    httpd = waitress.create_server(mock.wsgi, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=httpd.run, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{httpd.effective_port}"
        with module.RunnClient(token="a", base_url=base, max_retries=0) as client:
            created = client.clients.create(name="Acme")
            assert client.clients.get(created.id).name == "Acme"
        with module.RunnClient(token="b", base_url=base, max_retries=0) as other_key:
            with pytest.raises(module.errors.RateLimitError):
                other_key.me.get()  # Runn: per IP too; REMOTE_ADDR is 127.0.0.1 for both keys
        bad = httpx.post(base + "/clients/", content=b"{", headers={"Authorization": "Bearer a", "Accept-Version": "1.0.0", "Content-Type": "text/plain"})
        assert bad.status_code == 429  # still counted: the budget of this IP is spent
    finally:
        httpd.close()
