"""Whether an article is set outside China: a dateline opens it whose place is a listed city
abroad or a country ("LUSAKA, 5 May 2029 --", "JAKARTA (Reuters) -", "SALTA, Argentina, 2 May";
``data/world-places.txt``, ``data/place-countries.txt``: a small Chinese city no list holds,
"Lanxi, 9 March", tells nothing), and it never names China, the Chinese, the PRC or a Chinese
province or listed city (``data/china-provinces.txt``, ``data/china-cities.txt``), in any case. There a
national body of China the graph knows by the words every country's body has ("the Ministry of
Finance", "the State Council") is the dateline's country's body, not China's (read by the
gazetteer). One search of the text, asked only when such a body is printed."""
from __future__ import annotations

import re
import string
from functools import lru_cache

from kg.ingest.lexicon import lines

_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_PLACE = r"[A-Z][\w'’.-]+(?:[ \t]+[\w'’.-]+){0,3}"
_DATELINE = re.compile(rf"[ \t]*(?P<x>{_PLACE}),[ \t]*(?:(?P<y>{_PLACE}),[ \t]*)?(?:{_MONTHS}\.?[ \t]+\d{{1,2}}\b|"
                       rf"(?:the[ \t]+)?\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{_MONTHS}\b)")
_WIRE = re.compile(rf"[ \t]*(?P<x>{_PLACE})(?:,[ \t]*(?P<y>{_PLACE}))?[ \t]*\([A-Z][\w.&' -]{{1,30}}\)[ \t]*"
                   r"(?:--|\u2014|\u2013|-(?=[ \t]))")
_HEAD_LINES = 4         # the dateline opens one of the first lines that hold text


@lru_cache(maxsize=1)
def _china_rx() -> re.Pattern:
    names = {"China", "Chinese", "PRC", "Sino", "Beijing"}
    for name in ("china-provinces", "china-cities"):
        names.update(re.split(r"\s{2,}|\t", ln)[0].strip() for ln in lines(name))
    alts = "|".join(re.escape(n) for n in sorted((n for n in names if n), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?!\w)", re.I)


def set_abroad(text: str) -> bool:
    """Does a dateline open ``text`` while it names no Chinese place, nor China?"""
    head = list(re.finditer(r"[^\n]*\S[^\n]*", text[:4000]))[:_HEAD_LINES]
    for m in head:
        d = _DATELINE.match(text, m.start(), m.end()) or _WIRE.match(text, m.start(), m.end())
        if d is not None:
            return _abroad_place(d.group("x"), d.group("y")) and _china_rx().search(text) is None
    return False


def _abroad_place(x: str, y: str | None) -> bool:
    """Is the dateline's place ``x`` (and the one after it, ``y``) a listed city abroad or a
    country other than China?"""
    from kg.ingest.names.countries import countries
    from kg.ingest.names.world_places import world
    listed = {**world(), **countries()}
    for name in (x, y):
        if name:
            name = " ".join(name.split())
            name = name if name in listed else string.capwords(name)
            if name in listed and name not in ("China", "PRC"):
                return True
    return False
