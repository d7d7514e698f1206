"""The linked-data front as one router: dereferencing, descriptions, named graphs and the browsing pages."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.staticfiles import StaticFiles

from clusterld.web import entities, pages
from clusterld.web.html import STATIC
from clusterld.web.site import Site


def linked_data_router(site: Site) -> APIRouter:
    """Every linked-data route of `site`."""
    routes = APIRouter()
    routes.include_router(entities.router(site))
    routes.include_router(pages.router(site))
    return routes


def static_files() -> StaticFiles:
    """The pages' own stylesheet and script, served from the package (never from a CDN)."""
    return StaticFiles(directory=str(STATIC))
