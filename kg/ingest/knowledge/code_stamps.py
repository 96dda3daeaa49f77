"""The stamps of the ingest code the snapshot's name hashes (:mod:`kg.ingest.knowledge.snapshot`),
and the name of the tables kept between runs (:mod:`kg.ingest.kept_tables`):
``path\\0size\\0mtime\\0`` of every ``*.py`` under ``kg/ingest``, every file under
``kg/ingest/data`` and ``kg/model/*.py``, paths relative to the package, by size and time as
Python's own .pyc checks. A module of its own, importing nothing of the package, so that the
second process of ``kg ingest`` (:mod:`kg.ingest.ahead`, ``EARLY``) works them out first thing
(some 790 files: about 3 ms, most of it the system's) while the command imports its rules.
Within the command's block they are worked out once (:func:`remember`)."""
from __future__ import annotations

import os

_PKG = os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(__file__))))

# within the command's block (remember(True): kg/ingest/kept_tables.py): the stamps once
# worked out, for every asker of the run (the snapshot's name, the kept tables' entry)
_remembered: dict | None = None


def remember(on: bool) -> None:
    """From now on (``on``), the stamps are worked out once and given again; or no longer."""
    global _remembered
    _remembered = {} if on else None


def given(stamps: str) -> None:
    """Within the command's block, ``stamps`` (worked out by its second process, kg/ingest/
    ahead.py EARLY) are the ones given from now on."""
    if _remembered is not None:
        _remembered.setdefault("stamps", stamps)


def code_stamps() -> str:
    """The stamps, joined (worked out once within the command's block: :func:`remember`)."""
    kept = _remembered
    if kept is not None and "stamps" in kept:
        return kept["stamps"]
    got = _stamps()
    if kept is not None:
        kept["stamps"] = got
    return got


def _stamps() -> str:
    """Read with ``os.scandir`` (the sizes and times of a folder's files in one pass: about 1
    ms for some 360 files where globbing ``Path`` objects and asking each one took 3-4 ms)."""
    root = _PKG
    skip = len(root) + 1

    def walk(folder: str, keep, deep: bool) -> list[str]:
        found = []
        try:
            entries = list(os.scandir(folder))
        except OSError:
            return found
        for e in entries:
            if e.is_dir():
                if deep and e.name != "__pycache__":
                    found += walk(e.path, keep, deep)
            elif keep(e.name) and e.is_file():
                st = e.stat()
                found.append(f"{e.path[skip:]}\0{st.st_size}\0{st.st_mtime_ns}\0")
        return found

    ingest = os.path.join(root, "ingest")
    return "".join(sorted(walk(ingest, lambda n: n.endswith(".py"), True))
                   + sorted(walk(os.path.join(ingest, "data"), lambda n: True, True))
                   + sorted(walk(os.path.join(root, "model"), lambda n: n.endswith(".py"), False)))
