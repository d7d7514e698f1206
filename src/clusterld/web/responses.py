"""Responses of the linked-data pages: validators (strong ETag, Last-Modified), 304s, Link headers, the CSP."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime
from typing import Callable, Iterable, Mapping

from fastapi import Request
from fastapi.responses import Response

from clusterld.web.negotiation import Offer, content_type

# literals from news text end up in pages: nothing runs but our own script, nothing loads from elsewhere
CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=86400"
# headers a 304 repeats from the 200 it stands for (RFC 9110 §15.4.5)
KEPT_ON_304 = ("cache-control", "content-location", "etag", "last-modified", "vary", "link")


def release_time(created: str) -> datetime:
    """The release's creation time (manifest `created`, ISO 8601 UTC) as an aware datetime."""
    return datetime.strptime(created, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def strong_etag(*parts: str) -> str:
    """A strong entity tag from what determines a representation's bytes (release id, URL, media type…)."""
    return '"' + hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32] + '"'


def is_fresh(request: Request, etag: str, modified: datetime) -> bool:
    """Whether the client's cached copy is current: If-None-Match first, else If-Modified-Since."""
    match = request.headers.get("if-none-match")
    if match is not None:
        # If-None-Match uses the weak comparison, so W/"x" matches "x"
        return match.strip() == "*" or any(t.strip().removeprefix("W/") == etag for t in match.split(","))
    since = request.headers.get("if-modified-since")
    if since:
        try:
            return modified <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
    return False


def link_header(links: Iterable[tuple[str, str, str | None]]) -> str:
    """A Link header value from (target, rel, media type or None)."""
    parts = []
    for target, rel, media in links:
        parts.append(f'<{target}>; rel="{rel}"' + (f'; type="{media}"' if media else ""))
    return ", ".join(parts)


def alternates(url_for: Callable[[Offer], str], offers: Iterable[Offer]) -> list[tuple[str, str, str | None]]:
    """rel="alternate" links, one per representation on offer."""
    return [(url_for(o), "alternate", o.media_type) for o in offers]


def representation(
    request: Request,
    render: Callable[[], bytes],
    media_type: str,
    etag: str,
    modified: datetime,
    headers: Mapping[str, str],
    status: int = 200,
) -> Response:
    """A 200 with validators and caching headers, or a 304 (without rendering anything) when the client is fresh."""
    all_headers = {"ETag": etag, "Last-Modified": format_datetime(modified, usegmt=True), "Cache-Control": CACHE_CONTROL,
                   **headers}
    if media_type == "text/html":
        all_headers["Content-Security-Policy"] = CSP
    if status == 200 and is_fresh(request, etag, modified):
        return Response(status_code=304, headers={k: v for k, v in all_headers.items() if k.lower() in KEPT_ON_304})
    return Response(render(), status_code=status, headers=all_headers, media_type=content_type(media_type))
