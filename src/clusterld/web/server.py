"""`clusterld serve`: open build/current and run the application under uvicorn."""

from __future__ import annotations

from typing import Any

import uvicorn

from clusterld.release import current_release
from clusterld.settings import Settings
from clusterld.store import ReleaseStore
from clusterld.web.app import create_app

HEADER_ROOM = 64 * 1024  # request line and headers besides the query string


def uvicorn_config(app: Any, settings: Settings, **options: Any) -> uvicorn.Config:
    """The uvicorn configuration for `app`: a request line long enough for the app itself to answer 414."""
    # h11 refuses longer request heads with a bare 400 before the app sees them
    return uvicorn.Config(app, h11_max_incomplete_event_size=settings.max_query_bytes + HEADER_ROOM, **options)


def serve(settings: Settings) -> None:
    """Serve the current release until interrupted."""
    store = ReleaseStore(current_release(settings.build_dir).path)
    print(f"serving release {store.release_id} for {settings.base} on http://{settings.host}:{settings.port}/")
    app = create_app(store, settings)
    uvicorn.Server(uvicorn_config(app, settings, host=settings.host, port=settings.port, log_level="info")).run()
