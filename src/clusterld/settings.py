"""One frozen `Settings`: every knob clusterld has, with its default, environment variable and help text."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Mapping

from clusterld.errors import InputError, Problem


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    """Configuration for every stage; built once from defaults, environment and command line."""

    root: Path = _setting(Path("."), "Project folder holding data/, ontology/, shapes/ and build/.")
    base: str = _setting("https://clusterld.org", "Base IRI of every minted IRI; never taken from the Host header.")
    publish_text: bool = _setting(
        False, "Publish the full text of documents whose front matter says `publish_text: true`."
    )
    keep_releases: int = _setting(5, "How many releases (and their dumps) to keep under build/releases/.")
    validation_workers: int = _setting(
        2, "Processes that validate a large release in parts (releases of fewer than 50 graphs use one)."
    )
    host: str = _setting("127.0.0.1", "Interface `clusterld serve` listens on.")
    port: int = _setting(8000, "Port `clusterld serve` listens on.")
    query_timeout: float = _setting(
        30.0, "Wall-clock seconds a SPARQL query may run; its worker is killed past it (503)."
    )
    max_rows: int = _setting(10000, "Most result rows a SPARQL response carries; more are cut with a truncation header.")
    max_concurrent_queries: int = _setting(4, "Queries running at once; more get 429 with Retry-After.")
    max_query_bytes: int = _setting(
        100_000, "Largest SPARQL request read, as a POST body or a GET query string (413 or 414 past it)."
    )
    query_workers: int = _setting(2, "Worker processes that run SPARQL queries.")
    query_memory_store: bool = _setting(
        True, "Query workers copy the release store into memory when they start: joins run several times faster "
        "than on disk, at the cost of one copy of the data per worker."
    )
    query_worker_start_timeout: float = _setting(
        300.0, "Seconds a query worker may take to open (and copy) the release store before it counts as failed."
    )
    retry_after: int = _setting(1, "Seconds a client is told to wait (Retry-After) when the concurrency cap turns it away (429).")
    page_size: int = _setting(50, "Entities per page in type listings and search results.")
    licence: str = _setting(
        "https://creativecommons.org/licenses/by/4.0/",
        "Licence IRI of the published data: sent as Link rel=\"license\" and shown in every page's footer.",
    )
    default_language: str = _setting(
        "en", "Language of labels on pages when neither ?lang= nor Accept-Language names one the data has."
    )
    network_max_nodes: int = _setting(60, "Most nodes in the home page's network picture (the best-connected ones).")

    @property
    def build_dir(self) -> Path:
        return self.root / "build"

    def with_overrides(self, **values: Any) -> "Settings":
        """Return a copy with the given non-None values replaced."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


def env_name(name: str) -> str:
    return f"CLUSTERLD_{name.upper()}"


def settings_from_env(environ: Mapping[str, str], **overrides: Any) -> Settings:
    """Build Settings from CLUSTERLD_* environment variables, then explicit overrides (command line)."""
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    for f in fields(Settings):
        raw = environ.get(env_name(f.name))
        if raw is None:
            continue
        try:
            values[f.name] = _convert(raw, f.default)
        except ValueError:
            problems.append(Problem(Path(env_name(f.name)), None, f.name, f"cannot read {raw!r} as {type(f.default).__name__}"))
    if problems:
        raise InputError(problems)
    settings = Settings(**values).with_overrides(**overrides)
    return replace(settings, base=settings.base.rstrip("/"), root=Path(settings.root))


def _convert(raw: str, default: Any) -> Any:
    if isinstance(default, bool):
        if raw.lower() in {"1", "true", "yes", "on"}:
            return True
        if raw.lower() in {"0", "false", "no", "off"}:
            return False
        raise ValueError(raw)
    if isinstance(default, Path):
        return Path(raw)
    return type(default)(raw)


def describe_settings() -> list[tuple[str, str, Any, str]]:
    """(name, environment variable, default, help) for every setting, for docs and `--help`."""
    return [(f.name, env_name(f.name), f.default, f.metadata["help"]) for f in fields(Settings)]


def current_environ() -> Mapping[str, str]:
    return os.environ
