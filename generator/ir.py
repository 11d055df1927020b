"""The intermediate representation: plain, typed, frozen data that templates only read.

Every string that came from the spec and ends up in generated code is already made safe
here: `*_literal` fields are Python literals (``repr``), `doc` fields are docstring-safe text.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ModelField:
    """One attribute of a generated pydantic model."""

    name: str
    #: the property's name as the API writes it, and as a Python literal
    wire: str
    wire_literal: str
    annotation: str
    required: bool
    needs_alias: bool
    deprecated: bool
    doc: str
    #: the default of a field that is not required: a Python literal
    default: str = "None"


@dataclass(frozen=True)
class Model:
    """A pydantic model (``fields``), or a type alias (``alias``) such as a Literal enum."""

    name: str
    doc: str
    fields: tuple[ModelField, ...] = ()
    alias: str | None = None
    is_enum: bool = False
    #: the description's first line, for the API reference (api.md)
    summary: str = ""
    #: a tagged union's fallback member: the literal ``(tag wire name, attribute, known tags)``
    open_tag: str = ""


@dataclass(frozen=True)
class Parameter:
    """A method argument: a path, query, header or cookie parameter, or a body field."""

    name: str
    #: the parameter's (or body field's) name as the API writes it, and as a Python literal
    wire: str
    wire_literal: str
    location: str
    annotation: str
    required: bool
    default: str
    doc: str
    deprecated: bool = False
    style: str = ""
    explode: bool = False


@dataclass(frozen=True)
class Body:
    """How a request body is sent: ``json``, ``form``, ``multipart`` or ``binary``.

    ``fields`` are the body's properties as arguments; of a multipart body, ``files`` are the
    ones sent as file parts (``format: binary``).
    """

    kind: str
    content_type_literal: str
    fields: tuple[Parameter, ...] = ()
    whole: Parameter | None = None
    files: tuple[Parameter, ...] = ()


@dataclass(frozen=True)
class Paging:
    """A list operation's paging: the style's name in the generated config, and the item type."""

    style_literal: str
    item_annotation: str
    max_size: str


@dataclass(frozen=True)
class Operation:
    """One API operation, as a method on its resource."""

    name: str
    operation_id: str
    http_method_literal: str
    path_literal: str
    positional: tuple[Parameter, ...]
    keyword: tuple[Parameter, ...]
    path_params: tuple[Parameter, ...]
    query_params: tuple[Parameter, ...]
    header_params: tuple[Parameter, ...]
    cookie_params: tuple[Parameter, ...]
    #: ("(location, wire name)", "(style, explode)") literals, where the spec differs from the default
    styles: tuple[tuple[str, str], ...]
    constant_headers: tuple[tuple[str, str], ...]
    body: Body | None
    return_annotation: str
    cast: str
    response_kind: str
    paging: Paging | None
    authenticated: bool
    idempotent: bool
    deprecated: bool
    doc: str
    summary: str
    example_args: str = ""
    idempotency_header_literal: str = "None"
    #: the operation's own security requirements, where they differ from the document's: a
    #: literal tuple of alternatives, each a tuple of scheme names ("None": the document's)
    security_literal: str = "None"
    #: ``GET /path`` as text, and the summary, for the API reference (Markdown-safe, one line each)
    route: str = ""
    summary_markdown: str = ""


@dataclass(frozen=True)
class Resource:
    """A group of operations reachable as ``client.<attribute>``; may hold sub-resources."""

    attribute: str
    class_name: str
    doc: str
    operations: tuple[Operation, ...]
    children: tuple["Resource", ...] = ()
    #: the file name (no ``.py``) of a top-level resource's module in ``resources/``
    module: str = ""


@dataclass(frozen=True)
class Credential:
    """A credential argument of the client constructor."""

    key_literal: str
    argument: str
    env: str
    env_literal: str
    pattern_literal: str
    format_literal: str
    format_text: str
    example_literal: str = "'test'"


@dataclass(frozen=True)
class SecurityScheme:
    """One way to authenticate."""

    name_literal: str
    kind: str
    kind_literal: str
    credentials: tuple[Credential, ...]
    header_literal: str
    location_literal: str
    token_url_literal: str
    doc: str


@dataclass(frozen=True)
class ServerVariable:
    """A variable of the base URL, e.g. the tenant: a constructor argument and an env var."""

    name: str
    wire_literal: str
    default_literal: str
    env: str
    doc: str


@dataclass(frozen=True)
class PagingStyleConfig:
    """A named paging style, rendered into the generated config."""

    name_literal: str
    fields: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ContractCase:
    """One method called with example arguments in the generated contract tests."""

    name: str
    accessor_literal: str
    args_literal: str
    kwargs_literal: str
    returns: str
    paged: bool
    deprecated: bool


@dataclass(frozen=True)
class Webhook:
    """A request the API sends to its users (a webhook or a callback): its payload's parser."""

    function: str
    summary: str
    doc: str
    origin: str
    annotation: str
    deprecated: bool = False


@dataclass(frozen=True)
class ReadmeExample:
    """One call in the README's "Use" example: a resource's first method with its contract arguments."""

    summary: str
    #: Python source of the call (``client.pets.list(limit=10)``), possibly on several lines
    call: str
    paged: bool


@dataclass(frozen=True)
class ProjectUrl:
    """An address of the API from its document (``info``, ``externalDocs``), for the metadata and README."""

    label: str
    label_toml: str
    url: str
    url_toml: str


@dataclass(frozen=True)
class Package:
    """Everything needed to render one generated package."""

    provider: str
    module: str
    distribution: str
    title: str
    client_class: str
    async_client_class: str
    env_prefix: str
    version: str
    api_version_literal: str
    title_text: str
    #: the distribution's one-line description, a TOML basic string (quotes included)
    description_toml: str
    title_literal: str
    doc: str
    readme_description: str
    base_url_literal: str
    base_url_text: str
    server_variables: tuple[ServerVariable, ...]
    #: (URL, description) of the servers the document names after the default one, as plain text
    other_servers: tuple[tuple[str, str], ...]
    schemes: tuple[SecurityScheme, ...]
    #: the document's own security requirements (alternatives, each the scheme names it combines), a Python literal
    requirements_literal: str
    constant_headers: tuple[tuple[str, str], ...]
    rate_limit_fields: tuple[tuple[str, str], ...]
    rate_limit_text: str
    error_fields: tuple[tuple[str, str], ...]
    paging_styles: tuple[PagingStyleConfig, ...]
    models: tuple[Model, ...]
    resources: tuple[Resource, ...]
    has_deprecated: bool
    spec_file: str
    component_models: tuple[tuple[str, str], ...] = ()
    contract_cases: tuple[ContractCase, ...] = ()
    webhooks: tuple[Webhook, ...] = ()
    contract_base_url_literal: str = "''"
    spec_json: str = "{}"
    warnings: tuple[str, ...] = field(default=())
    #: the scopes the mock checks, for the README ("read: GET, HEAD; write: POST (and read)")
    mock_scopes_text: str = ""
    #: the API document's ``info.version``, as one line of plain text
    api_version_text: str = ""
    #: where the package is, as `pip install` takes it (relative, shell-quoted)
    install_folder: str = "./generated/package"
    project_urls: tuple[ProjectUrl, ...] = ()
    readme_examples: tuple[ReadmeExample, ...] = ()
    #: (variable, shell-quoted value): the environment that points the README's examples at the mock
    mock_environment: tuple[tuple[str, str], ...] = ()
    mock_port: int = 4010
    #: the credentials the README's and the mock's examples pass: every scheme the document's
    #: first security requirement combines (a client id with its secret)
    example_credentials: tuple[Credential, ...] = ()
    #: the same, when that requirement combines several schemes (else empty)
    combined_credentials: tuple[Credential, ...] = ()
