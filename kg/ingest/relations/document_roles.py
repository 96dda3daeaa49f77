"""Who made a document or a standard: the drafting units, issuing bodies and supporters of the
policies, standards, notices and measures an article reports, stated by constructions of
English news and notice prose (not by any article's words):

* a list after a noun of the units' role: "The drafting units of GB/T 1-2026 are:" and one
  unit a line (bullets or numbers), "The other issuing departments are A, B and C", "supporting
  units include A and B" (``data/document-unit-roles.txt`` says which role gives which
  predicate; rule ``document:units-list``);
* "The drafting was organised / led by X", "the drafting of X was undertaken by Y":
  ``nfo:draftedBy`` (rule ``document:drafting-organised-by``);
* "X, issued / released / approved / imposed by A and B", "The measures were jointly issued by
  A and B", "the export controls on X, imposed by A and B,":
  ``nfo:issuedBy`` (rule ``document:issued-by-passive``), the document right before the verb or
  the subject that refers back to it;
* "The text was drafted by X with support from A and B": ``nfo:supportedBy`` of the document a
  drafting or issuing sentence is about (rule ``document:with-support-from``).

Which document a cue is about: the one its "of" names ("The drafting units of X"; "of this
document": the text's own, the first its title lines name), else the
last one its sentence names before the cue, else the one its subject refers back to ("The
measures", "The text"; "Both standards": the last two documents the article reports as
issued, released or approved), else (a list's noun only) the last document named before, at
most ``_BACK`` characters back. Only new documents are given statements; only organisations are
listed. Each cue is found by one scan of the text: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.reading.caseless import compile_lower, lowered, lower_text
from kg.ingest.relations.members import _LIST_GAP      # "A, B and C", "A (Acr.) together with B"
from kg.ingest.relations.notice_lists import notice_lists
from kg.ingest.relations.released_standards import old_editions
from kg.ingest.relations.document_voices import _WITH, _WITH_END, document_voices
from kg.ingest.terms import NFO
from kg.ingest.reading.windows import Near
from kg.ingest.reading import scans_ahead
from kg.ingest.span_order import first_at_start, spans_by_start_longest
from kg.ingest.relations.kinds import CLASS_NAMES, class_name, kind_of
from kg.ingest.events.signed_document import title_document

_STANDARD_CLASSES = {NFO.Standard, NFO.NationalStandard, NFO.IndustryStandard, NFO.GroupStandard}
_BACK = 1500            # a document named this far back is the one a cue refers back to
_STEMS = ("drafting", "compiling", "issuing", "publishing", "supporting", "drafted",
          "support", " by ", "in its ", "in their ")

_UNIT_NOUNS = (r"(?:units?|organi[sz]ations?|bodies|body|departments?|authorities|agencies|"
               r"enterprises|companies|institutions|parties)")
_ROLE_ADJ = r"(?:drafting|compiling|issuing|publishing|supporting)"
_UNITS = compile_lower(rf"\b(?P<adj>{_ROLE_ADJ})\s+{_UNIT_NOUNS}\b(?:\s+(?:of|for)\s+"
                    rf"(?P<of>[^:\n]{{1,80}}?))?\s*,?\s*(?:\b(?:include[sd]?|including|are|were|is|"
                    rf"was|comprise[sd]?|consist\s+of)\b|:)\s*:?[ \t]*(?:the\s+)?", re.I)
_ORGANISED = compile_lower(r"\b(?:drafting|compilation|formulation)(?:\s+(?:work|process))?"
                        r"(?:\s+of\s+(?P<of>[^,.;\n]{1,80}?))?\s+(?:was|were|is|has\s+been|"
                        r"had\s+been|will\s+be)\s+(?:jointly\s+)?(?:organi[sz]ed|led|"
                        r"coordinated|undertaken|carried\s+out|overseen)\s+by\s+(?:the\s+)?",
                        re.I)
_PASSIVE = compile_lower(r"\b(?=[wiahjofrpue])(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+)?"
                      r"(?:jointly\s+|officially\s+|formally\s+)?(?:issued|released|published|"
                      r"promulgated|approved|enacted|unveiled|imposed|adopted|introduced)\s+"
                      r"(?:jointly\s+)?by\s+"
                      r"(?:the\s+)?", re.I)
# (run on the text in lower case; no full stop, comma or semicolon in a match: read only
# between them around a word each match holds)
_ORGANISED_NEAR = Near(_ORGANISED, ("drafting", "compilation", "formulation"), stops=".,;")
_PASSIVE_NEAR = Near(_PASSIVE, ("issued", "released", "published", "promulgated", "approved",
                                "enacted", "unveiled", "imposed", "adopted", "introduced"),
                     stops=".,;")
# "of this document", "of the present standard": the text's own document (its title lines')
_THIS = re.compile(r"(?:this|the\s+present)\s+(?:document|standard|specification|text)\s*",
                   re.I)
# "A; B; C": a list of units with semicolons (or the enumeration comma of translated lists)
_SEMI = re.compile(r"\s*[;；、]\s*(?:and\s+)?(?:the\s+)?", re.I)
# "of both", "of the two standards", "of them": the set a sentence before named
_OF_SET = re.compile(r"(?P<det>both|(?:the|these|those|all)\s+(?P<count>two|three|four|five|six|"
                     r"seven|eight|nine|ten|\d{1,2})|these|those|them|all\s+of\s+them|all|each)"
                     r"(?:\s+(?:new\s+|revised\s+)?(?:standards?|documents?|texts?))?\s*$", re.I)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}
_SUPPORT = re.compile(r"\bwith\s+(?:the\s+)?(?:strong\s+)?support\s+(?:from|of)\s+(?:the\s+)?",
                      re.I)
# what makes a sentence one about making a document (for "with support from")
_MAKING = re.compile(r"\b(?:drafted|compiled|formulated|prepared|issued|released|published|"
                     r"promulgated|written)\b", re.I)
# between a document and the passive verb after it: "X (GB/T 1-2026), which was" (or after
# its number in brackets, a mention of it: "... (Guo Fa [2026] No. 8), issued by"; its quoted
# title, an aside on who drafted it: 'YS/T 1-2027 "Title", drafted by A and B, was approved by')
_DOC_GAP = re.compile(r"[)）]?[\"”]?\s*(?:\([^()\n]{0,80}\)\s*)?[\"”]?\s*(?:[\"“][^\"”\n]{1,120}[\"”]\s*)?"
                      r"(?:,\s*(?:(?:which|that)\s+)?)?(?:(?:drafted|proposed|prepared|compiled|"
                      r"developed|written|formulated)\s+by\s+[^;()]{1,160}?,\s*)?")
# a sentence's subject that refers back to a document: "The measures", "Both standards"
_REFERENT = re.compile(r"\s*(?:[\"“]\s*)?(?P<det>Both\s+the|Both|The\s+two|These\s+two|The|These|"
                       r"This|That|Those)\s+(?:(?:new|national|industry|group|revised|draft|interim)\s+)?"
                       r"(?P<noun>[a-z]+)\b")
# a document the article reports on: the object of "issued", "approved and released", "approved
# the industry standard"
_REPORTED = re.compile(r"\b(?:issued|released|approved|published|promulgated|unveiled|adopted|"
                       r"announced)\s+(?:and\s+\w+\s+)?(?:(?:the|a|an)\s+)?(?:[\w/-]+\s+){0,3}"
                       r"[\"“]?$", re.I)
# a line of a list: a bullet or a number before the name, at most punctuation after it
_BULLET = re.compile(r"[ \t]*(?:(?:[-*•·▪➤►■◆]|\(?\d{1,2}[.)、]|\(\d{1,2}\))[ \t]*)?(?:the\s+)?",
                     re.I)
_BLANK_LINES = re.compile(r"(?:[ \t]*\n){0,2}")
_ITEM_END = re.compile(r"\s*(?:\([^()\n]{1,60}\))?[\s,;.。；]*(?:and)?[\s,;.。；]*")


@lru_cache(maxsize=1)
def _roles() -> dict:
    return {a.lower(): getattr(NFO, p) for a, p in (line.split() for line in
                                                    lines("document-unit-roles"))}


@lru_cache(maxsize=1)
def _referents() -> dict:
    return {n: w for n, w in (line.split() for line in lines("document-referents"))}


def _cls(ent) -> str:
    return CLASS_NAMES.get(ent.cls) or class_name(ent.cls)


def _fits(ent, want: str) -> bool:
    """A document a referent noun may mean: its class or label holds the noun's word."""
    return want == "*" or want in _cls(ent).lower() or want in ent.label.lower()


def document_roles(draft, spans_of, sents, kind) -> None:
    text = draft.text
    notice_lists(draft, spans_of, sents, kind)      # "approved 27 standards in its Notice ...:"
    low = lower_text(text)
    if not any(w in low for w in _STEMS):
        return
    rows = [(s, e, ent) for s, e, ent in spans_by_start_longest(spans_of)
            if ent.cls not in RELATION_NODES]
    docs = [x for x in rows if x[2].kind == "policy"]
    if not docs:
        return
    doc_starts = [s for s, _, _ in docs]
    orgs = first_at_start(rows, "org")      # (the longest name at a start)
    reported = [x for x in docs if _REPORTED.search(text, max(0, x[0] - 80), x[0])]
    old = old_editions(text, [x for x in docs if x[2].cls in _STANDARD_CLASSES])

    def named_in(a, b):
        return docs[bisect.bisect_left(doc_starts, a):bisect.bisect_left(doc_starts, b)]

    def referred(ss, at):
        """The documents the sentence's subject refers back to ("The measures", "Both
        standards"), named before the sentence; None when the subject is no such noun."""
        m = _REFERENT.match(text, ss, at)
        want = _referents().get(m.group("noun").lower()) if m else None
        if want is None:
            return None
        det = m.group("det").lower()
        n = 2 if det.startswith("both") or det.endswith("two") else 1
        back = [x for x in named_in(max(0, ss - _BACK), ss) if _fits(x[2], want)
                and id(x[2]) not in old]
        pool = [x for x in reported if x in back] if n > 1 else []
        if len(pool) < n:
            pool = back
        out = []
        for x in reversed(pool):
            if all(x[2] is not o for o in out):
                out.append(x[2])
            if len(out) == n:
                break
        return out

    def about(ss, at, of=None, fallback=True):
        """The documents the cue at ``at`` (sentence from ``ss``) is about."""
        if of is not None and _THIS.fullmatch(text, *of):
            # ("Drafting units of this document:" in a standard's foreword: the text's own)
            own = title_document(text, spans_of, kind_of)
            return [own[2]] if own is not None else []
        if of is not None:
            here = named_in(*of)
            if here:
                return [here[0][2]]
            m = _OF_SET.match(text, *of)
            if m is not None:       # "the drafting of both": the documents named before
                count = m.group("count")
                n = 2 if m.group("det").lower() == "both" else (
                    int(count) if count and count.isdigit() else _COUNTS.get((count or "").lower()))
                back = [x for x in named_in(max(0, ss - _BACK), ss) if id(x[2]) not in old]
                stds = [x for x in back if str(x[2].cls).lower().endswith("standard")]
                got = []
                for x in reversed(stds or back):
                    if all(x[2] is not o for o in got):
                        got.append(x[2])
                if got and (n is None or len(got) >= n):
                    return got[:n] if n else got
        here = named_in(ss, at)
        if here:
            return [here[-1][2]]
        got = referred(ss, at)
        if got is not None:
            return got
        if not fallback:
            return []
        # the sentence before, naming none, referred back to documents: still its topic
        # ("Both standards were put forward by X. The drafting was organised by Y.")
        ps = sents.bounds(ss - 1)[0] if ss > 0 else ss
        if ps < ss and not named_in(ps, ss) and text.rfind("\n\n", ps, ss) < 0:
            got = referred(ps, ss)
            if got:
                return got
        i = bisect.bisect_left(doc_starts, ss) - 1
        return [docs[i][2]] if i >= 0 and docs[i][0] >= ss - _BACK else []

    def listed(pos, limit):
        """The organisations listed from ``pos`` on ("A, B and C")."""
        out = []
        hit = orgs.get(pos)
        while hit is not None and hit[1] <= limit and len(out) < 12:
            out.append(hit)
            m = _LIST_GAP.match(text, hit[1]) or _SEMI.match(text, hit[1])   # "A; B; C"
            hit = orgs.get(m.end()) if m else None
        return out

    def lined(pos):
        """The organisations of the lines after ``pos`` (the end of a line that ends with a
        colon), one a line, bullets or numbers allowed; blank lines may stand between them."""
        out = []
        while pos < len(text) and len(out) < 40:
            pos = _BLANK_LINES.match(text, pos).end()
            eol = text.find("\n", pos)
            eol = len(text) if eol < 0 else eol
            hit = orgs.get(_BULLET.match(text, pos, eol).end())
            if hit is None or hit[1] > eol or not _ITEM_END.fullmatch(text, hit[1], eol):
                break
            out.append(hit)
            pos = eol + 1
        return out

    def give(targets, pred, who, span, rule):
        for ent in targets:
            if ent.known:
                continue
            for _, _, org in who:
                if org is not ent:
                    ent.add(pred, org.iri, span, rule)

    for m in scans_ahead.finditer(_UNITS, text, (__name__, "_UNITS")):     # (case-blind)
        ss, se = sents.bounds(m.start())
        of = (m.start("of"), m.end("of")) if m.group("of") else None
        targets = about(ss, m.start(), of)
        eol = text.find("\n", m.end())
        eol = len(text) if eol < 0 else eol
        if not text[m.end():eol].strip() and text[m.start():m.end()].rstrip().endswith(":"):
            who = lined(eol + 1)
        else:       # ("A; B; C." may be split into sentences at ";", and wrapped)
            para = text.find("\n\n", m.end())
            who = listed(m.end(), max(se, m.end(), min(m.end() + 600,
                                                       len(text) if para < 0 else para)))
        if who:
            give(targets, _roles()[m.group("adj").lower()], who, Span(m.start(), who[-1][1]),
                 "document:units-list")
    for m in _ORGANISED_NEAR.finditer(lowered(text)):
        ss, se = sents.bounds(m.start())
        of = (m.start("of"), m.end("of")) if m.group("of") else None
        who = listed(m.end(), se)
        if who:
            w = _WITH.match(text, who[-1][1])
            more = listed(w.end(), max(se, sents.bounds(w.end())[1])) if w else []
            if more and _WITH_END.match(text, more[-1][1]):
                who = who + more    # "with A, B and C taking part": drafters too
            give(about(ss, m.start(), of), NFO.draftedBy, who, Span(ss, se),
                 "document:drafting-organised-by")
    for m in _PASSIVE_NEAR.finditer(lowered(text)):
        ss, se = sents.bounds(m.start())
        who = listed(m.end(), se)
        if not who:
            continue
        before = named_in(ss, m.start())
        if before and _DOC_GAP.fullmatch(text, before[-1][1], m.start()):
            targets = [before[-1][2]]
        elif not before and _REFERENT.match(text, ss, m.start()) and \
                re.fullmatch(r"\s*(?:[\"“]\s*)?[\w\s]{1,40}", text[ss:m.start()]):
            targets = referred(ss, m.start()) or []
        else:
            continue
        give(targets, NFO.issuedBy, who, Span(ss, se), "document:issued-by-passive")
    document_voices(draft, docs, orgs, sents)   # "Released by X, the Y", "In its Y, X said"
    for m in scans_ahead.finditer(_SUPPORT, text, (__name__, "_SUPPORT")):
        ss, se = sents.bounds(m.start())
        if not _MAKING.search(text, ss, m.start()):
            continue
        who = listed(m.end(), se)
        if who:
            give(about(ss, m.start(), fallback=False), NFO.supportedBy, who, Span(ss, se),
                 "document:with-support-from")
