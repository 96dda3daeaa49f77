"""Rules that use what the gazetteer linked to shape new names:

* "Chalco and Jinchuan Group" is two organisations when one side of "and" is a known name
  (:func:`split_known`); "Baotai Signs Deal" (a headline's verb inside) is no longer name.
* A list of places ("Shaanxi, Shanxi and Inner Mongolia") whose known members are all places of
  one class proposes its unknown members as places of that class (``list:same-class``, 0.5).
* An agreement named only by its kind ("Framework Agreement", "Supply Agreement") is qualified
  by its subject ("... on a 50,000-Tonne ... Project") or else by the known parties named
  before it in its sentence, so that two articles' framework agreements never share an IRI."""
from __future__ import annotations

import bisect
import re
from kg.ingest.records import Record

from kg.ingest.reading import scans_ahead
from kg.ingest.names import candidates as cand
from kg.ingest.names.candidates import Candidate
from kg.ingest.names.countries import of_country_end
from kg.ingest.reading.headlines import headline_verbs

_NAME = r"[A-Z][A-Za-z'\u2019\-]+(?:[ ][A-Z][A-Za-z'\u2019\-]+){0,2}"
# (at most 40 more names before "and": each start in a long list with no "and" at its end
# tried the rest of the list, quadratic in its length: 4,000 names took 9 s; and a list starts
# a word: each capital of a long hyphenated run began a name read to the run's end)
_LIST = re.compile(rf"(?<![A-Za-z\-]){_NAME}(?:,[ ]{_NAME}){{0,40}},?[ ]and[ ]{_NAME}")
_KINDS = {"agreement", "understanding", "contract"}
_ORG_CLASSES = {"Company", "University", "ResearchInstitute", "GovernmentBody",
                "IndustryAssociation", "AssociationBranch", "Alliance", "Organization"}


class _Named(Record):
    _fields = __match_args__ = ("start", "end", "label")

    def __init__(self, start: int, end: int, label: str):
        self.start = start
        self.end = end
        self.label = label


_GENERIC = {"framework", "cooperation", "strategic", "supply", "cooperative", "investment",
            "agreement", "memorandum", "of", "understanding", "contract", "purchase", "sales",
            "partnership", "comprehensive", "a", "the", "project", "joint", "venture"}


_SCAN = ("kg.ingest.names.qualify", "list_pattern")


def list_pattern():
    """The lists of names' pattern (read ahead: kg/ingest/reading/scans_ahead.py)."""
    return _LIST


def place_lists(text: str, mentions, classes, places) -> list[Candidate]:
    """``mentions``: the gazetteer's links; ``classes``: IRI -> class; ``places``: place classes."""
    at = {(m.start, m.end): classes.get(m.iri) for m in mentions}
    covered = sorted((m_.start, m_.end) for m_ in mentions)
    cstarts = [a for a, _ in covered]
    longest = max((b - a for a, b in covered), default=0)
    out = []
    for m in scans_ahead.finditer(_LIST, text, _SCAN):     # (maybe read ahead)
        items = [(m.start() + x.start(), m.start() + x.end())
                 for x in re.finditer(_NAME, m.group(0))]
        items = [(s, e) for s, e in items if text[s:e] not in ("And",)]
        known = [at[i] for i in items if i in at]
        if len(known) < 2 or len(set(known)) != 1 or known[0] not in places:
            continue
        cls = str(known[0]).rsplit("#", 1)[-1]
        for s, e in items:
            lo, hi = bisect.bisect_left(cstarts, s - longest), bisect.bisect_left(cstarts, e)
            if (s, e) in at or any(covered[i][1] > s for i in range(lo, hi)):
                continue
            out.append(Candidate(s, e, text[s:e], cls, "list:same-class", 0.5))
    return out


def qualify_agreements(text: str, news: list[Candidate], mentions, label_of, is_org) -> None:
    """Give a generic agreement's candidate a label that says which agreement it is."""
    starts = {c.start: c for c in news}
    # the organisations named: known ones (by IRI) and new ones (by their candidate's class)
    known = [_Named(m.start, m.end, label_of(m.iri)) for m in mentions if is_org(m.iri)]
    names = {k.label for k in known}
    ms = []
    for x in sorted(known + [_Named(c.start, c.end, c.label) for c in news
                             if c.cls in _ORG_CLASSES and c.confidence >= 0.5
                             and c.label not in names],
                    key=lambda x: (x.start, -x.end, x.label)):
        if not ms or x.start >= ms[-1].end:      # overlapping names: the first, longest
            ms.append(x)
    mstarts = [x.start for x in ms]
    for c in news:
        words_ = c.label.lower().split()
        if c.cls != "Agreement" or not words_ or words_[-1] not in _KINDS \
                or any(w not in _GENERIC for w in words_):
            continue
        m = re.match(r"[ \t]+(on|for)[ \t]+(?:(?:a|an|the)[ \t]+)?", text[c.end:c.end + 20])
        subj = starts.get(c.end + m.end()) if m else None
        if subj is not None:
            c.label = f"{c.label} {m.group(1)} {subj.label}"
            continue
        ss = max(text.rfind(".", 0, c.start), text.rfind("\n", 0, c.start)) + 1
        parties = []
        for mm in ms[bisect.bisect_left(mstarts, ss):bisect.bisect_left(mstarts, c.start)]:
            if mm.end <= c.start and mm.label not in parties:
                parties.append(mm.label)
        se = min([i for i in (text.find(".", c.end), text.find("\n", c.end)) if i >= 0]
                 or [len(text)])
        for mm in ms[bisect.bisect_left(mstarts, c.end):bisect.bisect_left(mstarts, se)]:
            if mm.label not in parties \
                    and re.search(r"\bwith[ \t]+(?:the[ \t]+)?$", text[c.end:mm.start]):
                parties.append(mm.label)
        if 1 <= len(parties) <= 3:
            c.label = f"{c.label} of {' and '.join(parties)}"


def split_known(news: list[Candidate], text: str, is_known) -> list[Candidate]:
    """"Chalco and Jinchuan Group" is two organisations when the part on either side of "and"
    is a known name and the other is known too or a complete name (ends in a head word): the
    known parts stay links, a complete unknown part is proposed alone."""
    heads = cand._heads()
    verbs = {w for w, pos in headline_verbs().items() if pos == "present"}
    out = []
    for c in news:
        if any(w in verbs for w in text[c.start:c.end].split()[1:-1]):
            continue            # "Baotai Signs Deal": a headline, not a longer name (as
            # printed: a label a rule wrote in title case, "... Letters and Visits Office",
            # is no headline)
        if _known_unit_of_known(c, text, is_known, heads):
            continue            # "the X Branch of CNIA": two known names, not a new one
        # (from a run's first space only: each space of a long run began a search to its end)
        m = re.search(r"(?<!\s)\s+(?:and|&)\s+", text[c.start:c.end])
        if m is None or c.rule.startswith(("quoted", "standard")) \
                or c.cls in cand._NOT_IN_HEADLINE:
            out.append(c)
            continue
        ls, le = c.start, c.start + m.start()
        rs, re_ = c.start + m.end(), c.end
        left, right = " ".join(text[ls:le].split()), " ".join(text[rs:re_].split())
        lk, rk = is_known(left), is_known(right)

        def complete(label: str) -> bool:
            ws = label.split()
            return len(ws) >= 2 and ws[-1].rstrip(".,").lower() in heads
        if lk and rk:
            continue
        if lk and complete(right):
            out.append(cand.Candidate(rs, re_, right, c.cls, c.rule, c.confidence))
        elif rk and complete(left):
            h = heads[left.split()[-1].rstrip(".,").lower()]
            out.append(cand.Candidate(ls, le, left, h[0], c.rule, c.confidence))
        else:
            out.append(c)
    return out


_OF = re.compile(r"(?<!\s)\s+of\s+(?:the\s+)?")      # (from a run's start: linear)


def _known_unit_of_known(c, text: str, is_known, heads) -> bool:
    """"the Titanium Zirconium Hafnium Vanadium Branch of CNIA": the part before the first
    "of" is a known organisation's whole name (it ends in a head word) and the part after it a
    known name too: the text names the two known entities, no third one."""
    if c.rule.startswith(("quoted", "standard")) or c.cls in cand._NOT_IN_HEADLINE:
        return False
    m = _OF.search(text, c.start, c.end)
    if m is None:
        return False
    left = " ".join(text[c.start:m.start()].split())
    ws = left.split()
    if len(ws) < 2 or ws[-1].rstrip(".,").lower() not in heads or not is_known(left):
        return False
    if of_country_end(text, m.start()) == c.end:
        return False        # "the State Council of Vietnam": another country's body
    # the known name after "of", up to a word in lower case ("... of CNIA in Xi'an on Friday")
    right = text[m.end():c.end].split()[:12]
    for k in range(len(right), 0, -1):
        if (k == len(right) or right[k][:1].islower()) and is_known(" ".join(right[:k])):
            return True
    return False

