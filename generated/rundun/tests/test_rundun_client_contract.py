"""Contract tests: every method of the Rundun REST API client against the package's own mock, sync and async.

Each call takes arguments from the API document's examples, must succeed, and must return
the declared type. Run with ``python -m pytest`` (needs pytest).
"""

from __future__ import annotations

import asyncio
import contextlib
import pathlib
import sys
import typing
import warnings
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

import pydantic
import pytest

# the package folder, for when the package is not installed
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from rundun_client import AsyncRundunClient, RundunClient  # noqa: E402
from rundun_client.mock import RundunMock  # noqa: E402
from rundun_client.models import *  # noqa: E402,F403 - the declared return types

#: The mock's clock, fixed so that the examples' times (expiry dates) mean the same on any day.
NOW = 1_704_067_200.0  # 2024-01-01T00:00:00Z
BASE_URL = "https://api.rundun.app/v1"
#: Credentials for every scheme: an operation may require another than the document's first.
CREDENTIALS: Dict[str, Any] = {
    "api_key": "rdk_live_a3f9bc4d8e1f2a3b4c5d6e7f8a9b0c1d",
}


@dataclass(frozen=True)
class _Case:
    """One method, the example arguments it is called with, and the type it declares."""

    name: str
    method: str
    args: List[Any]
    kwargs: Dict[str, Any]
    returns: Any
    paged: bool
    deprecated: bool


CASES = [
    _Case(
        "templates_list",
        "templates.list",
        [],
        {},
        Template,
        paged=True,
        deprecated=False,
    ),
    _Case(
        "templates_create",
        "templates.create",
        [],
        {
            "name": "STR turnover check",
            "description": "Cleaning and preparation checklist for short-term rental turnover",
            "tags": ["STR", "cleaning"],
            "settings": {"allow_skip": False, "signature_on_complete": False, "est_minutes": 15},
            "sections": [
                {
                    "id": "g-kit1",
                    "title": "Kitchen",
                    "steps": [
                        {
                            "id": "s-kc01",
                            "type": "boolean",
                            "label": "Dishes washed and put away?",
                            "required": True,
                            "photo": False,
                            "geo": False,
                            "config": {"true_label": "Yes", "false_label": "No"},
                        },
                        {
                            "id": "s-kp01",
                            "type": "photo",
                            "label": "Photo of clean kitchen",
                            "required": True,
                            "config": {"min": 1, "max": 3},
                        },
                    ],
                },
                {
                    "id": "g-bed1",
                    "title": "Bedroom",
                    "steps": [
                        {
                            "id": "s-bl01",
                            "type": "boolean",
                            "label": "Fresh linen on all beds?",
                            "required": True,
                            "photo": {"min": 0, "max": 2},
                            "geo": False,
                            "config": {"true_label": "Yes", "false_label": "No"},
                        }
                    ],
                },
            ],
            "execution": {"scope": "any", "identity_required": "none"},
        },
        Template,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "runs_create",
        "runs.create",
        [],
        {
            "template_id": "t-550e8400-e29b-41d4-a716-446655440000",
            "webhook": {
                "url": "https://your-app.com/hooks/rundun",
                "secret": "whsec_abc123def456ghi789",
                "events": ["step.completed", "run.completed", "run.cancelled"],
            },
            "expires_in_hours": 24,
            "executor_ref": "booking_9f2a3b",
        },
        RunCreated,
        paged=False,
        deprecated=False,
    ),
    _Case(
        "runs_get",
        "runs.get",
        ["r-550e8400-e29b-41d4-a716-446655440000"],
        {},
        Run,
        paged=False,
        deprecated=False,
    ),
]


def bound_method(client: Any, case: _Case) -> Any:
    target = client
    for attribute in case.method.split("."):
        target = getattr(target, attribute)
    return target


@contextlib.contextmanager
def warns_if_deprecated(case: _Case) -> typing.Iterator[None]:
    """A deprecated method warns when called; the others must not."""
    if case.deprecated:
        with pytest.warns(DeprecationWarning):
            yield
    else:
        with warnings.catch_warnings():
            warnings.simplefilter("error", DeprecationWarning)
            yield


def assert_declared_type(result: Any, case: _Case) -> None:
    if case.returns is None:
        assert result is None
        return
    items = result if case.paged else [result]
    for item in items:
        pydantic.TypeAdapter(case.returns).validate_python(item, strict=True)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_sync(case: _Case) -> None:
    mock = RundunMock(seed=1, clock=lambda: NOW, check_answers=True)
    with RundunClient(
        **CREDENTIALS, base_url=BASE_URL, transport=mock.transport(), max_retries=0
    ) as client:
        with warns_if_deprecated(case):
            result = bound_method(client, case)(*case.args, **case.kwargs)
            if case.paged:
                result = list(result)
    assert_declared_type(result, case)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_async(case: _Case) -> None:
    async def scenario() -> Any:
        mock = RundunMock(seed=1, clock=lambda: NOW, check_answers=True)
        async with AsyncRundunClient(
            **CREDENTIALS, base_url=BASE_URL, transport=mock.transport(), max_retries=0
        ) as client:
            with warns_if_deprecated(case):
                called = bound_method(client, case)(*case.args, **case.kwargs)
                if case.paged:
                    return [item async for item in called]
                return await called

    assert_declared_type(asyncio.run(scenario()), case)
