"""Where the source texts are: ``$KG_SOURCES``, else ``../shared/sources`` beside the
repository. Imports nothing but the standard library, so the ingest's fast path
(:mod:`kg.ingest.knowledge.paths`) and :mod:`kg.model.evidence` share one answer."""
from __future__ import annotations

import os
from pathlib import Path

SOURCES_ENV = "KG_SOURCES"


def find_sources_dir(start: Path | None = None) -> Path | None:
    """The corpus folder: $KG_SOURCES, else ../shared/sources beside the repository."""
    env = os.environ.get(SOURCES_ENV)
    if env:
        p = Path(env)
        return p if p.is_dir() else None
    here = (start or Path(__file__)).resolve()
    for parent in here.parents:
        cand = parent / "shared" / "sources"
        if cand.is_dir():
            return cand
    return None
