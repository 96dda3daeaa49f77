"""Who gave a document and whom it was given to, read from the clause that names it:

* "The regulator approved the registration of the bonds in a reply dated May 19 (Zhengjian Xuke
  [2026] No. 1128)", "The ministry granted Andes Tin a mining licence (Licence No. C53...)": the
  organisation that is the clause's subject, before a verb of ``data/document-grant-verbs.txt``,
  issued the document (``nfo:issuedBy``, rule ``document:granted-by``); the organisation right
  after the verb ("granted Andes Tin"), or after "to" / "for" behind the document ("a permit to
  X"), else the company the sentence refers to as "the company" / "the group", is what it is
  about (``nfo:about``, rule ``document:granted-to``);
* "X obtained a safety licence (No. ...) from the bureau", "X was granted the approval by the
  ministry": the subject before a verb of ``data/document-holder-verbs.txt`` is what the
  document is about; the organisation after "from" / "by" in the clause issued it.

Only new documents (not standards: their issuers are read from announcements) with no issuer
yet. The subject is the first organisation of the sentence, at most ``_LEAD`` characters into it
("On Monday, the ministry ..."), not after a person or "of" ("Professor X of Y University"),
with no other organisation between it and the verb. One bisect
per document: linear."""
from __future__ import annotations

import bisect
import re

from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.lexicon import alternation
from kg.ingest.model import Span
from kg.ingest.relations.referents import lead_company
from kg.ingest.terms import NFO

_STANDARDS = {NFO.Standard, NFO.NationalStandard, NFO.IndustryStandard, NFO.GroupStandard}
RULE_BY = "document:granted-by"
RULE_TO = "document:granted-to"
_LEAD = 60          # how far into its sentence the subject may start
_REACH = 220        # how far from the verb the document may be named


def _alt(name: str) -> str:
    return alternation(name, r"\s+")


_GRANT = re.compile(rf"\b(?:{_alt('document-grant-verbs')})\b", re.I)
_HOLD = re.compile(rf"\b(?:{_alt('document-holder-verbs')})\b", re.I)
# between the subject and its verb: an aside, an adverb ("on Tuesday", "formally", "has")
_TO_VERB = re.compile(r"[^.;:]{0,80}")
_FROM = re.compile(r"\b(?:from|by)\s+(?:the\s+)?$", re.I)
_TO = re.compile(r"\b(?:to|for|on|in\s+favou?r\s+of)\s+(?:the\s+)?$", re.I)
_REFERS = re.compile(r"\bthe\s+(?:company|group|firm|issuer|applicant|miner|smelter|producer)\b",
                     re.I)
_OBJECT = re.compile(r"\s+(?:the\s+)?")
_OF_BEFORE = re.compile(r"\b(?:of|at|from)\s+(?:the\s+)?$", re.I)


def document_grants(draft, spans_of, sents, kind) -> int:
    """Add issuers and holders of the new documents whose clause states them; returns how many
    statements were added."""
    text = draft.text
    kinds: dict = {}        # the kind of each entity, asked once
    for _, _, ent in spans_of:
        if id(ent) not in kinds:
            kinds[id(ent)] = None if ent.cls in RELATION_NODES else ent.kind
    docs = [x for x in spans_of if kinds[id(x[2])] == "policy" and not x[2].known
            and x[2].cls not in _STANDARDS]
    if not docs:
        return 0
    rows = [x for x in spans_of if kinds[id(x[2])] is not None]
    orgs = sorted((x for x in rows if kinds[id(x[2])] == "org"), key=lambda x: (x[0], -x[1]))
    starts = [x[0] for x in orgs]
    objects = sorted((x for x in rows if kinds[id(x[2])] in ("org", "project", "product",
                                                              "technology")
                      or x[2].cls == NFO.Site), key=lambda x: (x[0], -x[1]))
    o_starts = [x[0] for x in objects]
    persons = sorted((x for x in rows if kinds[id(x[2])] == "person"), key=lambda x: x[0])
    p_starts = [x[0] for x in persons]

    def people(a, b):
        return persons[bisect.bisect_left(p_starts, a):bisect.bisect_left(p_starts, b)]
    n = 0
    seen: set = set()
    for s, e, doc in sorted(docs, key=lambda x: x[0]):
        if id(doc) in seen or any(st[0] == NFO.issuedBy for st in doc.statements):
            continue
        seen.add(id(doc))
        ss, se = sents.bounds(s)
        se = max(se, sents.bounds(max(s, e - 1))[1])     # (a number wrapped after "No.")
        here = [x for x in orgs[bisect.bisect_left(starts, ss):bisect.bisect_left(starts, se)]
                if x[2] is not doc]
        before = [x for x in here if x[1] <= s]
        if not before or before[0][0] - ss > _LEAD:
            continue
        subj = before[0]
        if _OF_BEFORE.search(text, max(ss, subj[0] - 6), subj[0]) or any(
                x[2].kind == "person" and ss <= x[0] < subj[0] for x in people(ss, subj[0])):
            continue        # "Professor X of Y University gave ...": Y is not the subject
        verb = _GRANT.search(text, subj[1], s)
        holds = _HOLD.search(text, subj[1], s)
        if holds is not None and (verb is None or holds.start() <= verb.start()):
            if not _TO_VERB.fullmatch(text, subj[1], holds.start()) or s - holds.end() > _REACH:
                continue
            issuer = next((x for x in here if x[0] > holds.end() and x[2] is not subj[2]
                           and _FROM.search(text, max(ss, x[0] - 12), x[0])), None)
            span = Span(ss, se)
            doc.add(NFO.about, subj[2].iri, span, RULE_TO)
            n += 1
            if issuer is not None:
                doc.add(NFO.issuedBy, issuer[2].iri, span, RULE_BY)
                n += 1
            continue
        if verb is None or not _TO_VERB.fullmatch(text, subj[1], verb.start()) \
                or s - verb.end() > _REACH:
            continue
        if any(subj[1] <= x[0] and x[1] <= verb.start() and x[2] is not subj[2] for x in here):
            continue        # another organisation between: the subject is not the verb's
        span = Span(ss, se)
        doc.add(NFO.issuedBy, subj[2].iri, span, RULE_BY)
        n += 1
        inside = [x for x in objects[bisect.bisect_left(o_starts, verb.end()):
                                     bisect.bisect_left(o_starts, s)] if x[2] is not doc]
        holder = _holder(text, here, subj, verb, s, e, ss, se,
                         lambda: lead_company(text, spans_of, kind), inside)
        if holder is not None:
            doc.add(NFO.about, holder.iri, span, RULE_TO)
            n += 1
    return n


def _holder(text, here, subj, verb, s, e, ss, se, lead, things=()):
    """What a granted document is about: the organisation right after the verb, else the first
    project, site, product or organisation between the verb and the document ("approved the
    impact report of the X smelter project (No. ...)"), the organisation after "to" / "for"
    behind the document, else the company "the company" in the sentence stands for."""
    obj = _OBJECT.match(text, verb.end())
    for x in here if obj is not None else ():     # ("revised 23 rules, ...": a noun, no object)
        if x[2] is not subj[2] and x[0] == obj.end() and x[1] <= s:
            return x[2]
    for x in things:
        if x[2] is not subj[2] and verb.end() <= x[0] and x[1] <= s:
            return x[2]
    for x in here:
        if x[2] is subj[2]:
            continue
        if x[0] >= e and _TO.search(text, max(e, x[0] - 24), x[0]):
            return x[2]
    if _REFERS.search(text, ss, se):
        got = lead()
        if got is not None and got is not subj[2]:
            return got
    return None
