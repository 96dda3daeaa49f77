"""Award grants a decision announces by their quoted titles and then lists under headings, as
decisions on naming and commending print them:

* "... the Federation has decided to name 5 women "X Pacesetters" and 3 teams "X Collectives",
  as listed below." over a heading "X Pacesetters" and its numbered items ("  1. A    chief
  operator, Y Co., Ltd."), then "X Collectives" and its items;
* "... to award the title of "Advanced Collective in Z" to 4 collectives and the title of
  "Advanced Individual in Z" to 5 persons, listed in the Attachment." over "Advanced
  Collectives" and "Advanced Individuals" (a heading names its title by that title's words);
* "... has decided to name the following 8 persons "W Talents" for the 2026 batch." over
  headings of categories ("Category A (Leading Talents)"): with one title, every section of
  the list is that title's.

The sentence holds a verb of ``data/sectioned-grants.txt`` ("verbs") with quoted titles after
it, and says the list comes after it (its "ahead" words, or ":" at its end); not a sentence
with a word of the "refuse" section of ``data/announced-grants.txt`` (nominees, revoked
titles) from the verb on ("after a review of the nominations, ... decided to name" grants). The list starts within ``_REACH`` characters after it (a caption or a short paragraph may
come between: "Attachment: List of the Commended"): items are numbered lines
("1.", "(1)"), or indented lines opening with a name the draft read; an item runs over the more
indented lines after it; a heading is a short line of no item over an item. The first other
line ends the list. With two titles or more, a section's heading must name exactly one of them
(each word of the heading, in the singular and without its bracket, is a word of that title);
a section of none is skipped.

The award is the draft's award printed in the quotes or of that name, else a new ``nfo:Award`` (rule
``award:sectioned-title``) labelled with the title, its head noun in the singular ("W Talent",
the printed plural an alias). Each item opening with a person (after a list mark and a title
such as "Professor"), else an organisation, gives one ``nfo:AwardGrant`` (rule
``award:sectioned-row@0.5``): the award, the recipient and the award's giver (its
``nfo:conferredBy``, else the document's house, :mod:`house_org`, who wins nothing). Not a
winner the draft already grants that award (a rule before this one read it).

Only a text whose first ``_CUE_REACH`` characters say it confers awards
(``data/award-decision-cues.txt``); the sentences are found around their verbs
(:class:`reading.windows.Near`), each list after one is read once: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from kg.ingest.lexicon import alternation, lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.text import normalise_name
from kg.ingest.reading.windows import Near
from kg.ingest.relations.affiliations import granted_pairs
from kg.ingest.relations.grant_rows import grant_each, givers_of
from kg.ingest.relations.house_org import house
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "award:sectioned-row@0.5", 0.5
AWARD_RULE = "award:sectioned-title"
_CUE_REACH = 3000
_REACH = 600            # characters from the sentence's end to the list's first line
_SENTENCE = 600
_MAX_LINES = 200
_MAX_HEAD_WORDS = 10
# (a title may be broken over two lines: '"March 8th\nRed-Banner Pacesetters"')
_QUOTED = re.compile(r"[\"\u201c](?P<q>[A-Z0-9](?:[^\"\u201d\n]{2,90}(?:\n[ \t]*[^\"\u201d\n]{1,90})?"
                     r"|[^\"\u201d\n]{0,1}\n[ \t]*[^\"\u201d\n]{1,90}))[\"\u201d]")
_ITEM = re.compile(r"[ \t]*(?:\d{1,3}[.)\u3001]|\(\d{1,3}\))[ \t]+")
_HONORIFIC = re.compile(r"(?:Comrade|Professor|Prof\.|Dr\.?|Academician|Mr\.?|Ms\.?|Mrs\.?)[ \t]+")
# what follows a name opening an unnumbered item: a column's gap, a comma, a bracket, the end
_TAIL = re.compile(r"[ \t]*$|[ \t]{2,}|\t|[ \t]*[(,;]", re.M)
_SMALL = frozenset(("of", "and", "the", "in", "for", "a", "an", "to", "at", "on"))
_HEADS_AFTER = re.compile(r"\s(?:of|in|for|at|on)\s")


@lru_cache(maxsize=1)
def _words():
    got = {k.strip(): v.split() for k, v in (x.split(":", 1) for x in lines("sectioned-grants"))}
    verbs = tuple(got["verbs"])
    verb = re.compile(r"\b(?:" + "|".join(verbs) + r")\b", re.I)
    ahead = re.compile(r"\b(?:" + "|".join(got["ahead"]) + r")\b|:[ \t]*$", re.I)
    old = {k.strip(): v.split() for k, v in (x.split(":", 1) for x in lines("announced-grants"))}
    refuse = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in old["refuse"]) + r")", re.I)
    near = Near(re.compile(r"\b(?:" + "|".join(verbs) + r")\b", re.I), verbs,
                before=0, after=20, lower=True)
    return verb, ahead, refuse, near


@lru_cache(maxsize=1)
def _cue():
    return re.compile(r"\b(?:" + alternation("award-decision-cues", r"\s+") + r")\b", re.I)


def sectioned_grants(draft, spans_of, kind, minter) -> None:
    text = draft.text
    if not _cue().search(text, 0, _CUE_REACH):
        return
    verb, ahead, refuse, near = _words()
    names = sorted((s, e, ent) for s, e, ent in spans_of
                   if not ent.role and ent.kind in ("person", "org"))
    starts = [x[0] for x in names]
    granted = granted_pairs(draft)
    home = cache(lambda: house(text, [x for x in names if x[2].kind == "org"]))
    done = -1
    for m in near.finditer(text):
        if m.start() < done:
            continue
        a, b = _sentence(text, m.start(), m.end())
        if not ahead.search(text, a, b) or refuse.search(text, m.start(), b):
            continue
        titles = [q.span("q") for q in _QUOTED.finditer(text, m.end(), b)]
        if not titles:
            continue
        done = b
        sections = _sections(text, b, names, starts)
        if not sections:
            continue
        awards = {}
        for head, items in sections:
            t = _title_of(text, head, titles)
            if t is None:
                continue
            if t not in awards:
                awards[t] = _award(draft, spans_of, text, t, minter)
            award = awards[t]
            givers = givers_of(award, home)
            done = max(done, grant_each(draft, minter, award, items, givers, granted, RULE,
                                          CONFIDENCE))


def _sentence(text: str, s: int, e: int) -> tuple[int, int]:
    """The sentence around the verb at ``s:e``: from the last full stop, ";" or blank line
    before it to the next full stop, ":" or blank line (the stop kept)."""
    lo = max(0, s - _SENTENCE)
    a = max(text.rfind(". ", lo, s), text.rfind(".\n", lo, s), text.rfind(";", lo, s),
            text.rfind(":\n", lo, s), text.rfind("\n\n", lo, s))
    a = lo if a < 0 else a + 1
    hi = min(len(text), e + _SENTENCE)
    ends = [x for x in (text.find(". ", e, hi), text.find(".\n", e, hi), text.find(";", e, hi),
                        text.find("\n\n", e, hi), text.find(":", e, hi)) if x >= 0]
    if not ends and hi == len(text) and text.endswith("."):
        ends = [len(text) - 1]
    b = min(ends) if ends else hi
    if b < len(text) and text[b] in ".:":
        b += 1
    return a, b


def _line(text: str, pos: int) -> tuple[int, str]:
    nl = text.find("\n", pos)
    end = len(text) if nl < 0 else nl
    return end, text[pos:end]


def _opening(text, at, names, starts):
    """The person (else the organisation) whose name the draft read at ``at``."""
    k = bisect.bisect_left(starts, at)
    hit = None
    while k < len(names) and names[k][0] == at:
        if hit is None or names[k][2].kind == "person":
            hit = names[k]
        k += 1
    return hit


def _sections(text, b, names, starts) -> list:
    """[(heading span or None, [((start, end), recipient)])]: the list after the sentence
    ending at ``b``."""
    pos = text.find("\n", b)
    if pos < 0:
        return []
    pos += 1
    limit = b + _REACH
    out = []
    head = None
    items = None
    indent = None       # (the current item's text column: deeper lines carry it on)
    for _ in range(_MAX_LINES):
        if pos >= len(text):
            break
        end, line = _line(text, pos)
        if not line.strip():
            pos = end + 1
            continue
        lead = len(line) - len(line.lstrip(" \t"))
        item = _ITEM.match(text, pos)
        if item is None and items is not None and indent is not None and lead >= indent:
            pos = end + 1           # (an item's line carried on)
            continue
        at = item.end() if item else pos + lead
        hon = _HONORIFIC.match(text, at)
        if hon:
            at = hon.end()
        hit = _opening(text, at, names, starts)
        if item is None and hit is not None and (not lead or not _TAIL.match(text, hit[1])):
            hit = None
        if item is not None or (hit is not None and lead):
            if items is None:
                if pos > limit and not out:
                    break
                items = []
                out.append((head, items))
            if hit is not None:     # (its name may run on to the next line)
                items.append(((pos + lead, end), hit[2]))
            indent = (item.end() - pos) if item else lead + 1
            pos = end + 1
            continue
        words = line.split()
        if len(words) <= _MAX_HEAD_WORDS and line.rstrip()[-1:] not in ".,;" \
                and _next_is_item(text, end + 1, names, starts):
            if not out and pos > limit:
                break
            head = (pos + lead, pos + len(line.rstrip()))
            items = None
            indent = None
            pos = end + 1
            continue
        if not out and pos <= limit:
            pos = end + 1           # (a caption or a paragraph before the list)
            continue
        break
    return [(h, it) for h, it in out if it]


def _next_is_item(text, pos, names, starts) -> bool:
    """Whether the next line that is not blank opens an item."""
    while pos < len(text):
        end, line = _line(text, pos)
        if line.strip():
            if _ITEM.match(text, pos):
                return True
            lead = len(line) - len(line.lstrip(" \t"))
            hit = _opening(text, pos + lead, names, starts)
            return bool(lead and hit is not None and _TAIL.match(text, hit[1]))
        pos = end + 1
    return False


def _stem(word: str) -> str:
    w = word.lower().strip("\"'\u201c\u201d()")
    if len(w) > 3 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def _content(words) -> set:
    return {_stem(w) for w in words if w.lower() not in _SMALL and not w[:1].isdigit()}


def _title_of(text, head, titles):
    """The title a section's heading names: the only title, else the one title every word
    of the heading (its bracket left out) is a word of."""
    if len(titles) == 1:
        return titles[0]
    if head is None:
        return None
    words = re.sub(r"\([^()]*\)", " ", text[head[0]:head[1]]).split()
    want = _content(words)
    if not want:
        return None
    hits = [t for t in titles if want <= _content(text[t[0]:t[1]].split())]
    return hits[0] if len(hits) == 1 else None


def singular_title(label: str) -> str:
    """The title with its head noun (its last word, or the one before "of" / "in" ...) in the
    singular: "X Talents" -> "X Talent"."""
    m = _HEADS_AFTER.search(label)
    cut = m.start() if m else len(label)
    head, rest = label[:cut], label[cut:]
    parts = head.rsplit(" ", 1)
    last = parts[-1]
    if len(last) > 3 and last.endswith("ies"):
        last = last[:-3] + "y"
    elif len(last) > 3 and last.endswith("s") and not last.endswith("ss") and last[-2:-1].isalpha():
        last = last[:-1]
    else:
        return label
    return (parts[0] + " " + last if len(parts) == 2 else last) + rest


def _award(draft, spans_of, text, title, minter):
    """The draft's award printed in the quotes at ``title`` or named as they print it, else a
    new award."""
    ts, te = title
    for s, e, ent in spans_of:
        if ts <= s and e <= te and ent.cls == NFO.Award:
            return ent
    printed = " ".join(text[ts:te].split())
    label = singular_title(printed)
    keys = {normalise_name(printed), normalise_name(label)}
    for ent in draft.entities.values():     # (one another rule read from other words)
        if ent.cls == NFO.Award and not ent.role and (
                normalise_name(ent.label) in keys
                or any(normalise_name(a) in keys for a in ent.aliases)):
            return ent
    award = Entity(minter.mint(label), NFO.Award, label, False, AWARD_RULE, 0.5)
    if normalise_name(printed) != normalise_name(label):
        award.aliases.add(printed)
    award.mentions.append(Span(ts, te))
    return award
