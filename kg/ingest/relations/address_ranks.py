"""The level of a place in an address, finer than its class: a village or hamlet below a town
or township, a town below a district or county (a district, a banner: county level), then city,
province, country; an industrial park or other site, and a place the name says nothing of,
between village and town. Read from the class and the last word of the label. ``rising``: do
the places, in the order printed, climb strictly, as an address does ("Xiahe Village, Yeping
Town, Shangzhou District"; "Jinlong Town, Luonan County, Shangluo")? A list of peers does not
("Zigong, Hunan and Guizhou": a city and two provinces; "Weinan, Baoji, Xi'an")."""
from __future__ import annotations

_CLASS = {"County": 1.0, "City": 2.0, "Province": 3.0, "Country": 4.0}
_LAST_WORD = {"village": 0.1, "villages": 0.1, "hamlet": 0.1, "gacha": 0.1,
              "town": 0.3, "township": 0.3, "subdistrict": 0.3, "sumu": 0.3,
              "district": 1.0, "banner": 1.0, "county": 1.0}


def fine_rank(ent) -> float | None:
    cls = str(ent.cls).rsplit("#", 1)[-1]
    if cls in _CLASS:
        return _CLASS[cls]
    if cls not in ("Place", "Region", "Site"):
        return None
    words = ent.label.split()
    got = _LAST_WORD.get(words[-1].lower()) if words else None
    if got is not None:
        return got
    return 0.2 if cls in ("Place", "Site") else None     # (a region the name says nothing of)


def rising(ents) -> bool:
    ranks = [fine_rank(e) for e in ents]
    return len(ranks) >= 2 and None not in ranks and all(a < b for a, b in zip(ranks, ranks[1:]))
