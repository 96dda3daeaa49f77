"""Whether a known name found inside a new candidate's span stays a mention of its own, or the
candidate swallows it (the pipeline's nesting decisions): "Youth League Committee of X Group Co.,
Ltd." keeps X Group; "the interim measures of the Ministry of Finance on ..." keeps its issuer;
"Fugu County Magnesium Industry Association" swallows Fugu. Also a place's government named in
lower case, a bracketed place after a company's name, and a site named inside a lower-case
document's name."""
from __future__ import annotations

import re

from kg.ingest.knowledge.gazetteer import Mention
from kg.ingest.knowledge.placeless import listed_places
from kg.ingest.names.areas import RULE as AREA_RULE
from kg.ingest.names.designations import RULE as DESIGNATION_RULE
from kg.ingest.names.inner_links import parent_at_end
from kg.ingest.names.rule_tags import INVESTING_IN as INVEST_RULE, OWNER_PLACE as PLANT_RULE
from kg.ingest.reading.text import normalise_name
from kg.ingest.relations.propose import kind_of
from kg.ingest.terms import NFO

PLACES = {NFO.Country, NFO.Province, NFO.City, NFO.County, NFO.Region, NFO.Place}
EVENTS = {NFO.Event, NFO.Conference, NFO.PressConference, NFO.Forum, NFO.Seminar,
          NFO.Symposium, NFO.Meeting, NFO.AnnualMeeting, NFO.Exhibition}
PLACE_CLASSES = ("County", "City", "Province", "Region")
# a document named in lower case with its issuer after "of" ("the interim measures of the
# Ministry of Finance on ..."): the issuer stays a mention of its own inside the name
LOWER_DOCUMENTS = ("Measures", "PolicyDocument", "Notice", "Report", "Catalogue", "Guide",
                   "Plan")
_OF_THE = re.compile(r"\bof[ \t\n]+(?:the[ \t\n]+)?$")
_DOCUMENT_SITES = ("Site", "Project")
# "Heshan District government", "Xinyi County people's government": a place's name, its level
# word, then the lower-case body
_GOVERNMENT_SEAT = re.compile(r"((?:[A-Z][\w'-]*\s+){1,3}(?:District|County|City|Prefecture|"
                              r"Province|Municipality|League|Banner))\s+(?:people's\s+)?government$")


def place_government(c) -> bool:
    return c.rule == "lower-name" and c.cls == "GovernmentBody" and \
        _GOVERNMENT_SEAT.match(c.label) is not None


def government_seat(c) -> tuple[int, int]:
    """The span of the place a :func:`place_government` candidate opens with ("Heshan District"
    of "Heshan District government")."""
    return c.start, c.start + len(_GOVERNMENT_SEAT.match(c.label).group(1))


def bracketed_place(gaz, word: str, ent) -> bool:
    """A known place in brackets after an organisation's name ("X Metal Logistics Co., Ltd.
    (Guangzhou)", "Y Resources (Singapore)") says where it is: it is no short name the text
    defines for it, and the place keeps its mention."""
    if ent.cls in PLACES:
        return False
    owner = gaz.owner(normalise_name(word))
    if owner is None:
        # a province or listed city the graph does not hold yet ("X Tungsten Group (Holding)
        # Co., Ltd. (Jiangxi)")
        return word in listed_places()
    return owner != ent.iri and gaz.classes.get(owner) in PLACES


def site_of_document(text: str, c, lower_docs) -> bool:
    """A site or project named after "of (the)" inside a lower-case document's name ("reserves
    verification report of the\n Shijiawan molybdenum mine"): a name of its own, as the issuer
    after "of the" is (the document is about it)."""
    return c.cls in _DOCUMENT_SITES and any(
        a < c.start and c.end <= b and _OF_THE.search(text, max(a, c.start - 24), c.start)
        for a, b in lower_docs)


def nested_ok(gaz, m: Mention, c, text: str = "") -> bool:
    if m.iri in gaz.concept:
        return True
    if text and parent_at_end(text, m, c, lambda iri: kind_of(gaz.classes.get(iri)) == "org"):
        return True     # "Youth League Committee of X Group Co., Ltd.": X Group stays
    if text and c.rule == "lower-name" and c.cls in LOWER_DOCUMENTS and m.start > c.start \
            and kind_of(gaz.classes.get(m.iri)) == "org" \
            and _OF_THE.search(text, max(c.start, m.start - 8), m.start):
        return True     # "the interim measures of the Ministry of Finance": the issuer stays
    if NFO[c.cls] in EVENTS and m.start > c.start and gaz.classes.get(m.iri) not in PLACES:
        return True     # "Plenary Session of the CPC Central Committee": the organiser stays
    if c.rule in (DESIGNATION_RULE, INVEST_RULE, PLANT_RULE):
        return True     # "Lenovo ThinkBook 2024 laptop": its maker stays a mention; the places
                        # of "investing in A, B and beyond" too
    if gaz.classes.get(m.iri) in PLACES and c.rule == AREA_RULE:
        return True     # "core area of the new materials industry in Guanzhong": Guanzhong
    if gaz.classes.get(m.iri) in PLACES and c.rule == "quoted-title" and m.start > c.start:
        return True     # "Catalog for the Western Region": the place a policy's title names
    return gaz.classes.get(m.iri) in PLACES and m.start == c.start and c.cls not in (
        "County", "City", "Province", "Region") and c.rule != "name:short-form"
