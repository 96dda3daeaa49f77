"""What things are about and where they are, from cue phrases fresh news text uses:

* "For tungsten, Jiangxi, Hunan and Henan together account for ...": a sentence (or clause
  after ";") that opens with "For METAL," is about that metal; each place and company it names
  (up to a clause "; for OTHER, ...") is in that metal's business (``nfo:concernsMetal``, rule ``topic:for-metal``);
* "the 2025 X Award ceremony", "the Y Project groundbreaking ceremony": an event whose name
  holds an award, project, policy or agreement right before its head word is about it
  (``nfo:about``, rule ``topic:event-of-name``); "The award ... was presented at a ceremony":
  the ceremony is about the award the sentence (or, for "the award", the article's only award)
  names (rule ``topic:presented-at``);
* "Under the agreement with Y, X will build the Z Project", "The agreement covers a Z
  project", "signed an agreement to build Z", "Under the agreement, A licenses its Z
  Technology": an agreement is about the projects and technologies its sentence names after
  such a cue (``nfo:about``, rule ``topic:agreement-project``);
* "a trial production ceremony was held at the plant": a production, commissioning or
  groundbreaking ceremony (``data/project-ceremony-words.txt``) is about the project its
  sentence names, or else the article's only project (rule ``topic:ceremony-project@0.6``, a
  guess the reviewer confirms) or the one it names most often, then first (``@0.5``), and is held where
  that project is when its sentence names no place after "in"/"at"
  (``topic:ceremony-at-project@0.5``);
* "At a press conference on the same day, A said ...": a press conference or briefing is about
  the new document its sentence names, else the one the article's first paragraphs name (rule
  ``topic:briefing-document@0.5``; read by deal_topics.py);
* "an equity transfer agreement with Y, under which A will buy 65% of X": the agreement is about
  X (rule ``topic:agreement-stake``; deal_topics.py);
* "A process that dissolves the zinc in ...": a new technology is about the metals of the
  relative clause that says what it does (rule ``topic:technology-clause``);
* where: "Debao County, Baise City, Guangxi" (places of rising rank, a chain and not a list of
  peers; rule ``place:chain``); "concentrated in Ganzhou, where A and B process ...": the
  companies of the "where" clause (``place:where-clause``); "All three projects will be located
  in the X Zone": the last three projects named before (without a number: the paragraph's;
  ``place:projects-located``); "built in Guinea's Boke Region": in the region
  (``place:possessive-narrower``); "the recycled aluminium project of X": X's metals
  (``topic:works-of-owner``); "the refinery was a flagship project of the X Initiative": the
  project implements the initiative (``topic:project-of-initiative``).

Each rule reads one sentence (the plural projects look back at most 2000 characters) with a
cheap substring check before any pattern: linear in the text (about 3 ms of the 0.47 s
`kg ingest` takes on the largest source)."""
from __future__ import annotations

import bisect
import re

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.relations.deal_topics import agreement_stakes, briefing_documents
from kg.ingest.relations.emphasised_places import emphasised_places
from kg.ingest.relations.document_scope import document_scope
from kg.ingest.relations.exchange_metals import exchange_metals
from kg.ingest.relations.included_lists import included_lists
from kg.ingest.relations.head_objects import head_objects
from kg.ingest.relations.under_documents import under_documents
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start_longest

_RANK = {"County": 0, "City": 1, "Province": 2, "Country": 3}
_FOR = re.compile(r"(?:^|;\s*)(?:[\"“]\s*)?For\s+(?:the\s+)?$")
_NEXT_FOR = re.compile(r";\s*(?:and\s+)?[Ff]or\s")
_METAL_GAP = re.compile(r"\s*(?:,|and|or|,\s*and)\s*")
_EVENT_HEAD = re.compile(r"\s+(?:(?:presentation|award(?:s|ing)?|prize[- ]giving|signing|"
                         r"launch|opening|closing|commendation)\s+)?(?:ceremony|ceremonies|"
                         r"conference|meeting|forum|summit|symposium|seminar|launch|"
                         r"gala|event)\b", re.I)
_PRESENTED = re.compile(r"\b(?:was|were|is|are|will\s+be)\s+(?:formally\s+|officially\s+)?"
                        r"(?:presented|conferred|awarded|handed\s+out|given|announced)\s+"
                        r"(?:at|during)\s+(?:a|an|the)\s+$", re.I)
_THE_AWARD = re.compile(r"\b(?:the|this\s+year['’]s)\s+(?:award|prize|awards|prizes)\b", re.I)
_AGREE_CUE = re.compile(r"\b(?:covers?|covering|covered|includes?|including|included|under\s+"
                        r"which|to\s+(?:jointly\s+)?(?:build|develop|construct|invest\s+in|"
                        r"set\s+up|operate)|on\s+(?:the\s+)?(?:joint\s+)?(?:development|"
                        r"construction)\s+of|for\s+the\s+(?:construction|development)\s+of)\b",
                        re.I)
_UNDER = re.compile(r"\b(?:Under|Through|Via)\s+$")
_UNDER_THE = re.compile(r"\b(?:Under|Through)\s+the\s+(?:\w+\s+){0,2}?(?:agreement|memorandum|"
                        r"deal|contract)\b|\bThe\s+(?:\w+\s+){0,2}?(?:agreement|memorandum|"
                        r"deal|contract)\s+(?:also\s+)?(?:covers|includes|provides\s+for)\b")
_TECH_CLAUSE = re.compile(r"\s*(?:,\s*)?(?:that|which)\s+", re.I)
_WHERE = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?,\s+where\s+")
_PLURAL = re.compile(r"\b(?:(?:all|the|these|both)\s+(?:(?:two|three|four|five|six|seven|"
                     r"eight|nine|ten|\d+)\s+)?(?:new\s+)?projects)\s+(?:will\s+be|are\s+to\s+be|are|"
                     r"were|would\s+be)\s+(?:\w+\s+)?(?:located|built|sited|based|housed)\s+in\s+"
                     r"(?:the\s+)?$", re.I)
_IN = re.compile(r"\s+in\s+(?:the\s+)?$")
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?[A-Z]")


def _add(ent, pred, obj, span, rule) -> None:
    """``ent.add``, but a statistical guess of the same statement ("...@0.5", "cooccur:") gives
    way to the cue that states it."""
    for i, st in enumerate(ent.statements):
        if (st[0], st[1]) == (pred, obj):
            if "@" in st[3] or st[3].startswith("cooccur:"):
                ent.statements[i] = (pred, obj, span, rule)
            return
    ent.add(pred, obj, span, rule)


_CLS: dict = {}


def _cls(ent) -> str:
    got = _CLS.get(ent.cls)
    if got is None:
        got = _CLS[ent.cls] = str(ent.cls).rsplit("#", 1)[-1]
    return got


_INDEX: dict = {}       # kind -> the indices of ``rows`` of that kind (set by topics())


def _of(*kinds) -> list:
    """The indices of the rows of these kinds, in order (one pass over the rows per call of
    topics(), not one per rule)."""
    if len(kinds) == 1:
        return _INDEX.get(kinds[0], [])
    return sorted(i for k in kinds for i in _INDEX.get(k, ()))


def _ceremony_rx():
    words = lines("project-ceremony-words")
    alt = "|".join(sorted((re.escape(w).replace(r"\ ", r"[\s-]+") for w in words),
                          key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})\b", re.I)


_CEREMONY = None


def topics(draft, spans_of, sents, prior, kind) -> None:
    global _CEREMONY
    if _CEREMONY is None:
        _CEREMONY = _ceremony_rx()
    text = draft.text
    rows = [x for x in spans_by_start_longest(spans_of) if not x[2].role or x[2].kind in
            ("event", "agreement")]
    starts = [x[0] for x in rows]
    _INDEX.clear()
    for i, x in enumerate(rows):
        _INDEX.setdefault(x[2].kind, []).append(i)

    def within(a, b, kinds=None):
        lo, hi = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        return [rows[i] for i in range(lo, hi) if rows[i][1] <= b and
                (kinds is None or rows[i][2].kind in kinds)]

    _for_metal(text, rows, sents, within, kind)
    _event_names(text, rows, starts, sents, within, kind)
    _agreement_projects(text, rows, sents, within, kind)
    agreement_stakes(text, rows, sents, within, kind, _add)
    head_objects(text, rows, sents, within, kind, _add)    # "a briefing on X", "a probe into X"
    document_scope(draft, spans_of, sents, kind)    # "The notice applies to smelters in X"
    emphasised_places(draft, spans_of, kind)        # "the X Initiative, especially in A and B"
    included_lists(draft, spans_of, sents, kind)    # "the X Catalogue, which includes A, B"
    under_documents(draft, spans_of, sents, kind)   # "Under the plan, the X Project will ..."
    exchange_metals(draft, spans_of, sents, kind)   # "nickel prices on the LME"
    _ceremony_projects(text, rows, sents, within, kind)
    briefing_documents(text, rows, sents, within, kind, _add)
    _technology_clause(text, rows, sents, within, kind)
    _place_chain(text, rows, kind)
    _where_clause(text, rows, sents, within, kind)
    _projects_located(text, rows, sents, within, kind)
    _possessive_place(text, rows, sents, kind)
    _works_of_owner(text, rows, kind)
    _project_of_initiative(text, rows, sents, within, kind)


def _for_metal(text, rows, sents, within, kind) -> None:
    """"For tungsten, Jiangxi, Hunan and Henan account for ...": the places and companies."""
    for i in _of("metal"):
        s, e, metal = rows[i]
        if "For" not in text[max(0, s - 12):s]:
            continue
        ss, se = sents.bounds(s)
        if not _FOR.search(text, ss, s) and not _FOR.search(text[ss:s]):
            continue
        metals = [(s, e, metal)]
        j, end = i + 1, e
        while j < len(rows) and rows[j][2].kind == "metal" and \
                _METAL_GAP.fullmatch(text, end, rows[j][0]):
            metals.append(rows[j])
            end = rows[j][1]
            j += 1
        if not text.startswith(",", end):
            continue
        for _ in range(3):          # the clauses after ";" (sentences split there)
            if not text[ss:se].rstrip().endswith(";") or se >= len(text):
                break
            se = max(se + 1, sents.bounds(se)[1])
        nxt = _NEXT_FOR.search(text, end, se)      # "...; for nickel, ...": its own topic
        stop = nxt.start() if nxt else se
        for os_, oe, other in within(end, stop, {"place", "org"}):
            if other.kind == "org" and _cls(other) != "Company":
                continue
            for _, me, m in metals:
                _add(other, NFO.concernsMetal, m.iri, Span(ss, oe), "topic:for-metal")


def _event_names(text, rows, starts, sents, within, kind) -> None:
    """"the 2025 X Award ceremony": the event is about the award its name holds."""
    for i in _of("award", "project", "policy", "agreement"):
        s, e, ent = rows[i]
        if ent.kind not in ("award", "project", "policy", "agreement") or \
                _cls(ent) not in ("Award", "Project") and ent.kind != "policy":
            continue
        m = _EVENT_HEAD.match(text, e)
        if m is None:
            continue
        lo = bisect.bisect_left(starts, s - 300)
        for s2, e2, ev in rows[lo:bisect.bisect_right(starts, s)]:
            if ev.kind == "event" and m.end() <= e2 and ev is not ent and not ev.known:
                _add(ev, NFO.about, ent.iri, Span(s, m.end()), "topic:event-of-name")
    # "The award ... was presented at a ceremony in Beijing": the award the sentence names, or
    # ("The award, ...") the one the paragraph named last before it
    for i in _of("event"):
        s, e, ev = rows[i]
        if ev.known or "at" not in text[max(0, s - 6):s]:
            continue
        ss, _ = sents.bounds(s)
        if not _PRESENTED.search(text, max(ss, s - 60), s):
            continue
        named = [x[2] for x in within(ss, s) if _cls(x[2]) == "Award"]
        rule = "topic:presented-at"
        if not named and _THE_AWARD.search(text, ss, s):
            par = text.rfind("\n\n", 0, ss) + 1
            named = [x[2] for x in within(par, ss) if _cls(x[2]) == "Award"]
            rule = "topic:presented-at-anaphor"
        if named:
            _add(ev, NFO.about, named[-1].iri, Span(ss, e), rule)


def _agreement_projects(text, rows, sents, within, kind) -> None:
    """"Under the agreement, X will build the Y Project"; "the agreement covers a Y project"."""
    agreements = [rows[i] for i in _of("agreement") if not rows[i][2].known]
    ag_starts = [x[0] for x in agreements]
    if not agreements:
        return
    for i in _of("project", "technology"):     # (a project to build, a technology licensed)
        ps, pe, pr = rows[i]
        ss, _ = sents.bounds(ps)
        if "agreement" not in text[ss:ps].lower() and "memorandum" not in text[ss:ps].lower():
            continue
        named = [x for x in within(ss, ps, {"agreement"}) if not x[2].known]
        if named:
            s, e, ag = named[-1]
            if _UNDER.search(text, max(ss, s - 10), s) or _AGREE_CUE.search(text, e, ps):
                _add(ag, NFO.about, pr.iri, Span(s, pe), "topic:agreement-project")
            continue
        # "Under the agreement, ...": the agreement the paragraph named last
        if not _UNDER_THE.search(text, ss, ps):
            continue
        par = text.rfind("\n\n", 0, ss) + 1
        i = bisect.bisect_left(ag_starts, ss) - 1
        if i >= 0 and agreements[i][0] >= par:
            s, _, ag = agreements[i]
            _add(ag, NFO.about, pr.iri, Span(ss, pe), "topic:agreement-project")


# a ceremony's sentence that refers to the works it marks: "declared the project started",
# "held at the plant site"
_THE_WORKS = re.compile(r"\b(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:project|plant|smelter|refinery|"
                        r"mine|line|works|facility|base)\b", re.I)


def _ceremony_projects(text, rows, sents, within, kind) -> None:
    """"a trial production ceremony was held at the plant", "presided over the groundbreaking
    ceremony": about the project its sentence names, else the article's project (its only one,
    or, when the sentence refers to "the project" / "the plant", the one named most often, then
    first in its body: a guess); held where that project is, when the ceremony's
    sentence names no place after "in" or "at" (rule ``topic:ceremony-at-project@0.5``)."""
    projects = {}
    body = text.find("\n") + 1          # (a headline's project is its body's, named again)
    for i in _of("project"):
        s, e, x = rows[i]
        if s >= body or not body:
            projects.setdefault(x.iri, x)
    # the article's project: named most often, else first in the body
    ranked = sorted(projects.values(), key=lambda x: -len(x.mentions))
    main = ranked[0] if ranked else None
    for i in _of("event"):
        s, e, ev = rows[i]
        if ev.known or any(p == NFO.about for p, *_ in ev.statements):
            continue
        if not _CEREMONY.search(text, s, e) and not _CEREMONY.search(ev.label):
            continue
        ss, se = sents.bounds(s)
        named = within(ss, se, {"project"})
        if named:
            project, rule = named[0][2], "topic:ceremony-project"
        elif main is not None and (len(projects) == 1 or _THE_WORKS.search(text, ss, se)):
            project = main
            rule = "topic:ceremony-project@0.6" if len(projects) == 1 else \
                "topic:ceremony-project@0.5"
        else:
            continue
        _add(ev, NFO.about, project.iri, Span(ss, se), rule)
        if any(re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(ss, ps - 9):ps])
               for ps, _, _ in within(ss, se, {"place"})):
            continue            # "held in X": its own place
        for p, o, sp, _ in list(project.statements):
            if p == NFO.locatedIn:
                _add(ev, NFO.heldIn, o, sp, "topic:ceremony-at-project@0.5")
                break


def _technology_clause(text, rows, sents, within, kind) -> None:
    """"a ... leaching process that dissolves more than 98% of the zinc": the clause's metals."""
    for i in _of("technology"):
        s, e, tech = rows[i]
        if _cls(tech) != "Technology" or tech.known:
            continue
        m = _TECH_CLAUSE.match(text, e, e + 12)
        if m is None:
            continue
        _, se = sents.bounds(s)
        stop = min([x for x in (text.find(";", e, se), text.find(", while", e, se),
                                text.find(" and turns", e, se)) if x >= 0] or [se])
        for ms, me, metal in within(m.end(), stop, {"metal"}):
            _add(tech, NFO.concernsMetal, metal.iri, Span(s, me), "topic:technology-clause")


def _place_chain(text, rows, kind) -> None:
    """"Debao County, Baise City, Guangxi": a place in the place of higher rank that follows it
    after a comma; a list may go on only with a place of higher rank still (a chain, not a
    list of peers)."""
    places = [rows[i] for i in _of("place") if _cls(rows[i][2]) in _RANK]
    for i, (s, e, a) in enumerate(places[:-1]):
        s2, e2, b = places[i + 1]
        if a is b or _RANK[_cls(b)] <= _RANK[_cls(a)] or \
                not re.fullmatch(r",[ \t]*", text[e:s2]):
            continue
        if _LIST_GOES_ON.match(text, e2):
            nxt = places[i + 2] if i + 2 < len(places) else None
            if nxt is None or not re.fullmatch(r",[ \t]*", text[e2:nxt[0]]) or \
                    _RANK[_cls(nxt[2])] <= _RANK[_cls(b)]:
                continue
        if any(p == NFO.locatedIn for p, *_ in a.statements):
            continue
        _add(a, NFO.locatedIn, b.iri, Span(s, e2), "place:chain")


def _where_clause(text, rows, sents, within, kind) -> None:
    """"concentrated in Ganzhou, where A Co., Ltd. and B Co., Ltd. process ...": A and B."""
    for i in _of("place"):
        s, e, place = rows[i]
        if _cls(place) not in ("City", "County", "Site", "Region"):
            continue
        if "where" not in text[e:e + 40]:
            continue
        m = _WHERE.match(text, e)
        if m is None or not _IN.search(text, max(0, s - 8), s):
            continue
        _, se = sents.bounds(s)
        end = m.end()
        for os_, oe, org in within(m.end(), se, {"org", "place"}):
            if os_ < end:
                continue            # inside the name before ("Ganzhou X Cobalt Co., Ltd.")
            gap = text[end:os_]
            if org.kind == "place" or (end > m.end() and not re.fullmatch(
                    r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", gap)) or \
                    (end == m.end() and gap.strip()):
                break
            if _cls(org) in ("Company", "ResearchInstitute", "University") and \
                    not any(p == NFO.locatedIn for p, *_ in org.statements):
                _add(org, NFO.locatedIn, place.iri, Span(s, oe), "place:where-clause")
            end = oe


_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "both": 2}
_BACK = 2000            # characters: how far back "All three projects" looks for them


def _projects_located(text, rows, sents, within, kind) -> None:
    """"All three projects will be located in the X Zone": the last three projects named before
    (within ``_BACK`` characters); "The projects will be built in X": the paragraph's."""
    for i in _of("place"):          # (a site is a place)
        s, e, place = rows[i]
        if "project" not in text[max(0, s - 70):s].lower():
            continue
        ss, _ = sents.bounds(s)
        m = _PLURAL.search(text, max(ss, s - 70), s)
        if m is None:
            continue
        words = m.group(0).lower().split()
        n = next((_NUMBERS.get(w) or int(w) for w in words[:3]
                  if w in _NUMBERS or w.isdigit()), None)
        if n is not None:
            found = []
            for ps, pe, pr in reversed(within(max(0, ss - _BACK), ss, {"project"})):
                if pr not in found:
                    found.append(pr)
                if len(found) == n:
                    break
        else:
            par = text.rfind("\n\n", 0, ss) + 1
            found = list({id(x[2]): x[2] for x in within(par, ss, {"project"})}.values())
        for pr in found:
            if not any(p == NFO.locatedIn for p, *_ in pr.statements):
                _add(pr, NFO.locatedIn, place.iri, Span(ss, e), "place:projects-located")


_POSSESSIVE = re.compile(r"['’]s[ \t]+")
_BUILT_IN = re.compile(r"\b(?:built|located|sited|set\s+up|constructed|based|held|in)[ \t]+in[ \t]+"
                       r"(?:the[ \t]+)?$|\bin[ \t]+$")


def _possessive_place(text, rows, sents, kind) -> None:
    """"the Boke Refinery, built in Guinea's Boke Region": the new project, site or event the
    sentence names before "in P's Q" is in Q (the narrower place), not in P."""
    places = [rows[i] for i in _of("place")]
    for (s, e, p), (s2, e2, q) in zip(places, places[1:]):
        if p is q or _cls(p) not in ("Country", "Province") or \
                _RANK.get(_cls(q), 1) >= _RANK[_cls(p)] or not _POSSESSIVE.fullmatch(text, e, s2):
            continue
        ss, _ = sents.bounds(s)
        if not _BUILT_IN.search(text, max(ss, s - 20), s):
            continue
        before = [x for x in rows if ss <= x[0] and x[1] <= s and not x[2].known
                  and (x[2].kind in ("project", "event") or _cls(x[2]) == "Site")]
        if not before:
            continue
        _, _, ent = before[-1]
        pred = NFO.heldIn if ent.kind == "event" else NFO.locatedIn
        old = [st for st in ent.statements if st[0] == pred]
        if old and not all(st[1] == p.iri or "@" in st[3] or st[3].startswith("cooccur:")
                           for st in old):
            continue        # a cue placed it elsewhere
        ent.statements[:] = [st for st in ent.statements if st[0] != pred]
        ent.add(pred, q.iri, Span(before[-1][0], e2), "place:possessive-narrower")


_WORKS = re.compile(r"(?:[ \t]+[\w-]+){0,3}?[ \t]+(?:project|plant|smelter|refinery|mine|line|"
                    r"base|mill)[ \t]+of[ \t]+(?:the[ \t]+)?", re.I)


def _works_of_owner(text, rows, kind) -> None:
    """"the recycled aluminium and aluminium alloy project of X Co., Ltd.": X is in the
    business of the metals its works are named for."""
    by_start = {}
    for x in rows:
        by_start.setdefault(x[0], x)
    for i in _of("metal"):
        s, e, metal = rows[i]
        if i + 1 < len(rows) and rows[i + 1][2].kind == "metal" and \
                _METAL_GAP.fullmatch(text, e, rows[i + 1][0]):
            continue        # the list goes on: its last metal reads the phrase
        m = _WORKS.match(text, e)
        if m is None or "," in m.group(0):
            continue
        hit = by_start.get(m.end())
        if hit is None or _cls(hit[2]) != "Company":
            continue
        metals, j = [metal], i
        while j > 0 and rows[j - 1][2].kind == "metal" and len(metals) < 6 and \
                _METAL_GAP.fullmatch(text, rows[j - 1][1], rows[j][0]):
            j -= 1
            metals.append(rows[j][2])
        for mt in metals:
            _add(hit[2], NFO.concernsMetal, mt.iri, Span(rows[j][0], hit[1]),
                 "topic:works-of-owner")


_OF_INITIATIVE = re.compile(r"\b(?:a|an|the|one\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?projects?\s+"
                            r"(?:of|under|for)\s+(?:the\s+)?$", re.I)
_ANAPHOR = re.compile(r"\b(?:the|this)\s+(?:project|plant|refinery|smelter|mine|base|park|line)\s+"
                      r"(?:was|is|will\s+be|would\s+be|has\s+become|became)\b", re.I)


def _project_of_initiative(text, rows, sents, within, kind) -> None:
    """"the refinery was ... a flagship project of the Belt and Road Initiative": the project
    the sentence names (rule ``topic:project-of-initiative``), or, for "the refinery/plant/
    project was", the article's only project (``topic:project-of-initiative@0.6``)."""
    projects = list({id(rows[i][2]): rows[i][2] for i in _of("project")
                     if not rows[i][2].known}.values())
    for i in _of("initiative", "policy"):
        s, e, ini = rows[i]
        if "project" not in text[max(0, s - 60):s]:
            continue
        ss, _ = sents.bounds(s)
        m = _OF_INITIATIVE.search(text, max(ss, s - 60), s)
        if m is None:
            continue
        named = [x for x in within(ss, m.start(), {"project"}) if not x[2].known]
        if named:
            _add(named[-1][2], NFO.implements, ini.iri, Span(named[-1][0], e),
                 "topic:project-of-initiative")
        elif len(projects) == 1 and _ANAPHOR.search(text, ss, m.start()):
            _add(projects[0], NFO.implements, ini.iri, Span(ss, e),
                 "topic:project-of-initiative@0.6")
