"""A checked cache entry (:func:`kg.model.cache.write_bytes` with ``checked``) read in place:
the file mapped into memory (``mmap``) and its content handed out as a view, with the same
checks as :func:`kg.model.cache.read_checked_bytes` (a folder and a regular file of the user's
own that nobody else can write, the digest of the first line matching the rest).

Why: ``kg ingest`` reads two large entries on every run (the compiled patterns, 5-6 MB; the
ingest snapshot, 3 MB). Read as bytes, each is copied from the page cache into fresh memory and
then once more without its first line: about 6 ms of a fresh process for the patterns alone;
mapped, the pages are the page cache's own and nothing is copied (the patterns' table in 6 ms
instead of 12). The view keeps the mapping open as long as anything refers to it; the cache
replaces an entry by renaming a new file into place, never by writing over it, so what is
mapped does not change under the view."""
from __future__ import annotations

import mmap
import os

from kg.model import cache


def read_checked_view(name: str, stamped: bool = False) -> memoryview | None:
    """The content of the checked entry ``name`` as a read-only view, or None: missing,
    failing the checks, or edited or cut short since it was written. ``stamped``: an entry
    whose file is as it was when an earlier read found its digest matching
    (:func:`kg.model.cache.checked_before`: the same inode, size and times) is not read through
    again (the compiled patterns, 8 MB: some 30 million instructions of ``crc32`` on every
    run of ``kg ingest``); for an entry rewritten seldom and never touched by its readers."""
    try:
        folder = cache.cache_dir()
        if not cache.safe_dir(folder):
            return None
        fh = cache._open_entry(folder / name)      # (the ownership checks of the cache's reads)
        if fh is None:
            return None
        with fh:
            if fh.seek(0, 2) == 0:
                return None                         # (an empty file cannot be mapped)
            mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
            st = os.fstat(fh.fileno()) if stamped else None
    except (OSError, ValueError):
        return None
    view = memoryview(mapped)
    nl = mapped.find(b"\n")
    if nl < 0:
        return None
    head, body = bytes(view[:nl]), view[nl + 1:]
    if st is not None and cache.checked_before(name, st):
        return body
    kind = "crc32" if head.startswith(b"crc32:") else "sha256"
    if head != cache._digest(body, kind):
        return None
    if st is not None:
        cache.note_checked(name, st)
    return body
