"""Places listed together and said to be in one place (rule ``place:listed-in``): "Xun County, Qi
County, Qibin District and Shancheng District are all under Hebi", "Yajiang County, Daocheng
County and Kangding City are in the Garze Tibetan Autonomous Prefecture": each place of the list
is in the place after the verb ("are (all) in / under / within / part of", "lie in", "belong
to"), when that place is of a higher rank (a county or district in a city or prefecture, a city
in a province, a province in a country; a region or a park in any place of a rank).

The list: two or more place names with nothing between but commas and "and"; a word or a
number between (a list of what else) is no list. One look before each verb phrase: linear."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.terms import NFO
from kg.ingest.relations.kinds import CLASS_NAMES, class_name

RULE = "place:listed-in"
_VERB = re.compile(r"[ \t\n]+(?:are|were|lie|both[ \t\n]+lie|all[ \t\n]+lie)[ \t\n]+"
                   r"(?:all[ \t\n]+|both[ \t\n]+)?(?:located[ \t\n]+)?"
                   r"(?:in|under|within|part[ \t\n]+of)[ \t\n]+(?:the[ \t\n]+)?"
                   r"|[ \t\n]+(?:all[ \t\n]+|both[ \t\n]+)?belong[ \t\n]+to[ \t\n]+(?:the[ \t\n]+)?")
_JOIN = re.compile(r"[ \t\n]*,[ \t\n]*(?:and[ \t\n]+)?|[ \t\n]+and[ \t\n]+")
_RANK = {"Place": 0, "Site": 0, "County": 1, "City": 2, "Region": 2, "Province": 3, "Country": 4}


def _cls(ent) -> str:
    return CLASS_NAMES.get(ent.cls) or class_name(ent.cls)


def place_lists(draft, rows, kind) -> None:
    """``rows``: (start, end, entity) of the draft's names, sorted, without relation nodes and
    without a place printed inside another place's name."""
    text = draft.text
    places = [r for r in rows if kind(r[2]) == "place" and _cls(r[2]) in _RANK]
    for i, (s, e, outer) in enumerate(places):
        if i == 0:
            continue
        # the list ends right before the verb that leads to this place
        k = i - 1
        ps, pe, last = places[k]
        if not _VERB.fullmatch(text, pe, s):
            continue
        listed = [places[k]]
        while k > 0 and _JOIN.fullmatch(text, places[k - 1][1], places[k][0]):
            k -= 1
            listed.append(places[k])
        if len(listed) < 2:
            continue        # "Xun County is in Hebi": the place rules' (relations/stated_places)
        rank = _RANK[_cls(outer)]
        for a, b, inner in listed:
            if inner is outer or _RANK[_cls(inner)] >= rank and _cls(inner) not in (
                    "Region", "Place", "Site"):
                continue
            inner.add(NFO.locatedIn, outer.iri, Span(a, e), RULE)
