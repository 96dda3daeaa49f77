"""What the ``kg ingest`` command sets up around its run, for its own process and only while it
runs: the rules' compiled patterns kept between runs (:mod:`kg.ingest.regex_cache`) and Python's
cycle collector paused. Drafting makes millions of objects that live until the draft is written,
next to none of them in reference cycles, and each full collection walks them all: on a 2 MB text
13.4 s of CPU with the collector, 10.8 s without, the same peak memory (and about 0.03 s of
the 0.5 s the largest source text takes). The library (``ingest()``, the leave-one-out
evaluation) runs as usual."""
from __future__ import annotations

import contextlib
import gc


@contextlib.contextmanager
def collector_paused():
    """No cycle collection in the block (the collector as it was after)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def article_token(path) -> str | None:
    """The article a run reads, for the pattern cache: its path, size and time (None when it
    cannot be read; the command then says so itself)."""
    import os

    try:
        st = os.stat(path)
        return f"{os.path.abspath(path)}\0{st.st_size}\0{st.st_mtime_ns}"
    except (OSError, ValueError, TypeError):
        return None


@contextlib.contextmanager
def tuned(article=None):
    """Both, for the ``kg ingest`` command: enter before importing the ingest modules (their
    patterns are compiled at import). ``article``: the path of the article the run reads."""
    from kg.ingest.regex_cache import installed

    with collector_paused(), installed(article_token(article) if article is not None else None):
        yield
