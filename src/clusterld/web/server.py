"""`clusterld serve`: open build/current and run the application under uvicorn."""

from __future__ import annotations

import uvicorn

from clusterld.release import current_release
from clusterld.settings import Settings
from clusterld.store import ReleaseStore
from clusterld.web.app import create_app


def serve(settings: Settings) -> None:
    """Serve the current release until interrupted."""
    store = ReleaseStore(current_release(settings.build_dir).path)
    print(f"serving release {store.release_id} for {settings.base} on http://{settings.host}:{settings.port}/")
    uvicorn.run(create_app(store, settings), host=settings.host, port=settings.port, log_level="info")
