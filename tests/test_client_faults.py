"""The generated clients over real loopback sockets, against a scripted fault server
(tests/fault_server.py): credentials stay with their origin, nothing hangs, and every failure
is one of the package's typed errors. Sync and async.

Expected values are the documented or issue-stated ones, written here; what the servers saw
is what is checked (counts, headers, bodies). The only timings asserted are generous upper
bounds that tell a bounded wait from a hang.
"""

from __future__ import annotations

import asyncio
import base64
import importlib
import logging
import sys
import time
from pathlib import Path
from typing import Any, Callable, Iterator, List

import pytest
import yaml

from behaviour_helpers import package
from fault_server import FaultServer, Reply, Seen, json_reply, redirect

from generator.pipeline import generate
from generator.write import write_packages

MODES = ["sync", "async"]


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


class Driver:
    """One generated client, sync or async, run to completion call by call (retries do not sleep)."""

    def __init__(self, module: Any, title: str, mode: str, **kwargs: Any) -> None:
        self.mode = mode
        self.module = module
        self.client = getattr(module, ("Async" if mode == "async" else "") + title + "Client")(**kwargs)
        self.loop = asyncio.new_event_loop() if mode == "async" else None
        if self.loop is not None:

            async def no_wait(seconds: float) -> None:
                return None

            self.client._sleep = no_wait
        else:
            self.client._sleep = lambda seconds: None

    def __call__(self, thunk: Callable[[Any], Any]) -> Any:
        if self.loop is None:
            result = thunk(self.client)
            return list(result) if type(result).__name__ == "SyncPager" else result
        return self.loop.run_until_complete(self.run(thunk))

    async def run(self, thunk: Callable[[Any], Any]) -> Any:
        result = thunk(self.client)
        if type(result).__name__ == "AsyncPager":
            return [item async for item in result]
        return await result

    def close(self) -> None:
        if self.loop is None:
            self.client.close()
        else:
            self.loop.run_until_complete(self.client.close())
            self.loop.close()


@pytest.fixture
def drivers() -> Iterator[List[Driver]]:
    made: List[Driver] = []
    yield made
    for d in made:
        d.close()


def drive(drivers: List[Driver], provider: str, title: str, mode: str, **kwargs: Any) -> Driver:
    d = Driver(package(provider), title, mode, **kwargs)
    drivers.append(d)
    return d


def everything(seen: List[Seen]) -> str:
    """All a server received, as one text: paths, queries, headers and bodies."""
    return "\n".join(f"{s.method} {s.path} {s.query} {s.headers} {s.body!r}" for s in seen)


# -- API keys: a small spec, since none of our providers sends one ------------------------------

KEYS_SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Keys", "version": "1"},
    "servers": [{"url": "https://api.example.com"}],
    "components": {
        "securitySchemes": {
            "headerKey": {"type": "apiKey", "in": "header", "name": "X-Service-Key", "x-rungen-credentials": {"key": {"argument": "header_key"}}},
            "queryKey": {"type": "apiKey", "in": "query", "name": "api_key", "x-rungen-credentials": {"key": {"argument": "query_key"}}},
            "cookieKey": {"type": "apiKey", "in": "cookie", "name": "session", "x-rungen-credentials": {"key": {"argument": "cookie_key"}}},
        },
        "schemas": {"Thing": {"type": "object", "required": ["ok"], "properties": {"ok": {"type": "boolean"}}}},
    },
    "security": [{"headerKey": []}],
    "paths": {
        f"/{where}": {
            "get": {
                "operationId": f"get_{where}",
                "x-rungen-resource": "things",
                "x-rungen-method": where,
                "security": [{scheme: []}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}},
            }
        }
        for where, scheme in (("header", "headerKey"), ("query", "queryKey"), ("cookie", "cookieKey"))
    },
}


@pytest.fixture(scope="module")
def keys_module(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("keys")
    spec = folder / "faultkeys.yaml"
    spec.write_text(yaml.safe_dump(KEYS_SPEC, sort_keys=False))
    write_packages(folder / "out", {"faultkeys": generate(spec, name="faultkeys").files})
    sys.path.insert(0, str(folder / "out" / "faultkeys"))
    try:
        return importlib.import_module("faultkeys_client")
    finally:
        sys.path.pop(0)


# -- 1. credentials stay with their origin --------------------------------------------------------

SECRET = "s3cr3t-Zq9"  # in every credential below, so one search finds any of them, whole or in part


def _cross_origin(api: FaultServer, other: FaultServer, landing_path: str, status: int = 302) -> Callable[[Seen], Reply]:
    def script(seen: Seen) -> Reply:
        return redirect(status, f"{other.url}{landing_path}")

    return script


def _assert_nothing_secret(other: FaultServer, *secrets: str) -> None:
    assert other.seen, "the redirect was not followed to the other origin"
    text = everything(other.seen)
    for secret in secrets:
        assert secret not in text
    for s in other.seen:
        assert "authorization" not in s.headers and "cookie" not in s.headers


@pytest.mark.parametrize("kind", ["basic", "bearer"])
def test_basic_and_bearer_credentials_do_not_follow_a_redirect_to_another_origin(kind: str, mode: str, drivers: List[Driver]) -> None:
    with FaultServer(lambda s: json_reply({"message": "pong"})) as other, FaultServer(lambda s: redirect(302, f"{other.url}/ping")) as api:
        creds = {"api_key": "key-" + SECRET, "api_secret": "pw-" + SECRET} if kind == "basic" else {"token": "tok-" + SECRET}
        d = drive(drivers, "runcloud", "RunCloud", mode, base_url=api.url, **creds)
        assert d(lambda c: c.meta.ping()).message == "pong"
        sent = api.seen[0].headers["authorization"]
        assert sent.startswith("Basic " if kind == "basic" else "Bearer ")  # the API itself got them
        encoded = base64.b64encode(f"key-{SECRET}:pw-{SECRET}".encode()).decode()
        _assert_nothing_secret(other, SECRET, encoded, sent.split(" ", 1)[1])


@pytest.mark.parametrize("where, name", [("header", "x-service-key"), ("query", "api_key"), ("cookie", "session")])
def test_api_keys_in_header_query_and_cookie_do_not_follow_a_redirect_to_another_origin(where: str, name: str, mode: str, keys_module: Any, drivers: List[Driver]) -> None:
    with FaultServer(lambda s: json_reply({"ok": True})) as other, FaultServer(lambda s: redirect(307, f"{other.url}/landing?page=2")) as api:
        d = Driver(keys_module, "Faultkeys", mode, base_url=api.url, header_key="h-" + SECRET, query_key="q-" + SECRET, cookie_key="c-" + SECRET)
        drivers.append(d)
        assert d(lambda c: getattr(c.things, where)()).ok is True
        first = api.seen[0]
        got = {"header": first.headers.get(name), "query": (first.query.get(name) or [None])[0], "cookie": first.headers.get("cookie")}[where]
        assert got is not None and SECRET in got  # the API got the key where the spec puts it
        _assert_nothing_secret(other, SECRET)
        assert other.seen[0].query == {"page": ["2"]}  # the rest of the Location is kept


def test_a_key_is_sent_again_on_a_redirect_within_its_origin(mode: str, keys_module: Any, drivers: List[Driver]) -> None:
    def script(seen: Seen) -> Reply:
        return redirect(302, "/landing") if seen.path == "/header" else json_reply({"ok": True})

    with FaultServer(script) as api:
        d = Driver(keys_module, "Faultkeys", mode, base_url=api.url, header_key="h-" + SECRET, query_key="q", cookie_key="c")
        drivers.append(d)
        d(lambda c: c.things.header())
        assert api.paths() == ["/header", "/landing"]
        assert api.seen[1].headers["x-service-key"] == "h-" + SECRET


def test_a_query_key_stays_out_of_the_debug_log(mode: str, keys_module: Any, drivers: List[Driver], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="faultkeys_client")
    with FaultServer(lambda s: json_reply({"ok": True})) as api:
        d = Driver(keys_module, "Faultkeys", mode, base_url=api.url, header_key="h-" + SECRET, query_key="q-" + SECRET, cookie_key="c-" + SECRET)
        drivers.append(d)
        d(lambda c: c.things.query())
        assert api.seen[0].query["api_key"] == ["q-" + SECRET]
    assert "response GET" in caplog.text and SECRET not in caplog.text


class TokenIssuer:
    """An OAuth2 client-credentials tenant (RFC 6749 4.4): /api/v2/token issues tok-N; the API
    accepts live, unrevoked tokens only. ``token_reply`` overrides the token answers."""

    def __init__(self, lifetime: int = 3600, api_delay: float = 0.0, token_delay: float = 0.0) -> None:
        self.lifetime = lifetime
        self.api_delay = api_delay
        self.token_delay = token_delay
        self.issued: List[str] = []
        self.revoked: set[str] = set()
        self.token_reply: List[Reply] = []  # scripted answers, used first, one per token request

    def __call__(self, seen: Seen) -> Reply:
        if seen.path == "/api/v2/token":
            if self.token_reply:
                return self.token_reply.pop(0)
            assert b"grant_type=client_credentials" in seen.body
            token = f"tok-{len(self.issued)}"
            self.issued.append(token)
            reply = json_reply({"access_token": token, "token_type": "Bearer", "expires_in": self.lifetime})
            reply.delay = self.token_delay
            return reply
        token = seen.headers.get("authorization", "").removeprefix("Bearer ")
        if token not in self.issued or token in self.revoked:
            return json_reply({"code": 401, "message": "Unauthorized"}, status=401)
        reply = json_reply({"count": 3})
        reply.delay = self.api_delay
        return reply


def runai(drivers: List[Driver], mode: str, url: str, **kwargs: Any) -> Driver:
    return drive(drivers, "runai", "Runai", mode, base_url=url, client_id="app", client_secret="cs-" + SECRET, **kwargs)


def test_oauth2_token_does_not_follow_an_api_redirect_to_another_origin(mode: str, drivers: List[Driver]) -> None:
    issuer = TokenIssuer()
    with FaultServer(lambda s: json_reply({"count": 1})) as other:

        def script(seen: Seen) -> Reply:
            return issuer(seen) if seen.path == "/api/v2/token" else redirect(302, f"{other.url}/elsewhere")

        with FaultServer(script) as api:
            d = runai(drivers, mode, api.url)
            assert d(lambda c: c.departments.count()).count == 1
            assert api.seen[1].headers["authorization"] == "Bearer tok-0"
            _assert_nothing_secret(other, SECRET, "tok-0")


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_the_token_endpoint_redirect_is_never_followed(status: int, mode: str, drivers: List[Driver]) -> None:
    with FaultServer(lambda s: json_reply({"access_token": "stolen"})) as other, FaultServer(lambda s: redirect(status, f"{other.url}/token")) as api:
        d = runai(drivers, mode, api.url)
        errors = package("runai").errors
        with pytest.raises(errors.RedirectError) as caught:
            d(lambda c: c.departments.count())
        assert isinstance(caught.value, errors.RunaiError)
        assert other.seen == []  # client_id and client_secret went nowhere else
        assert api.paths() == ["/api/v2/token"]
        assert SECRET not in str(caught.value)


def test_a_malformed_key_is_refused_without_showing_any_of_it() -> None:
    errors = package("rundun").errors
    bad = "Zq9xSECRETVALUE1234"
    with pytest.raises(errors.CredentialsError) as caught:
        package("rundun").RundunClient(api_key=bad)
    message = str(caught.value)
    assert "rdk_live_ followed by 32" in message  # the documented format is named
    assert bad[:4] not in message and str(len(bad)) not in message


# -- 2. plain http only to this machine -----------------------------------------------------------


@pytest.mark.parametrize("url", ["http://127.0.0.1:4010", "http://localhost:8080/v1", "http://[::1]:9000"])
def test_plain_http_is_accepted_for_this_machine(url: str) -> None:
    client = package("rundun").RundunClient(api_key="rdk_live_" + "a" * 32, base_url=url)
    assert client.base_url == url.rstrip("/")


def test_plain_http_elsewhere_needs_allow_insecure_http(mode: str) -> None:
    module = package("rundun")
    cls = module.AsyncRundunClient if mode == "async" else module.RundunClient
    with pytest.raises(module.errors.InsecureURLError, match="allow_insecure_http=True") as caught:
        cls(api_key="rdk_live_" + "a" * 32, base_url="http://api.rundun.app/v1")
    assert "unencrypted" in str(caught.value)
    assert isinstance(caught.value, module.errors.RundunError)
    client = cls(api_key="rdk_live_" + "a" * 32, base_url="http://api.rundun.app/v1", allow_insecure_http=True)
    assert client.base_url == "http://api.rundun.app/v1"


# -- 3. OAuth2 under concurrency ------------------------------------------------------------------


def test_200_concurrent_async_calls_make_one_token_request_per_expiry_or_revocation(drivers: List[Driver]) -> None:
    issuer = TokenIssuer(token_delay=0.1)  # the token answer is slow, so every call waits on one flight
    with FaultServer(issuer) as api:
        # the old auth flow held its lock across the token request and deadlocked here; the
        # bound tells that from a machine that is merely busy (it is generous on purpose)
        d = runai(drivers, "async", api.url, timeout=30, max_retries=0)

        async def burst() -> List[Any]:
            return await asyncio.wait_for(asyncio.gather(*(d.client.departments.count() for _ in range(200))), 60)

        assert loop_run(d, burst()) == [package("runai").models.CountResponse(count=3)] * 200
        assert issuer.issued == ["tok-0"]  # a cold start: one token request
        issuer.revoked.add("tok-0")
        results = loop_run(d, burst())
        assert len(results) == 200
        assert issuer.issued == ["tok-0", "tok-1"]  # the revocation: one more, the 401s coalesced
        assert api.count("/api/v2/token") == 2


def loop_run(d: Driver, coroutine: Any) -> Any:
    assert d.loop is not None
    return d.loop.run_until_complete(coroutine)


def test_16_threads_make_one_token_request_per_expiry_or_revocation(drivers: List[Driver]) -> None:
    import threading

    issuer = TokenIssuer(api_delay=0.05, token_delay=0.1)
    with FaultServer(issuer) as api:
        d = runai(drivers, "sync", api.url, timeout=30, max_retries=0)
        for round_ in range(2):
            barrier = threading.Barrier(16)
            results: List[Any] = []

            def work() -> None:
                barrier.wait(timeout=30)
                results.append(d.client.departments.count().count)

            threads = [threading.Thread(target=work, daemon=True) for _ in range(16)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=60)
            assert not any(t.is_alive() for t in threads), "a thread hung"
            assert results == [3] * 16
            assert len(issuer.issued) == round_ + 1  # one token per cold start / revocation
            issuer.revoked.add(issuer.issued[-1])
        assert api.count("/api/v2/token") == 2


def test_a_short_lived_token_is_not_fetched_for_every_call(mode: str, drivers: List[Driver]) -> None:
    issuer = TokenIssuer(lifetime=30)  # as long as the old 30 s margin: renewed at 15 s now
    with FaultServer(issuer) as api:
        d = runai(drivers, mode, api.url)
        for _ in range(40):
            d(lambda c: c.departments.count())
        assert issuer.issued == ["tok-0"]
        assert api.count("/api/v1/org-unit/departments/count") == 40


def test_the_token_request_uses_the_client_timeout(mode: str, drivers: List[Driver]) -> None:
    issuer = TokenIssuer(token_delay=3.0)
    with FaultServer(issuer) as api:
        d = runai(drivers, mode, api.url, timeout=0.5, max_retries=1)
        errors = package("runai").errors
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError):
            d(lambda c: c.departments.count())
        assert time.monotonic() - started < 2.9  # two 0.5 s attempts, not the 3 s the endpoint takes
        assert api.count("/api/v2/token") == 2  # the client's retry policy: one retry
        assert api.count("/api/v1/org-unit/departments/count") == 0


@pytest.mark.parametrize("fault", ["503", "reset"])
def test_the_token_request_is_retried_so_the_get_is_not_lost(fault: str, mode: str, drivers: List[Driver]) -> None:
    issuer = TokenIssuer()
    issuer.token_reply = [json_reply({"error": "unavailable"}, status=503) if fault == "503" else Reply(reset=True)]
    with FaultServer(issuer) as api:
        d = runai(drivers, mode, api.url)
        assert d(lambda c: c.departments.count()).count == 3
        assert api.paths() == ["/api/v2/token", "/api/v2/token", "/api/v1/org-unit/departments/count"]


def test_a_token_answer_that_is_not_json_is_an_authentication_error(mode: str, drivers: List[Driver]) -> None:
    issuer = TokenIssuer()
    issuer.token_reply = [Reply(200, b"<html>login</html>", {"Content-Type": "text/html"})]
    with FaultServer(issuer) as api:
        d = runai(drivers, mode, api.url)
        errors = package("runai").errors
        with pytest.raises(errors.AuthenticationError, match="not JSON"):
            d(lambda c: c.departments.count())


def test_a_401_renews_the_token_once_then_raises(mode: str, drivers: List[Driver]) -> None:
    issuer = TokenIssuer()
    with FaultServer(lambda s: issuer(s) if s.path == "/api/v2/token" else json_reply({"message": "no"}, status=401)) as api:
        d = runai(drivers, mode, api.url)
        with pytest.raises(package("runai").errors.AuthenticationError):
            d(lambda c: c.departments.count())
        assert api.paths() == ["/api/v2/token", "/api/v1/org-unit/departments/count"] * 2


# -- 4. every failure is a typed error --------------------------------------------------------------


@pytest.mark.parametrize(
    "reply, says",
    [
        (Reply(200, b'{"message": "po', {"Content-Type": "application/json"}), "not valid JSON"),
        (json_reply({"message": 42}), "does not match the declared type"),
        (Reply(200, b"", {"Content-Type": "application/json"}), "empty"),
    ],
    ids=["invalid-json", "wrong-shape", "empty"],
)
def test_a_2xx_the_client_cannot_use_is_an_api_response_validation_error(reply: Reply, says: str, mode: str, drivers: List[Driver]) -> None:
    with FaultServer(lambda s: reply) as api:
        d = drive(drivers, "runcloud", "RunCloud", mode, base_url=api.url, token="t")
        errors = package("runcloud").errors
        with pytest.raises(errors.APIResponseValidationError, match=says) as caught:
            d(lambda c: c.meta.ping())
        error = caught.value
        assert isinstance(error, errors.RunCloudError)
        assert error.status_code == 200
        assert error.headers["content-type"] == "application/json"
        assert error.body == reply.body.decode()


@pytest.mark.parametrize("reply", [Reply(200, b"{", {"Content-Type": "application/json"}), json_reply({"data": [{"id": "not a server"}]})], ids=["invalid-json", "wrong-item"])
def test_a_page_the_client_cannot_use_is_an_api_response_validation_error(reply: Reply, mode: str, drivers: List[Driver]) -> None:
    with FaultServer(lambda s: reply) as api:
        d = drive(drivers, "runcloud", "RunCloud", mode, base_url=api.url, token="t")
        with pytest.raises(package("runcloud").errors.APIResponseValidationError):
            d(lambda c: c.servers.list())


def test_a_redirect_loop_stops_at_the_first_repeat(mode: str, drivers: List[Driver]) -> None:
    with FaultServer(lambda s: redirect(307, "/servers")) as api:
        d = drive(drivers, "runcloud", "RunCloud", mode, base_url=api.url, token="t")
        errors = package("runcloud").errors
        with pytest.raises(errors.TooManyRedirectsError):
            d(lambda c: c.servers.create(name="web", ip_address="203.0.113.1"))
        assert api.count("/servers", "POST") == 1  # a redirect back to the URL just requested is a loop at once


def test_a_redirect_chain_stops_after_5(mode: str, drivers: List[Driver]) -> None:
    hops = iter(range(100))
    with FaultServer(lambda s: redirect(302, f"/hop{next(hops)}")) as api:  # a new URL each time
        d = drive(drivers, "runcloud", "RunCloud", mode, base_url=api.url, token="t")
        errors = package("runcloud").errors
        with pytest.raises(errors.TooManyRedirectsError, match="more than 5"):
            d(lambda c: c.meta.ping())
        assert len(api.seen) == 6


@pytest.mark.parametrize("status", [301, 302, 303])
def test_a_post_answered_with_a_redirect_is_an_error_not_a_get(status: int, mode: str, drivers: List[Driver]) -> None:
    with FaultServer(lambda s: redirect(status, "/servers/1") if s.method == "POST" else json_reply({"id": 1})) as api:
        d = drive(drivers, "runcloud", "RunCloud", mode, base_url=api.url, token="t")
        errors = package("runcloud").errors
        with pytest.raises(errors.RedirectError) as caught:
            d(lambda c: c.servers.create(name="web", ip_address="203.0.113.1"))
        assert caught.value.status_code == status
        assert [(s.method, s.path) for s in api.seen] == [("POST", "/servers")]


def test_max_response_size_stops_reading_a_huge_answer(mode: str, drivers: List[Driver]) -> None:
    with FaultServer(lambda s: Reply(200, size=50 * 1024 * 1024, headers={"Content-Type": "application/json"})) as api:
        d = drive(drivers, "runcloud", "RunCloud", mode, base_url=api.url, token="t", max_response_size=1024 * 1024)
        errors = package("runcloud").errors
        with pytest.raises(errors.ResponseTooLargeError) as caught:
            d(lambda c: c.meta.ping())
        assert caught.value.limit == 1024 * 1024
        assert len(caught.value.response.content) <= 1024 * 1024


def test_a_huge_error_body_is_kept_only_up_to_64_kib(mode: str, drivers: List[Driver]) -> None:
    with FaultServer(lambda s: Reply(500, size=50 * 1024 * 1024, headers={"Content-Type": "text/plain"})) as api:
        d = drive(drivers, "runcloud", "RunCloud", mode, base_url=api.url, token="t", max_retries=0)
        errors = package("runcloud").errors
        with pytest.raises(errors.InternalServerError) as caught:
            d(lambda c: c.meta.ping())
        assert len(caught.value.body) <= 64 * 1024


# -- resets, partial, trickled and stalled bodies ---------------------------------------------------


def _once(first: Reply) -> Callable[[Seen], Reply]:
    replies = [first]
    return lambda seen: replies.pop(0) if replies else json_reply({"message": "pong"})


@pytest.mark.parametrize(
    "first",
    [Reply(reset=True), Reply(200, b'{"message": "pong"}', {"Content-Type": "application/json"}, cut_after=5)],
    ids=["reset", "partial-body"],
)
def test_a_get_cut_off_is_retried_and_answers(first: Reply, mode: str, drivers: List[Driver]) -> None:
    with FaultServer(_once(first)) as api:
        d = drive(drivers, "runcloud", "RunCloud", mode, base_url=api.url, token="t")
        assert d(lambda c: c.meta.ping()).message == "pong"
        assert api.paths() == ["/ping", "/ping"]


def test_a_post_cut_off_is_not_sent_twice(mode: str, drivers: List[Driver]) -> None:
    with FaultServer(_once(Reply(reset=True))) as api:
        d = drive(drivers, "runcloud", "RunCloud", mode, base_url=api.url, token="t")
        with pytest.raises(package("runcloud").errors.APIConnectionError):
            d(lambda c: c.servers.create(name="web", ip_address="203.0.113.1"))
        assert api.count("/servers", "POST") == 1


def test_a_trickled_body_is_read_whole(mode: str, drivers: List[Driver]) -> None:
    body = b'{"message":                                              "pong"}'
    with FaultServer(lambda s: Reply(200, body, {"Content-Type": "application/json"}, trickle=8, pause=0.02)) as api:
        d = drive(drivers, "runcloud", "RunCloud", mode, base_url=api.url, token="t", timeout=2)
        assert d(lambda c: c.meta.ping()).message == "pong"


def test_a_stalled_body_times_out_instead_of_hanging(mode: str, drivers: List[Driver]) -> None:
    stalled = Reply(200, b'{"message": "pong"}', {"Content-Type": "application/json"}, cut_after=4, stall=3.0)
    with FaultServer(lambda s: stalled) as api:
        d = drive(drivers, "runcloud", "RunCloud", mode, base_url=api.url, token="t", timeout=0.5, max_retries=0)
        started = time.monotonic()
        with pytest.raises(package("runcloud").errors.APITimeoutError):
            d(lambda c: c.meta.ping())
        assert time.monotonic() - started < 2.9


# -- 5. doc facts -------------------------------------------------------------------------------------


def test_runcloud_every_request_carries_json_content_type_and_accept(mode: str, drivers: List[Driver]) -> None:
    """RunCloud's docs: every request must carry Content-Type and Accept: application/json."""
    with FaultServer(lambda s: json_reply({"message": "pong"}) if s.path == "/ping" else json_reply({}, status=404)) as api:
        d = drive(drivers, "runcloud", "RunCloud", mode, base_url=api.url, token="t", max_retries=0)
        d(lambda c: c.meta.ping())
        with pytest.raises(package("runcloud").errors.NotFoundError):
            d(lambda c: c.servers.delete(1))
        with pytest.raises(package("runcloud").errors.NotFoundError):
            d(lambda c: c.servers.create(name="web", ip_address="203.0.113.1"))
        assert [s.method for s in api.seen] == ["GET", "DELETE", "POST"]
        for seen in api.seen:
            assert seen.headers["content-type"] == "application/json"
            assert seen.headers["accept"] == "application/json"


def test_runai_deprecated_parameters_warn_and_say_so(mode: str, drivers: List[Driver]) -> None:
    """Run:ai marks `filter` of the users list and `appID`/`appSecret` of the token request deprecated."""
    with FaultServer(lambda s: json_reply([]) if s.path == "/api/v1/users" else json_reply({"accessToken": "x"})) as api:
        d = drive(drivers, "runai", "Runai", mode, base_url=api.url, token="t")
        with pytest.warns(DeprecationWarning, match=r"users\.list\(\): the argument filter "):
            d(lambda c: c.users.list(filter="x"))
        with pytest.warns(DeprecationWarning) as record:
            d(lambda c: c.token.grant_token(grant_type="app_token", app_id="a", app_secret="b"))
        assert sorted(str(w.message) for w in record if issubclass(w.category, DeprecationWarning)) == [
            f"client.token.grant_token(): the argument {name} is deprecated by the API" for name in ("app_id", "app_secret")
        ]
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("error", DeprecationWarning)
            d(lambda c: c.users.list(search="x"))  # not passing it: no warning
    resource = package("runai").resources.users.UsersResource
    assert "filter: Deprecated" in (resource.list.__doc__ or "")
