"""What a request sent, checked against the document: path parameters read by their styles,
query arrays by their delimiters, JSON, form and multipart bodies as their schemas' types; and
the status each kind of bad request gets, as the API documents it (``x-rungen-errors`` ``status``).

Limits that keep a bad request from costing the mock more than a bad answer: a body above
``MAX_BODY`` bytes is 413, a ``Content-Length`` that is not a non-negative integer 400, JSON
nested deeper than ``MAX_DEPTH`` 400, and a JSON operation's body in another media type 415.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
from typing import Any, Dict, List, Optional, Tuple
from urllib.parse import parse_qsl, unquote, unquote_plus

from ._auth import Auth, _cookies
from ._responses import Reply, Route
from ._schema import coerce

__all__ = ["RequestChecks", "MAX_BODY", "MAX_DEPTH", "body_length"]

#: The largest request body the mock reads, in bytes (larger: 413).
MAX_BODY = 10 * 1024 * 1024
#: The deepest nesting of arrays and objects a JSON body may have (deeper: 400).
MAX_DEPTH = 100
#: Problems of a body that could not be parsed at all (a "malformed" request).
_UNREADABLE = ("body: not valid JSON", "body: not a valid multipart body")


class RequestChecks(Auth):
    """Parameters and bodies of a request, typed and checked against their schemas."""

    def _parameters(self, route: Route) -> List[Dict[str, Any]]:
        merged: Dict[Tuple[str, str], Dict[str, Any]] = {}
        for owner in (route.path_item, route.operation):
            for param in owner.get("parameters") or []:
                param = self.schemas.resolve(param)
                if isinstance(param, dict):
                    merged[(param.get("name", ""), param.get("in", ""))] = param
        return list(merged.values())

    def _path_values(self, route: Route, raw: Dict[str, str]) -> Dict[str, Any]:
        """The path parameters as sent, read by their styles: text, a list of texts, a dict of
        texts, or None where the segment does not have its style's shape."""
        declared = {p.get("name"): p for p in self._parameters(route) if p.get("in") == "path"}
        values: Dict[str, Any] = {}
        for name, text in raw.items():
            param = declared.get(name) or {}
            values[name] = _path_parts(param, text, self.schemas.resolve(param.get("schema") or {}))
        return values

    def _check_parameters(
        self,
        route: Route,
        params: Dict[str, Any],
        query: Dict[str, str],
        headers: Dict[str, str],
        repeated: Dict[str, List[str]],
    ) -> List[str]:
        """Parameters against their schemas; query parameters the operation does not declare are refused."""
        problems = []
        declared = self._parameters(route)
        known = {
            p.get("name") for p in declared if p.get("in") == "query"
        } | self._query_credentials()
        objects = {}  # object query parameters, read from the keys their style spreads them over
        for param in declared:
            schema = self.schemas.resolve(param.get("schema") or {})
            if param.get("in") == "query" and _is_object(schema):
                value, keys = _query_object(param, self.schemas.properties(schema), repeated)
                known |= keys
                if value is not None:
                    objects[param.get("name", "")] = (value, schema)
        cookies = _cookies(headers)
        problems += [
            f"query parameter {name!r}: not allowed" for name in repeated if name not in known
        ]
        for param in declared:
            name, where = param.get("name", ""), param.get("in")
            if where == "query" and name in objects:
                value, schema = objects[name]
                typed = self._typed(value, schema)
                if typed is None:
                    problems.append(f"query parameter {name}: not a valid object")
                else:
                    problems += self.schemas.errors(typed, schema, f"query parameter {name}")
                continue
            if where == "path" and name in params and params[name] is None:
                problems.append(
                    f"path parameter {name}: not in its {param.get('style', 'simple')} style"
                )
                continue
            if where == "header" and name.lower() == "authorization":
                continue  # credentials: checked where auth is, not as a parameter
            if where == "header" and name.lower() in ("accept", "content-type"):
                # media types, compared as media types: `*/*` or `application/*` accept
                # application/json, and a charset does not change a Content-Type's type
                problem = _media_problem(
                    name,
                    headers.get(name.lower()),
                    self.schemas.resolve(param.get("schema") or {}),
                    param.get("required") is True,
                )
                if problem:
                    problems.append(problem)
                continue
            raw = (
                {"path": params, "query": query, "header": headers, "cookie": cookies}
                .get(where or "", {})
                .get(name.lower() if where == "header" else name)
            )
            if raw is None:
                if param.get("required") and where != "path":
                    problems.append(f"{where} parameter {name}: required")
                continue
            schema = self.schemas.resolve(param.get("schema") or {})
            if where == "path" and not isinstance(raw, str):
                typed = self._typed(raw, schema)
                if typed is None:
                    problems.append(f"{where} parameter {name}: not a valid {schema.get('type')}")
                else:
                    problems += self.schemas.errors(typed, schema, f"{where} parameter {name}")
                continue
            if where == "query" and _is_array(schema):
                items = self.schemas.resolve(schema.get("items") or {})
                texts = _array_values(param, repeated.get(name, []))
                # an empty item is a null where the items may be null (a query has no other spelling of it)
                nulls = [v == "" and not self.schemas.errors(None, items) for v in texts]
                listed = [None if null else coerce(v, items) for v, null in zip(texts, nulls)]
                if any(v is None and not null for v, null in zip(listed, nulls)):
                    problems.append(f"{where} parameter {name}: items must be {items.get('type')}")
                else:
                    problems += self.schemas.errors(listed, schema, f"{where} parameter {name}")
                continue
            value = coerce(raw, schema)
            if value is None:
                problems.append(f"{where} parameter {name}: not a valid {schema.get('type')}")
                continue
            problems += self.schemas.errors(value, schema, f"{where} parameter {name}")
        return problems

    def _typed(self, value: Any, schema: Any) -> Any:
        """Texts of a list or dict (a path segment, form fields) as their schemas' types; None when one cannot be."""
        if isinstance(value, list):
            items = (
                self.schemas.resolve(schema.get("items") or {}) if isinstance(schema, dict) else {}
            )
            listed = [coerce(v, items) if isinstance(v, str) else v for v in value]
            return None if any(v is None for v in listed) else listed
        if isinstance(value, dict):
            props = self.schemas.properties(schema)
            extra = schema.get("additionalProperties") if isinstance(schema, dict) else None
            typed = {}
            for key, text in value.items():
                sub = self.schemas.resolve(props.get(key, extra if isinstance(extra, dict) else {}))
                typed[key] = coerce(text, sub) if isinstance(text, str) else text
                if typed[key] is None:
                    return None
            return typed
        return coerce(value, schema) if isinstance(value, str) else value

    def _checked_request(
        self,
        route: Route,
        path_values: Dict[str, Any],
        query: Dict[str, str],
        headers: Dict[str, str],
        repeated: Dict[str, List[str]],
        body: bytes,
    ) -> Tuple[Any, Optional[Reply]]:
        """The request's parsed body, or the error it gets: each kind of problem with the status
        the API documents for it (``x-rungen-errors`` ``status``), else the operation's own."""
        operation = route.operation
        problems = self._check_parameters(route, path_values, query, headers, repeated)
        if problems:
            return None, self._error(
                operation, self._status_of("parameter", operation), "; ".join(problems[:5])
            )
        refusal = self._refused_body(route, headers, body)
        if refusal is not None:
            return None, self._error(operation, refusal[0], refusal[1])
        parsed, problems = self._check_body(route, headers, body)
        if problems and problems[0] in _UNREADABLE:
            return None, self._error(
                operation, self._status_of("malformed", operation), problems[0]
            )
        if problems:
            missing = [p for p in problems if p.endswith(": required")]
            kind = "missing" if missing else "invalid"
            return None, self._error(
                operation,
                self._status_of(kind, operation),
                "; ".join((missing + [p for p in problems if p not in missing])[:5]),
            )
        return parsed, None

    def _status_of(self, kind: str, operation: Dict[str, Any]) -> int:
        """The status of a kind of bad request (malformed, missing, invalid, parameter)."""
        declared = (self.errors_config.get("status") or {}).get(kind)
        return int(declared) if declared else self._validation_status(operation)

    def _refused_body(
        self, route: Route, headers: Dict[str, str], body: bytes
    ) -> Optional[Tuple[int, str]]:
        """Why a body is not even parsed: (415, ...) for a media type the operation does not take,
        (400, ...) for JSON nested deeper than ``MAX_DEPTH``."""
        spec = self.schemas.resolve(route.operation.get("requestBody"))
        if not isinstance(spec, dict) or not body:
            return None
        content = spec.get("content") or {}
        ctype = headers.get("content-type", "").split(";")[0].strip().lower()
        takes_json = any(_is_json(k) for k in content)
        if ctype and not (
            any(_media_matches(ctype, k) for k in content) or (_is_json(ctype) and takes_json)
        ):
            return (
                415,
                f"Unsupported Content-Type {ctype!r}: this operation takes {', '.join(sorted(content))}",
            )
        if ("json" in ctype or (not ctype and "application/json" in content)) and _nesting(
            body
        ) > MAX_DEPTH:
            return 400, f"body: JSON nested deeper than {MAX_DEPTH} levels"
        return None

    def _check_body(
        self, route: Route, headers: Dict[str, str], body: bytes
    ) -> Tuple[Any, List[str]]:
        spec = self.schemas.resolve(route.operation.get("requestBody"))
        if not isinstance(spec, dict):
            return None, []
        content = spec.get("content") or {}
        ctype = headers.get("content-type", "").split(";")[0].strip().lower()
        if not body:
            return None, (["body: required"] if spec.get("required") else [])
        if "json" in ctype or (not ctype and "application/json" in content):
            try:
                parsed = json.loads(body, parse_constant=_no_constant)
            except (ValueError, RecursionError):
                return None, ["body: not valid JSON"]
            media: Any = content.get("application/json") or next(
                (v for k, v in content.items() if "json" in k), {}
            )
            return parsed, self.schemas.errors(
                parsed, (media or {}).get("schema") or {}, direction="request"
            )
        if ctype == "application/x-www-form-urlencoded" or ctype.startswith("multipart/"):
            media = self.schemas.resolve(
                content.get(ctype)
                or next(
                    (v for k, v in content.items() if k.split(";")[0].strip().lower() == ctype), {}
                )
            )
            schema = (media or {}).get("schema") or {} if isinstance(media, dict) else {}
            if ctype.startswith("multipart/"):
                fields = _multipart_fields(headers.get("content-type", ""), body)
                if fields is None:
                    return None, ["body: not a valid multipart body"]
            else:
                fields = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
            typed = self._form(fields, schema)
            return typed, self.schemas.errors(typed, schema, direction="request")
        return body, []

    def _form(self, fields: List[Tuple[str, str]], schema: Any) -> Dict[str, Any]:
        """Form fields (or multipart parts) as their schema's types: an array's items from repeated
        fields, an object from JSON text, scalars coerced (left as text when they cannot be)."""
        props = self.schemas.properties(schema)
        grouped: Dict[str, List[str]] = {}
        for name, value in fields:
            grouped.setdefault(name, []).append(value)
        typed: Dict[str, Any] = {}
        for name, values in grouped.items():
            prop = self.schemas.resolve(props.get(name, {}))
            if _is_array(prop):
                items = self.schemas.resolve(prop.get("items") or {})
                typed[name] = [_form_value(v, items) for v in values]
            else:
                typed[name] = _form_value(values[-1], prop)
        return typed

    def _validation_status(self, operation: Dict[str, Any]) -> int:
        """422 or 400, as the operation documents; else as most of the API's operations do."""
        codes = [str(c) for c in (operation.get("responses") or {})]
        for code in ("422", "400"):
            if code in codes:
                return int(code)
        counts = {
            code: sum(
                1
                for r in self.routes
                if code in [str(c) for c in (r.operation.get("responses") or {})]
            )
            for code in ("422", "400")
        }
        return int(max(counts, key=lambda c: (counts[c], c))) if any(counts.values()) else 400


def _raw_query(query: str) -> Dict[str, List[str]]:
    """Query values by (decoded) name, still percent-encoded: a delimiter is only a delimiter unencoded."""
    values: Dict[str, List[str]] = {}
    for pair in query.split("&") if query else []:
        if not pair:
            continue
        name, _, value = pair.partition("=")
        values.setdefault(unquote_plus(name), []).append(value)
    return values


_DELIMITERS = {
    "form": (",",),
    "spaceDelimited": ("%20", "+", " "),
    "pipeDelimited": ("|", "%7C", "%7c"),
}


def _array_values(param: Dict[str, Any], raw: List[str]) -> List[str]:
    """An array query parameter's items: repeated (``explode``) or joined by its style's delimiter.

    A non-exploded parameter may still be repeated (each value is split), as clients that
    ignore ``explode`` send it."""
    style = str(param.get("style", "form"))
    delimiters = _DELIMITERS.get(style, (",",))
    if param.get("explode", style == "form"):
        return [unquote_plus(v) for v in raw]
    items: List[str] = []
    for value in raw:
        if value == "":
            continue  # an empty array: the name with nothing after '='
        pieces = [value]
        for delimiter in delimiters:
            pieces = [part for piece in pieces for part in piece.split(delimiter)]
        items += [unquote_plus(piece) for piece in pieces]
    return items


def _multipart_fields(content_type: str, body: bytes) -> Optional[List[Tuple[str, str]]]:
    """A multipart/form-data body's parts as (name, text) pairs: files' bytes read as latin-1 text
    (so they check as strings); None when the body is not multipart."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    if not message.is_multipart():
        return None
    fields: List[Tuple[str, str]] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            return None
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        is_file = part.get_filename() is not None
        fields.append(
            (name, data.decode("latin-1") if is_file else data.decode("utf-8", "replace"))
        )
    return fields


def _form_value(text: str, schema: Any) -> Any:
    """One form field's text as its schema's type: an object or array from JSON, a scalar coerced."""
    if _is_object(schema) or _is_array(schema):
        try:
            return json.loads(text)
        except ValueError:
            return text
    typed = coerce(text, schema)
    return text if typed is None else typed


def _path_parts(param: Dict[str, Any], raw: str, schema: Any) -> Any:
    """A path segment read by its parameter's ``style`` and ``explode``: text for a scalar, a
    list of texts for an array, a dict of texts for an object (None when malformed)."""
    style, explode, name = (
        str(param.get("style", "simple")),
        param.get("explode", False) is True,
        str(param.get("name", "")),
    )
    kind = "array" if _is_array(schema) else "object" if _is_object(schema) else "scalar"
    if "content" in param:
        return unquote(raw)  # JSON text
    text, separator = raw, ","
    if style == "label":
        if not text.startswith("."):
            return None
        text, separator = text[1:], "." if explode else ","
    elif style == "matrix":
        if not text.startswith(";"):
            return None
        if explode and kind != "scalar":
            pairs = [piece.partition("=") for piece in text[1:].split(";")]
            if kind == "array":
                return (
                    [unquote(v) for k, _, v in pairs]
                    if all(unquote(k) == name for k, _, _ in pairs)
                    else None
                )
            return {unquote(k): unquote(v) for k, _, v in pairs}
        key, equals, text = text[1:].partition("=")
        if unquote(key) != name or not equals:
            return None
    if kind == "scalar":
        return unquote(text)
    pieces = text.split(separator) if text else []
    if kind == "array":
        return [unquote(piece) for piece in pieces]
    if explode:
        return {unquote(k): unquote(v) for k, _, v in (piece.partition("=") for piece in pieces)}
    if len(pieces) % 2:
        return None
    return {unquote(pieces[i]): unquote(pieces[i + 1]) for i in range(0, len(pieces), 2)}


def _query_object(
    param: Dict[str, Any], props: Dict[str, Any], repeated: Dict[str, List[str]]
) -> Tuple[Optional[Dict[str, str]], set[str]]:
    """An object query parameter's fields as sent, and the query keys they used: ``deepObject``
    (``name[field]=v``), ``form`` exploded (``field=v``) or not (``name=field,v,field,v``)."""
    name = str(param.get("name", ""))
    style = str(param.get("style", "form"))
    if style == "deepObject":
        keys = {k for k in repeated if k.startswith(name + "[") and k.endswith("]")}
        return (
            {k[len(name) + 1 : -1]: unquote_plus(repeated[k][-1]) for k in keys} if keys else None
        ), keys
    if param.get("explode", style == "form"):
        keys = {k for k in repeated if k in props}
        return ({k: unquote_plus(repeated[k][-1]) for k in keys} if keys else None), keys
    if name not in repeated:
        return None, set()
    parts = [unquote_plus(part) for part in repeated[name][-1].split(",")]
    return (dict(zip(parts[::2], parts[1::2])) if len(parts) % 2 == 0 else {}), {name}


def _is_object(schema: Any) -> bool:
    kind = schema.get("type") if isinstance(schema, dict) else None
    return (
        kind == "object"
        or (isinstance(kind, list) and "object" in kind)
        or (not kind and isinstance(schema, dict) and "properties" in schema)
    )


def _is_array(schema: Any) -> bool:
    kind = schema.get("type") if isinstance(schema, dict) else None
    return kind == "array" or (isinstance(kind, list) and "array" in kind)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _is_json(media_type: str) -> bool:
    """``application/json`` and its kin (``application/problem+json``, ``*/*`` aside)."""
    base = media_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def _media_matches(ctype: str, declared: str) -> bool:
    """Whether a request's media type is one an operation declares (``*/*`` and ``type/*`` ranges too)."""
    declared = declared.split(";")[0].strip().lower()
    if declared in ("*/*", ctype):
        return True
    return declared.endswith("/*") and ctype.startswith(declared[:-1])


def _nesting(body: bytes) -> int:
    """How deep a JSON text nests arrays and objects (brackets inside strings not counted);
    cheap when it cannot be deep."""
    if body.count(b"[") + body.count(b"{") <= MAX_DEPTH:
        return 0
    depth = deepest = 0
    in_string = escaped = False
    for byte in body:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_DEPTH:
                    return deepest
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return deepest


def body_length(values: List[str], limit: int) -> Tuple[int, Optional[Tuple[int, str]]]:
    """The body length a request's ``Content-Length`` header(s) give (0 without one), or the
    (status, message) that refuses them: 400 unless one non-negative integer, 413 above `limit`."""
    if not values:
        return 0, None
    texts = {v.strip() for value in values for v in value.split(",")}
    if len(texts) != 1 or not next(iter(texts)).isdigit() or not next(iter(texts)).isascii():
        return 0, (400, "Content-Length must be one non-negative integer")
    length = int(next(iter(texts)))
    if length > limit:
        return 0, (413, f"Request body larger than {limit} bytes")
    return length, None


def _media_problem(name: str, value: Optional[str], schema: Any, required: bool) -> Optional[str]:
    """What is wrong with an Accept or Content-Type header a parameter declares (None: nothing).

    A value matches an allowed media type when one of its ranges covers it (``*/*``,
    ``type/*`` or the type itself, with a q above zero); parameters such as charset are ignored."""
    if value is None:
        return f"header parameter {name}: required" if required else None
    allowed = (
        [
            str(v).lower()
            for v in schema.get("enum") or ([schema["const"]] if "const" in schema else [])
        ]
        if isinstance(schema, dict)
        else []
    )
    if not allowed:
        return None
    for part in value.split(","):
        media, *params = [p.strip().lower() for p in part.split(";")]
        if any(p.replace(" ", "") in ("q=0", "q=0.0", "q=0.00", "q=0.000") for p in params):
            continue
        for wanted in allowed:
            kind = wanted.split("/")[0]
            if media == wanted or (name.lower() == "accept" and media in ("*/*", f"{kind}/*")):
                return None
    return f"header parameter {name}: {value!r} is not {' or '.join(allowed)}"
