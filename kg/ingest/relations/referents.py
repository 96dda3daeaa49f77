"""Which organisation "the group", "the company" and "its" stand for in company news, so that
the rules which read "the group's titanium subsidiary", "a subsidiary of the group", "the
company, which is based in X" or "its wholly owned subsidiary Y" know whose they are.

* "the group": the organisation whose name holds the word "group" that the text has named most
  often before the phrase (a report on a group names it again and again; a subsidiary that is
  also a "Group" is named once or twice); on a tie, the one named last;
* a term the text defines ('X Co., Ltd. ("the Company")', 'X (hereinafter the "Group")'): that
  organisation, from there on; "the Group" where the text defines "the Company" and has named
  no group: the company (an announcement's company with its subsidiaries);
* "the Company" (a capital: a filing's term for itself): the company the article is about;
* "the company": the company named last before it in the same sentence ("Liu, manager of X
  Co., Ltd., said the company ..."), else the first company of the sentence before (same
  paragraph), its subject ("X, a subsidiary of Y, reports ... . The company ..."), else the
  company the article is about (the first named in its first three paragraphs);
* "its": the first organisation (or "the group", "the company") of its own sentence before it,
  else the first of the sentence before (same paragraph) — the clause's subject; not a "we"
  the text reads as the writer's organisation ("We will meet its general manager": another's).

A noun phrase followed by "of" or a capital ("the company X Co., Ltd.") starts a new
description and stands for nothing ("its" before a capital is still its: "Its Tocopilla
refinery"). Each referent is a span ``(start, end, organisation)`` of
the phrase (from its noun: "of the group" reads as "of" + a name), for the rules of this wing only (the draft's mentions stay names)."""
from __future__ import annotations

import bisect
import re

from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.relations.plain_nesting import plain_containers
from kg.ingest.reading import scans_ahead
from kg.ingest.reading.table_positions import in_table
from kg.ingest.reading.caseless import lower_text
from kg.ingest.span_order import spans_by_bounds, spans_by_start

# ("its" before a name is still its: "Its Tocopilla refinery")
_PHRASE = re.compile(r"\b(?:[Tt]he\s+(?P<noun>[Gg]roup|[Cc]ompany)\b(?!\s+of\b|\s+[A-Z])"
                     r"|(?P<its>[Ii]ts)\b(?!\s+of\b))")
_SCAN = ("kg.ingest.relations.referents", "phrase_pattern")
_GROUP = re.compile(r"\bgroup\b", re.I)
# a defined term right after a name: 'X Co., Ltd. ("the Company" or "X")', 'X (hereinafter
# referred to as the "Group")'
_DEFINED = re.compile(r"[ \t\n]*\((?:hereinafter\s+)?(?:(?:referred\s+to|called)\s+)?(?:as\s+)?"
                      r"(?:the\s+)?[\"“]\s*(?:[Tt]he\s+)?(?P<noun>[Cc]ompany|[Gg]roup)\s*[\"”]")


# an organisation's mention that is the writer's "we": never what "its" stands for
FIRST_PERSON = frozenset(("we", "us", "our", "ours", "ourselves"))


def _is_company(ent) -> bool:
    return str(ent.cls).endswith("#Company")


def referents(text, spans_of, sents, kind, with_its=True) -> list:
    """``(start, end, organisation)`` for each "the group" / "the company" (and "its", when
    ``with_its``) whose organisation the text makes plain, in text order."""
    low = lower_text(text)
    if "the group" not in low and "the company" not in low and not (with_its and "its " in low):
        return []
    nested = plain_containers(spans_of)
    orgs = [(s, e, ent) for s, e, ent in spans_by_start(spans_of) if ent.kind == "org"
            and ent.cls not in RELATION_NODES and (s, e, id(ent)) not in nested]
    if not orgs:
        return []
    starts = [s for s, _, _ in orgs]
    counts: dict = {}           # group -> mentions so far (walked along with the phrases)
    names_group = {id(ent): bool(_GROUP.search(ent.label)) for _, _, ent in orgs}
    lead = _lead_company(text, orgs)
    defined = _defined_terms(text, [(s, e, x) for s, e, x in spans_by_start(spans_of)
                                    if x.kind == "org" and x.cls not in RELATION_NODES])
    out: list = []
    out_starts: list = []
    j = 0
    last_group: dict = {}
    its_orgs = its_starts = None
    for m in scans_ahead.finditer(_PHRASE, text, _SCAN):      # (maybe read ahead)
        p = m.start()
        while j < len(orgs) and orgs[j][0] < p:
            ent = orgs[j][2]
            if names_group[id(ent)]:
                counts[id(ent)] = counts.get(id(ent), 0) + 1
                last_group[id(ent)] = (orgs[j][0], ent)
            j += 1
        noun = (m.group("noun") or "").lower()
        at = m.start("noun") if noun else p      # ("of the group": the rules skip "the")
        if noun in defined and defined[noun][0] < p:
            out.append((at, m.end(), defined[noun][1]))
            out_starts.append(at)
            continue
        if noun == "group":
            if not counts:
                if m.group("noun") == "Group" and "company" in defined \
                        and defined["company"][0] < p:
                    # (an announcement that defines "the Company" and names no group: "the
                    # Group" is the company with its subsidiaries)
                    out.append((at, m.end(), defined["company"][1]))
                    out_starts.append(at)
                continue
            best = max(counts, key=lambda k: (counts[k], last_group[k][0]))
            out.append((at, m.end(), last_group[best][1]))
            out_starts.append(at)
            continue
        ss, se = sents.bounds(p)
        if noun == "company":
            # ("... is a wholly owned subsidiary of the Company": the capital is a filing's
            # term for the company that files, not the one named last)
            ent = lead if lead is not None and m.group("noun") == "Company" else \
                _last_company(text, orgs, starts, sents, ss, p) or lead
            if ent is not None:
                out.append((at, m.end(), ent))
                out_starts.append(at)
            continue
        if not with_its:
            continue
        if its_orgs is None:        # (not "we": "We will meet its manager" is another's)
            its_orgs = [x for x in orgs if text[x[0]:x[1]].lower() not in FIRST_PERSON]
            its_starts = [x[0] for x in its_orgs]
        ent = _subject(its_orgs, its_starts, out, out_starts, ss, p)
        if ent is None and ss > 0 and "\n\n" not in text[max(0, ss - 2):ss]:
            ps, _ = sents.bounds(ss - 1)
            ent = _subject(its_orgs, its_starts, out, out_starts, ps, ss)
        if ent is not None:
            out.append((p, m.end(), ent))
            out_starts.append(p)
    return out


def phrase_pattern():
    """"the group", "the company", "its" (read ahead: kg/ingest/reading/scans_ahead.py)."""
    return _PHRASE


def _defined_terms(text, orgs) -> dict:
    """"company" / "group" -> (where, organisation) for a term the text defines after a name
    ('Zhejiang X Co., Ltd. ("the Company")'): the phrase stands for it from there on, wherever
    it is (a legal text, an announcement, names other companies in between)."""
    out: dict = {}
    if "\"" not in text and "“" not in text:
        return out
    for s, e, ent in orgs:
        if text[e:e + 2].strip()[:1] != "(" and text[e:e + 3].strip()[:1] != "(":
            continue
        m = _DEFINED.match(text, e)
        if m is not None:
            out.setdefault(m.group("noun").lower(), (m.end(), ent))
    return out


def lead_company(text, spans_of, kind):
    """The company an article is about (see :func:`_lead_company`), or None."""
    return _lead_company(text, [(s, e, x) for s, e, x in spans_by_bounds(spans_of)
                                if kind(x) == "org" and x.cls not in RELATION_NODES])


_HEADER = re.compile(r"[^\n.]{1,100}")
# the bodies an article may be about that are no company and no authority or outlet reporting on
# others: an association, an alliance, an institute, a university ...
_NOT_SUBJECTS = ("#Company", "#GovernmentBody", "#MediaOutlet")


def lead_body(text, spans_of, kind):
    """The body an article is about when it is no company: the first organisation named in its
    first three paragraphs (as :func:`lead_company` reads them; an outlet of the dateline not
    counted) when it is an association, an
    alliance, an institute or a university and no company is named before it ("The X
    Nonferrous Metals Industry Association held its member congress ... A was named
    secretary-general": the association's), else None."""
    orgs = [(s, e, x) for s, e, x in spans_by_bounds(spans_of) if x.kind == "org"
            and x.cls not in RELATION_NODES]
    first = _lead_company(text, orgs, lambda ent: not str(ent.cls).endswith("#MediaOutlet"))
    if first is None or str(first.cls).endswith(_NOT_SUBJECTS):
        return None
    return first


def _lead_company(text, orgs, which=None):
    """The company an article is about: the first one named in its first three paragraphs,
    header lines (outlet, headline, byline: one line of at most 100 characters, no full stop)
    not counted (``which``: another test than being a company)."""
    paras = []
    for m in re.finditer(r"\S[^\n]*(?:\n(?!\s*\n)[^\n]*)*", text):
        if _HEADER.fullmatch(m.group(0)) and len(paras) == 0:
            continue
        paras.append(m.start())
        if len(paras) > 3:
            break
    limit = paras[3] if len(paras) > 3 else len(text)
    which = which or _is_company
    named = [(s, ent) for s, _, ent in orgs if s < limit and which(ent)]
    # (one named in a table's cell is a row's, not the article's, when one is named outside:
    # "3. Approve the acquisition of X Co., Ltd.  97.2%" above "The meeting of Y Co., Ltd.")
    return next((ent for s, ent in named if not in_table(text, s)),
                named[0][1] if named else None)


def _last_company(text, orgs, starts, sents, ss, p):
    here = [x for x in orgs[bisect.bisect_left(starts, ss):bisect.bisect_left(starts, p)]
            if _is_company(x[2]) and x[1] <= p]
    if here:
        return here[-1][2]
    if ss == 0 or "\n\n" in text[max(0, ss - 2):ss]:
        return None
    ps, _ = sents.bounds(ss - 1)
    before = [x for x in orgs[bisect.bisect_left(starts, ps):bisect.bisect_left(starts, ss)]
              if _is_company(x[2])]
    return before[0][2] if before else None


def _subject(orgs, starts, refs, ref_starts, a, b):
    """The first organisation named, or referred to, in ``[a, b)``."""
    i = bisect.bisect_left(starts, a)
    first = orgs[i] if i < len(orgs) and orgs[i][0] < b else None
    k = bisect.bisect_left(ref_starts, a)
    if k < len(refs) and refs[k][0] < b and (first is None or refs[k][0] < first[0]):
        first = refs[k]
    return None if first is None else first[2]


# a sentence whose subject is a common noun: "The trading centre was founded in 2023", "The
# exchange said"; the noun is the head of a name the text gave before ("... Trading Centre")
_THE_NOUN = re.compile(r"[\s\"“(]*[Tt]he\s+(?P<np>(?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)\b")


def by_head_noun(text, pos, orgs, starts):
    """The organisation "the <noun>" at ``pos`` stands for: the one named last before ``pos``
    whose name ends with the noun ("the trading centre" after "X Tungsten Trading Centre"; "the
    exchange" after "Y Stock Exchange"), or None. ``orgs`` are ``(start, end, entity)`` sorted
    by start (``starts`` their starts); at most 60 names back are read."""
    m = _THE_NOUN.match(text, pos)
    if m is None:
        return None
    words = m.group("np").lower().split()
    i = bisect.bisect_left(starts, pos) - 1
    for _ in range(60):
        if i < 0:
            return None
        label = orgs[i][2].label.lower().split()
        # the noun phrase may run into the verb ("the trading centre was"): its first 1-3 words
        if any(label[-j:] == words[:j] for j in range(1, len(words) + 1) if len(label) > j):
            return orgs[i][2]
        i -= 1
    return None


# a bare capitalised short name right before a possessive's "'s" ("Xinrun's", "Baotai Group's"),
# not after "the" (a role: "the Company's")
_SHORT = re.compile(r"(?<![\w-])(?P<n>[A-Z][a-z][\w-]*(?:[ \t]+[A-Z][a-z][\w-]*){0,2})$")
_THE_END = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Oo]ur|[Ii]ts)[ \t\n]+$")


def by_short_name(text, pos, orgs, starts):
    """The organisation the capitalised short name right before ``pos`` (a possessive's "'s")
    stands for: the one named last before it whose name holds the short name's words, and more
    ("Xinrun's smelter" after "Honghe Xinrun Zinc Industry Co., Ltd."), or None. ``orgs`` as for
    :func:`by_head_noun`; at most 60 names back are read."""
    m = _SHORT.search(text, max(0, pos - 40), pos)
    if m is None or _THE_END.search(text, max(0, m.start() - 8), m.start()):
        return None
    words = m.group("n").split()
    n = len(words)
    i = bisect.bisect_left(starts, m.start()) - 1
    for _ in range(60):
        if i < 0:
            return None
        if orgs[i][1] <= m.start():
            label = orgs[i][2].label.split()
            if len(label) > n and any(label[j:j + n] == words for j in range(len(label) - n + 1)):
                return orgs[i][2]
        i -= 1
    return None
