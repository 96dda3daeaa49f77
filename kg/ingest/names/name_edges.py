"""Where a capitalised name of names/candidates.py begins and ends, read from the words at its
edges: "Directorate General of Mines" (a body, no "Director General" of it), a company's legal
form printed without its comma inside the phrase ("X Resources Co. Ltd will ..."), a town after
the "in" of a longer phrase ("the 2027 Mining Indaba in Cape Town"), an honour's title
("the Zero Harm Site of the Year award": an award, not a site) and a body's country after its
end word ("the Competition Authority of Kenya")."""
from __future__ import annotations

import re

from kg.ingest.names.countries import of_country_end

# "Co. Ltd", "Co Ltd", "CO. LIMITED" ending a phrase (no comma between: one phrase)
_CO_LTD_INSIDE = re.compile(r"[ \t](?:Co|CO)\.?[ \t]+(?:Ltd|LTD|Limited|LIMITED)\.?$")
# an honour's title after a name's head ("Site of the Year", "Supplier of the Year")
_OF_THE_YEAR = re.compile(r"[ \t]+of[ \t]+the[ \t]+Year\b")


def body_general(ws: list, i: int, heads) -> bool:
    """Whether the role-like word before "of" (``ws[i]``) is "General" after a body's head word
    ("Directorate General of Mines": a body, no "Director General" of it)."""
    return ws[i - 1][2] == "General" and i >= 2 and \
        heads.get(ws[i - 2][2].lower(), ("", ""))[1] == "head"


def co_ltd_inside(text: str, s: int, e: int) -> bool:
    """Whether the phrase ``text[s:e]`` ends with "Co. Ltd" printed without its comma ("... of
    X International Resources Co. Ltd will ..."): its last name is a company's, as with "Co.,
    Ltd." after the phrase."""
    return _CO_LTD_INSIDE.search(text, max(s, e - 16), e) is not None


def town_start(part: list, end: int, ps: int) -> int:
    """Where a town's name (a "Town", "Village" head) starts: after the last "in" or "at" of
    the phrase before its head ("the 2027 Mining Indaba in Cape Town": "Cape Town"), no word
    of a town's name; ``ps`` else."""
    cut = [w for w in part if w[1] <= end and w[2] in ("in", "at")]
    return next((w[0] for w in part if w[0] > cut[-1][0]), ps) if cut else ps


def year_title(text: str, ts: int, te: int, label: str, cls: str, rule: str) -> tuple:
    """(end, label, class, rule) of a name followed by "of the Year" ("won the Zero Harm Site
    of the Year award", "named Miner of the Year"): the title of an honour, an award, not a
    site or a company of that name; the name's own else."""
    m = _OF_THE_YEAR.match(text, te)
    if m is None or cls == "Award":
        return te, label, cls, rule
    return m.end(), " ".join(text[ts:m.end()].split()), "Award", "name:of-the-year"


def country_tail(text: str, cls: str, end: int, pe: int) -> int:
    """Where a body's name read to its end word ends: after "of" and a listed
    country that follow in its phrase ("The Competition Authority of Kenya approved ...": Kenya's
    authority, not a "Competition Authority"), else at that word."""
    last = text[max(0, end - 40):end].rstrip(" \t.,").rsplit(None, 1)[-1:]
    if end >= pe or cls not in _COUNTRY_TAILED or \
            cls == "Company" and last not in (["Company"], ["Corporation"]):
        return end      # (a company's legal form ends its name: "X Holdings Ltd. of Mauritius")
    return of_country_end(text, end) or end


# the classes of a body named by its end word and then its country ("the Competition Authority
# of Kenya", "the Iron Ore Company of Canada", "the Chamber of Mines of Zambia"; a company
# only when its name ends in "Company" or "Corporation", no legal form)
_COUNTRY_TAILED = frozenset({"GovernmentBody", "Company", "IndustryAssociation", "Organization"})
