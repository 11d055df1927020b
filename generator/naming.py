"""Every naming rule in one place: Python identifiers from spec names, and their uniqueness."""

from __future__ import annotations

import builtins
import functools
import hashlib
import keyword
import re
import unicodedata

#: Names a generated attribute, argument or class must not take (they shadow something we use).
RESERVED = frozenset(
    set(keyword.kwlist)
    | set(keyword.softkwlist)
    | {name for name in dir(builtins) if not name.startswith("_")}
    | {"self", "cls", "client", "options", "extra_headers", "extra_query", "timeout", "max_retries"}
    | {"model_config", "model_fields", "model_computed_fields", "model_extra", "model_fields_set"}
)

#: Python keywords: never a name of anything generated.
KEYWORDS = frozenset(set(keyword.kwlist) | set(keyword.softkwlist))
#: Names the generated modules use as types or helpers; an argument or field must not shadow them.
CODE_NAMES = frozenset({"date", "datetime", "str", "int", "float", "bool", "bytes", "cast", "warnings", "self", "cls"})
#: Names a model field must not take: keywords, our type names, and pydantic's BaseModel attributes.
MODEL_RESERVED = KEYWORDS | CODE_NAMES | frozenset(
    {"copy", "dict", "json", "parse_obj", "parse_raw", "parse_file", "from_orm", "construct", "schema",
     "schema_json", "validate", "update_forward_refs", "fields"}
)

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z0-9]+|[A-Z]+|[0-9]+")


def ascii_words(text: str) -> list[str]:
    """Split any text into ASCII words: 'firstName' -> ['first', 'Name'], 'café-id' -> ['cafe', 'id']."""
    folded = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    parts: list[str] = []
    for chunk in re.split(r"[^A-Za-z0-9]+", folded):
        parts.extend(_WORD.findall(chunk))
    return parts


def snake(text: str) -> str:
    """snake_case words of `text`, possibly empty or digit-first (see `identifier`)."""
    return _snake(str(text))


def pascal(text: str) -> str:
    """PascalCase words of `text`; an all-caps word keeps its case ('ID' stays 'ID')."""
    return _pascal(str(text))


# a large spec names the same properties and parameters thousands of times
@functools.lru_cache(maxsize=1 << 16)
def _snake(text: str) -> str:
    return "_".join(w.lower() for w in ascii_words(text))


@functools.lru_cache(maxsize=1 << 16)
def _pascal(text: str) -> str:
    return "".join(w if w.isupper() and len(w) > 1 else w[:1].upper() + w[1:] for w in ascii_words(text))


def upper_snake(text: str) -> str:
    """UPPER_SNAKE words of `text`."""
    return snake(text).upper()


def identifier(name: str, *, fallback: str = "value", reserved: frozenset[str] = RESERVED) -> str:
    """A safe snake_case identifier: never empty, never digit-first, never a keyword or builtin."""
    result = snake(name) or fallback
    if result[0].isdigit():
        result = f"{fallback}_{result}"
    if result in reserved or result.startswith("model_"):
        result += "_"
    return result


#: names Windows will not give a file, whatever the extension
WINDOWS_DEVICES = frozenset({"con", "prn", "aux", "nul"} | {f"{d}{i}" for d in ("com", "lpt") for i in range(10)})


#: Longest module file stem: far below the 255 bytes file systems allow, with room for the
#: folders above it on systems that bound whole paths.
MAX_MODULE_NAME = 64


def module_file(attribute: str) -> str:
    """The module (file) name for an identifier: itself, unless Windows reserves it as a device
    or it is too long for a file name (then a prefix and a hash of the whole, deterministically)."""
    if len(attribute.encode()) > MAX_MODULE_NAME:
        digest = hashlib.sha256(attribute.encode()).hexdigest()[:10]
        prefix = attribute.encode()[: MAX_MODULE_NAME - 11].decode(errors="ignore").rstrip("_")
        return f"{prefix}_{digest}"
    return attribute + "_" if attribute.lower() in WINDOWS_DEVICES else attribute


def class_name(name: str, *, fallback: str = "Model") -> str:
    """A safe PascalCase class name."""
    result = pascal(name) or fallback
    if result[0].isdigit():
        result = f"{fallback}{result}"
    if result in RESERVED or keyword.iskeyword(result):
        result += "_"
    return result


class NameTable:
    """Hands out unique names deterministically: the second 'Pet' becomes 'Pet2'."""

    def __init__(self, taken: set[str] | frozenset[str] = frozenset(), separator: str = "") -> None:
        self._taken = set(taken)
        self._separator = separator

    def claim(self, wanted: str) -> str:
        name = wanted
        counter = 2
        while name in self._taken:
            name = f"{wanted}{self._separator}{counter}"
            counter += 1
        self._taken.add(name)
        return name

    def __contains__(self, name: str) -> bool:
        return name in self._taken


def singular(word: str) -> str:
    """A rough English singular, used only to match operation ids to resource names."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word == "people":
        return "person"
    if word.endswith("ses") or word.endswith("xes"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def method_name(operation_id: str, resource: str) -> str:
    """Default method name: the operation id without the resource's words ('listPeople' -> 'list')."""
    words = snake(operation_id).split("_")
    res_words = snake(resource.split(".")[-1]).split("_")
    # the resource's own words first, then its singular form: a list, not a set, so that the
    # order (which form is taken out when the id holds both, `repos/create-repo-ruleset`) is
    # the same in every process, whatever its hash seed
    forms = list(dict.fromkeys([tuple(res_words), tuple(res_words[:-1] + [singular(res_words[-1])])]))
    for form in sorted(forms, key=len, reverse=True):
        n = len(form)
        for start in range(len(words) - n + 1):
            if tuple(words[start : start + n]) == form and len(words) > n:
                rest = words[:start] + words[start + n :]
                return identifier("_".join(rest), fallback="call", reserved=KEYWORDS)
    return identifier(operation_id, fallback="call", reserved=KEYWORDS)


def env_name(*parts: str) -> str:
    """An environment variable name from parts: env_name('acme', 'base url') -> 'ACME_BASE_URL'."""
    return "_".join(upper_snake(p) for p in parts if upper_snake(p))


#: Words a title uses for the kind of document rather than the API's name: "Pets API" names pets.
_GENERIC_TITLE_WORDS = frozenset(
    {"api", "apis", "rest", "restful", "openapi", "spec", "specification", "definition", "definitions", "documentation",
     "docs", "client", "sdk"}
)
#: What a title adds after its name: "Naming: odd spellings", "Pets (beta)", "Pets, the API".
_TITLE_TAIL = re.compile(r":\s|[(\[,;]")
#: Longest name taken from a title, in words: a sentence is not a package name.
MAX_TITLE_WORDS = 4
_VERSION = re.compile(r"[vV]?[0-9]+")


def package_base(title: object, file_stem: str) -> str:
    """The words a package is named from when nothing names it: the API's title ("Swagger
    Petstore" -> "swagger_petstore"), without what it says after a colon or comma, words that
    only say it is an API ("Pets API" -> "pets") and version numbers; else (nothing left, or a
    single letter) the spec's file name.
    The caller makes an identifier of it like any other name (`identifier`)."""
    head = _TITLE_TAIL.split(title, 1)[0] if isinstance(title, str) else ""
    folded = unicodedata.normalize("NFKD", head).encode("ascii", "ignore").decode("ascii")
    kept = [c for c in re.split(r"[^A-Za-z0-9]+", folded) if c and c.lower() not in _GENERIC_TITLE_WORDS and not _VERSION.fullmatch(c)]
    words = snake(" ".join(kept)).split("_") if kept else []
    name = "_".join(words[:MAX_TITLE_WORDS])
    return name if len(name) > 1 else file_stem  # a letter names nothing: "T", "x"


def crud_method(http_method: str, path: str, resource: str, methods: frozenset[str]) -> str | None:
    """The method name of an operation without an operationId, when its path is the resource's
    collection (GET ``list``, POST ``create``) or one of its items (GET ``get``, PATCH ``update``,
    PUT ``update`` or, beside a PATCH, ``replace``, DELETE ``delete``); None otherwise.

    `methods` are the HTTP methods of the same path item."""
    segments = [s for s in path.split("/") if s]
    item = bool(segments) and segments[-1].startswith("{")
    names = [s for s in segments if not s.startswith("{")]
    if not names or bool(item and len(segments) > 1 and segments[-2].startswith("{")):
        return None
    if singular(snake(names[-1])) != singular(snake(resource.split(".")[-1])):
        return None
    if not item:
        return {"get": "list", "post": "create"}.get(http_method)
    put = "replace" if "patch" in methods else "update"
    return {"get": "get", "patch": "update", "put": put, "delete": "delete"}.get(http_method)
