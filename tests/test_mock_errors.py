"""Each mock's error statuses, codes and rate-limit accounting, as the provider's docs give them
(the values are written here from the docs, not read back from the specs or the mocks)."""

from __future__ import annotations

import asyncio
import io
from typing import Any, Dict, List, Tuple

import httpx
import pytest

from behaviour_helpers import RUNDUN_KEY, RUNSITE_KEY, TITLES, package

#: RunCloud's docs: every request carries `Content-Type: application/json` and `Accept: application/json`
RUNCLOUD_DOC_HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}

TEMPLATE_ID = "t-550e8400-e29b-41d4-a716-446655440000"
MISSING_RUN = "r-00000000-0000-4000-8000-000000000000"


def mock_of(provider: str, **kwargs: Any) -> Any:
    module = package(provider)
    mock_module = __import__(f"{provider}_client.mock", fromlist=["x"])
    return module, getattr(mock_module, f"{TITLES[provider]}Mock")(**kwargs)


def rundun_raw() -> httpx.Client:
    _, mock = mock_of("rundun")
    return httpx.Client(transport=mock.transport(), base_url="https://api.rundun.app/v1", headers={"Authorization": f"Bearer {RUNDUN_KEY}"})


# -- Rundun: "400 Bad request — malformed JSON or missing required field; 422 Validation error — request body failed schema validation"


def test_rundun_malformed_json_is_400() -> None:
    response = rundun_raw().post("/runs", content=b'{"template_id": ', headers={"Content-Type": "application/json"})
    assert response.status_code == 400 and set(response.json()) == {"error", "message"}


def test_rundun_a_missing_required_field_is_400() -> None:
    response = rundun_raw().post("/runs", json={"expires_in_hours": 24})  # template_id is required
    assert response.status_code == 400 and "template_id" in response.json()["message"]


def test_rundun_a_body_failing_schema_validation_is_422() -> None:
    response = rundun_raw().post("/runs", json={"template_id": TEMPLATE_ID, "expires_in_hours": "soon"})
    assert response.status_code == 422 and "expires_in_hours" in response.json()["message"]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_rundun_a_missing_run_is_404_run_not_found_as_in_the_docs_example(mode: str) -> None:
    module, mock = mock_of("rundun")
    if mode == "sync":
        client = module.RundunClient(api_key=RUNDUN_KEY, transport=mock.transport())
        with pytest.raises(module.errors.NotFoundError) as caught:
            client.runs.get(MISSING_RUN)
    else:

        async def scenario() -> None:
            async with module.AsyncRundunClient(api_key=RUNDUN_KEY, transport=mock.transport()) as client:
                await client.runs.get(MISSING_RUN)

        with pytest.raises(module.errors.NotFoundError) as caught:
            asyncio.run(scenario())
    assert caught.value.error_code == "run_not_found"  # docs: {"error": "run_not_found", "message": ...}


# -- Runsite: "400 Bad request — invalid input"; its docs list no 422


@pytest.mark.parametrize(
    "request_args",
    [
        {"content": b"{not json", "headers": {"Content-Type": "application/json"}},
        {"json": {"description": "no name"}},
        {"json": {"name": 42}},
    ],
    ids=["malformed", "missing", "invalid"],
)
def test_runsite_invalid_input_is_400_never_422(request_args: Dict[str, Any]) -> None:
    _, mock = mock_of("runsite")
    raw = httpx.Client(transport=mock.transport(), base_url="https://api.runsite.app", headers={"Authorization": f"Bearer {RUNSITE_KEY}"})
    response = raw.post("/api/projects", **request_args)
    assert response.status_code == 400 and isinstance(response.json()["detail"], str)


def test_runsite_a_parameter_out_of_range_is_400() -> None:
    module, mock = mock_of("runsite")
    client = module.RunsiteClient(api_key=RUNSITE_KEY, transport=mock.transport())
    service = client.web_services.create(name="backend-api")
    with pytest.raises(module.errors.BadRequestError):
        client.web_services.logs(service.id, tail=10001)  # docs: tail 1-10000


# -- RunCloud: "X-RateLimit-Limit and X-RateLimit-Remaining header for each requests"; "All request to our endpoint are count"


def test_runcloud_every_response_counts_and_carries_the_rate_limit_headers() -> None:
    _, mock = mock_of("runcloud", credentials={"api_key": "k", "api_secret": "s"})
    raw = httpx.Client(transport=mock.transport(), base_url="https://manage.runcloud.io/api/v2", headers=RUNCLOUD_DOC_HEADERS, auth=("k", "s"))
    responses = [
        raw.get("/ping"),  # 200
        raw.post("/servers", json={"name": "web-1"}),  # 422: incomplete data (ipAddress missing)
        raw.get("/servers/999999"),  # 404
        raw.get("/nosuchendpoint"),  # 404, no route
    ]
    assert [r.status_code for r in responses] == [200, 422, 404, 404]
    assert [r.headers["X-RateLimit-Limit"] for r in responses] == ["60"] * 4  # 60 requests/minute
    assert [int(r.headers["X-RateLimit-Remaining"]) for r in responses] == [59, 58, 57, 56]


def test_runcloud_a_refused_credential_is_counted_too() -> None:
    _, mock = mock_of("runcloud")
    raw = httpx.Client(transport=mock.transport(), base_url="https://manage.runcloud.io/api/v2", headers=RUNCLOUD_DOC_HEADERS, auth=("wrong", "pair"))
    first, second = raw.get("/ping"), raw.get("/ping")
    assert first.status_code == second.status_code == 401
    assert (first.headers["X-RateLimit-Remaining"], second.headers["X-RateLimit-Remaining"]) == ("59", "58")


# -- Runn: "120 requests every 1 minute for each API key and each IP ... even if requests are spread across multiple API keys"


def test_runn_the_limit_is_per_ip_across_keys_in_process() -> None:
    module, mock = mock_of("runn", rate_limit=(3, 60), credentials=[{"token": "one"}, {"token": "two"}])
    same_ip = [module.RunnClient(token=t, transport=mock.transport("198.51.100.7"), max_retries=0) for t in ("one", "two")]
    same_ip[0].me.get()
    same_ip[0].me.get()
    same_ip[1].me.get()  # a third request from the same IP, with another key
    with pytest.raises(module.errors.RateLimitError):
        same_ip[1].me.get()
    other_ip = module.RunnClient(token="one", transport=mock.transport("203.0.113.9"), max_retries=0)
    other_ip.me.get()  # key "one" from another IP: its third request ...
    with pytest.raises(module.errors.RateLimitError):
        other_ip.me.get()  # ... and its fourth is over the key's own limit, though this IP has made only one
    fresh = module.RunnClient(token="test", transport=mock.transport("203.0.113.9"), max_retries=0)
    assert fresh.me.get() is not None  # ... while a new key from a new IP is not


def wsgi_call(mock: Any, remote_addr: str, token: str) -> Tuple[str, List[Tuple[str, str]]]:
    seen: Dict[str, Any] = {}

    def start_response(status: str, headers: List[Tuple[str, str]]) -> None:
        seen["status"], seen["headers"] = status, headers

    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": "/me/",
        "QUERY_STRING": "",
        "REMOTE_ADDR": remote_addr,
        "HTTP_AUTHORIZATION": f"Bearer {token}",
        "HTTP_ACCEPT_VERSION": "1.0.0",
        "wsgi.input": io.BytesIO(b""),
    }
    b"".join(mock.wsgi(environ, start_response))
    return seen["status"], seen["headers"]


def test_runn_the_ip_is_the_wsgi_remote_addr() -> None:
    _, mock = mock_of("runn", rate_limit=(2, 60), credentials=[{"token": f"k{i}"} for i in range(4)])
    assert [wsgi_call(mock, "192.0.2.1", f"k{i}")[0][:3] for i in range(3)] == ["200", "200", "429"]
    assert wsgi_call(mock, "192.0.2.2", "k3")[0][:3] == "200"


def test_runcloud_a_body_refused_unread_is_counted_and_carries_the_headers() -> None:
    import base64
    from wsgiref.validate import validator

    _, mock = mock_of("runcloud", credentials={"api_key": "k", "api_secret": "s"})
    seen: Dict[str, Any] = {}

    def start_response(status: str, headers: List[Tuple[str, str]], exc_info: Any = None) -> Any:
        seen["status"], seen["headers"] = status, dict(headers)
        return lambda data: None

    environ = {
        "REQUEST_METHOD": "POST",
        "SCRIPT_NAME": "",
        "PATH_INFO": "/servers",
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "192.0.2.1",
        "CONTENT_TYPE": "application/json",
        "CONTENT_LENGTH": str(10**12),
        "HTTP_AUTHORIZATION": "Basic " + base64.b64encode(b"k:s").decode(),
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b"{}"),
        "wsgi.errors": io.StringIO(),
        "wsgi.multithread": True,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
    }
    result = validator(mock.wsgi)(environ, start_response)  # a WSGI app by the book (no hop-by-hop headers)
    b"".join(result)
    result.close()
    assert seen["status"].startswith("413") and seen["headers"]["X-RateLimit-Remaining"] == "59"


def test_runcloud_a_405_and_the_mocks_own_500_count_and_carry_the_rate_limit_headers(monkeypatch: pytest.MonkeyPatch) -> None:
    _, mock = mock_of("runcloud", credentials={"api_key": "k", "api_secret": "s"})
    raw = httpx.Client(transport=mock.transport(), base_url="https://manage.runcloud.io/api/v2", headers=RUNCLOUD_DOC_HEADERS, auth=("k", "s"))
    wrong_method = raw.delete("/ping")  # /ping is GET only

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a bug in the mock")

    monkeypatch.setattr(mock.app, "_dispatch", broken)
    crashed = raw.get("/ping")
    assert (wrong_method.status_code, wrong_method.headers["Allow"], crashed.status_code) == (405, "GET", 500)
    assert [r.headers["X-RateLimit-Limit"] for r in (wrong_method, crashed)] == ["60", "60"]  # 60 requests/minute
    assert [r.headers["X-RateLimit-Remaining"] for r in (wrong_method, crashed)] == ["59", "58"]
    assert isinstance(crashed.json()["message"], str)  # RunCloud's error body carries a `message` string


def test_runcloud_over_a_port_any_method_gets_405_in_its_shape_with_the_headers() -> None:
    """TRACE and a made-up method reach the API too (the stdlib server would answer 501 in HTML)."""
    import socket
    import threading

    _, mock = mock_of("runcloud", credentials={"api_key": "k", "api_secret": "s"})
    from runcloud_client.mock._server import make_server

    httpd = make_server(mock.app, "127.0.0.1", 0, read_timeout=2.0)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        port = httpd.server_address[1]
        auth = httpx.BasicAuth("k", "s")
        answers = [httpx.request(m, f"http://127.0.0.1:{port}/api/v2/ping", auth=auth, headers=RUNCLOUD_DOC_HEADERS) for m in ("TRACE", "FROB")]
        assert [(r.status_code, r.headers["Allow"], r.headers["X-RateLimit-Remaining"]) for r in answers] == [(405, "GET", "59"), (405, "GET", "58")]
        assert all(isinstance(r.json()["message"], str) for r in answers)
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:  # a header line the stdlib refuses
            sock.sendall(b"GET /api/v2/ping HTTP/1.1\r\nX-Long: " + b"a" * 70_000 + b"\r\n\r\n")
            head = sock.recv(65536)
        assert head.startswith(b"HTTP/1.1 431") and b"application/json" in head
    finally:
        httpd.shutdown()
        httpd.server_close()
