"""Where links point. RDF always uses the canonical `{base}`; HTML links and redirects point at the server that
answered, so a release served on a laptop can be browsed there. They are absolute `{base}` URLs when the
request came to `{base}` itself, and root-relative otherwise, which the client resolves against the URL it used
(so a proxy that does not forward the public host still works, and nothing is minted from the Host header)."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from clusterld.views.ontology import term_anchor


@dataclass(frozen=True)
class Urls:
    """The canonical base, the prefix for links on this server, and this server's own root (for examples)."""

    base: str
    prefix: str
    site: str

    def local(self, path: str) -> str:
        """A link to `path` (starting with "/") on the server that answered."""
        return self.prefix + path

    def canonical(self, path: str) -> str:
        """The canonical URL of `path`, under `{base}`."""
        return self.base + path

    def href(self, iri: object) -> str:
        """Where a person clicking `iri` should go: its page on this server, the ontology page, or the IRI itself."""
        text = str(iri)
        if text.startswith(f"{self.base}/id/"):
            return self.local("/doc/" + text[len(self.base) + len("/id/"):])
        if text.startswith(f"{self.base}/"):
            return self.local(text[len(self.base):])
        anchor = term_anchor(text)
        if anchor:
            return self.local(f"/ontology#{anchor}")
        return text


def urls_for(request: Request, base: str) -> Urls:
    """The `Urls` of one request."""
    site = str(request.base_url).rstrip("/")
    prefix = base if site == base else str(request.scope.get("root_path", "")).rstrip("/")
    return Urls(base, prefix, site)
