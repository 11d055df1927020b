"""Settings: ``[tool.rungen]`` in the nearest ``pyproject.toml``, merged with the command's flags.

What the file says is checked into one type (`FileConfig`, every key known, every value of its
type); `settings()` merges it with the flags and the environment into another (`Settings`),
the one place where defaults apply. Flags win over the environment, which wins over the file.
Paths in the file are relative to the file's folder.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PYPROJECT = "pyproject.toml"
#: the environment variable that names the cache folder
CACHE_ENV = "RUNGEN_CACHE_DIR"


class ConfigError(Exception):
    """``[tool.rungen]`` is not what rungen reads: the message names the file and the key."""


@dataclass(frozen=True)
class ProviderOptions:
    """``[tool.rungen.providers.<provider>]``: what the flags say for one provider."""

    #: the package name (``<name>_client``) instead of the spec's ``x-rungen-package``
    name: str | None = None
    strict: bool | None = None


@dataclass(frozen=True)
class FileConfig:
    """``[tool.rungen]`` as written, checked; None where the file says nothing."""

    path: Path | None = None
    specs: Path | None = None
    out: Path | None = None
    cache_dir: Path | None = None
    strict: bool | None = None
    providers: dict[str, ProviderOptions] = field(default_factory=dict)


@dataclass(frozen=True)
class Settings:
    """What a command runs with, every default applied."""

    specs: Path
    out: Path
    cache_dir: Path
    strict: bool
    providers: dict[str, ProviderOptions]
    #: the pyproject.toml read, if any (for messages)
    source: Path | None = None

    def strict_for(self, provider: str, flag: bool | None = None) -> bool:
        """--strict/--no-strict, else the provider's table, else ``[tool.rungen] strict``."""
        if flag is not None:
            return flag
        own = self.providers.get(provider, ProviderOptions()).strict
        return self.strict if own is None else own

    def name_for(self, provider: str) -> str | None:
        """The provider's ``name`` in its table, if any."""
        return self.providers.get(provider, ProviderOptions()).name


_TOP_KEYS = {"specs": "a folder", "out": "a folder", "cache-dir": "a folder", "strict": "true or false", "providers": "a table"}
_PROVIDER_KEYS = {"name": "a string", "strict": "true or false"}


def find_pyproject(start: Path) -> Path | None:
    """The nearest pyproject.toml in `start` or a folder above it."""
    for folder in [start, *start.parents]:
        candidate = folder / PYPROJECT
        if candidate.is_file():
            return candidate
    return None


def read(path: Path | None) -> FileConfig:
    """``[tool.rungen]`` of `path` (no file or no table: nothing configured)."""
    if path is None:
        return FileConfig()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read it: {exc}") from None
    table = data.get("tool", {}).get("rungen")
    if table is None:
        return FileConfig(path=path)
    where = f"{path}: [tool.rungen]"
    if not isinstance(table, dict):
        raise ConfigError(f"{where} must be a table")
    _known(table, _TOP_KEYS, where)
    base = path.parent
    providers = table.get("providers", {})
    if not isinstance(providers, dict) or not all(isinstance(v, dict) for v in providers.values()):
        raise ConfigError(f"{where}: providers must be a table of tables ([tool.rungen.providers.<provider>])")
    return FileConfig(
        path=path,
        specs=_folder(table, "specs", base, where),
        out=_folder(table, "out", base, where),
        cache_dir=_folder(table, "cache-dir", base, where),
        strict=_bool(table, "strict", where),
        providers={provider: _provider(options, f"{path}: [tool.rungen.providers.{provider}]") for provider, options in providers.items()},
    )


def settings(
    config: FileConfig,
    *,
    specs: Path | None = None,
    out: Path | None = None,
    cache_dir: Path | None = None,
    strict: bool | None = None,
    environ: dict[str, str] | None = None,
) -> Settings:
    """The flags (None: not given) over the environment over the file over the defaults."""
    env = os.environ if environ is None else environ
    env_cache = Path(env[CACHE_ENV]) if env.get(CACHE_ENV) else None
    return Settings(
        specs=specs or config.specs or Path("specs"),
        out=out or config.out or Path("generated"),
        cache_dir=cache_dir or env_cache or config.cache_dir or Path(".rungen-cache"),
        strict=strict if strict is not None else bool(config.strict),
        providers=config.providers,
        source=config.path,
    )


def _known(table: dict[str, Any], known: dict[str, str], where: str) -> None:
    for key in table:
        if key not in known:
            raise ConfigError(f"{where}: unknown key {key!r} (known: {', '.join(known)})")


def _provider(options: dict[str, Any], where: str) -> ProviderOptions:
    _known(options, _PROVIDER_KEYS, where)
    name = options.get("name")
    if name is not None and (not isinstance(name, str) or not name.isidentifier()):
        raise ConfigError(f"{where}: name must be a Python identifier, not {name!r}")
    return ProviderOptions(name=name, strict=_bool(options, "strict", where))


def _folder(table: dict[str, Any], key: str, base: Path, where: str) -> Path | None:
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{where}: {key} must be {_TOP_KEYS[key]} (a string), not {value!r}")
    path = base / value
    try:  # shown in messages: short when it is below the current folder
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def _bool(table: dict[str, Any], key: str, where: str) -> bool | None:
    value = table.get(key)
    if value is not None and not isinstance(value, bool):
        raise ConfigError(f"{where}: {key} must be true or false, not {value!r}")
    return value
