"""The organisation a notice names again by the head noun of its name: "The Bureau will hold a
drill", "this Procuratorate will hold a hearing", "our Agency convened a review meeting", "The
Society launched an emergency response". When an organiser cue finds no name before it in
the second reading of the cues (clause_roles.py, event_roles.read_cues: events minted from
clauses after the relation rules ran, house_subjects.py included, whose issuer's noun this
does not take over), a subject "the / this / our" + a capitalised noun (one or two words) opening the
clause, with only the clause's lead (a date, "On 3 May,") before it and nothing but
"also" / "then" / "jointly" after it, stands for the one organisation named earlier in the text
whose name ends in that noun ("Lanxi County Emergency Management Bureau"); when several do,
none (rule ``event:organiser-cue-head``, read by the caller). The organisations' last words
are gathered once per draft; each look is one anchored match: linear in the text."""
from __future__ import annotations

import re

from kg.ingest.relations.kinds import kind

_SUBJECT = re.compile(r"(?:[Tt]he|[Tt]his|[Oo]ur)[ \t\n]+([A-Z][a-z]+(?:[ \t\n]+[A-Z][a-z]+)?)"
                      r"[ \t\n]+(?:(?:also|then|jointly|together|itself)[ \t\n]+)?$")
# heads that name no one organisation ("the Company", "the Group": referents.py's)
_VAGUE = frozenset(("company", "group", "parties", "party", "state", "government", "people",
                    "county", "city", "province", "district", "town", "country"))


def _heads(draft) -> dict:
    """{last word of an organisation's name, lower case: [(its first mention's start, it)]}."""
    got = draft.__dict__.get("_org_heads")
    if got is not None and got[0] == len(draft.entities):
        return got[1]
    out: dict = {}
    for ent in draft.entities.values():
        if kind(ent) != "org" or not ent.mentions:
            continue
        words = ent.label.split()
        if not words:
            continue
        first = min(m.start for m in ent.mentions)
        for n in (1, 2):        # "Bureau", "Red Cross" (two words: "the Red Cross")
            if len(words) >= n:
                out.setdefault(" ".join(words[-n:]).lower(), []).append((first, ent))
    draft.__dict__["_org_heads"] = (len(draft.entities), out)
    return out


def head_subject(draft, lead_ok, ss, at):
    """[(start, end, organisation)] of the subject "the Bureau" that ends right before ``at``
    in the clause opening at ``ss`` (``lead_ok``: what may stand before a subject), or []."""
    text = draft.text
    m = _SUBJECT.search(text, max(ss, at - 60), at)
    if m is None or not lead_ok(text[ss:m.start()]):
        return []
    head = re.sub(r"\s+", " ", m.group(1)).lower()
    if head in _VAGUE:
        return []
    found = {id(ent): ent for first, ent in _heads(draft).get(head, ()) if first < m.start()}
    if len(found) != 1:
        return []
    return [(m.start(), m.end(1), next(iter(found.values())))]
