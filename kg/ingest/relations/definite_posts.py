"""Posts stated with "the <head>" for an organisation the text has named, and posts stated
with "who is":

* "the trading centre", "the branch", "the ministry", "the stock exchange": "the" and one or two
  lower-case words (or one capitalised head: "the Center", "the Society", as a notice calls a
  body it has named), the last a head noun of ``data/org-referent-heads.txt``, every word in the
  name of an organisation named before it stands for the nearest such organisation
  (:func:`definite_refs`; "the group" / "the company" / "its" are relations/referents.py's);
  a capitalised head alone ("Director of the Bureau" in a notice) stands for the document's
  house (relations/house_org.py) when its name ends in that head, as a notice calls itself;
  "this Bureau", "this department" stand for the house so, or for nothing;
  "Price Section of the Commission" is a unit of what "the Commission" means, never it;
* "A, deputy general manager of the trading centre, said": a post of A there (rule
  ``post:comma-role-of-the-head@0.5``);
* "the branch's secretary general A", "the bureau's director, A,": the same
  (``post:the-head-role-name@0.5``);
* "A, who is (also) a director and vice president of X" (X named, or "the company", "the
  centre"): a post of A in X for the first role (``post:who-is-role-of``);
* "A succeeds B as chairman of X", "A, who replaced B as president of X", "A took over from B as
  chief executive of X": both hold (held) the post (``post:succeeds-as``);
* "Zhu Wei, the founder and chairman, 12.6%", "Li Na, the chief engineer, said": roles and no
  organisation, in the company the article is about (``post:comma-the-role@0.4``);
* "the chairman, Ma Lin, the general manager, Du Kai, and the board secretary, Qu Yan": a role
  printed before the name between commas, in the company the article is about
  (``post:the-role-comma-name@0.4``), unless a word of the role is a public office's
  (``data/public-office-words.txt``); such a name takes no role printed after it (that one is
  the next name's).

"The company's logistics manager, A", "Director B of the Bureau": relations/
referent_role_posts.py, called from here with the same referents.

Roles: ``data/roles.txt``. One scan for "the <word>" phrases and one look after each person's
mention: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.model import Span
from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.names.place_bodies import listed_place_names
from kg.ingest.relations.house_org import house
from kg.ingest.relations.post_nodes import make_post
from kg.ingest.relations.referent_role_posts import referent_role_posts
from kg.ingest.reading.windows import keyed
from kg.ingest.span_order import spans_by_start

# (a head alone may be capitalised, as a notice or a report calls its own body or one it has
# named: "Director of the Center", "the Society's deputy secretary-general"; a capital on the
# line under such a head, the field a line opens, "Contact: A", is no name that goes on)
_THE = re.compile(r"\b(?:[Tt]he|[Tt]his)[ \t\n]+(?P<p>(?:[a-z][a-z-]+[ \t\n]+)?[a-z][a-z-]+(?![ \t\n]+[A-Z])"
                  r"|[A-Z][a-z]+(?![ \t]+[A-Z]))\b(?![ \t\n]+of\b|-)")
_LEGAL = re.compile(r"\s*,?\s*\b(?:Co\.|Ltd\.?|Inc\.?|LLC|Corp\.|PLC|JSC|Pty|S\.A\.)", re.I)
_APPOSED = re.compile(r"[ \t]*,[ \t\n]*(?:\d{2}[ \t]*,[ \t\n]*)?(?:the[ \t\n]+)?"
                      r"(?:new[ \t\n]+|current[ \t\n]+|acting[ \t\n]+|incoming[ \t\n]+)?", re.I)
_MORE = re.compile(r"[ \t\n]*(?:,|and|,[ \t\n]*and)[ \t\n]+(?:a[ \t\n]+|an[ \t\n]+|the[ \t\n]+)?",
                   re.I)
_OF = re.compile(r"[ \t\n]+(?:of|at|with)[ \t\n]+(?:th(?:e|is)[ \t\n]+)?", re.I)
_WHO_IS = re.compile(r"[ \t]*,[ \t\n]*who[ \t\n]+(?:is|was|has[ \t\n]+been|serves[ \t\n]+as|"
                     r"served[ \t\n]+as|works[ \t\n]+as|became|becomes)[ \t\n]+"
                     r"(?:also[ \t\n]+|now[ \t\n]+|currently[ \t\n]+|previously[ \t\n]+)?"
                     r"(?:(?:appointed|named|elected|promoted)[ \t\n]+(?:as[ \t\n]+|to[ \t\n]+)?)?"
                     r"(?:a[ \t\n]+|an[ \t\n]+|the[ \t\n]+)?(?:new[ \t\n]+)?", re.I)
# "A succeeds B as chairman of X", "A, who replaced B as president of X": both held the post
_SUCCEEDS = re.compile(r"[ \t]*,?[ \t\n]*(?:who[ \t\n]+)?(?:will[ \t\n]+)?(?:succeeds?|succeeded|"
                       r"replaces?|replaced|(?:takes?|took)[ \t\n]+over[ \t\n]+from)[ \t\n]+$",
                       re.I)
_AS = re.compile(r"(?:[ \t]*,[^,.;\n]{0,60},)?[ \t\n]+as[ \t\n]+(?:the[ \t\n]+)?"
                 r"(?:new[ \t\n]+|acting[ \t\n]+)?", re.I)
_POSS = re.compile(r"['’]s[ \t\n]+(?:new[ \t\n]+|current[ \t\n]+|acting[ \t\n]+)?")
_COMMA = re.compile(r"[ \t]*,?[ \t\n]*")


def _heads() -> frozenset:
    return frozenset(w.lower() for w in lines("org-referent-heads"))


def _name_words(ent, texts) -> set:
    out = set()
    for name in {ent.label, *ent.aliases, *texts}:
        name = _LEGAL.split(name)[0]
        out |= {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]*", name)}
    return out


def definite_refs(text, spans_of, kind) -> list:
    """``(start, end, organisation)`` for each "the <head>" (the span from the head phrase, as
    relations/referents.py gives it) whose organisation the text named before, in text order."""
    heads = _heads()
    phrases = [m for m in keyed(_THE, text, ("the", "The", "this", "This"))
               if m.group("p").split()[-1].lower() in heads]
    if not phrases:
        return []
    orgs = [(s, e, ent) for s, e, ent in spans_by_start(spans_of) if ent.kind == "org"
            and not ent.role and ent.cls not in RELATION_NODES]
    if not orgs:
        return []
    texts: dict = {}
    for s, e, ent in orgs:
        texts.setdefault(id(ent), set()).add(text[s:e])
    words: dict = {}        # (the words of a name, read when a phrase is matched against it)

    def words_of(ent):
        got = words.get(id(ent))
        if got is None:
            got = words[id(ent)] = _name_words(ent, texts[id(ent)])
        return got
    starts = [s for s, _, _ in orgs]
    out = []
    home: list = []         # the document's house, looked for once when asked
    for m in phrases:
        p = m.group("p")
        want = p.lower().split()
        this = m.group(0)[:4].lower() == "this"
        if p[:1].isupper() or this:
            # "Director of the Bureau" in a notice: the body that issues it ("this Bureau"),
            # when its letterhead or signature names a body of that head
            if not home:
                home.append(house(text, orgs))
            if home[0] is not None and home[0].label.lower().split()[-1:] == want:
                out.append((m.start("p"), m.end("p"), home[0]))
                continue
            if this:
                continue    # ("this Department": the document's own body, or none)
        i = bisect.bisect_left(starts, m.start())
        for s, e, ent in reversed(orgs[max(0, i - 40):i]):
            if e <= m.start() and all(w in words_of(ent) for w in want) \
                    and not _unit_of_the(ent.label, want):
                out.append((m.start("p"), m.end("p"), ent))
                break
    return out


def _unit_of_the(label: str, want: list) -> bool:
    """"Price Section of the Commission" is a unit of the commission the phrase means, not it."""
    return label.lower().endswith(" of the " + " ".join(want))


def definite_posts(draft, minter, spans_of, refs, roles, kind, lead=None) -> None:
    """``refs``: relations/referents.py's ("the company"); ``roles``: post_nodes.role_rx();
    ``lead``: the company the article is about (referents.lead_company)."""
    text = draft.text

    def post(person, org, role, span, rule):
        make_post(draft, minter, person, org, role, span, rule,
                  float(rule.rsplit("@", 1)[1]) if "@" in rule else 0.6)

    mine = definite_refs(text, spans_of, kind)
    the_at = {s: x for s, _, x in ((r[0], r[1], r) for r in mine)}
    orgs_at: dict = {}
    for s, e, ent in spans_of:
        if ent.kind == "org" and not ent.role:
            orgs_at.setdefault(s, (s, e, ent))
    for r in list(refs) + mine:
        if text[r[0]:r[1]].lower() != "its":
            orgs_at.setdefault(r[0], r)
    ordered = spans_by_start(spans_of)
    people = [(s, e, p) for s, e, p in ordered if p.kind == "person"]
    before = _role_before(roles.pattern) if lead is not None else None
    public = words("public-office-words")
    for s, e, person in people:
        # "the chairman, Ma Lin, the general manager, Du Kai": the role before the name
        b = before.search(text, max(0, s - 80), s) if before is not None else None
        if b is not None and not public & set(re.findall(r"[a-z-]+", b.group("r").lower())):
            post(person, lead, b.group("r"), Span(b.start("r"), e), "post:the-role-comma-name@0.4")
        # "A, deputy general manager of the trading centre"
        m = _APPOSED.match(text, e)
        hit = _role_of(text, m.end(), roles, the_at) if m else None
        if hit is not None and _POSS_NAME.match(text, hit[1][1]) is None:
            role, (os_, oe, org) = hit
            post(person, org, role, Span(s, oe), "post:comma-role-of-the-head@0.5")
        # "Zhu Wei, the founder and chairman, 12.6%": no organisation named, the article's
        if lead is not None and m is not None and b is None and text[
                m.start():m.end()].rstrip().endswith(("the", "The")):
            r = _role_of(text, m.end(), roles, None)
            if r is not None:
                post(person, lead, r[0], Span(s, r[1]), "post:comma-the-role@0.4")
        # "A, who is a director and vice president of X"
        w = _WHO_IS.match(text, e)
        hit = _role_of(text, w.end(), roles, orgs_at) if w else None
        if hit is not None:
            role, (os_, oe, org) = hit
            post(person, org, role, Span(s, oe), "post:who-is-role-of")
    short_name_posts(draft, minter, spans_of, roles, kind)
    # "A succeeds B as chairman of X": A and B (a former post is a post)
    by_start = {s: (s, e, p) for s, e, p in people}
    for (s, e, a), (s2, e2, b) in zip(people, people[1:]):
        if s2 - e > 40 or not _SUCCEEDS.search(text, e, s2) or _SUCCEEDS.search(
                text, e, s2).start() != e:
            continue
        m = _AS.match(text, e2)
        hit = _role_of(text, m.end(), roles, orgs_at) if m else None
        if hit is not None:
            role, (os_, oe, org) = hit
            post(a, org, role, Span(s, oe), "post:succeeds-as")
            post(b, org, role, Span(s, oe), "post:succeeds-as")
    # "the branch's secretary general A"
    for s, e, org in mine:
        p = _POSS.match(text, e)
        role = roles.match(text, p.end()) if p else None
        if role is None:
            continue
        c = _COMMA.match(text, role.end())
        hit = by_start.get(c.end())
        if hit is not None:
            post(hit[2], org, role.group(1), Span(s, hit[1]), "post:the-head-role-name@0.5")
    # "the company's logistics manager, A", "Director B of the Bureau"
    referent_role_posts(draft, minter, people, refs, mine, the_at, roles,
                        [x for x in ordered if x[2].kind == "org"])


def short_name_posts(draft, minter, spans_of, roles, kind) -> None:
    """"Redbank's managing director Peter Hollis", "Peter Hollis, Redbank's managing director":
    the words before "'s" open the name of an organisation the draft has ("Redbank Minerals
    Ltd") though they are no mention of it: a post of the person there (rule
    ``post:short-name-role-name@0.5``)."""
    text = draft.text
    orgs = [ent for ent in draft.entities.values() if ent.kind == "org" and not ent.role]
    if not orgs or "'s" not in text and "’s" not in text:
        return
    firsts: dict = {}
    # ("Jinrun" for "Changzhou Jinrun Copper Foil Co., Ltd.": a place's name opens it, one the
    # draft has or one of the listed places, "Honghe Xinrun Zinc Industry" with no Honghe)
    places = {e.label.split()[0].lower() for e in draft.entities.values()
              if e.kind == "place" and e.label}
    listed = {p.lower() for p in listed_place_names() if " " not in p}
    for ent in orgs:
        for name in {ent.label, *ent.aliases}:
            ws = name.split()
            for n in (1, 2, 3):
                if len(ws) > n:
                    firsts.setdefault(" ".join(ws[:n]).lower(), []).append(ent)
                if len(ws) > n + 1 and (ws[0].lower() in places or ws[0].lower() in listed):
                    firsts.setdefault(" ".join(ws[1:n + 1]).lower(), []).append(ent)
    rx, after = _short_poss(roles.pattern)
    for s, e, person in spans_of:
        if person.kind != "person":
            continue
        m = rx.search(text, max(0, s - 80), s)
        span = Span(m.start(), e) if m is not None else None
        if m is None:
            # "Shen Li, Kestrel's head of legal affairs": the role after the name
            m = after.match(text, e)
            if m is None:
                continue
            span = Span(s, m.end())
        got = {id(x): x for x in firsts.get(" ".join(m.group("o").split()).lower(), ())}
        if len(got) > 1:    # a short name refers back: to the one named before, if one is
            got = {k: x for k, x in got.items()
                   if x.mentions and min(mm.start for mm in x.mentions) < s}
        if len(got) != 1:
            continue        # no organisation, or two the words could open
        org = next(iter(got.values()))
        make_post(draft, minter, person, org, m.group("r"), span,
                  "post:short-name-role-name@0.5", 0.5)


@lru_cache(maxsize=1)
def _role_before(roles_pattern: str):
    """"the chairman, " / "the general manager and CFO, " right before a name (or before the
    title printed before it: "the chairman, Ms ")."""
    body = roles_pattern[len(r"\b("):-len(r")\b")]
    return re.compile(r"(?<![\w-])[Tt]he[ \t\n]+(?:(?:new|current|acting|incoming)[ \t\n]+)?"
                      rf"(?P<r>(?i:{body})(?:[ \t\n]+and[ \t\n]+(?i:{body}))?)[ \t]*,[ \t\n]*"
                      # (a title before the name is no word of it: "the chairman, Ms A B,")
                      r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Mme|Sir|Madam|Dame)\.?[ \t]+)?$")


@lru_cache(maxsize=1)
def _short_poss(roles_pattern: str):
    body = roles_pattern[len(r"\b("):-len(r")\b")]
    return (re.compile(r"(?<![\w&-])(?P<o>[A-Z][\w&-]*(?:[ \t][A-Z][\w&-]*){0,2})['’]s[ \t\n]+"
                       r"(?:(?:new|current|acting|former)[ \t\n]+)?"
                       rf"(?P<r>(?i:{body}))[ \t]*,?[ \t\n]*$"),
            re.compile(r"[ \t]*,[ \t\n]+(?P<o>[A-Z][\w&-]*(?:[ \t][A-Z][\w&-]*){0,2})['’]s[ \t\n]+"
                       r"(?:(?:new|current|acting)[ \t\n]+)?"
                       rf"(?P<r>(?i:{body}))\b"))


def _role_of(text, pos, roles, orgs_at):
    """The role at ``pos`` (with the roles joined to it: "director and vice president") and
    the organisation of ``orgs_at`` after "of / at / with": (role, (start, end, org)) or None."""
    role = roles.match(text, pos)
    if role is None:
        return None
    at = role.end()
    for _ in range(3):
        more = _MORE.match(text, at)
        nxt = roles.match(text, more.end()) if more else None
        if nxt is None:
            break
        at = nxt.end()
    if orgs_at is None:
        # no organisation: the apposition ends after the roles (", the chairman, said")
        return (role.group(1), at) if _APPOSITION_END.match(text, at) else None
    o = _OF.match(text, at)
    hit = orgs_at.get(o.end()) if o else None
    return (role.group(1), hit) if hit is not None else None


_APPOSITION_END = re.compile(r"[ \t]*[,;)]")
# "of the ministry's Department of X": the post is in the unit named after the possessive
_POSS_NAME = re.compile(r"['’]s[ \t\n]+[A-Z]")
