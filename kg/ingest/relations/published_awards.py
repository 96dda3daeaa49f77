"""The text's own document is about the awards its list grants (rule
``document:published-awards@0.6``).

A decision, notice, publicity or announcement whose title says it confers honours or
certificates ("Decision on Awarding the 2026 X Medal and Y Titles", "Notice on the Winners of
the Sixth X Award", "Publicity of the Proposed Recipients of the 2026 X Funds", "Announcement
on the X Certification of ...": a word of ``data/award-publishing-cues.txt`` in the title) and
whose body lists the winners, the draft's award grants (``nfo:AwardGrant``, read from those
rows by the list readers), publishes the decision: it is ``nfo:about`` each award a grant of
the draft confers (data/CURATION.md, "Published lists"). The own document is the first new
document named in the text's title lines (as :mod:`title_topics` finds it); the statement's
span is its name there.

The decision also ``nfo:includes`` each grant of such an award that its body states (a grant
whose first span starts after the title's name; rule ``document:published-grants@0.5``), as
the curated lists of winners record them (data/CURATION.md: u585, u684, u686 and every
development set since 104 that publishes a list of winners lets the notice include the grants).

Refused: an award no grant of the draft confers (an earlier prize a laureate's profile
recalls, a prize a circular only announces); a title without the cue ("Notice on the Results
of the X Contest" is about the contest; "Minutes of the Supplier Conference"); a pair linked
already, either way. Run after the grants are read (certificate_grants, listed_grants). One
pass over the draft's entities: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.events.signed_document import title_document
from kg.ingest.lexicon import alternation
from kg.ingest.model import Span
from kg.ingest.terms import NFO

RULE = "document:published-awards@0.6"
GRANTS_RULE = "document:published-grants@0.5"


@lru_cache(maxsize=1)
def _cue() -> re.Pattern:
    return re.compile(rf"\b(?:{alternation('award-publishing-cues')})\b", re.I)


def published_awards(draft, spans_of, kind_of) -> int:
    """Link the own document to the awards the draft's grants confer; the number linked."""
    grants: dict = {}           # award iri -> its grants, in the draft's order
    for ent in draft.entities.values():
        if kind_of(ent.cls) == "awardgrant":
            for p, o, _, _ in ent.statements:
                if p == NFO.award:
                    grants.setdefault(o, []).append(ent)
    if not grants:
        return 0
    text = draft.text
    own = title_document(text, spans_of, kind_of)
    if own is None:
        return 0
    ts, te, doc = own
    if not (_cue().search(text[ts:te]) or _cue().search(doc.label)):
        return 0
    linked = {st[1] for st in doc.statements}
    n = 0
    for iri, nodes in grants.items():
        award = draft.entities.get(iri)
        if award is None or award is doc or kind_of(award.cls) != "award" \
                or any(st[1] == doc.iri for st in award.statements):
            continue
        if iri not in linked:
            doc.add(NFO.about, iri, Span(ts, te), RULE)
            n += 1
        for node in nodes:
            if node.mentions and node.mentions[0].start >= te and node.iri not in linked:
                doc.add(NFO.includes, node.iri, node.mentions[0], GRANTS_RULE)
                linked.add(node.iri)
    return n
