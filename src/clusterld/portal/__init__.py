"""What the portal says about the dataset, shared by VoID, the DCAT-AP catalogue, the schema.org `Dataset`, the
citations and the dumps listing: the dump formats, the releases on offer, texts per language, the licence and
RDF bytes written with the portal's prefixes.

Everything here is computed from a release's manifest (counts, statistics, dumps with sizes and checksums) and
the settings, never from the store, so describing an older release costs no more than the current one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

import yaml
from rdflib import Graph

from clusterld.errors import ReleaseError
from clusterld.graph import PREFIXES
from clusterld.iris import Minter
from clusterld.release import Release, list_releases
from clusterld.settings import Settings
from clusterld.store import reserialize

IANA = "http://www.iana.org/assignments/media-types/"
EU = "http://publications.europa.eu/resource/authority/"
PORTAL_PREFIXES = {
    **PREFIXES,
    "dcat": "http://www.w3.org/ns/dcat#", "dcatap": "http://data.europa.eu/r5r/",
    "adms": "http://www.w3.org/ns/adms#", "spdx": "http://spdx.org/rdf/terms#",
    "vcard": "http://www.w3.org/2006/vcard/ns#", "void": "http://rdfs.org/ns/void#",
    "locn": "http://www.w3.org/ns/locn#", "gsp": "http://www.opengis.net/ont/geosparql#",
}


@dataclass(frozen=True)
class DumpFormat:
    """How one dump file is described: its syntax, media type, EU file type and what it holds."""

    name: str
    media_type: str
    file_type: str  # code in the EU file-type vocabulary
    w3c_format: str  # local name in http://www.w3.org/ns/formats/
    holds: str


DUMP_FORMATS = {
    "clusterld.nt.gz": DumpFormat("N-Triples", "application/n-triples", "RDF_N_TRIPLES", "N-Triples",
                                  "every distinct triple of the release, one per line, sorted"),
    "clusterld.nq.gz": DumpFormat("N-Quads", "application/n-quads", "RDF_N_QUADS", "N-Quads",
                                  "every quad, keeping the named graph of each article, sorted"),
    "clusterld.ttl.gz": DumpFormat("Turtle", "text/turtle", "RDF_TURTLE", "Turtle",
                                   "every distinct triple of the release, by subject"),
    "clusterld.trig.gz": DumpFormat("TriG", "application/trig", "RDF_TRIG", "TriG",
                                    "every named graph of the release, one per article"),
    "clusterld.jsonld.gz": DumpFormat("JSON-LD", "application/ld+json", "JSON_LD", "JSON-LD",
                                      "every distinct triple, one node per subject, with the published context"),
}
# files of a dumps folder that describe the data rather than hold it
METADATA_FILES = {"context.jsonld": "application/ld+json", "SHA256SUMS": "text/plain"}
GZIP = "application/gzip"


@dataclass(frozen=True)
class Licence:
    """A known licence: short name, SPDX id, ADMS licence types and its code in the EU licence vocabulary."""

    name: str
    spdx: str
    types: tuple[str, ...]
    eu_code: str | None


LICENCES = {
    "https://creativecommons.org/licenses/by/4.0/": Licence("CC BY 4.0", "CC-BY-4.0", ("Attribution",), "CC_BY_4_0"),
    "https://creativecommons.org/licenses/by-sa/4.0/": Licence("CC BY-SA 4.0", "CC-BY-SA-4.0",
                                                               ("Attribution", "ShareAlike"), "CC_BYSA_4_0"),
    "https://creativecommons.org/publicdomain/zero/1.0/": Licence("CC0 1.0", "CC0-1.0", ("PublicDomain",), "CC0"),
    "http://opendatacommons.org/licenses/odbl/1-0/": Licence("ODbL 1.0", "ODbL-1.0", ("Attribution", "ShareAlike"),
                                                             None),
}


def licence(iri: str) -> Licence | None:
    """What is known about a licence IRI (with or without its trailing slash)."""
    return LICENCES.get(iri) or LICENCES.get(iri + "/")


def texts(pairs: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    """(language, text) pairs of a setting grouped by language, in the order given."""
    grouped: dict[str, list[str]] = {}
    for language, text in pairs:
        grouped.setdefault(language, []).append(text)
    return grouped


def text(pairs: Sequence[tuple[str, str]], language: str = "en") -> str:
    """The text of a setting in `language`, else the first one given."""
    grouped = texts(pairs)
    return (grouped.get(language) or next(iter(grouped.values()), [""]))[0]


def data_dumps(manifest: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The data files of a release (the manifest's dumps that hold triples), in the manifest's order."""
    return [dict(d) for d in manifest.get("dumps", ()) if d["name"] in DUMP_FORMATS]


def published(manifest: Mapping[str, Any]) -> tuple[str, str] | None:
    """First and last day of the articles' publication dates in a release, if it has dated articles."""
    period = (manifest.get("statistics") or {}).get("published")
    return (period["first"], period["last"]) if period else None


def first_issued(settings: Settings, releases: Sequence[Mapping[str, Any]]) -> str:
    """When the dataset was first published: the setting, else the creation of the oldest release kept."""
    return settings.first_issued or str(releases[-1]["created"])


def available_releases(build_dir: Path, served: Release) -> list[Release]:
    """The served release and the older releases still on disk, newest first.

    A release built after the served one is left out until a server serves it; a folder whose manifest cannot be
    read makes the list fall back to the served release alone rather than fail."""
    try:
        older = [r for r in list_releases(build_dir) if r.id < served.id]
    except ReleaseError:
        older = []
    return [served, *older]


def dumps_listing(releases: Sequence[Release], settings: Settings) -> dict[str, Any]:
    """What the dumps listing shows (as JSON, and as the HTML page): every release kept, and each file with its
    URL, format, size and SHA-256."""
    mint = Minter(settings.base)
    listed = []
    for index, release in enumerate(releases):
        files = []
        for dump in release.manifest.get("dumps", ()):
            fmt = DUMP_FORMATS.get(dump["name"])
            files.append({
                "name": dump["name"], "url": str(mint.dump(release.id, dump["name"])), "size": int(dump["size"]),
                "sha256": dump["sha256"], "media_type": fmt.media_type if fmt else dump["media_type"],
                "format": fmt.name if fmt else "JSON-LD context", "compression": "gzip" if fmt else None,
                "content_type": GZIP if fmt else dump["media_type"],
            })
        listed.append({
            "release": release.id, "created": release.manifest["created"], "current": index == 0,
            "triples": release.manifest["counts"]["triples"], "url": mint.dumps(release.id),
            "checksums": str(mint.dump(release.id, "SHA256SUMS")), "void": str(mint.void(release.id)),
            "files": files,
        })
    return {"dataset": str(mint.dataset), "catalog": str(mint.catalog), "void": str(mint.void()),
            "licence": settings.licence, "latest": releases[0].id, "releases": listed}


def rdf_bytes(graph: Graph, extension: str) -> bytes:
    """`graph` as Turtle, N-Triples, RDF/XML or JSON-LD, byte-identical for the same triples."""
    lines = sorted(line for line in graph.serialize(format="nt", encoding="utf-8").splitlines(keepends=True)
                   if line.strip())
    if extension == "nt":
        return b"".join(lines)
    if extension == "jsonld":
        ordered = Graph(bind_namespaces="none")
        ordered.parse(data=b"".join(lines), format="nt")
        data = json.loads(ordered.serialize(format="json-ld", context=dict(PORTAL_PREFIXES), auto_compact=True))
        if isinstance(data.get("@graph"), list):
            data["@graph"].sort(key=lambda node: str(node.get("@id", "")))
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()
    return reserialize(b"".join(lines), extension, PORTAL_PREFIXES)


@dataclass(frozen=True)
class Citation:
    """How to cite the dataset or one entity of it: a sentence and a BibTeX entry."""

    text: str
    bibtex: str


def citation(settings: Settings, manifest: Mapping[str, Any], iri: str | None = None,
             label: str | None = None) -> Citation:
    """The citation of the dataset's release in `manifest`, or of the entity `iri` (named `label`) in it."""
    release, year = str(manifest["release"]), str(manifest["created"])[:4]
    title, publisher = text(settings.title), settings.publisher_name
    known = licence(settings.licence)
    licence_name = known.name if known else settings.licence
    url = iri or Minter(settings.base).page("/")
    if iri:
        sentence = (f"{publisher} ({year}). {label or iri}. In {title} [Data set], release {release}. {iri}. "
                    f"Licensed under {licence_name}.")
    else:
        sentence = f"{publisher} ({year}). {title} [Data set], release {release}. {url}. Licensed under {licence_name}."
    key = "clusterld-" + (iri.rstrip("/").rsplit("/", 1)[-1] if iri else release.lower())
    bibtex = (f"@misc{{{key},\n  author = {{{{{publisher}}}}},\n  title = {{{{{label or title}}}}},\n"
              + (f"  howpublished = {{In {title}}},\n" if iri else "")
              + f"  year = {{{year}}},\n  version = {{{release}}},\n  url = {{{url}}},\n"
              f"  note = {{Licensed under {licence_name}}}\n}}\n")
    return Citation(sentence, bibtex)


def citation_cff(settings: Settings, manifest: Mapping[str, Any] | None) -> str:
    """CITATION.cff (Citation File Format 1.2.0) for the dataset; with a release's manifest, for that release."""
    known = licence(settings.licence)
    data: dict[str, Any] = {
        "cff-version": "1.2.0",
        "message": "If you use this dataset, please cite it as below.",
        "type": "dataset",
        "title": text(settings.title),
        "abstract": text(settings.description),
        "authors": [{"name": settings.publisher_name}],
        "url": Minter(settings.base).page("/"),
        "repository": Minter(settings.base).dumps(),
        "keywords": texts(settings.keywords).get("en", []),
        **({"license": known.spdx} if known else {"license-url": settings.licence}),
    }
    if manifest is not None:
        data["version"] = str(manifest["release"])
        data["date-released"] = str(manifest["created"])[:10]
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)


def schema_org_dataset(settings: Settings, manifest: Mapping[str, Any]) -> dict[str, Any]:
    """The schema.org `Dataset` of the current release, for the JSON-LD block of the home page."""
    mint = Minter(settings.base)
    release = str(manifest["release"])
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "@id": str(mint.dataset),
        "name": text(settings.title),
        "description": text(settings.description),
        "url": mint.page("/"),
        "identifier": str(mint.dataset),
        "version": release,
        "dateModified": str(manifest["created"]),
        "keywords": texts(settings.keywords).get("en", []),
        "license": settings.licence,
        "isAccessibleForFree": True,
        "creator": {"@type": "Organization", "name": settings.publisher_name,
                    **({"@id": settings.publisher} if settings.publisher else {})},
        "publisher": {"@type": "Organization", "name": settings.publisher_name},
        "citation": citation(settings, manifest).text,
        "includedInDataCatalog": {"@type": "DataCatalog", "@id": str(mint.catalog), "name": text(settings.title)},
        "spatialCoverage": [{"@type": "Place", "@id": iri, "name": name} for iri, name, _, _ in settings.spatial],
        "distribution": [
            {"@type": "DataDownload", "name": f"{DUMP_FORMATS[d['name']].name} dump (gzip)",
             "contentUrl": str(mint.dump(release, d["name"])), "encodingFormat": DUMP_FORMATS[d["name"]].media_type,
             "contentSize": f"{d['size']} B"}
            for d in data_dumps(manifest)
        ],
    }
    period = published(manifest)
    if period:
        data["temporalCoverage"] = f"{period[0]}/{period[1]}"
    return data
