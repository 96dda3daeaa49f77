"""What the ``kg ingest`` command sets up around its run, for its own process and only while it
runs: the rules' compiled patterns, word lists and tables kept between runs
(:mod:`kg.ingest.regex_cache`, :func:`kg.ingest.lexicon.kept`, :mod:`kg.ingest.kept_tables`) and
Python's cycle collector paused. Drafting makes millions of
objects that live until the draft is written, next to none of them in reference cycles, and each
full collection walks them all: on a 2 MB text 13.4 s of CPU with the collector, 10.8 s without,
the same peak memory (and about 0.03 s of the 0.5 s the largest source text takes). The library
(``ingest()``, the leave-one-out evaluation) runs as usual."""
from __future__ import annotations

import contextlib
import gc


@contextlib.contextmanager
def collector_paused():
    """No cycle collection in the block (the collector as it was after). The objects the
    block leaves alive (the snapshot, the draft: some 60,000 on the largest source text, all in
    the youngest generation since nothing was collected) are frozen (``gc.freeze``) before the
    collector resumes, so the table printed next does not set off a walk over all of them
    (about 10 ms) and neither does the full collection at the process's end; they are still
    freed as usual when no longer referenced. In a longer process (a test calling the command
    again and again) the previous run's freeze is undone when the next run starts, so at most
    one run's objects in reference cycles wait for a later collection."""
    was = gc.isenabled()
    gc.unfreeze()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.freeze()
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
def tuned(article=None, date: str | None = None):
    """Both, for the ``kg ingest`` command, and the names of the text alone worked out ahead in
    a second process (:mod:`kg.ingest.ahead`): enter before importing the ingest modules
    (their patterns are compiled at import). ``article``: the path of the article the run
    reads; ``date``: its --date option."""
    from kg.ingest import kept_tables, quick_imports
    from kg.ingest.ahead import started
    from kg.ingest.lexicon import kept
    from kg.ingest.regex_cache import installed

    # (the word lists as kept before the second process is forked: it reads them too; the
    # tables the rules build of them kept too, for the modules imported within: kept_tables.py)
    with quick_imports.installed(), collector_paused(), \
            installed(article_token(article) if article is not None else None), \
            kept_tables.installed(), kept(), started(article, date):
        yield
