"""Who owns what in company news, read from constructions (the owner a name, or "the group",
"the company", "its" resolved by :mod:`kg.ingest.relations.referents`):

* "its (wholly owned) subsidiary Y", "the group's subsidiary Y": Y ``nfo:subsidiaryOf`` the
  owner (rule ``org:referent-subsidiary@0.5``);
* an apposition "Y, the group's titanium subsidiary in Baoji", "Y, X's polysilicon unit in
  Yulin": Y under the owner (``org:appositive-subsidiary``), the metals among its modifiers
  (``org:unit-metal``) and the place after it (``org:unit-in-place``);
* "Y, a (listed) subsidiary that ...", no owner named: the owner is the subject of the sentence
  ("Its tungsten business is run by Y, a subsidiary that ...", ``org:subsidiary-of-subject@0.5``);
* "A holds an 80% stake in the X Mine": the mine or project ``nfo:ownedBy`` A (``site:stake-in``);
* "Y, which operates the X Mine", "Y, a subsidiary that owns the X Mine": ``nfo:ownedBy`` Y
  (``site:operated-by``); "that mines and smelts molybdenum in Huaxian County": Y's metals
  (``org:clause-metal``) and where it works (``org:clause-place@0.5``);
* "the company, which is based in X", "its headquarters in X": the seat (``org:based-in``);
* "its controlling shareholder, Y": Y ``nfo:shareholderOf`` the owner
  (``org:possessive-shareholder``); "the company runs three main subsidiaries:" and one line
  each after it: the organisation that opens each line (``org:listed-subsidiary``).

Each construction is matched once at the names it starts from: linear in the text."""
from __future__ import annotations

import bisect
import re

from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.model import Span
from kg.ingest.relations.plain_nesting import plain_containers
from kg.ingest.relations.holdings import _HOLDS
from kg.ingest.terms import NFO
from kg.ingest.relations.guessed_owners import drop_guessed_owners
from kg.ingest.reading.caseless import lower_text
from kg.ingest.reading.windows import Near
from kg.ingest.span_order import spans_by_start_longest
from kg.ingest.relations.kinds import CLASS_NAMES, class_name

_SUB = r"(?:subsidiary|subsidiaries|units?|arms?|affiliates?)"
# after an owner: "'s wholly owned titanium subsidiary" (the owner's "'s" is part of it)
_POSS_SUB = re.compile(r"(?:['’]s)?\s+(?P<mods>(?:[\w-]+\s+){0,3}?)(?P<n>" + _SUB + r")\b", re.I)
_MOD_STOP = re.compile(r"\b(?:of|and|or|the|a|an|in|at|to|for|by|with|former|new|is|was)\b",
                       re.I)
_AFTER_SUB = re.compile(r"\s*,?\s*(?:the\s+)?")
_IN_PLACE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?")
_APPOSE = re.compile(r"\s*,\s*$")
# "Y, a (listed) subsidiary that/which/," with no "of": the sentence subject's
_BARE_SUB = re.compile(r"\s*,\s*(?:a|an)\s+(?:(?:wholly[- ]owned|majority[- ]owned|listed|key|"
                       r"core|main|holding)\s+)*" + _SUB + r"\b(?!\s+(?:of|under|to)\b)", re.I)
_STAKE_IN = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?", re.I)
# a clause of the organisation: "Y, which operates", "Y, a subsidiary that owns", "Y operates"
_CLAUSE = re.compile(r"(?:\s*,\s*(?:a|an|the|its)\s+(?:[\w-]+\s+){0,4}?" + _SUB +
                     r"(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[A-Z][\w-]*){0,4})?)?"
                     r"\s*,?\s*(?:which|that|who)?\s*(?:also\s+|now\s+|currently\s+|still\s+)?"
                     r"(?P<v>owns|operates|runs|controls|manages|mines|smelts|produces|refines|"
                     r"processes|makes)\b", re.I)
# the owner in an apposition ("Y, a subsidiary of the group that mines"): the clause is Y's
_OWNER_OF = re.compile(r"\b(?:subsidiary|subsidiaries|unit|arm|branch|affiliate)\s+of\s+"
                       r"(?:the\s+)?$", re.I)
# "its controlling shareholder, Y": Y holds the owner
_POSS_HOLDER = re.compile(r"(?:['’]s)?\s+(?:controlling|largest|biggest|majority|major|main|"
                          r"principal)\s+shareholder\b", re.I)
# "X runs three main subsidiaries:" (the list follows, one line each)
_RUNS = re.compile(r"\s+(?:runs|has|owns|operates|controls)\s", re.I)
_SUBS_LIST = re.compile(r"(?:['’]s)?\s+(?:(?:runs|has|owns|operates|controls)\s+)?"
                        r"(?:(?:\w+|\d+)\s+)?(?:(?:main|major|key|principal|wholly[- ]owned|"
                        r"operating)\s+)*(?:subsidiaries|units)\s*(?:include|are)?\s*:[ \t]*",
                        re.I)
_ITEM = re.compile(r"\s*\n[ \t]*(?:[-*•·]|\(?\d{1,2}[.)](?=\s))[ \t]*")
_OWN_VERBS = {"owns", "operates", "runs", "controls", "manages"}
_WORK_VERBS = {"mines", "smelts", "produces", "refines", "processes", "makes"}
_MORE_VERBS = re.compile(r"\s+(?:and|,)\s+(?:mines|smelts|produces|refines|processes|makes|"
                         r"sells|exports)\b", re.I)
_CLAUSE_END = re.compile(r"[;:.]|,\s+(?:and|but|while|which|who)\b|\s+(?:while|but)\b")
_SEAT = re.compile(r"\s*,?\s*(?:which|that)?\s*(?:is\s+|was\s+)?(?:based|headquartered|located)"
                   r"\s+in\s+(?:the\s+)?", re.I)
_HEADQUARTERS = re.compile(r"(?:['’]s)?\s+(?:headquarters|head\s+office|seat)\s+(?:is\s+|are\s+)?"
                           r"(?:in|at)\s+(?:the\s+)?", re.I)
_CUES = ("subsidiar", " unit", " arm", "affiliate", "stake", "interest", "share", "owns",
         "operates", "runs", "controls", "manages", "mines", "smelts", "produces", "refines",
         "processes", "makes", "based", "headquarter", "located", "head office")


def _cls(ent) -> str:
    return CLASS_NAMES.get(ent.cls) or class_name(ent.cls)


def ownership(draft, spans_of, sents, kind, refs) -> None:
    """The rules of this module, then a guessed owner of a site gives way to a stated one
    (:mod:`kg.ingest.relations.guessed_owners`)."""
    _ownership(draft, spans_of, sents, kind, refs)
    drop_guessed_owners(draft)


def _ownership(draft, spans_of, sents, kind, refs) -> None:
    text = draft.text
    refs = list(refs)
    ref_at = {(s, e) for s, e, _ in refs}      # (a phrase, not a name)
    low = lower_text(text)
    if not any(c in low for c in _CUES):
        return
    nested = plain_containers(spans_of)
    plain = [x for x in spans_of if x[2].cls not in RELATION_NODES and (x[0], x[1], id(x[2]))
             not in nested]
    named = sorted((x for x in plain if kind(x[2]) == "org"), key=lambda x: x[0])
    refs += _chained_its(text, sents, named, ref_at)
    ref_at = {(s, e) for s, e, _ in refs}
    orgs = sorted(named + list(refs), key=lambda x: x[0])
    by_start: dict = {}
    by_end: dict = {}
    for x in orgs:
        by_start.setdefault(x[0], x)
        by_end.setdefault(x[1], x)
    at = {}                     # start -> (s, e, entity) of any name (metals inside names too)
    for x in spans_by_start_longest(spans_of):
        if x[2].cls not in RELATION_NODES:
            at.setdefault(x[0], x)

    def ahead(pos, kinds):
        hit = at.get(pos)
        return hit if hit is not None and kind(hit[2]) in kinds else None

    def owned(hit):
        return hit is not None and (kind(hit[2]) == "project" or _cls(hit[2]) in ("Site",
                                                                                   "Region"))

    for s, e, owner in orgs:
        ss, se = sents.bounds(s)
        m = _POSS_SUB.match(text, e)
        if m and m.end() <= se and not _MOD_STOP.search(m.group("mods")) and (
                text[e:e + 1] in "'’" or (s, e) in ref_at):
            _subsidiary(text, m, s, e, owner, by_start, by_end, ahead, kind, ref_at,
                        lambda: _previous_subject(text, orgs, sents, ss, ref_at))
        h = _HOLDS.match(text, e)
        if h:
            o = _STAKE_IN.match(text, h.end())
            hit = ahead(o.end(), ("place", "project")) if o else None
            if owned(hit) and hit[2] is not owner:
                hit[2].add(NFO.ownedBy, owner.iri, Span(min(s, hit[0]), hit[1]), "site:stake-in")
        c = _CLAUSE.match(text, e)
        if c and c.end() <= se and text[s:e].lower() != "its" and \
                not _OWNER_OF.search(text, max(0, s - 40), s):
            _clause(text, c, s, owner, se, ahead, owned, kind, orgs)
        seat = _SEAT.match(text, e) or _HEADQUARTERS.match(text, e)
        if seat:
            hit = ahead(seat.end(), ("place",))
            if hit is not None:
                owner.add(NFO.locatedIn, hit[2].iri, Span(s, hit[1]), "org:based-in")
        sh = _POSS_HOLDER.match(text, e)
        if sh and (text[e:e + 1] in "'’" or (s, e) in ref_at):
            a = _AFTER_SUB.match(text, sh.end())
            hit = by_start.get(a.end()) if a else None
            if hit is not None and hit[2] is not owner and hit[:2] not in ref_at:
                hit[2].add(NFO.shareholderOf, owner.iri, Span(s, hit[1]),
                           "org:possessive-shareholder" + ("@0.5" if (s, e) in ref_at else ""))
        if (s, e) in ref_at or text[e:e + 1] in "'’" or _RUNS.match(text, e):
            _listed_subsidiaries(text, s, e, owner, se, by_start, ref_at)
        b = _BARE_SUB.match(text, e)
        if b and (s, e) not in ref_at:
            subject = next((x for x in orgs if ss <= x[0] < s and x[2] is not owner), None)
            if subject is not None:
                owner.add(NFO.subsidiaryOf, subject[2].iri, Span(subject[0], b.end()),
                          "org:subsidiary-of-subject@0.5")


def _listed_subsidiaries(text, s, e, owner, se, by_start, ref_at):
    """"X runs three main subsidiaries:" then one line each ("- Y Co., Ltd., wholly owned, ..."):
    the organisation opening each line is the owner's subsidiary (``org:listed-subsidiary``)."""
    m = _SUBS_LIST.match(text, e)
    if m is None:
        return
    guess = "@0.5" if (s, e) in ref_at else ""
    pos = m.end()
    for _ in range(20):
        line = _ITEM.match(text, pos)
        if line is None:
            break
        hit = by_start.get(line.end())
        if hit is None or hit[2] is owner:
            break
        hit[2].add(NFO.subsidiaryOf, owner.iri, Span(hit[0], hit[1]),
                   "org:listed-subsidiary" + guess)
        nxt = text.find("\n", hit[1])
        while nxt >= 0 and not _ITEM.match(text, nxt) and nxt < hit[1] + 600:
            nxt = text.find("\n", nxt + 1)      # (an item may run over several lines)
        if nxt < 0:
            break
        pos = nxt


def _previous_subject(text, orgs, sents, ss, ref_at):
    """The first organisation named in the sentence before ``ss`` (same paragraph)."""
    if ss == 0 or "\n\n" in text[max(0, ss - 2):ss]:
        return None
    ps = sents.bounds(ss - 1)[0]
    return next((x[2] for x in orgs if ps <= x[0] < ss and (x[0], x[1]) not in ref_at), None)


def _subsidiary(text, m, s, e, owner, by_start, by_end, ahead, kind, ref_at,
                previous=lambda: None):
    """"<owner>'s (mods) subsidiary Y" and "Y, <owner>'s (mods) subsidiary (in PLACE)", "Y, one
    of its listed units" ("its" there is not Y: the subject of the sentence before)."""
    guess = "@0.5" if (s, e) in ref_at else ""
    a = _AFTER_SUB.match(text, m.end())
    after = by_start.get(a.end()) if a else None
    if after is not None and after[2] is not owner and after[:2] not in ref_at:
        if guess:       # (a name's "X's subsidiary Y" is members.py's org:subsidiary-cue)
            after[2].add(NFO.subsidiaryOf, owner.iri, Span(s, after[1]),
                         "org:referent-subsidiary@0.5")
        return
    lead = re.search(r",\s*(?:one\s+of\s+)?(?:the\s+)?$", text[max(0, s - 16):s])
    if lead is None:                                # ("the" of "the group")
        return
    y = by_end.get(max(0, s - 16) + lead.start())
    if y is not None and y[2] is owner and text[s:e].lower() == "its":
        other = previous()
        if other is not None and other is not y[2]:
            owner = other
    if y is None or y[2] is owner or y[:2] in ref_at:
        return
    sub = y[2]
    sub.add(NFO.subsidiaryOf, owner.iri, Span(y[0], m.end()), "org:appositive-subsidiary" + guess)
    pos = m.start("mods")
    while pos < m.end("mods"):
        hit = ahead(pos, ("metal",))
        if hit is not None:
            sub.add(NFO.concernsMetal, hit[2].iri, Span(y[0], m.end()), "org:unit-metal")
            pos = hit[1]
        pos += 1
    p = _IN_PLACE.match(text, m.end())
    hit = ahead(p.end(), ("place",)) if p else None
    if hit is not None:
        sub.add(NFO.locatedIn, hit[2].iri, Span(y[0], hit[1]), "org:unit-in-place")


def _clause(text, c, s, owner, se, ahead, owned, kind, orgs):
    """What the organisation's own clause says it owns, works and where."""
    verb = c.group("v").lower()
    end = _CLAUSE_END.search(text, c.end(), se)
    stop = end.start() if end else se
    pos = c.end()
    more = _MORE_VERBS.match(text, pos)
    while more:
        pos = more.end()
        more = _MORE_VERBS.match(text, pos)
    metals = []
    found_place = None
    i = pos
    while i < stop:
        hit = ahead(i, ("place", "project", "metal", "org"))
        if hit is None:
            i += 1
            continue
        k = kind(hit[2])
        if k == "org":
            break
        if verb in _OWN_VERBS and owned(hit) and hit[2] is not owner:
            hit[2].add(NFO.ownedBy, owner.iri, Span(s, hit[1]), "site:operated-by")
            break
        if verb in _WORK_VERBS and k == "metal":
            metals.append(hit)
        elif verb in _WORK_VERBS and k == "place" and metals and re.search(
                r"\bin\s+(?:the\s+)?$", text[max(0, hit[0] - 8):hit[0]]):
            found_place = hit
            break
        i = hit[1]
    for ms, me, metal in metals:
        owner.add(NFO.concernsMetal, metal.iri, Span(s, me), "org:clause-metal")
    if found_place is not None and metals and _cls(owner) == "Company":
        owner.add(NFO.locatedIn, found_place[2].iri, Span(s, found_place[1]),
                  "org:clause-place@0.5")


_COMMA_SUB = re.compile(r",\s*(?:a|the)\s+(?:wholly[- ]owned\s+)?subsidiary\s+of\s+")


# words between "subsidiary of" and the parent's name that say how it is listed, owned or based
_PARENT_MODIFIER = re.compile(r"(?:the\s+)?(?:(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-(?:listed|based|"
                              r"headquartered|owned|controlled)|state-owned|state-run|privately[- ]"
                              r"held|publicly[- ]traded|listed)\s+)+")


def comma_subsidiary_of(text, within) -> None:
    """"X, a (wholly owned) subsidiary of Y": a new X under Y (rule ``context:subsidiary-of``)."""
    for m in _COMMA_SUB.finditer(text):
        left = [x for x in within(max(0, m.start() - 300), m.start(), {"org"}) if m.start() - x[1] < 3]
        right = within(m.end(), m.end() + 5 + 300, {"org"})
        # ("a subsidiary of Shenzhen-listed Y", "of state-owned Y", "of the Zurich-based Y")
        mod = _PARENT_MODIFIER.match(text, m.end())
        at = mod.end() if mod else m.end()
        right = [x for x in right if m.end() <= x[0] and x[0] - at < 5]
        if left and right and not left[-1][2].known:
            left[-1][2].add(NFO.subsidiaryOf, right[0][2].iri, Span(left[-1][0], right[0][1]), "context:subsidiary-of")


# "Its listed arm, Y," opening a sentence after one or more that open with "It": the pronouns
# all stand for the organisation the paragraph's last named sentence is about
# (run only in the stretches between stops that print "Its": no match reads a stop)
_ITS_SUB = Near(re.compile(r"(?<![\w-])Its\s+(?:[\w-]+\s+){0,3}?" + _SUB + r"\b"), ("Its",),
                stops=".,;:")
_IT_OPENS = re.compile(r"\s*(?:It|Its|The\s+(?:group|company))\b")


def _chained_its(text, sents, named, ref_at) -> list:
    """``(start, end, organisation)`` of a sentence-opening "Its" before a subsidiary noun that
    the referents left open: the first organisation of the nearest sentence before it (same
    paragraph, at most three back) that names one, when each sentence between opens with "It",
    "Its" or "The group/company"."""
    if "Its " not in text:
        return []
    starts = [x[0] for x in named]
    out = []
    for m in _ITS_SUB.finditer(text):
        p = m.start()
        if (p, p + 3) in ref_at or sents.bounds(p)[0] != p:
            continue
        ss = p
        for _ in range(3):
            if ss == 0:
                break
            ps = sents.bounds(ss - 1)[0]
            if "\n\n" in text[ps:ss]:
                break
            i = bisect.bisect_left(starts, ps)
            if i < len(named) and named[i][0] < ss:
                out.append((p, p + 3, named[i][2]))
                break
            if not _IT_OPENS.match(text, ps):
                break
            ss = ps
    return out
