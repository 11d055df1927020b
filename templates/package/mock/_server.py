"""A small threaded HTTP/1.1 server for the mock (stdlib only, keep-alive, no Nagle delay) that
holds up under load and bad input: a listen backlog of ``BACKLOG``, a read timeout on every
connection (a request line, headers or body slower than it: 408, or the connection closes),
``Content-Length`` checked before the body is read (400 unless one non-negative integer, 413
above the mock's ``max_body``), chunked bodies decoded within the same limit."""

from __future__ import annotations

import http.server
import socket
import socketserver
import sys
import time
from typing import Any, Dict, List, Optional, Tuple

from ._app import MockApp
from ._requests import body_length
from ._responses import _REASONS

__all__ = ["serve", "make_server", "BACKLOG", "READ_TIMEOUT"]

#: Connections the kernel queues before the server accepts them (500 concurrent clients connect).
BACKLOG = 1024
#: Seconds a connection may take to send a request (line, headers, body), and may stay idle.
READ_TIMEOUT = 30.0


class _BodyError(Exception):
    """A request body that cannot be read: the status and message to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # otherwise keep-alive responses stall ~40 ms each
    timeout = (
        READ_TIMEOUT  # socketserver sets it on the connection: every read waits at most this long
    )
    app: MockApp

    def _respond(self) -> None:
        headers: Dict[str, str] = {k.lower(): v for k, v in self.headers.items()}
        client_ip = str(self.client_address[0])
        try:
            body = self._body()
        except _BodyError as refused:
            self._send(
                *self.app.refuse(refused.status, refused.message, headers, client_ip), close=True
            )
            return
        except (TimeoutError, socket.timeout):
            self._send(
                *self.app.refuse(
                    408, "The request body did not arrive in time", headers, client_ip
                ),
                close=True,
            )
            return
        if self.app.should_drop():
            self.close_connection = True  # the fault: the connection closes with no response
            return
        self._send(*self.app.handle(self.command, self.path, headers, body, client_ip))

    def _body(self) -> bytes:
        """The request body, read within the read timeout and the mock's size limit."""
        deadline = time.monotonic() + (self.timeout or READ_TIMEOUT)
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            return self._chunked(deadline)
        length, refusal = body_length(
            self.headers.get_all("Content-Length") or [], self.app.max_body
        )
        if refusal is not None:
            raise _BodyError(*refusal)
        return self._read(length, deadline)

    def _read(self, length: int, deadline: float) -> bytes:
        parts: List[bytes] = []
        left = length
        while left > 0:
            if time.monotonic() > deadline:
                raise TimeoutError
            chunk = self.rfile.read1(min(left, 65536))
            if not chunk:
                raise TimeoutError  # the client closed before sending the whole body
            parts.append(chunk)
            left -= len(chunk)
        return b"".join(parts)

    def _chunked(self, deadline: float) -> bytes:
        parts: List[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(1024)
            try:
                size = int(line.split(b";")[0].strip(), 16)
            except ValueError:
                raise _BodyError(400, "Malformed chunked body") from None
            if size < 0:
                raise _BodyError(400, "Malformed chunked body")
            total += size
            if total > self.app.max_body:
                raise _BodyError(413, f"Request body larger than {self.app.max_body} bytes")
            if size == 0:
                while self.rfile.readline(1024).strip():  # trailers, up to the blank line
                    pass
                return b"".join(parts)
            parts.append(self._read(size, deadline))
            if self._read(2, deadline) != b"\r\n":
                raise _BodyError(400, "Malformed chunked body")

    def _send(self, status: int, reply_headers: Any, payload: bytes, close: bool = False) -> None:
        self.send_response(status)
        for name, value in reply_headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _respond

    def __getattr__(self, name: str) -> Any:
        """Any other method (TRACE, a made-up one) is answered by the app too (405 with ``Allow``,
        in the API's shape and with the rate-limit headers), not the stdlib's 501 page."""
        if name.startswith("do_"):
            return self._respond
        raise AttributeError(name)

    def send_error(self, code: int, message: Optional[str] = None, explain: Any = None) -> None:
        """A request the stdlib refuses before the app sees it (a malformed request line, headers
        too long) answers in the API's error shape, not an HTML page; counted when its headers
        were read."""
        headers = getattr(self, "headers", None)
        known = {k.lower(): v for k, v in headers.items()} if headers is not None else None
        status, reply_headers, payload = self.app.refuse(
            code, message or _REASONS.get(code, "Error"), known, str(self.client_address[0])
        )
        self.close_connection = True
        try:
            self._send(status, reply_headers, payload, close=True)
        except (ConnectionError, OSError):
            pass

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        return None


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = BACKLOG

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that goes away mid-answer is no error of the server's: no traceback."""
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError, socket.timeout)):
            return
        print(
            f"mock: error answering {client_address[0]}: {type(error).__name__}: {error}",
            file=sys.stderr,
        )


def make_server(
    app: MockApp, host: str = "127.0.0.1", port: int = 4010, *, read_timeout: Optional[float] = None
) -> http.server.HTTPServer:
    """A server for `app`, bound but not yet serving (port 0 picks a free port). Raises
    ``OSError`` when the address cannot be bound (e.g. the port is in use)."""
    attributes: Dict[str, Any] = {"app": app}
    if read_timeout is not None:
        attributes["timeout"] = read_timeout
    handler = type("Handler", (_Handler,), attributes)
    return _Server((host, port), handler)


def serve(
    app: MockApp, host: str = "127.0.0.1", port: int = 4010, *, read_timeout: Optional[float] = None
) -> None:
    """Serve `app` until interrupted."""
    server = make_server(app, host, port, read_timeout=read_timeout)
    address: Tuple[Any, ...] = server.server_address
    print(f"mock listening on http://{address[0]!s}:{address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
