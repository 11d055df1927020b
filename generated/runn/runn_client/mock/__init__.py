"""A stateful fake of the Runn API, generated from the same document as the client.

In-process (no sockets)::

    from runn_client import RunnClient
    from runn_client.mock import RunnMock

    mock = RunnMock(seed=1)
    client = RunnClient(token="test", transport=mock.transport())

As a local server: ``python -m runn_client.mock --port 4010`` (127.0.0.1 by default).

Credentials: the mock accepts the document's example credentials, the ones passed as
``credentials=`` (or on the command line), and the ones in the client's environment
variables; any other is refused with 401, as the API would.
"""

from __future__ import annotations

import datetime
import json
import os
from importlib import resources
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Tuple, Union

import httpx

from ._app import Faults, MockApp
from ._issued import epoch as _epoch
from ._requests import MAX_BODY
from ._server import serve

__all__ = ["RunnMock", "Faults", "ARGUMENTS", "EXAMPLE_CREDENTIALS"]

#: Each credential argument of the client: (its security scheme, its entry, its environment variable).
ARGUMENTS: Dict[str, Tuple[str, str, str]] = {
    "token": ("bearerAuth", "token", "RUNN_API_TOKEN"),
}
#: The document's example credentials (as the README shows them), one set per scheme: always accepted.
EXAMPLE_CREDENTIALS: List[Dict[str, str]] = [
    {
        "token": "test",
    },
]

#: One credential by the client's argument names, optionally with ``"scopes"`` and ``"active"``.
CredentialSet = Mapping[str, Any]


def load_spec() -> Dict[str, Any]:
    """The OpenAPI document the mock (and the client) were generated from."""
    data: Dict[str, Any] = json.loads(
        resources.files(__package__).joinpath("spec.json").read_text("utf-8")
    )
    return data


_SPEC: List[Dict[str, Any]] = []


def _shared_spec() -> Dict[str, Any]:
    """The document, parsed once per process: every mock reads it (and never changes it), so a
    large document is parsed and indexed once, not per mock."""
    if not _SPEC:
        _SPEC.append(load_spec())
    return _SPEC[0]


class RunnMock:
    """A stateful, in-memory Runn API.

    Args:
        seed: makes generated ids deterministic.
        credentials: the credentials to accept besides the document's examples, by the
            client's argument names (``ARGUMENTS``): one mapping or a list of them, each optionally with ``"scopes"`` (a list; default all),
            ``"active"`` (default True) and ``"expires"`` (a ``datetime``, an ISO 8601 string or seconds since
            the epoch; from then on it is refused as expired). The credentials in the client's environment
            variables are accepted too.
        rate_limit: ``(requests, seconds)`` to enforce instead of the documented budget
            (e.g. ``(3, 60)`` to test your 429 handling quickly).
        latency: seconds added to every response.
        error_rate: fraction of requests answered with a 500.
        drop_rate: fraction of requests whose connection is dropped.
        quota: how many calls of each quota-limited operation a credential may make
            (None: unlimited); past it the API's documented status (e.g. 402).
        max_body: the largest request body accepted, in bytes (larger: 413).
        check_answers: answer 500, saying why, instead of a success body that the operation's
            response schema refuses (the package's contract tests turn it on).
    """

    def __init__(
        self,
        *,
        seed: int = 0,
        credentials: Union[CredentialSet, Iterable[CredentialSet], None] = None,
        rate_limit: Optional[Tuple[int, float]] = None,
        latency: float = 0.0,
        error_rate: float = 0.0,
        drop_rate: float = 0.0,
        quota: Optional[int] = None,
        clock: Optional[Callable[[], float]] = None,
        max_body: int = MAX_BODY,
        check_answers: bool = False,
    ) -> None:
        faults = Faults(latency=latency, error_rate=error_rate, drop_rate=drop_rate)
        kwargs: Dict[str, Any] = {"clock": clock} if clock is not None else {}
        self.app = MockApp(
            _shared_spec(),
            seed=seed,
            rate_limit=rate_limit,
            faults=faults,
            max_body=max_body,
            **kwargs,
        )
        self.app.check_answers = check_answers
        self.app.quota = quota
        for example in EXAMPLE_CREDENTIALS:
            self._register(example)
        environment = {
            argument: os.environ.get(env, "") for argument, (_, _, env) in ARGUMENTS.items()
        }
        for scheme in {scheme for scheme, _, _ in ARGUMENTS.values()}:
            found = {a: v for a, v in environment.items() if ARGUMENTS[a][0] == scheme}
            if all(found.values()):  # a scheme whose every variable is set
                self._register(found)
        for entry in [credentials] if isinstance(credentials, Mapping) else list(credentials or []):
            given = {k: v for k, v in entry.items() if k not in ("scopes", "active", "expires")}
            self._register(
                given, entry.get("scopes"), bool(entry.get("active", True)), entry.get("expires")
            )

    def add_credentials(
        self,
        *,
        scopes: Optional[Iterable[str]] = None,
        active: bool = True,
        expires: Union[datetime.datetime, str, float, None] = None,
        **arguments: str,
    ) -> None:
        """Accept a credential, given by the client's argument names (all of a scheme's together,
        e.g. a user name with its password), with limited `scopes`, as inactive, or until `expires`.
        """
        self._register(arguments, scopes, active, expires)

    def _register(
        self,
        arguments: Mapping[str, Any],
        scopes: Optional[Iterable[str]] = None,
        active: bool = True,
        expires: Union[datetime.datetime, str, float, None] = None,
    ) -> None:
        by_scheme: Dict[str, Dict[str, str]] = {}
        for argument, value in arguments.items():
            if argument not in ARGUMENTS:
                known = ", ".join(ARGUMENTS) or "none"
                raise TypeError(f"unknown credential {argument!r}; this API takes {known}")
            scheme, entry, _ = ARGUMENTS[argument]
            by_scheme.setdefault(scheme, {})[entry] = str(value)
        for scheme, entries in by_scheme.items():
            missing = [a for a, (s, e, _) in ARGUMENTS.items() if s == scheme and e not in entries]
            if missing:
                given = ", ".join(a for a in arguments if ARGUMENTS[a][0] == scheme)
                raise TypeError(f"{given} needs {', '.join(missing)} too")
            self.app.add_credential(entries, scopes=scopes, active=active, expires=_epoch(expires))

    def add_token(
        self,
        token: str,
        *,
        scopes: Optional[Iterable[str]] = None,
        active: bool = True,
        expires: Union[datetime.datetime, str, float, None] = None,
    ) -> None:
        """Accept a bearer token or API key, with limited scopes (e.g. ``["read"]``), as inactive, or until `expires`."""
        self.app.add_token(token, scopes=scopes, active=active, expires=_epoch(expires))

    @property
    def faults(self) -> Faults:
        """The faults injected now; change them at any time."""
        return self.app.faults

    def force_429(self, count: int = 1) -> None:
        """Answer the next `count` requests with 429 Too Many Requests."""
        self.app.faults.force_429 = count

    def transport(self, client_ip: str = "127.0.0.1") -> httpx.MockTransport:
        """An httpx transport for ``RunnClient`` or ``AsyncRunnClient`` (``transport=``);
        its requests come from `client_ip`, for a rate limit that is also per IP."""
        return self.app.transport(client_ip)

    def wsgi(self, environ: Dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        """The mock as a WSGI application (e.g. under waitress); ``REMOTE_ADDR`` is the client's IP."""
        return self.app.wsgi(environ, start_response)

    def serve(
        self, host: str = "127.0.0.1", port: int = 4010, *, read_timeout: Optional[float] = None
    ) -> None:
        """Serve the mock over HTTP until interrupted (raises ``OSError`` if the port is taken)."""
        serve(self.app, host, port, read_timeout=read_timeout)
