"""Who made a document, said in the voices :mod:`document_roles` does not read:

* a participle that opens the sentence: "Released by the Minerals Commission on March 3, the
  Guidelines for X set ...", "Jointly issued by A and B, the Notice ..." (``nfo:issuedBy``;
  "Drafted / Compiled / Prepared by": ``nfo:draftedBy``) for the first document after the
  comma (rule ``document:fronted-participle``);
* the body that speaks through its document: "In its Announcement No. 7 of 2027, the State
  Taxation Administration said ..." (``nfo:issuedBy``, rule ``document:in-its``);
* a drafter in the active voice: "A led / took the lead in / organised the drafting of the
  standard T/X 1-2027, with B and C also participating" (``nfo:draftedBy`` for A, B and C;
  rule ``document:led-drafting``): the document its "of" names, else the last one its sentence
  names before the cue.

Only new documents are given statements; only organisations make them. Each cue is one scan of
the text; the names a cue reads are found by a dict lookup at a position: linear."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.terms import NFO
from kg.ingest.reading.caseless import lower_text

# (each pattern opens with literal words, so that the engine skips to their first letters)
_BY = re.compile(r"by\s+(?:the\s+)?")
_FRONT_VERBS = frozenset("Released Issued Published Promulgated Approved Adopted Enacted Drafted "
                         "Compiled Prepared Formulated Written".split())
_FRONT_ADVERBS = frozenset("Jointly Officially Formally".split())
# what stands before a participle that opens its sentence: the text's start, a line break, or
# the end of the sentence before
_OPENS = re.compile(r"(?:^|\n|[.;]\s)[ \t]*$")
# the stems the active-voice cue needs (found with str.find on the lower-case text first)
_LED_STEMS = ("led ", "leads ", "lead in", "headed", "heads ", "organi", "coordinat", "undert",
              "responsible for")
_DRAFTING = {"drafted", "compiled", "prepared", "formulated", "drawn up", "written"}
_IN_ITS = re.compile(r"[ \t\n]+(?:(?:latest|new|recent)[ \t\n]+)?")    # after "in its" / "in their"
_AFTER_DOC = re.compile(r"[\"”]?\s*(?:\([^()\n]{1,80}\)\s*)?,\s*(?:the\s+)?")
_LED_WORDS = ("drafting", "compilation", "formulation", "revision", "preparation")
_LED_TAIL = re.compile(r"(?:\s+work)?(?:\s+of\s+)?")     # after one of them
_LED = re.compile(r"\s+(?:(?:has|had|have)\s+)?(?:led|leads|headed|heads|took\s+the\s+lead\s+in|"
                  r"takes\s+the\s+lead\s+in|organi[sz]ed|organi[sz]es|coordinated|coordinates|"
                  r"undertook|undertakes|was\s+responsible\s+for|is\s+responsible\s+for)\s+"
                  r"(?:the\s+)?$", re.I)
_WITH = re.compile(r",?\s+(?:and\s+)?with\s+(?!(?:the\s+)?(?:strong\s+)?(?:support|help|assistance|"
                   r"guidance|funding|backing)\b)(?:the\s+)?(?:(?:active\s+)?participation\s+of\s+"
                   r"(?:the\s+)?)?", re.I)
_WITH_END = re.compile(r"\s+(?:also\s+)?(?:taking\s+part|participating|joining(?:\s+in)?|"
                       r"involved|contributing|as\s+(?:participants|participating\s+units|"
                       r"co-?drafters|members|drafting\s+units))\b|\s*(?:[.;]|$)", re.I)
_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*[;；、]\s*(?:and\s+)?)(?:the\s+)?", re.I)
_OF_DOC = 200       # how far after "the drafting of" the document may be named


def document_voices(draft, docs, orgs: dict, sents) -> int:
    """``docs``: the (start, end, entity) of the documents, by start; ``orgs``: start -> (start,
    end, organisation), the longest name at each start. Returns how many statements."""
    text = draft.text
    starts = [x[0] for x in docs]
    by_end = {}
    for x in orgs.values():
        if x[1] not in by_end or x[0] < by_end[x[1]][0]:
            by_end[x[1]] = x        # the longest name ending at each offset
    n = 0

    def listed(pos, limit):
        out = []
        hit = orgs.get(pos)
        while hit is not None and hit[1] <= limit and len(out) < 12:
            out.append(hit)
            m = _GAP.match(text, hit[1])
            hit = orgs.get(m.end()) if m else None
        return out

    def give(doc, pred, who, span, rule):
        nonlocal n
        if doc.known:
            return
        for _, _, org in who:
            if org is not doc and (pred, org.iri) not in {(p, o) for p, o, _, _ in doc.statements}:
                doc.add(pred, org.iri, span, rule)
                n += 1

    for b in _BY.finditer(text):
        if b.start() == 0 or not text[b.start() - 1].isspace():
            continue
        lo = max(0, b.start() - 40)
        words = text[lo:b.start()].split()[-3:]
        if words and words[-1] == "jointly":
            words = words[:-1]
        if len(words) >= 2 and (words[-2] in _FRONT_ADVERBS or words[-2:] == ["Drawn", "up"]):
            verb = words[-1] if words[-2] in _FRONT_ADVERBS else "drawn up"
            first = words[-2]
        elif words and words[-1] in _FRONT_VERBS:
            verb = first = words[-1]
        else:
            continue
        at = text.rfind(first, lo, b.start())
        if not _OPENS.search(text, max(0, at - 12), at):
            continue
        ss, se = sents.bounds(b.end())
        who = listed(b.end(), se)
        if not who:
            continue
        comma = text.find(",", who[-1][1], se)
        i = bisect.bisect_left(starts, comma) if comma >= 0 else len(docs)
        if i >= len(docs) or docs[i][0] >= se or docs[i][0] - comma > 12:
            continue        # the document opens the main clause, right after the comma
        verb = verb.lower()                 # ("Jointly drafted by": drafted)
        give(docs[i][2], NFO.draftedBy if verb in _DRAFTING else NFO.issuedBy, who,
             Span(at, se), "document:fronted-participle")
    low = lower_text(text)      # (the cues are found with str.find on it)
    for m in _finds(text, low, ("in its", "in their"), _IN_ITS):
        if m.start() > 0 and text[m.start() - 1].isalnum():
            continue        # ("within its")
        i = bisect.bisect_left(starts, m.end())
        if i >= len(docs) or docs[i][0] != m.end():
            continue
        gap = _AFTER_DOC.match(text, docs[i][1])
        org = orgs.get(gap.end()) if gap else None
        if org is not None:
            ss, se = sents.bounds(m.start())
            give(docs[i][2], NFO.issuedBy, [org], Span(ss, se), "document:in-its")
    led = any(w in low for w in _LED_STEMS) and any(
        w in low for w in ("drafting", "compilation", "formulation", "revision", "preparation"))
    for t in (_finds(text, low, _LED_WORDS, _LED_TAIL) if led else ()):
        m = _LED.search(text, max(0, t.start() - 50), t.start())
        if m is None:
            continue
        ss, se = sents.bounds(m.start())
        subj = by_end.get(m.start())
        if subj is None:
            continue
        m = t           # (the cue ends where the document may be named)
        i = bisect.bisect_left(starts, m.end())
        if i < len(docs) and docs[i][0] < min(se, m.end() + _OF_DOC):
            doc = docs[i][2]
        else:
            j = bisect.bisect_left(starts, m.start()) - 1
            if j < 0 or docs[j][0] < ss:
                continue
            doc = docs[j][2]
        who = [subj]
        end = max(m.end(), docs[i][1] if i < len(docs) and docs[i][2] is doc else m.end())
        w = _WITH.search(text, end, se)
        if w is not None:
            more = listed(w.end(), max(se, sents.bounds(w.end())[1]))
            if more and _WITH_END.match(text, more[-1][1]):
                who += more
        give(doc, NFO.draftedBy, who, Span(ss, se), "document:led-drafting")
    return n



class _Found:
    """A cue found by ``str.find``: its start and end, as a match gives them."""
    __slots__ = ("s", "e")

    def __init__(self, s: int, e: int):
        self.s, self.e = s, e

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e


def _finds(text: str, low: str, words, tail) -> list:
    """Each place one of ``words`` (lower case) stands in ``text``, its end run on by ``tail``;
    by start (``str.find`` is far faster than a regular expression that opens with a choice)."""
    out = []
    for w in words:
        pos = low.find(w)
        while pos >= 0 and len(out) < 10000:
            m = tail.match(text, pos + len(w))
            if m is not None:
                out.append(_Found(pos, m.end()))
            pos = low.find(w, pos + 1)
    return sorted(out, key=lambda f: f.s)
