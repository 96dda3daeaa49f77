"""Dates of a policy or standard read from sentences that refer back to it or name no date:
"The notice takes effect on April 1" (its day in force), "That standard was released on March 15
and came into force on ..." (the nearest policy before whose label or class holds the word),
"MIIT on Monday published the Notice ..." (the document's own date, at low confidence). Called
by :func:`kg.ingest.events.date_attach.attach_dates`."""
from __future__ import annotations

import bisect
import re

from kg.ingest.events.date_cues import DEADLINE as _DEADLINE, IN_FORCE as _IN_FORCE
from kg.ingest.model import Span
from kg.ingest.reading.dates import DateMention, date_literal
from kg.ingest.terms import NFO, local_name


_THE_POLICY = re.compile(r"\b[Tt]he\s+(?i:(notice|standard|plan|measures|catalogue|catalog|guidelines?|"
                         r"regulations|rules|policy|opinions|provisions|scheme|programme|law))\s+"
                         r"(?:(?:will|shall)\s+)?(?:take|takes|took|come|comes|came|enter|enters|"
                         r"entered|go|goes)\s+(?:into\s+)?(?:effect|force)\s+(?:on|from|as\s+of)\s+$")


def in_force_by_reference(text, dates, dated_kinds, kind) -> int:
    """"The notice takes effect on April 1.": the in-force date of the nearest policy before it
    whose name holds that word."""
    n = 0
    for d in dates:
        if d.kind != "date":
            continue
        m = _THE_POLICY.search(text[max(0, d.start - 80):d.start])
        if m is None:
            continue
        word = m.group(1).lower().rstrip("s")
        prior = [(s_, ent) for s_, _, ent in dated_kinds
                 if s_ < d.start and kind(ent) == "policy" and word in ent.label.lower()]
        if not prior:
            continue
        ent = max(prior, key=lambda x: x[0])[1]
        if not any(st[0] == NFO.dateInForce for st in ent.statements):
            ss = text.rfind(".", 0, d.start) + 1
            ent.add(NFO.dateInForce, date_literal(d.value), Span(ss, d.end),
                    "date:in-force-the-policy")
            n += 1
    return n


# a sentence whose subject refers back to a policy: "That standard was released by X on March 15,
# 2024 and came into force on April 1, 2025", "The rules, issued on May 2, apply from June 1"
_SUBJECT_POLICY = re.compile(r"(?:^|(?<=[.;]\s))\s*(?:(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:new\s+|revised\s+|"
                             r"national\s+|industry\s+|group\s+)?(?i:(notice|standard|plan|"
                             r"measures|catalogue|catalog|guidelines?|regulations|rules|policy|"
                             r"opinions|provisions|scheme|programme|law|document|circular|"
                             r"announcement|decision|controls|restrictions))\b"
                             r"(?!\s+(?:of|on|for)\b)|(?P<it>It)\s+(?=(?:will\s+|shall\s+)?(?:take|"
                             r"takes|took|come|comes|came|enter|enters|entered|go|goes)\s+(?:into\s+)?"
                             r"(?:effect|force)\b))")
_IT_BACK = 600      # "It takes effect on August 1": the policy its paragraph named last
_ISSUED_LEAD = re.compile(r"\b(?:issued|released|published|promulgated|unveiled|approved|"
                          r"adopted|announced|dated|made|signed)\b[^.;]{0,80}$", re.I)
_POLICY_BACK = 2000


# "its Notice on X during the 2026 Dry Season, dated April 3,": the day a document is dated
# with, after its name (and at most a few words of its title the name left out)
_DATED = re.compile(r",?[ \t\n]*(?:which\s+(?:is|was)\s+)?dated[ \t\n]+(?:on[ \t\n]+)?$", re.I)
_TITLE_TAIL = re.compile(r"[\"”’]?[ \t\n]*(?:\([^()\n]{1,60}\)[ \t\n]*)?(?:[^\s.;:,()\"“”]+[ \t\n]+){0,8}?"
                         r"[^\s.;:,()\"“”]*[\"”’]?[ \t\n]*(?:\([^()\n]{1,60}\))?")
# words no title holds between its name and ", dated": another noun phrase or a clause
_NOT_TITLE = frozenset("and or but a an which that who while its their his her was were is are "
                       "has have had said says as well letter reply report".split())
_WEAK = ("context:date", "date:dateline", "date:document-date", "date:nearest")


def dated_after_name(text, dates, dated_kinds, kind) -> int:
    """"X issued its Notice on Y, dated April 3": the day after ", dated" is the issue day of
    the document named right before it (its name, maybe a few words of its title it left out,
    then ", dated"); it replaces a day guessed from elsewhere (rule ``date:dated-after-name``)."""
    n = 0
    policies = sorted(((s_, e_, ent) for s_, e_, ent in dated_kinds
                       if kind(ent) == "policy" and not ent.known), key=lambda x: x[1])
    if not policies or "dated" not in text:
        return 0
    ends = [e_ for _, e_, _ in policies]
    for d in dates:
        if d.kind not in ("date", "gYearMonth"):
            continue
        m = _DATED.search(text, max(0, d.start - 30), d.start)
        if m is None:
            continue
        i = bisect.bisect_right(ends, m.start()) - 1
        if i < 0 or policies[i][1] < m.start() - 80:
            continue
        s_, e_, ent = policies[i]
        if not _TITLE_TAIL.fullmatch(text, e_, m.start()) or \
                _NOT_TITLE.intersection(text[e_:m.start()].lower().split()):
            continue        # ("the Notice on X and a letter dated May 5": the letter's day)
        if any(st[0] == NFO.dateIssued and not st[3].startswith(_WEAK) for st in ent.statements):
            continue
        ent.statements[:] = [st for st in ent.statements
                             if not (st[0] == NFO.dateIssued and st[3].startswith(_WEAK))]
        ent.add(NFO.dateIssued, date_literal(d.value), Span(s_, d.end), "date:dated-after-name")
        n += 1
    return n


def subject_policy_dates(text, dates, sents, dated_kinds, kind) -> int:
    """(First, :func:`dated_after_name`: "its Notice on X, dated April 3".)

    A sentence that opens with "The/This/That standard" (or notice, plan, rules, document,
    controls ...; "It takes effect" with a policy named in the 600 characters before) and
    names no policy of its own ("The document is dated June 5"): its dates after "released/issued ... on" and "came into force on" are
    the issue and in-force dates of the nearest policy named before it whose label or class
    holds that word (``date:issued-the-policy``, ``date:in-force-the-policy``)."""
    n = dated_after_name(text, dates, dated_kinds, kind)
    policies = [(s_, e_, ent) for s_, e_, ent in dated_kinds if kind(ent) == "policy"]
    if not policies:
        return n
    for d in dates:
        if d.kind not in ("date", "gYearMonth"):
            continue
        ss, se = sents.bounds(d.start)
        m = _SUBJECT_POLICY.match(text, ss)
        if m is None or m.end() > d.start:
            continue
        if any(ss <= s_ < d.start for s_, _, _ in policies):
            continue        # the sentence names its policy: the clause rules above decide
            # (one named after the date is no subject: "..., when the province must report")
        lead = text[m.end():d.start]
        if _IN_FORCE.search(text[max(m.end(), d.start - 60):d.start]):
            pred, rule = NFO.dateInForce, "date:in-force-the-policy"
        elif _ISSUED_LEAD.search(lead) and not _DEADLINE.search(lead[-30:]) \
                and not _IN_FORCE.search(lead):
            pred, rule = NFO.dateIssued, "date:issued-the-policy"
        else:
            continue
        word = "document" if m.group("it") else m.group(1).lower().rstrip("s")
        back = _IT_BACK if m.group("it") else _POLICY_BACK
        # "The document", "It": any policy; "The controls take effect": the one whose sentence
        # says what it controls ("released Announcement No. 33 on export controls on ...")
        prior = [(s_, ent) for s_, _, ent in policies if ss - back <= s_ < ss and (
            word in ent.label.lower() or word in _class_name(ent) or word == "document"
            or word in text[slice(*sents.bounds(s_))].lower())]
        if not prior:
            continue
        ent = max(prior, key=lambda x: x[0])[1]
        # (the filing day, the day of the news: the last resort)
        weak = ("context:date", "date:dateline", "date:document-date")
        if any(st[0] == pred and not st[3].startswith(weak) for st in ent.statements):
            continue
        ent.statements[:] = [st for st in ent.statements
                             if not (st[0] == pred and st[3].startswith(weak))]
        ent.add(pred, date_literal(d.value), Span(ss, max(se, d.end)), rule)
        n += 1
    return n


def _class_name(ent) -> str:
    """"nationalstandard" for ``nfo:NationalStandard``."""
    return local_name(ent.cls).lower()


# "issued in accordance with the X Law": the law is what another document was issued under
_UNDER = re.compile(r"\b(?:in\s+accordance\s+with|according\s+to|pursuant\s+to|under|based\s+on|"
                    r"in\s+line\s+with)\s+(?:the\s+)?[^.;]{0,40}$", re.I)


def released_on_document_date(text, sents, ent, doc_date):
    """A policy or standard the sentence says was released, issued or published with no date
    of its own ("MIIT on Monday published the Notice ...", "have released GB/T ..."): the
    document's date, at low confidence."""
    if doc_date is None:
        return None
    for m in sorted(ent.mentions, key=lambda m: m.start):
        ss, se = sents.bounds(m.start)
        before = text[max(ss, m.start - 120):m.start]
        if re.search(r"\b(?:releas|issu|publish|promulgat|unveil)\w*\b[^.;]*$", before, re.I) \
                and not re.search(r"\b(?:will|to be|shall|plans?|expected)\b[^.;]*$", before, re.I) \
                and not _UNDER.search(before):
            d = DateMention(m.start, m.start, doc_date, "date")
            return d, "date:document-date", Span(min(ss, m.start), max(se, m.end))
    return None
