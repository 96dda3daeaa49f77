"""Word lists the rules use, read from ``kg/ingest/data/*.txt`` (one entry a line, ``#`` for
comments): surnames, roles, organisation suffixes, ordinary words.

The ``kg ingest`` command reads them as kept in its cache folder (:func:`kept`): a run reads
some 170 of the 280 lists, about 12 ms of opening, reading and splitting files in each of its
two processes (kg/ingest/ahead.py), where one kept entry of every list is read in 1 ms. A list
is taken from the entry only while its file has the size and time it had when it was kept
(checked for each list a run reads, one ``os.stat``); a run that read a list afresh (a list
edited, added, or no entry) keeps every list of the folder again when the command ends. The
entry is a pickle of plain values (read by an unpickler that refuses any class) under the cache
folder's checks (kg/model/cache.py: the user's own folder, the digest of its content). The
library, the evaluation and the tests read the files."""
from __future__ import annotations

import contextlib
import hashlib
import os
from functools import lru_cache
from pathlib import Path

_DIR = Path(__file__).resolve().parent / "data"
_FOLDER = str(_DIR)      # (a run reads some 170 lists: plain paths, not Path objects, each)
FORMAT = "1"

_KEPT: dict = {}        # within kept(): name -> (size, mtime_ns, lines) of the entry
_AFRESH: list = [False]     # within kept(): a list was read from its file (the entry is rewritten)


@lru_cache(maxsize=None)
def lines(name: str) -> tuple[str, ...]:
    path = os.path.join(_FOLDER, name + ".txt")
    if _KEPT:
        got = _KEPT.get(name)
        try:
            st = os.stat(path) if got is not None else None
        except OSError:
            st = None
        if st is not None and got[0] == st.st_size and got[1] == st.st_mtime_ns:
            return got[2]
        _AFRESH[0] = True
    with open(path, encoding="utf-8") as fh:
        return _parsed(fh.read())


def _parsed(text: str) -> tuple[str, ...]:
    out = []
    for line in text.splitlines():
        if "#" in line:
            line = line[:line.index("#")]
        line = line.strip()
        if line:
            out.append(line)
    return tuple(out)


def _entry_name() -> str:
    return "lists-" + hashlib.sha256(f"{FORMAT} {_FOLDER}".encode()).hexdigest()[:32] + ".bin"


@contextlib.contextmanager
def kept():
    """Within the block, the lists are read as kept in the cache folder (see the module's doc);
    kept again at its end when a list was read afresh. For the ``kg ingest`` command only."""
    _KEPT.clear()
    _KEPT.update(_read_entry())
    _AFRESH[0] = not _KEPT
    try:
        yield
    finally:
        afresh = _AFRESH[0]
        _KEPT.clear()
        _AFRESH[0] = False
        if afresh:
            _write_entry()


def _read_entry() -> dict:
    import io
    import pickle

    from kg.ingest.knowledge.entry_views import read_checked_view
    from kg.ingest.regex_cache import _PlainUnpickler

    # (its digest read through once per version of the file, not on every run: the entry is
    # rewritten only when a list changes, and never touched by its readers)
    raw = read_checked_view(_entry_name(), stamped=True)
    if raw is None:
        return {}
    try:
        stored = _PlainUnpickler(io.BytesIO(raw)).load()
    except Exception:          # noqa: BLE001 (an unreadable entry is ignored, whatever it raises)
        return {}
    lists = stored.get("lists") if isinstance(stored, dict) and stored.get("format") == FORMAT \
        else None
    if not isinstance(lists, dict) or not all(
            isinstance(v, tuple) and len(v) == 3 and isinstance(v[2], tuple) for v in lists.values()):
        return {}
    return lists


def _write_entry() -> None:
    """Every list of the folder, as its file is now (its size and time taken before it is read:
    a file changed meanwhile is read afresh next time)."""
    import pickle

    from kg.model import cache

    lists = {}
    try:
        for entry in os.scandir(_FOLDER):
            if not entry.name.endswith(".txt"):
                continue
            st = os.stat(entry.path)
            with open(entry.path, encoding="utf-8") as fh:
                lists[entry.name[:-4]] = (st.st_size, st.st_mtime_ns, _parsed(fh.read()))
        body = pickle.dumps({"format": FORMAT, "lists": lists}, protocol=pickle.HIGHEST_PROTOCOL)
    except (OSError, UnicodeDecodeError, pickle.PicklingError):
        return
    cache.write_bytes(_entry_name(), body, checked=True, digest="crc32")


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lines(name))


@lru_cache(maxsize=None)
def phrases(name: str) -> frozenset[str]:
    """The list's lines in lower case with their spaces made single ("Deputy  Director" ->
    "deputy director"), for looking up words read from a text the same way."""
    return frozenset(" ".join(w.lower().split()) for w in lines(name))


@lru_cache(maxsize=None)
def labelled_kinds(name: str) -> dict[str, str]:
    """The word list ``name`` of lines "kind  label" (two or more spaces between) as
    {label in lower case, its spaces single: kind}."""
    import re

    out = {}
    for line in lines(name):
        kind, label = re.split(r"\s{2,}", line, maxsplit=1)
        out[" ".join(label.lower().split())] = kind
    return out


@lru_cache(maxsize=None)
def field_patterns(name: str, after_bar: bool = False) -> dict:
    """The labelled fields of the word list ``name`` (lines "kind  label"): kind -> a pattern of
    its labels ("Interviewee:", "Reply unit:"; spaces inside a label any run of spaces or tabs,
    case-blind, an ASCII or full-width colon) at a line's start, or also after a bar of a
    byline ("Y News | Reporter: B") with ``after_bar``."""
    import re

    by_kind: dict[str, list[str]] = {}
    for line in lines(name):
        kind, label = re.split(r"\s{2,}", line, maxsplit=1)
        by_kind.setdefault(kind, []).append(label)
    lead = r"(?:^|\|)" if after_bar else "^"
    out = {}
    for kind, labels in by_kind.items():
        alt = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+")
                       for w in sorted(labels, key=len, reverse=True))
        out[kind] = re.compile(rf"(?m){lead}[ \t]*(?:{alt})[ \t]*[:\uff1a][ \t]*", re.I)
    return out


@lru_cache(maxsize=None)
def alternation(name: str, space: str = r"[ \t\n]+", lower: bool = False) -> str:
    """The word list ``name`` as one regular-expression alternation, longest entry first (so a
    longer phrase wins over its own start, in one order in every process), each entry's
    spaces standing for ``space`` (by default any run of spaces, tabs or line breaks, so a
    phrase broken across a line still matches); ``lower``: the entries in lower case."""
    import re

    entries = words(name) if lower else set(lines(name))
    return "|".join(space.join(map(re.escape, w.split()))
                    for w in sorted(entries, key=lambda w: (-len(w), w)))
