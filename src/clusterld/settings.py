"""One frozen `Settings`: every knob clusterld has, with its default, environment variable and help text."""

from __future__ import annotations

import json
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
    host: str = _setting("127.0.0.1", "Interface `clusterld serve` listens on.")
    port: int = _setting(8000, "Port `clusterld serve` listens on.")
    web_workers: int = _setting(
        1, "Processes `clusterld serve` answers requests in (--workers), on one port; each runs its own "
        "query_workers, and with pages in memory they share one copy of the store."
    )
    page_memory_max_quads: int = _setting(
        6_000_000, "Largest release (in quads) whose pages `clusterld serve` reads from a copy of the store in "
        "memory (about 0.4 GB per million quads; a page is then several times faster): the copy is loaded at "
        "start while pages are read from disk. Larger releases are read from disk; 0: always from disk."
    )
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
    query_memory_max_quads: int = _setting(
        2_000_000, "Largest release (in quads) query workers copy into memory (with query_memory_store); a larger "
        "one is queried on disk, so that each worker does not hold a copy of it (about 0.4 GB per million quads)."
    )
    query_worker_start_timeout: float = _setting(
        300.0, "Seconds a query worker may take to open (and copy) the release store before it counts as failed."
    )
    retry_after: int = _setting(1, "Seconds a client is told to wait (Retry-After) when the concurrency cap turns it away (429).")
    query_memory_mb: int = _setting(
        4096, "Memory (MiB) a query worker may take beyond the store it holds; a query needing more ends its worker "
        "(500, the worker is replaced) instead of exhausting the machine. 0: no limit."
    )
    store: str = _setting(
        "embedded", "Where the release's triples live: `embedded` (a pyoxigraph store in the release folder) or "
        "`remote` (an existing SPARQL 1.1 store reached over HTTP; credentials come only from the environment: "
        "CLUSTERLD_STORE_USER and CLUSTERLD_STORE_PASSWORD for basic authentication, or CLUSTERLD_STORE_TOKEN for a "
        "bearer token)."
    )
    store_query_url: str = _setting("", "The remote store's SPARQL 1.1 query endpoint, e.g. http://127.0.0.1:7878/query.")
    store_gsp_url: str = _setting(
        "", "The remote store's Graph Store Protocol endpoint, e.g. http://127.0.0.1:7878/store (graphs are written "
        "and removed through it)."
    )
    store_update_url: str = _setting(
        "", "The remote store's SPARQL 1.1 Update endpoint (optional): used to remove a release's graphs in one "
        "request where given; clusterld never forwards a client's update to it."
    )
    store_timeout: float = _setting(
        60.0, "Seconds clusterld waits for the remote store on one request of its own (a graph upload, a page "
        "lookup); a SPARQL query from a client is held to query_timeout instead."
    )
    store_timeout_parameter: str = _setting(
        "", "Query parameter through which the remote store takes a time limit in milliseconds (Virtuoso: "
        "`timeout`); clusterld sends query_timeout there, so the store stops the work too. Empty: none is sent "
        "(give the store its own limit, e.g. `oxigraph serve --timeout-s`)."
    )
    store_pointer_ttl: float = _setting(
        2.0, "Seconds `clusterld serve` on a remote store trusts the release pointer it read before reading it "
        "again: a newly published release is served by every web process at most this long after the switch."
    )
    page_size: int = _setting(50, "Entities per page in type listings and search results.")
    search_max_matches: int = _setting(
        2000, "Most matches a search counts and ranks: a query matching more (a common word, a short prefix) ranks "
        "the first this many in the index's order (by IRI) and says there are more, so that every search answers in "
        "a bounded time. 0: every match is ranked, however many."
    )
    licence: str = _setting(
        "https://creativecommons.org/licenses/by/4.0/",
        "Licence IRI of the published data: sent as Link rel=\"license\" and shown in every page's footer.",
    )
    default_language: str = _setting(
        "en", "Language of labels on pages when neither ?lang= nor Accept-Language names one the data has."
    )
    network_max_nodes: int = _setting(60, "Most nodes in the home page's network picture (the best-connected ones).")
    graph_page_max_triples: int = _setting(
        5_000, "Largest named graph (in triples) whose HTML page lists its subjects; a larger one (the registry) gets "
        "a summary linking to the graph in every RDF format, the dumps and the type listings, so that its page "
        "answers at once instead of labelling every subject."
    )
    page_network_cache: int = _setting(
        20_000, "Entity pages whose network picture a web process keeps once laid out (the most recently shown; "
        "a few kB each): laying out a large neighbourhood takes longer than the rest of its page. 0: none kept."
    )
    title: tuple[tuple[str, str], ...] = _setting(
        (("en", "clusterld: business clusters in the news"),
         ("ca", "clusterld: clústers empresarials a les notícies"),
         ("es", "clusterld: clústeres empresariales en las noticias")),
        "Title of the dataset per language (DCAT, VoID, schema.org, CITATION.cff); in the environment a JSON object "
        "of language to text.",
    )
    description: tuple[tuple[str, str], ...] = _setting(
        (("en", "Business clusters, the organisations that run them, their programmes, agreements, missions, people "
                "and figures, read from news articles and published as Linked Open Data; every fact cites the "
                "sentence of the article it comes from."),
         ("ca", "Clústers empresarials, les organitzacions que els gestionen, els seus programes, acords, missions, "
                "persones i xifres, extrets d'articles de notícies i publicats com a dades obertes enllaçades; cada "
                "fet cita la frase de l'article d'on prové."),
         ("es", "Clústeres empresariales, las organizaciones que los gestionan, sus programas, acuerdos, misiones, "
                "personas y cifras, extraídos de artículos de noticias y publicados como datos abiertos enlazados; "
                "cada hecho cita la frase del artículo de donde proviene.")),
        "Description of the dataset per language; in the environment a JSON object of language to text.",
    )
    keywords: tuple[tuple[str, str], ...] = _setting(
        (("en", "business clusters"), ("en", "cluster organisations"), ("en", "innovation"),
         ("en", "life sciences"), ("en", "health technology"), ("en", "linked open data"),
         ("ca", "clústers empresarials"), ("ca", "organitzacions clúster"), ("ca", "innovació"),
         ("ca", "ciències de la vida"), ("ca", "tecnologia sanitària"), ("ca", "dades obertes enllaçades"),
         ("es", "clústeres empresariales"), ("es", "organizaciones clúster"), ("es", "innovación"),
         ("es", "ciencias de la vida"), ("es", "tecnología sanitaria"), ("es", "datos abiertos enlazados")),
        "Keywords per language (dcat:keyword, schema:keywords); in the environment a JSON object of language to a "
        "list of keywords.",
    )
    themes: tuple[str, ...] = _setting(
        ("ECON", "REGI", "TECH"),
        "Codes from the EU data-theme vocabulary (dcat:theme: ECON, REGI, TECH, HEAL, …); space-separated in the "
        "environment.",
    )
    spatial: tuple[tuple[str, str, str, str], ...] = _setting(
        (("http://publications.europa.eu/resource/authority/country/ESP", "Spain", "POINT(-3.70 40.42)",
          "POLYGON((-18.17 27.64, 4.33 27.64, 4.33 43.79, -18.17 43.79, -18.17 27.64))"),
         ("https://sws.geonames.org/3336901/", "Catalonia", "POINT(1.53 41.80)",
          "POLYGON((0.16 40.52, 3.33 40.52, 3.33 42.86, 0.16 42.86, 0.16 40.52))"),
         ("http://publications.europa.eu/resource/authority/country/USA", "United States", "POINT(-98.58 39.83)",
          "POLYGON((-179.15 18.91, -66.95 18.91, -66.95 71.39, -179.15 71.39, -179.15 18.91))"),
         ("https://sws.geonames.org/6254926/", "Massachusetts", "POINT(-71.81 42.26)",
          "POLYGON((-73.51 41.24, -69.93 41.24, -69.93 42.89, -73.51 42.89, -73.51 41.24))")),
        "Places the data covers (dct:spatial): IRI (EU country or place vocabulary, else GeoNames), name, WKT "
        "centroid and WKT bounding box; in the environment a JSON list of such 4-item lists.",
    )
    publisher: str = _setting(
        "", "IRI of the publisher (dct:publisher), e.g. its Wikidata item; empty: {base}/catalog#publisher."
    )
    publisher_name: str = _setting("clusterld project", "Name of the publisher, also the author in citations.")
    publisher_type: str = _setting(
        "NonProfitOrganisation",
        "Kind of publisher from the ADMS publisher-type vocabulary (Company, NonProfitOrganisation, "
        "RegionalAuthority, Academia-ScientificOrganisation, …).",
    )
    contact_name: str = _setting("clusterld editors", "Name of the contact point for the data (dcat:contactPoint).")
    contact_email: str = _setting("data@clusterld.org", "E-mail address of the contact point.")
    first_issued: str = _setting(
        "", "Date (ISO 8601) the dataset was first published (dct:issued); empty: the oldest release kept."
    )
    frequency: str = _setting(
        "IRREG", "How often releases come, as a code of the EU frequency vocabulary (dct:accrualPeriodicity)."
    )
    sitemap_size: int = _setting(50000, "Most URLs per sitemap file (the sitemaps protocol allows 50,000).")

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
    if isinstance(default, tuple):
        return _tuple(raw)
    return type(default)(raw)


def _tuple(raw: str) -> tuple:
    """A tuple setting from text: JSON, where an object of language to text (or to a list of texts) becomes
    (language, text) pairs and a list of lists a tuple of tuples; anything else is words separated by spaces."""
    text = raw.strip()
    if not text.startswith(("{", "[")):
        return tuple(text.split())
    data = json.loads(text)  # a JSONDecodeError is a ValueError: reported like any unreadable setting
    if isinstance(data, dict):
        return tuple((str(key), str(value)) for key, values in data.items()
                     for value in (values if isinstance(values, list) else [values]))
    return tuple(tuple(str(part) for part in item) if isinstance(item, list) else str(item) for item in data)


def describe_settings() -> list[tuple[str, str, Any, str]]:
    """(name, environment variable, default, help) for every setting, for docs and `--help`."""
    return [(f.name, env_name(f.name), f.default, f.metadata["help"]) for f in fields(Settings)]
