"""What a delivery under a sale, supply or loan is a step of: the agreement named before it.

A supply contract, a purchase agreement or a loan is announced, and a later sentence tells when
its goods or its money first move: "The first lot shall arrive by 10 January 2027", "The first
cargo is to be shipped in the first quarter", "Deliveries will begin on 1 January 2027", "The
first drawdown of CNY 600 million is expected this month", "The first 300 tonnes are due in
March". Such a step rarely names its agreement again; it is a step of the agreement the text
named last before it, however far back (the announcement's subject). So a milestone whose
words open with a handing over (``data/delivery-nouns.txt``: delivery, shipment; after "the
first", "the second" ... or a plural alone; "Shipment of the first lot", "Start of deliveries" as
a label reads), or with a thing handed over (``data/delivered-lots.txt``: lot, cargo,
consignment; "the first N tonnes") and a verb of handing over in its words
(``data/delivery-verbs.txt``: not "the first 100,000 tonnes are expected on stream", a works'
output, nor "the first consignment is expected to be declared at customs") is about the
agreement with the last mention before it (rule ``topic:delivery-agreement@0.6``), when the
text is about an agreement: its headline holds an agreement's noun (``data/agreement-heads.txt``:
"ANNOUNCEMENT ON SIGNING A LONG-TERM SUPPLY AGREEMENT", "Purchase Contract", "... Sign Supply
Deal"). A text about something else (a digest of several items, an interview, a works' news)
that mentions an agreement tells deliveries of other things too; there the step is the
agreement's only when no paragraph break stands between the agreement's last mention and the
step ("... signed a three-year supply contract with X. The first 5,000 tonnes arrive in
March": rule ``topic:delivery-agreement-paragraph@0.5``, lower than a headline's; round 46:
right for 4 of the 5 such steps of the development sets, the paragraph being where a report
tells one deal's terms). A step whose own words name a thing of their own (a product, a works, a place, a
body: anything but a metal or a field; "Deliveries of the X frame will begin", "the first lot
will arrive at the Y plant") is left alone: what it is about is that thing as likely as the
agreement. Nothing when the text names no agreement before the step, or when a rule already
said what the step is about with confidence 0.6 or more (a guess below gives way, as in
works_milestones). A loan's drawdown is left alone (the loan is seldom the agreement named
last: a power or supply deal of the same project often is). One pass over the entities, a bisect for each step."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import alternation, lines
from kg.ingest.model import Span
from kg.ingest.reading.title_lines import headline_lines
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.rule_confidence import rule_confidence
from kg.ingest.relations.works_milestones import _guess
from kg.ingest.terms import NFO

RULE = "topic:delivery-agreement@0.6"
PARAGRAPH_RULE = "topic:delivery-agreement-paragraph@0.5"
_BLANK = re.compile(r"\n[ \t]*\n")     # a paragraph's end
_ORDINAL = r"(?:first|second|third|fourth|fifth|initial|next|final|last|remaining)"


@lru_cache(maxsize=1)
def _opening() -> re.Pattern:
    nouns = alternation("delivery-nouns", lower=True)
    lots = alternation("delivered-lots", lower=True)
    return re.compile(
        r"[ \t\n\"'\u201c(]*(?:\d+(?:\.\d+)*[.)]?[ \t]+)?"        # ("4.2 The first lot ...")
        r"(?P<of>(?:start|shipment|delivery|arrival|loading)[ \t\n]+of[ \t\n]+)?"
        r"(?:(?:the|its|their|our)[ \t\n]+)?"
        r"(?:(?P<ord>" + _ORDINAL + r")[ \t\n]+(?:(?P<goods>(?:about[ \t\n]+)?[\d,.]+[ \t\n]*"
        r"(?:tonnes|tons|t|kilotonnes|kt)\b|(?:" + lots + r")\b)|(?:" + nouns + r")\b)|"
        r"(?:" + nouns + r")\b)",
        re.I)


@lru_cache(maxsize=1)
def _heads() -> re.Pattern:
    nouns = sorted({ln.split("|")[0].strip() for ln in lines("agreement-heads")}, key=len,
                   reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns)
                      + r")\b", re.I)


def _about_an_agreement(text: str) -> bool:
    """The text's headline holds an agreement's noun ("... SUPPLY AGREEMENT", "Purchase
    Contract")."""
    return any(_heads().search(text, a, b) for a, b in headline_lines(text, 1000))


@lru_cache(maxsize=1)
def _verbs() -> re.Pattern:
    return re.compile(r"\b(?:" + alternation("delivery-verbs", lower=True) + r")\b", re.I)


def _delivery(text: str, m, label: str) -> bool:
    """The step's words (or its label) open with a handing over (see the module's notes)."""
    for s, a, b in ((text, m.start, m.end), (label, 0, len(label))):
        got = _opening().match(s, a, b)
        if got is None:
            continue
        if got.group("goods") is not None and got.group("of") is None:
            # (a lot or an amount: handed over only with a verb that says so)
            return _verbs().search(s, got.end(), b) is not None
        if got.group("ord") is None and got.group("of") is None and \
                not got.group(0).rstrip().lower().endswith("s"):
            continue        # ("Delivery is free": a noun alone only in the plural, "Deliveries")
        return True
    return False


def delivery_agreements(draft) -> None:
    text = draft.text
    agreements, steps, named = [], [], []
    for e in draft.entities.values():
        k = e.kind
        if k not in ("agreement", "event", "metal", "field"):
            named.extend((m.start, m.end) for m in e.mentions)
        if k == "agreement":
            agreements.extend((m.start, m.end, e) for m in e.mentions)
        elif k == "event" and not e.known and e.mentions and str(e.cls).endswith("#Milestone"):
            steps.append(e)
    if not agreements or not steps:
        return
    agreements.sort(key=lambda x: (x[0], x[1]))
    starts = [x[0] for x in agreements]
    headline = None         # (asked once, when a step needs it)
    for ent in steps:
        m = min(ent.mentions, key=lambda s: s.start)
        if not _delivery(text, m, ent.label):
            continue
        if any(st[0] == NFO.about and (not _guess(st[3]) or rule_confidence(st[3]) >= 0.6)
               for st in ent.statements):
            continue
        if any(m.start <= a and b <= m.end for a, b in named):
            continue            # ("Deliveries of the X frame will begin": the frame's, maybe)
        i = bisect.bisect_left(starts, m.start)
        before = [a for a in agreements[:i] if a[1] <= m.start]
        if not before:
            continue
        a, b, target = max(before, key=lambda x: x[1])
        if headline is None:
            headline = _about_an_agreement(text)
        rule = RULE
        if not headline:
            if _BLANK.search(text, b, m.start):
                continue    # (a text about no agreement: an agreement named before is no step's)
            rule = PARAGRAPH_RULE   # (but its own paragraph's agreement is: round 46)
        ent.statements[:] = [st for st in ent.statements if st[0] != NFO.about]
        ent.add(NFO.about, target.iri, Span(a, m.end), rule)
