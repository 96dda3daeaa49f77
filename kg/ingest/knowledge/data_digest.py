"""The digest of the graph's input files (the ontology's and the data's Turtle files, some 600 KB:
their paths and bytes) that the ingest snapshot's name hashes (:mod:`kg.ingest.knowledge.snapshot`).
The second process of ``kg ingest`` (:mod:`kg.ingest.ahead`, ``EARLY``) works it out for the
files of the default load first thing while the command imports its rules; the command takes it
when it names the same files, and works it out itself otherwise (another ``--data`` folder, no
second process).

Reading and hashing the files is some 21 million instructions, about 3 ms, on every run, for
files that change seldom: the digest is kept in the cache folder (:data:`MEMO`) with the files'
stamps (each one's device, inode, size and times, as :func:`kg.model.cache.checked_before` reads
a cache entry's: the change time is set by the system on every write, rename or chmod, and no
one can set it back), and given again while every file has the same stamp (about 2 million
instructions: a ``stat`` per file and the small entry read). Kept only when every file was left
alone for :data:`kg.model.cache.STAMP_AGE_NS` before it was read (a file changed twice within
one tick of the system's clock for file times keeps its times). The stamps are taken before the
files are read, so a file changed while it is read has other stamps next time."""
from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

from kg.model import cache

MEMO = "input-digest.json"      # the last files' stamps and their digest


def digest_of(files: list[Path]) -> str:
    """The digest of ``files``' paths and bytes, in their order (as kept, see the module's
    doc, while the files' stamps are the same)."""
    try:
        sts = [os.stat(f) for f in files]
    except (OSError, ValueError):
        sts = None
    # (each path as given, with its file's device and inode: the same files in the same order,
    # unchanged, have the same bytes, whatever their links resolve to)
    stamps = None if sts is None else [[str(f), *cache._stamp(st)] for f, st in zip(files, sts)]
    if stamps is not None:
        memo = _read_memo()
        if isinstance(memo, dict) and memo.get("stamps") == stamps \
                and isinstance(memo.get("digest"), str):
            return memo["digest"]
    digest = _digest_now(files)
    if stamps is not None and all(time.time_ns() - st.st_ctime_ns >= cache.STAMP_AGE_NS
                                  for st in sts):
        body = json.dumps({"stamps": stamps, "digest": digest}, separators=(",", ":"))
        cache.write_json(MEMO, {"body": body, "sha256": _sha(body)})
    return digest


def _sha(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()


def _read_memo():
    """The kept stamps and digest, or None: missing, unreadable, or its body not the one its
    own digest was written for (an entry edited or cut short; the body's digest is written
    beside it rather than as the cache's checked entries' first line, so that reading the
    snapshot's name works out no digest of the cache's own: the snapshot's is the one)."""
    stored = cache.read_json(MEMO)
    if not isinstance(stored, dict) or not isinstance(stored.get("body"), str) \
            or stored.get("sha256") != _sha(stored["body"]):
        return None
    try:
        return json.loads(stored["body"])
    except (ValueError, RecursionError):
        return None


def _digest_now(files: list[Path]) -> str:
    h = hashlib.sha256(b"input files\0")
    cache.hash_files(h, files)
    return h.hexdigest()


def data_digest():
    """(the default load's input files as strings, :func:`digest_of` them), or None (a folder
    missing: the command's loader says what is wrong)."""
    from kg.model.linkindex import input_files

    files = input_files()
    if files is None:
        return None
    return tuple(str(f) for f in files), digest_of(files)
