"""A bounded HTTP/1.1 load generator and a process-tree memory reader, for the mock-server figures.

The load is plain keep-alive sockets with a fixed request, so the client side costs the same
whichever server answers; both servers are measured with it, on 127.0.0.1 only.
"""

from __future__ import annotations

import os
import socket
import subprocess
import threading
import time
from pathlib import Path
from typing import List, Optional, Sequence


def wait_for_port(port: int, process: subprocess.Popen, timeout: float = 60.0) -> None:
    """Return once something accepts connections on 127.0.0.1:port; fail if the process dies."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with status {process.returncode} before listening")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listened on port {port} within {timeout:.0f} s")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _read_response(sock: socket.socket, buffer: bytearray) -> int:
    """Read one response off the socket (Content-Length or chunked); returns its status."""
    while b"\r\n\r\n" not in buffer:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("server closed the connection")
        buffer += chunk
    head, _, rest = bytes(buffer).partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(b":") for line in lines[1:])}
    if b"content-length" in headers:
        length = int(headers[b"content-length"])
        while len(rest) < length:
            chunk = sock.recv(65536)
            if not chunk:
                raise ConnectionError("server closed the connection")
            rest += chunk
        buffer[:] = rest[length:]
        return status
    if headers.get(b"transfer-encoding", b"").lower() == b"chunked":
        while True:
            while b"\r\n" not in rest:
                rest += sock.recv(65536)
            size_line, _, rest = rest.partition(b"\r\n")
            size = int(size_line.split(b";")[0], 16)
            while len(rest) < size + 2:
                rest += sock.recv(65536)
            rest = rest[size + 2 :]
            if size == 0:
                buffer[:] = rest
                return status
    buffer[:] = rest
    return status


def load(port: int, request: bytes, *, connections: int, total: int) -> tuple[float, List[int]]:
    """Send `total` requests over `connections` keep-alive sockets; seconds taken and the statuses."""
    per_connection = [total // connections + (1 if i < total % connections else 0) for i in range(connections)]
    statuses: List[int] = []
    errors: List[BaseException] = []
    lock = threading.Lock()
    start_gate = threading.Barrier(connections + 1)

    def worker(count: int) -> None:
        seen: List[int] = []
        try:
            with socket.create_connection(("127.0.0.1", port)) as sock:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                buffer = bytearray()
                start_gate.wait()
                for _ in range(count):
                    sock.sendall(request)
                    seen.append(_read_response(sock, buffer))
        except BaseException as exc:  # reported below, after every worker stopped
            errors.append(exc)
        with lock:
            statuses.extend(seen)

    threads = [threading.Thread(target=worker, args=(n,)) for n in per_connection]
    for t in threads:
        t.start()
    start_gate.wait()
    began = time.perf_counter()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - began
    if errors:
        raise RuntimeError(f"load failed: {errors[0]!r}")
    return elapsed, statuses


def _children(pid: int) -> List[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def tree_memory(pid: int) -> tuple[int, int]:
    """(current RSS, peak RSS) in bytes of a process and its descendants, from /proc (Linux)."""
    rss = peak = 0
    todo = [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        rss += int(fields.get("VmRSS", "0 kB").split()[0]) * 1024
        peak += int(fields.get("VmHWM", "0 kB").split()[0]) * 1024
        todo += _children(current)
    return rss, peak


def http_request(path: str, headers: Sequence[tuple[str, str]]) -> bytes:
    lines = [f"GET {path} HTTP/1.1", "Host: 127.0.0.1"] + [f"{k}: {v}" for k, v in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def start(args: Sequence[str], *, cwd: Optional[Path] = None, env: Optional[dict] = None) -> subprocess.Popen:
    return subprocess.Popen(list(args), cwd=cwd, env=env or dict(os.environ), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
