"""Forward-compatible responses: a value the spec did not list parses and is kept; requests stay closed.

Rundun's docs: "Additive changes (new fields, new endpoints) do not require a version bump",
so an installed client must read a list that carries a new enum value or a new variant.
"""

from __future__ import annotations

import importlib
import typing
from typing import Any

import httpx
import pytest

from behaviour_helpers import RUNDUN_KEY, Harness, json_response, package

MODES = ["sync", "async"]


def runn_models() -> Any:
    package("runn")  # puts the package on sys.path
    return importlib.import_module("runn_client.models")  # `.models` is issue 12's RecursionError


def rundun_templates(request: httpx.Request) -> httpx.Response:
    step = {"id": "s-1", "type": "docker", "label": "Pull the image", "runtime": "oci"}
    template = {"id": "t-1", "v": 1, "name": "Deploy", "sections": [{"id": "sec-1", "title": "Build", "steps": [step]}]}
    return json_response(200, {"data": [template], "pagination": {"page": 1, "per_page": 20, "total": 1, "next_page": None}})


@pytest.mark.parametrize("mode", MODES)
def test_an_unlisted_enum_value_in_a_list_parses_and_is_kept(mode: str) -> None:
    harness = Harness("rundun", mode, rundun_templates, api_key=RUNDUN_KEY, max_retries=0)
    try:
        templates = harness(lambda: harness.client.templates.list())
    finally:
        harness.close()
    step = templates[0].sections[0].steps[0]
    assert step.type == "docker"  # not in StepType's list
    assert step.label == "Pull the image"
    assert step.model_extra == {"runtime": "oci"}  # unknown fields kept too


@pytest.mark.parametrize("mode", MODES)
def test_an_unlisted_status_of_one_run_parses(mode: str) -> None:
    body = {"run_id": "r-1", "template_id": "t-1", "status": "paused"}
    harness = Harness("rundun", mode, lambda request: json_response(200, body), api_key=RUNDUN_KEY, max_retries=0)
    try:
        run = harness(lambda: harness.client.runs.get("r-1"))
    finally:
        harness.close()
    assert run.status == "paused"


def runn_events(request: httpx.Request) -> httpx.Response:
    actor = {"type": "api", "tokenId": 7, "tokenName": "ci", "apiVersion": "1.0.0"}
    known = {"eventId": "e-1", "type": "person_deleted", "actor": actor, "timestamp": "2024-01-01T00:00:00Z", "person": {"id": 1, "email": None, "firstName": "A", "lastName": "B"}}
    new_kind = {"eventId": "e-2", "type": "skill_deleted", "actor": {"type": "robot", "serial": 9}, "timestamp": "2024-01-02T00:00:00Z", "skill": {"id": 3}}
    return json_response(200, {"values": [known, new_kind], "nextCursor": None})


@pytest.mark.parametrize("mode", MODES)
def test_an_unlisted_discriminator_tag_becomes_the_unions_fallback_with_every_field(mode: str) -> None:
    models = runn_models()
    harness = Harness("runn", mode, runn_events, token="test", max_retries=0)
    try:
        events = harness(lambda: harness.client.activity_log.list())
    finally:
        harness.close()
    assert type(events[0]).__name__ == "EventPersonDeleted"
    assert type(events[0].actor).__name__ == "ActorApi"
    assert isinstance(events[1], models.UnknownEvent)
    assert events[1].model_extra == {"eventId": "e-2", "type": "skill_deleted", "actor": {"type": "robot", "serial": 9}, "timestamp": "2024-01-02T00:00:00Z", "skill": {"id": 3}}


def test_a_known_tag_with_a_wrong_shape_is_still_an_error() -> None:
    models = runn_models()
    adapter: Any = __import__("pydantic").TypeAdapter(typing.Union[models.Event, models.UnknownEvent])
    with pytest.raises(__import__("pydantic").ValidationError):
        adapter.validate_python({"eventId": "e-1", "type": "person_deleted", "timestamp": "2024-01-01T00:00:00Z"})


def test_request_arguments_keep_the_closed_literal() -> None:
    module = package("runn")
    resource = __import__("runn_client.resources.activity_log", fromlist=["ActivityLogResource"]).ActivityLogResource
    hints = typing.get_type_hints(resource.list)
    event_type = hints["event_type"]  # Optional[List[Literal[...]]]
    literal = typing.get_args(typing.get_args(event_type)[0])[0]
    assert typing.get_origin(literal) is typing.Literal
    assert "project_deleted" in typing.get_args(literal) and str not in typing.get_args(literal)
    assert module is not None
