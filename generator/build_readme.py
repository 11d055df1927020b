"""IR builder, part 4: what a generated package's README and metadata say about where it is,
where the API is documented and how to try it.

Every Python example in the README must run as written against the package's own mock: the
calls take the contract cases' arguments (the document's examples, which the contract tests
prove against the mock), and the README says how to point the examples at the mock (its URL
and example credentials in the environment variables the client reads).
"""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path
from typing import Any, Iterator

from . import text
from .build_types import eval_literal
from .ir import ContractCase, Credential, ProjectUrl, ReadmeExample, Resource, SecurityScheme

#: A URL the metadata and the README may show: http(s), printable ASCII, nothing that ends a
#: Markdown link or a TOML string early (such characters can be percent-encoded by the author).
_SAFE_URL = re.compile(r"https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]+")
_MAX_URL = 500
#: A call longer than this is written one argument per line.
_LINE = 88
#: The port the README's mock examples use.
MOCK_PORT = 4010


def project_urls(data: dict[str, Any]) -> tuple[ProjectUrl, ...]:
    """The API's own addresses, from ``info`` and ``externalDocs``, for ``[project.urls]`` and the
    README; none when the document gives none (never a placeholder)."""
    info = _table(data.get("info"))
    contact, docs = _table(info.get("contact")), _table(data.get("externalDocs"))
    found = [("Homepage", contact.get("url")), ("Documentation", docs.get("url")), ("Terms of service", info.get("termsOfService"))]
    result = []
    for label, url in found:
        if isinstance(url, str) and len(url) <= _MAX_URL and _SAFE_URL.fullmatch(url.strip()):
            result.append(ProjectUrl(label=label, label_toml=text.toml_string(label), url=url.strip(), url_toml=text.toml_string(url.strip())))
    return tuple(result)


def _table(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def install_folder(folder: str | None, provider: str) -> str:
    """The package folder as `pip install` takes it in the README: relative, with '/' separators,
    shell-quoted; `generated/<provider>` when the caller does not say where it writes."""
    path = Path(folder) if folder else Path("generated") / provider
    shown = path.as_posix()
    if path.is_absolute():  # the caller should not pass one; never show it
        shown = path.name
    if not shown.startswith("../"):
        shown = "./" + shown.removeprefix("./")
    return shlex.quote(shown) if shown.isprintable() and shown.isascii() else shlex.quote("./" + provider)


def relative_folder(folder: Path, base: Path) -> str:
    """`folder` relative to `base` (both taken as they are, or resolved when one is absolute)."""
    if not folder.is_absolute() and not base.is_absolute():
        return folder.as_posix()
    return Path(os.path.relpath(folder.resolve(), base.resolve())).as_posix()


def mock_environment(schemes: tuple[SecurityScheme, ...], env_prefix: str) -> tuple[tuple[str, str], ...]:
    """(variable, shell-quoted value) that point the client at the mock served on MOCK_PORT with
    the document's example credentials of every scheme (an operation may require any of them)."""
    result = [(f"{env_prefix}_BASE_URL", f"http://127.0.0.1:{MOCK_PORT}")]
    for scheme in schemes:
        for credential in scheme.credentials:
            value = str(eval_literal(credential.example_literal))
            if value.isprintable() and value.isascii():
                result.append((credential.env, shlex.quote(value)))
    return tuple(result)


def example_credentials(schemes: tuple[SecurityScheme, ...], security: Any) -> tuple[Credential, ...]:
    """The credentials a client needs for the document's first security requirement, every
    scheme it combines (a client id and its secret are sent together), in the requirement's
    order; the first scheme's where the document requires none (or names no scheme it declares)."""
    combined = _first_requirement(schemes, security)
    if combined:
        return tuple(c for scheme in combined for c in scheme.credentials)
    return schemes[0].credentials if schemes else ()


def combined_credentials(schemes: tuple[SecurityScheme, ...], security: Any) -> tuple[Credential, ...]:
    """The credentials of the document's first security requirement when it combines several
    schemes (the README says they go together); none otherwise."""
    combined = _first_requirement(schemes, security)
    return tuple(c for scheme in combined for c in scheme.credentials) if len(combined) > 1 else ()


def _first_requirement(schemes: tuple[SecurityScheme, ...], security: Any) -> tuple[SecurityScheme, ...]:
    by_name = {str(eval_literal(scheme.name_literal)): scheme for scheme in schemes}
    for requirement in security if isinstance(security, list) else []:
        if isinstance(requirement, dict) and requirement and all(str(name) in by_name for name in requirement):
            return tuple(by_name[str(name)] for name in requirement)
    return ()


def examples(resources: tuple[Resource, ...], cases: tuple[ContractCase, ...]) -> tuple[ReadmeExample, ...]:
    """One call per resource (its first method), with the arguments of its contract case."""
    by_accessor = {str(eval_literal(case.accessor_literal)): case for case in cases}
    result = []
    for accessor, resource in _walk(resources, ""):
        if not resource.operations:
            continue
        op = resource.operations[0]
        case = by_accessor.get(f"{accessor}.{op.name}")
        if case is None:
            continue
        call = _call(f"client.{accessor}.{op.name}", eval_literal(case.args_literal), eval_literal(case.kwargs_literal))
        result.append(ReadmeExample(summary=op.summary, call=call, paged=op.paging is not None))
    return tuple(result)


def _call(target: str, args: list[Any], kwargs: dict[str, Any]) -> str:
    parts = [text.literal(a) for a in args] + [f"{name}={text.literal(value)}" for name, value in kwargs.items()]
    line = f"{target}({', '.join(parts)})"
    if len(line) <= _LINE and "\n" not in line:
        return line
    return target + "(\n" + "".join(f"    {part},\n" for part in parts) + ")"


def _walk(resources: tuple[Resource, ...], prefix: str) -> Iterator[tuple[str, Resource]]:
    for resource in resources:
        accessor = prefix + resource.attribute
        yield accessor, resource
        yield from _walk(resource.children, accessor + ".")
