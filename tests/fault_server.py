"""A scripted HTTP server on loopback for client fault tests: it answers what a test says
(statuses, redirects, resets, partial, trickled, stalled or huge bodies, slow answers) and
records what it saw. Every wait is bounded; its thread is a daemon, so nothing outlives a test."""

from __future__ import annotations

import asyncio
import socket
import struct
import threading
import urllib.parse
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, Callable, Dict, List, Optional

import json as _json

#: No scripted wait lasts longer than this.
MAX_WAIT = 5.0


@dataclass
class Seen:
    """One request as the server received it."""

    method: str
    path: str
    query: Dict[str, List[str]]
    headers: Dict[str, str]  # lowercase names
    body: bytes


@dataclass
class Reply:
    """An answer. ``size`` sends that many bytes of filler instead of ``body``; ``trickle``
    sends the body in chunks of that many bytes with ``pause`` seconds between them;
    ``cut_after`` declares the full length but closes after that many bytes; ``stall``
    waits that long after ``cut_after`` bytes before closing; ``delay`` waits before answering;
    ``reset`` closes the connection with a TCP reset instead of answering."""

    status: int = 200
    body: bytes = b""
    headers: Dict[str, str] = field(default_factory=dict)
    size: Optional[int] = None
    trickle: Optional[int] = None
    pause: float = 0.0
    cut_after: Optional[int] = None
    stall: float = 0.0
    delay: float = 0.0
    reset: bool = False


def json_reply(body: Any, status: int = 200, **headers: str) -> Reply:
    return Reply(status, _json.dumps(body).encode(), {"Content-Type": "application/json", **headers})


def redirect(status: int, location: str) -> Reply:
    return Reply(status, b"", {"Location": location})


class FaultServer:
    """``with FaultServer(script) as server:`` serves ``script(seen) -> Reply`` on 127.0.0.1.

    One asyncio loop in one daemon thread serves every connection (HTTP/1.1, keep-alive), so
    hundreds of concurrent clients cost no thread each; ``script`` runs on that loop.
    """

    def __init__(self, script: Callable[[Seen], Reply]) -> None:
        self.script = script
        self.seen: List[Seen] = []
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._connection, "127.0.0.1", 0, backlog=1024)
        )
        self.port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def __enter__(self) -> "FaultServer":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        async def stop() -> None:
            self._server.close()
            for task in [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]:
                task.cancel()

        asyncio.run_coroutine_threadsafe(stop(), self._loop).result(timeout=MAX_WAIT)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=MAX_WAIT)

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while await self._one(reader, writer):
                pass
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    async def _one(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        """Serve one request; False when the connection is to be closed."""
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers: Dict[str, str] = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                key = name.strip().lower()
                headers[key] = f"{headers[key]}, {value.strip()}" if key in headers else value.strip()
        length = int(headers.get("content-length") or 0)
        body = await reader.readexactly(length) if length else b""
        parts = urllib.parse.urlsplit(target)
        seen = Seen(method, parts.path, urllib.parse.parse_qs(parts.query), headers, body)
        with self._lock:
            self.seen.append(seen)
        reply = self.script(seen)
        if reply.delay:
            await asyncio.sleep(min(reply.delay, MAX_WAIT))
        if reply.reset:
            sock = writer.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
            return False
        faulty = reply.cut_after is not None or bool(reply.stall) or reply.size is not None
        total = reply.size if reply.size is not None else len(reply.body)
        out = [f"HTTP/1.1 {reply.status} {HTTPStatus(reply.status).phrase}"]
        out += [f"{name}: {value}" for name, value in reply.headers.items()]
        out += [f"Content-Length: {total}"] + (["Connection: close"] if faulty else [])
        writer.write(("\r\n".join(out) + "\r\n\r\n").encode("latin-1"))
        limit = total if reply.cut_after is None else reply.cut_after
        if reply.size is not None:
            chunk, sent = b"x" * 65536, 0
            while sent < limit:
                piece = chunk[: min(len(chunk), limit - sent)]
                writer.write(piece)
                await writer.drain()
                sent += len(piece)
        else:
            data = reply.body[:limit]
            step = reply.trickle or len(data) or 1
            for i in range(0, len(data), step):
                writer.write(data[i : i + step])
                await writer.drain()
                if reply.pause and i + step < len(data):
                    await asyncio.sleep(min(reply.pause, MAX_WAIT))
        await writer.drain()
        if reply.stall:
            await asyncio.sleep(min(reply.stall, MAX_WAIT))
        return not faulty and headers.get("connection", "").lower() != "close"

    def paths(self) -> List[str]:
        """The paths requested, in order."""
        with self._lock:
            return [s.path for s in self.seen]

    def count(self, path: str, method: Optional[str] = None) -> int:
        """How many requests for `path` (and `method`) arrived."""
        with self._lock:
            return sum(1 for s in self.seen if s.path == path and (method is None or s.method == method))
