"""Where a new place or organisation is, stated right after its name: "X County, Y Province"
(a place, a comma, a place), "X, located / based / headquartered / situated in Y" (rule
``context:located-in``), and "the Wenchang Launch Site in China", "Volkswagen in Germany", an
industry area "in Guanzhong" (a new site, region or company "in" a place, inside its name or
right after it: ``context:name-in-place``; a government body or other organisation whose name
ends "in" a place the text names: "the Chinese Embassy in Jakarta", ``context:body-in-place``);
"X, a salt flat in Y" (a place, what it is, where: ``context:located-in``); "Tembo Minerals
Holdings Ltd. of Mauritius" (a new company "of" a country, province or city:
``org:company-of-place``; a county or district too: "X Co., Ltd. of Qibin District, Hebi").
"the X mine of Y Co., Ltd. in Z": the place is the mine's, not the
owner's (no statement for Y). Bodies named by their level: ``body_places``."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.model import Span
from kg.ingest.names.appositive_places import features
from kg.ingest.relations.body_places import body_places
from kg.ingest.relations.kinds import CLASS_NAMES, class_name, kind
from kg.ingest.terms import NFO

_IN_PLACE = {"Region", "Site", "Company"}     # named "in" a place: where it is
# a centre, institute, university, body or other organisation named, then "in" a place ("the
# Guizhou Provincial Testing Center in Guiyang", "tests run with the X Institute in Wuhan"):
# where it is (a company after "with", "to", "sales of" is not: "signed with X in Berlin")
_IN_PLACE_AFTER = {"ResearchInstitute", "University", "Organization", "GovernmentBody",
                   "IndustryAssociation"}
# (a place's own government, named with its level, is in its own place: "the X Municipal
# People's Government in Nanning" tells where a meeting was)
_LEVEL_NAMED = re.compile(r"\b(?:Municipal|Provincial|Prefectural|County|District|City|"
                          r"People['’]s\s+Government|Party\s+Committee)\b")
# a body whose own name ends "in" a place ("the Chinese Embassy in Jakarta", "the Consulate
# General in Perth", "the Trade Office in Lima"): in that place
_IN_PLACE_INSIDE = {"GovernmentBody", "Organization"}
_ENDS_IN = re.compile(r"\s(?:in|at)\s+(?:the\s+)?(?P<p>[A-Z][^,;()]{1,40})$")
_OF_PLACES = {"Country", "Province", "City", "County", "Region"}
# " of ", ", of " ("X Co., Ltd., of Yuncheng;" in a list)
_OF = re.compile(r"(?:[ \t]*,)?\s+of\s+(?:the\s+)?")
_OF_GOES_ON = re.compile(r"\s*(?:and|or|,\s*and)\s", re.I)     # "of Peru and Chile": a list
# "the Gaofeng tin mine of X Co., Ltd. in Nandan County": the place is the facility's (the head
# of the phrase), not that of the owner named inside it (not a unit or line: "a steam pipe burst
# in the digestion unit of X Co., Ltd. in Yuncheng" places the company)
_FACILITY_OF = re.compile(r"\b(?:mine|mines|pit|smelter|smelters|smeltery|refinery|refineries|plant|"
                          r"plants|factory|factories|works|mill|mills|project|projects|site|base|"
                          r"park|facility|facilities|operation|operations|deposit|port|terminal|"
                          r"warehouse|concentrator|field)"
                          r"\s+of\s+(?:the\s+)?$", re.I)


# "sales of X Ltd in China", "demand for X", "exports to X", "signed with X in Berlin": the place
# is where the head before the company is (the sales, the signing), not the company's (not "the
# digestion unit of X Co., Ltd. in Yuncheng": a unit of the company there)
_AFTER_PREP = re.compile(r"(?:\b(?:for|to|from|by|with)|\b(?:sales|demand|exports?|imports?|"
                         r"shipments?|purchases?|shares|revenues?|profits?|prices?|deliveries)"
                         r"\s+of)\s+(?:the\s+)?$", re.I)


@lru_cache(maxsize=1)
def _appositive() -> re.Pattern:
    """", a salt flat in the ", ", a mining town of ": what a place is, then where (the nouns of
    data/place-feature-nouns.txt)."""
    nouns = "|".join(re.escape(n).replace(r"\ ", r"\s+")
                     for n in sorted(features(), key=lambda n: (-len(n), n)))
    return re.compile(rf",\s*(?:an?|the|one\s+of\s+the)\s+(?:[a-z][a-z-]+\s+){{0,3}}?"
                      rf"(?:{nouns})\s+(?:in|of)\s+(?:the\s+)?")


def _cls(ent) -> str:
    return CLASS_NAMES.get(ent.cls) or class_name(ent.cls)


def named_in_place(text, spans_of) -> None:
    for i, (s, e, ent) in enumerate(spans_of):
        if ent.known or ent.kind not in ("place", "org"):
            continue
        # the next two names after it, not counting those printed inside its own name ("the
        # Kalumbwe Copper-Cobalt Mine in Lualaba Province": the metals are no places)
        for s2, e2, other in _after_name(spans_of, i, e, 2):
            between = text[e:s2]
            if other.kind != "place" or other is ent:
                continue
            if (ent.kind == "place" and (re.fullmatch(r",\s*", between)
                                          or _appositive().fullmatch(between))) or \
                    re.fullmatch(r",?\s*(located|based|headquartered|situated)\s+in\s+(the\s+)?", between):
                ent.add(NFO.locatedIn, other.iri, Span(s, e2), "context:located-in")
                break
            # "Tembo Minerals Holdings Ltd. of Mauritius": a company "of" a country, province,
            # city, county or district right after its name
            if _cls(ent) == "Company" and _cls(other) in _OF_PLACES and \
                    _OF.fullmatch(between) and not _OF_GOES_ON.match(text, e2):
                ent.add(NFO.locatedIn, other.iri, Span(s, e2), "org:company-of-place")
                break
            # "the Wenchang Launch Site in China", "Volkswagen in Germany", an industry area
            # "in Guanzhong" (inside its name or after it): a new site, area or company
            if (_cls(ent) in _IN_PLACE or _cls(ent) in _IN_PLACE_AFTER and e2 > e
                    and not (_cls(ent) == "GovernmentBody" and _LEVEL_NAMED.search(ent.label))) \
                    and s2 >= s and \
                    re.search(r"\sin\s+(the\s+)?$", text[max(s, s2 - 9):s2]) and \
                    (e2 <= e or re.fullmatch(r"\s+in\s+(the\s+)?", between)) and not (
                    e2 > e and _cls(ent) not in ("Site", "Region") and (
                        _FACILITY_OF.search(text, max(0, s - 30), s) or _cls(ent) == "Company"
                        and _AFTER_PREP.search(text, max(0, s - 24), s))):
                # "the X Park in Hebi's Xun County": the place "'s" opens is the larger one
                s3, e3, inner = _possessed(text, spans_of, i, e2)
                if not (_cls(ent) == "Site" and e2 <= e and
                        any(p == NFO.locatedIn for p, *_ in ent.statements)):
                    # (not a site its finder placed, the place inside its span: "its plants
                    # in A and B", B's plant, is not in A)
                    ent.add(NFO.locatedIn, (inner or other).iri, Span(s, max(e, e3 or e2)),
                            "context:name-in-place")
                break
    _bodies_in_place(spans_of)      # "the Chinese Embassy in Zambia"
    body_places(spans_of, text)     # "the county's emergency management bureau"


# "Hebi's Xun County", "Yunnan’s Wenshan": a place of the place before the possessive
_POSSESSIVE = re.compile(r"['’]s\s+")


def _possessed(text, spans_of, i, e2):
    """The place named right after "<place>'s " at ``e2`` (a place the first one holds), as
    (start, end, entity); (None, None, None) when there is none."""
    m = _POSSESSIVE.match(text, e2)
    if m is None:
        return None, None, None
    for s3, e3, third in spans_of[i + 1:i + 14]:
        if s3 == m.end() and third.kind == "place":
            return s3, e3, third
        if s3 > m.end():
            break
    return None, None, None


def _bodies_in_place(spans_of) -> None:
    """"the Chinese Embassy in Zambia": a new body whose name ends "in" a place of the draft
    (the place inside the name is no mention of its own: looked up by name)."""
    bodies = [(s, e, ent) for s, e, ent in spans_of if not ent.known and
              _cls(ent) in _IN_PLACE_INSIDE and _ENDS_IN.search(ent.label)]
    if not bodies:
        return
    places = {}
    for _, _, ent in spans_of:
        if ent.kind == "place":
            for name in (ent.label, *ent.aliases):
                places.setdefault(" ".join(name.lower().split()), ent)
    done = set()
    for s, e, ent in bodies:
        place = places.get(" ".join(_ENDS_IN.search(ent.label).group("p").lower().split()))
        if place is not None and place is not ent and id(ent) not in done:
            done.add(id(ent))
            ent.add(NFO.locatedIn, place.iri, Span(s, e), "context:body-in-place")


def _after_name(spans_of, i, e, n):
    """The first ``n`` spans after ``spans_of[i]`` (ending at ``e``), leaving out the metals and
    fields printed inside its name."""
    out = []
    for j in range(i + 1, min(len(spans_of), i + 12)):
        if spans_of[j][0] >= e or spans_of[j][2].kind not in ("metal", "field"):
            out.append(spans_of[j])
            if len(out) == n:
                break
    return out
