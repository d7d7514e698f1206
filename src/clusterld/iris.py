"""The only place IRIs are minted (DESIGN §4): slash IRIs under `{base}`, plus the fixed vocabulary namespaces."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Namespace, URIRef

VOCAB = "https://w3id.org/clusterld/def/"
CL = Namespace(VOCAB + "cluster#")
SHAPES = Namespace(VOCAB + "shapes#")
ONTOLOGY_IRI = URIRef(VOCAB + "cluster")
SHAPES_IRI = URIRef(VOCAB + "shapes")

# registry kinds and fact types → the {type} segment of their IRIs
SEGMENTS = {
    "cluster": "cluster",
    "cluster-organisation": "organisation",
    "organisation": "organisation",
    "programme": "programme",
    "person": "person",
    "place": "place",
    "work": "work",
    "document": "document",
    "agreement": "agreement",
    "event": "event",
    "role": "role",
    "membership": "role",
    "observation": "observation",
    "founding": "assertion",
    "publication": "assertion",
    "participation": "assertion",
    "relation": "assertion",
    "claim": "claim",
}
ENTITY_TYPES = ("cluster", "organisation", "programme", "person", "place", "work", "document", "agreement",
                "event", "role", "observation", "assertion", "claim", "excerpt")


def concept(scheme: str, slug: str) -> URIRef:
    """IRI of a concept in one of the ontology's SKOS schemes (fixed namespace)."""
    return URIRef(f"{VOCAB}{scheme}/{slug}")


def concept_scheme(scheme: str) -> URIRef:
    return URIRef(f"{VOCAB}{scheme}")


def split_concept(iri: str) -> tuple[str, str] | None:
    """(scheme, slug) of a concept IRI in the fixed namespace, else None."""
    if not iri.startswith(VOCAB):
        return None
    parts = iri[len(VOCAB):].split("/")
    return (parts[0], parts[1]) if len(parts) == 2 and "#" not in iri else None


@dataclass(frozen=True)
class Minter:
    """Mints the IRIs of one release's data under its base."""

    base: str

    def thing(self, kind: str, slug: str) -> URIRef:
        """IRI of a registry entity, document or fact node, by registry kind or fact type."""
        return URIRef(f"{self.base}/id/{SEGMENTS[kind]}/{slug}")

    def excerpt(self, document: str, start: int, end: int) -> URIRef:
        return URIRef(f"{self.base}/id/excerpt/{document}-{start}-{end}")

    def document_graph(self, document: str) -> URIRef:
        return URIRef(f"{self.base}/graph/{document}")

    def rdf_graph(self, stem: str) -> URIRef:
        return URIRef(f"{self.base}/graph/rdf/{stem}")

    @property
    def registry_graph(self) -> URIRef:
        return URIRef(f"{self.base}/graph/registry")

    @property
    def ontology_graph(self) -> URIRef:
        return URIRef(f"{self.base}/graph/ontology")

    # The catalogue is a document at {base}/catalog; what it describes (the dataset, the releases, their
    # distributions, the SPARQL service, publisher, contact) gets hash IRIs in it, so each dereferences to the
    # catalogue without a redirect and every IRI stays the same from one build to the next.
    @property
    def catalog(self) -> URIRef:
        """The DCAT catalogue (and the document describing it)."""
        return URIRef(f"{self.base}/catalog")

    def catalog_node(self, name: str) -> URIRef:
        """A resource described in the catalogue: dataset, releases, sparql, publisher, contact, provenance, …"""
        return URIRef(f"{self.base}/catalog#{name}")

    @property
    def dataset(self) -> URIRef:
        """The dataset: always the current release (a dcat:Dataset and a void:Dataset)."""
        return self.catalog_node("dataset")

    def release_dataset(self, release: str) -> URIRef:
        """One release of the dataset, a member of the series of releases."""
        return self.catalog_node(f"release-{release}")

    def distribution(self, release: str, name: str) -> URIRef:
        """The distribution of one dump file of one release."""
        return self.catalog_node(f"release-{release}-{name}")

    def dumps(self, release: str | None = None) -> str:
        """The dumps listing: of every release kept, or of one."""
        return f"{self.base}/dumps/" + (f"{release}/" if release else "")

    def dump(self, release: str, name: str) -> URIRef:
        """The download URL of one file of one release's dumps folder."""
        return URIRef(f"{self.base}/dumps/{release}/{name}")

    def void(self, release: str | None = None) -> URIRef:
        """The VoID document: of the current release at /.well-known/void, of one release in its dumps folder."""
        return URIRef(f"{self.base}/dumps/{release}/void.ttl" if release else f"{self.base}/.well-known/void")

    @property
    def sparql(self) -> URIRef:
        """The SPARQL endpoint (its service description answers a GET without a query)."""
        return URIRef(f"{self.base}/sparql")

    def page(self, path: str) -> str:
        """The URL of a page of the site, `path` starting with "/"."""
        return f"{self.base}{path}"

    def description(self, iri: str) -> str | None:
        """The `/doc/` document URL describing an entity IRI of this base, or None."""
        prefix = f"{self.base}/id/"
        return f"{self.base}/doc/{iri[len(prefix):]}" if iri.startswith(prefix) else None
