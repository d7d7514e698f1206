"""The DCAT-AP 3.0.1 catalogue of the releases kept, built from their manifests and the settings.

    {base}/catalog                      dcat:Catalog
      dcat:dataset  #dataset            the dataset, always the current release (also a void:Dataset)
      dcat:service  #sparql             dcat:DataService for {base}/sparql
    #releases                           dcat:DatasetSeries of the releases
    #release-{id}                       one dcat:Dataset per release kept, dcat:inSeries #releases
    #release-{id}-{file}                one dcat:Distribution per dump file of that release

Every mandatory and recommended DCAT-AP 3.0.1 property is filled, and every resource a DCAT-AP shape
constrains by class is typed (licence, location, period, concepts, standards, …) so the catalogue validates
against the SEMIC shapes. The terms are those DCAT-AP 2.1.1 has too (data.europa.eu converts to 2.1.1): the
DCAT 3 links between versions (`dcat:hasVersion`, `dcat:inSeries`, `dcat:version`) come with their 2.1.1
counterparts (`dct:hasVersion`, `dct:isVersionOf`, `owl:versionInfo`). No blank nodes: the same releases and
settings give the same bytes, so harvesters that hash datasets see a change only when there is one.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, RDF, RDFS, SKOS, XSD

from clusterld.iris import ONTOLOGY_IRI, SHAPES_IRI, Minter
from clusterld.portal import DUMP_FORMATS, EU, GZIP, IANA, PORTAL_PREFIXES, data_dumps, first_issued, licence, \
    published, texts
from clusterld.settings import Settings

DCAT = Namespace(PORTAL_PREFIXES["dcat"])
DCATAP = Namespace(PORTAL_PREFIXES["dcatap"])
SPDX = Namespace(PORTAL_PREFIXES["spdx"])
VCARD = Namespace(PORTAL_PREFIXES["vcard"])
VOID = Namespace(PORTAL_PREFIXES["void"])
GSP = Namespace(PORTAL_PREFIXES["gsp"])
ADMS_PUBLISHER = "http://purl.org/adms/publishertype/"
ADMS_LICENCE = "http://purl.org/adms/licencetype/"
SPARQL_PROTOCOL = URIRef("https://www.w3.org/TR/sparql11-protocol/")
AVAILABILITY = URIRef(EU + "planned-availability/AVAILABLE")  # kept while `keep_releases` allows: medium term
THEME_SCHEME = URIRef(EU + "data-theme")
THEMES = {
    "AGRI": "Agriculture, fisheries, forestry and food", "ECON": "Economy and finance",
    "EDUC": "Education, culture and sport", "ENER": "Energy", "ENVI": "Environment",
    "GOVE": "Government and public sector", "HEAL": "Health", "INTR": "International issues",
    "JUST": "Justice, legal system and public safety", "REGI": "Regions and cities", "SOCI": "Population and society",
    "TECH": "Science and technology", "TRAN": "Transport",
}
LANGUAGES = {"en": "ENG", "ca": "CAT", "es": "SPA", "fr": "FRA", "de": "DEU", "it": "ITA", "pt": "POR", "nl": "NLD",
             "eu": "EUS", "gl": "GLG"}
PROVENANCE = ("Curated from news articles: every fact names the article it was read from and carries the exact "
              "quote that supports it (with character offsets), and every release is checked against SHACL shapes "
              "before it is published.")


def _date(value: str) -> Literal:
    """An ISO 8601 date or date-time as a typed literal."""
    return Literal(value, datatype=XSD.dateTime if "T" in value else XSD.date)


class _Builder:
    """Writes the catalogue of `releases` (newest, the served one, first) into one graph."""

    def __init__(self, releases: Sequence[Mapping[str, Any]], settings: Settings) -> None:
        self.releases, self.settings = releases, settings
        self.mint = Minter(settings.base)
        self.g = Graph(bind_namespaces="none")
        for prefix, namespace in PORTAL_PREFIXES.items():
            self.g.bind(prefix, namespace)
        self.publisher = URIRef(settings.publisher) if settings.publisher else self.mint.catalog_node("publisher")
        self.contact = self.mint.catalog_node("contact")
        self.licence = URIRef(settings.licence)

    def add(self, subject: URIRef, *pairs: tuple[URIRef, Any]) -> None:
        for predicate, value in pairs:
            self.g.add((subject, predicate, value))

    def texts(self, subject: URIRef, predicate: URIRef, pairs: Sequence[tuple[str, str]], suffix: str = "") -> None:
        for language, values in texts(pairs).items():
            for value in values:
                self.g.add((subject, predicate, Literal(value + suffix, lang=language)))

    def typed(self, iri: URIRef, kind: URIRef, label: str | None = None,
              label_predicate: URIRef = SKOS.prefLabel) -> URIRef:
        """A referenced resource with the type a DCAT-AP shape expects of it (and a label where one is required)."""
        self.g.add((iri, RDF.type, kind))
        if label is not None:
            self.g.add((iri, label_predicate, Literal(label, lang="en")))
        return iri

    def shared(self) -> None:
        """Publisher, contact point, licence, themes, places, languages and standards every description uses."""
        s = self.settings
        home = self.typed(URIRef(self.mint.page("/")), FOAF.Document)
        self.add(self.publisher, (RDF.type, FOAF.Agent), (RDF.type, FOAF.Organization),
                 (FOAF.name, Literal(s.publisher_name)), (FOAF.homepage, home),
                 (DCTERMS.type, self.typed(URIRef(ADMS_PUBLISHER + s.publisher_type), SKOS.Concept, s.publisher_type)))
        self.add(self.contact, (RDF.type, VCARD.Kind), (RDF.type, VCARD.Organization),
                 (VCARD.fn, Literal(s.contact_name)), (VCARD.hasEmail, URIRef(f"mailto:{s.contact_email}")),
                 (VCARD.hasURL, home))
        known = licence(s.licence)
        self.typed(self.licence, DCTERMS.LicenseDocument, known.name if known else None, DCTERMS.title)
        for kind in known.types if known else ():
            self.add(self.licence, (DCTERMS.type, self.typed(URIRef(ADMS_LICENCE + kind), SKOS.Concept, kind)))
        if known and known.eu_code:
            self.add(self.licence, (SKOS.exactMatch, URIRef(f"{EU}licence/{known.eu_code}")))
        self.typed(THEME_SCHEME, SKOS.ConceptScheme, "Data theme", DCTERMS.title)
        for code in s.themes:
            self.add(self.typed(URIRef(f"{EU}data-theme/{code}"), SKOS.Concept, THEMES.get(code, code)),
                     (SKOS.inScheme, THEME_SCHEME))
        for iri, name, centroid, bbox in s.spatial:
            self.add(self.typed(URIRef(iri), DCTERMS.Location, name),
                     (DCAT.centroid, Literal(centroid, datatype=GSP.wktLiteral)),
                     (DCAT.bbox, Literal(bbox, datatype=GSP.wktLiteral)))
        for language in self.languages():
            self.typed(language, DCTERMS.LinguisticSystem)
        self.typed(URIRef(f"{EU}frequency/{s.frequency}"), DCTERMS.Frequency)
        self.typed(URIRef(f"{EU}access-right/PUBLIC"), DCTERMS.RightsStatement, "public")
        self.typed(AVAILABILITY, SKOS.Concept, "available")
        self.typed(ONTOLOGY_IRI, DCTERMS.Standard, "clusterld cluster ontology", DCTERMS.title)
        self.typed(SHAPES_IRI, DCTERMS.Standard, "clusterld SHACL shapes", DCTERMS.title)
        self.typed(SPARQL_PROTOCOL, DCTERMS.Standard, "SPARQL 1.1 Protocol", DCTERMS.title)
        self.add(self.typed(self.mint.catalog_node("provenance"), DCTERMS.ProvenanceStatement),
                 (RDFS.label, Literal(PROVENANCE, lang="en")))
        self.typed(URIRef(IANA + GZIP), DCTERMS.MediaType)

    def languages(self) -> list[URIRef]:
        """The EU language IRIs of the languages the titles are given in."""
        return [URIRef(f"{EU}language/{LANGUAGES[lang]}") for lang in texts(self.settings.title) if lang in LANGUAGES]

    def described(self, subject: URIRef, suffix: str = "") -> None:
        """What a dataset, a release or the series share: texts, publisher, contact, coverage, themes, keywords."""
        s = self.settings
        self.texts(subject, DCTERMS.title, s.title, suffix)
        self.texts(subject, DCTERMS.description, s.description)
        self.texts(subject, DCAT.keyword, s.keywords)
        self.add(subject, (DCTERMS.publisher, self.publisher), (DCTERMS.creator, self.publisher),
                 (DCAT.contactPoint, self.contact),
                 (DCTERMS.accrualPeriodicity, URIRef(f"{EU}frequency/{s.frequency}")),
                 (DCTERMS.accessRights, URIRef(f"{EU}access-right/PUBLIC")), (DCTERMS.license, self.licence),
                 (DCAT.landingPage, URIRef(self.mint.page("/"))),
                 (DCTERMS.provenance, self.mint.catalog_node("provenance")),
                 (DCTERMS.conformsTo, ONTOLOGY_IRI), (DCTERMS.conformsTo, SHAPES_IRI))
        self.add(subject, *((DCAT.theme, URIRef(f"{EU}data-theme/{code}")) for code in s.themes))
        self.add(subject, *((DCTERMS.spatial, URIRef(iri)) for iri, _, _, _ in s.spatial))
        self.add(subject, *((DCTERMS.language, language) for language in self.languages()))

    def dataset(self, subject: URIRef, manifest: Mapping[str, Any], suffix: str = "") -> None:
        """A dataset holding the release in `manifest`: its description, dates, coverage and distributions."""
        release = str(manifest["release"])
        self.add(subject, (RDF.type, DCAT.Dataset), (DCTERMS.identifier, Literal(str(subject))),
                 (DCTERMS.modified, _date(str(manifest["created"]))), (DCAT.version, Literal(release)),
                 (OWL.versionInfo, Literal(release)))
        self.described(subject, suffix)
        period = published(manifest)
        if period:
            node = self.mint.catalog_node(f"period-{release}")
            self.add(node, (RDF.type, DCTERMS.PeriodOfTime), (DCAT.startDate, _date(period[0])),
                     (DCAT.endDate, _date(period[1])))
            self.add(subject, (DCTERMS.temporal, node))
        for dump in data_dumps(manifest):
            self.add(subject, (DCAT.distribution, self.distribution(manifest, dump)))

    def distribution(self, manifest: Mapping[str, Any], dump: Mapping[str, Any]) -> URIRef:
        """The distribution of one dump file: where to get it, its formats, size, checksum and licence."""
        release, name, fmt = str(manifest["release"]), str(dump["name"]), DUMP_FORMATS[dump["name"]]
        node, url = self.mint.distribution(release, name), self.mint.dump(release, name)
        checksum = self.mint.catalog_node(f"release-{release}-{name}-sha256")
        description = f"Release {release}: {fmt.holds}; {fmt.name}, gzip-compressed."
        self.add(node, (RDF.type, DCAT.Distribution), (DCTERMS.title, Literal(f"{fmt.name} dump (gzip)", lang="en")),
                 (DCTERMS.description, Literal(description, lang="en")),
                 (DCAT.downloadURL, url), (DCAT.accessURL, url),
                 (DCAT.mediaType, self.typed(URIRef(IANA + fmt.media_type), DCTERMS.MediaType)),
                 (DCAT.compressFormat, URIRef(IANA + GZIP)),
                 (DCTERMS.format, self.typed(URIRef(f"{EU}file-type/{fmt.file_type}"), DCTERMS.MediaTypeOrExtent)),
                 (DCAT.byteSize, Literal(int(dump["size"]), datatype=XSD.nonNegativeInteger)),
                 (SPDX.checksum, checksum), (DCTERMS.license, self.licence), (DCATAP.availability, AVAILABILITY),
                 (DCTERMS.issued, _date(str(manifest["created"]))),
                 (DCTERMS.modified, _date(str(manifest["created"]))), (DCTERMS.conformsTo, ONTOLOGY_IRI))
        self.add(checksum, (RDF.type, SPDX.Checksum),
                 (SPDX.algorithm, self.typed(SPDX.checksumAlgorithm_sha256, SPDX.ChecksumAlgorithm)),
                 (SPDX.checksumValue, Literal(str(dump["sha256"]), datatype=XSD.hexBinary)))
        return node

    def build(self) -> Graph:
        s, mint, current = self.settings, self.mint, self.releases[0]
        issued = _date(first_issued(s, self.releases))
        modified = _date(str(current["created"]))
        self.shared()
        catalog, dataset = mint.catalog, mint.dataset
        series, service = mint.catalog_node("releases"), mint.catalog_node("sparql")
        self.add(catalog, (RDF.type, DCAT.Catalog), (DCTERMS.publisher, self.publisher),
                 (FOAF.homepage, URIRef(mint.page("/"))), (DCTERMS.license, self.licence), (DCTERMS.issued, issued),
                 (DCTERMS.modified, modified), (DCAT.themeTaxonomy, THEME_SCHEME), (DCAT.dataset, dataset),
                 (DCAT.service, service))
        self.texts(catalog, DCTERMS.title, s.title)
        self.texts(catalog, DCTERMS.description, s.description)
        self.add(catalog, *((DCTERMS.spatial, URIRef(iri)) for iri, _, _, _ in s.spatial))
        self.add(catalog, *((DCTERMS.language, language) for language in self.languages()))

        self.dataset(dataset, current)
        self.add(dataset, (RDF.type, VOID.Dataset), (DCTERMS.issued, issued))
        self.add(series, (RDF.type, DCAT.DatasetSeries), (DCTERMS.issued, issued), (DCTERMS.modified, modified),
                 (DCAT.first, mint.release_dataset(str(self.releases[-1]["release"]))),
                 (DCAT.last, mint.release_dataset(str(current["release"]))))
        self.described(series, " (releases)")
        for index, manifest in enumerate(self.releases):
            release = mint.release_dataset(str(manifest["release"]))
            self.dataset(release, manifest, f" (release {manifest['release']})")
            self.add(release, (DCTERMS.issued, _date(str(manifest["created"]))), (DCAT.inSeries, series),
                     (DCAT.isVersionOf, dataset), (DCTERMS.isVersionOf, dataset))
            self.add(dataset, (DCAT.hasVersion, release), (DCTERMS.hasVersion, release))
            if index + 1 < len(self.releases):
                self.add(release, (DCAT.prev, mint.release_dataset(str(self.releases[index + 1]["release"]))))

        self.add(service, (RDF.type, DCAT.DataService), (DCAT.endpointURL, mint.sparql),
                 (DCAT.endpointDescription, mint.sparql), (DCTERMS.conformsTo, SPARQL_PROTOCOL),
                 (DCAT.servesDataset, dataset), (DCTERMS.publisher, self.publisher), (DCAT.contactPoint, self.contact),
                 (DCTERMS.license, self.licence), (DCTERMS.accessRights, URIRef(f"{EU}access-right/PUBLIC")),
                 (DCAT.landingPage, self.typed(URIRef(str(mint.sparql)), FOAF.Document)))
        self.add(service, *((DCAT.theme, URIRef(f"{EU}data-theme/{code}")) for code in s.themes))
        self.texts(service, DCTERMS.title, s.title, " (SPARQL endpoint)")
        self.add(service, (DCTERMS.description, Literal(
            "Read-only SPARQL 1.1 Query endpoint over the current release; the default graph is the union of "
            "all its graphs.", lang="en")))
        self.texts(service, DCAT.keyword, s.keywords)
        return self.g


def catalog_graph(releases: Sequence[Mapping[str, Any]], settings: Settings) -> Graph:
    """The DCAT-AP catalogue of `releases` (manifests, the served release first, then older ones newest first)."""
    return _Builder(releases, settings).build()
