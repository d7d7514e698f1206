"""Sitemaps (sitemaps.org protocol 0.9) and robots.txt: a sitemap index naming the sitemaps of the site's own pages
and, per type of entity, as many sitemaps of entity pages (`{base}/doc/{type}/{slug}`) as it takes to hold at
most `sitemap_size` URLs each. Every `<lastmod>` is the release's creation time: a release is when pages change.

Entities come from the release's search index, which lists every entity under `{base}/id/` but the excerpts:
an excerpt's page is a short quote of an article, reachable from the article's page, and not worth a search
engine's crawl.
"""

from __future__ import annotations

import math
from typing import Iterable, Mapping
from xml.sax.saxutils import escape

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
SITE_SITEMAP = "site"
# the pages of the site besides the entities: home, listings, ontology, SPARQL, dumps
SITE_PATHS = ("/", "/ontology", "/sparql", "/dumps/")


def sitemap_names(counts: Mapping[str, int], size: int) -> list[str]:
    """The sitemaps of a release, `{part}-{n}` for every `size` URLs of a part: the site's pages, then each type."""
    parts = {SITE_SITEMAP: len(site_paths(counts)), **counts}
    return [f"{part}-{n}" for part, count in parts.items() for n in range(1, math.ceil(count / size) + 1)]


def parse_name(name: str) -> tuple[str, int] | None:
    """(part, page) of a sitemap's name such as `organisation-2`, or None."""
    part, _, number = name.rpartition("-")
    return (part, int(number)) if part and number.isdigit() and int(number) >= 1 else None


def site_paths(counts: Mapping[str, int]) -> list[str]:
    """The paths of the site's own pages: home, one listing per type that has entities, ontology, SPARQL, dumps."""
    return [SITE_PATHS[0], *(f"/list/{kind}" for kind in counts), *SITE_PATHS[1:]]


def sitemap_index(urls: Iterable[str], lastmod: str) -> bytes:
    """A sitemap index naming the sitemaps at `urls`."""
    entries = "".join(f"<sitemap><loc>{escape(url)}</loc><lastmod>{lastmod}</lastmod></sitemap>\n" for url in urls)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="{SITEMAP_NS}">\n{entries}'
            "</sitemapindex>\n").encode()


def urlset(urls: Iterable[str], lastmod: str) -> bytes:
    """A sitemap listing the pages at `urls`."""
    entries = "".join(f"<url><loc>{escape(url)}</loc><lastmod>{lastmod}</lastmod></url>\n" for url in urls)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{SITEMAP_NS}">\n{entries}</urlset>\n'.encode()


def robots(sitemap_url: str) -> bytes:
    """robots.txt: crawl everything but query results (SPARQL, search, graph store), and read the sitemap."""
    return (
        "User-agent: *\n"
        "Allow: /\n"
        "Disallow: /sparql?\n"
        "Disallow: /search?\n"
        "Disallow: /store\n"
        f"\nSitemap: {sitemap_url}\n"
    ).encode()
