"""Posts whose phrase names a role and no organisation, read after the post rules that need one:

* "A, chief engineer of the X Institute, was elected secretary-general", "B, 54, who ran the
  sales office, has been named president": the role after the verb is a post in the body the
  report is about, of those the sentence or the one before names or calls "the alliance" /
  "the group" ... (not the apposition's own organisation; rule ``post:apposed-elected@0.4``);
* "The former general manager, C, has retired", "The new chairman, D, said": a definite role
  set before a name at a sentence's start, a post in the same body (``post:the-role-name@0.4``;
  a former post is a post);
* "with E, Deputy General Manager, and the works office", "delivered by F, General Manager.",
  "G, Chairman and General Manager" (an attendee list, a contact line): a capitalised role set
  off after a name and closing its clause or line, no organisation after it and no label before
  the name (:func:`apposed_role_posts`, run after every other post rule), a post in the document's house
  (``house_org``: a record's letterhead), else in the body the sentences before are about, else
  in the company the article is about (``post:name-comma-role@0.4``); not a government title
  (the place's, ``post_forms``), a rank or a trade (``data/titled-post-stops.txt``), nor a
  person the graph knows or one whose post the text states otherwise.

The body: :func:`kg.ingest.relations.officer_lists.body_finder`. Each pattern is tried once at
each person's name: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.relations.officer_lists import HEADS, body_finder, heads_of
from kg.ingest.relations.house_org import house
from kg.ingest.relations.referents import lead_company
from kg.ingest.span_order import spans_by_start


@lru_cache(maxsize=1)
def _patterns():
    alts = "|".join(re.escape(r).replace(r"\ ", r"[ \t\n]+")
                    for r in sorted(lines("roles"), key=len, reverse=True))
    # ", <apposition of at most 150 characters>, was elected <role>"
    elected = re.compile(r"[ \t]*,[^;:()\n]{2,150}?,[ \t\n]+(?:was|were|has[ \t\n]+been|"
                         r"had[ \t\n]+been|will[ \t\n]+be|is)[ \t\n]+(?:also[ \t\n]+)?"
                         r"(?:re-?)?(?:elected|appointed|named|chosen|promoted)[ \t\n]+"
                         r"(?:to[ \t\n]+)?(?:as[ \t\n]+)?(?:the[ \t\n]+)?(?:new[ \t\n]+)?"
                         rf"(?P<r>{alts})\b", re.IGNORECASE)
    # "The former general manager, C," at a sentence's start
    the_role = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n))[ \t]*The[ \t\n]+"
                          r"(?:(?:former|new|outgoing|incoming|current|acting|retiring)"
                          rf"[ \t\n]+)?(?P<r>{alts})[ \t\n]*,[ \t\n]*$", re.IGNORECASE)
    # ", Deputy General Manager" (", Chairman and General Manager") closing the clause or line
    apposed = re.compile(rf"[ \t]*,[ \t\n]+(?P<r>{alts})(?:[ \t\n]+and[ \t\n]+(?:{alts}))?"
                         r"(?P<end>[ \t]*(?:[.;)]|,(?![ \t\n]*(?:and[ \t\n]+)?[A-Z])"
                         r"|,[ \t\n]+and[ \t\n]|\n|$))", re.IGNORECASE)
    gov = "|".join(re.split(r"\s{2,}", x, maxsplit=1)[1] for x in lines("government-posts"))
    return elected, the_role, apposed, re.compile(gov, re.IGNORECASE), \
        frozenset(w.lower() for w in lines("titled-post-stops"))


_OF = re.compile(r"[ \t\n]+(?:of|at)[ \t\n]")
# the head nouns of a label, read once per label (a regex per head noun): near_body asks them of
# every organisation named before the sentence, for each person's phrase that fits
_heads_of = lru_cache(maxsize=4096)(heads_of)


# a body named as the place where something happens ("At the ceremony at the exchange, chairman
# A said"): the venue, not the body a title there belongs to
_AT = re.compile(r"\bat[ \t\n]+(?:the[ \t\n]+)?$", re.IGNORECASE)


def _called(sentence_lower: str, head: str) -> bool:
    """The sentence calls a body "the <head>", not as the place where it happens ("at the
    exchange")."""
    at = sentence_lower.find(f"the {head}")
    while at >= 0:
        if not sentence_lower[max(0, at - 3):at].endswith("at "):
            return True
        at = sentence_lower.find(f"the {head}", at + 1)
    return False


def _start(org) -> int:
    return org[0]


def near_body(text, sents, orgs, body_at, pos, skip=(0, 0), back=True):
    """Of the bodies the sentence at ``pos`` names or calls "the group" / "the alliance" ...
    (else, with ``back``, those of the sentence before), the one the report is about
    (``body_at``); none named within ``skip`` (an apposition's own organisation), nor one
    named as the place where it happens ("at the exchange"). ``orgs``: sorted by start. A
    sentence that calls no body "the <head>" reads only the bodies of its own span."""
    ss, se = sents.bounds(pos)
    for lo in (ss, sents.bounds(ss - 1)[0] if ss > 0 and back else None):
        if lo is None:
            break
        hi = se if lo == ss else ss
        near = text[lo:hi].lower()
        called = {h for h in HEADS if _called(near, h)}     # (once a sentence)
        fast = _called_best(text, orgs, body_at, called, lo, min(hi, se), se, skip) \
            if called and hasattr(body_at, "best_with_head") else None
        if fast is not None:
            return fast[1]
        if called:
            among = {id(ent) for os_, _, ent in orgs if os_ < se and not skip[0] <= os_ < skip[1]
                     and (lo <= os_ < hi and not _AT.search(text, max(lo, os_ - 8), os_)
                          or not called.isdisjoint(_heads_of(ent.label)))}
        else:   # only the bodies the sentence names: those of its span (``orgs`` is sorted)
            among, i = set(), bisect.bisect_left(orgs, lo, key=_start)
            while i < len(orgs) and orgs[i][0] < min(hi, se):
                os_, _, ent = orgs[i]
                if not skip[0] <= os_ < skip[1] and not _AT.search(text, max(lo, os_ - 8), os_):
                    among.add(id(ent))
                i += 1
        if among:
            return body_at(se, among)
    return None


def _called_best(text, orgs, body_at, called, lo, hi, se, skip):
    """What the loop of :func:`near_body` gives for a sentence that calls a body "the <head>"
    (the best of the bodies named in ``lo:hi`` and of those of a head called named before
    ``se``), as ``(rank, body)``, read from the finder's running best of each head
    (:func:`kg.ingest.relations.officer_lists.body_finder`) instead of every body named
    before: linear in a text of thousands of titles. None when there is none, or when the best
    of a head is none of ``orgs`` outside ``skip`` (``orgs`` is only some of the finder's): the
    caller then reads them all, as before."""
    i, named = bisect.bisect_left(orgs, lo, key=_start), set()
    while i < len(orgs) and orgs[i][0] < hi:
        os_, _, ent = orgs[i]
        if not skip[0] <= os_ < skip[1] and not _AT.search(text, max(lo, os_ - 8), os_):
            named.add(id(ent))
        i += 1
    best = body_at(se, named, ranked=True) if named else None
    for h in called:
        got = body_at.best_with_head(h, se)
        if got is None:
            continue
        if not _listed(orgs, body_at.starts_of(got[1]), got[1], se, skip):
            return None
        if best is None or got[0] > best[0]:
            best = got
    return best


def _listed(orgs, starts, ent, before, skip) -> bool:
    """``ent`` is named in ``orgs`` before ``before`` outside ``skip``, found at one of its
    first few mentions (``starts``, the finder's; a bisection each); False when not found
    there (the caller then reads every body)."""
    for s in starts[:8]:
        if s >= before:
            break
        if skip[0] <= s < skip[1]:
            continue
        i = bisect.bisect_left(orgs, s, key=_start)
        while i < len(orgs) and orgs[i][0] == s:
            if orgs[i][2] is ent:
                return True
            i += 1
    return False


# sentences looked back over for the body a title's sentence goes on about
SUBJECT_BACK = 8
# what may stand before a sentence's subject: a bullet or number, a time phrase and its comma,
# two words at most ("Shenzhen-listed X", "On Thursday, X", "Meanwhile, state-owned X"); not a
# dateline ("BAIYIN, June 6 -- X held ...": a title paragraphs later, "Director A said the roads
# would reopen", is no post in X)
_SUBJECT_LEAD = re.compile(r"[\s*•·\-–—\d.)(]*"
                           r"(?P<time>(?:On|In|At|By|Last|This|Earlier|Later|"
                           r"Meanwhile|Also|Separately|Since|During|After|Before)\b[^,.;:\n]{0,40},"
                           r"[ \t\n]+)?(?:[\w'’-]+[ \t\n]+){0,2}")
_THE_HEAD = re.compile(r"[\s*•·\-–—\d.)(]*the[ \t\n]+(?:(?:listed|state-owned|private|parent)"
                       r"[ \t\n]+)?([a-z]+)\b", re.IGNORECASE)


def subject_body(text, sents, orgs, body_at, pos):
    """The body the sentences before ``pos`` are about: of the title's sentence and the
    ``SUBJECT_BACK`` before it, the nearest whose subject is an organisation ("Shenzhen-listed X
    Co., Ltd. held its briefing ...", "X is based in Y"); not an organisation named later in a sentence ("...
    a loan from the Kunming branch of Bank Z", "Its shareholder, Y, holds ..."). None when no
    such sentence is there ("the company": the nearest subject before of that head word). Each
    sentence is tried once, at its start."""
    starts = [o[0] for o in orgs]
    i = bisect.bisect_right(sents.starts, pos) - 1
    head, among = None, None
    for k in range(i, max(-1, i - SUBJECT_BACK - 1), -1):
        ss = sents.starts[k]
        lead = _SUBJECT_LEAD.match(text, ss, pos)
        # (past the time or place phrase: "At the ceremony at the exchange, chairman A said"
        # has no organisation for its subject)
        j = bisect.bisect_left(starts, lead.end("time") if lead.group("time") else ss)
        if j < len(orgs) and orgs[j][0] < pos and orgs[j][0] <= lead.end():
            if head is None or id(orgs[j][2]) in among:
                return orgs[j][2]
            continue
        the = _THE_HEAD.match(text, ss, pos) if head is None else None
        if the is not None:
            # "The company also drew a loan ...": the nearest subject before of that head word
            among = {id(ent) for _, _, ent in orgs
                     if the.group(1).lower() in _heads_of(ent.label)}
            head = the.group(1).lower() if among else None
    return None


def posts_without_body(draft, minter, spans_of, sents, kind) -> None:
    from kg.ingest.relations.post_nodes import make_post
    text = draft.text
    people = [(s, e, p) for s, e, p in spans_of if p.kind == "person"]
    orgs = [(s, e, ent) for s, e, ent in spans_by_start(spans_of)
            if ent.kind == "org" and not ent.role]
    if not people or not orgs:
        return
    elected, the_role = _patterns()[:2]
    body_at = body_finder(text, orgs)

    def body_near(pos, skip=(0, 0)):
        return near_body(text, sents, orgs, body_at, pos, skip)

    for s, e, person in people:
        m = elected.match(text, e, min(len(text), e + 260))
        if m is not None and not _OF.match(text, m.end()):
            body = body_near(s, (e, m.start("r")))
            if body is not None:
                make_post(draft, minter, person, body, " ".join(m.group("r").split()),
                          Span(s, m.end()), "post:apposed-elected@0.4", 0.4)
            continue
        t = the_role.search(text, max(0, s - 80), s)
        if t is not None:
            body = body_near(s)
            if body is not None:
                make_post(draft, minter, person, body, " ".join(t.group("r").split()),
                          Span(t.start("r"), e), "post:the-role-name@0.4", 0.4)


# a label before the name ("Contact: Ms. A, Project Manager"): the label rules' (house_posts)
_LABELLED = re.compile(r"[:\uff1a][ \t]*(?:(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?$")


def apposed_role_posts(draft, minter, spans_of, sents, kind) -> None:
    """"A, Board Secretary", "delivered by B, General Manager.": a capitalised role set off after
    a new person's name and closing the clause or line, for a person with no post yet (run after
    every rule that reads an organisation or a label): a post in the document's house, else in
    the body the sentences before are about, else in the company the article is about (rule
    ``post:name-comma-role@0.4``)."""
    from kg.ingest.relations.post_nodes import make_post
    text = draft.text
    posted = {p for p, _ in draft.__dict__.get("_posts", ())}
    people = [(s, e, p) for s, e, p in spans_of if p.kind == "person" and not p.known
              and p.iri not in posted]
    if not people:
        return
    _, _, apposed, government, stops = _patterns()
    orgs = [(s, e, ent) for s, e, ent in spans_by_start(spans_of)
            if ent.kind == "org" and not ent.role]
    if not orgs:
        return
    body_at = body_finder(text, orgs)
    lead = None
    for s, e, person in sorted(people, key=lambda x: x[0]):
        a = apposed.match(text, e, min(len(text), e + 160))
        if a is None or not text[a.start("r")].isupper() or person.iri in posted or \
                _LABELLED.search(text, max(0, s - 12), s):
            continue
        role = " ".join(a.group("r").split())
        if role.lower() in stops or government.fullmatch(role):
            continue
        if lead is None:
            home = house(text, orgs)
            lead = [None if home is None or str(home.cls).endswith("#MediaOutlet") else home,
                    lead_company(text, spans_of, kind)]
        body = lead[0] or subject_body(text, sents, orgs, body_at, s) or lead[1]
        if body is not None:
            posted.add(person.iri)
            make_post(draft, minter, person, body, role, Span(s, a.end("r")),
                      "post:name-comma-role@0.4", 0.4)
