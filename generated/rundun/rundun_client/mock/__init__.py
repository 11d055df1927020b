"""A stateful fake of the Rundun REST API, generated from the same document as the client.

In-process (no sockets)::

    from rundun_client import RundunClient
    from rundun_client.mock import RundunMock

    mock = RundunMock(seed=1)
    client = RundunClient(api_key='rdk_live_a3f9bc4d8e1f2a3b4c5d6e7f8a9b0c1d', transport=mock.transport())

As a local server: ``python -m rundun_client.mock --port 4010`` (127.0.0.1 by default).
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any, Callable, Dict, Iterable, Optional, Tuple

import httpx

from ._app import Faults, MockApp
from ._server import serve

__all__ = ["RundunMock", "Faults"]


def load_spec() -> Dict[str, Any]:
    """The OpenAPI document the mock (and the client) were generated from."""
    data: Dict[str, Any] = json.loads(
        resources.files(__package__).joinpath("spec.json").read_text("utf-8")
    )
    return data


class RundunMock:
    """A stateful, in-memory Rundun REST API.

    Args:
        seed: makes generated ids deterministic.
        rate_limit: ``(requests, seconds)`` to enforce instead of the documented budget
            (e.g. ``(3, 60)`` to test your 429 handling quickly).
        latency: seconds added to every response.
        error_rate: fraction of requests answered with a 500.
        drop_rate: fraction of requests whose connection is dropped.
        quota: how many calls of each quota-limited operation a credential may make
            (None: unlimited); past it the API's documented status (e.g. 402).
    """

    def __init__(
        self,
        *,
        seed: int = 0,
        rate_limit: Optional[Tuple[int, float]] = None,
        latency: float = 0.0,
        error_rate: float = 0.0,
        drop_rate: float = 0.0,
        quota: Optional[int] = None,
        clock: Optional[Callable[[], float]] = None,
    ) -> None:
        faults = Faults(latency=latency, error_rate=error_rate, drop_rate=drop_rate)
        kwargs: Dict[str, Any] = {"clock": clock} if clock is not None else {}
        self.app = MockApp(load_spec(), seed=seed, rate_limit=rate_limit, faults=faults, **kwargs)
        self.app.quota = quota

    def add_token(
        self, token: str, *, scopes: Optional[Iterable[str]] = None, active: bool = True
    ) -> None:
        """Register a credential with limited scopes (e.g. ``["read"]``) or as inactive."""
        self.app.add_token(token, scopes=scopes, active=active)

    @property
    def faults(self) -> Faults:
        """The faults injected now; change them at any time."""
        return self.app.faults

    def force_429(self, count: int = 1) -> None:
        """Answer the next `count` requests with 429 Too Many Requests."""
        self.app.faults.force_429 = count

    def transport(self) -> httpx.MockTransport:
        """An httpx transport for ``RundunClient`` or ``AsyncRundunClient`` (``transport=``)."""
        return self.app.transport()

    def wsgi(self, environ: Dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        """The mock as a WSGI application."""
        return self.app.wsgi(environ, start_response)

    def serve(self, host: str = "127.0.0.1", port: int = 4010) -> None:
        """Serve the mock over HTTP until interrupted."""
        serve(self.app, host, port)
