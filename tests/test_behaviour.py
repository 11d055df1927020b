"""Provider behaviours from the docs, proven on the generated clients, sync and async.

Each test is named after the documented fact it checks; the expected values come from the
docs (seeds), not from the client, so a client and a spec that share a mistake still fail.
"""

from __future__ import annotations

import base64
import importlib
import logging
import time
import urllib.parse
import warnings
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from typing import Any, Dict, Iterator, List

import httpx
import pydantic
import pytest
import yaml

from behaviour_helpers import RUNDUN_KEY, RUNSITE_KEY, Harness, json_response, package
from conftest import SPECS

MODES = ["sync", "async"]
_SPEC_CACHE: Dict[str, Any] = {}


def example(provider: str, path: str, method: str = "get") -> Any:
    """The spec's example body of an operation's success response."""
    if provider not in _SPEC_CACHE:
        _SPEC_CACHE[provider] = yaml.safe_load((SPECS / f"{provider}.yaml").read_text())
    spec = _SPEC_CACHE[provider]
    responses = spec["paths"][path][method]["responses"]
    response = responses[next(c for c in responses if str(c).startswith("2"))]
    if "$ref" in response:
        response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    return response["content"]["application/json"]["example"]


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def harnesses() -> Iterator[List[Harness]]:
    made: List[Harness] = []
    yield made
    for h in made:
        h.close()


def make(harnesses: List[Harness], provider: str, mode: str, handler: Any, **kwargs: Any) -> Harness:
    h = Harness(provider, mode, handler, **kwargs)
    harnesses.append(h)
    return h


# -- auth -------------------------------------------------------------------------------------


def test_runcloud_basic_auth_is_api_key_and_secret(mode: str, harnesses: List[Harness], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNCLOUD_API_KEY", "key123")
    monkeypatch.setenv("RUNCLOUD_API_SECRET", "secret456")
    h = make(harnesses, "runcloud", mode, lambda r: json_response(200, {"message": "pong"}))
    h(lambda: h.client.meta.ping())
    expected = "Basic " + base64.b64encode(b"key123:secret456").decode()
    assert h.requests[0].headers["Authorization"] == expected
    assert str(h.requests[0].url) == "https://manage.runcloud.io/api/v2/ping"
    assert h.requests[0].headers["Accept"] == "application/json"


def test_runcloud_bearer_token_is_the_alternative(mode: str, harnesses: List[Harness], monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("RUNCLOUD_API_KEY", "RUNCLOUD_API_SECRET"):
        monkeypatch.delenv(name, raising=False)
    h = make(harnesses, "runcloud", mode, lambda r: json_response(200, {"message": "pong"}), token="tok")
    h(lambda: h.client.meta.ping())
    assert h.requests[0].headers["Authorization"] == "Bearer tok"


def test_environment_is_read_when_the_client_is_built_not_at_import(mode: str, harnesses: List[Harness], monkeypatch: pytest.MonkeyPatch) -> None:
    package("runn")
    monkeypatch.setenv("RUNN_API_TOKEN", "from-env")
    h = make(harnesses, "runn", mode, lambda r: json_response(200, example("runn", "/me/")))
    h(lambda: h.client.me.get())
    assert h.requests[0].headers["Authorization"] == "Bearer from-env"


def test_missing_credentials_are_refused_before_any_request(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RUNN_API_TOKEN", raising=False)
    module = package("runn")
    with pytest.raises(module.errors.CredentialsError, match="RUNN_API_TOKEN"):
        Harness("runn", mode, lambda r: json_response(200, {}))


@pytest.mark.parametrize("bad", ["rdk_live_short", "rdk_test_a3f9bc4d8e1f2a3b4c5d6e7f8a9b0c1d", RUNDUN_KEY + "x", "Bearer " + RUNDUN_KEY])
def test_rundun_key_is_rdk_live_plus_32_characters(bad: str, mode: str) -> None:
    module = package("rundun")
    with pytest.raises(module.errors.CredentialsError) as caught:
        Harness("rundun", mode, lambda r: json_response(200, {}), api_key=bad)
    assert "rdk_live_ followed by 32" in str(caught.value)
    assert bad not in str(caught.value)


def test_rundun_valid_key_is_sent_as_bearer(mode: str, harnesses: List[Harness]) -> None:
    h = make(harnesses, "rundun", mode, lambda r: json_response(200, example("rundun", "/runs/{run_id}")), api_key=RUNDUN_KEY)
    run = h(lambda: h.client.runs.get("r-550e8400-e29b-41d4-a716-446655440000"))
    assert run.status == "completed"
    assert h.requests[0].headers["Authorization"] == f"Bearer {RUNDUN_KEY}"
    assert str(h.requests[0].url) == "https://api.rundun.app/v1/runs/r-550e8400-e29b-41d4-a716-446655440000"


def test_runsite_key_must_start_ak_live(mode: str) -> None:
    module = package("runsite")
    with pytest.raises(module.errors.CredentialsError):
        Harness("runsite", mode, lambda r: json_response(200, {}), api_key="sk_live_abc")


def test_credentials_never_show_in_repr_or_errors(mode: str, harnesses: List[Harness]) -> None:
    module = package("rundun")
    h = make(harnesses, "rundun", mode, lambda r: json_response(401, {"error": "unauthorized", "message": "Missing or invalid API key"}), api_key=RUNDUN_KEY)
    assert RUNDUN_KEY not in repr(h.client)
    assert RUNDUN_KEY not in repr(h.client._auth)
    with pytest.raises(module.errors.AuthenticationError) as caught:
        h(lambda: h.client.runs.get("r-1"))
    assert RUNDUN_KEY not in str(caught.value)
    assert caught.value.error_code == "unauthorized"


def test_debug_logging_redacts_authorization(mode: str, harnesses: List[Harness], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="rundun_client")
    h = make(harnesses, "rundun", mode, lambda r: json_response(200, example("rundun", "/runs/{run_id}")), api_key=RUNDUN_KEY)
    h(lambda: h.client.runs.get("r-1", extra_headers={"Cookie": "session=cookie-secret", "X-API-Key": "header-secret"}))
    assert "request GET" in caplog.text
    assert RUNDUN_KEY not in caplog.text and "<redacted>" in caplog.text
    assert "cookie-secret" not in caplog.text and "header-secret" not in caplog.text


class TokenServer:
    """A Run:ai-like tenant: /api/v2/token issues expiring tokens; the API accepts only live ones."""

    def __init__(self, lifetime: int = 3600) -> None:
        self.lifetime = lifetime
        self.issued: List[str] = []
        self.revoked: set[str] = set()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v2/token":
            form = urllib.parse.parse_qs(request.content.decode())
            assert form["grant_type"] == ["client_credentials"]
            if form.get("client_secret") != ["s3cret"]:
                return json_response(401, {"error": "invalid_client"})
            token = f"tok-{len(self.issued)}"
            self.issued.append(token)
            return json_response(200, {"access_token": token, "token_type": "Bearer", "expires_in": self.lifetime})
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        if token not in self.issued or token in self.revoked:
            return json_response(401, {"code": 401, "message": "Unauthorized"})
        return json_response(200, example("runai", "/api/v1/users") if not request.url.params.get("offset") else [])


def test_runai_client_credentials_token_is_fetched_once_and_cached(mode: str, harnesses: List[Harness]) -> None:
    server = TokenServer()
    h = make(harnesses, "runai", mode, server, client_id="app", client_secret="s3cret", company="acme")
    h(lambda: h.client.users.list())
    h(lambda: h.client.users.list())
    assert server.issued == ["tok-0"]
    assert [r.url.path for r in h.requests] == ["/api/v2/token", "/api/v1/users", "/api/v1/users", "/api/v1/users", "/api/v1/users"]
    assert str(h.requests[1].url).startswith("https://acme.run.ai/api/v1/users")


def test_runai_token_is_refreshed_before_it_expires(mode: str, harnesses: List[Harness], monkeypatch: pytest.MonkeyPatch) -> None:
    """Renewed 30 s before it expires, or at half its lifetime when it lives less than a minute
    (a 10 s token is not fetched again for every call)."""
    clock = [1000.0]
    monkeypatch.setattr(package("runai")._auth, "time", type("Clock", (), {"monotonic": staticmethod(lambda: clock[0])}))
    server = TokenServer(lifetime=10)
    h = make(harnesses, "runai", mode, server, client_id="app", client_secret="s3cret")
    for now in (1000.0, 1004.0, 1006.0):  # renewed at 1005: half of 10 s
        clock[0] = now
        h(lambda: h.client.users.list())
    api_calls = [r for r in h.requests if r.url.path == "/api/v1/users"]
    assert server.issued == ["tok-0", "tok-1"]
    assert [r.headers["Authorization"] for r in api_calls] == ["Bearer tok-0"] * 4 + ["Bearer tok-1"] * 2
    server.lifetime = 3600
    clock[0] = 2000.0
    h(lambda: h.client.users.list())  # tok-1 expired long ago: tok-2, for an hour
    clock[0] = 2000.0 + 3600 - 31
    h(lambda: h.client.users.list())
    clock[0] = 2000.0 + 3600 - 29
    h(lambda: h.client.users.list())
    assert server.issued == ["tok-0", "tok-1", "tok-2", "tok-3"]


def test_runai_401_gets_one_retry_with_a_new_token(mode: str, harnesses: List[Harness]) -> None:
    server = TokenServer()
    h = make(harnesses, "runai", mode, server, client_id="app", client_secret="s3cret")
    h(lambda: h.client.users.list())
    server.revoked.add("tok-0")
    h(lambda: h.client.users.list())
    assert server.issued == ["tok-0", "tok-1"]
    server.revoked.add("tok-1")
    server.issued.append("never")  # the next token is refused too: only one retry, then the error
    server.revoked.add("tok-3")
    module = package("runai")
    original = server.__call__

    def refuse_all(request: httpx.Request) -> httpx.Response:
        response = original(request)
        return json_response(401, {"code": 401, "message": "Unauthorized"}) if request.url.path != "/api/v2/token" else response

    h2 = make(harnesses, "runai", mode, refuse_all, client_id="app", client_secret="s3cret")
    with pytest.raises(module.errors.AuthenticationError):
        h2(lambda: h2.client.users.list())
    assert [r.url.path for r in h2.requests] == ["/api/v2/token", "/api/v1/users", "/api/v2/token", "/api/v1/users"]


def test_runai_token_endpoint_itself_sends_no_credentials(mode: str, harnesses: List[Harness]) -> None:
    h = make(harnesses, "runai", mode, lambda r: json_response(200, {"access_token": "x", "token_type": "Bearer", "expires_in": 60}), token="held")
    h(lambda: h.client.token.grant_token_v2(grant_type="client_credentials", client_id="a", client_secret="b"))
    assert "Authorization" not in h.requests[0].headers
    assert h.requests[0].headers["Content-Type"].startswith("application/x-www-form-urlencoded")


# -- versions and base URLs ---------------------------------------------------------------------


def test_runn_accept_version_is_sent_on_every_request(mode: str, harnesses: List[Harness]) -> None:
    h = make(harnesses, "runn", mode, lambda r: json_response(200, example("runn", "/me/")), token="t")
    h(lambda: h.client.me.get())
    assert h.requests[0].headers["Accept-Version"] == "1.0.0"
    h2 = make(harnesses, "runn", mode, lambda r: json_response(200, example("runn", "/me/")), token="t", default_headers={"Accept-Version": "1.1.0"})
    h2(lambda: h2.client.me.get())
    assert h2.requests[0].headers["Accept-Version"] == "1.1.0"


def test_base_url_is_https_unless_an_explicit_http_url_is_given(mode: str, harnesses: List[Harness], monkeypatch: pytest.MonkeyPatch) -> None:
    h = make(harnesses, "runn", mode, lambda r: json_response(200, example("runn", "/me/")), token="t", base_url="http://127.0.0.1:4010")
    h(lambda: h.client.me.get())
    assert str(h.requests[0].url) == "http://127.0.0.1:4010/me/"
    monkeypatch.setenv("RUNAI_COMPANY", "tenant-x")
    h2 = make(harnesses, "runai", mode, lambda r: json_response(200, []), token="t")
    assert h2.client.base_url == "https://tenant-x.run.ai"


# -- paging ---------------------------------------------------------------------------------------


def test_runcloud_pages_follow_meta_pagination_to_total_pages(mode: str, harnesses: List[Harness]) -> None:
    server = example("runcloud", "/servers")["data"][0]

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        return json_response(200, {"data": [dict(server, id=page)], "meta": {"pagination": {"total": 3, "count": 1, "per_page": 1, "current_page": page, "total_pages": 3, "links": {}}}})

    h = make(harnesses, "runcloud", mode, handler, api_key="k", api_secret="s")
    servers = h(lambda: h.client.servers.list(per_page=1))
    assert [s.id for s in servers] == [1, 2, 3]
    assert [r.url.params.get("perPage") for r in h.requests] == ["1", "1", "1"]


def test_runcloud_per_page_above_40_is_refused_locally(mode: str, harnesses: List[Harness]) -> None:
    module = package("runcloud")
    h = make(harnesses, "runcloud", mode, lambda r: json_response(200, {}), api_key="k", api_secret="s")
    with pytest.raises(module.errors.PaginationError, match="40"):
        h(lambda: h.client.servers.list(per_page=41))
    assert h.requests == []


def test_runn_cursor_paging_follows_next_cursor_until_null(mode: str, harnesses: List[Harness]) -> None:
    person = example("runn", "/people/")["values"][0]
    pages = {None: ("c1", [1, 2]), "c1": ("c2", []), "c2": (None, [3])}  # an empty page mid-way does not stop it

    def handler(request: httpx.Request) -> httpx.Response:
        cursor, ids = pages[request.url.params.get("cursor")]
        return json_response(200, {"values": [dict(person, id=i) for i in ids], "nextCursor": cursor})

    h = make(harnesses, "runn", mode, handler, token="t")
    people = h(lambda: h.client.people.list(limit=200, extra_headers={"X-Trace": "1"}, timeout=7.0))
    assert [p.id for p in people] == [1, 2, 3]
    assert [r.url.params.get("limit") for r in h.requests] == ["200"] * 3
    assert all(r.headers["X-Trace"] == "1" for r in h.requests)  # every page: the same headers
    assert all(r.extensions["timeout"]["read"] == 7.0 for r in h.requests)  # and the same timeout


def test_runn_limit_above_200_is_refused_locally(mode: str, harnesses: List[Harness]) -> None:
    module = package("runn")
    h = make(harnesses, "runn", mode, lambda r: json_response(200, {}), token="t")
    with pytest.raises(module.errors.PaginationError):
        h(lambda: h.client.people.list(limit=201))


def test_a_cursor_repeated_is_an_error_not_a_loop(mode: str, harnesses: List[Harness]) -> None:
    module = package("runn")
    h = make(harnesses, "runn", mode, lambda r: json_response(200, {"values": [], "nextCursor": "same"}), token="t")
    with pytest.raises(module.errors.PaginationError, match="same cursor"):
        h(lambda: h.client.people.list())
    assert len(h.requests) == 2


def test_rundun_pages_follow_pagination_next_page(mode: str, harnesses: List[Harness]) -> None:
    template = example("rundun", "/templates")["data"][0]

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        return json_response(200, {"data": [template], "pagination": {"total": 2, "page": page, "per_page": 1, "next_page": 2 if page == 1 else None}})

    h = make(harnesses, "rundun", mode, handler, api_key=RUNDUN_KEY)
    assert len(h(lambda: h.client.templates.list())) == 2
    assert [r.url.params.get("page") for r in h.requests] == [None, "2"]


def test_runsite_deployments_page_by_limit_and_offset_until_total(mode: str, harnesses: List[Harness]) -> None:
    deployment = example("runsite", "/api/web-services/{web_service_id}/deployments")["deployments"][0]

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", "0"))
        count = min(2, 5 - offset)
        return json_response(200, {"deployments": [dict(deployment, id=f"d{offset + i}") for i in range(count)], "total": 5})

    h = make(harnesses, "runsite", mode, handler, api_key=RUNSITE_KEY)
    items = h(lambda: h.client.web_services.deployments.list("svc", limit=2))
    assert len(items) == 5
    assert [r.url.params.get("offset") for r in h.requests] == [None, "2", "4"]


def test_runai_users_page_by_offset_until_a_short_page(mode: str, harnesses: List[Harness]) -> None:
    user = example("runai", "/api/v1/users")[0]

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", "0"))
        return json_response(200, [dict(user, id=f"u{offset + i}") for i in range(2 if offset < 4 else 1)])

    h = make(harnesses, "runai", mode, handler, token="t")
    assert len(h(lambda: h.client.users.list(limit=2))) == 5
    module = package("runai")
    with pytest.raises(module.errors.PaginationError):
        h(lambda: h.client.users.list(limit=501))


def test_first_page_gives_metadata(harnesses: List[Harness]) -> None:
    h = make(harnesses, "runsite", "sync", lambda r: json_response(200, example("runsite", "/api/web-services/{web_service_id}/deployments")), api_key=RUNSITE_KEY)
    page = h.client.web_services.deployments.list("svc").first_page()
    assert page.body["total"] == len(page.items) or "total" in page.body


# -- retries and rate limits -----------------------------------------------------------------------


def test_runn_retry_after_is_in_milliseconds(mode: str, harnesses: List[Harness]) -> None:
    replies = [json_response(429, {"error": "Too Many Requests", "statusCode": 429, "message": "slow down"}, {"retry-after": "1500"}), json_response(200, example("runn", "/me/"))]
    h = make(harnesses, "runn", mode, lambda r: replies.pop(0), token="t")
    h(lambda: h.client.me.get())
    assert h.sleeps == [1.5]  # 1500 ms is 1.5 s, not 25 minutes


def test_rundun_retry_after_is_in_seconds_or_an_http_date(mode: str, harnesses: List[Harness]) -> None:
    when = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=30), usegmt=True)
    replies = [
        json_response(429, {"error": "rate_limited", "message": "slow"}, {"Retry-After": "2"}),
        json_response(429, {"error": "rate_limited", "message": "slow"}, {"Retry-After": when}),
        json_response(200, example("rundun", "/runs/{run_id}")),
    ]
    h = make(harnesses, "rundun", mode, lambda r: replies.pop(0), api_key=RUNDUN_KEY)
    h(lambda: h.client.runs.get("r-1"))
    assert h.sleeps[0] == 2.0
    assert 25 <= h.sleeps[1] <= 31


def test_a_429_storm_ends_in_rate_limit_error_with_headers(mode: str, harnesses: List[Harness]) -> None:
    module = package("runn")
    headers = {"retry-after": "100", "x-ratelimit-limit": "120", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "30"}
    h = make(harnesses, "runn", mode, lambda r: json_response(429, {"error": "Too Many Requests", "statusCode": 429, "message": "Rate limit"}, headers), token="t", max_retries=3)
    with pytest.raises(module.errors.RateLimitError) as caught:
        h(lambda: h.client.me.get())
    assert len(h.requests) == 4
    assert h.sleeps == [0.1, 0.1, 0.1]
    assert caught.value.headers["x-ratelimit-remaining"] == "0"
    assert caught.value.retry_after == 0.1
    assert h.client.rate_limit.limit == 120 and h.client.rate_limit.remaining == 0 and h.client.rate_limit.reset == 30


def test_server_errors_retry_idempotent_methods_with_backoff(mode: str, harnesses: List[Harness]) -> None:
    replies = [json_response(503, {"message": "down"}), json_response(502, {"message": "down"}), json_response(200, {"message": "pong"})]
    h = make(harnesses, "runcloud", mode, lambda r: replies.pop(0), api_key="k", api_secret="s")
    h(lambda: h.client.meta.ping())
    assert len(h.sleeps) == 2
    assert 0.375 <= h.sleeps[0] <= 0.5 and 0.75 <= h.sleeps[1] <= 1.0  # exponential, with jitter


def test_post_is_not_retried_on_5xx_unless_the_caller_opts_in(mode: str, harnesses: List[Harness]) -> None:
    module = package("rundun")
    h = make(harnesses, "rundun", mode, lambda r: json_response(500, {"error": "server_error", "message": "boom"}), api_key=RUNDUN_KEY)
    with pytest.raises(module.errors.InternalServerError):
        h(lambda: h.client.runs.create(template_id="t-550e8400-e29b-41d4-a716-446655440000"))
    assert len(h.requests) == 1
    with pytest.raises(module.errors.InternalServerError):
        h(lambda: h.client.runs.create(template_id="t-550e8400-e29b-41d4-a716-446655440000", allow_retry=True))
    assert len(h.requests) == 1 + 3


def test_retries_stop_at_max_retry_time(mode: str, harnesses: List[Harness]) -> None:
    module = package("rundun")
    h = make(harnesses, "rundun", mode, lambda r: json_response(429, {"error": "rate_limited", "message": "x"}, {"Retry-After": "90"}), api_key=RUNDUN_KEY, max_retries=5, max_retry_time=100)
    with pytest.raises(module.errors.RateLimitError):
        h(lambda: h.client.runs.get("r-1"))
    assert h.sleeps == [90.0]  # a second 90 s wait would pass the 100 s budget


def test_connection_errors_are_retried_then_raised(mode: str, harnesses: List[Harness]) -> None:
    module = package("runn")

    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    h = make(harnesses, "runn", mode, handler, token="t", max_retries=2)
    with pytest.raises(module.errors.APIConnectionError):
        h(lambda: h.client.me.get())
    assert len(h.requests) == 3


def test_timeout_none_means_no_timeout(mode: str, harnesses: List[Harness]) -> None:
    h = make(harnesses, "runn", mode, lambda r: json_response(200, example("runn", "/me/")), token="t")
    h(lambda: h.client.me.get(timeout=None))
    assert h.requests[0].extensions["timeout"] == {"connect": None, "read": None, "write": None, "pool": None}


def test_runcloud_throttle_keeps_within_60_a_minute(harnesses: List[Harness]) -> None:
    h = make(harnesses, "runcloud", "sync", lambda r: json_response(200, {"message": "pong"}, {"X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "59"}), api_key="k", api_secret="s", throttle=True)
    for _ in range(61):
        h.client.meta.ping()
    assert len(h.sleeps) == 1 and 55 < h.sleeps[0] <= 60
    assert h.client.rate_limit.limit == 60 and h.client.rate_limit.remaining == 59


# -- errors ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "provider, status, body, cls, message, code",
    [
        ("runcloud", 422, {"message": "The name field is required."}, "UnprocessableEntityError", "The name field is required.", None),
        ("runn", 404, {"error": "Not Found", "statusCode": 404, "message": "Client not found"}, "NotFoundError", "Client not found", "Not Found"),
        ("rundun", 402, {"error": "quota_exceeded", "message": "Quota exceeded"}, "PaymentRequiredError", "Quota exceeded", "quota_exceeded"),
        ("rundun", 410, {"error": "run_expired", "message": "Run has expired"}, "GoneError", "Run has expired", "run_expired"),
        ("runsite", 422, {"detail": [{"loc": ["body", "port"], "msg": "too big"}]}, "UnprocessableEntityError", "port: too big", None),
        ("runsite", 403, {"detail": "Forbidden — insufficient scope"}, "PermissionDeniedError", "insufficient scope", None),
        ("runai", 409, {"code": 409, "message": "Conflict", "details": "exists"}, "ConflictError", "Conflict", "409"),
    ],
)
def test_error_bodies_become_typed_exceptions(provider: str, status: int, body: Any, cls: str, message: str, code: Any, mode: str, harnesses: List[Harness]) -> None:
    module = package(provider)
    creds = {"runcloud": {"api_key": "k", "api_secret": "s"}, "runn": {"token": "t"}, "rundun": {"api_key": RUNDUN_KEY}, "runsite": {"api_key": RUNSITE_KEY}, "runai": {"token": "t"}}[provider]
    calls = {
        "runcloud": lambda c: c.meta.ping(),
        "runn": lambda c: c.me.get(),
        "rundun": lambda c: c.runs.get("r-1"),
        "runsite": lambda c: c.projects.get("p-1"),
        "runai": lambda c: c.clusters.list(),
    }
    h = make(harnesses, provider, mode, lambda r: json_response(status, body, {"X-Request-Id": "req-1"}), **creds)
    with pytest.raises(getattr(module.errors, cls)) as caught:
        h(lambda: calls[provider](h.client))
    error = caught.value
    assert isinstance(error, module.errors.APIStatusError) and isinstance(error, getattr(module.errors, f"{module.__name__.split('_')[0].title() if False else ''}APIError"))
    assert error.status_code == status and error.body == body
    assert message in str(error)
    assert error.error_code == code


# -- deprecation, partial updates, raw responses ----------------------------------------------------


def test_runai_deprecated_operation_warns(mode: str, harnesses: List[Harness]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        path = "/v1/k8s/clusters" if request.url.path.startswith("/v1/k8s") else "/api/v1/clusters"
        return json_response(200, example("runai", path))

    h = make(harnesses, "runai", mode, handler, token="t")
    with pytest.warns(DeprecationWarning):
        h(lambda: h.client.legacy_clusters.list())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        h(lambda: h.client.clusters.list())


def test_runn_patch_sends_only_the_fields_passed(mode: str, harnesses: List[Harness]) -> None:
    h = make(harnesses, "runn", mode, lambda r: json_response(200, example("runn", "/clients/{clientId}", "patch")), token="t")
    client = h(lambda: h.client.clients.update(123, name="My updated name"))
    assert client.name == "My updated name"
    assert h.requests[0].method == "PATCH" and h.requests[0].url.path == "/clients/123"
    assert h.requests[0].content == b'{"name":"My updated name"}'
    h(lambda: h.client.clients.update(123, website=None))  # an explicit null unsets
    assert h.requests[1].content == b'{"website":null}'


def test_raw_response_gives_headers_status_and_parsed_body(mode: str, harnesses: List[Harness]) -> None:
    h = make(harnesses, "runn", mode, lambda r: json_response(200, example("runn", "/me/"), {"x-ratelimit-remaining": "119"}), token="t")
    raw = h(lambda: h.client.me.with_raw_response.get())
    assert raw.status_code == 200 and raw.headers["x-ratelimit-remaining"] == "119"
    assert raw.parse() is not None


def test_an_opted_in_post_retry_reuses_one_idempotency_key(mode: str) -> None:
    import sys

    from conftest import FIXTURES

    sys.path.insert(0, str(FIXTURES / "golden" / "shapes"))
    try:
        module = __import__("shapes_client")
    finally:
        sys.path.pop(0)
    shape = {"id": 1, "name": "sq", "color": "red", "tags": [], "parent": None}
    replies = [json_response(503, {}), json_response(503, {}), json_response(200, shape)]
    seen: List[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return replies.pop(0)

    cls = module.AsyncShapesClient if mode == "async" else module.ShapesClient
    client = cls(token="t", transport=httpx.MockTransport(handler))
    if mode == "async":

        async def nosleep(seconds: float) -> None:
            return None

        client._sleep = nosleep
        import asyncio

        result = asyncio.run(client.shapes.paint(1, color="red", allow_retry=True))
    else:
        client._sleep = lambda seconds: None
        result = client.shapes.paint(1, color="red", allow_retry=True)
    assert result.id == 1
    keys = {r.headers["Idempotency-Key"] for r in seen}
    assert len(seen) == 3 and len(keys) == 1 and len(keys.pop()) == 36


def test_runai_deprecated_fields_warn_when_read() -> None:
    module = package("runai")
    project = module.models.LegacyProject.model_validate({"name": "team-a", "deservedGpus": 2.0})
    with pytest.warns(DeprecationWarning):
        assert project.deserved_gpus == 2.0
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert project.name == "team-a"


def test_runn_429_without_retry_after_waits_for_x_ratelimit_reset_seconds(mode: str, harnesses: List[Harness]) -> None:
    replies = [json_response(429, {"error": "Too Many Requests", "statusCode": 429, "message": "slow"}, {"x-ratelimit-reset": "3"}), json_response(200, example("runn", "/me/"))]
    h = make(harnesses, "runn", mode, lambda r: replies.pop(0), token="t")
    h(lambda: h.client.me.get())
    assert h.sleeps == [3.0]


def test_rundun_webhook_envelope_parses_into_its_model() -> None:
    """providers.md: the envelope is {event_id, delivery_attempt (1-5), event, run_id, template_id,
    template_v, ts, identity{mode, user_id}, data}; events step.completed ... run.expired."""
    webhooks = importlib.import_module(f"{package('rundun').__name__}.webhooks")
    body = (
        b'{"event_id": "evt-1", "delivery_attempt": 2, "event": "run.completed", "run_id": "r-1",'
        b' "template_id": "t-1", "template_v": 3, "ts": "2026-05-22T08:33:12Z",'
        b' "identity": {"mode": "member", "user_id": "u-1"}, "data": {}}'
    )
    event = webhooks.parse_run_event(body)
    assert (event.event, event.delivery_attempt, event.identity.mode) == ("run.completed", 2, "member")
    # an event name the docs do not list yet parses (issue 13: additive changes need no new client)
    assert webhooks.parse_run_event(body.replace(b'"run.completed"', b'"run.exploded"')).event == "run.exploded"
    with pytest.raises(pydantic.ValidationError):  # a required field missing
        webhooks.parse_run_event(body.replace(b'"event_id": "evt-1", ', b""))
