"""What an event, document or agreement is about, read from the words right after its name:
"a press briefing on the X Measures", "an investigation into A Co., Ltd.", "a supply contract
for the Y Project", "a memorandum on jointly building the Z Centre", "a seminar on magnesium
alloys". The cue (``data/topic-cues.txt``: a preposition or a purpose verb) may be followed by
a determiner and a few ordinary words ("on the newly revised", "for the planned"); the first
name there, and the names a list joins to it ("on A and B"), are the topic:

* a project, product, technology, site, award, document, agreement or event: ``nfo:about``;
* a metal or a field: ``nfo:concernsMetal`` / ``nfo:concernsField``;
* an organisation only after a cue marked "| org" ("a probe into A", "a fine against A", a
  verb of a deal in the company itself: "an agreement to acquire A", "to jointly set up A"),
  after a deal noun (``data/topic-org-deal-nouns.txt``: "a term sheet for the purchase of 60%
  of A", "talks on the transfer of the equity of A"), or after "of" when the head looks at one
  organisation (``data/scrutiny-heads.txt``: "the inspection of A"; a document's "of" a
  company: "the capacity replacement plan of A") -- the "of" of a meeting or a notice names its
  organiser or issuer instead. Inside a document's title a capitalised word is an ordinary word
  ("Announcement on the Selection of the Restructuring Investor of A").

Also "the Y Project groundbreaking ceremony" / "the Y Agreement's signing": an event named right
after a project, agreement, product, technology or document (with no word between but "'s") is
about it. Rule ``topic:head-object``; each mention reads at most ~80 characters after it, and
starts are looked up in a dict: linear in the text."""
from __future__ import annotations

import re

from kg.ingest.lexicon import lines, words
from kg.ingest.model import Span
from kg.ingest.terms import NFO
from kg.ingest.relations.kinds import CLASS_NAMES, class_name

RULE = "topic:head-object"
_WINDOW = 80
_NAME = 160             # characters: a longer mention is a clause, not a name to read inside
_SUBJECTS = ("event", "policy", "agreement")
_TOPICS = {"project", "product", "technology", "award", "policy", "agreement", "event"}
# ordinary words that may stand between the cue and the name ("on the newly revised X");
# a word of this list ends the search (it opens another phrase)
_STOPS = frozenset("""with and or but by at in to from between after before during which that
who whom whose was were is are be been being has have had will would shall should can could may
said says say as than while when where since until under per via including among across
through within without it its their his her they he she we our this these those there here
not no also then so if whether because sidelines margins margin eve occasion behalf part
basis side time times day days year years for on into over about upon""".split())
_DETS = frozenset("the a an its their his her this these that those such".split())
_TOKEN = re.compile(r"[ \t]*(?:\n[ \t]*)?([A-Za-z][\w'’-]*|[\d][\d.,%]*)")
_JOIN = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|as[ \t]+well[ \t]+"
                   r"as)[ \t]+)(?:the[ \t]+)?")
# when and where, between a gathering and what it is held for ("a press conference in Kunming
# on Wednesday to explain the X"): at most two such phrases
_WHEN = (r"(?:[ \t\n]+(?:on|in|at)[ \t\n]+(?:the[ \t\n]+)?(?-i:[A-Z])[\w.'’-]*(?:[ \t\n]+\d{1,2}"
         r"(?:st|nd|rd|th)?)?(?:,[ \t]*\d{4})?|[ \t\n]+(?:last|this|next)[ \t\n]+[a-z]+|"
         r"[ \t\n]+(?:yesterday|today|recently)){0,2}")
_BEFORE_EVENT = re.compile(r"(?:['’]s)?[ \t]+(?:the[ \t]+)?")


def _cues():
    plain, org = [], []
    for line in lines("topic-cues"):
        cue, _, flag = line.partition("|")
        cue = cue.strip()
        (org if flag.strip() == "org" else plain).append(cue)
    alt = "|".join(sorted({re.escape(c).replace(r"\ ", r"\s+") for c in plain + org},
                          key=lambda c: (-len(c), c)))     # (a cue's words may wrap a line)
    return re.compile(rf"{_WHEN}[ \t]*,?[ \t]*(?:\n[ \t]*)?({alt})\b", re.I), \
        re.compile(rf"\s({alt})\b", re.I), \
        frozenset(" ".join(c.lower().split()) for c in org)


_CUE = _INNER = None
_ORG_CUES: frozenset = frozenset()


def _cls(ent) -> str:
    return CLASS_NAMES.get(ent.cls) or class_name(ent.cls)


_SUBJECT_OR_TOPIC = set(_SUBJECTS) | {"project", "product", "technology", "award"}


def _heads(text, s, e) -> tuple:
    """The last word and the last two words of the mention, lower-cased."""
    ws = text[s:e].lower().split()
    return (ws[-1], " ".join(ws[-2:])) if ws else ()


def head_objects(text, rows, sents, within, kind, add) -> None:
    """``rows``: (start, end, entity) sorted by start; ``add(ent, pred, obj, span, rule)``."""
    global _CUE, _INNER, _ORG_CUES
    if _CUE is None:
        _CUE, _INNER, _ORG_CUES = _cues()
    scrutiny = words("scrutiny-heads")
    deals = words("topic-org-deal-nouns")
    by_start: dict = {}
    kinds = [x[2].kind for x in rows]
    for x, k in zip(rows, kinds):
        if x[2].role and k not in _SUBJECTS:
            continue
        got = by_start.get(x[0])
        if got is None or x[1] > got[1]:
            by_start[x[0]] = x
    for (s, e, ent), k in zip(rows, kinds):
        if k not in _SUBJECTS or ent.known or ent.role or text[e - 1:e] in ".!?;":
            continue        # (a clause read as an event: its words are no name)
        cues = [] if e - s > _NAME else list(_INNER.finditer(text, s, e))
        m = _CUE.match(text, e, e + 90)      # after the name, or inside it ("Briefing on X")
        for m in cues + ([m] if m is not None else []):
            cue = " ".join(m.group(1).lower().split())
            title = k == "policy" and m.end() < e      # (a title capitalises its words)
            first, deal = _first_name(text, m.end(), by_start, deals, title)
            if first is not None and first[0] >= m.end():
                # (a cue inside the name: the head that looks at the organisation is the word
                # before the cue, "Notice of the X Bureau on Y Inspections" no inspection of X)
                head_end = m.start(1) if m.end() <= e else e
                _take(text, ent, k, cue if not deal else "| org", first, s, e, by_start, kind,
                      scrutiny, add, head_end)
        # "the Y Project groundbreaking ceremony": Y right before the event
    for (s, e, thing), k in zip(rows, kinds):
        if k not in _SUBJECT_OR_TOPIC or k == "event" or thing.known:
            continue
        m = _BEFORE_EVENT.match(text, e, e + 12)
        nxt = by_start.get(m.end()) if m else None
        if nxt is not None and nxt[2].kind == "event" and not nxt[2].known and \
                nxt[2] is not thing:
            add(nxt[2], NFO.about, thing.iri, Span(s, nxt[1]), RULE)


def _first_name(text, a, by_start, deals=frozenset(), title=False):
    """The first name within a few ordinary words after ``a`` and whether a deal noun
    (``deals``: "the acquisition of", "a stake in") stands before it; (None, False) if none.
    In a document's ``title`` a capitalised word is an ordinary word ("Announcement on the
    Selection of the Restructuring Investor of X")."""
    pos, n, deal, prev = a, 0, False, ""
    while (n < 6 or deal and n < 9) and pos < a + _WINDOW:
        hit = by_start.get(pos)
        if hit is None:
            m = _TOKEN.match(text, pos)
            if m is not None:
                hit = by_start.get(m.start(1))
        if hit is not None:
            return hit, deal
        m = _TOKEN.match(text, pos)
        if m is None:
            return None, False
        w = m.group(1).lower()
        if w in deals:
            deal = True
        elif w in _STOPS and not (w in ("in", "into") and prev in deals) or \
                (w[0].isalpha() and m.group(1)[0].isupper() and w not in _DETS and not title):
            return None, False      # another phrase, or a name no rule read
        if w == "of" and n == 0:
            return None, False
        pos, n, prev = m.end(), n + 1, w
    return None, False


def _take(text, ent, k, cue, first, s, e, by_start, kind, scrutiny, add, head_end=None) -> None:
    out, cur = [first], first
    while len(out) < 6:
        m = _JOIN.match(text, cur[1])
        nxt = by_start.get(m.end()) if m else None
        if nxt is None or nxt[2].kind != first[2].kind:
            break
        out.append(nxt)
        cur = nxt
    for os_, oe, other in out:
        if other is ent:
            continue
        ko = other.kind
        span = Span(s, oe)
        if ko == "metal":
            add(ent, NFO.concernsMetal, other.iri, span, RULE)
        elif ko == "field":
            add(ent, NFO.concernsField, other.iri, span, RULE)
        elif ko in _TOPICS or _cls(other) == "Site":
            if ko == "event" and cue == "of":
                continue        # "the first meeting of the X Conference": a part, not a topic
            add(ent, NFO.about, other.iri, span, RULE)
        elif ko == "org" and (cue in _ORG_CUES or cue == "| org" or cue == "of" and (
                k == "policy" and _cls(other) == "Company" or
                any(h in scrutiny for h in _heads(text, s, head_end or e)))):
            add(ent, NFO.about, other.iri, span, RULE)
