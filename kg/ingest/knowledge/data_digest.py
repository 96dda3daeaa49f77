"""The digest of the graph's input files (the ontology's and the data's Turtle files, some 600 KB:
their paths and bytes) that the ingest snapshot's name hashes (:mod:`kg.ingest.knowledge.snapshot`).
The second process of ``kg ingest`` (:mod:`kg.ingest.ahead`, ``EARLY``) works it out for the
files of the default load first thing (reading and hashing them: some 22 million instructions,
about 3 ms) while the command imports its rules; the command takes it when it names the same
files, and works it out itself otherwise (another ``--data`` folder, no second process)."""
from __future__ import annotations

import hashlib
from pathlib import Path

from kg.model import cache


def digest_of(files: list[Path]) -> str:
    """The digest of ``files``' paths and bytes, in their order."""
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
