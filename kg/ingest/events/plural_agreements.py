"""Several agreements signed in one clause: "A signed strategic cooperation framework agreements
with B and C" is one agreement of A with B and one of A with C (rule ``agreement:signed-plural``),
each named from the phrase to its counterpart's name. A later "the agreement with B" / "Under the
agreement with Baise" (B's name, or the place B's name starts with) is a mention of B's one."""
from __future__ import annotations

import re

from kg.ingest.model import Entity, Span
from kg.ingest.reading.text import normalise_name
from kg.ingest.terms import NFO

# (starts with the literal word, which the engine looks for fast; \b checked after it)
_PLURAL = re.compile(r"signed(?<!\wsigned)\s+(?:two\s+|three\s+|four\s+)?"
                     r"(?P<np>(?:(?!(?:with|and|on|for|the)\s)[a-z][\w\-]*\s+){0,4}?"
                     r"(?P<head>agreements|contracts|memoranda\s+of\s+understanding|"
                     r"memorandums\s+of\s+understanding))\s+with\s+")
_SINGULAR = {"agreements": "agreement", "contracts": "contract"}
# what joins two counterparts: "B and C", "B, C and D", "B and the C"
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_THE_AGREEMENT = re.compile(r"\b[Tt]he\s+(?:\w+\s+){0,3}?(?:agreement|contract|memorandum)\s+"
                            r"with\s+(?:the\s+)?")


def plural_agreements(draft, sents, within, kinds, minter, used) -> list:
    """Propose one agreement per counterpart of a plural "signed ... agreements with B and C";
    returns the new (start, end, entity) spans."""
    text = draft.text
    made = []
    if not any(w in text for w in ("agreements", "contracts", "memorand")):
        return made
    for m in _PLURAL.finditer(text):
        a = m.start("np")
        if any(used[a:m.end("np")]):
            continue
        ss, se = sents.bounds(m.start())
        cs = max(ss, max(text.rfind(";", ss, m.start()), text.rfind(":", ss, m.start())) + 1)
        subject = list({id(x[2]): x for x in within(cs, m.start())
                        if kinds.get(id(x[2])) == "org" and x[1] <= m.start()}.values())
        orgs = sorted((x for x in within(m.end(), se) if kinds.get(id(x[2])) == "org"),
                      key=lambda x: x[0])
        sides, at = [], m.end()
        for x in orgs:
            if x[0] < at:
                continue        # a name inside the one before
            if not (x[0] <= m.end() + 4 if not sides else _JOIN.fullmatch(text[at:x[0]])):
                break
            sides.append(x)
            at = x[1]
        if len(subject) != 1 or len(sides) < 2:
            continue
        head = m.group("head")
        single = _SINGULAR.get(head, "memorandum of understanding")
        words = " ".join(text[a:m.start("head")].split() + [single])
        first = subject[0][2]
        for s, e, other in sides:
            label = f"{words} of {first.label} and {other.label}"
            label = label[:1].upper() + label[1:]
            ent = Entity(minter.mint(label), NFO.Agreement, label, False,
                         "agreement:signed-plural", 0.5)
            ent.mentions.append(Span(a, e))
            span = Span(cs, se)
            for _, _, party in (subject[0], (s, e, other)):
                ent.add(NFO.party, party.iri, span, "agreement:signed-plural")
            draft.entities[ent.iri] = ent
            made.append((a, e, ent))
            made += _later_mentions(draft, ent, other, se, within)
        used[a:m.end("np")] = b"\x01" * (m.end("np") - a)
    return made


def _later_mentions(draft, ent, other, after, within) -> list:
    """"the agreement with Baise" after the clause: a mention of the agreement with the Baise
    Municipal People's Government (the counterpart's name, or a name it starts with)."""
    text = draft.text
    out = []
    key = normalise_name(other.label)
    for m in _THE_AGREEMENT.finditer(text, after):
        named = [x for x in within(m.end(), m.end() + 80) if x[0] == m.end()]
        if not named:
            continue
        s, e, what = named[0]
        if what is other or key.startswith(normalise_name(what.label) + " "):
            ent.mentions.append(Span(m.start(), e))
            out.append((m.start(), e, ent))
    return out
