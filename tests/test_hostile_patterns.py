"""A spec's `pattern` never hangs the mock or the client (README, Supported OpenAPI, the
`pattern` row; docs/extensions.md, a credential's `pattern`).

The facts, from those docs: a pattern is searched as JSON Schema reads it (anywhere in the value,
`$` only at its very end) in time linear in the value's length, so `^(a+)+$` against
`"a" * 50 + "!"` is refused at once, with the mock's validation error (422 where the operation
documents it) or, for a bearer token, 401 `Invalid API key format`; a pattern the linear engine
cannot read (lookaround) is searched with Python's `re` where its shape bounds the time, and
otherwise not checked (the value passes).

The mock runs in its own process on a loopback port and every request has a timeout: Python's
`re` holds the GIL while it backtracks, so a regression fails here instead of hanging the run.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest

from generator.build import build_package
from generator.errors import Problem
from generator.load import Document
from generator.render import render
from generator.resolve import DocumentSet

#: Exponential in Python's `re` on a run of `a`s that does not end as the pattern wants.
NESTED = "^(a+)+$"
#: Polynomial of degree 10 in Python's `re`: no repeat nests, so the generator keeps it.
POLYNOMIAL = "^" + "a*" * 10 + "$"
HOSTILE_VALUE = "a" * 50 + "!"
#: How long a refusal may take (the docs: "at once"); the transport gives up later than that.
PROMPT = 1.0
TIMEOUT = 10.0
LOOKAHEAD = "^(?=.*[0-9])[a-z0-9]+$"
#: A value each pattern matches: the registered token, and the warm-up query.
VALID = {LOOKAHEAD: "abc1"}
TOKEN = "aaa"


def document(pattern: str) -> dict[str, Any]:
    """One bearer scheme whose token has `pattern`, and `/things` with `pattern` on a body field
    (POST) and on a query parameter (GET); both operations document 422."""
    invalid = {"description": "invalid", "content": {"application/json": {"schema": {"type": "object"}}}}
    thing = {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string", "pattern": pattern}}}
    listed = {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}
    return copy.deepcopy(
        {
            "openapi": "3.1.0",
            "info": {"title": "Patterned", "version": "1.0"},
            "servers": [{"url": "https://api.example.com"}],
            "security": [{"bearer": []}],
            "paths": {
                "/things": {
                    "get": {
                        "operationId": "listThings",
                        "tags": ["things"],
                        "parameters": [{"name": "q", "in": "query", "schema": {"type": "string", "pattern": pattern}}],
                        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": listed}}}, "422": invalid},
                    },
                    "post": {
                        "operationId": "createThing",
                        "tags": ["things"],
                        "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                        "responses": {
                            "201": {"description": "created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                            "422": invalid,
                        },
                    },
                }
            },
            "components": {
                "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "x-rungen-credentials": {"token": {"pattern": pattern}}}},
                "schemas": {"Thing": thing},
            },
        }
    )


def write_package(pattern: str, root: Path) -> Path:
    """The package generated from `document(pattern)`, written under `root`; its import root."""
    problems: list[Problem] = []
    package = build_package(DocumentSet(Document("patterned.yaml", "", document(pattern))), "patterned", problems, "patterned")
    for path, source in render(package).items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(source, encoding="utf-8")
    return next(p.parent for p in root.rglob("pyproject.toml"))


SERVE = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[1])
    from patterned_client.mock import PatternedMock
    from patterned_client.mock._server import make_server
    httpd = make_server(PatternedMock(credentials={"token": sys.argv[2]}).app, "127.0.0.1", 0, read_timeout=5)
    print(httpd.server_address[1], flush=True)
    httpd.serve_forever()
    """
)


@pytest.fixture
def served(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[httpx.Client]:
    """The mock of `document(request.param)` in its own process, and a client of its port that
    gives up after TIMEOUT seconds, warmed up (the mock indexes its document on first use)."""
    root = write_package(request.param, tmp_path)
    token = VALID.get(request.param, TOKEN)
    process = subprocess.Popen([sys.executable, "-c", SERVE, str(root), token], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        port = int(process.stdout.readline())
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=TIMEOUT, headers={"Authorization": f"Bearer {token}"}) as client:
            assert client.get("/things", params={"q": token}).status_code == 200
            yield client
    finally:
        process.kill()
        process.wait(timeout=10)


def timed(call: Any) -> tuple[httpx.Response, float]:
    started = time.monotonic()
    try:
        response = call()
    except httpx.TimeoutException:
        pytest.fail(f"no answer within {TIMEOUT} s: the pattern search hangs the mock")
    return response, time.monotonic() - started


@pytest.mark.parametrize("served", [NESTED, POLYNOMIAL], indirect=True)
def test_a_body_field_against_a_backtracking_pattern_is_refused_at_once(served: httpx.Client) -> None:
    response, elapsed = timed(lambda: served.post("/things", json={"name": HOSTILE_VALUE}))
    assert response.status_code == 422 and elapsed < PROMPT, (response.status_code, elapsed)
    assert served.post("/things", json={"name": "aaaa"}).status_code == 201


@pytest.mark.parametrize("served", [NESTED, POLYNOMIAL], indirect=True)
def test_a_query_parameter_against_a_backtracking_pattern_is_refused_at_once(served: httpx.Client) -> None:
    response, elapsed = timed(lambda: served.get("/things", params={"q": HOSTILE_VALUE}))
    assert response.status_code == 422 and elapsed < PROMPT, (response.status_code, elapsed)
    assert served.get("/things", params={"q": "aaaa"}).status_code == 200


@pytest.mark.parametrize("served", [NESTED, POLYNOMIAL], indirect=True)
def test_a_bearer_token_against_a_backtracking_pattern_is_refused_at_once(served: httpx.Client) -> None:
    response, elapsed = timed(lambda: served.get("/things", headers={"Authorization": f"Bearer {HOSTILE_VALUE}"}))
    assert response.status_code == 401 and elapsed < PROMPT, (response.status_code, elapsed)
    assert "Invalid API key format" in response.text


@pytest.mark.parametrize("served", ["^[a-z]+$"], indirect=True)
def test_a_normal_pattern_accepts_and_refuses_as_before(served: httpx.Client) -> None:
    assert served.post("/things", json={"name": "abc"}).status_code == 201
    assert served.post("/things", json={"name": "ab1"}).status_code == 422
    assert served.get("/things", params={"q": "abc"}).status_code == 200
    assert served.get("/things", params={"q": "ab1"}).status_code == 422
    unknown = served.get("/things", headers={"Authorization": "Bearer abc"})
    assert unknown.status_code == 401 and "Invalid API key format" not in unknown.text
    malformed = served.get("/things", headers={"Authorization": "Bearer ab1"})
    assert malformed.status_code == 401 and "Invalid API key format" in malformed.text


@pytest.mark.parametrize("served", ["[a-z]"], indirect=True)
def test_a_pattern_is_searched_anywhere_in_the_value(served: httpx.Client) -> None:
    assert served.post("/things", json={"name": "1a2"}).status_code == 201
    assert served.post("/things", json={"name": "123"}).status_code == 422


@pytest.mark.parametrize("served", ["^a+$"], indirect=True)
def test_dollar_matches_only_at_the_very_end(served: httpx.Client) -> None:
    assert served.post("/things", json={"name": "aa\n"}).status_code == 422


@pytest.mark.parametrize("served", [LOOKAHEAD], indirect=True)
def test_a_lookahead_pattern_is_still_searched(served: httpx.Client) -> None:
    assert served.post("/things", json={"name": "abc1"}).status_code == 201
    assert served.post("/things", json={"name": "abcd"}).status_code == 422
    assert served.get("/things", params={"q": "abcd"}).status_code == 422


@pytest.mark.parametrize("served", ["^(?=a)(a+)+$"], indirect=True)
def test_a_lookahead_pattern_that_may_backtrack_is_not_checked(served: httpx.Client) -> None:
    response, elapsed = timed(lambda: served.post("/things", json={"name": HOSTILE_VALUE}))
    assert response.status_code == 201 and elapsed < PROMPT, (response.status_code, elapsed)


CLIENT = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[1])
    from patterned_client import PatternedClient, errors
    from patterned_client.mock import PatternedMock
    mock = PatternedMock(credentials={"token": "aaa"})
    for token in sys.argv[2:]:
        try:
            PatternedClient(token=token, transport=mock.transport()).things.list()
            print("accepted")
        except errors.CredentialsError as exc:
            print("refused", exc)
        except errors.APIStatusError as exc:
            print("sent", exc.status_code)
    """
)


def test_the_client_checks_a_credential_against_a_backtracking_pattern_at_once(tmp_path: Path) -> None:
    """The generator keeps POLYNOMIAL (no repeat nests) and the client checks every token
    against it before any request: a malformed one is refused, a well-formed one sent."""
    root = write_package(POLYNOMIAL, tmp_path)
    started = time.monotonic()
    try:
        result = subprocess.run([sys.executable, "-c", CLIENT, str(root), HOSTILE_VALUE, "aaaa", TOKEN], capture_output=True, text=True, timeout=TIMEOUT * 3)
    except subprocess.TimeoutExpired:
        pytest.fail("the client hangs checking a credential against its pattern")
    assert result.returncode == 0, result.stderr
    first, second, third = result.stdout.splitlines()
    assert first.startswith("refused") and "malformed" in first and HOSTILE_VALUE not in first
    assert second == "sent 401" and third == "accepted"
    assert time.monotonic() - started < TIMEOUT


GENERATE = textwrap.dedent(
    """
    import json, sys
    sys.path.insert(0, "tests")
    from test_hostile_patterns import HOSTILE_VALUE, NESTED, render_files
    files = render_files(NESTED, HOSTILE_VALUE)
    print(json.dumps(sorted(path for path, text in files.items() if HOSTILE_VALUE in text)))
    """
)


def render_files(pattern: str, example: str) -> dict[str, str]:
    """The package of `document(pattern)` with `example` as the body field's and the query
    parameter's example, rendered."""
    data = document(pattern)
    data["components"]["schemas"]["Thing"]["properties"]["name"]["example"] = example
    data["paths"]["/things"]["get"]["parameters"][0]["example"] = example
    package = build_package(DocumentSet(Document("patterned.yaml", "", data)), "patterned", [], "patterned")
    return render(package)


def test_a_documents_example_against_a_backtracking_pattern_is_left_out_at_once() -> None:
    """The contract tests use a document's own example only when the mock's checks accept it
    (generator/build_values.py, `accepts`): that check is the mock's bounded search too."""
    root = Path(__file__).resolve().parent.parent
    try:
        result = subprocess.run([sys.executable, "-c", GENERATE], cwd=root, capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("generation hangs searching a document's example for its pattern")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == ["patterned_client/mock/spec.json"]  # not in the contract tests
