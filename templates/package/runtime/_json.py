"""JSON in and out: request data made JSON, answers validated as the types the spec declares."""

from __future__ import annotations

from typing import Any, Dict

import httpx
import pydantic

from ._types import NotGiven
from .errors import APIResponseValidationError

__all__ = ["parse_as", "response_json", "validated", "to_jsonable"]

_ADAPTERS: Dict[Any, "pydantic.TypeAdapter[Any]"] = {}


def parse_as(cast_to: Any, data: Any) -> Any:
    """Validate JSON data as `cast_to` (a model class or typing expression); None means as is."""
    if cast_to is None:
        return data
    if isinstance(cast_to, type) and issubclass(cast_to, pydantic.BaseModel):
        return cast_to.model_validate(data)
    adapter = _ADAPTERS.get(cast_to)
    if adapter is None:
        adapter = _ADAPTERS[cast_to] = pydantic.TypeAdapter(cast_to)
    return adapter.validate_python(data)


def response_json(response: httpx.Response) -> Any:
    """The body of a successful answer as JSON, or ``APIResponseValidationError``."""
    try:
        return response.json()
    except ValueError as exc:  # JSONDecodeError, or bytes that are not text
        raise APIResponseValidationError(
            f"the {response.status_code} answer is not valid JSON: {exc}", response=response
        ) from None


def validated(cast_to: Any, data: Any, response: httpx.Response) -> Any:
    """`data` of `response` as `cast_to`, or ``APIResponseValidationError`` saying where it differs."""
    try:
        return parse_as(cast_to, data)
    except pydantic.ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'body'}: {e['msg']}" for e in exc.errors()[:3]
        )
        raise APIResponseValidationError(
            f"the {response.status_code} answer does not match the declared type: {problems}",
            response=response,
        ) from None


def to_jsonable(value: Any) -> Any:
    """Request data as JSON: models by alias and without unset fields, NOT_GIVEN dropped."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items() if not isinstance(v, NotGiven)}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
