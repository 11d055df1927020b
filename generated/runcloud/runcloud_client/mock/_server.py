"""A small threaded HTTP/1.1 server for the mock (stdlib only, keep-alive, no Nagle delay)."""

from __future__ import annotations

import http.server
import socketserver
from typing import Any, Dict

from ._app import MockApp

__all__ = ["serve", "make_server"]


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # otherwise keep-alive responses stall ~40 ms each
    app: MockApp

    def _respond(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.app.should_drop():
            self.close_connection = True  # the fault: the connection closes with no response
            return
        headers: Dict[str, str] = {k.lower(): v for k, v in self.headers.items()}
        status, reply_headers, payload = self.app.handle(self.command, self.path, headers, body)
        self.send_response(status)
        for name, value in reply_headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _respond

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        return None


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def make_server(app: MockApp, host: str = "127.0.0.1", port: int = 4010) -> http.server.HTTPServer:
    """A server for `app`, bound but not yet serving (port 0 picks a free port)."""
    handler = type("Handler", (_Handler,), {"app": app})
    return _Server((host, port), handler)


def serve(app: MockApp, host: str = "127.0.0.1", port: int = 4010) -> None:
    """Serve `app` until interrupted."""
    server = make_server(app, host, port)
    address, bound = server.server_address[:2]
    print(f"mock listening on http://{address!s}:{bound}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
