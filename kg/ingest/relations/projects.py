"""Who owns a new project, stated by the words around its name (no statistics):

* "X's 200,000-tonne copper smelting project", "X's new plant": ``nfo:ownedBy`` X (rule
  ``project:owner-possessive``);
* "the ... project of X" (also "by X", "from X") right after its name (rule ``project:owner-of``);
* "X ... its 50,000 t/a recycled aluminium project": the organisation the clause opens with (rule
  ``project:owner-its``, lower confidence: the reviewer checks whose "its");
* "the project, (which is | to be) built / developed / operated / undertaken by A and B": each
  organisation of the list (rule ``project:built-by``);
* "X will build / is building / invests in / launched / operates the ... project": the
  organisation before the verb, an acronym or one comma-apposition between ("X (XC),
  headquartered in Y, operates the Z Smelter"; rule ``project:owner-builds``).

Each rule reads the few characters next to a project's mention (linear in the text)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.relations.rows import starting_in
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start_longest
from kg.ingest.relations.kinds import CLASS_NAMES, class_name

_POSSESSIVE = re.compile(r"['’]s?\s+(?:(?:new|planned|proposed|first|second|latest|flagship|"
                         r"existing|own)\s+)*$", re.I)
_OF = re.compile(r"\s+(?:of|by|from)\s+(?:the\s+)?", re.I)
_ITS = re.compile(r"\b(?:its|their)\s+(?:(?:new|planned|proposed|first|second|latest|"
                  r"flagship|existing|own)\s+)*$", re.I)
_BUILT_BY = re.compile(r"\s*,?\s*(?:which\s+(?:is|was|will\s+be|has\s+been|had\s+been)\s+|"
                       r"to\s+be\s+|being\s+)?(?:jointly\s+)?(?:built|constructed|developed|"
                       r"invested|operated|run|undertaken|implemented|owned|launched)\s+"
                       r"(?:[^.;,]{0,60}?\s)?by\s+(?:the\s+)?", re.I)
_BUILDS = re.compile(r"(?:[ \t]*\([^()]{1,20}\))?(?:[ \t]*,[^,.;\n]{1,60},)?"
                     r"\s+(?:(?:will|would|is\s+to|plans\s+to|has|have|had|also|jointly|"
                     r"recently|officially|is|are|was)\s+)*(?:build|builds|built|building|"
                     r"construct|constructs|constructed|constructing|invest(?:s|ed)?\s+in|"
                     r"launch(?:es|ed)?|start(?:s|ed)?|operates?|operated|develops?|developed|"
                     r"completed|commissioned|owns|runs|operates|put\s+into\s+(?:production|"
                     r"operation))\s+"
                     r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$", re.I)
# between two owners of one list: "A and B", "A (Acr.) together with B", "A, B and C"
_LIST_GAP = re.compile(r"\s*(?:\([^()]{1,60}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+(?:its\s+[\w\s]{0,30}?"
                       r",\s*)?|\s+together\s+with\s+|\s+along\s+with\s+)(?:the\s+)?", re.I)
_OWNABLE = {"Project", "Site"}


@lru_cache(maxsize=1)
def _bought_rx() -> re.Pattern:
    """A verb of buying (data/purchase-verbs.txt), as a whole word."""
    return re.compile(r"\b(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+")
                                          for v in lines("purchase-verbs")) + r")\b", re.I)


def _cls(ent) -> str:
    return CLASS_NAMES.get(ent.cls) or class_name(ent.cls)


def project_owners(draft, spans_of, sents, kind) -> None:
    text = draft.text
    rows = [(s, e, ent) for s, e, ent in spans_by_start_longest(spans_of)
            if ent.cls not in RELATION_NODES]
    starts = [s for s, _, _ in rows]
    ends: dict = {}
    by_start: dict = {}
    for s, e, ent in rows:
        if ent.kind == "org":
            ends.setdefault(e, (s, e, ent))
            by_start.setdefault(s, (s, e, ent))

    def org_list(pos, limit):
        """The organisations listed from ``pos`` on ("A, B and C")."""
        out = []
        hit = by_start.get(pos)
        while hit is not None and hit[1] <= limit and len(out) < 6:
            out.append(hit)
            m = _LIST_GAP.match(text, hit[1])
            hit = by_start.get(m.end()) if m else None
        return out

    for s, e, ent in rows:
        if ent.known or _cls(ent) not in _OWNABLE:
            continue
        ss, se = sents.bounds(s)
        owners = []
        # "X's ... project"
        m = _POSSESSIVE.search(text, max(ss, s - 40), s)
        if m is not None:
            hit = ends.get(m.start())
            if hit is not None:
                owners.append((hit, "project:owner-possessive", Span(hit[0], e)))
        # "the ... project of X"
        m = _OF.match(text, e)
        if m is not None and m.group(0).strip().lower().startswith("from") \
                and _bought_rx().search(text, max(ss, s - 120), s):
            m = None        # "A bought the X smelter from B": B sold it, B is no owner now
        if m is not None and not owners:
            for hit in org_list(m.end(), se)[:1]:
                owners.append((hit, "project:owner-of", Span(s, hit[1])))
        # "X will build the ... project"
        # (from the line, not the sentence: a splitter may end one at "Co., Ltd.")
        m = _BUILDS.search(text, max(text.rfind("\n", 0, s) + 1, s - 160), s)
        if m is not None and not owners:
            hit = ends.get(m.start())
            if hit is not None:
                owners.append((hit, "project:owner-builds", Span(hit[0], e)))
        # "its ... project": the organisation the clause opens with
        m = _ITS.search(text, max(ss, s - 40), s)
        if m is not None and not owners:
            row = starting_in(rows, starts, ss, m.start())
            orgs = [x for x in row if x[2].kind == "org" and x[1] <= m.start()]
            clause = max(text.rfind(";", ss, m.start()), ss)
            orgs = [x for x in orgs if x[0] >= clause]
            if orgs:
                owners.append((orgs[0], "project:owner-its@0.5", Span(orgs[0][0], e)))
        # "the project, to be built by A and B"
        m = _BUILT_BY.match(text, e)
        if m is not None:
            for hit in org_list(m.end(), se):
                owners.append((hit, "project:built-by", Span(s, hit[1])))
        for (_, _, org), rule, span in owners:
            if org is not ent:
                ent.add(NFO.ownedBy, org.iri, span, rule)


# a sentence about a project named before: "The project will also recover indium", "At full
# capacity it will produce 12 tonnes of gold"
_THE_PROJECT = re.compile(r"(?:[A-Z][^,.;\n]{0,40},\s*)?(?:the|this|its)\s+(?:[a-z][\w-]*\s+)??"
                          r"(?P<head>project|plant|smelter|refinery|line|mill|facility|base)\b",
                          re.I)
_IT = re.compile(r"(?:[A-Z][^,.;\n]{0,40},?\s+)?it\s+(?:will|is|was|has|had|would|can|also)\b",
                 re.I)
_PLURAL = re.compile(r"\b(?:projects|plants|smelters|refineries|lines|mills|facilities|bases)\b"
                     r"(?:\s+(?:for|of|in)\b.*)?$", re.I)
# "The project is being built by", "The smelter, to be run by" (read right after the head)
_ANAPHOR_BUILT_BY = re.compile(r"\s*,?\s*(?:(?:is|was|will\s+be|has\s+been|had\s+been|are)\s+"
                               r"(?:being\s+)?|to\s+be\s+)(?:jointly\s+)?(?:built|constructed|"
                               r"developed|invested|operated|run|undertaken|implemented|owned)\s+"
                               r"by\s+(?:the\s+)?", re.I)
_REFER_BACK = 1200
_BUILT = re.compile(r"\b(?:built|constructed)\b", re.I)


def _builder_of_owned(about, said: str) -> bool:
    """Is "built" / "constructed" by someone said of a project or site whose owner a rule has
    already read (the builder is its contractor, not another owner)?"""
    return _BUILT.search(said) is not None and any(p == NFO.ownedBy
                                                   for p, *_ in about.statements)          # (a new paragraph's "The project" is the one named last)


def project_anaphora(draft, spans_of, sents, kind) -> None:
    """The metals a sentence opening with "The project" / "The smelter" (or "It", right after
    such a sentence or one naming the project) names concern the new project or site named
    last before it, at most ``_REFER_BACK`` characters back (rule ``project:anaphor-metal@0.5``)."""
    text = draft.text
    projects = sorted((s, e, ent) for s, e, ent in spans_of
                      if not ent.known and not ent.role and _cls(ent) in _OWNABLE)
    if not projects:
        return
    p_starts = [s for s, _, _ in projects]
    orgs_at: dict = {}
    for s, e, ent in spans_by_start_longest(spans_of):
        if ent.kind == "org" and ent.cls not in RELATION_NODES:
            orgs_at.setdefault(s, (s, e, ent))
    metals = sorted((s, e, ent) for s, e, ent in spans_of if ent.kind == "metal")
    m_starts = [s for s, _, _ in metals]
    prev_about = None           # the project the previous sentence was about
    for ss in sents.starts:
        _, se = sents.bounds(ss)
        about = None
        i = bisect.bisect_left(p_starts, ss) - 1
        m = _THE_PROJECT.match(text, ss)
        if m is not None:
            # the last project named, or a site named with that head ("the smelter")
            head = m.group("head").lower()
            while i >= 0 and projects[i][0] >= ss - _REFER_BACK:
                ent = projects[i][2]
                if _PLURAL.search(ent.label):
                    pass        # ("100 key projects for 2026": a list, not the project)
                elif _cls(ent) == "Project" or ent.label.lower().endswith(head):
                    about = ent
                    break
                i -= 1
            # "The project is being built by A": its owner
            b = _ANAPHOR_BUILT_BY.match(text, m.end()) if about is not None and (
                head == "project" or about.label.lower().endswith(head)) else None
            if b is not None and _builder_of_owned(about, b.group(0)):
                b = None        # "X opened a refinery ... The refinery was built by Y": Y's
                #                 work, X's refinery (a contractor, no second owner)
            if b is not None:   # ("the line is run by": a project's line, not the project)
                for hit in _org_list(text, b.end(), se, orgs_at):
                    if hit[2] is not about:
                        about.add(NFO.ownedBy, hit[2].iri, Span(ss, hit[1]),
                                  "project:anaphor-built-by@0.5")
        elif _IT.match(text, ss) and prev_about is not None:
            about = prev_about
        if about is not None:
            for ms, me, metal in starting_in(metals, m_starts, ss, se):
                about.add(NFO.concernsMetal, metal.iri, Span(ss, se), "project:anaphor-metal@0.5")
        # a sentence naming a project is about it too (for an "It" that follows)
        j = bisect.bisect_left(p_starts, ss)
        named = projects[j][2] if j < len(projects) and projects[j][0] < se else None
        prev_about = about or named


def _org_list(text, pos, limit, orgs_at) -> list:
    """The organisations listed from ``pos`` on ("A, B and C")."""
    out = []
    hit = orgs_at.get(pos)
    while hit is not None and hit[1] <= limit and len(out) < 6:
        out.append(hit)
        m = _LIST_GAP.match(text, hit[1])
        hit = orgs_at.get(m.end()) if m else None
    return out
