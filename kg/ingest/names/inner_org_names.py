"""The organisation named at the start of an event's or an award's own name ("Titanium Branch" in
"2025 Titanium Branch Annual Meeting", "TMS" in "TMS Annual Meeting"): read by the candidate
names (``candidates.organisations``) for the names of :data:`CONTAINERS`."""
from __future__ import annotations

import re

from kg.ingest.lexicon import words

# names that may hold their organiser's name: "2025 X Branch Annual Meeting", "Y Association Award"
CONTAINERS = {"Conference", "Forum", "Seminar", "Symposium", "Meeting", "AnnualMeeting",
              "Exhibition", "SigningCeremony", "Award"}
_INNER_ORG_CLASSES = {"Company", "IndustryAssociation", "AssociationBranch", "Alliance",
                      "ResearchInstitute", "University", "MediaOutlet", "GovernmentBody"}
_NONSPACE = re.compile(r"[^\s]+")
_ORDINAL = re.compile(r"(?:19|20)\d\d|\d+(?:st|nd|rd|th)")
_ACRONYM = re.compile(r"[A-Z]{3,8}")


def inner_org(text: str, ts: int, te: int, heads) -> list[tuple]:
    """(start, end, label, class, rule, confidence) of the organisation named at the start of
    the name ``text[ts:te]``, up to the last word that ends an organisation's name before the
    event's own words; [] when none."""
    ws = [(m.start(), m.end(), m.group(0)) for m in _NONSPACE.finditer(text, ts, te)]
    # a year or an ordinal, in figures or in words (data/ordinal-words.txt), opens an event's
    # name: no organisation's ("Third Council Meeting" is a council's session, no body)
    while ws and (_ORDINAL.fullmatch(ws[0][2]) or ws[0][2].lower() in words("ordinal-words")):
        ws = ws[1:]
    last = None
    for j, (a, b, w) in enumerate(ws[:-1]):
        if w in ("of", "on", "for", "and"):
            break
        h = heads.get(w.lower())
        if j >= 1 and h and h[0] in _INNER_ORG_CLASSES and ws[j + 1][2][:1].isupper():
            last = j
    if last is None:
        # an acronym that opens an event's name is its organiser ("TMS Annual Meeting"); in a
        # name printed in upper case ("MINUTES OF THE 9TH MEETING") every word looks like one
        if len(ws) >= 2 and _ACRONYM.fullmatch(ws[0][2]) and ws[1][2][:1].isupper() \
                and not ws[1][2].isupper():
            return [(ws[0][0], ws[0][1], ws[0][2], "Organization", "name:inner-org", 0.4)]
        return []
    s, e = ws[0][0], ws[last][1]
    label = " ".join(text[s:e].split())
    return [(s, e, label, heads[ws[last][2].lower()][0], "name:inner-org", 0.5)]
