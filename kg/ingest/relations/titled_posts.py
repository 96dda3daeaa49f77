"""Posts printed as a title before a name and no organisation: "Chairman A told shareholders
that the group ...", "Vice President and Secretary-General B and Deputy Secretary-General C
presented the figures" after "The X Association held a press conference", "The panel was led
by presiding judge D". The title is a post in the body the report is about (the organisation
of :func:`kg.ingest.relations.officer_lists.body_finder`), when that body is named, or
referred to as "the group" / "the association" ..., in the title's sentence or the one before
(rule ``post:title-name@0.4``).

Not for a person with a post the text states otherwise (the other rules ran before), a person
the graph knows (a head of state's "President A"), a title after an organisation's name or a
possessive ("X Chairman A", "the group's president A": the post rules of their own), a name
followed by "of / at" (``post_forms.title_posts``), nor a title that is a rank or a trade
rather than a post in a body ("Professor", "Dr.", "Lawyer", "Analyst", "Premier":
``data/titled-post-stops.txt``); government titles are ``post_forms.place_posts``'. A title
that names the kind of body holding it ("presiding judge", "head nurse", "dean":
``data/role-bodies.txt``) is a post in the last body of that kind named before, not in the
body the report is about; a title after a body's head noun in lower case ("village committee
director A": ``data/org-referent-heads.txt``) is none of the body reported on."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.model import Span
from kg.ingest.relations.officer_lists import body_finder
from kg.ingest.relations.posts_without_body import near_body, subject_body
from kg.ingest.relations.referents import lead_company
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start


# titles a head of state or government bears as well as a body's officer
_HEAD_OF_STATE = re.compile(r"(?:vice[ \t-]+)?president|king|queen|prince|emir|sultan",
                            re.IGNORECASE)


@lru_cache(maxsize=1)
def _title_before():
    roles = sorted(lines("roles"), key=len, reverse=True)
    alts = "|".join(re.escape(r).replace(r"\ ", r"[ \t\n]+") for r in roles)
    gov = [re.split(r"\s{2,}", x, maxsplit=1)[1] for x in lines("government-posts")]
    kinds = []
    for line in lines("role-bodies"):
        rx, heads = re.split(r"\s{2,}", line, maxsplit=1)
        kinds.append((re.compile(rx, re.IGNORECASE), tuple(h.strip().lower()
                                                          for h in heads.split(","))))
    # (a title may stand between the role and the name: "Managing Director Ms A B said")
    return (re.compile(rf"(?<![\w-])({alts})[ \t\n]+(?:(?-i:Mr|Mrs|Ms|Dr|Prof|Mme|Sir|Madam|"
                       r"Dame)\.?[ \t]+)?$", re.IGNORECASE),
            re.compile(rf"(?:{'|'.join(gov)})", re.IGNORECASE),
            frozenset(w.lower() for w in lines("titled-post-stops")), kinds)


# a chairman is a government title only in a region (post_forms): here a company's or a body's
_CHAIR_ONLY = re.compile(r"(?:(?:vice|deputy|executive)[- \t\n]+)?chair(?:man|woman|person)?",
                         re.IGNORECASE)


# a comma right after a name, before a title that ends its line: the title is that name's
_SET_OFF = re.compile(r"[ \t]*,[ \t]*$")
_POSSESSIVE = re.compile(r"['’]s[ \t\n]+(?:(?:new|former|current|acting)[ \t\n]+)?$")
_OF_AFTER = re.compile(r"[ \t\n]+(?:of|at|from)[ \t\n]")
_ARTICLE = re.compile(r"[ \t\n]*(?:the[ \t\n]+)?")
# the rest of a list of titled names ("..., Vice Chairman B and General Manager C"): words in
# capitals after each comma or "and" (at most six items of at most six words)
_LIST_RUN = re.compile(r"(?:[ \t]*(?:,|,?[ \t]+and)[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)"
                       r"{1,5}){0,6}")
# a capitalised word right before the title names the body that holds it, whether or not it was
# read as a name ("Tsingshan founder A", "said Elliott chairman B"): not the body the report is
# about (a sentence's opening word or a word of time or rank is no such name)
# (a word with a full stop at its end closes the sentence before: "... on Friday. Chairman A
# told shareholders" is the body reported on's chairman; an initialism's inner points stay)
_NAMED_BEFORE = re.compile(r"(?<![\w'’&.-])([A-Z][\w&'’-]*(?:\.[A-Z][\w&'’-]*)*)[ \t]+$")
_NOT_A_BODY = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "former", "then",
                         "acting", "interim", "new", "outgoing", "incoming", "current", "late",
                         "and", "as", "by", "with", "said", "says", "told", "when", "while"})


# a body's head noun in lower case right before the title ("village committee director A",
# "the county bureau chief B"): the title is a post in that body (data/org-referent-heads.txt;
# not "board": "board chairman C" is the company's)
_HEAD_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)[ \t]+$")


@lru_cache(maxsize=1)
def _body_heads() -> frozenset:
    return words("org-referent-heads") - {"board"}


def _at_gathering(text, sents, pos) -> bool:
    """The sentence at ``pos`` tells of a gathering or a ceremony (``data/gathering-nouns.txt``,
    "ceremony") where the title's holder spoke."""
    ss, se = sents.bounds(pos)
    words_ = set(re.findall(r"[a-z]+", text[ss:se].lower()))
    return bool(words_ & _gatherings())


@lru_cache(maxsize=1)
def _gatherings() -> frozenset:
    return frozenset(w for w in words("gathering-nouns") if " " not in w) | {"ceremony"}


# a company's own announcement: its title opens with the company's name and says what it is
_ANNOUNCEMENT = re.compile(r"[^\n]{0,120}?\b(?:Announcement|Notice|Notification|Circular)\b")


def _announces(text, about, orgs) -> bool:
    """Is the text ``about``'s own announcement: its first line opens with ``about``'s name
    and names an announcement ("Hengda Tin Industry Co., Ltd. Announcement on the Progress of
    the Acquisition")?"""
    first = next((o for o in orgs if o[2] is about), None)
    lead = len(text) - len(text.lstrip())
    return first is not None and first[0] == lead and _ANNOUNCEMENT.match(text, first[1]) is not None \
        and text.find("\n", lead, first[1]) < 0


# a preposition right before a body's name: the sentence names it in passing ("a prize from
# the X Chamber", "talks with Y"), not as what it is about
_PASSING = re.compile(r"\b(?:from|by|with|to|for|against|than|at|on|of)[ \t\n]+(?:the[ \t\n]+)?$")


def _only_in_passing(text, sents, near, body, pos) -> bool:
    """The sentence before the paragraph ``pos`` opens names ``body`` only after a preposition
    ("Workers received a prize from the X Chamber.\n\nMine manager A said"): A's title is no
    post in it. (A body its sentence is about, "The X Association held a briefing", keeps it.)"""
    lo = sents.bounds(sents.bounds(pos)[0] - 1)[0] if sents.bounds(pos)[0] > 0 else 0
    at = [bs for bs, _, ent in near if ent is body and lo <= bs < pos]
    return bool(at) and all(_PASSING.search(text, max(0, bs - 16), bs) for bs in at)


def _opens_paragraph(text, sents, pos) -> bool:
    """The sentence at ``pos`` is the first of its paragraph."""
    ss = sents.bounds(pos)[0]
    return ss == 0 or "\n\n" in text[max(0, ss - 4):ss + 1] or \
        not text[:ss].strip(" \t") or text[:ss].rstrip(" \t").endswith("\n\n")


def titled_posts(draft, minter, spans_of, sents, kind) -> None:
    from kg.ingest.relations.post_nodes import make_post
    text = draft.text
    posted = {p for p, _ in draft.__dict__.get("_posts", ())}
    people = [(s, e, p) for s, e, p in spans_of
              if p.kind == "person" and not p.known and p.iri not in posted]
    if not people:
        return
    before, government, stops, kinds = _title_before()
    # (not "we" / "our": the writer is no body a report is about by how often it says "we")
    voiced = draft.__dict__.get("_voice_spans", ())
    orgs = [(s, e, ent) for s, e, ent in spans_by_start(spans_of)
            if ent.kind == "org" and not ent.role
            and (s, e) not in voiced]
    if not orgs:
        return
    org_ends = {e for _, e, _ in orgs}
    org_at = {}
    for os_, _, ent in orgs:
        org_at.setdefault(os_, ent)
    body_at = body_finder(text, orgs)
    org_starts = [o[0] for o in orgs]
    about = lead_company(text, spans_of, kind)     # the company the article is about
    person_ends = {pe for _, pe, p in spans_of if p.kind == "person"}
    for s, e, person in sorted(people, key=lambda x: x[0]):
        m = before.search(text, max(0, s - 60), s)
        if m is None:
            continue
        comma = _SET_OFF.search(text, max(0, m.start() - 8), m.start()) \
            if "\n" in text[m.end(1):s] else None
        if comma is not None and comma.start() in person_ends:
            continue        # "A, Board Secretary" over "B": the title closes A's line, not B's
        role = " ".join(m.group(1).split())
        if role.lower() in stops or government.fullmatch(role) and not _CHAIR_ONLY.fullmatch(
                role):
            continue
        lead = text[max(0, m.start() - 12):m.start()]
        gap = len(lead) - len(lead.rstrip(" \t\n"))
        if _POSSESSIVE.search(lead) or m.start() - gap in org_ends and \
                lead.count("\n", len(lead) - gap) < 2:      # (not across a blank line)
            continue        # "the group's president A", "X Chairman A"
        of = _OF_AFTER.match(text, _LIST_RUN.match(text, e).end())
        if of is not None:
            # "Chairman A of Y", "Chairman A, Vice Chairman B and General Manager C of Y": the
            # titles are posts in the body after the name or the list (not in the one the
            # sentence before names); "Professor A of Y" is post_forms.title_posts'
            hit = org_at.get(_ARTICLE.match(text, of.end()).end())
            if hit is not None:
                make_post(draft, minter, person, hit, role, Span(m.start(), e),
                          "post:title-name@0.4", 0.4)
            continue
        named = _NAMED_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if named is not None and named.group(1).lower() not in _NOT_A_BODY:
            continue        # "Tsingshan founder A": a post in Tsingshan, not in the body before
        head = _HEAD_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if head is not None and head.group(1) in _body_heads():
            continue        # "Baotai Village committee director A": a post in the committee,
            #                 not in the company the report is about
        heads = next((h for rx, h in kinds if rx.fullmatch(role)), None)
        if heads is not None:
            # "presiding judge A": the last court named before, however far
            body = next((ent for _, _, ent in reversed(orgs[:bisect.bisect_left(org_starts, s)])
                         if any(h in ent.label.lower() for h in heads)), None)
            if body is not None:
                make_post(draft, minter, person, body, role, Span(m.start(), e),
                          "post:title-name@0.4", 0.4)
            continue
        # of the bodies this sentence (else the one before) names or calls "the group" ...,
        # the one the report is about
        near = orgs[:bisect.bisect_left(org_starts, s)]     # (a slice: linear in all)
        if _HEAD_OF_STATE.fullmatch(role):
            # "President A visited the mine": a head of state's title as often as a body's;
            # only a body the title's own sentence names
            near = [o for o in near if o[0] >= sents.bounds(s)[0]]
        body = None
        if near:
            # this sentence's body; else the subject of the sentences before; else one the
            # sentence before calls "the group" ...
            if about is not None and _announces(text, about, orgs) and \
                    not any(o[0] >= sents.bounds(s)[0] for o in near):
                body = about    # "X Co., Ltd. Announcement on ...": "Chairman A said the
                #                 company would ..." in X's own announcement is X's chairman
                #                 (not the subject of the sentence before, the target it buys)
            else:
                body = near_body(text, sents, near, body_at, s, back=False)
            if body is None and about is not None and _opens_paragraph(text, sents, s) \
                    and _at_gathering(text, sents, s):
                body = about    # "[new paragraph] At the listing ceremony, chairman A said":
                # the company the article is about, not the subject of the paragraph before
                # (not "Director A said the roads would reopen": no body the text names)
            if body is None and not _HEAD_OF_STATE.fullmatch(role):
                # (a body the paragraph before names but is not about is none of a title that
                # opens a paragraph: "... a prize from the X Chamber.\n\nMine manager A said")
                body = subject_body(text, sents, near, body_at, s) or \
                    near_body(text, sents, near, body_at, s)
                if body is not None and _opens_paragraph(text, sents, s) and \
                        _only_in_passing(text, sents, near, body, s):
                    body = None
        if body is None or any(p == NFO.ledBy and o == person.iri for p, o, *_ in body.statements):
            continue        # "a rescue team under mine manager A": A's title is of another body
        make_post(draft, minter, person, body, role, Span(m.start(), e), "post:title-name@0.4",
                  0.4)
