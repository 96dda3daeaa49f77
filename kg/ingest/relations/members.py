"""Who belongs to, set up, drafted or owns what, stated by cue words (no statistics):

* an alliance's members: "its (founding) members include A, B and C", "27 member units,
  including A and B", "the vice-chairman units are A and B": ``nfo:member`` (rule
  ``alliance:members-include``);
* who set it up: "initiated / founded / established by A together with B", "A and B jointly
  initiated the X Alliance": ``nfo:initiatedBy`` (rules ``alliance:initiated-by``,
  ``alliance:initiators-subject``);
* a standard's (or a report's, or a new policy's or plan's) drafting units: "drafted by A together with B and C", "compiled
  by its secretariat together with B" (B), "A took the lead in drafting ...", "A and B
  participated in drafting ...", "the drafting units include A and B": ``nfo:draftedBy`` (rules ``standard:drafted-by``, ``standard:drafter-subject``,
  ``standard:drafting-units``);
* one organisation under another: "X is a (wholly-owned) subsidiary of Y", "Y's subsidiary X",
  "X, owned / controlled by Y", "Y, the parent company of X", "X's holding company Y":
  ``nfo:subsidiaryOf`` (rule ``org:subsidiary-cue``); "The company is a subsidiary of Y" after a
  new company is named (rule ``org:the-company-subsidiary``); "Y's X Co., Ltd." (two names: X
  under Y, rule ``org:possessive-company``); "X, a unit / branch of Y": ``nfo:unitOf``
  (rule ``org:unit-cue``); "X, a joint venture of A and B", "Y, the controlling shareholder of
  X": ``nfo:shareholderOf`` (rule ``org:shareholder-cue``); "Y's X" inside a new name (rule
  ``name:owner-possessive``).

The body or standard a cue is about is the one its sentence names before the cue (for a subject
list, the one after it), else the one named last before the sentence in its paragraph. Each
rule reads a sentence once: linear in the text. Cue verbs are in the patterns below; the
organisation lists are walked name by name ("A, B and C", "A (Acr.) together with B")."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.model import Span
from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.names.nesting import containers
from kg.ingest.relations.org_names import orgs_by_name
from kg.ingest.relations.released_standards import _REPLACED
from kg.ingest.relations.rows import starting_in
from kg.ingest.relations.unit_names import unit_names
from kg.ingest.relations.unit_spans import unit_spans
from kg.ingest.relations.possessive_units import possessive_units
from kg.ingest.reading.text import normalise_name
from kg.ingest.terms import NFO
from kg.ingest.reading.caseless import lower_text
from kg.ingest.reading import scans_ahead
from kg.ingest.span_order import spans_by_start_longest

_BODIES = {"Alliance"}
_BACK = 1500            # a body or standard named this far back in the paragraph is meant

# each cue opens with its word (the engine skips to it); what may stand before it is read
# backwards from there (``_SUBJECT_GAP``)
_MEMBERS = re.compile(
    r"\bmembers?(?:\s+(?:units?|companies|enterprises|organi[sz]ations))?\s*,?\s*(?:include[sd]?|"
    r"including|are|were|comprise[sd]?|comprising|such\s+as|consist(?:s|ed)?\s+of|"
    r"cover(?:s|ing)?)\s*:?\s*(?:the\s+)?", re.I)
# "the vice-chairman units include A and B", "governing units: A, B": members by their role
_ROLE_UNITS = re.compile(
    r"\b(?:(?:vice|deputy|executive)[- ])?(?:chair(?:man|person)?|president|director|council|"
    r"governing|standing|founding)\s+(?:member\s+)?units?\s*,?\s*(?:include[sd]?|including|are|"
    r"were|is|was|comprise[sd]?|:)\s*:?\s*(?:the\s+)?", re.I)
_INITIATED = re.compile(
    r"\b(?:initiated|launched|founded|established|set\s+up|formed|co-founded|sponsored)\s+"
    r"(?:jointly\s+)?by\s+(?:the\s+)?", re.I)
_INITIATE_VERB = re.compile(
    r"\b(?:initiated|launched|founded|established|set\s+up|formed|co-founded)\s+(?!by\b)"
    r"(?:the\s+)?", re.I)
_DRAFTED = re.compile(r"\b(?:drafted|compiled|formulated|prepared|written)\s+(?:jointly\s+)?by\s+"
                      r"(?:the\s+)?", re.I)
_DRAFTER_VERB = re.compile(
    r"\b(?:(?:took|take|takes|taking)\s+the\s+lead\s+in\s+(?:the\s+)?(?:drafting|formulating|"
    r"formulation|compiling|compilation|preparing|preparation)|(?:led|leads|lead)\s+the\s+"
    r"(?:drafting|formulation|compilation|preparation)|(?:participated|participates|took\s+part|"
    r"were\s+involved|was\s+involved)\s+in\s+(?:the\s+)?(?:drafting|formulating|formulation|"
    r"compiling|compilation|preparation)|(?:drafted|co-drafted)(?!\s+by\b))\b", re.I)
# between a subject list and its verb: "A (Acr.) has also jointly ..."
_SUBJECT_GAP = re.compile(r"\s*(?:\([^()]{1,60}\))?\s+(?:(?:have|has|had|also|will|jointly|"
                          r"together)\s+)*$", re.I)
_DRAFTING_UNITS = re.compile(r"\b(?:main\s+)?drafting\s+(?:units?|organi[sz]ations|"
                             r"companies|enterprises)\s*,?\s*(?:include[sd]?|including|are|were|"
                             r"comprise[sd]?)\s*:?\s*(?:the\s+)?", re.I)
# one organisation under another
_UNDER = re.compile(r"(?:\s*,\s*|\s+(?:is|was|has\s+been|becomes|became|as)\s+)(?:a|an|the|its)\s+"
                    r"(?:(?:wholly[- ]owned|majority[- ]owned|holding|controlled|listed|"
                    r"state-owned|key|core|main|principal)\s+)*(?P<what>subsidiary|subsidiaries|"
                    r"unit|branch|member\s+(?:company|enterprise))\s+(?:of|under)\s+(?:the\s+)?",
                    re.I)
_OWNED_BY = re.compile(r"\s*,\s*(?:which\s+is\s+)?(?:wholly\s+|majority[- ]|fully\s+)?"
                       r"(?:owned|controlled)\s+by\s+(?:the\s+)?", re.I)
_PARENT_OF = re.compile(r"\s*,\s*(?:the|its)\s+(?P<what>parent(?:\s+company)?|holding\s+company|"
                        r"controlling\s+shareholder|parent\s+group)\s+of\s+(?:the\s+)?", re.I)
_POSS_SUB = re.compile(r"['’]s?\s+(?:(?:wholly[- ]owned|majority[- ]owned|holding|listed)\s+)?"
                       r"(?P<what>subsidiary|unit|branch|holding\s+company|parent\s+company|"
                       r"parent)\s+(?:the\s+)?", re.I)
_VENTURE = re.compile(r"\s*,\s*(?:a|an|the)\s+(?:\d+:\d+\s+|equal\s+|new\s+)?joint\s+venture\s+"
                      r"(?:of|between|set\s+up\s+by|formed\s+by|established\s+by)\s+(?:the\s+)?",
                      re.I)
# between two names of one list: "A and B", "A (Acr.) together with B", "A, B and C"
_LIST_GAP = re.compile(r"\s*(?:\([^()]{1,60}\))?\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|"
                       r"\s+together\s+with\s+|\s+along\s+with\s+|\s+as\s+well\s+as\s+|\s+with\s+)"
                       r"(?:the\s+)?", re.I)
# the words each sentence pattern needs (lower case): a sentence holding none is not scanned
_NEEDS = {
    _INITIATED: ("by",),
    _INITIATE_VERB: ("initiated", "launched", "founded", "established", "set", "formed"),
    _DRAFTED: ("by",),
    _DRAFTING_UNITS: ("drafting",),
    _DRAFTER_VERB: ("drafting", "formulat", "compil", "prepar", "drafted"),
}
# the stems every cue above holds: a sentence without one is not read (found with str.find
# on the lower-case text, far faster than one case-blind alternation)
_CUE_STEMS = ("member", " unit", "initiat", "launched", "found", "establish", "set up", "formed",
              "sponsored", "draft", "compil", "formulat", "prepar", "written", "lead", "led ",
              "took", "participat", "involved")


def _cue_positions(text: str):
    low = lower_text(text)
    for stem in _CUE_STEMS:
        i = low.find(stem)
        while i >= 0:
            yield i
            i = low.find(stem, i + len(stem))


# an unnamed unit of the subject before the list's named ones ("its secretariat together with")
_OWN_UNIT = re.compile(r"(?:its|their)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?:\s+together\s+with"
                       r"|\s+along\s+with|\s+and)\s+(?:the\s+)?")


def _scan(rx, text, low, ss, se):
    """``rx.finditer(text, ss, se)``, or nothing when the sentence holds none of the words the
    pattern needs."""
    needs = _NEEDS.get(rx)
    if needs is not None and not any(w in low[ss:se] for w in needs):
        return ()
    return rx.finditer(text, ss, se)


def _member_cues(text: str, ss: int, se: int, low: str | None = None):
    # (each pattern holds its word: a sentence without it is not scanned)
    if low is None or "member" in low[ss:se]:
        yield from _MEMBERS.finditer(text, ss, se)
    if low is None or "unit" in low[ss:se]:
        yield from _ROLE_UNITS.finditer(text, ss, se)


def _subject_end(text: str, ss: int, at: int) -> int:
    """Where the subject before the verb at ``at`` ends (auxiliaries, an acronym between)."""
    lo = max(ss, at - 100)
    g = _SUBJECT_GAP.search(text, lo, at)
    return g.start() if g is not None else at


def _cls(ent) -> str:
    return _cls_name(ent.cls)


@lru_cache(maxsize=None)
def _cls_name(cls) -> str:
    return str(cls).rsplit("#", 1)[-1]


def _is_standard(ent) -> bool:
    """A standard or a report: what drafting units are named for."""
    return "Standard" in _cls(ent) or _cls(ent) == "Report"


def members(draft, spans_of, sents, kind) -> None:
    text = draft.text
    # (sorted once: the containers' sort of a sorted list is one pass; the order of ties kept)
    ordered = spans_by_start_longest(spans_of)
    nested = containers([x for x in ordered if not x[2].role])
    rows = [(s, e, ent) for s, e, ent in ordered if ent.cls not in RELATION_NODES
            and (s, e, id(ent)) not in nested]
    starts = [s for s, _, _ in rows]
    by_start: dict = {}
    by_end: dict = {}
    org_rows = [x for x in rows if x[2].kind == "org"]
    for s, e, ent in org_rows:
        by_start.setdefault(s, (s, e, ent))
        by_end.setdefault(e, (s, e, ent))
    bodies = [(s, ent) for s, e, ent in rows if _cls(ent) in _BODIES]
    # (a plan "drafted by A together with B"; not a standard named as the one replaced: "It
    # replaces GB/T Y. The standard was drafted by Z" is the new one's drafter)
    standards = [(s, ent) for s, e, ent in rows if (_is_standard(ent) or (
        ent.kind == "policy" and not ent.known)) and not _REPLACED.search(text, max(0, s - 40), s)]

    def forward(pos, limit):
        """The organisations listed from ``pos`` on ("A, B and C")."""
        out = []
        hit = by_start.get(pos)
        if hit is None:     # "compiled by its secretariat together with B": B
            m = _OWN_UNIT.match(text, pos)
            hit = by_start.get(m.end()) if m else None
        while hit is not None and hit[1] <= limit and len(out) < 12:
            out.append(hit)
            m = _LIST_GAP.match(text, hit[1])
            hit = by_start.get(m.end()) if m else None
        return out

    def backward(pos, lo):
        """The organisations listed right before ``pos`` ("A, B and C jointly ...")."""
        out = []
        hit = by_end.get(pos)
        while hit is not None and hit[0] >= lo and len(out) < 12:
            out.insert(0, hit)
            prev = [x for x in starting_in(rows, starts, max(lo, hit[0] - 200), hit[0])
                    if x[1] <= hit[0] and x[2].kind == "org"]
            nxt = None
            for x in reversed(prev):
                m = _LIST_GAP.match(text, x[1])
                if m is not None and m.end() == hit[0]:
                    nxt = x
                    break
            hit = nxt
        return out

    def about(pool, pool_starts, pool_ids, row, ss, at, after=False):
        """The body / standard the cue at ``at`` is about."""
        if after:
            here = [x for x in row if x[0] >= at and id(x[2]) in pool_ids]
            if here:
                return here[0][2]
        here = [x for x in row if x[1] <= at and id(x[2]) in pool_ids]
        if here:
            return here[-1][2]
        i = bisect.bisect_left(pool_starts, ss) - 1
        par = text.rfind("\n\n", 0, ss)
        if i >= 0 and pool[i][0] >= max(par, ss - _BACK):
            return pool[i][1]
        return None

    body_starts = [s for s, _ in bodies]
    std_starts = [s for s, _ in standards]
    body_ids = {id(ent) for _, ent in bodies}
    std_ids = {id(ent) for _, ent in standards}
    # only the sentences a cue word is in (one pass over the text)
    cued = sorted({sents.bounds(i)[0] for i in _cue_positions(text)}) \
        if bodies or standards else ()
    low = lower_text(text) if cued else None
    for ss in cued:
        _, se = sents.bounds(ss)
        row = None
        span = Span(ss, se)
        if bodies:
            pool_ids = body_ids
            for m in _member_cues(text, ss, se, low):
                row = row if row is not None else starting_in(rows, starts, ss, se)
                body = about(bodies, body_starts, pool_ids, row, ss, m.start())
                for _, _, org in forward(m.end(), se):
                    if body is not None and org is not body:
                        body.add(NFO.member, org.iri, span, "alliance:members-include")
            for m in _scan(_INITIATED, text, low, ss, se):
                row = row if row is not None else starting_in(rows, starts, ss, se)
                body = about(bodies, body_starts, pool_ids, row, ss, m.start())
                for _, _, org in forward(m.end(), se):
                    if body is not None and org is not body:
                        body.add(NFO.initiatedBy, org.iri, span, "alliance:initiated-by")
            for m in _scan(_INITIATE_VERB, text, low, ss, se):
                row = row if row is not None else starting_in(rows, starts, ss, se)
                hit = next((x for x in row if x[0] == m.end() and id(x[2]) in pool_ids), None)
                if hit is None:
                    continue
                for _, _, org in backward(_subject_end(text, ss, m.start()), ss):
                    if org is not hit[2]:
                        hit[2].add(NFO.initiatedBy, org.iri, span, "alliance:initiators-subject")
        if standards:
            pool_ids = std_ids
            for rx, rule in ((_DRAFTED, "standard:drafted-by"),
                             (_DRAFTING_UNITS, "standard:drafting-units")):
                for m in _scan(rx, text, low, ss, se):
                    row = row if row is not None else starting_in(rows, starts, ss, se)
                    std = about(standards, std_starts, pool_ids, row, ss, m.start())
                    for _, _, org in forward(m.end(), se):
                        if std is not None:
                            std.add(NFO.draftedBy, org.iri, span, rule)
            for m in _scan(_DRAFTER_VERB, text, low, ss, se):
                row = row if row is not None else starting_in(rows, starts, ss, se)
                orgs = backward(_subject_end(text, ss, m.start()), ss)
                if not orgs:
                    continue
                std = about(standards, std_starts, pool_ids, row, ss, m.end(), after=True)
                for _, _, org in orgs:
                    if std is not None:
                        std.add(NFO.draftedBy, org.iri, span, "standard:drafter-subject")
    _ownership(text, org_rows, by_start, forward)
    _company_referred(text, org_rows, by_start)
    _possessive_company(text, org_rows, by_start)
    _owner_in_name(draft, spans_of, kind)
    unit_names(draft, kind)         # "X Bureau of Y": a unit of Y
    unit_spans(draft, spans_of, kind)   # "X Office, Y Association", "X Branch of the Y"
    possessive_units(draft, spans_of, kind)     # "the university's College of X"


# "The company is a wholly owned subsidiary of Y": the company named last before it
_THE_COMPANY = re.compile(r"\b[Tt]he\s+(?:company|firm|enterprise)\s+(?:is|was|has\s+been|became|"
                          r"will\s+be)\s+(?:a|an)\s+(?:(?:wholly[- ]owned|majority[- ]owned|"
                          r"controlled|listed|state-owned|key|core|main|principal)\s+)*"
                          r"(?P<what>subsidiary|unit|branch)\s+(?:of|under)\s+(?:the\s+)?")
_COMPANY_BACK = 400

_POSS = re.compile(r"['’]s?[ \t]+")


def _possessive_company(text, org_rows, by_start) -> None:
    """"Chinalco's Guangxi X Aluminium Co., Ltd.": a new company named right after another
    organisation's possessive is its subsidiary (rule ``org:possessive-company``)."""
    for s, e, ent in org_rows:
        if text[e:e + 1] not in "'’":
            continue
        m = _POSS.match(text, e)
        hit = by_start.get(m.end()) if m else None
        if hit is None or hit[2] is ent or hit[2].known or _cls(hit[2]) != "Company":
            continue
        hit[2].add(NFO.subsidiaryOf, ent.iri, Span(s, hit[1]), "org:possessive-company")


def _company_referred(text, org_rows, by_start) -> None:
    """"X Co., Ltd. ... . The company is a wholly owned subsidiary of Y": the new company named
    last before the sentence (within 400 characters, in its paragraph) is Y's subsidiary (unit,
    branch); rule ``org:the-company-subsidiary``."""
    if "ubsidiar" not in text and " unit " not in text and "branch" not in text:
        return
    starts = [s for s, _, _ in org_rows]
    for m in scans_ahead.finditer(_THE_COMPANY, text, (__name__, "_THE_COMPANY")):
        hit = by_start.get(m.end())
        if hit is None:
            continue
        i = bisect.bisect_left(starts, m.start()) - 1
        par = text.rfind("\n\n", 0, m.start())
        while i >= 0 and org_rows[i][1] > m.start():
            i -= 1
        if i < 0 or org_rows[i][0] < max(par, m.start() - _COMPANY_BACK):
            continue
        s, e, ent = org_rows[i]
        if ent.known or ent is hit[2] or _cls(ent) != "Company":
            continue
        pred = NFO.subsidiaryOf if m.group("what").lower() == "subsidiary" else NFO.unitOf
        ent.add(pred, hit[2].iri, Span(m.start(), hit[1]), "org:the-company-subsidiary")


_POSS_IN_NAME = re.compile(r"['’]s\s+(?=[A-Z])")
_SUFFIX = re.compile(r"[\s,]*(?:co\.?,?\s*ltd\.?|company\s+limited|limited|ltd\.?|inc\.?)$")
_OWNED_CLASSES = {"Site": NFO.ownedBy, "Project": NFO.ownedBy, "Company": NFO.subsidiaryOf}


def _owner_in_name(draft, spans_of, kind) -> None:
    """"Tsinghua University's Institute of X", "Y Metal's Global Application Center": the
    organisation named before the possessive inside a new name owns it: a unit (``nfo:unitOf``),
    a company (``nfo:subsidiaryOf``), a site or project (``nfo:ownedBy``); rule
    ``name:owner-possessive``. The owner is a name the draft has (a mention there, or a label
    or alias of an entity it proposes or links)."""
    text = draft.text
    marks = sorted(m.start() for m in scans_ahead.finditer(_POSS_IN_NAME, text,
                                                          (__name__, "_POSS_IN_NAME")))
    if not marks:
        return
    orgs_at = None
    names = None
    for s, e, ent in spans_of:
        i = bisect.bisect_left(marks, s + 2)
        if i == len(marks) or marks[i] >= e:
            continue        # no possessive inside this name
        if ent.known or ent.role or (ent.kind != "org" and _cls(ent) not in _OWNED_CLASSES):
            continue
        m = _POSS_IN_NAME.search(text, s, e)
        if m is None or m.start() - s < 2 or _cls(ent) == "ResearchTeam":
            continue
        if orgs_at is None:
            orgs_at = {(a, b): x for a, b, x in spans_of if x.kind == "org"}
        owner = orgs_at.get((s, m.start()))
        if owner is None:
            if names is None:
                names = orgs_by_name(draft, kind, lambda n: _SUFFIX.sub("", n))
            owner = names.get(normalise_name(text[s:m.start()]))
        if owner is None or owner is ent:
            continue
        ent.add(_OWNED_CLASSES.get(_cls(ent), NFO.unitOf), owner.iri, Span(s, e),
                "name:owner-possessive")


_VERB_NEXT = re.compile(r"\s+(?:is|was|has|becomes|became|as)\s", re.I)


def _ownership(text, org_rows, by_start, forward) -> None:
    for s, e, ent in org_rows:
        # every cue opens with a comma, a possessive or one of a few verbs
        nxt = text[e:e + 12]
        if not nxt[:1] in ",'’" and not _VERB_NEXT.match(nxt):
            continue
        m = _UNDER.match(text, e)
        if m is not None:
            hit = by_start.get(m.end())
            if hit is not None and hit[2] is not ent:
                what = m.group("what").lower()
                if what in ("unit", "branch"):
                    ent.add(NFO.unitOf, hit[2].iri, Span(s, hit[1]), "org:unit-cue")
                else:
                    ent.add(NFO.subsidiaryOf, hit[2].iri, Span(s, hit[1]), "org:subsidiary-cue")
            continue
        m = _OWNED_BY.match(text, e)
        if m is not None:
            hit = by_start.get(m.end())
            if hit is not None and hit[2] is not ent:
                ent.add(NFO.subsidiaryOf, hit[2].iri, Span(s, hit[1]), "org:subsidiary-cue")
            continue
        m = _PARENT_OF.match(text, e)
        if m is not None:
            hit = by_start.get(m.end())
            if hit is not None and hit[2] is not ent:
                if m.group("what").lower().startswith("controlling"):
                    ent.add(NFO.shareholderOf, hit[2].iri, Span(s, hit[1]), "org:shareholder-cue")
                else:
                    hit[2].add(NFO.subsidiaryOf, ent.iri, Span(s, hit[1]), "org:subsidiary-cue")
            continue
        m = _POSS_SUB.match(text, e)
        if m is not None:
            hit = by_start.get(m.end())
            if hit is not None and hit[2] is not ent:
                what = m.group("what").lower()
                if what in ("unit", "branch"):
                    hit[2].add(NFO.unitOf, ent.iri, Span(s, hit[1]), "org:unit-cue")
                elif what == "subsidiary":
                    hit[2].add(NFO.subsidiaryOf, ent.iri, Span(s, hit[1]), "org:subsidiary-cue")
                else:           # "X's holding / parent company Y"
                    ent.add(NFO.subsidiaryOf, hit[2].iri, Span(s, hit[1]), "org:subsidiary-cue")
            continue
        m = _VENTURE.match(text, e)
        if m is not None:
            end = text.find("\n", e, e + 400)
            for hs, he, owner in forward(m.end(), end if end >= 0 else e + 400)[:4]:
                if owner is not ent:
                    owner.add(NFO.shareholderOf, ent.iri, Span(s, he), "org:shareholder-cue")


def company_is_under(text, ref) -> bool:
    """"The company is a subsidiary of Y": this module reads it from the company named before
    (org:the-company-subsidiary), so the phrase is not a referent for the other rules."""
    m = _THE_COMPANY.search(text, max(0, ref[0] - 6), ref[1] + 90)
    return m is not None and m.start() < ref[0]
