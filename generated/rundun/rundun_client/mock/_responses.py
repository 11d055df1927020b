"""The mock's answers and what they are made from: the reply and route records, the document's
examples (of responses, request bodies and parameters), success and error bodies in the API's own
shapes, masked fields, dates, and the faults to inject into replies.

``Responses`` is the root of the ``MockApp`` mixins and declares the state they all read: the
document, its schemas and routes, its error shape and the random source.
"""

from __future__ import annotations

import copy
import datetime
import random
import re
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

from ._schema import Schemas

__all__ = ["Faults", "Headers", "Reply", "Responses", "Route"]

Headers = List[Tuple[str, str]]


@dataclass
class Faults:
    """Faults to inject into a mock's responses, for testing a caller's error handling."""

    latency: float = 0.0
    error_rate: float = 0.0
    force_429: int = 0
    drop_rate: float = 0.0


@dataclass
class Route:
    """One operation of the document: its method, path template and the pattern that matches its paths."""

    method: str
    template: str
    regex: "re.Pattern[str]"
    params: List[str]
    operation: Dict[str, Any]
    path_item: Dict[str, Any]
    literal_segments: int


@dataclass
class Reply:
    """An answer before it is encoded: its status, JSON body (or raw bytes) and headers."""

    status: int
    body: Any = None
    headers: Headers = field(default_factory=list)
    raw: Optional[bytes] = None
    content_type: str = "application/json"


class Responses:
    """Success bodies (documented examples, else made from schemas) and errors in the API's shape."""

    spec: Dict[str, Any]
    schemas: Schemas
    rng: random.Random
    routes: List[Route]
    errors_config: Dict[str, Any]
    #: whether success bodies are checked against their response schema (``_checked_answer``)
    check_answers: bool = False

    def _success(self, operation: Dict[str, Any]) -> Tuple[int, Any]:
        responses = operation.get("responses") or {}
        codes = _success_codes(responses)
        if not codes:
            return 200, None
        response = self.schemas.resolve(responses[next(c for c in responses if str(c) == codes[0])])
        media = ((response or {}).get("content") or {}).get("application/json") or {}
        return int(codes[0]) if codes[0].isdigit() else 200, media.get("schema")

    def _has_body(self, operation: Dict[str, Any]) -> bool:
        status, schema = self._success(operation)
        return status != 204 and schema is not None

    def _success_example(self, operation: Dict[str, Any]) -> Any:
        """The operation's documented success body (a copy): the first example of its success
        responses that their schema accepts, JSON text parsed where the schema wants an object or
        an array; None when there is none (an example that contradicts its schema is not served)."""
        found = self.schemas.memo(
            f"success-example {id(operation)}", lambda: self._valid_success_example(operation)
        )
        return copy.deepcopy(found)

    def _valid_success_example(self, operation: Dict[str, Any]) -> Any:
        responses = operation.get("responses") or {}
        answered = self._success(operation)[1]  # the schema of the status the mock answers with
        for code in _success_codes(responses):
            response = self.schemas.resolve(responses[next(c for c in responses if str(c) == code)])
            media = ((response or {}).get("content") or {}).get("application/json") or {}
            schema = answered if answered is not None else media.get("schema")
            for example in _media_examples(self.schemas, media):
                value = self.schemas.as_declared(example, schema)
                if schema is None or not self.schemas.errors(value, schema, direction="response"):
                    return value
        return None

    def _checked_answer(self, route: Route, reply: Reply) -> Reply:
        """A success body the operation's response schema accepts: a stored or made one that it
        refuses is replaced by the documented body (its example, else one made from the schema).
        When that is refused too, ``check_answers`` (on in the contract tests) makes it a 500 that
        says why, rather than an answer the client rejects."""
        if reply.status >= 300 or reply.raw is not None or reply.body is None:
            return reply
        status, schema = self._success(route.operation)
        if schema is None or reply.status != status:
            return reply
        problems = self.schemas.errors(reply.body, schema, direction="response")
        if not problems:
            return reply
        documented = self._document_body(route.operation, schema)
        if documented is not None and not self.schemas.errors(
            documented, schema, direction="response"
        ):
            reply.body = documented
            return reply
        if not self.check_answers:
            return reply
        return Reply(500, {"message": f"Mock answer invalid: {'; '.join(problems[:5])}"})

    def _document_body(self, operation: Dict[str, Any], schema: Any) -> Any:
        """The operation's documented success body: its example, else one made from its schema."""
        if not self._has_body(operation):
            return None
        example = self._success_example(operation)
        at = (operation.get("x-rungen-mock") or {}).get("item-at")
        if at and isinstance(example, dict):  # the documented item, which the caller wraps
            example = _dig(example, str(at))
        return example if example is not None else self.schemas.example(schema, self.rng)

    def _error(
        self,
        operation: Optional[Dict[str, Any]],
        status: int,
        message: str,
        headers: Optional[Headers] = None,
        template_status: Optional[int] = None,
    ) -> Reply:
        """An error in the API's own shape: its documented example for the status (or any
        documented error example), with our message, code and status filled in."""
        body = self._error_template(operation, template_status or status) or self._error_template(
            operation, None
        )
        if not isinstance(body, dict):
            body = {}
        # the operation's own documented error for this status keeps its code (`run_not_found`)
        documented = self._has_error_example(operation, template_status or status)
        _put(body, str(self.errors_config.get("message", "message")), message)
        code_path = self.errors_config.get("code")
        if code_path and isinstance(_dig(body, str(code_path)), str) and not documented:
            _put(body, str(code_path), _REASONS.get(status, "error").lower().replace(" ", "_"))
        if code_path and isinstance(_dig(body, str(code_path)), int):
            _put(body, str(code_path), status)
        for key in ("statusCode", "status"):
            if isinstance(body.get(key), int):
                body[key] = status
        return Reply(status, body, list(headers or []))

    def _has_error_example(self, operation: Optional[Dict[str, Any]], status: int) -> bool:
        """Whether the operation documents its own example error body for `status`."""
        responses = (operation or {}).get("responses") or {}
        key = next((c for c in responses if str(c) == str(status)), None)
        response = self.schemas.resolve(responses[key]) if key is not None else None
        media = (
            ((response or {}).get("content") or {}).get("application/json")
            if isinstance(response, dict)
            else None
        )
        return isinstance(media, dict) and "example" in media

    def _error_template(self, operation: Optional[Dict[str, Any]], status: Optional[int]) -> Any:
        for source in ([operation] if operation else []) + self._all_operations():
            responses = source.get("responses") or {}
            codes = (
                [str(status)]
                if status is not None
                else sorted(str(c) for c in responses if str(c)[:1] in ("4", "5"))
            )
            for code in codes:
                key = next((c for c in responses if str(c) == code), None)
                response = self.schemas.resolve(responses[key]) if key is not None else None
                media: Any = (
                    ((response or {}).get("content") or {}).get("application/json")
                    if isinstance(response, dict)
                    else None
                )
                if isinstance(media, dict):
                    body = (
                        copy.deepcopy(
                            self.schemas.as_declared(media["example"], media.get("schema"))
                        )
                        if "example" in media
                        else self.schemas.example(media.get("schema"), self.rng)
                    )
                    if body is not None:
                        return body
        return None

    def _all_operations(self) -> List[Dict[str, Any]]:
        return [r.operation for r in self.routes]


def _success_codes(responses: Dict[str, Any]) -> List[str]:
    """The success statuses an operation documents; without any 2xx, its ``default`` response
    (as the client reads it) is the success."""
    codes = sorted(str(c) for c in responses if str(c).startswith("2"))
    return codes or (["default"] if "default" in [str(c) for c in responses] else [])


def _media_examples(schemas: Schemas, media: Any) -> List[Any]:
    """A media type's example values: ``example``, then each of ``examples`` (``$ref``s followed)."""
    if not isinstance(media, dict):
        return []
    found = [media["example"]] if "example" in media else []
    examples = media.get("examples")
    for example in examples.values() if isinstance(examples, dict) else []:
        example = schemas.resolve(example)
        if isinstance(example, dict) and "value" in example:
            found.append(example["value"])
    return found


def _request_example(schemas: Schemas, operation: Dict[str, Any]) -> Any:
    """The JSON request body example of an operation (None without one), JSON text parsed where
    the schema wants an object or an array."""
    body = schemas.resolve(operation.get("requestBody"))
    media = (
        schemas.resolve(((body or {}).get("content") or {}).get("application/json"))
        if isinstance(body, dict)
        else None
    )
    if not isinstance(media, dict):
        return None
    for example in _media_examples(schemas, media):
        return copy.deepcopy(schemas.as_declared(example, media.get("schema")))
    return None


def _parameter_example(schemas: Schemas, param: Dict[str, Any]) -> Any:
    """A parameter's example (its own, its first ``examples`` entry, its schema's) that its schema
    accepts, else a value made from its schema (a placeholder such as ``"{sid}"`` that the
    parameter's own pattern refuses names no item a request could reach)."""
    schema = param.get("schema") or {}
    found = [param["example"]] if "example" in param else []
    for example in (param.get("examples") or {}).values():
        example = schemas.resolve(example)
        if isinstance(example, dict) and "value" in example:
            found.append(example["value"])
            break
    for value in found:
        if not schemas.errors(value, schema):
            return value
    return schemas.example(schema, None)


def _mask_rules(spec: Dict[str, Any]) -> List[Tuple[str, str]]:
    """(property, flag) pairs: the property is null in responses when the flag is true."""
    rules = []
    for schema in ((spec.get("components") or {}).get("schemas") or {}).values():
        for name, prop in (
            ((schema or {}).get("properties") or {}).items() if isinstance(schema, dict) else []
        ):
            when = (
                ((prop or {}).get("x-rungen-mock") or {}).get("mask-when")
                if isinstance(prop, dict)
                else None
            )
            if when:
                rules.append((str(name), str(when)))
    return sorted(set(rules))


def _masked(data: Any, rules: List[Tuple[str, str]]) -> Any:
    if isinstance(data, list):
        return [_masked(item, rules) for item in data]
    if isinstance(data, dict):
        out = {key: _masked(value, rules) for key, value in data.items()}
        for name, when in rules:
            if name in out and out.get(when) is True:
                out[name] = None
        return out
    return data


def _dig(data: Any, path: str) -> Any:
    for key in [p for p in path.split(".") if p]:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _put(data: Dict[str, Any], path: str, value: Any) -> None:
    keys = [p for p in path.split(".") if p]
    for key in keys[:-1]:
        if not isinstance(data.get(key), dict):
            data[key] = {}
        data = data[key]
    if keys:
        data[keys[-1]] = value


def _drop(data: Dict[str, Any], path: str) -> None:
    *parents, last = [p for p in path.split(".") if p] or [""]
    parent = _dig(data, ".".join(parents))
    if isinstance(parent, dict):
        parent.pop(last, None)


def _iso(seconds: float) -> str:
    """A UTC date-time; past the calendar's end (a huge expiry), its last second."""
    try:
        return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).strftime(
            "%Y-%m-%dT%H:%M:%SZ"
        )
    except (OverflowError, OSError, ValueError):
        return "9999-12-31T23:59:59Z" if seconds > 0 else "1970-01-01T00:00:00Z"


def _expired(value: Any, now: float) -> bool:
    if not isinstance(value, str):
        return False
    try:
        when = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.timezone.utc)
    return when.timestamp() <= now


_REASONS = {
    200: "OK",
    201: "Created",
    202: "Accepted",
    204: "No Content",
    400: "Bad Request",
    401: "Unauthorized",
    402: "Payment Required",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    408: "Request Timeout",
    409: "Conflict",
    410: "Gone",
    413: "Content Too Large",
    415: "Unsupported Media Type",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}
