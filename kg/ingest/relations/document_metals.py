"""The metal of a document whose own sentences name none: in an article about one metal (the
one it names most, clearly ahead of the others: :func:`kg.ingest.relations.producers.topic_metal`;
else the only metal its headline names, when its body names it too; in an article about
several metals, the article's own list takes the metals of the lead paragraph over its rows:
:mod:`kg.ingest.relations.lead_metals`),
a ruling, notice, report or plan it reports with no metal of its own concerns that metal ("MOFCOM
Announcement No. 41 of 2026" that opened the anti-dumping investigation into titanium sponge;
"the prospectus" of a cobalt refiner). Rule ``context:article-metal@0.5``, a statistical guess a
reviewer confirms, as for the companies of such an article. Standards are left alone (their
titles say their metal). One pass over the draft's documents: linear."""
from __future__ import annotations

from kg.ingest.lexicon import words
from kg.ingest.model import Span
from kg.ingest.names.running_plans import RULE as PASSING_PLAN
from kg.ingest.names.invoked_laws import RULES as INVOKED_LAWS
from kg.ingest.relations.cited_rules import head_holds
from kg.ingest.relations.document_content import document_content
from kg.ingest.relations.lead_metals import lead_metals
from kg.ingest.relations.listed_places import listed_places
from kg.ingest.relations.producers import topic_metal
from kg.ingest.relations.row_metals import row_metals
from kg.ingest.terms import NFO

RULE = "context:article-metal@0.5"
# a law or standing policy the article cites ("the Export Control Law", "the Production Safety
# Law", "its dividend policy") governs a whole domain and is cited for a clause of it: the metal
# the article is about is not its metal (dev sets round 43: 0 of 7 such guesses right; notices,
# reports and plans 32 of 104). (A catalogue or list, 0 of 5 on dev, was left alone: one was
# right on the check sets.)
_NOT_THE_ARTICLES = frozenset(("Policy",))
# likewise a body of standing rules, by its class ("Measures for the Administration of a Fund")
# or by a word of its name ("Regulations on the Registration of Social Organizations", "Interim
# Rules of a Province on Fire Protection Acceptance", "Safety Regulations for Mines"): on the
# dev sets (round 58) 29 such guesses, 1 curated and 4 more right by meaning, 24 wrong
# (data/standing-rule-words.txt, read by cited_rules.head_holds)
_STANDING_RULES = frozenset(("Measures",))


def document_metals(draft, spans_of, kind) -> int:
    """Add the article's metal to its new documents that have none; returns how many."""
    docs = [(s, e, x) for s, e, x in spans_of if x.kind == "policy" and not x.known
            and not str(x.cls).endswith("Standard") and x.rule != PASSING_PLAN
            and x.rule not in INVOKED_LAWS]     # (nor a law cited: names/invoked_laws.py)
    # (nor a plan named in passing, names/running_plans.py: "the company's emergency plan"
    # in a copper smelter's news is no copper plan; dev sets 2-56: 0 of 3 right)
    if not docs:
        return 0
    listed_places(draft, spans_of, kind)        # "seven cities were picked:" and a table
    document_content(draft, spans_of, kind)     # "Smelters were told to cut ...": its metals
    row_metals(draft, spans_of, kind)           # a list's rows: "1. Copper smelting ..."
    metal = topic_metal(spans_of, kind) or _headline_metal(draft.text, spans_of, kind)
    if metal is None:       # (several metals: the article's own document, its lead's)
        return lead_metals(draft, spans_of, kind, docs)
    n = 0
    seen = set()
    for s, e, doc in sorted(docs, key=lambda x: x[0]):
        if doc.iri in seen:
            continue
        seen.add(doc.iri)
        if any(st[0] == NFO.concernsMetal for st in doc.statements):
            continue
        if str(doc.cls).rsplit("#", 1)[-1] in _NOT_THE_ARTICLES | _STANDING_RULES:
            continue
        if _standing_rules(doc.label):
            continue
        doc.add(NFO.concernsMetal, metal.iri, Span(s, e), RULE)
        n += 1
    return n


def _standing_rules(label: str) -> bool:
    """Whether the head of the document's name ``label`` names a body of standing rules
    ("Measures for ...", "Interim Rules of ...", "Mining Safety Regulations"); "Notice on
    Revising the Listing Rules" is a notice, its head before "on"."""
    return head_holds(label, words("standing-rule-words"))


def _headline_metal(text: str, spans_of, kind):
    """The one metal the headline (the first line of text) names, when the body names it too;
    else None."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    metals = [(s, e, x) for s, e, x in spans_of if x.kind == "metal"]
    named = {x.iri: x for s, e, x in metals if start <= s and e <= end}
    if len(named) != 1:
        return None
    (iri, metal), = named.items()
    return metal if any(s >= end and x.iri == iri for s, e, x in metals) else None
