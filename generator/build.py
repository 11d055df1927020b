"""Stage 4, build the IR: one `Package` from a resolved spec."""

from __future__ import annotations

import ast
import json
import keyword
import re
from urllib.parse import quote
from pathlib import Path
from dataclasses import replace
from typing import Any, Callable

from . import build_readme, naming, text
from .build_contract import ContractBuilder
from .build_operations import OperationBuilder, group
from .build_types import TypeBuilder
from .build_webhooks import WebhookBuilder
from .errors import Level, Problem, fail, shorten
from .ir import Credential, Package, PagingStyleConfig, Resource, SecurityScheme, ServerVariable
from .resolve import DocumentSet, child

try:  # the parser of the `re` module: a credential pattern that is no regular expression is not used
    import re._parser as _sre_parse
except ImportError:  # Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]

#: a public PEP 440 version, ASCII digits only (``\d`` would take any script's digits)
_PEP440 = re.compile(r"[0-9]+(\.[0-9]+)*((a|b|rc)[0-9]+)?(\.post[0-9]+)?(\.dev[0-9]+)?")
#: the client constructor's own arguments (and the names its body uses): never a credential's name
CLIENT_ARGUMENTS = frozenset(
    {"self", "base_url", "timeout", "max_retries", "max_retry_time", "default_headers", "throttle", "http_client", "transport"}
    | {"allow_insecure_http", "max_response_size", "config", "credentials", "server_variables", "CONFIG", "httpx"}
)
_UNSAFE_URL = re.compile(r"[\s\x00-\x1f\x7f]")
_DEFAULT_ARGUMENTS = {"token": "token", "username": "username", "password": "password", "key": "api_key", "client-id": "client_id", "client-secret": "client_secret"}
_KINDS = {"bearer": ("token",), "basic": ("username", "password"), "api_key": ("key",), "oauth2_client_credentials": ("client-id", "client-secret")}


def build_package(docs: DocumentSet, provider: str, problems: list[Problem], name_override: str | None = None, folder: str | None = None) -> Package:
    """The IR of one generated package; `folder` is where it is written (relative, as the user
    named it), for the README's install line."""
    root = docs.root_node()
    data = root.data
    info = data.get("info") if isinstance(data.get("info"), dict) else {}
    ext = data.get("x-rungen-package") or {}
    base = name_override or ext.get("name") or naming.package_base(info.get("title"), provider)
    name = naming.identifier(base, fallback="api").strip("_") or "api"
    title = ext.get("title") or naming.class_name(base, fallback="Api")
    env_prefix = ext.get("env-prefix") or naming.upper_snake(base) or "API"
    module = f"{name}_client"

    types = TypeBuilder(docs, problems)
    for public in (f"{title}Client", f"Async{title}Client", f"{title}Mock", f"{title}Error"):
        types.names.claim(public)  # the package's own classes: a model of the same name would hide one
    types.claim_components()
    styles = data.get("x-rungen-pagination") or {}
    schemes = _schemes(root, env_prefix, problems)
    ops = OperationBuilder(docs, types, styles, {})
    ops.scheme_names = frozenset(ast.literal_eval(scheme.name_literal) for scheme in schemes)
    global_headers = ops.common_constant_headers()
    ops.global_headers = global_headers
    operations = ops.operations()
    resources = group(operations, types)
    # component schemas no operation uses still become models: they are part of the API's vocabulary
    schemas = (data.get("components") or {}).get("schemas") or {}
    for key in schemas if isinstance(schemas, dict) else {}:
        types.annotation(_ref_node(root, key), str(key))
    webhooks = WebhookBuilder(docs, types).webhooks()
    models = types.models()
    # what the API sends may carry enum values and variants added after this generation
    resources = tuple(_open_responses(r, types.response_annotation) for r in resources)
    webhooks = tuple(replace(w, annotation=types.response_annotation(w.annotation)) for w in webhooks)

    server_url, variables = _server(root, env_prefix, problems, {c.argument for scheme in schemes for c in scheme.credentials})
    version = str(info.get("version") or "0.1.0").strip()
    rate = data.get("x-rungen-rate-limit") or {}
    errors = data.get("x-rungen-errors") or {}
    all_ops = [op for _, op, _ in operations]
    spec_json = json.dumps(_for_mock(docs.bundled()), ensure_ascii=False, separators=(",", ":"), default=str)
    contract = ContractBuilder(docs, styles, json.loads(spec_json))  # the document the mock reads
    cases = contract.cases(resources)
    return Package(
        provider=provider,
        module=module,
        distribution=f"{name.replace('_', '-')}-client",
        title=title,
        client_class=f"{title}Client",
        async_client_class=f"Async{title}Client",
        env_prefix=env_prefix,
        version=version if _PEP440.fullmatch(version) else "0.1.0",
        api_version_literal=text.literal(version),
        api_version_text=text.one_line(version, 100),
        title_text=text.one_line(info.get("title") or title, 200),
        description_toml=text.toml_string(
            f"Typed Python client for the {_one_line(info.get('title') or title)}, API version {_one_line(version)} (generated by rungen)"
        ),
        title_literal=text.literal(text.clean(info.get("title") or title, 200)),
        doc=text.doc(info.get("description")),
        readme_description=text.markdown(info.get("description"), 20000),
        base_url_literal=text.literal(server_url),
        base_url_text=text.one_line(server_url, 300),
        server_variables=variables,
        other_servers=_other_servers(root, problems),
        schemes=schemes,
        requirements_literal=text.literal(_requirements(data.get("security"), ops.scheme_names)),
        constant_headers=tuple((text.literal(k), text.literal(v)) for k, v in global_headers.items()),
        rate_limit_fields=_rate_fields(rate),
        rate_limit_text=_rate_text(rate),
        error_fields=_error_fields(errors),
        paging_styles=_styles(styles),
        models=models,
        resources=resources,
        has_deprecated=any(op.deprecated for op in all_ops),
        spec_file=Path(docs.root.path).name,
        component_models=types.component_models(),
        contract_cases=cases,
        webhooks=webhooks,
        contract_base_url_literal=text.literal(contract.base_url()),
        spec_json=spec_json,
        warnings=tuple(str(p) for p in problems if p.level is Level.WARNING),
        mock_scopes_text=_scopes_text(data.get("x-rungen-mock") or {}),
        install_folder=build_readme.install_folder(folder, provider),
        project_urls=build_readme.project_urls(data),
        readme_examples=build_readme.examples(resources, cases),
        mock_environment=build_readme.mock_environment(schemes, env_prefix),
        mock_port=build_readme.MOCK_PORT,
        example_credentials=build_readme.example_credentials(schemes, data.get("security")),
        combined_credentials=build_readme.combined_credentials(schemes, data.get("security")),
    )


def _one_line(value: Any) -> str:
    return " ".join(text.clean(value, 200).split())


def _scopes_text(rules: dict[str, Any]) -> str:
    """The scopes a mock checks, in words: each with its methods and the scopes it includes."""
    includes = rules.get("scope-includes") or {}
    parts = []
    for scope, methods in (rules.get("method-scopes") or {}).items():
        included = f" and what {', '.join(str(s) for s in includes.get(scope) or [])} may" if includes.get(scope) else ""
        parts.append(f"`{text.one_line(str(scope), 40)}`: {', '.join(str(m) for m in methods)}{included}")
    return "; ".join(parts)


def _for_mock(bundled: Any) -> Any:
    """The document the mock serves: without its provenance, so recording a source's new digest
    (`rungen sources update`) changes no generated file and no package version."""
    if isinstance(bundled, dict):
        return {k: v for k, v in bundled.items() if k != "x-rungen-sources"}
    return bundled


def _open_responses(resource: Resource, opened: Callable[[str], str]) -> Resource:
    """The resource with its methods' return types open to values the spec did not list."""
    operations = []
    for op in resource.operations:
        returns = opened(op.return_annotation)
        paging = replace(op.paging, item_annotation=opened(op.paging.item_annotation)) if op.paging else None
        cast = returns if op.cast == op.return_annotation else op.cast
        operations.append(replace(op, return_annotation=returns, cast=cast, paging=paging))
    children = tuple(_open_responses(c, opened) for c in resource.children)
    return replace(resource, operations=tuple(operations), children=children)


def _ref_node(root: Any, key: Any) -> Any:
    node = child(root, "components", "schemas", key)
    from .resolve import Node

    ref = "#/components/schemas/" + quote(str(key).replace("~", "~0").replace("/", "~1"), safe="")
    return Node({"$ref": ref}, node.location, node.doc)


def _server(root: Any, env_prefix: str, problems: list[Problem], credentials: set[str]) -> tuple[str, tuple[ServerVariable, ...]]:
    servers = root.data.get("servers")
    if not isinstance(servers, list) or not servers or not isinstance(servers[0], dict):
        return "", ()
    server = servers[0]
    url = str(server.get("url") or "")
    if _UNSAFE_URL.search(url):
        where = child(root, "servers", 0, "url").location
        problems.append(Problem(Level.WARNING, f"server URL {shorten(url)} contains whitespace or control characters; not used (pass base_url=)", where))
        return "", ()
    if "://" not in url:
        return "", ()
    variables = []
    table = naming.NameTable(naming.RESERVED | CLIENT_ARGUMENTS | credentials | set(_DEFAULT_ARGUMENTS.values()))
    for wire, var in (server.get("variables") or {}).items():
        if not isinstance(var, dict):
            continue
        name = table.claim(naming.identifier(wire, fallback="variable"))
        if name != wire:
            url = url.replace("{" + str(wire) + "}", "{" + name + "}")
        variables.append(
            ServerVariable(name, text.literal(name), text.literal(str(var.get("default", ""))), naming.env_name(env_prefix, name), text.doc(var.get("description"), 500))
        )
    return url, tuple(variables)


def _other_servers(root: Any, problems: list[Problem]) -> tuple[tuple[str, str], ...]:
    """(URL, description) of each server the document names after the first (the default), as
    plain one-line text: the README and the client's docstring name them for ``base_url=``."""
    servers = root.data.get("servers")
    result = []
    for i, server in enumerate(servers[1:] if isinstance(servers, list) else [], start=1):
        url = str(server.get("url") or "") if isinstance(server, dict) else ""
        if _UNSAFE_URL.search(url) or "://" not in url:
            where = child(root, "servers", i, "url").location
            problems.append(Problem(Level.WARNING, f"server URL {shorten(url)} is not an absolute URL without whitespace or control characters; not named", where))
            continue
        result.append((text.one_line(url, 300), text.one_line(server.get("description") or "", 200)))
    return tuple(result)


def _schemes(root: Any, env_prefix: str, problems: list[Problem]) -> tuple[SecurityScheme, ...]:
    components = root.data.get("components") or {}
    defined = components.get("securitySchemes") or {}
    order: list[str] = []
    for requirement in root.data.get("security") or []:
        if isinstance(requirement, dict):
            order.extend(str(k) for k in requirement if k not in order)
    order += [str(k) for k in defined if str(k) not in order]
    taken: set[str] = set()
    result = []
    for name in order:
        if name not in defined:
            continue
        node = child(root, "components", "securitySchemes", name)
        scheme = node.data
        if isinstance(scheme, dict) and "$ref" in scheme:
            continue
        kind = _kind(scheme)
        if kind is None:
            problems.append(Problem(Level.WARNING, f"security scheme {name!r} ({scheme.get('type')}) is not supported; skipped", node.location))
            continue
        ext = scheme.get("x-rungen-credentials") or {}
        credentials = []
        for key in _KINDS[kind]:
            entry = ext.get(key) or {}
            argument = entry.get("argument") or _DEFAULT_ARGUMENTS[key]
            if keyword.iskeyword(argument) or argument in CLIENT_ARGUMENTS:
                where = node.location.child("x-rungen-credentials", key, "argument")
                raise fail(f"credential argument {argument!r} cannot be used: it is a Python keyword or one of the client's own arguments", where)
            if argument in taken:
                argument = naming.identifier(f"{name}_{argument}")
            taken.add(argument)
            env = entry.get("env") or naming.env_name(env_prefix, argument)
            credentials.append(
                Credential(
                    text.literal(key), argument, env, text.literal(env), text.literal(_pattern(entry.get("pattern"), node, key, problems)),
                    text.literal(entry.get("format")), text.one_line(entry.get("format") or "", 200),
                    text.literal(str(entry.get("example") or "test")),
                )
            )
        token_url = None
        if kind == "oauth2_client_credentials":
            token_url = scheme["flows"]["clientCredentials"].get("tokenUrl")
        result.append(
            SecurityScheme(
                name_literal=text.literal(name),
                kind=kind,
                kind_literal=text.literal(kind),
                credentials=tuple(credentials),
                header_literal=text.literal(scheme.get("name") if kind == "api_key" else None),
                location_literal=text.literal(scheme.get("in", "header") if kind == "api_key" else "header"),
                token_url_literal=text.literal(token_url),
                doc=text.one_line(scheme.get("description") or "", 300),
            )
        )
    return tuple(result)


def _requirements(security: Any, supported: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """The document's requirements, each the supported schemes it combines (all of them apply);
    none when a requirement is empty (anonymous access allowed) or there is no root security."""
    if not isinstance(security, list) or any(isinstance(req, dict) and not req for req in security):
        return ()
    return tuple(tuple(str(name) for name in req if str(name) in supported) for req in security if isinstance(req, dict))


def _pattern(pattern: Any, node: Any, key: str, problems: list[Problem]) -> str | None:
    """A credential's format pattern (the client checks every value given against it, in bounded
    time whatever the pattern: the package's `_pattern_search`); None when it is no pattern."""
    if not isinstance(pattern, str):
        return None
    where = node.location.child("x-rungen-credentials", key, "pattern")
    try:
        _sre_parse.parse(pattern)
    except re.error as error:
        problems.append(Problem(Level.WARNING, f"credential pattern {shorten(pattern)} is not a regular expression ({error}); not checked", where))
        return None
    return pattern


def _kind(scheme: Any) -> str | None:
    if not isinstance(scheme, dict):
        return None
    kind = scheme.get("type")
    if kind == "http":
        return {"bearer": "bearer", "basic": "basic"}.get(str(scheme.get("scheme", "")).lower())
    if kind == "apiKey":
        return "api_key"
    if kind == "oauth2":
        flows = scheme.get("flows") or {}
        return "oauth2_client_credentials" if "clientCredentials" in flows else "bearer"
    if kind == "openIdConnect":
        return "bearer"
    return None


def _dotted(value: Any) -> str:
    parts = [text.literal(p) for p in str(value).split(".") if p]
    return "(" + ", ".join(parts) + ",)" if parts else "()"


def _rate_fields(rate: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    headers = rate.get("headers") or {}
    retry = rate.get("retry-after") or {}
    fields = [
        ("requests", text.literal(rate.get("requests"))),
        ("period", text.literal(float(rate["period"]) if "period" in rate else None)),
        ("limit_header", text.literal(headers.get("limit"))),
        ("remaining_header", text.literal(headers.get("remaining"))),
        ("reset_header", text.literal(headers.get("reset"))),
        ("retry_after_header", text.literal(retry.get("header", "Retry-After"))),
        ("retry_after_unit", text.literal(retry.get("unit", "seconds"))),
    ]
    return tuple(fields)


def _rate_text(rate: dict[str, Any]) -> str:
    parts = []
    if rate.get("requests") and rate.get("period"):
        parts.append(f"{rate['requests']} requests per {rate['period']} seconds")
    if rate.get("scope"):
        parts.append(str(rate["scope"]))
    retry = rate.get("retry-after") or {}
    if retry:
        parts.append(f"429 responses carry `{retry.get('header')}` in {retry.get('unit', 'seconds')}")
    headers = rate.get("headers") or {}
    if headers:
        parts.append("budget headers: " + ", ".join(f"`{v}`" for v in headers.values()))
    return text.markdown("; ".join(parts), 1000)


def _error_fields(errors: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    return (
        ("message", _dotted(errors.get("message", "message"))),
        ("code", _dotted(errors.get("code"))),
        ("request_id_header", text.literal(errors.get("request-id-header"))),
    )


def _styles(styles: dict[str, Any]) -> tuple[PagingStyleConfig, ...]:
    result = []
    for name, style in styles.items():
        fields = [("style", text.literal(style["style"])), ("items", _dotted(style.get("items")))]
        for key in ("cursor-param", "page-param", "offset-param", "size-param"):
            if key in style:
                fields.append((key.replace("-", "_"), text.literal(style[key])))
        for key in ("next-cursor", "next-page", "current-page", "total-pages", "total", "next-offset"):
            if key in style:
                fields.append((key.replace("-", "_"), _dotted(style[key])))
        result.append(PagingStyleConfig(text.literal(name), tuple(fields)))
    return tuple(result)
