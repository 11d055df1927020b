"""A small JSON Schema checker and example synthesiser for the mock (no dependencies)."""

from __future__ import annotations

import copy
import datetime
import json
import random
import threading
import uuid
from urllib.parse import unquote, urlsplit
from typing import Any, Callable, Dict, List, Optional, Tuple, TypeVar

from .._pattern_search import searches
from ._patterns import MAX_STRETCH, pattern_values, safe_to_search

__all__ = ["Schemas"]

_FORMAT_EXAMPLES = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "email": "user@example.com",
    "uri": "https://example.com",
    "url": "https://example.com",
}


T = TypeVar("T")

#: The documents indexed in this process, most recent first, each with its ``Schemas``: every
#: mock of one document shares the parsing and indexing (a large document takes seconds).
_SHARED: List[Tuple[Dict[str, Any], "Schemas"]] = []
_SHARED_LOCK = threading.Lock()
#: How many documents stay indexed (a test run may build mocks of a few).
_SHARED_SIZE = 4


class Schemas:
    """Resolves local ``$ref``s of one OpenAPI document, checks values, and makes examples.

    The document is only read, never changed: one ``Schemas`` (and what ``memo`` keeps) serves
    every mock of the document in a process (``shared``)."""

    def __init__(self, spec: Dict[str, Any]) -> None:
        self.spec = spec
        self._targets: Dict[str, Any] = {}
        self._memo: Dict[str, Any] = {}

    @classmethod
    def shared(cls, spec: Dict[str, Any]) -> "Schemas":
        """The ``Schemas`` of this very document object, made on first use."""
        with _SHARED_LOCK:
            for held, schemas in _SHARED:
                if held is spec:
                    return schemas
            made = cls(spec)
            _SHARED.insert(0, (spec, made))
            del _SHARED[_SHARED_SIZE:]
            return made

    def memo(self, key: str, make: Callable[[], T]) -> T:
        """What `make` computes from the document, computed once (an index all mocks share)."""
        if key not in self._memo:
            self._memo[key] = make()
        value: T = self._memo[key]
        return value

    def resolve(self, schema: Any, depth: int = 0) -> Any:
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and depth < 50:
            schema = self._lookup(schema["$ref"])
            depth += 1
        return schema

    def _lookup(self, ref: str) -> Any:
        """The node a local ``$ref`` points at: JSON pointer tokens, percent-encoded or not
        (``%7Bid%7D``), through object keys and list positions (``parameters/0``); ``{}`` when
        there is none."""
        if ref in self._targets:
            return self._targets[ref]
        node: Any = self.spec
        for token in unquote(ref.partition("#")[2]).split("/")[1:]:
            token = token.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict):
                node = node.get(token, {})
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                node = {}
        self._targets[ref] = node
        return node

    # -- checking --------------------------------------------------------------------------

    def errors(
        self, value: Any, schema: Any, where: str = "body", depth: int = 0, direction: str = ""
    ) -> List[str]:
        """What is wrong with `value` (an empty list when it is valid).

        `direction` is ``"request"`` or ``"response"`` where the value is a message body: a
        required ``readOnly`` property is not required in a request (the API sets it), nor a
        required ``writeOnly`` one in a response (the API never returns it)."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > 40:
            return []
        problems: List[str] = []
        if value is None:
            types = schema.get("type")
            if (
                schema.get("nullable")
                or (isinstance(types, list) and "null" in types)
                or types == "null"
            ):
                return []
            if None in (schema.get("enum") or []):
                return []
            if any(
                not self.errors(None, s, where, depth + 1, direction)
                for s in (schema.get("oneOf") or schema.get("anyOf") or [])
            ):
                return []
            if not types and not any(
                k in schema
                for k in ("properties", "items", "enum", "allOf", "oneOf", "anyOf", "const")
            ):
                return []
            return [f"{where}: must not be null"]
        for part in schema.get("allOf") or []:
            problems += self.errors(value, part, where, depth + 1, direction)
        options = schema.get("oneOf") or schema.get("anyOf")
        tagged = self.tagged_members(schema)
        if options and tagged and isinstance(value, dict):
            tag_name = schema["discriminator"]["propertyName"]
            tag = value.get(tag_name)
            member = tagged.get(tag) if isinstance(tag, str) else None
            if member is None:
                problems.append(f"{where}.{tag_name}: must be one of {sorted(tagged)!r}")
            else:
                problems += self.errors(value, member, where, depth + 1, direction)
        elif options and all(self.errors(value, s, where, depth + 1, direction) for s in options):
            problems.append(f"{where}: matches none of the allowed shapes")
        if "const" in schema and value != schema["const"]:
            problems.append(f"{where}: must be {schema['const']!r}")
        if "enum" in schema and value not in schema["enum"]:
            problems.append(f"{where}: must be one of {schema['enum']!r}")
        types = schema.get("type")
        if isinstance(types, str):
            types = [types]
        if types and not any(_is(value, t) for t in types):
            return problems + [f"{where}: must be of type {'/'.join(types)}"]
        if isinstance(value, str):
            if "minLength" in schema and len(value) < schema["minLength"]:
                problems.append(f"{where}: shorter than {schema['minLength']}")
            if "maxLength" in schema and len(value) > schema["maxLength"]:
                problems.append(f"{where}: longer than {schema['maxLength']}")
            if isinstance(schema.get("pattern"), str) and not searches(schema["pattern"], value):
                problems.append(f"{where}: does not match {schema['pattern']}")
            checker = _FORMAT_CHECKS.get(str(schema.get("format")))
            if checker is not None and not checker(value):
                problems.append(f"{where}: not a valid {schema['format']}")
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            low, high = _bound(schema, "minimum"), _bound(schema, "maximum")
            if low is not None and value < low:
                problems.append(f"{where}: less than {low}")
            if high is not None and value > high:
                problems.append(f"{where}: greater than {high}")
            bounds = _INT_FORMATS.get(str(schema.get("format")))
            if bounds is not None and not bounds[0] <= value <= bounds[1]:
                problems.append(f"{where}: out of range for {schema['format']}")
            low = _exclusive(schema, "exclusiveMinimum", "minimum")
            if low is not None and value <= low:
                problems.append(f"{where}: must be greater than {low}")
            high = _exclusive(schema, "exclusiveMaximum", "maximum")
            if high is not None and value >= high:
                problems.append(f"{where}: must be less than {high}")
        if isinstance(value, list):
            if "minItems" in schema and len(value) < schema["minItems"]:
                problems.append(f"{where}: fewer than {schema['minItems']} items")
            if "maxItems" in schema and len(value) > schema["maxItems"]:
                problems.append(f"{where}: more than {schema['maxItems']} items")
            if schema.get("uniqueItems") and len({repr(v) for v in value}) != len(value):
                problems.append(f"{where}: items must be unique")
            items = schema.get("items")
            if isinstance(items, dict):
                for i, item in enumerate(value):
                    problems += self.errors(item, items, f"{where}[{i}]", depth + 1, direction)
        if isinstance(value, dict):
            props = schema.get("properties") or {}
            for name in schema.get("required") or []:
                if name not in value and not self._exempt(props.get(name), direction):
                    problems.append(f"{where}.{name}: required")
            for name, item in value.items():
                if name in props:
                    problems += self.errors(
                        item, props[name], f"{where}.{name}", depth + 1, direction
                    )
                elif schema.get("additionalProperties") is False:
                    problems.append(f"{where}.{name}: not allowed")
                elif isinstance(schema.get("additionalProperties"), dict):
                    problems += self.errors(
                        item,
                        schema["additionalProperties"],
                        f"{where}.{name}",
                        depth + 1,
                        direction,
                    )
        return problems

    def _exempt(self, prop: Any, direction: str) -> bool:
        """Whether a required property may be missing in this direction (readOnly in requests, writeOnly in responses)."""
        flag = {"request": "readOnly", "response": "writeOnly"}.get(direction)
        prop = self.resolve(prop)
        return flag is not None and isinstance(prop, dict) and prop.get(flag) is True

    def readable(self, value: Any, schema: Any, depth: int = 0) -> Any:
        """`value` without the ``writeOnly`` properties of `schema`: a response never carries them."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > 20:
            return value
        if isinstance(value, list) and isinstance(schema.get("items"), dict):
            return [self.readable(item, schema["items"], depth + 1) for item in value]
        if not isinstance(value, dict):
            return value
        props = self.properties(schema)
        out = {}
        for name, item in value.items():
            prop = self.resolve(props.get(name))
            if isinstance(prop, dict) and prop.get("writeOnly") is True:
                continue
            out[name] = self.readable(item, prop, depth + 1) if prop is not None else item
        return out

    def tagged_members(self, schema: Dict[str, Any]) -> Dict[str, Any]:
        """A discriminated union's members by tag value (``mapping``, else the schema names);
        empty when the union has no discriminator or a member is not a ``$ref``."""
        discriminator = schema.get("discriminator")
        members = schema.get("oneOf") or schema.get("anyOf") or []
        if not isinstance(discriminator, dict) or not discriminator.get("propertyName"):
            return {}
        if not all(isinstance(m, dict) and isinstance(m.get("$ref"), str) for m in members):
            return {}
        refs = {m["$ref"]: m for m in members}
        tags: Dict[str, Any] = {}
        for tag, target in (discriminator.get("mapping") or {}).items():
            ref = target if "/" in str(target) else f"#/components/schemas/{target}"
            if ref in refs:
                tags[str(tag)] = refs[ref]
        for ref, member in refs.items():
            if member not in tags.values():
                tags[ref.rsplit("/", 1)[-1]] = member
        return tags

    def properties(self, schema: Any, depth: int = 0) -> Dict[str, Any]:
        """Every property of an object schema, allOf parts merged."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > 20:
            return {}
        props: Dict[str, Any] = {}
        for part in schema.get("allOf") or []:
            props.update(self.properties(part, depth + 1))
        props.update(schema.get("properties") or {})
        return props

    def required(self, schema: Any, depth: int = 0) -> set[str]:
        """The required properties of an object schema, allOf parts merged."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > 20:
            return set()
        names = {str(n) for n in schema.get("required") or []}
        for part in schema.get("allOf") or []:
            names |= self.required(part, depth + 1)
        return names

    # -- examples --------------------------------------------------------------------------

    def as_declared(self, value: Any, schema: Any) -> Any:
        """`value`, or the JSON it holds when it is text where `schema` wants an object or an
        array (an example written as ``'{"id": 1}'``)."""
        schema = self.resolve(schema)
        if not isinstance(value, str) or not isinstance(schema, dict):
            return value
        types = schema.get("type")
        wanted = set(types) if isinstance(types, list) else {types}
        if "string" in wanted or not (
            wanted & {"object", "array"} or "properties" in schema or "items" in schema
        ):
            return value
        try:
            parsed = json.loads(value)
        except ValueError:
            return value
        return parsed if isinstance(parsed, (dict, list)) else value

    def answer(self, example: Any, schema: Any, rng: Optional[random.Random]) -> Any:
        """A response body: the documented `example` (JSON text parsed) when `schema` accepts
        it, else a value made from `schema` (an example that contradicts its schema would be
        refused by the client)."""
        if example is not None:
            value = self.as_declared(example, schema)
            if schema is None or not self.errors(value, schema, direction="response"):
                return value
        return self.example(schema, rng)

    def example(self, schema: Any, rng: Optional[random.Random], depth: int = 0) -> Any:
        """A value valid for `schema`: its example when it has one, else made from its shape.

        Without `rng`, the value is the same on every call (uuids and times are fixed ones)."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > 8:
            return None
        for candidate in _own_examples(schema):
            value = self.as_declared(candidate, schema)
            if not self.errors(value, schema, direction="response"):
                return copy.deepcopy(value)  # a copy: the caller may store and change it
        # an example its own schema refuses (or none): a value made from the schema
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            return schema["enum"][0]
        if "default" in schema and not self.errors(schema["default"], schema):
            return copy.deepcopy(schema["default"])
        tagged = self.tagged_members(schema)
        if tagged:
            tag, member = next(iter(tagged.items()))
            value = self.example(member, rng, depth + 1)
            if isinstance(value, dict):
                value[schema["discriminator"]["propertyName"]] = tag
            return value
        for key in ("oneOf", "anyOf"):
            if schema.get(key):
                return self.example(schema[key][0], rng, depth + 1)
        types = schema.get("type")
        kind = next((t for t in types if t != "null"), "null") if isinstance(types, list) else types
        props = self.properties(schema)
        if kind == "object" or props or schema.get("allOf"):
            required = self.required(schema)
            made = {
                name: self.example(props[name], rng, depth + 1)
                for name in props
                if name in required
            }
            for part in [schema] + [self.resolve(p) for p in schema.get("allOf") or []]:
                options = part.get("oneOf") or part.get("anyOf") if isinstance(part, dict) else None
                if options:  # an object that is also one of some shapes: the first one's fields too
                    member = self.example(options[0], rng, depth + 1)
                    made.update(member if isinstance(member, dict) else {})
            return made
        if kind == "array":
            return []
        if kind == "integer":
            return int(schema.get("minimum", 1))
        if kind == "number":
            return float(schema.get("minimum", 1))
        if kind == "boolean":
            return False
        if kind == "string":
            if schema.get("format") == "uuid" and rng is not None:
                return str(uuid.UUID(int=rng.getrandbits(128), version=4))
            if schema.get("format") == "date-time" and rng is not None:
                return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            plain = _FORMAT_EXAMPLES.get(
                str(schema.get("format")),
                "string" if not schema.get("minLength") else "s" * int(schema["minLength"]),
            )
            high = schema.get("maxLength")
            if isinstance(high, int) and not isinstance(high, bool) and len(plain) > high:
                plain = "s" * max(0, min(high, int(schema.get("minLength") or 1)))
            if isinstance(schema.get("pattern"), str):  # a value the pattern matches
                for value in [plain] + self._pattern_values(schema):
                    if safe_to_search(schema["pattern"], value) and not self.errors(
                        value, schema, direction="response"
                    ):
                        return value
            return plain
        return None

    def _pattern_values(self, schema: Dict[str, Any]) -> List[str]:
        low = schema.get("minLength")
        high = schema.get("maxLength")
        low = low if isinstance(low, int) and not isinstance(low, bool) and low > 0 else 0
        high = high if isinstance(high, int) and not isinstance(high, bool) else MAX_STRETCH
        return self.memo(
            "pattern " + str(low) + " " + str(high) + " " + schema["pattern"],
            lambda: pattern_values(schema["pattern"], low, high),
        )


def _bound(schema: Dict[str, Any], key: str) -> Any:
    """A numeric bound of `schema` (None when absent or not a number: ``true`` is no bound)."""
    value = schema.get(key)
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _exclusive(schema: Dict[str, Any], key: str, inclusive: str) -> Any:
    """An exclusive bound: 3.1's number, or 3.0's ``true`` that makes the inclusive one exclusive."""
    if schema.get(key) is True:
        return _bound(schema, inclusive)
    return _bound(schema, key)


def _own_examples(schema: Dict[str, Any]) -> List[Any]:
    """The example values a schema gives itself: ``example``, then the first of ``examples``."""
    found = [schema["example"]] if "example" in schema else []
    examples = schema.get("examples")
    if isinstance(examples, list) and examples:
        found.append(examples[0])
    return found


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return len(value) == 36


def _is_datetime(value: str) -> bool:
    try:
        datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return "T" in value or " " in value


def _is_date(value: str) -> bool:
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


_INT_FORMATS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def _is_uri(value: str) -> bool:
    parts = urlsplit(value)
    return bool(parts.scheme) and bool(parts.netloc or parts.path)


_FORMAT_CHECKS: Dict[str, Any] = {
    "uuid": _is_uuid,
    "date-time": _is_datetime,
    "date": _is_date,
    "uri": _is_uri,
    "url": _is_uri,
}


def _is(value: Any, kind: str) -> bool:
    if kind == "null":
        return value is None
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return (
            isinstance(value, int)
            and not isinstance(value, bool)
            or (isinstance(value, float) and value.is_integer())
        )
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "string":
        return isinstance(value, str)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    return True


def coerce(value: str, schema: Any) -> Optional[Any]:
    """A query/path string as the type its schema says (None when it cannot be)."""
    kind = schema.get("type") if isinstance(schema, dict) else None
    if isinstance(kind, list):
        kind = next((t for t in kind if t != "null"), None)
    try:
        if kind == "integer":
            return int(value)
        if kind == "number":
            return float(value)
    except ValueError:
        return None
    if kind == "boolean":
        return {"true": True, "false": False}.get(value.lower())
    return value
